package annex

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// Defined names of the Rapport thresholds, which the Financien formulas use.
const (
	nameThresholdEUR = "DrempelEuro"
	nameThresholdPct = "DrempelProcent"
)

// written is what the Samenvatting needs to know of a section sheet.
type written struct {
	name, table string
	rows        int
}

// ref is a structured reference to one of the sheet's columns.
func (w written) ref(header string) string { return structRef(w.table, header) }

// writeSection writes one input section as a table, rows in report order,
// and returns what the Samenvatting needs. Texts too long for a row and
// every link also go to the companion sheets.
func writeSection(f *excelize.File, st *styles, page pageSetup, s section, comp *companions) (written, error) {
	// A first layout without the column for full texts tells whether the
	// section needs it; that column makes the others narrower, so texts
	// too long for their row are found in the second.
	trial, err := s.grid(s.columns(false), &companions{})
	if err != nil {
		return written{}, err
	}
	l := planLayout(trial.specs(), true)
	long := len(trial.long(l.widths)) > 0
	cols := s.columns(long)
	g, err := s.grid(cols, comp)
	if err != nil {
		return written{}, err
	}
	if long {
		l = planLayout(g.specs(), true)
	}
	if at := g.index(headerFullText); at >= 0 {
		long := g.long(l.widths)
		for i := 0; i < len(g.rows); i++ {
			js := long[i]
			if len(js) == 0 {
				continue
			}
			first, last := 0, 0
			var name string
			for _, j := range js {
				n, a, b := comp.addText(s.origin(i, cols[j]), g.rows[i][j].shows)
				if name == "" {
					name, first = n, a
				}
				last = b
			}
			where := fmt.Sprintf("%s, rij %d", SheetLongTexts, first)
			if last > first {
				where = fmt.Sprintf("%s, rijen %d–%d", SheetLongTexts, first, last)
			}
			g.rows[i][at] = gridCell{value: where, shows: where, style: cellStyle{link: true}, formula: hyperlinkFormula("#"+name, where)}
		}
	}
	sw, err := g.write(f, st, page, l)
	if err != nil {
		return written{}, err
	}
	if err := s.rules(f, g, page); err != nil {
		return written{}, err
	}
	if s.euros {
		if err := s.totals(sw, st, g); err != nil {
			return written{}, err
		}
	}
	return written{name: s.name, table: g.table, rows: len(g.rows)}, sw.Flush()
}

// origin says where row i's cell in column c comes from.
func (s section) origin(i int, c column) origin {
	src := s.source(i)
	o := origin{sheet: s.name, row: i + 2, column: c.header, file: src.File, cell: sourceCell(src)}
	if k := s.keyField(); k >= 0 {
		o.key = s.row(i).Field(k).String()
	}
	if c.field >= 0 {
		o.cell = fieldCell(src, s.rows.Type().Elem().Field(c.field).Name)
	}
	return o
}

// grid builds the section's cells row by row in report order.
func (s section) grid(cols []column, comp *companions) (*grid, error) {
	headers := tableHeaders(cols)
	g := &grid{sheet: s.name, table: tableName(s.name)}
	letter := map[string]string{} // column letter per field name or computed header
	for j, c := range cols {
		gc := gridCol{header: headers[j], prose: c.kind.prose(), right: c.kind.numeric(), words: c.kind == kindSourceFile,
			noPrint: c.kind == kindDomainOrder || c.kind == kindLevelOrder}
		if c.kind == kindFullText {
			gc.least = 12 // "Lange teksten, rijen 12–14" in three lines
		}
		g.cols = append(g.cols, gc)
		l := report.ColumnName(j + 1)
		if c.field >= 0 {
			letter[s.rows.Type().Elem().Field(c.field).Name] = l
		} else {
			letter[c.header] = l
		}
	}
	extraAt := map[string]int{}
	for j, c := range cols {
		if c.kind == kindExtra {
			extraAt[c.key] = j
		}
	}
	for i := 0; i < s.len(); i++ {
		row := make([]gridCell, len(cols))
		for j, c := range cols {
			cell, err := s.cell(i, c, letter, comp)
			if err != nil {
				return nil, err
			}
			row[j] = cell
		}
		for _, e := range s.source(i).Extra {
			j, ok := extraAt[s.key(e.Header)]
			if !ok || row[j].value != nil || strings.TrimSpace(e.Value) == "" {
				continue
			}
			row[j] = gridCell{value: e.Value, shows: e.Value}
		}
		g.add(row)
	}
	return g, nil
}

