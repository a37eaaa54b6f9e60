package pdf

import (
	"fmt"

	"jaarverslag/report"
)

// review is the Terugblik: per domain every plan of last year's report,
// what became of it and why, right before this year's plans.
func (rd *renderer) review() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(fmt.Sprintf("Wat is er terechtgekomen van de plannen voor %d uit het verslag van vorig jaar? %s "+
		"Hieronder per domein elk plan met zijn uitkomst en, waar het plan niet of niet helemaal is uitgevoerd, de toelichting.",
		r.Meta.Year, r.ReviewSentence()), st.body, st.bodyLink, contentW)
	rd.h1(rd.text(rd.lay.Texts.Review), firstLines(intro, 2))
	d.flow(intro, 0)

	moved := map[string]report.Plan{}
	for _, p := range r.Plans {
		moved[report.Fold(p.ID)] = p
	}
	head := []string{"Plan", "Uitkomst", "Toelichting"}
	need := []float64{0, widest(st.tableText, append(toStrings(report.Outcomes), head[1])...), 0}
	sizes := widen([]int{440, 150, 410}, need, tablePadX)
	for _, g := range r.ReviewsByDomain() {
		name := g.Domain
		if name == "" {
			name = "Domein niet opgegeven"
		}
		t := d.newTable(sizes, []bool{false, false, false}, head, name)
		var rows [][][]line
		for _, v := range g.Reviews {
			rows = append(rows, rd.reviewRow(t, v, moved))
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
func (rd *renderer) reviewRow(t *table, v report.PlanReview, plans map[string]report.Plan) [][]line {
	st := rd.st
	plan := rd.cellText(v.Plan, st.tableText, st.tableLink, t.width(0))
	if len(plan) == 0 {
		plan = para("(plan "+v.PlanID+"; de tekst is niet opgegeven)", st.small, st.small, t.width(0))
	}
	note := rd.cellText(v.Explanation, st.tableText, st.tableLink, t.width(2))
	if v.MovedTo != "" {
		next := "Gaat verder als plan " + v.MovedTo + "."
		if p, ok := plans[report.Fold(v.MovedTo)]; ok {
			next = fmt.Sprintf("Gaat verder in %d: “%s”", rd.r.Meta.PlanYear(), p.Text)
		}
		if len(note) > 0 {
			note = append(note, gap(0.9))
		}
		note = append(note, para(next, st.small, st.smallLink, t.width(2))...)
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
