package pdf

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"
)

// Page geometry in mm. The body is the text area of report-layout.md
// (margins 20/18/20/22); the running header and the footer sit in the top
// and bottom margins, so maroto's own margins are smaller.
const (
	pageW      = 210.0
	pageH      = 297.0
	marginX    = 20.0
	marotoTop  = 10.0
	marotoBot  = 10.0
	contentW   = pageW - 2*marginX
	headerBand = 18.0 - marotoTop    // running header, ends at the body
	bodyH      = pageH - 18.0 - 22.0 // 257 mm of text area
	footerBand = 22.0 - marotoBot - pageSlack
	coverH     = pageH - marotoTop - marotoBot - pageSlack
	// grid is maroto's column grid; per mille gives 0.17 mm steps.
	grid = 1000
)

// We paginate ourselves and hand maroto pages that are full but for
// pageSlack. gofpdf starts a new page when a cell would pass the bottom
// margin, so a float rounding there would start one early and shift every
// page after it (the page-count bug of LIBRARIES.md). Row heights are
// therefore multiples of 1/1024 mm: their sums are exact in float64.
const (
	quantum   = 1.0 / 1024
	pageSlack = 64 * quantum
)

// q rounds a height up to the quantum.
func q(h float64) float64 { return math.Ceil(h/quantum-1e-6) * quantum }

// colWidth is the width in mm of a column of size per mille.
func colWidth(size int) float64 { return contentW * float64(size) / grid }

// page is one page being laid out: the body rows and what is on it.
type page struct {
	cover bool
	// endsInHeading is true while the last row is a heading: it must not stay so.
	endsInHeading bool
	rows          []core.Row
	used          float64
	notes         []string       // structure outline, for the golden tests
	counts        map[string]int // items drawn on the page, by sheet
}

// mark is a heading, for the contents page and the PDF outline.
type mark struct {
	title string
	level int // 0 chapter, 1 domain or level
	page  int // 0-based page index
	y     float64
}

// doc lays the report out page by page. It knows every row's height
// before maroto sees it, which is what lets it keep headings with their
// text, repeat table headers and number the contents page in one pass.
type doc struct {
	st     *styles
	pages  []*page
	marks  []mark
	links  []jump
	shapes []placedShape   // vector art, drawn by finish
	ctx    context.Context // nil: never interrupted
}

// jump is a clickable area that leads to another place in the document:
// a contents entry to its heading.
type jump struct {
	page    int     // 0-based page of the area
	y, h    float64 // mm from the top of the page
	to      int     // 0-based target page
	toY     float64
	markIdx int
}

func (d *doc) cur() *page { return d.pages[len(d.pages)-1] }

// newPage starts a page; it is also where a long layout notices that its
// context has ended (see interrupted).
func (d *doc) newPage() {
	if d.ctx != nil && d.ctx.Err() != nil {
		panic(interrupted{})
	}
	d.pages = append(d.pages, &page{})
}

// room is the height left on the current page.
func (d *doc) room() float64 { return bodyH - d.cur().used }

func (d *doc) atTop() bool { return d.cur().used == 0 }

// fits allows for float noise in the sum of heights.
func (d *doc) fits(h float64) bool { return q(h) <= d.room() }

// ensure starts a new page unless h fits on this one.
func (d *doc) ensure(h float64) {
	if !d.fits(h) && !d.atTop() {
		d.newPage()
	}
}

// add puts a row of height h (made by linesRow or blank) on the page.
func (d *doc) add(h float64, r core.Row) {
	p := d.cur()
	p.rows = append(p.rows, r)
	p.used += q(h)
	p.endsInHeading = false
}

func blank(h float64) core.Row { return row.New(q(h)).Add(col.New(grid)) }

func (d *doc) note(s string) { p := d.cur(); p.notes = append(p.notes, s) }

// count records an item of a sheet drawn on the current page.
func (d *doc) count(sheet string) {
	p := d.cur()
	if p.counts == nil {
		p.counts = map[string]int{}
	}
	p.counts[sheet]++
}

// space adds vertical space, dropped at the top of a page.
func (d *doc) space(h float64) {
	if d.atTop() {
		return
	}
	if !d.fits(h) {
		d.newPage()
		return
	}
	d.add(h, blank(h))
}

// heading puts a heading on the page together with keep mm of what follows.
func (d *doc) heading(level int, title string, ls []line, before, after, keep float64) {
	h := linesHeight(ls)
	d.headingBlock(level, title, h, before, after, keep, func() core.Row {
		return d.linesRow(h, []cell{{size: grid, lines: ls}}, nil)
	})
}

