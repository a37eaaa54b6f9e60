package report

import (
	"reflect"
	"testing"
)

func TestBudgetTotals(t *testing.T) {
	r := &Report{Budget: []BudgetLine{
		{Domain: "Jeugd", Kind: Expenses, Budget: ptr(100.0), Actual: ptr(120.0)},
		{Domain: "Jeugd", Kind: Expenses, Budget: ptr(50.0)}, // no realisation yet: counts as 0
		{Domain: "Jeugd", Kind: Income, Actual: ptr(30.0)},
		{Domain: "Zorg", Kind: Expenses, Budget: ptr(7.0), Actual: ptr(8.0)},
	}}
	tests := []struct {
		domain string
		kind   BudgetKind
		want   BudgetTotal
	}{
		{"Jeugd", Expenses, BudgetTotal{Budget: 150, Actual: 120, Lines: 2}},
		{"Jeugd", Income, BudgetTotal{Budget: 0, Actual: 30, Lines: 1}},
		{"Zorg", Income, BudgetTotal{}},
		{"", Expenses, BudgetTotal{Budget: 157, Actual: 128, Lines: 3}},
	}
	for _, tt := range tests {
		if got := r.BudgetTotals(tt.domain)[tt.kind]; got != tt.want {
			t.Errorf("BudgetTotals(%q)[%s] = %+v, want %+v", tt.domain, tt.kind, got, tt.want)
		}
	}
}

func TestColumnOf(t *testing.T) {
	typ := reflect.TypeFor[BudgetLine]()
	for _, tt := range []struct {
		field, header string
		required, ok  bool
	}{
		{"Domain", "Domein", true, true},
		{"Primary", "Primaire begroting", false, true},
		{"Src", "", false, false},
	} {
		f, _ := typ.FieldByName(tt.field)
		if h, req, ok := ColumnOf(f); h != tt.header || req != tt.required || ok != tt.ok {
			t.Errorf("ColumnOf(%s) = %q, %v, %v; want %q, %v, %v", tt.field, h, req, ok, tt.header, tt.required, tt.ok)
		}
	}
}

func TestByLevel(t *testing.T) {
	r := &Report{
		Domains: []Domain{{Order: 2, Name: "Zorg"}, {Order: 1, Name: "Jeugd"}},
		Achievements: []Achievement{
			{ID: "a", Domain: "Zorg", Level: "Crisis"},
			{ID: "b", Domain: "Jeugd", Level: "Fundament"},
			{ID: "c", Domain: "Onbekend", Level: "Crisis"},
			{ID: "d", Domain: "Jeugd", Level: "Crisis"},
			{ID: "e", Domain: "Zorg", Level: "Fundament"},
		},
	}
	gs := r.ByLevel()
	if len(gs) != len(PyramidLevels) || gs[0].Level != "Fundament" || gs[len(gs)-1].Level != "Crisis" {
		t.Fatalf("levels %v", gs)
	}
	ids := func(as []Achievement) string {
		s := ""
		for _, a := range as {
			s += a.ID
		}
		return s
	}
	// Domain order (Jeugd before Zorg), then input order; an unknown domain last.
	if got := ids(gs[0].Achievements); got != "be" {
		t.Errorf("Fundament: %q, want \"be\"", got)
	}
	if got := ids(gs[8].Achievements); got != "dac" {
		t.Errorf("Crisis: %q, want \"dac\"", got)
	}
	counts := r.LevelCounts()
	want := []int{2, 0, 0, 0, 0, 0, 0, 0, 3}
	for i, c := range counts {
		if c.Level != PyramidLevels[i] || c.Count != want[i] {
			t.Errorf("LevelCounts()[%d] = %+v, want %s %d", i, c, PyramidLevels[i], want[i])
		}
	}
}

func TestDistinctDomains(t *testing.T) {
	r := &Report{Domains: []Domain{{Order: 2, Name: "Zorg"}, {Order: 1, Name: "Jeugd"}, {Order: 3, Name: ""}, {Order: 4, Name: "jeügd"}, {Order: 5, Name: "Armoede"}}}
	var got []string
	for _, d := range r.DistinctDomains() {
		got = append(got, d.Name)
	}
	if want := []string{"Jeugd", "Zorg", "Armoede"}; !reflect.DeepEqual(got, want) {
		t.Errorf("DistinctDomains = %q, want %q", got, want)
	}
}
