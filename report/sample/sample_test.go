package sample

import (
	"math"
	"strings"
	"testing"

	"jaarverslag/report"
)

func TestGroningenIsValid(t *testing.T) {
	r := Groningen()
	if fs := report.Validate(r); len(fs) > 0 {
		for _, f := range fs {
			t.Errorf("%s [%s] %s", f.Pos, f.Rule, f.Message)
		}
	}
}

func TestScaledIsValid(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 25} {
		if fs := report.Validate(Scaled(n)); len(fs) > 0 {
			t.Errorf("Scaled(%d): %d findings, first: %s %s", n, len(fs), fs[0].Pos, fs[0].Message)
		}
	}
}

func TestGroningenCounts(t *testing.T) {
	r := Groningen()
	tests := []struct {
		section string
		got     int
		min     int
	}{
		{"domains", len(r.Domains), 11},
		{"actions", len(r.Actions), 16},
		{"achievements", len(r.Achievements), 54},
		{"plans", len(r.Plans), 15},
		{"developments", len(r.Developments), 14},
		{"key figures", len(r.KeyFigures), 14},
		{"budget lines", len(r.Budget), 25},
	}
	for _, tt := range tests {
		if tt.got < tt.min {
			t.Errorf("%s: %d rows, want at least %d", tt.section, tt.got, tt.min)
		}
	}
}

// TestGroningenContent checks what the renderers and the rules need to see
// at least once: every status class, every pyramid level, a % figure, the
// topics of the annual-report chapter, Dutch typography.
func TestGroningenContent(t *testing.T) {
	r := Groningen()
	statuses := r.StatusCount("")
	for _, s := range []report.Status{report.StatusDone, report.StatusOnTrack, report.StatusDelayed} {
		if statuses[s] == 0 {
			t.Errorf("no action with status %s", s)
		}
	}
	if statuses[report.StatusNotStarted]+statuses[report.StatusStopped] == 0 {
		t.Error("no action Niet gestart or Gestopt")
	}
	levels := map[report.PyramidLevel]int{}
	for _, a := range r.Achievements {
		levels[a.Level]++
	}
	for _, l := range report.PyramidLevels {
		if levels[l] == 0 {
			t.Errorf("no achievement on level %s", l)
		}
	}
	pct := false
	for _, k := range r.KeyFigures {
		pct = pct || k.Unit == "%"
	}
	if !pct {
		t.Error("no key figure in %")
	}
	topics := map[string]bool{}
	for _, d := range r.Developments {
		topics[d.Topic] = true
	}
	for _, want := range []string{"Samenlevingsopbouw", "Diversiteit", "Publieke gezondheid", "Wonen en zorg", "Passende ondersteuning", "Jeugd", "Zorg en veiligheid", "Nieuwkomers", "Asiel", "Armoede", "Evenementen"} {
		if !topics[want] {
			t.Errorf("no development %q", want)
		}
	}
	var all strings.Builder
	for _, d := range r.Developments {
		all.WriteString(d.Text)
	}
	for _, a := range r.Actions {
		all.WriteString(a.Action + a.Approach + a.Execution)
	}
	for _, ch := range []string{"ë", "ï", "é", "€", "’", "“", "”", "\n\n", "https://"} {
		if !strings.Contains(all.String(), ch) {
			t.Errorf("texts lack %q", ch)
		}
	}
	var youthBudget, youthActual float64
	for _, b := range r.Budget {
		if b.Domain == Youth && b.Kind == report.Expenses {
			youthBudget += *b.Budget
			youthActual += *b.Actual
		}
	}
	if youthActual <= youthBudget {
		t.Errorf("youth care realised %.0f within budget %.0f; the documents say it went over", youthActual, youthBudget)
	}
}

func TestGroningenRules(t *testing.T) {
	for name, r := range map[string]*report.Report{"Groningen": Groningen(), "Scaled(4)": Scaled(4)} {
		t.Run(name, func(t *testing.T) {
			checkRules(t, r)
		})
	}
}