// headingBlock puts a heading row of height h, made by draw when its place
// is known, on the page together with keep mm of what follows. Level -1 is
// a heading outside the contents and the outline.
func (d *doc) headingBlock(level int, title string, h, before, after, keep float64, draw func() core.Row) {
	if d.cur().endsInHeading {
		before = 0 // a heading right under another needs no extra space
	}
	if !d.atTop() {
		d.ensure(before + h + after + keep)
	}
	if !d.atTop() {
		d.space(before)
	}
	if level >= 0 {
		d.marks = append(d.marks, mark{title: title, level: level, page: len(d.pages) - 1, y: bodyTop + d.cur().used})
		d.note(strings.Repeat("#", level+1) + " " + title)
	} else {
		d.note("### " + title)
	}
	d.add(h, draw())
	if after > 0 {
		d.add(after, blank(after))
	}
	d.cur().endsInHeading = true
}

// cell is the content of one column of a row.
type cell struct {
	size  int // per mille of the text width
	lines []line
	right bool // right-aligned, for numbers
	fill  *props.Color
	padL  float64
	padR  float64
	padT  float64
}

func (c cell) inner() float64 { return colWidth(c.size) - c.padL - c.padR }

// linesRow draws cells as one maroto row of height h, with text placed by
// us so maroto never wraps anything of its own accord.
func (d *doc) linesRow(h float64, cells []cell, fill *props.Color) core.Row {
	r := row.New(q(h))
	if fill != nil {
		r.WithStyle(&props.Cell{BackgroundColor: fill})
	}
	for _, c := range cells {
		co := col.New(c.size)
		if c.fill != nil && fill == nil {
			co.WithStyle(&props.Cell{BackgroundColor: c.fill})
		}
		y := c.padT
		for i := 0; i < len(c.lines); {
			if n, comp := multiLine(c, i, y); n > 0 {
				co.Add(comp)
				for _, l := range c.lines[i : i+n] {
					y += l.pitch
				}
				i += n
				continue
			}
			l := c.lines[i]
			if len(l.segs) > 0 {
				shift := c.padL
				if c.right {
					shift += c.inner() - l.width
				}
				fh := 0.0
				for _, s := range l.segs {
					fh = math.Max(fh, s.f.height())
				}
				base := baseline(y, l.pitch, fh)
				for _, s := range l.segs {
					p := textProps(s.f, math.Max(0, base-s.f.height()), shift+s.x)
					if s.link != "" {
						u := s.link
						p.Hyperlink = &u
					}
					co.Add(text.New(s.text, p))
				}
			}
			y += l.pitch
			i++
		}
		r.Add(co)
	}
	return r
}

// baseline centres the glyphs (DejaVu: -0.24 to 0.93 em) in a line of
// pitch p starting at y; maroto wants the top of the em box, fh above it.
func baseline(y, p, fh float64) float64 { return y + p/2 + 0.35*fh }

func textProps(f *font, top, left float64) props.Text {
	return props.Text{Family: family, Style: f.style, Size: f.size, Color: &f.color, Top: top, Left: left}
}

// multiLine draws consecutive plain lines of cell c from line i as one maroto
// text with VerticalPadding, when maroto's own line breaking provably gives
// the same lines: every text component costs maroto several font switches
// in the page stream. It returns how many lines it took, or 0.
func multiLine(c cell, i int, y float64) (int, core.Component) {
	plain := func(l line) bool {
		return len(l.segs) == 1 && l.segs[0].link == "" && l.pitch == l.segs[0].f.pitch()
	}
	if c.right || !plain(c.lines[i]) {
		return 0, nil
	}
	first := c.lines[i].segs[0]
	j := i + 1
	for j < len(c.lines) && plain(c.lines[j]) && c.lines[j].segs[0].f == first.f && c.lines[j].segs[0].x == first.x {
		j++
	}
	if j-i < 2 {
		return 0, nil
	}
	texts := make([]string, 0, j-i)
	for _, l := range c.lines[i:j] {
		texts = append(texts, l.segs[0].text)
	}
	joined := strings.Join(texts, " ")
	left := c.padL + first.x
	right := c.padR + fitSlack
	if !slices.Equal(marotoLines(joined, first.f, colWidth(c.size)-left-right), texts) {
		return 0, nil
	}
	f := first.f
	p := textProps(f, math.Max(0, baseline(y, f.pitch(), f.height())-f.height()), left)
	p.Right = right
	p.VerticalPadding = f.pitch() - f.height()
	return j - i, text.New(joined, p)
}