// cell is row i's cell in column c.
func (s section) cell(i int, c column, letter map[string]string, comp *companions) (gridCell, error) {
	row := s.row(i)
	rowNum := i + 2
	at := func(field string) string { return letter[field] + strconv.Itoa(rowNum) }
	var fv reflect.Value
	if c.field >= 0 {
		fv = row.Field(c.field)
	}
	switch c.kind {
	case kindText, kindStatus:
		v := fv.String()
		return gridCell{value: text(v), shows: v}, nil
	case kindLinks:
		ls := linksOf(fv)
		if len(ls) == 0 {
			return gridCell{}, nil
		}
		name := comp.addLinks(s.origin(i, c), ls)
		if name == "" {
			return linkCell(ls[0]), nil
		}
		// Several links: the cell shows them all and leads to Links, where
		// each is one click.
		shown := linksText(ls)
		return gridCell{value: shown, shows: shown, style: cellStyle{link: true}, formula: hyperlinkFormula("#"+name, shown)}, nil
	case kindWhole:
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				return gridCell{}, nil
			}
			fv = fv.Elem()
		}
		return gridCell{value: fv.Int(), width: len(strconv.FormatInt(fv.Int(), 10)), style: cellStyle{numFmt: fmtCount}}, nil
	case kindNumber, kindEuro, kindUnit:
		x, ok := number(fv)
		if !ok {
			return gridCell{}, nil
		}
		unit := s.unit(i)
		v, nf := numberCell(x, c.kind, unit)
		return gridCell{value: v, width: numberCellWidth(x, c.kind, unit), style: cellStyle{numFmt: nf}}, nil
	case kindDate:
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				return gridCell{}, nil
			}
			fv = fv.Elem()
		}
		if t := fv.Interface().(time.Time); !t.IsZero() {
			return gridCell{value: t, width: 10, style: cellStyle{numFmt: fmtDate}}, nil
		}
		return gridCell{}, nil
	case kindDue:
		return dueCell(fv.String()), nil
	case kindDueBy:
		if d, ok := report.ParseDue(row.Field(s.field("Due")).String()); ok {
			return gridCell{value: d.End(), width: 10, style: cellStyle{numFmt: fmtDate}}, nil
		}
		return gridCell{}, nil
	case kindDomainOrder:
		if n, ok := s.domain[row.Field(s.field("Domain")).String()]; ok {
			return gridCell{value: n, width: len(strconv.Itoa(int(n))), style: cellStyle{numFmt: fmtCount}}, nil
		}
		return gridCell{}, nil
	case kindLevelOrder:
		if k := report.PyramidLevel(row.Field(s.field("Level")).String()).Rank(); k >= 0 {
			return gridCell{value: k + 1, width: 1, style: cellStyle{numFmt: fmtCount}}, nil
		}
		return gridCell{}, nil
	case kindDeviation, kindDeviationPct, kindAssessment, kindNoteNeeded:
		return s.budgetCell(i, c.kind, at), nil
	case kindChange, kindToTarget:
		return s.figureCell(i, c.kind, at), nil
	case kindSourceFile:
		f := s.source(i).File
		return gridCell{value: text(f), shows: f}, nil
	case kindSourceCell:
		ref := sourceCell(s.source(i))
		return gridCell{value: text(ref), width: len(ref)}, nil
	}
	return gridCell{}, nil
}

// unit is row i's Eenheid, or "" where the section has none.
func (s section) unit(i int) string {
	if u := s.field("Unit"); u >= 0 {
		return s.row(i).Field(u).String()
	}
	return ""
}

