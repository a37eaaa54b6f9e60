package report

import (
	"reflect"
	"sort"
)

// OrderedDomains returns the domains in report order (Volgorde, then name).
func (r *Report) OrderedDomains() []Domain {
	ds := append([]Domain(nil), r.Domains...)
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Order != ds[j].Order {
			return ds[i].Order < ds[j].Order
		}
		return ds[i].Name < ds[j].Name
	})
	return ds
}

// DistinctDomains returns the listed domains in report order, each name
// once (as first listed, case and accents ignored) and none empty: what a
// department's workbook offers in its Domein dropdown.
func (r *Report) DistinctDomains() []Domain {
	var out []Domain
	seen := map[string]bool{}
	for _, d := range r.OrderedDomains() {
		if k := Fold(d.Name); d.Name != "" && !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

// StatusCount counts coalition actions per status for one domain, or for
// all domains when domain is "".
func (r *Report) StatusCount(domain string) map[Status]int {
	m := map[Status]int{}
	for _, a := range r.Actions {
		if domain == "" || a.Domain == domain {
			m[a.Status]++
		}
	}
	return m
}

// BudgetTotal sums budget after changes and realisation over budget lines;
// an empty amount counts as zero.
type BudgetTotal struct {
	Budget, Actual float64
	Lines          int
}

// Add counts one line in.
func (t *BudgetTotal) Add(l BudgetLine) {
	t.Lines++
	if l.Budget != nil {
		t.Budget += *l.Budget
	}
	if l.Actual != nil {
		t.Actual += *l.Actual
	}
}

// BudgetTotals sums the budget lines per Soort for one domain, or for all
// domains when domain is "".
func (r *Report) BudgetTotals(domain string) map[BudgetKind]BudgetTotal {
	m := map[BudgetKind]BudgetTotal{}
	for _, b := range r.Budget {
		if domain == "" || b.Domain == domain {
			t := m[b.Kind]
			t.Add(b)
			m[b.Kind] = t
		}
	}
	return m
}

// RowsRead is the total of data rows read for a contract sheet across files.
func (r *Report) RowsRead(sheet string) int {
	n := 0
	for _, f := range r.Files {
		n += f.Rows[sheet]
	}
	return n
}

// Section returns the rows of a table sheet as its typed slice
// ([]CoalitionAction for Coalitieakkoord, …), or nil for Rapport and
// unknown names.
func (r *Report) Section(sheet string) any {
	switch sheet {
	case SheetDomains:
		return r.Domains
	case SheetActions:
		return r.Actions
	case SheetAchievements:
		return r.Achievements
	case SheetPlans:
		return r.Plans
	case SheetDevelopments:
		return r.Developments
	case SheetKeyFigures:
		return r.KeyFigures
	case SheetBudget:
		return r.Budget
	case SheetReflections:
		return r.Reflections
	case SheetReview:
		return r.Reviews
	}
	return nil
}

// Count is the number of rows of a table sheet in the model.
func (r *Report) Count(sheet string) int {
	if rows := r.Section(sheet); rows != nil {
		return reflect.ValueOf(rows).Len()
	}
	return 0
}

// LevelGroup is one level of the care pyramid with its achievements.
type LevelGroup struct {
	Level        PyramidLevel
	Achievements []Achievement
}

// ByLevel groups the achievements per level of the care pyramid, bottom
// (Fundament) to top (Crisis), every level present even when empty, each
// in AchievementOrder: domain order, then ID; an achievement of a domain
// not on Domeinen (which validation refuses) comes last rather than going
// missing.
func (r *Report) ByLevel() []LevelGroup {
	gs := make([]LevelGroup, len(PyramidLevels))
	for i, l := range PyramidLevels {
		gs[i].Level = l
	}
	for _, k := range r.AchievementOrder() {
		a := r.Achievements[k]
		if i := a.Level.Rank(); i >= 0 {
			gs[i].Achievements = append(gs[i].Achievements, a)
		}
	}
	return gs
}

// LevelCount is the number of achievements on one level of the care pyramid.
type LevelCount struct {
	Level PyramidLevel
	Count int
}

// LevelCounts is what the pyramid figure shows: every level, bottom to
// top, with its number of achievements.
func (r *Report) LevelCounts() []LevelCount {
	gs := r.ByLevel()
	out := make([]LevelCount, len(gs))
	for i, g := range gs {
		out[i] = LevelCount{Level: g.Level, Count: len(g.Achievements)}
	}
	return out
}
