package annex

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// structured matches a structured reference Table[Column], with the
// column's "[", "]", "#" and "'" escaped by "'".
var structured = regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_.]*)\[((?:[^\[\]']|'.)*)\]`)

// resolver turns structured references into the ranges they stand for.
// excelize's own calculation does not know them; LibreOffice and Excel do,
// and TestLibreOfficeRecalculates holds the annex to what LibreOffice
// makes of the formulas as written.
type resolver map[string]string // "Table[Column]" → "'Sheet'!$C$2:$C$9"

func newResolver(t *testing.T, f *excelize.File) resolver {
	t.Helper()
	res := resolver{}
	for _, sheet := range f.GetSheetList() {
		tables, err := f.GetTables(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, tb := range tables {
			from, to, _ := strings.Cut(tb.Range, ":")
			c1, r1, _ := excelize.CellNameToCoordinates(from)
			c2, r2, _ := excelize.CellNameToCoordinates(to)
			for c := c1; c <= c2; c++ {
				head, _ := excelize.CoordinatesToCellName(c, r1)
				h, _ := f.GetCellValue(sheet, head)
				col := report.ColumnName(c)
				res[tb.Name+"["+h+"]"] = fmt.Sprintf("%s!$%s$%d:$%s$%d", sheetRef(sheet), col, r1+1, col, r2)
			}
		}
	}
	return res
}

func (res resolver) resolve(t *testing.T, formula string) string {
	t.Helper()
	return structured.ReplaceAllStringFunc(formula, func(m string) string {
		p := structured.FindStringSubmatch(m)
		header := regexp.MustCompile(`'(.)`).ReplaceAllString(p[2], "$1")
		r, ok := res[p[1]+"["+header+"]"]
		if !ok {
			t.Errorf("structured reference %s names no table column", m)
		}
		return r
	})
}

// cellRefs matches the A1 references of a formula.
var cellRefs = regexp.MustCompile(`\$?([A-Z]{1,3})\$?([0-9]+)`)

// formulaCell is one formula of the annex with its cached value.
type formulaCell struct {
	sheet, cell, formula, cached string
}

// formulas lists every formula on a sheet.
func formulas(t *testing.T, f *excelize.File, sheet string) []formulaCell {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var out []formulaCell
	for i, row := range rows {
		for j := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			fm, _ := f.GetCellFormula(sheet, cell)
			if fm == "" {
				continue
			}
			cached, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			out = append(out, formulaCell{sheet, cell, fm, cached})
		}
	}
	return out
}

// sameValue compares a cached value with a calculated one: numbers within
// half a cent (or 1e-9 for shares), texts exactly.
func sameValue(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	if err1 == nil && err2 == nil {
		return math.Abs(x-y) <= 1e-9*math.Max(1, math.Abs(x)) || math.Abs(x-y) < 0.005 && math.Abs(x) > 1
	}
	return a == b
}

