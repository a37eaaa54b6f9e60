package annex

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// TestReviewSheet: the Terugblik is a section like the others, with last
// year's Domein and Plan, and the Samenvatting counts its outcomes with
// live formulas whose cached values are the counts.
func TestReviewSheet(t *testing.T) {
	r := groningen2026()
	f := open(t, mustWrite(t, r))
	if !slices.Contains(f.GetSheetList(), report.SheetReview) {
		t.Fatalf("no sheet %s: %v", report.SheetReview, f.GetSheetList())
	}
	rows, err := f.GetRows(report.SheetReview)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != len(r.Reviews) {
		t.Fatalf("%d rows, want %d", len(rows)-1, len(r.Reviews))
	}
	// In report order, as the PDF's chapter shows them.
	for i, k := range r.ReviewOrder() {
		v := r.Reviews[k]
		row := append(rows[i+1], make([]string, 8)...)
		if row[0] != v.PlanID || row[1] != string(v.Outcome) || row[4] != v.Domain || row[5] != v.Plan {
			t.Errorf("row %d: %q, want %s %s %s %q", i+2, row[:6], v.PlanID, v.Outcome, v.Domain, v.Plan)
		}
	}

	sum, _ := f.GetRows(SheetSummary)
	head := 0
	for i, row := range sum {
		if len(row) > 0 && row[0] == fmt.Sprintf("Terugblik op de plannen voor %d", r.Meta.Year) {
			head = i + 1
		}
	}
	if head == 0 {
		t.Fatal("no Terugblik table on the Samenvatting")
	}
	raw := excelize.Options{RawCellValue: true}
	counts := r.OutcomeCounts()
	// excelize calculates plain ranges only: the structured references
	// are resolved first, as checkFormulas does.
	res := newResolver(t, f)
	check := func(row int, label, fn string, want int) {
		t.Helper()
		a, _ := f.GetCellValue(SheetSummary, fmt.Sprintf("A%d", row))
		cell := fmt.Sprintf("B%d", row)
		formula, _ := f.GetCellFormula(SheetSummary, cell)
		cached, _ := f.GetCellValue(SheetSummary, cell, raw)
		if err := f.SetCellFormula(SheetSummary, cell, res.resolve(t, formula)); err != nil {
			t.Fatal(err)
		}
		calc, err := f.CalcCellValue(SheetSummary, cell, raw)
		c, _ := strconv.ParseFloat(calc, 64)
		if a != label || !strings.HasPrefix(formula, fn) || cached != strconv.Itoa(want) || err != nil || math.Abs(c-float64(want)) > 0 {
			t.Errorf("Samenvatting row %d: %q %s = cached %s, calculated %s (%v); want %q %s… = %d", row, a, formula, cached, calc, err, label, fn, want)
		}
	}
	for i, o := range report.Outcomes {
		check(head+2+i, string(o), "COUNTIFS(", counts[o])
	}
	check(head+2+len(report.Outcomes), "Totaal", "COUNTA(", len(r.Reviews))

	// The identity next year's --vorig-jaar reads.
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	if got[report.AnnexMunicipality] != r.Meta.Municipality || got[report.AnnexYear] != int32(r.Meta.Year) || got[report.AnnexPortfolio] != r.Meta.Portfolio {
		t.Errorf("custom properties %v", got)
	}

	src, _ := f.GetRows(SheetSources)
	found := false
	for _, row := range src {
		found = found || len(row) > 1 && row[0] == "Terugblik getoetst aan" && strings.Contains(row[1], r.Previous.File) && strings.Contains(row[1], r.Previous.SHA256)
	}
	if !found {
		t.Error("Bronnen does not name last year's annex")
	}
}

// TestLibreOfficeRecalculatesReview: a spreadsheet program's own count of
// the outcomes is the annex's.
func TestLibreOfficeRecalculatesReview(t *testing.T) {
	data := mustWrite(t, groningen2026())
	sheets := recalculated(t, data)
	f := open(t, data)
	n := 0
	for _, fc := range formulas(t, f, SheetSummary) {
		if !strings.Contains(fc.formula, report.SheetReview+"[") {
			continue
		}
		n++
		if got := calculated(sheets[SheetSummary], fc.cell); !sameValue(fc.cached, got) {
			t.Errorf("%s!%s = %s: LibreOffice %q, annex caches %q", SheetSummary, fc.cell, fc.formula, got, fc.cached)
		}
	}
	if want := len(report.Outcomes) + 1; n != want {
		t.Errorf("%d formulas over the Terugblik, want %d", n, want)
	}
}
