package report

import "sort"

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

// RowsRead is the total of data rows read for a contract sheet across files.
func (r *Report) RowsRead(sheet string) int {
	n := 0
	for _, f := range r.Files {
		n += f.Rows[sheet]
	}
	return n
}