// marotoLines is maroto's line breaking (gofpdf provider, text.go), with
// the same widths, so multiLine can check that it agrees with ours.
func marotoLines(s string, f *font, w float64) []string {
	if width(s, f.style, f.size) <= w {
		return []string{s}
	}
	cur := 0.0
	var lines []string
	for _, word := range strings.Split(s, " ") {
		if word == "" {
			continue
		}
		piece, sep := word, ""
		if len(lines) > 0 && lines[len(lines)-1] != "" {
			piece, sep = " "+word, " "
		}
		pw := width(piece, f.style, f.size)
		if cur+pw <= w {
			if len(lines) == 0 {
				lines = append(lines, "")
			}
			lines[len(lines)-1] += sep + word
			cur += pw
		} else {
			lines = append(lines, word)
			cur = width(word, f.style, f.size)
		}
	}
	return lines
}

// flow puts lines of running text on the page, breaking between lines
// when they do not fit: never fewer than two lines at the foot of a page
// or at the head of the next, and short blocks are kept whole.
func (d *doc) flow(ls []line, indent float64) {
	for len(ls) > 0 {
		h := linesHeight(ls)
		if d.fits(h) {
			d.add(h, d.linesRow(h, []cell{{size: grid, lines: ls, padL: indent}}, nil))
			return
		}
		n := 0
		for used := 0.0; n < len(ls) && d.fits(used+ls[n].pitch); n++ {
			used += ls[n].pitch
		}
		if len(ls) <= 3 || n < 2 {
			n = 0
		} else if len(ls)-n < 2 {
			n = len(ls) - 2
		}
		if n == 0 {
			if d.atTop() { // a single line taller than a page cannot happen; guard anyway
				n = 1
			} else {
				d.newPage()
				continue
			}
		}
		part := ls[:n]
		ph := linesHeight(part)
		d.add(ph, d.linesRow(ph, []cell{{size: grid, lines: part, padL: indent}}, nil))
		ls = ls[n:]
		d.newPage()
	}
}

// table draws rows under a header that repeats on every page it spans.
type table struct {
	d      *doc
	sizes  []int
	right  []bool
	head   []cell
	headH  float64
	cont   []line // shown above the repeated header: "Jeugd (vervolg)"
	zebra  bool
	n      int
	padT   float64
	padB   float64
	padX   float64
	onPage bool // header drawn on the current page
	page   int
}

func (d *doc) newTable(sizes []int, right []bool, head []string, cont string) *table {
	t := &table{d: d, sizes: sizes, right: right, zebra: true, padT: 1.1, padB: 1.3, padX: tablePadX}
	st := d.st
	for i, h := range head {
		c := cell{size: sizes[i], padL: t.padX, padR: t.padX, padT: t.padT, right: right[i]}
		c.lines = para(h, st.tableHead, st.tableHead, c.inner())
		t.head = append(t.head, c)
	}
	for _, c := range t.head {
		t.headH = math.Max(t.headH, linesHeight(c.lines)+t.padT+t.padB)
	}
	if cont != "" {
		t.cont = para(cont+" (vervolg)", st.small, st.small, contentW)
	}
	return t
}

// cells turns column texts into padded cells of this table.
func (t *table) cells(cols [][]line) []cell {
	cs := make([]cell, len(cols))
	for i, ls := range cols {
		cs[i] = cell{size: t.sizes[i], lines: ls, right: t.right[i], padL: t.padX, padR: t.padX, padT: t.padT}
	}
	return cs
}

// width is the text width of column i.
func (t *table) width(i int) float64 { return colWidth(t.sizes[i]) - 2*t.padX }

func (t *table) rowHeight(cs []cell) float64 {
	h := 0.0
	for _, c := range cs {
		h = math.Max(h, linesHeight(c.lines))
	}
	return h + t.padT + t.padB
}

// header draws the header row, with the continuation label on later pages.
func (t *table) header(continued bool) {
	d := t.d
	if continued {
		d.note("tabel (vervolg)")
	} else {
		d.note("tabel")
	}
	if continued && len(t.cont) > 0 {
		h := linesHeight(t.cont) + 1.5
		d.add(h, d.linesRow(h, []cell{{size: grid, lines: t.cont, padT: 0.5}}, nil))
	}
	d.add(t.headH, d.linesRow(t.headH, t.head, &d.st.headerFill))
	t.onPage = true
	t.page = len(d.pages)
}