// dueCell keeps Gereed in as typed and as its type: a year is a number, a
// date a date, a quarter text.
func dueCell(v string) gridCell {
	d, ok := report.ParseDue(v)
	switch {
	case v == "":
		return gridCell{}
	case ok && d.Date != nil:
		return gridCell{value: *d.Date, width: 10, style: cellStyle{numFmt: fmtDate}}
	case ok && d.Quarter == 0:
		return gridCell{value: d.Year, width: 4, style: cellStyle{numFmt: fmtCount}}
	}
	return gridCell{value: v, width: len(v), style: cellStyle{align: "right", indent: 1}}
}

// budgetCell is one of Financien's computed cells: the deviation in € and
// as a share of the budget, V or N, and whether a Toelichting is required.
// Each is a formula over the row's own cells, with its value cached.
func (s section) budgetCell(i int, k kind, at func(string) string) gridCell {
	line := s.row(i).Interface().(report.BudgetLine)
	budget, actual := deref(line.Budget), deref(line.Actual)
	dev := actual - budget
	switch k {
	case kindDeviation:
		return gridCell{formula: fmt.Sprintf("%s-%s", at("Actual"), at("Budget")), value: dev,
			width: numberWidth(dev, 0) + 2, style: cellStyle{numFmt: fmtEuro}}
	case kindDeviationPct:
		var cached any = ""
		if budget != 0 {
			cached = dev / math.Abs(budget)
		}
		return gridCell{formula: deviationShare(at("Budget"), at("Actual")), value: cached, width: 7, style: cellStyle{numFmt: fmtPercent}}
	case kindAssessment:
		return gridCell{formula: assessment(at("Kind"), at(headerDeviation)), value: report.Assessment(line.Kind, dev),
			width: 1, style: cellStyle{align: "center"}}
	}
	eur, pct := s.meta.OverThreshold(line)
	needed := ""
	if eur || pct {
		needed = "ja"
	}
	return gridCell{formula: noteNeeded(at(headerDeviation), at("Budget")), value: needed, width: 2, style: cellStyle{align: "center"}}
}

// deviationShare is the deviation as a share of the budget, empty without one.
func deviationShare(budget, actual string) string {
	return fmt.Sprintf(`IF(%[1]s=0,"",(%[2]s-%[1]s)/ABS(%[1]s))`, budget, actual)
}

// assessment is report.Assessment as a formula: nothing when the deviation
// rounds to zero cents, V when it favours the municipality.
func assessment(kind, dev string) string {
	return fmt.Sprintf(`IF(ROUND(%[2]s,2)=0,"",IF((%[1]s=%[3]s)=(%[2]s>0),"V","N"))`, kind, dev, formulaString(string(report.Income)))
}

// noteNeeded is report.Meta.OverThreshold as a formula over the thresholds
// on the Rapport sheet: "ja" where the deviation is above either, in
// whole cents and millionths of a percent as the validator compares.
func noteNeeded(dev, budget string) string {
	eur := fmt.Sprintf(`AND(ISNUMBER(%[1]s),ROUND(ABS(%[2]s),2)>ROUND(%[1]s,2))`, nameThresholdEUR, dev)
	pct := fmt.Sprintf(`AND(ISNUMBER(%[1]s),%[3]s<>0,ROUND(ABS(%[2]s/IF(%[3]s=0,1,%[3]s))*100,6)>ROUND(%[1]s*100,6))`,
		nameThresholdPct, dev, budget)
	return fmt.Sprintf(`IF(OR(%s,%s),"ja","")`, eur, pct)
}

