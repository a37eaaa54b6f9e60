package report

import (
	"slices"
	"sort"
	"strings"
)

// The groupings every edition shows: per domain as OrderedDomains lists
// them, the rows of each in the report order of order.go (which the annex
// follows too). The PDF and the web page both read these, so they hold the
// same rows in the same places.

// ItemSheets are the sections whose rows each appear once in the report,
// in the order the Aansluiting table lists them: every edition counts them
// and the build reconciles them.
var ItemSheets = []string{SheetActions, SheetAchievements, SheetPlans, SheetDevelopments, SheetKeyFigures, SheetBudget,
	SheetReflections, SheetReview}

// OptionalSheets are the contract sheets only some reports have: they are
// listed (in the Aansluiting, the annex's Bronnen) only where there are any.
var OptionalSheets = []string{SheetReflections, SheetReview}

// ListedSheets are the ItemSheets the Aansluiting table lists: the
// optional ones only when rows were read or shown; shown is what the
// edition counted.
func (r *Report) ListedSheets(shown map[string]int) []string {
	var out []string
	for _, s := range ItemSheets {
		if !slices.Contains(OptionalSheets, s) || r.RowsRead(s)+shown[s] > 0 {
			out = append(out, s)
		}
	}
	return out
}

// DomainRows is one domain's rows of a section.
type DomainRows[T any] struct {
	Domain Domain
	Rows   []T
}

// byDomain puts the rows, taken in order (indexes into rows, as the …Order
// methods give them), under every domain of OrderedDomains. Rows of a
// domain Domeinen lacks are left out: validation rejects them.
func byDomain[T any](domains []Domain, rows []T, order []int, domain func(T) string) []DomainRows[T] {
	m := map[string][]T{}
	for _, i := range order {
		m[domain(rows[i])] = append(m[domain(rows[i])], rows[i])
	}
	out := make([]DomainRows[T], len(domains))
	for i, d := range domains {
		out[i] = DomainRows[T]{Domain: d, Rows: m[d.Name]}
	}
	return out
}

// ActionsByDomain is the Coalitieakkoord chapter: every domain with its
// actions in ActionOrder.
func (r *Report) ActionsByDomain() []DomainRows[CoalitionAction] {
	return byDomain(r.OrderedDomains(), r.Actions, r.ActionOrder(), func(a CoalitionAction) string { return a.Domain })
}

// PlansByDomain is the Plannen chapter, in PlanOrder.
func (r *Report) PlansByDomain() []DomainRows[Plan] {
	return byDomain(r.OrderedDomains(), r.Plans, r.PlanOrder(), func(p Plan) string { return p.Domain })
}

// KeyFiguresByDomain is the Kerncijfers chapter, in KeyFigureOrder.
func (r *Report) KeyFiguresByDomain() []DomainRows[KeyFigure] {
	return byDomain(r.OrderedDomains(), r.KeyFigures, r.KeyFigureOrder(), func(k KeyFigure) string { return k.Domain })
}

// DevelopmentsByDomain is the Relevante ontwikkelingen chapter, in
// DevelopmentOrder: topics with a Volgorde first, by Volgorde, then the
// others in input order.
func (r *Report) DevelopmentsByDomain() []DomainRows[Development] {
	return byDomain(r.OrderedDomains(), r.Developments, r.DevelopmentOrder(), func(d Development) string { return d.Domain })
}

// BudgetByDomain is the budget chapter: per domain its Lasten, then its
// Baten, in BudgetOrder. A line of another Soort is left out (validation
// rejects it); the totals do not count it either.
func (r *Report) BudgetByDomain() []DomainRows[BudgetLine] {
	var order []int
	for _, i := range r.BudgetOrder() {
		if slices.Contains(BudgetKinds, r.Budget[i].Kind) {
			order = append(order, i)
		}
	}
	return byDomain(r.OrderedDomains(), r.Budget, order, func(b BudgetLine) string { return b.Domain })
}

// Amounts are a budget line's Begroting na wijziging and Realisatie; an
// empty one counts as zero, as in BudgetTotal.
func (l BudgetLine) Amounts() (budget, actual float64) {
	if l.Budget != nil {
		budget = *l.Budget
	}
	if l.Actual != nil {
		actual = *l.Actual
	}
	return budget, actual
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

// ContractSheets are the sheets of the input contract in the template's
// order, the order every edition lists rows read per sheet in.
var ContractSheets = []string{SheetReport, SheetDomains, SheetActions, SheetAchievements,
	SheetPlans, SheetDevelopments, SheetKeyFigures, SheetBudget, SheetReflections, SheetReview}

// SheetRows lists the rows read per sheet of the file, in the contract's
// order; sheets outside it last, by name.
func (f SourceFile) SheetRows() []SheetCount {
	rank := func(s string) int {
		for i, n := range ContractSheets {
			if n == s {
				return i
			}
		}
		return len(ContractSheets)
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

// TotalLabel names the total of a Soort: "Totaal lasten".
func (k BudgetKind) TotalLabel() string { return "Totaal " + strings.ToLower(string(k)) }
