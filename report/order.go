package report

import (
	"slices"
	"strings"
)

// The report shows every section in one order, which the PDF and the annex
// share: by domain as Domeinen orders them, then by ID where a section has
// IDs. The …Order methods return indexes into the section's slice, every
// row exactly once; rows of a domain that Domeinen lacks (validation
// rejects them) come last, in input order.

// DomainPlaces maps each domain name to its place in OrderedDomains, 0 first.
func (r *Report) DomainPlaces() map[string]int {
	m := map[string]int{}
	for i, d := range r.OrderedDomains() {
		if _, ok := m[d.Name]; !ok {
			m[d.Name] = i
		}
	}
	return m
}

// DomainOrderOf is the Volgorde that Domeinen gives a domain, and false for
// a domain that is not on it.
func (r *Report) DomainOrderOf(name string) (int, bool) {
	for _, d := range r.OrderedDomains() {
		if d.Name == name {
			return d.Order, true
		}
	}
	return 0, false
}

// orderBy sorts the indexes 0…n-1 by domain place, then by the keys given,
// keeping input order among equals.
func (r *Report) orderBy(n int, domain func(i int) string, keys ...func(a, b int) int) []int {
	place := r.DomainPlaces()
	rank := func(i int) int {
		if p, ok := place[domain(i)]; ok {
			return p
		}
		return len(place)
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		for _, k := range keys {
			if d := k(a, b); d != 0 {
				return d
			}
		}
		return 0
	})
	return idx
}

// ActionOrder is Coalitieakkoord in report order: domain, then ID.
func (r *Report) ActionOrder() []int {
	return r.orderBy(len(r.Actions), func(i int) string { return r.Actions[i].Domain },
		func(a, b int) int { return CompareIDs(r.Actions[a].ID, r.Actions[b].ID) })
}

// AchievementOrder is Resultaten in report order: level of the care pyramid
// from Fundament up, then domain, then ID.
func (r *Report) AchievementOrder() []int {
	level := func(i int) int {
		if k := r.Achievements[i].Level.Rank(); k >= 0 {
			return k
		}
		return len(PyramidLevels)
	}
	idx := r.orderBy(len(r.Achievements), func(i int) string { return r.Achievements[i].Domain },
		func(a, b int) int { return CompareIDs(r.Achievements[a].ID, r.Achievements[b].ID) })
	slices.SortStableFunc(idx, func(a, b int) int { return level(a) - level(b) })
	return idx
}

// PlanOrder is Plannen in report order: domain, then ID.
func (r *Report) PlanOrder() []int {
	return r.orderBy(len(r.Plans), func(i int) string { return r.Plans[i].Domain },
		func(a, b int) int { return CompareIDs(r.Plans[a].ID, r.Plans[b].ID) })
}

// DevelopmentOrder is Ontwikkelingen in report order: domain, then the
// numbered topics by Volgorde, then the unnumbered ones in input order.
func (r *Report) DevelopmentOrder() []int {
	return r.orderBy(len(r.Developments), func(i int) string { return r.Developments[i].Domain },
		func(a, b int) int {
			oa, ob := r.Developments[a].Order, r.Developments[b].Order
			switch {
			case oa != nil && ob != nil:
				return *oa - *ob
			case oa != nil:
				return -1
			case ob != nil:
				return 1
			}
			return 0
		})
}

// KeyFigureOrder is Kerncijfers in report order: domain, then input order.
func (r *Report) KeyFigureOrder() []int {
	return r.orderBy(len(r.KeyFigures), func(i int) string { return r.KeyFigures[i].Domain })
}

// BudgetOrder is Financien in report order: domain, then Lasten before
// Baten, then input order.
func (r *Report) BudgetOrder() []int {
	kind := func(i int) int {
		if k := slices.Index(BudgetKinds, r.Budget[i].Kind); k >= 0 {
			return k
		}
		return len(BudgetKinds)
	}
	return r.orderBy(len(r.Budget), func(i int) string { return r.Budget[i].Domain },
		func(a, b int) int { return kind(a) - kind(b) })
}

// CompareIDs orders IDs the way a reader counts: case ignored and numbers
// by their value, so CA-2 comes before CA-10 and CA-02 before CA-3.
func CompareIDs(a, b string) int {
	a, b = strings.ToLower(a), strings.ToLower(b)
	for a != "" && b != "" {
		ra, rb := run(a), run(b)
		da, db := isDigit(ra[0]), isDigit(rb[0])
		var d int
		switch {
		case da && db:
			na, nb := strings.TrimLeft(ra, "0"), strings.TrimLeft(rb, "0")
			if d = len(na) - len(nb); d == 0 {
				d = strings.Compare(na, nb)
			}
		default:
			d = strings.Compare(ra, rb)
		}
		if d != 0 {
			return d
		}
		a, b = a[len(ra):], b[len(rb):]
	}
	return len(a) - len(b)
}

// run is the leading run of digits or of non-digits of a non-empty s.
func run(s string) string {
	digit := isDigit(s[0])
	for i := 1; i < len(s); i++ {
		if isDigit(s[i]) != digit {
			return s[:i]
		}
	}
	return s
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