// figureCell is Kerncijfers' change against Vorig jaar or distance to
// Streefwaarde: a formula, empty unless both are numbers. (COUNT rather
// than ="": excelize takes an empty cell for not equal to "".)
func (s section) figureCell(i int, k kind, at func(string) string) gridCell {
	kf := s.row(i).Interface().(report.KeyFigure)
	a, b := "Value", "Previous"
	av, bv := kf.Value, kf.Previous
	if k == kindToTarget {
		a, b = "Target", "Value"
		av, bv = kf.Target, kf.Value
	}
	c := gridCell{formula: fmt.Sprintf(`IF(COUNT(%[1]s,%[2]s)<2,"",%[1]s-%[2]s)`, at(a), at(b)), value: ""}
	if av != nil && bv != nil {
		x, _ := numberCell(*av, kindUnit, kf.Unit)
		y, _ := numberCell(*bv, kindUnit, kf.Unit)
		_, nf := numberCell(*av-*bv, kindUnit, kf.Unit)
		d := x.(float64) - y.(float64)
		c.value, c.style.numFmt = d, signed(nf)
		c.width = numberCellWidth(*av-*bv, kindUnit, kf.Unit) + 1
	}
	return c
}

// rules adds the sheet's conditional formatting: status colours, and on
// Financien the rows that need a Toelichting.
func (s section) rules(f *excelize.File, g *grid, page pageSetup) error {
	if len(g.rows) == 0 {
		return nil
	}
	last := len(g.rows) + 1
	for j, c := range g.cols {
		col := report.ColumnName(j + 1)
		switch c.header {
		case headerOf[report.CoalitionAction]("Status"):
			if s.field("Status") < 0 {
				continue
			}
			if err := f.SetConditionalFormat(s.name, fmt.Sprintf("%s2:%s%d", col, col, last), page.statusRules); err != nil {
				return err
			}
		case headerNoteNeeded:
			rule := page.noteRule
			rule.Criteria = fmt.Sprintf(`$%s2="ja"`, col)
			if err := f.SetConditionalFormat(s.name, fmt.Sprintf("A2:%s%d", report.ColumnName(len(g.cols)), last),
				[]excelize.ConditionalFormatOptions{rule}); err != nil {
				return err
			}
		}
	}
	return nil
}

// totals writes, below Financien's table, a total per Soort of the rows
// that are visible: with a filter on Domein the totals are that domain's.
// SUBTOTAL(109, …) leaves out filtered and hidden rows; OFFSET hands it one
// row at a time, so SUMPRODUCT can keep the rows of one Soort.
func (s section) totals(sw *excelize.StreamWriter, st *styles, g *grid) error {
	col := func(header string) int { return g.index(header) }
	kindCol := col(headerOf[report.BudgetLine]("Kind"))
	labelCol := col(headerOf[report.BudgetLine]("Description"))
	amounts := []string{"Primary", "Budget", "Actual"}
	var err error
	style := st.collector(&err)
	label := style(cellStyle{bold: true, fill: colourHeader, wrap: true})
	euro := style(cellStyle{bold: true, fill: colourHeader, numFmt: fmtEuro})
	share := style(cellStyle{bold: true, fill: colourHeader, numFmt: fmtPercent})
	centred := style(cellStyle{bold: true, fill: colourHeader, align: "center"})
	note := style(cellStyle{colour: colourGrey})
	if err != nil {
		return err
	}
	row := len(g.rows) + 1 + 2 // a blank row between table and totals
	for _, k := range report.BudgetKinds {
		var sum report.BudgetTotal
		primary := 0.0
		for i := 0; i < s.len(); i++ {
			if b := s.row(i).Interface().(report.BudgetLine); b.Kind == k {
				sum.Add(b)
				primary += deref(b.Primary)
			}
		}
		vals := make([]any, len(g.cols))
		for j := range vals {
			vals[j] = excelize.Cell{StyleID: label}
		}
		vals[labelCol] = excelize.Cell{StyleID: label, Value: k.TotalLabel()}
		vals[kindCol] = excelize.Cell{StyleID: label, Value: string(k)}
		kindCell := fmt.Sprintf("$%s%d", report.ColumnName(kindCol+1), row)
		at := map[string]string{}
		for i, field := range amounts {
			h := headerOf[report.BudgetLine](field)
			j := col(h)
			at[field] = report.ColumnName(j+1) + strconv.Itoa(row)
			ref := structRef(g.table, h)
			cached := []float64{primary, sum.Budget, sum.Actual}[i]
			vals[j] = excelize.Cell{StyleID: euro, Value: cached, Formula: fmt.Sprintf(
				"SUMPRODUCT(SUBTOTAL(109,OFFSET(%[1]s,ROW(%[1]s)-MIN(ROW(%[1]s)),0,1)),--(%[2]s=%[3]s))",
				ref, structRef(g.table, headerOf[report.BudgetLine]("Kind")), kindCell)}
		}
		dev := sum.Actual - sum.Budget
		devAt := report.ColumnName(col(headerDeviation)+1) + strconv.Itoa(row)
		var pct any = ""
		if sum.Budget != 0 {
			pct = dev / math.Abs(sum.Budget)
		}
		vals[col(headerDeviation)] = excelize.Cell{StyleID: euro, Value: dev, Formula: at["Actual"] + "-" + at["Budget"]}
		vals[col(headerDeviationPct)] = excelize.Cell{StyleID: share, Value: pct, Formula: deviationShare(at["Budget"], at["Actual"])}
		vals[col(headerAssessment)] = excelize.Cell{StyleID: centred, Value: report.Assessment(k, dev),
			Formula: assessment(kindCell, devAt)}
		vals[col(headerNoteNeeded)] = excelize.Cell{StyleID: label}
		if err := sw.SetRow("A"+strconv.Itoa(row), vals); err != nil {
			return err
		}
		row++
	}
	for _, line := range []string{
		"De totalen tellen alleen de zichtbare rijen: met een filter op Domein gelden ze voor dat domein.",
		"V is voordelig en N nadelig voor de gemeente.",
		"Toelichting vereist: de afwijking is groter dan een drempel op het blad Rapport; die rijen zijn gemarkeerd.",
	} {
		if err := sw.SetRow("A"+strconv.Itoa(row), []any{excelize.Cell{StyleID: note, Value: line}}); err != nil {
			return err
		}
		row++
	}
	return nil
}

