package report

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// sectionsFixture has two domains listed out of order, rows of both mixed
// and out of ID order, and a row of a domain Domeinen lacks.
func sectionsFixture() *Report {
	one, two := 1, 2
	return &Report{
		Domains: []Domain{{Order: 2, Name: "Zorg"}, {Order: 1, Name: "Jeugd"}, {Order: 3, Name: "Leeg"}},
		Actions: []CoalitionAction{
			{ID: "A10", Domain: "Zorg", Status: StatusDone},
			{ID: "A2", Domain: "Jeugd", Status: StatusDelayed},
			{ID: "A3", Domain: "Zorg", Status: StatusDone},
			{ID: "A4", Domain: "Onbekend", Status: StatusDone},
		},
		Achievements: []Achievement{
			{ID: "R1", Domain: "Zorg", Level: "Crisis"},
			{ID: "R2", Domain: "Zorg", Level: "Fundament"},
			{ID: "R3", Domain: "Jeugd", Level: "Fundament"},
		},
		Developments: []Development{
			{Domain: "Jeugd", Topic: "zonder"},
			{Domain: "Jeugd", Topic: "tweede", Order: &two},
			{Domain: "Jeugd", Topic: "eerste", Order: &one},
		},
		KeyFigures: []KeyFigure{{Domain: "Zorg", Indicator: "K1"}, {Domain: "Zorg", Indicator: "K2"}, {Domain: "Jeugd", Indicator: "K3"}},
		Budget: []BudgetLine{
			{Domain: "Zorg", Description: "B1", Kind: Income, Budget: ptr(10.0), Actual: ptr(12.0)},
			{Domain: "Zorg", Description: "B2", Kind: Expenses, Budget: ptr(100.0), Actual: ptr(90.0)},
			{Domain: "Jeugd", Description: "B3", Kind: Expenses, Budget: ptr(5.0), Actual: ptr(5.0)},
			{Domain: "Zorg", Description: "B4", Kind: "Anders", Budget: ptr(1.0)},
		},
	}
}

func TestSections(t *testing.T) {
	r := sectionsFixture()
	show := func(v any) string { return fmt.Sprint(v) }
	var got []string
	for _, g := range r.ActionsByDomain() {
		var ids []string
		for _, a := range g.Rows {
			ids = append(ids, a.ID)
		}
		got = append(got, g.Domain.Name+":"+strings.Join(ids, ","))
	}
	// Domain as Domeinen orders them, then ID as a reader counts (A3 before
	// A10), as ActionOrder sorts them for the annex too.
	if want := "Jeugd:A2 Zorg:A3,A10 Leeg:"; strings.Join(got, " ") != want {
		t.Errorf("ActionsByDomain %q, want %q", got, want)
	}

	got = nil
	for _, d := range r.DevelopmentsByDomain()[0].Rows {
		got = append(got, d.Topic)
	}
	if want := "eerste tweede zonder"; strings.Join(got, " ") != want {
		t.Errorf("DevelopmentsByDomain %q, want %q", got, want)
	}

	zorg := r.BudgetByDomain()[1]
	if len(zorg.Rows) != 2 || zorg.Rows[0].Description != "B2" || zorg.Rows[1].Description != "B1" {
		t.Errorf("budget of Zorg not Lasten first, or a line of another Soort kept: %v", zorg.Rows)
	}
	ov := r.BudgetOverview()
	if len(ov) != 2 || ov[0].Domain != "Jeugd" || len(ov[1].Totals) != 2 || ov[1].Totals[0].Kind != Expenses ||
		ov[1].Totals[0].Budget != 100 || ov[1].Totals[1].Actual != 12 {
		t.Errorf("BudgetOverview %+v", ov)
	}

	if got := r.HeadlineFigures(); len(got) != 2 || got[0].Indicator != "K3" || got[1].Indicator != "K1" {
		t.Errorf("HeadlineFigures %v", got)
	}

	rows, total := r.StatusTable()
	if want := "[{Jeugd [0 0 1 0 0] 1} {Zorg [2 0 0 0 0] 2} {Leeg [0 0 0 0 0] 0}]"; show(rows) != want {
		t.Errorf("StatusTable rows %v, want %s", rows, want)
	}
	if want := "{Totaal [3 0 1 0 0] 4}"; show(total) != want {
		t.Errorf("StatusTable total %v, want %s", total, want)
	}
}

// TestSectionsFollowReportOrder: every grouping holds its section's rows in
// the …Order the annex uses, domain by domain.
func TestSectionsFollowReportOrder(t *testing.T) {
	r := sectionsFixture()
	r.Domains = append(r.Domains, Domain{Order: 4, Name: "Onbekend"}) // every row has its domain now
	ids := func(order []int, id func(int) string) string {
		var out []string
		for _, i := range order {
			out = append(out, id(i))
		}
		return strings.Join(out, ",")
	}
	var got []string
	for _, g := range r.ActionsByDomain() {
		for _, a := range g.Rows {
			got = append(got, a.ID)
		}
	}
	if want := ids(r.ActionOrder(), func(i int) string { return r.Actions[i].ID }); strings.Join(got, ",") != want {
		t.Errorf("ActionsByDomain %v, ActionOrder %s", got, want)
	}
	got = nil
	for _, g := range r.KeyFiguresByDomain() {
		for _, k := range g.Rows {
			got = append(got, k.Indicator)
		}
	}
	if want := ids(r.KeyFigureOrder(), func(i int) string { return r.KeyFigures[i].Indicator }); strings.Join(got, ",") != want {
		t.Errorf("KeyFiguresByDomain %v, KeyFigureOrder %s", got, want)
	}
}

func TestSheetRows(t *testing.T) {
	f := SourceFile{Rows: map[string]int{"Zelf": 1, SheetBudget: 3, SheetReport: 8, "Anders": 2, SheetActions: 5}}
	want := []SheetCount{{SheetReport, 8}, {SheetActions, 5}, {SheetBudget, 3}, {"Anders", 2}, {"Zelf", 1}}
	if got := f.SheetRows(); !reflect.DeepEqual(got, want) {
		t.Errorf("SheetRows %v, want %v", got, want)
	}
}
