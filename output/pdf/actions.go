package pdf

import (
	"strings"

	"jaarverslag/report"
)

// actions: the status legend once, then per domain the deck's table
// Beschreven actie | Concrete invulling | Uitvoering, plus Status.
func (rd *renderer) actions() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para("Per domein de acties uit het coalitieakkoord: wat er is beschreven, hoe het concreet is ingevuld "+
		"en wat er is uitgevoerd. Het gekleurde vierkantje hoort bij de status die ernaast staat:",
		st.body, st.bodyLink, contentW)
	leg := rd.legend(st.body, contentW)
	rd.h1(rd.text(rd.lay.Texts.Actions), linesHeight(intro)+1.5+linesHeight(leg))
	d.flow(intro, 0)
	d.space(1.5)
	d.flow(leg, 0)
	d.note("legenda")

	groups := byDomain(r.ActionOrder(), func(i int) string { return r.Actions[i].Domain })
	for _, dm := range rd.domains {
		idx := groups[dm.Name]
		if len(idx) == 0 {
			rd.h2(dm.Name, st.grey.pitch())
			d.flow(rd.none("Geen acties opgegeven."), 0)
			continue
		}
		t := d.newTable([]int{250, 270, 330, 150}, []bool{false, false, false, false},
			[]string{"Beschreven actie", "Concrete invulling", "Uitvoering", "Status"}, rd.text(rd.lay.Texts.Actions)+" · "+dm.Name)
		first := rd.actionCols(t, r.Actions[idx[0]])
		rd.h2Count(dm.Name, plural(len(idx), "actie", "acties"), t.keep(first))
		rd.rows(t, report.SheetActions, first, len(idx), func(i int) [][]line { return rd.actionCols(t, r.Actions[idx[i]]) })
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
	for _, l := range a.Links {
		if u := strings.TrimSpace(l.URL); u == "" || strings.Contains(a.Execution, u) {
			continue
		}
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
