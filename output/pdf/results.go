package pdf

import "jaarverslag/report"

// achievements: ✓ items per level of the care pyramid, from Fundament up.
func (rd *renderer) achievements() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(r.AchievementsIntro(), st.body, st.bodyLink, contentW)
	rd.h1(rd.title(report.ChapterAchievements), firstLines(intro, 2))
	d.flow(intro, 0)

	rd.pyramidFigure(r.LevelCounts())
	for rank, g := range r.ByLevel() {
		as := g.Achievements
		if len(as) == 0 {
			rd.levelHeading(rank, g.Level, "0 resultaten", st.grey.pitch())
			d.flow(rd.none("Geen resultaten op dit niveau opgegeven."), 0)
			continue
		}
		first := rd.achievement(as[0])
		rd.levelHeading(rank, g.Level, report.Plural(len(as), "resultaat", "resultaten"), linesHeight(first))
		rd.list(report.SheetAchievements, first, len(as), func(i int) []line { return rd.achievement(as[i]) })
	}
}

const itemIndent = 5.0

// achievement is "✓ text (Domein · actie CA-01)", with its link below.
func (rd *renderer) achievement(a report.Achievement) []line {
	action := ""
	if a.ActionID != "" {
		action = "actie " + a.ActionID
	}
	return rd.item("✓", rd.st.check, a.Text, a.ShownLink(), a.Domain, action)
}

// plans: per domain a bulleted list with when each plan is due.
func (rd *renderer) plans() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(r.PlansIntro(), st.body, st.bodyLink, contentW)
	rd.h1(rd.title(report.ChapterPlans), firstLines(intro, 2))
	d.flow(intro, 0)
	for _, g := range r.PlansByDomain() {
		if len(g.Rows) == 0 {
			rd.h2(g.Domain.Name, st.grey.pitch())
			d.flow(rd.none("Geen plannen opgegeven."), 0)
			continue
		}
		first := rd.plan(g.Rows[0])
		rd.h2(g.Domain.Name, linesHeight(first))
		rd.list(report.SheetPlans, first, len(g.Rows), func(i int) []line { return rd.plan(g.Rows[i]) })
	}
}

// plan is "• text (gereed in het derde kwartaal van 2026 · actie CA-02)",
// with its link below.
func (rd *renderer) plan(p report.Plan) []line {
	due, action := report.DueText(p.Due), ""
	if p.ActionID != "" {
		action = "actie " + p.ActionID
	}
	return rd.item("•", rd.st.bodyBold, p.Text, p.ShownLink(), due, action)
}

// item is a list item hung from mark: the text with a grey note in
// brackets, and the link (when set: report's ShownLink) below.
func (rd *renderer) item(mark string, markFont *font, text string, l report.Link, note ...string) []line {
	st := rd.st
	w := contentW - itemIndent
	var ts []token
	for _, p := range paragraphs(text) {
		ts = append(ts, words(p, st.body, st.bodyLink)...)
	}
	ts = append(ts, suffix(st.grey, note...)...)
	ls := wrap(ts, w, 0)
	if l.URL != "" {
		ls = append(ls, wrap(link(l, st.smallLink), w, 0)...)
	}
	return hanging(mark, markFont, ls, itemIndent)
}

// list flows n items with a small gap between them. The first was laid out
// already, to keep its heading with it.
func (rd *renderer) list(sheet string, first []line, n int, next func(i int) []line) {
	for i := 0; i < n; i++ {
		ls := first
		if i > 0 {
			ls = next(i)
			rd.d.space(1.2)
		}
		rd.d.flow(ls, 0)
		rd.drawn(sheet)
	}
}
