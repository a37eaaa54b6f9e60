package report

import (
	"slices"
	"testing"
	"time"
)

func TestCompareIDs(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int // sign
	}{
		{"CA-2", "CA-10", -1},
		{"CA-02", "CA-3", -1},
		{"ca-01", "CA-01", 0},
		{"CA-01", "CA-01a", -1},
		{"P-9", "R-1", -1},
		{"R-010", "R-9", 1},
		{"", "A", -1},
	} {
		got := CompareIDs(tt.a, tt.b)
		if got < 0 && tt.want >= 0 || got > 0 && tt.want <= 0 || got == 0 && tt.want != 0 {
			t.Errorf("CompareIDs(%q, %q) = %d, want sign %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// orderReport has its rows out of report order on purpose: domains not in
// Domeinen order, IDs not ascending, a domain Domeinen lacks.
func orderReport() *Report {
	return &Report{
		Domains: []Domain{{Order: 2, Name: "Zorg"}, {Order: 1, Name: "Jeugd"}},
		Actions: []CoalitionAction{
			{ID: "CA-10", Domain: "Jeugd"}, {ID: "CA-3", Domain: "Zorg"}, {ID: "CA-1", Domain: "Onbekend"},
			{ID: "CA-2", Domain: "Jeugd"}, {ID: "CA-1", Domain: "Zorg"},
		},
		Achievements: []Achievement{
			{ID: "R-1", Domain: "Zorg", Level: "Crisis"}, {ID: "R-2", Domain: "Zorg", Level: "Fundament"},
			{ID: "R-3", Domain: "Jeugd", Level: "Crisis"}, {ID: "R-0", Domain: "Jeugd", Level: "Fundament"},
		},
		Developments: []Development{
			{Domain: "Zorg", Topic: "a"}, {Domain: "Jeugd", Topic: "b", Order: ptr(2)},
			{Domain: "Jeugd", Topic: "c"}, {Domain: "Jeugd", Topic: "d", Order: ptr(1)},
		},
		Budget: []BudgetLine{
			{Domain: "Zorg", Kind: Income}, {Domain: "Zorg", Kind: Expenses}, {Domain: "Jeugd", Kind: Income},
		},
		KeyFigures: []KeyFigure{{Domain: "Zorg", Indicator: "x"}, {Domain: "Jeugd", Indicator: "y"}},
	}
}

func TestOrders(t *testing.T) {
	r := orderReport()
	for _, tt := range []struct {
		name string
		got  []int
		want []int
	}{
		{"actions: domain, then ID; unknown domain last", r.ActionOrder(), []int{3, 0, 4, 1, 2}},
		{"achievements: level, domain, ID", r.AchievementOrder(), []int{3, 1, 2, 0}},
		{"developments: domain, numbered first", r.DevelopmentOrder(), []int{3, 1, 2, 0}},
		{"budget: domain, Lasten before Baten", r.BudgetOrder(), []int{2, 1, 0}},
		{"key figures: domain", r.KeyFigureOrder(), []int{1, 0}},
	} {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if n, ok := r.DomainOrderOf("Zorg"); !ok || n != 2 {
		t.Errorf("DomainOrderOf(Zorg) = %d, %v", n, ok)
	}
	if _, ok := r.DomainOrderOf("Onbekend"); ok {
		t.Error("DomainOrderOf(Onbekend) found")
	}
}

func TestAssessment(t *testing.T) {
	for _, tt := range []struct {
		kind BudgetKind
		dev  float64
		want string
	}{
		{Expenses, 12000, "N"}, {Expenses, -12000, "V"}, {Income, 12000, "V"}, {Income, -1, "N"},
		{Income, 0.004, ""}, {Expenses, -0.004, ""}, {Expenses, 0.006, "N"},
	} {
		if got := Assessment(tt.kind, tt.dev); got != tt.want {
			t.Errorf("Assessment(%s, %v) = %q, want %q", tt.kind, tt.dev, got, tt.want)
		}
	}
}

func TestOverThreshold(t *testing.T) {
	m := Meta{ThresholdEUR: ptr(250000.0), ThresholdPct: ptr(7.0)}
	line := func(budget, actual float64) BudgetLine { return BudgetLine{Budget: &budget, Actual: &actual} }
	for _, tt := range []struct {
		name     string
		m        Meta
		b        BudgetLine
		eur, pct bool
	}{
		{"well under both", m, line(10e6, 10.1e6), false, false},
		{"exactly at the euro threshold", m, line(10e6, 10.25e6), false, false},
		{"a cent over the euro threshold", m, line(10e6, 10_250_000.01), true, false},
		// 70,000 / 1,000,000 × 100 is 7.000000000000001 in floating point:
		// exactly at the threshold, so not above it.
		{"exactly at the percentage", m, line(1e6, 1.07e6), false, false},
		{"over the percentage, under", m, line(1e6, 0.9e6), false, true},
		{"over both", m, line(4e6, 4.4e6), true, true},
		{"no budget: no percentage", m, line(0, 1000), false, false},
		{"no thresholds", Meta{}, line(1, 9e9), false, false},
		{"no realisation", m, BudgetLine{Budget: ptr(1.0)}, false, false},
	} {
		eur, pct := tt.m.OverThreshold(tt.b)
		if eur != tt.eur || pct != tt.pct {
			t.Errorf("%s: OverThreshold = %v, %v; want %v, %v", tt.name, eur, pct, tt.eur, tt.pct)
		}
	}
}

func TestDueEnd(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for in, want := range map[string]time.Time{
		"2026":     day(2026, 12, 31),
		"Q1 2026":  day(2026, 3, 31),
		"q3  2026": day(2026, 9, 30),
		"Q4 2026":  day(2026, 12, 31),
		"1-7-2026": day(2026, 7, 1),
	} {
		d, ok := ParseDue(in)
		if !ok || !d.End().Equal(want) {
			t.Errorf("ParseDue(%q).End() = %v (%v), want %v", in, d.End(), ok, want)
		}
	}
}

func TestBuildTimes(t *testing.T) {
	cutoff := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	if got := (Build{}).BuiltAt(Meta{CutoffDate: cutoff}); !got.Equal(cutoff) {
		t.Errorf("BuiltAt without Built = %v, want the peildatum", got)
	}
	built := time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)
	if got := (Build{Built: built}).BuiltAt(Meta{CutoffDate: cutoff}); !got.Equal(built) {
		t.Errorf("BuiltAt = %v, want %v", got, built)
	}
	for _, tt := range []struct{ got, want string }{
		{FormatDateTime(built), "15 januari 2026 09:00"},
		{FormatDateTime(time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)), "1 juli 2026 10:00"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