// checkFormulas has excelize calculate every formula of a sheet, with
// structured references resolved, and compares it with the value the annex
// caches for viewers that do not calculate. Formulas excelize cannot
// calculate (OFFSET) are left to TestLibreOfficeRecalculates. It returns
// how many formulas were compared.
func checkFormulas(t *testing.T, f *excelize.File, sheet string) int {
	t.Helper()
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	calc, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer calc.Close()
	res := newResolver(t, calc)
	// Every sheet's structured references are resolved, so a formula that
	// reads another formula's cell calculates from the same rules.
	for _, s := range calc.GetSheetList() {
		for _, fc := range formulas(t, calc, s) {
			if strings.Contains(fc.formula, "[") {
				if err := calc.SetCellFormula(s, fc.cell, res.resolve(t, fc.formula)); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	n := 0
	all := formulas(t, f, sheet)
	offset := map[string]bool{} // cells excelize cannot calculate, and the cells that read them
	for _, fc := range all {
		if strings.Contains(fc.formula, "OFFSET(") {
			offset[fc.cell] = true
		}
	}
	for _, fc := range all {
		reads := cellRefs.FindAllStringSubmatch(fc.formula, -1)
		if slices.ContainsFunc(reads, func(m []string) bool { return offset[m[1]+m[2]] }) {
			offset[fc.cell] = true
		}
	}
	for _, fc := range all {
		if offset[fc.cell] {
			continue
		}
		got, err := calc.CalcCellValue(sheet, fc.cell, excelize.Options{RawCellValue: true})
		if err != nil || !sameValue(fc.cached, got) {
			t.Errorf("%s!%s = %s: cached %q, excelize calculates %q (%v)", sheet, fc.cell, fc.formula, fc.cached, got, err)
		}
		n++
	}
	return n
}

// TestFormulasMatchCaches: on every sheet, each formula's cached value is
// what excelize calculates from it.
func TestFormulasMatchCaches(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *report.Report
	}{{"groningen", groningen()}, {"wildcard-domains", wildDomains()}} {
		t.Run(tc.name, func(t *testing.T) {
			f := open(t, mustWrite(t, tc.r))
			n := 0
			for _, s := range f.GetSheetList() {
				if tc.name == "wildcard-domains" && s == SheetSummary {
					// excelize ignores the "~" escape in criteria, so only
					// LibreOffice can judge these: TestLibreOfficeRecalculates.
					continue
				}
				n += checkFormulas(t, f, s)
			}
			if n < 200 {
				t.Errorf("only %d formulas compared", n)
			}
		})
	}
}

// wildDomains is the Groningen set with domain names that COUNTIFS and
// SUMIFS would read as a wildcard or a comparison.
func wildDomains() *report.Report {
	r := groningen()
	rename := map[string]string{}
	for i, name := range []string{"*", "<Z", "Jeugd?"} {
		rename[r.Domains[i].Name] = name
		r.Domains[i].Name = name
	}
	for i := range r.Actions {
		if n, ok := rename[r.Actions[i].Domain]; ok {
			r.Actions[i].Domain = n
		}
	}
	for i := range r.Budget {
		if n, ok := rename[r.Budget[i].Domain]; ok {
			r.Budget[i].Domain = n
		}
	}
	for i := range r.Achievements {
		if n, ok := rename[r.Achievements[i].Domain]; ok {
			r.Achievements[i].Domain = n
		}
	}
	return r
}

// TestSummaryFormulas (issue 13 item 3): every count and sum on the
// Samenvatting is a formula over the section tables by structured
// reference, with the cached value the model gives; there is a summary per
// pyramid level.
func TestSummaryFormulas(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	find := func(text string, after int) int {
		for i := after; i < len(rows); i++ {
			if len(rows[i]) > 0 && rows[i][0] == text {
				return i + 1
			}
		}
		t.Fatalf("Samenvatting has no row %q after row %d", text, after)
		return 0
	}
	raw := excelize.Options{RawCellValue: true}
	check := func(cell, want string, value float64) {
		t.Helper()
		formula, _ := f.GetCellFormula(SheetSummary, cell)
		if formula != want {
			t.Errorf("Samenvatting!%s formula\n got %s\nwant %s", cell, formula, want)
		}
		cached, _ := f.GetCellValue(SheetSummary, cell, raw)
		if got, _ := strconv.ParseFloat(cached, 64); math.Abs(got-value) > 0.005 {
			t.Errorf("Samenvatting!%s cached %q, want %v", cell, cached, value)
		}
	}

	head := find("Domein", 0)
	for i, d := range r.OrderedDomains() {
		row := head + 1 + i
		if rows[row-1][0] != d.Name {
			t.Fatalf("Samenvatting!A%d = %q, want %q", row, rows[row-1][0], d.Name)
		}
		for j, s := range report.Statuses {
			col := report.ColumnName(j + 2)
			check(fmt.Sprintf("%s%d", col, row), fmt.Sprintf(`COUNTIFS(Coalitieakkoord[Domein],%s,Coalitieakkoord[Status],%s$%d)`,
				exactly(fmt.Sprintf("$A%d", row)), col, head), float64(r.StatusCount(d.Name)[s]))
		}
	}
	total := head + 1 + len(r.Domains)
	check(fmt.Sprintf("G%d", total), "COUNTA(Coalitieakkoord[ID])", float64(len(r.Actions)))

	levels := find("Piramideniveau", 0)
	for i, level := range report.PyramidLevels {
		row := levels + 1 + i
		n, linked := 0, 0
		for _, a := range r.Achievements {
			if a.Level == level {
				n++
				if a.ActionID != "" {
					linked++
				}
			}
		}
		check(fmt.Sprintf("B%d", row), fmt.Sprintf("COUNTIFS(Resultaten[Piramideniveau],$A%d)", row), float64(n))
		check(fmt.Sprintf("C%d", row), fmt.Sprintf(`COUNTIFS(Resultaten[Piramideniveau],$A%d,Resultaten[Actie-ID],"<>")`, row), float64(linked))
	}
	check(fmt.Sprintf("B%d", levels+1+len(report.PyramidLevels)), "COUNTA(Resultaten[Piramideniveau])", float64(len(r.Achievements)))

	bhead := find("Domein", head)
	for i, d := range r.OrderedDomains() {
		row := bhead + 1 + i
		for k, kind := range report.BudgetKinds {
			sum := r.BudgetTotals(d.Name)[kind]
			crit := exactly(fmt.Sprintf("$A%d", row))
			check(fmt.Sprintf("%s%d", report.ColumnName(2+3*k), row), fmt.Sprintf(
				`SUMIFS(Financien[Begroting na wijziging],Financien[Domein],%s,Financien[Soort],"%s")`, crit, kind), sum.Budget)
			check(fmt.Sprintf("%s%d", report.ColumnName(3+3*k), row), fmt.Sprintf(
				`SUMIFS(Financien[Realisatie],Financien[Domein],%s,Financien[Soort],"%s")`, crit, kind), sum.Actual)
		}
	}
	// No formula on the Samenvatting reaches into a sheet by a fixed range:
	// every one goes through a table, so rows added to it are counted.
	for _, fc := range formulas(t, f, SheetSummary) {
		for _, s := range []string{report.SheetActions, report.SheetAchievements, report.SheetBudget} {
			if strings.Contains(fc.formula, s+"!") {
				t.Errorf("Samenvatting!%s = %s reads %s by a fixed range", fc.cell, fc.formula, s)
			}
		}
	}
}