// checkRules restates the contract's rules independently of report.Validate,
// so a sample that only passes because of a bug there is still caught.
func checkRules(t *testing.T, r *report.Report) {
	t.Helper()
	listed := map[string]bool{}
	for _, d := range r.Domains {
		listed[d.Name] = true
	}
	used := func(sheet, domain string) {
		if !listed[domain] {
			t.Errorf("%s: domain %q is not listed", sheet, domain)
		}
	}
	ids := map[string]bool{}
	for _, a := range r.Actions {
		used(report.SheetActions, a.Domain)
		if ids[a.ID] {
			t.Errorf("duplicate action ID %s", a.ID)
		}
		ids[a.ID] = true
		if a.Status.NeedsExplanation() && a.Explanation == "" {
			t.Errorf("%s: status %s without Toelichting", a.ID, a.Status)
		}
		for _, l := range a.Links {
			if !report.IsWebURL(l.URL) {
				t.Errorf("%s: bad link %q", a.ID, l.URL)
			}
		}
	}
	seen := map[string]bool{}
	for _, a := range r.Achievements {
		used(report.SheetAchievements, a.Domain)
		if seen[a.ID] {
			t.Errorf("duplicate achievement ID %s", a.ID)
		}
		seen[a.ID] = true
		if a.ActionID != "" && !ids[a.ActionID] {
			t.Errorf("%s: unknown Actie-ID %s", a.ID, a.ActionID)
		}
		if a.Level.Rank() < 0 {
			t.Errorf("%s: unknown level %q", a.ID, a.Level)
		}
	}
	seen = map[string]bool{}
	for _, p := range r.Plans {
		used(report.SheetPlans, p.Domain)
		if seen[p.ID] {
			t.Errorf("duplicate plan ID %s", p.ID)
		}
		seen[p.ID] = true
		if p.ActionID != "" && !ids[p.ActionID] {
			t.Errorf("%s: unknown Actie-ID %s", p.ID, p.ActionID)
		}
	}
	for _, d := range r.Developments {
		used(report.SheetDevelopments, d.Domain)
	}
	for _, k := range r.KeyFigures {
		used(report.SheetKeyFigures, k.Domain)
	}
	for _, b := range r.Budget {
		used(report.SheetBudget, b.Domain)
		dev := math.Abs(b.Deviation())
		over := dev > *r.Meta.ThresholdEUR || dev / *b.Budget * 100 > *r.Meta.ThresholdPct
		if over && b.Explanation == "" {
			t.Errorf("budget %q deviates %.0f without Toelichting", b.Description, b.Deviation())
		}
	}
}

func TestScaledCounts(t *testing.T) {
	for _, n := range []int{1, 10, 100} {
		r := Scaled(n)
		tests := []struct {
			section   string
			got, want int
		}{
			{"actions", len(r.Actions), 16 * n},
			{"achievements", len(r.Achievements), 30 * n},
			{"plans", len(r.Plans), 10 * n},
			{"developments", len(r.Developments), 10 * n},
			{"key figures", len(r.KeyFigures), 12 * n},
			{"budget lines", len(r.Budget), 10 * n},
		}
		for _, tt := range tests {
			if tt.got != tt.want {
				t.Errorf("Scaled(%d) %s: %d, want %d", n, tt.section, tt.got, tt.want)
			}
		}
	}
}

// TestScaledSmallKeepsVariety guards the interleaving: even n=1 must show
// every domain and the statuses that need a Toelichting.
func TestScaledSmallKeepsVariety(t *testing.T) {
	r := Scaled(1)
	s := r.StatusCount("")
	if s[report.StatusDelayed] == 0 || s[report.StatusNotStarted]+s[report.StatusStopped] == 0 {
		t.Errorf("Scaled(1) statuses %v lack Vertraagd or Niet gestart/Gestopt", s)
	}
	domains := map[string]bool{}
	for _, a := range r.Achievements {
		domains[a.Domain] = true
	}
	for _, b := range r.Budget {
		domains[b.Domain] = true
	}
	if len(domains) != len(r.Domains) {
		t.Errorf("Scaled(1) uses %d of %d domains", len(domains), len(r.Domains))
	}
	refs := 0
	for _, a := range r.Achievements {
		if a.ActionID != "" {
			refs++
		}
	}
	if refs == 0 {
		t.Error("Scaled(1) has no Actie-IDs")
	}
}

