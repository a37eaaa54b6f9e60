package report

import (
	"sort"
	"time"
)

// The groupings every edition shows: per domain in report order, rows in
// input order. The PDF and the web page both read these, so they hold the
// same rows in the same places.

// ItemSheets are the sections whose rows each appear once in the report,
// in the order the Aansluiting table lists them.
var ItemSheets = []string{SheetActions, SheetAchievements, SheetPlans, SheetDevelopments, SheetKeyFigures, SheetBudget}

// DomainRows is one domain's rows of a section.
type DomainRows[T any] struct {
	Domain Domain
	Rows   []T
}

// byDomain groups rows under every domain in report order, keeping input
// order; rows of a domain Domeinen lacks are left out (validation rejects them).
func byDomain[T any](domains []Domain, rows []T, domain func(T) string) []DomainRows[T] {
	at := make(map[string]int, len(domains))
	out := make([]DomainRows[T], len(domains))
	for i, d := range domains {
		out[i].Domain = d
		if _, dup := at[d.Name]; !dup {
			at[d.Name] = i
		}
	}
	for _, row := range rows {
		if i, ok := at[domain(row)]; ok {
			out[i].Rows = append(out[i].Rows, row)
		}
	}
	return out
}

// ActionsByDomain is the Coalitieakkoord chapter: every domain with its actions.
func (r *Report) ActionsByDomain() []DomainRows[CoalitionAction] {
	return byDomain(r.OrderedDomains(), r.Actions, func(a CoalitionAction) string { return a.Domain })
}

// PlansByDomain is the Plannen chapter.
func (r *Report) PlansByDomain() []DomainRows[Plan] {
	return byDomain(r.OrderedDomains(), r.Plans, func(p Plan) string { return p.Domain })
}

// KeyFiguresByDomain is the Kerncijfers chapter.
func (r *Report) KeyFiguresByDomain() []DomainRows[KeyFigure] {
	return byDomain(r.OrderedDomains(), r.KeyFigures, func(k KeyFigure) string { return k.Domain })
}

// DevelopmentsByDomain is the Relevante ontwikkelingen chapter: topics with
// a Volgorde first, by Volgorde, then the others in input order.
func (r *Report) DevelopmentsByDomain() []DomainRows[Development] {
	gs := byDomain(r.OrderedDomains(), r.Developments, func(d Development) string { return d.Domain })
	for _, g := range gs {
		sort.SliceStable(g.Rows, func(a, b int) bool {
			oa, ob := g.Rows[a].Order, g.Rows[b].Order
			if oa == nil || ob == nil {
				return oa != nil && ob == nil
			}
			return *oa < *ob
		})
	}
	return gs
}

// BudgetByDomain is the budget chapter: per domain its Lasten, then its Baten.
func (r *Report) BudgetByDomain() []DomainRows[BudgetLine] {
	gs := byDomain(r.OrderedDomains(), r.Budget, func(b BudgetLine) string { return b.Domain })
	for i, g := range gs {
		var ordered []BudgetLine
		for _, kind := range BudgetKinds {
			for _, l := range g.Rows {
				if l.Kind == kind {
					ordered = append(ordered, l)
				}
			}
		}
		gs[i].Rows = ordered
	}
	return gs
}

// KindTotal is the total of one Soort.
type KindTotal struct {
	Kind BudgetKind
	BudgetTotal
}

// DomainBudget is a domain's totals per Soort that has lines, Lasten first.
type DomainBudget struct {
	Domain string
	Totals []KindTotal
}

// BudgetOverview is "Totaal alle domeinen": every domain with budget lines.
// The portfolio's totals are BudgetTotals("").
func (r *Report) BudgetOverview() []DomainBudget {
	var out []DomainBudget
	for _, g := range r.BudgetByDomain() {
		tot := r.BudgetTotals(g.Domain.Name)
		d := DomainBudget{Domain: g.Domain.Name}
		for _, kind := range BudgetKinds {
			if t := tot[kind]; t.Lines > 0 {
				d.Totals = append(d.Totals, KindTotal{kind, t})
			}
		}
		if len(d.Totals) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// LevelRows is one level of the care pyramid with its achievements.
type LevelRows struct {
	Level PyramidLevel
	Rows  []Achievement
}

// AchievementsByLevel is the Resultaten chapter: every level from Fundament
// up, its achievements in domain order, then input order.
func (r *Report) AchievementsByLevel() []LevelRows {
	place := map[string]int{}
	for i, d := range r.OrderedDomains() {
		place[d.Name] = i
	}
	out := make([]LevelRows, len(PyramidLevels))
	for i, level := range PyramidLevels {
		out[i].Level = level
		for _, a := range r.Achievements {
			if _, ok := place[a.Domain]; ok && a.Level == level {
				out[i].Rows = append(out[i].Rows, a)
			}
		}
		sort.SliceStable(out[i].Rows, func(a, b int) bool {
			return place[out[i].Rows[a].Domain] < place[out[i].Rows[b].Domain]
		})
	}
	return out
}

// HeadlineFigures are the first key figure of every domain, for the summary.
func (r *Report) HeadlineFigures() []KeyFigure {
	var out []KeyFigure
	for _, g := range r.KeyFiguresByDomain() {
		if len(g.Rows) > 0 {
			out = append(out, g.Rows[0])
		}
	}
	return out
}

// StatusRow counts a domain's coalition actions per status, in the order
// of Statuses.
type StatusRow struct {
	Domain string
	Counts []int
	Total  int
}

// StatusTable is "Stand van het coalitieakkoord": a row per domain and the
// total over all of them.
func (r *Report) StatusTable() (rows []StatusRow, total StatusRow) {
	row := func(name string, m map[Status]int) StatusRow {
		s := StatusRow{Domain: name, Counts: make([]int, len(Statuses))}
		for i, st := range Statuses {
			s.Counts[i] = m[st]
			s.Total += m[st]
		}
		return s
	}
	for _, d := range r.OrderedDomains() {
		rows = append(rows, row(d.Name, r.StatusCount(d.Name)))
	}
	return rows, row("Totaal", r.StatusCount(""))
}

// SheetCount is the rows read from one sheet.
type SheetCount struct {
	Sheet string
	Rows  int
}

// sheetOrder is the order of the input contract.
var sheetOrder = []string{SheetReport, SheetDomains, SheetActions, SheetAchievements,
	SheetPlans, SheetDevelopments, SheetKeyFigures, SheetBudget}

// SheetRows lists the rows read per sheet of the file, in the contract's
// order; sheets outside it last, by name.
func (f SourceFile) SheetRows() []SheetCount {
	rank := func(s string) int {
		for i, n := range sheetOrder {
			if n == s {
				return i
			}
		}
		return len(sheetOrder)
	}
	out := make([]SheetCount, 0, len(f.Rows))
	for sh, n := range f.Rows {
		out = append(out, SheetCount{sh, n})
	}
	sort.Slice(out, func(i, j int) bool {
		ri, rj := rank(out[i].Sheet), rank(out[j].Sheet)
		return ri < rj || ri == rj && out[i].Sheet < out[j].Sheet
	})
	return out
}

// NewestFile is the input file saved last; zero when none says when.
func (r *Report) NewestFile() (t SourceFile) {
	for _, f := range r.Files {
		if f.Modified.After(t.Modified) {
			t = f
		}
	}
	return t
}

// At is the time the build says it was made: the peildatum for a build
// without one, so no edition ever shows the clock.
func (b Build) At(m Meta) time.Time {
	if !b.Built.IsZero() {
		return b.Built
	}
	return m.CutoffDate
}
