package pdf

import (
	"strings"

	"jaarverslag/report"
)

// Headings. Chapters and domains go into the contents and the outline;
// h3 (a topic) does not.

func (rd *renderer) h1Lines(title string) []line {
	return para(title, rd.st.h1, rd.st.h1, contentW)
}

func (rd *renderer) h1(title string, keep float64) {
	rd.d.heading(0, title, rd.h1Lines(title), 0, 5, keep)
}

func (rd *renderer) h2Lines(title string) []line {
	return para(title, rd.st.h2, rd.st.h2, contentW)
}

func (rd *renderer) h2(title string, keep float64) {
	rd.d.heading(1, title, rd.h2Lines(title), 6, 2.5, keep)
}

// h2Count is a domain or level heading followed by a grey count.
func (rd *renderer) h2Count(title, count string, keep float64) {
	ts := words(title, rd.st.h2, rd.st.h2)
	ts = append(ts, words("· "+count, rd.st.h2count, rd.st.h2count)...)
	rd.d.heading(1, title, wrap(ts, contentW, 0), 6, 2.5, keep)
}

func (rd *renderer) h3Lines(title string) []line {
	return para(title, rd.st.h3, rd.st.h3, contentW)
}

func (rd *renderer) h3(title string, keep float64) {
	rd.d.heading(-1, title, rd.h3Lines(title), 3.5, 1.2, keep)
}

// none says plainly that a domain has nothing in this chapter, so an
// empty section is visibly empty rather than missing.
func (rd *renderer) none(s string) []line {
	return para(s, rd.st.grey, rd.st.grey, contentW)
}

// block is a paragraph's lines; bullets carry a hanging indent.
type block []line

// blocks splits text into paragraphs (one per line break), wrapped to w.
func (rd *renderer) blocks(s string, f, lf *font, w float64) []block {
	var out []block
	for _, p := range paragraphs(s) {
		if item, ok := report.Bullet(p); ok {
			out = append(out, hanging("•", f, wrap(words(item, f, lf), w-bulletIndent, 0), bulletIndent))
			continue
		}
		out = append(out, wrap(words(p, f, lf), w, 0))
	}
	return out
}

const bulletIndent = 4.0

// hanging puts a mark before the first line and indents all lines.
func hanging(mark string, f *font, ls []line, indent float64) []line {
	out := make([]line, len(ls))
	for i, l := range ls {
		segs := make([]seg, 0, len(l.segs)+1)
		if i == 0 {
			segs = append(segs, seg{text: mark, f: f})
			if p := f.pitch(); p > l.pitch {
				l.pitch = p
			}
		}
		for _, s := range l.segs {
			s.x += indent
			segs = append(segs, s)
		}
		l.segs = segs
		l.width += indent
		out[i] = l
	}
	return out
}

// cellText is text for a table cell: paragraphs with a small gap between.
func (rd *renderer) cellText(s string, f, lf *font, w float64) []line {
	var out []line
	for i, b := range rd.blocks(s, f, lf, w) {
		if i > 0 {
			out = append(out, gap(0.9))
		}
		out = append(out, b...)
	}
	return out
}

// firstLines is the height of the first n lines, what a heading keeps with it.
func firstLines(ls []line, n int) float64 {
	if len(ls) < n {
		n = len(ls)
	}
	return linesHeight(ls[:n])
}

// flowBlocks puts paragraphs on the page with space between them.
func (rd *renderer) flowBlocks(bs []block, between float64) {
	for i, b := range bs {
		if i > 0 {
			rd.d.space(between)
		}
		rd.d.flow(b, 0)
	}
}

// statusLine is a status as coloured mark plus word: colour is never the
// only carrier of the meaning.
func (rd *renderer) statusTokens(s report.Status, f *font) []token {
	return []token{
		{text: "■", f: rd.st.statusMark(s, f.size)},
		{text: string(s), space: true, f: f},
	}
}

// legend lists every status with its mark, wrapping only between statuses.
func (rd *renderer) legend(f *font, w float64) []line {
	var ls []line
	cur := line{pitch: f.pitch()}
	x := 0.0
	sep := width("    ", f.style, f.size)
	for _, s := range report.Statuses {
		mf := rd.st.statusMark(s, f.size)
		mw := width("■ ", mf.style, mf.size)
		ww := width(string(s), f.style, f.size)
		start := x
		if len(cur.segs) > 0 {
			start += sep
		}
		if start+mw+ww > w-fitSlack && len(cur.segs) > 0 {
			cur.width = x
			ls = append(ls, cur)
			cur, start = line{pitch: f.pitch()}, 0
		}
		cur.segs = append(cur.segs, seg{x: start, text: "■", f: mf}, seg{x: start + mw, text: string(s), f: f})
		x = start + mw + ww
	}
	cur.width = x
	return append(ls, cur)
}

// suffix is grey detail after an item: "(Jeugd · actie CA-01)".
func suffix(f *font, parts ...string) []token {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	return words("("+strings.Join(keep, " · ")+")", f, f)
}