func TestScaledDeterministic(t *testing.T) {
	a, b := Scaled(3), Scaled(3)
	for i := range a.Actions {
		if a.Actions[i].ID != b.Actions[i].ID || a.Actions[i].Action != b.Actions[i].Action {
			t.Fatalf("action %d differs between calls", i)
		}
	}
	for i := range a.Achievements {
		x, y := a.Achievements[i], b.Achievements[i]
		if x.ID != y.ID || x.ActionID != y.ActionID || x.Text != y.Text || x.Domain != y.Domain {
			t.Fatalf("achievement %d differs between calls", i)
		}
	}
}

// TestSplitCoversEveryRowOnce is the promise of Split: no row lost, none twice.
func TestSplitCoversEveryRowOnce(t *testing.T) {
	for name, r := range map[string]*report.Report{"Groningen": Groningen(), "Scaled(3)": Scaled(3)} {
		t.Run(name, func(t *testing.T) {
			parts := Split()
			check := func(sheet, domain, row string) {
				n := 0
				for _, p := range parts {
					if p.Holds(sheet, domain) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%s %s (%s) is in %d parts", sheet, row, domain, n)
				}
			}
			check(report.SheetReport, "", "Rapport")
			for _, d := range r.Domains {
				check(report.SheetDomains, d.Name, d.Name)
			}
			for _, a := range r.Actions {
				check(report.SheetActions, a.Domain, a.ID)
			}
			for _, a := range r.Achievements {
				check(report.SheetAchievements, a.Domain, a.ID)
			}
			for _, p := range r.Plans {
				check(report.SheetPlans, p.Domain, p.ID)
			}
			for _, d := range r.Developments {
				check(report.SheetDevelopments, d.Domain, d.Topic)
			}
			for _, k := range r.KeyFigures {
				check(report.SheetKeyFigures, k.Domain, k.Indicator)
			}
			for _, b := range r.Budget {
				check(report.SheetBudget, b.Domain, b.Description)
			}
			for _, f := range r.Reflections {
				check(report.SheetReflections, "", f.Title)
			}
		})
	}
}

// TestSplitNamesContractSheets keeps the parts inside the contract.
func TestSplitNamesContractSheets(t *testing.T) {
	known := map[string]bool{}
	for _, s := range []string{report.SheetReport, report.SheetDomains, report.SheetActions, report.SheetAchievements, report.SheetPlans,
		report.SheetDevelopments, report.SheetKeyFigures, report.SheetBudget, report.SheetReflections, report.SheetReview} {
		known[s] = true
	}
	listed := map[string]bool{}
	for _, d := range Groningen().Domains {
		listed[d.Name] = true
	}
	names := map[string]bool{}
	for _, p := range Split() {
		if names[p.Name] || !strings.HasSuffix(p.Name, ".xlsx") {
			t.Errorf("bad or duplicate file name %q", p.Name)
		}
		names[p.Name] = true
		for _, s := range p.Sheets {
			if !known[s] {
				t.Errorf("%s: sheet %q is not in the contract", p.Name, s)
			}
		}
		for _, d := range p.Domains {
			if !listed[d] {
				t.Errorf("%s: domain %q is not listed", p.Name, d)
			}
		}
	}
}

// TestGroningen2026 is valid against the 2025 report as its last year: the
// Terugblik covers every plan of 2025 once, with the texts of 2025.
func TestGroningen2026(t *testing.T) {
	r := Groningen2026()
	prev := &report.PreviousYear{File: "bijlage-2025.xlsx", Municipality: Groningen().Meta.Municipality, Year: 2025, Portfolio: Groningen().Meta.Portfolio, Plans: Groningen().Plans}
	r.Previous = prev
	for _, f := range report.Validate(r) {
		t.Errorf("%s [%s] %s", f.Pos, f.Rule, f.Message)
	}
	if len(r.Reviews) != len(prev.Plans) {
		t.Errorf("%d Terugblik rows for %d plans", len(r.Reviews), len(prev.Plans))
	}
	counts := r.OutcomeCounts()
	for _, o := range report.Outcomes {
		if counts[o] == 0 {
			t.Errorf("no plan %s: the sample should show every outcome", o)
		}
	}
	parts := Split2026()
	for _, sheet := range []string{report.SheetReport, report.SheetDomains, report.SheetAchievements, report.SheetPlans, report.SheetReview, report.SheetReflections} {
		n := 0
		for _, p := range parts {
			if p.Holds(sheet, Youth) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s is in %d parts of Split2026", sheet, n)
		}
	}
}
