package sample

import (
	"fmt"
	"slices"

	"jaarverslag/report"
)

// Rows per unit of Scaled's n, in the proportions of a real portfolio.
const (
	ActionsPerN      = 16
	AchievementsPerN = 30
	PlansPerN        = 10
	DevelopmentsPerN = 10
	KeyFiguresPerN   = 12
	BudgetPerN       = 10
)

// Scaled returns a valid report set of about n times the Groningen set,
// for benchmarks and stress tests: ActionsPerN×n coalition actions,
// AchievementsPerN×n achievements, and so on. Rows cycle through the
// Groningen rows (interleaved by domain, so a small n still touches every
// domain and status); IDs are renumbered and Actie-IDs point at an action
// made from the same original. The result is the same on every call.
func Scaled(n int) *report.Report {
	n = max(n, 1)
	g := Groningen()
	names := make([]string, len(g.Domains))
	for i, d := range g.Domains {
		names[i] = d.Name
	}
	r := &report.Report{Meta: g.Meta, Domains: g.Domains}

	acts := interleave(g.Actions, names, func(a report.CoalitionAction) string { return a.Domain })
	nActs := ActionsPerN * n
	pos := map[string]int{} // original action ID → index in acts
	for i, a := range acts {
		pos[a.ID] = i
	}
	actionID := func(i int) string { return numbered("CA-", i, nActs) }
	// ref maps an original Actie-ID in round k to one of its copies.
	ref := func(id string, k int) string {
		t, ok := pos[id]
		if id == "" || !ok || t >= nActs {
			return ""
		}
		copies := (nActs - t + len(acts) - 1) / len(acts)
		return actionID(t + (k%copies)*len(acts))
	}

	r.Actions = make([]report.CoalitionAction, nActs)
	for i := range r.Actions {
		a, k := acts[i%len(acts)], i/len(acts)
		a.ID = actionID(i)
		a.Action = round(a.Action, k)
		a.Links = slices.Clone(a.Links)
		r.Actions[i] = a
	}

	achs := interleave(g.Achievements, names, func(a report.Achievement) string { return a.Domain })
	r.Achievements = make([]report.Achievement, AchievementsPerN*n)
	for i := range r.Achievements {
		a, k := achs[i%len(achs)], i/len(achs)
		a.ID = numbered("R-", i, len(r.Achievements))
		a.ActionID = ref(a.ActionID, k)
		r.Achievements[i] = a
	}

	pls := interleave(g.Plans, names, func(p report.Plan) string { return p.Domain })
	r.Plans = make([]report.Plan, PlansPerN*n)
	for i := range r.Plans {
		p, k := pls[i%len(pls)], i/len(pls)
		p.ID = numbered("P-", i, len(r.Plans))
		p.ActionID = ref(p.ActionID, k)
		r.Plans[i] = p
	}

	devs := interleave(g.Developments, names, func(d report.Development) string { return d.Domain })
	r.Developments = make([]report.Development, DevelopmentsPerN*n)
	for i := range r.Developments {
		d, k := devs[i%len(devs)], i/len(devs)
		d.Topic = round(d.Topic, k)
		d.Order = order(k*100 + deref(d.Order))
		r.Developments[i] = d
	}

	kfs := interleave(g.KeyFigures, names, func(f report.KeyFigure) string { return f.Domain })
	r.KeyFigures = make([]report.KeyFigure, KeyFiguresPerN*n)
	for i := range r.KeyFigures {
		f, k := kfs[i%len(kfs)], i/len(kfs)
		f.Indicator = round(f.Indicator, k)
		f.Value, f.Previous, f.Target = clonef(f.Value), clonef(f.Previous), clonef(f.Target)
		if f.Date != nil {
			d := *f.Date
			f.Date = &d
		}
		r.KeyFigures[i] = f
	}

	bls := interleave(g.Budget, names, func(b report.BudgetLine) string { return b.Domain })
	r.Budget = make([]report.BudgetLine, BudgetPerN*n)
	for i := range r.Budget {
		b, k := bls[i%len(bls)], i/len(bls)
		b.Description = round(b.Description, k)
		b.Primary, b.Budget, b.Actual = clonef(b.Primary), clonef(b.Budget), clonef(b.Actual)
		r.Budget[i] = b
	}
	return r
}

// interleave orders rows round-robin over the domains: the first row of
// every domain, then the second of every domain, and so on.
func interleave[T any](rows []T, domains []string, domain func(T) string) []T {
	by := map[string][]T{}
	for _, r := range rows {
		by[domain(r)] = append(by[domain(r)], r)
	}
	out := make([]T, 0, len(rows))
	for k := 0; len(out) < len(rows); k++ {
		for _, d := range domains {
			if k < len(by[d]) {
				out = append(out, by[d][k])
			}
		}
	}
	return out
}

// numbered gives IDs of equal width so they sort as they count: CA-0001.
func numbered(prefix string, i, total int) string {
	width := max(2, len(fmt.Sprint(total)))
	return fmt.Sprintf("%s%0*d", prefix, width, i+1)
}

// round marks repeated names so the copies stay distinguishable.
func round(s string, k int) string {
	if k == 0 {
		return s
	}
	return fmt.Sprintf("%s (%d)", s, k+1)
}

func clonef(p *float64) *float64 {
	if p == nil {
		return nil
	}
	return num(*p)
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
