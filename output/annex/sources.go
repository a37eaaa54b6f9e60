package annex

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// checked are the sheets whose rows read and rows written Bronnen compares.
var checked = []string{
	report.SheetActions, report.SheetAchievements, report.SheetPlans, report.SheetDevelopments,
	report.SheetKeyFigures, report.SheetBudget, report.SheetDomains,
}

// writeSources writes the Bronnen sheet, the annex's Verantwoording: which
// files were read, how to check them, whether every row arrived, and which
// build made the annex, in the PDF's words. It is small, so it is written
// cell by cell.
func writeSources(f *excelize.File, st *styles, page pageSetup, r *report.Report, b report.Build, out Rendered) error {
	const sheet = SheetSources
	headers := []string{"Bestand", "Grootte (bytes)", "Gewijzigd (UTC)"}
	sheets := sourceSheets(r)
	headers = append(headers, sheets...)
	headers = append(headers, "SHA-256")
	sha := len(headers) - 1

	// The layout first: the page setup goes before any cell. The file
	// names and the hashes wrap when the page needs the room.
	specs := make([]colSpec, len(headers))
	for i, h := range headers {
		w := float64(longestWord(h) + headerPad)
		specs[i] = colSpec{natural: w, floor: w}
	}
	specs[0] = colSpec{natural: 12, floor: minProse}
	specs[2] = colSpec{natural: 18, floor: 18}
	specs[sha] = colSpec{natural: 12, floor: minProse}
	for _, file := range r.Files {
		w, _ := textWidth(file.Name)
		specs[0].natural = max(specs[0].natural, float64(min(w, 40)))
		specs[1].natural = max(specs[1].natural, float64(numberWidth(float64(file.Size), 0)+2))
		specs[sha].natural = max(specs[sha].natural, float64(len(file.SHA256)+1))
	}
	l := planLayout(specs, true)
	if err := page.apply(f, sheet, l, 0); err != nil {
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
	wrapStyle := style(cellStyle{wrap: true})
	labelStyle := style(cellStyle{bold: true})
	countStyle := style(cellStyle{numFmt: fmtWhole})
	dateStyle := style(cellStyle{numFmt: fmtStamp, align: "left"})
	headerStyle := style(cellStyle{bold: true, fill: colourHeader, wrap: true})
	// Styled headers for LibreOffice, which does not draw table styles;
	// the headers of counts sit over the counts.
	numberHeader := style(cellStyle{bold: true, fill: colourHeader, align: "right", indent: 1, wrap: true})
	if err != nil {
		return err
	}

	row := 0
	put := func(height float64, vals ...excelize.Cell) {
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
		if height > 0 && err == nil {
			err = f.SetRowHeight(sheet, row, height)
		}
	}
	put(0, excelize.Cell{StyleID: titleStyle, Value: "Bronnen"})
	put(0, excelize.Cell{StyleID: noteStyle, Value: "De bestanden waaruit deze bijlage en het jaarverslag zijn gemaakt. " +
		"Met de SHA-256 kunt u nagaan of een bestand sindsdien is gewijzigd."})
	row++

	// The files, as a table; the long SHA-256 goes last so the tables
	// below can use the narrow columns.
	top := row + 1
	var cells []excelize.Cell
	lines := 1
	for i, h := range headers {
		cs := headerStyle
		if i > 0 && i < sha {
			cs = numberHeader
		}
		cells = append(cells, excelize.Cell{StyleID: cs, Value: h})
		lines = max(lines, wordLines(h, int(l.widths[i])-headerPad))
	}
	put(headerHeight(lines), cells...)
	for _, file := range r.Files {
		vals := []excelize.Cell{
			{StyleID: wrapStyle, Value: file.Name},
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
		vals = append(vals, excelize.Cell{StyleID: wrapStyle, Value: file.SHA256})
		put(rowHeight(max(lineCount(file.Name, l.widths[0]), lineCount(file.SHA256, l.widths[sha]))), vals...)
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
	put(0, excelize.Cell{StyleID: headingStyle, Value: "Controle: rijen gelezen en rijen in deze bijlage"})
	put(32, excelize.Cell{StyleID: headerStyle, Value: "Blad"}, excelize.Cell{StyleID: numberHeader, Value: "Gelezen"},
		excelize.Cell{StyleID: numberHeader, Value: "In deze bijlage"})
	for _, s := range checked {
		put(0, excelize.Cell{StyleID: textStyle, Value: s},
			excelize.Cell{StyleID: countStyle, Value: r.RowsRead(s)},
			excelize.Cell{StyleID: countStyle, Value: out.Rows[s]})
	}
	row++

	// The build, as the PDF says it.
	put(0, excelize.Cell{StyleID: headingStyle, Value: "Over deze bijlage"})
	put(0, excelize.Cell{StyleID: labelStyle, Value: "Gemaakt met"}, excelize.Cell{StyleID: textStyle, Value: b.ToolName()})
	put(0, excelize.Cell{StyleID: labelStyle, Value: "Versie"}, excelize.Cell{StyleID: textStyle, Value: b.Version})
	if p := r.Previous; p != nil {
		put(0, excelize.Cell{StyleID: labelStyle, Value: "Terugblik getoetst aan"},
			excelize.Cell{StyleID: textStyle, Value: fmt.Sprintf("%s (bijlage over %d, SHA-256 %s)", p.File, p.Year, p.SHA256)})
	}
	put(0, excelize.Cell{StyleID: labelStyle, Value: "Gebouwd op"}, excelize.Cell{StyleID: textStyle, Value: report.FormatDateTime(b.BuiltAt(r.Meta))})
	put(0, excelize.Cell{StyleID: noteStyle, Value: "De versie is een controlegetal over alle invoerbestanden: dezelfde bestanden geven dezelfde versie. " +
		"Het verslag (PDF) draagt dezelfde versie."})
	if err != nil {
		return err
	}
	for i, w := range l.widths {
		col := report.ColumnName(i + 1)
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	return nil
}