// text leaves empty cells empty instead of writing "".
func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// number reads a float64 or *float64 field.
func number(v reflect.Value) (float64, bool) {
	if !v.IsValid() {
		return 0, false
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return 0, false
		}
		v = v.Elem()
	}
	return v.Float(), true
}

func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// numberCell stores a number the way Excel means it: a percentage of 12.5
// becomes 0.125 shown as 12,5%, so sums and charts treat it as a share.
func numberCell(x float64, k kind, unit string) (any, string) {
	whole := x == math.Trunc(x)
	switch {
	case k == kindEuro || k == kindUnit && isEuro(unit):
		if whole || k == kindEuro {
			return x, fmtEuro
		}
		return x, fmtEuroDec
	case k == kindUnit && isPercent(unit):
		if whole {
			return x / 100, `0%`
		}
		return x / 100, fmtPercent
	case whole:
		return x, fmtWhole
	}
	return x, fmtDecimal
}

// signed is a number format that shows a plus before a positive change.
func signed(nf string) string {
	if pos, neg, ok := strings.Cut(nf, ";"); ok {
		return "+" + pos + ";" + neg + ";" + pos
	}
	return "+" + nf + ";-" + nf + ";" + nf
}

func numberCellWidth(x float64, k kind, unit string) int {
	switch {
	case k == kindEuro || k == kindUnit && isEuro(unit):
		return numberWidth(x, 0) + 2
	case k == kindUnit && isPercent(unit):
		return numberWidth(x, 1) + 1
	}
	return numberWidth(x, 2)
}

// isPercent and isEuro read the Eenheid; "€ per maand" is still euros.
// Percentages are decided in report, for the reader and the PDF alike.
func isPercent(unit string) bool { return report.PercentUnit(unit) }

func isEuro(unit string) bool {
	u := strings.ToLower(strings.TrimSpace(unit))
	return strings.HasPrefix(u, "€") || u == "euro" || strings.HasPrefix(u, "euro ") || u == "eur"
}
