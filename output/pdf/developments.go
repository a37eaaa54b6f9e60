package pdf

import "jaarverslag/report"

// developments: per domain its topics, ordered by Volgorde then input
// order, each with its paragraphs as running text.
func (rd *renderer) developments() {
	d, st := rd.d, rd.st
	rd.h1(rd.title(report.ChapterDevelopments), 20)
	for _, g := range rd.r.DevelopmentsByDomain() {
		dm := g.Domain
		var intro []line
		if dm.Description != "" {
			intro = para(dm.Description, st.smallItalic, st.smallLink, contentW)
		}
		if len(g.Rows) == 0 {
			rd.h2(dm.Name, linesHeight(intro)+st.grey.pitch())
			rd.introLine(intro)
			d.flow(rd.none("Geen ontwikkelingen opgegeven."), 0)
			continue
		}
		first := rd.topic(g.Rows[0])
		rd.h2(dm.Name, linesHeight(intro)+3.5+linesHeight(rd.h3Lines(g.Rows[0].Topic))+1.2+firstLines(first[0], 2))
		rd.introLine(intro)
		for i, dev := range g.Rows {
			bs := first
			if i > 0 {
				bs = rd.topic(dev)
			}
			keep := 0.0
			if len(bs) > 0 {
				keep = firstLines(bs[0], 2)
			}
			rd.h3(dev.Topic, keep)
			rd.flowBlocks(bs, 1.8)
			rd.drawn(report.SheetDevelopments)
		}
	}
}

func (rd *renderer) topic(dev report.Development) []block {
	bs := rd.blocks(dev.Text, rd.st.body, rd.st.bodyLink, contentW)
	if len(bs) == 0 {
		bs = []block{rd.none("Geen tekst opgegeven.")}
	}
	return bs
}

// introLine is the domain's description under its heading.
func (rd *renderer) introLine(ls []line) {
	if len(ls) == 0 {
		return
	}
	rd.d.flow(ls, 0)
	rd.d.space(0.5)
}
