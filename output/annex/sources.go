package annex

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// inputSheets are the contract sheets in template order, for the row counts.
var inputSheets = []string{
	report.SheetReport, report.SheetDomains, report.SheetActions, report.SheetAchievements,
	report.SheetPlans, report.SheetDevelopments, report.SheetKeyFigures, report.SheetBudget,
}

// writeSources writes the Bronnen sheet, the annex's Verantwoording: which
// files were read, how to check them, whether every row arrived, and which
// build made the annex. It is small, so it is written cell by cell.
func writeSources(f *excelize.File, st *styles, page pageSetup, r *report.Report, b report.Build, out Rendered) error {
	const sheet = SheetSources
	if err := page.apply(f, sheet, true, false); err != nil {
		return err
	}
	noGrid := false
	if err := f.SetSheetView(sheet, 0, &excelize.ViewOptions{ShowGridLines: &noGrid}); err != nil {
		return err
	}
	var err error
	style := st.collector(&err)
	titleStyle := style(cellStyle{bold: true, size: 16, colour: colourHeading})
	noteStyle := style(cellStyle{colour: colourGrey})
	headingStyle := style(cellStyle{bold: true, size: 12, colour: colourHeading})
	textStyle := style(cellStyle{})
	labelStyle := style(cellStyle{bold: true})
	countStyle := style(cellStyle{numFmt: fmtWhole})
	dateStyle := style(cellStyle{numFmt: fmtStamp, align: "left"})
	headerStyle := style(cellStyle{bold: true, fill: colourHeader})
	// Styled headers for LibreOffice, which does not draw table styles;
	// the headers of counts sit over the counts.
	numberHeader := style(cellStyle{bold: true, fill: colourHeader, align: "right", indent: 1})
	if err != nil {
		return err
	}

	row := 0
	put := func(vals ...excelize.Cell) {
		row++
		for i, v := range vals {
			if v.Value == nil || err != nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, row)
			if e := f.SetCellValue(sheet, cell, v.Value); e != nil {
				err = e
			}
			if e := f.SetCellStyle(sheet, cell, cell, v.StyleID); e != nil && err == nil {
				err = e
			}
		}
	}
	put(excelize.Cell{StyleID: titleStyle, Value: "Bronnen"})
	put(excelize.Cell{StyleID: noteStyle, Value: "De bestanden waaruit deze bijlage en het jaarverslag zijn gemaakt. " +
		"Met de SHA-256 kunt u nagaan of een bestand sindsdien is gewijzigd."})
	row++

	// The files, as a table; the long SHA-256 goes last so the tables
	// below can use the narrow columns.
	top := row + 1
	headers := []string{"Bestand", "Grootte (bytes)", "Gewijzigd (UTC)"}
	sheets := sourceSheets(r)
	headers = append(headers, sheets...)
	headers = append(headers, "SHA-256")
	widths := make([]int, len(headers))
	for i, h := range headers {
		cs := headerStyle
		if i > 0 && i < len(headers)-1 {
			cs = numberHeader
		}
		widths[i], _ = textWidth(h)
		widths[i] += filterRoom
		cell, _ := excelize.CoordinatesToCellName(i+1, top)
		if e := f.SetCellValue(sheet, cell, h); e != nil {
			return e
		}
		if e := f.SetCellStyle(sheet, cell, cell, cs); e != nil {
			return e
		}
	}
	row = top
	for _, file := range r.Files {
		vals := []excelize.Cell{
			{StyleID: textStyle, Value: file.Name},
			{StyleID: countStyle, Value: file.Size},
			{}, // no modification date stored
		}
		if !file.Modified.IsZero() {
			vals[2] = excelize.Cell{StyleID: dateStyle, Value: file.Modified.UTC()}
		}
		for _, s := range sheets {
			if n, ok := file.Rows[s]; ok {
				vals = append(vals, excelize.Cell{StyleID: countStyle, Value: n})
			} else {
				vals = append(vals, excelize.Cell{})
			}
		}
		vals = append(vals, excelize.Cell{StyleID: textStyle, Value: file.SHA256})
		put(vals...)
		w, _ := textWidth(file.Name)
		widths[0] = max(widths[0], w)
		widths[2] = max(widths[2], 18)
		widths[len(widths)-1] = max(widths[len(widths)-1], len(file.SHA256))
	}
	last := max(row, top+1)
	stripes := true
	if err := f.AddTable(sheet, &excelize.Table{
		Range: fmt.Sprintf("A%d:%s%d", top, report.ColumnName(len(headers)), last),
		Name:  "Bronbestanden", StyleName: tableStyle, ShowRowStripes: &stripes,
	}); err != nil {
		return err
	}
	row = last + 1

	// Reconciliation: every row read is a row in this annex.
	put(excelize.Cell{StyleID: headingStyle, Value: "Controle: rijen gelezen en rijen in deze bijlage"})
	put(excelize.Cell{StyleID: headerStyle, Value: "Blad"}, excelize.Cell{StyleID: numberHeader, Value: "Gelezen"},
		excelize.Cell{StyleID: numberHeader, Value: "In deze bijlage"})
	for _, s := range sections(r) {
		put(excelize.Cell{StyleID: textStyle, Value: s.name},
			excelize.Cell{StyleID: countStyle, Value: r.RowsRead(s.name)},
			excelize.Cell{StyleID: countStyle, Value: out.Rows[s.name]})
	}
	row++

	// The build.
	put(excelize.Cell{StyleID: headingStyle, Value: "Over deze bijlage"})
	put(excelize.Cell{StyleID: labelStyle, Value: "Gemaakt met"}, excelize.Cell{StyleID: textStyle, Value: b.ToolName()})
	put(excelize.Cell{StyleID: labelStyle, Value: "Versie"}, excelize.Cell{StyleID: textStyle, Value: b.Version})
	if p := r.Previous; p != nil {
		put(excelize.Cell{StyleID: labelStyle, Value: "Terugblik getoetst aan"},
			excelize.Cell{StyleID: textStyle, Value: fmt.Sprintf("%s (bijlage over %d, SHA-256 %s)", p.File, p.Year, p.SHA256)})
	}
	put(excelize.Cell{StyleID: labelStyle, Value: "Gebouwd op (UTC)"}, excelize.Cell{StyleID: dateStyle, Value: b.Built.UTC()})
	put(excelize.Cell{StyleID: noteStyle, Value: "De versie is een controlegetal over alle invoerbestanden: dezelfde bestanden geven dezelfde versie."})
	if err != nil {
		return err
	}
	for i, w := range widths {
		col := report.ColumnName(i + 1)
		if err := f.SetColWidth(sheet, col, col, float64(max(w, 10)+2)); err != nil {
			return err
		}
	}
	return nil
}
