package pdf

import (
	"jaarverslag/report"
)

// review is the Terugblik: per domain every plan of last year's report,
// what became of it and why, right before this year's plans.
func (rd *renderer) review() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(r.ReviewIntro(), st.body, st.bodyLink, contentW)
	rd.h1(rd.title(report.ChapterReview), firstLines(intro, 2))
	d.flow(intro, 0)

	moved := r.MovedNote()
	head := []string{"Plan", "Uitkomst", "Toelichting"}
	need := []float64{0, widest(st.tableText, append(toStrings(report.Outcomes), head[1])...), 0}
	sizes := widen([]int{440, 150, 410}, need, tablePadX)
	for _, g := range r.ReviewsByDomain() {
		name := g.Title()
		t := d.newTable(sizes, []bool{false, false, false}, head, name)
		var rows [][][]line
		for _, v := range g.Reviews {
			rows = append(rows, rd.reviewRow(t, v, moved(v)))
		}
		rd.h2(name, t.keepAll(rows))
		for _, cols := range rows {
			t.add(cols, false)
			rd.drawn(report.SheetReview)
		}
	}
}

// reviewRow is one plan: its text as last year, the outcome, and the
// Toelichting with, for a postponed plan, the plan it goes on in.
func (rd *renderer) reviewRow(t *table, v report.PlanReview, moved string) [][]line {
	st := rd.st
	plan := rd.cellText(v.Plan, st.tableText, st.tableLink, t.width(0))
	if len(plan) == 0 {
		plan = para(v.NoText(), st.small, st.small, t.width(0))
	}
	note := rd.cellText(v.Explanation, st.tableText, st.tableLink, t.width(2))
	if moved != "" {
		if len(note) > 0 {
			note = append(note, gap(0.9))
		}
		note = append(note, para(moved, st.small, st.smallLink, t.width(2))...)
	}
	return [][]line{plan, para(string(v.Outcome), st.tableText, st.tableText, t.width(1)), note}
}

func toStrings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
