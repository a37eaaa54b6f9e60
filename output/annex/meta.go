package annex

import (
	"fmt"
	"reflect"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// writeReportSheet writes the Rapport sheet: every field of the contract
// with its value as typed and its source cell, so the thresholds that
// Financien's formulas use are visible and traceable. DrempelEuro and
// DrempelProcent name their cells.
func writeReportSheet(f *excelize.File, st *styles, page pageSetup, m report.Meta) error {
	g := &grid{sheet: report.SheetReport, table: tableName(report.SheetReport), cols: []gridCol{
		{header: "Veld"}, {header: "Waarde", prose: true}, {header: headerSourceFile, prose: true, words: true}, {header: headerSourceCell},
	}}
	names := map[string]string{"ThresholdEUR": nameThresholdEUR, "ThresholdPct": nameThresholdPct}
	v := reflect.ValueOf(m)
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		header, _, ok := report.ColumnOf(t.Field(i))
		if !ok {
			continue
		}
		field := t.Field(i).Name
		row := []gridCell{{value: header, shows: header}, metaValue(v.Field(i), field)}
		var file, cell string
		if p, ok := m.Src.Cells[field]; ok {
			file = p.File
			if p.Sheet != "" && p.Row > 0 && p.Col > 0 {
				cell = sheetRef(p.Sheet) + "!" + p.Cell()
			}
		}
		row = append(row, gridCell{value: text(file), shows: file}, gridCell{value: text(cell), width: len(cell)})
		g.add(row)
		if name, ok := names[field]; ok {
			if err := f.SetDefinedName(&excelize.DefinedName{
				Name: name, RefersTo: fmt.Sprintf("%s!$B$%d", sheetRef(report.SheetReport), len(g.rows)+1),
			}); err != nil {
				return err
			}
		}
	}
	return writeCompanion(f, st, page, g)
}

// metaValue is a Rapport value in its type: the year a number, the
// peildatum a date, the thresholds an amount and a percentage.
func metaValue(v reflect.Value, field string) gridCell {
	switch x := v.Interface().(type) {
	case string:
		return gridCell{value: text(x), shows: x}
	case int:
		if x == 0 {
			return gridCell{}
		}
		return gridCell{value: x, width: 4, style: cellStyle{numFmt: fmtCount, align: "left"}}
	case time.Time:
		if x.IsZero() {
			return gridCell{}
		}
		return gridCell{value: x, width: 10, style: cellStyle{numFmt: fmtDate, align: "left"}}
	case *float64:
		if x == nil {
			return gridCell{}
		}
		unit := "€"
		if field == "ThresholdPct" {
			unit = "%"
		}
		val, nf := numberCell(*x, kindUnit, unit)
		return gridCell{value: val, width: numberCellWidth(*x, kindUnit, unit), style: cellStyle{numFmt: nf, align: "left"}}
	}
	return gridCell{}
}