// minChunk is the least of a row that may stand at the foot of a page
// when the row is too tall for any page and has to be split.
const minChunk = 25.0

// full is the most a row may measure and still fit on a page of its own.
func (t *table) full() float64 { return bodyH - t.headH - linesHeight(t.cont) - 1.5 }

// need is how much of a row of height h must fit below the header on
// the page where the table starts: all of it, or a chunk if it is split anyway.
func (t *table) need(h float64) float64 {
	if h <= t.full() {
		return h
	}
	return minChunk + t.padT + t.padB
}

// keep is what a heading above the table must keep with it.
func (t *table) keep(first [][]line) float64 {
	return t.headH + t.need(t.rowHeight(t.cells(first)))
}

// tablePadX is the padding left and right in a table cell, mm.
const tablePadX = 1.4

// smallTable is the most rows a table may have and still never be split.
const smallTable = 8

// keepAll is what a heading above the table must keep with it when rows
// are all its rows: a small table whole, when a page can hold it, so that
// it is never split; otherwise the header and the first row.
func (t *table) keepAll(rows [][][]line) float64 {
	if len(rows) == 0 {
		return t.headH
	}
	if len(rows) <= smallTable {
		h := t.headH
		for _, r := range rows {
			h += t.rowHeight(t.cells(r))
		}
		if h-t.headH <= t.full() {
			return h
		}
	}
	return t.keep(rows[0])
}

// addGroup draws rows that belong together, such as a domain's lasten and
// baten, on one page whenever a page can hold them, in one zebra stripe.
func (t *table) addGroup(rows [][][]line, total bool) {
	d := t.d
	h := 0.0
	for _, r := range rows {
		h += t.rowHeight(t.cells(r))
	}
	switch {
	case !t.onPage || t.page != len(d.pages):
		t.start(h)
	case !d.fits(h) && h <= t.full():
		d.newPage()
		t.header(true)
	}
	n := t.n
	for _, r := range rows {
		t.n = n
		t.add(r, total)
	}
	if !total {
		t.n = n + 1
	}
}

// start draws the header once the first row (or a good part of it) fits below it.
func (t *table) start(first float64) {
	t.d.ensure(t.headH + t.need(first))
	t.header(false)
}

// add draws one data row; bold rows are totals and get no zebra stripe.
func (t *table) add(cols [][]line, total bool) {
	d := t.d
	cs := t.cells(cols)
	h := t.rowHeight(cs)
	if !t.onPage || t.page != len(d.pages) {
		t.start(h)
	}
	var fill *props.Color
	if t.zebra && !total && t.n%2 == 1 {
		fill = &d.st.zebra
	}
	if !total {
		t.n++
	}
	switch {
	case d.fits(h):
	case h <= t.full():
		d.newPage()
		t.header(true)
	default:
		t.split(cs, fill)
		return
	}
	d.add(h, d.linesRow(h, cs, fill))
}

// split draws a row taller than a page in parts, cut between lines, each
// continuation under the repeated header and marked "(vervolg)".
func (t *table) split(cs []cell, fill *props.Color) {
	d := t.d
	if d.room() < minChunk+t.padT+t.padB {
		d.newPage()
		t.header(true)
	}
	label := "(vervolg)"
	if len(cs) > 0 && len(cs[0].lines) > 0 && len(cs[0].lines[0].segs) > 0 {
		label = cs[0].lines[0].segs[0].text + " (vervolg)"
	}
	for {
		limit := d.room() - t.padT - t.padB
		var now, later []cell
		done := true
		for _, c := range cs {
			n, used := 0, 0.0
			for n < len(c.lines) && used+c.lines[n].pitch <= limit+1e-9 {
				used += c.lines[n].pitch
				n++
			}
			a, b := c, c
			a.lines = c.lines[:n]
			b.lines = c.lines[n:]
			if len(b.lines) > 0 {
				done = false
			}
			now = append(now, a)
			later = append(later, b)
		}
		h := t.rowHeight(now)
		if done {
			d.add(h, d.linesRow(h, now, fill))
			return
		}
		h = d.room() // fill the page: the row visibly runs on
		d.add(h, d.linesRow(h, now, fill))
		d.newPage()
		t.header(true)
		d.note("rij (vervolg)")
		vervolg := wrap(words(label, d.st.smallItalic, d.st.smallItalic), later[0].inner(), 0)
		later[0].lines = append(vervolg, later[0].lines...)
		cs = later
	}
}
