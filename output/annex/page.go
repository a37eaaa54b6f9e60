package annex

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// pageSetup is what every sheet shares when printed: A4 fitted to the page
// width, the header row repeated, and the report's header and footer.
type pageSetup struct {
	title, municipality, version string
	statusRules                  []excelize.ConditionalFormatOptions
}

// apply must run before a StreamWriter is made for the sheet: the sheet
// properties are written when it starts. Wide sheets print landscape; a
// sheet that is one table repeats its header row on every page.
func (p pageSetup) apply(f *excelize.File, sheet string, landscape, table bool) error {
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	orientation, size, one, zero := "portrait", 9, 1, 0
	if landscape {
		orientation = "landscape"
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orientation, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return err
	}
	if table {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: sheetRef(sheet) + "!$1:$1", Scope: sheet,
		}); err != nil {
			return err
		}
	}
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L&8" + escapeHF(p.title) + "&R&8" + escapeHF(p.municipality),
		OddFooter: "&L&7versie " + escapeHF(p.version) + "&R&8pagina &P van &N",
	})
}

// escapeHF keeps an "&" in a text from being read as a header code.
func escapeHF(s string) string { return strings.ReplaceAll(s, "&", "&&") }
