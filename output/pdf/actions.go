package pdf

import (
	"strings"

	"jaarverslag/report"
)

// actions: the status legend once, then per domain the deck's table
// Beschreven actie | Concrete invulling | Uitvoering, plus Status.
func (rd *renderer) actions() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(report.ActionsIntro, st.body, st.bodyLink, contentW)
	leg := rd.legend(st.body, contentW)
	title := rd.title(report.ChapterActions)
	rd.h1(title, linesHeight(intro)+1.5+linesHeight(leg))
	d.flow(intro, 0)
	d.space(1.5)
	d.flow(leg, 0)
	d.note("legenda")

	for _, g := range r.ActionsByDomain() {
		if len(g.Rows) == 0 {
			rd.h2(g.Domain.Name, st.grey.pitch())
			d.flow(rd.none("Geen acties opgegeven."), 0)
			continue
		}
		t := d.newTable([]int{250, 270, 330, 150}, []bool{false, false, false, false},
			[]string{"Beschreven actie", "Concrete invulling", "Uitvoering", "Status"}, title+" · "+g.Domain.Name)
		first := rd.actionCols(t, g.Rows[0])
		rd.h2Count(g.Domain.Name, report.Plural(len(g.Rows), "actie", "acties"), t.keep(first))
		rd.rows(t, report.SheetActions, first, len(g.Rows), func(i int) [][]line { return rd.actionCols(t, g.Rows[i]) })
	}
}

// actionCols is one action as four columns of lines. Links that already
// appear in the Uitvoering text are not repeated.
func (rd *renderer) actionCols(t *table, a report.CoalitionAction) [][]line {
	st := rd.st
	w0, w1, w2, w3 := t.width(0), t.width(1), t.width(2), t.width(3)

	c0 := para(a.ID, st.small, st.small, w0)
	c0 = append(c0, gap(0.5))
	c0 = append(c0, rd.cellText(a.Action, st.tableBold, st.tableLink, w0)...)

	c1 := rd.cellText(a.Approach, st.tableText, st.tableLink, w1)

	c2 := rd.cellText(a.Execution, st.tableText, st.tableLink, w2)
	for _, l := range a.ExtraLinks() {
		c2 = append(c2, gap(0.9))
		c2 = append(c2, wrap(link(l, st.tableLink), w2, 0)...)
	}
	if ex := strings.TrimSpace(a.Explanation); ex != "" {
		ts := []token{{text: "Toelichting:", f: st.smallItalic}}
		for _, p := range paragraphs(ex) {
			ts = append(ts, words(p, st.smallItalic, st.smallLink)...)
		}
		c2 = append(c2, gap(1.2))
		c2 = append(c2, wrap(ts, w2, 0)...)
	}

	c3 := wrap(rd.statusTokens(a.Status, st.tableText), w3, 0)
	return [][]line{c0, c1, c2, c3}
}

// rows adds n table rows counted for sheet. The first row's columns were
// laid out already, to keep the heading with it; the rest are laid out as
// they are added.
func (rd *renderer) rows(t *table, sheet string, first [][]line, n int, cols func(i int) [][]line) {
	for i := 0; i < n; i++ {
		c := first
		if i > 0 {
			c = cols(i)
		}
		t.add(c, false)
		rd.drawn(sheet)
	}
}

// drawn counts one input row as rendered: in the totals the tool reconciles
// and on the page it landed on.
func (rd *renderer) drawn(sheet string) {
	rd.items[sheet]++
	rd.d.count(sheet)
}
