package sources

import (
	"io"

	"jaarverslag/report"
)

// The Terugblik in the templates: `template --vorig-jaar` prefills it with
// last year's plans (report.PreviousYear.Blank), so staff only choose what
// became of each.

// WriteReviewTemplate is WriteTemplate with rows on the Terugblik sheet,
// one per plan of last year: Plan-ID, Domein and Plan filled in, Uitkomst
// to choose from the dropdown.
func WriteReviewTemplate(w io.Writer, reviews []report.PlanReview) error {
	r := &report.Report{Reviews: reviews}
	for i, d := range DefaultDomains {
		r.Domains = append(r.Domains, report.Domain{Order: i + 1, Name: d})
	}
	names := make([]string, len(Schema))
	for i, s := range Schema {
		names[i] = s.Name
	}
	return writeBook(w, r, names, nil, templateDate)
}

// WriteDepartmentReviewTemplate is WriteDepartmentTemplate with rows on the
// Terugblik sheet, as WriteReviewTemplate.
func WriteDepartmentReviewTemplate(w io.Writer, set DepartmentSettings, reviews []report.PlanReview) error {
	r := &report.Report{Domains: set.Domains, Reviews: reviews}
	if len(set.Domains) == 0 {
		for i, d := range DefaultDomains {
			r.Domains = append(r.Domains, report.Domain{Order: i + 1, Name: d})
		}
	}
	var names []string
	for _, s := range Schema {
		if s.Name != report.SheetReport && s.Name != report.SheetDomains {
			names = append(names, s.Name)
		}
	}
	ww, err := newWorkbookWriter(r, names, nil)
	if err != nil {
		return err
	}
	ww.dept = &set
	return ww.write(w, templateDate)
}

// ownList reports whether a column looks like one with a dropdown but holds
// values of another list: Terugblik's Domein is last year's.
func ownList(sheet, header string) bool {
	return sheet == report.SheetReview && header == "Domein"
}
