package pdf

import (
	"bytes"
	"fmt"
	"math"
	"strconv"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"jaarverslag/output/pyramid"
	"jaarverslag/report"
)

// The care pyramid is vector art. maroto draws only text, images, lines
// and rectangles, and keeps gofpdf (which has Polygon) behind an internal
// package; so the layout records the shapes with their page and position,
// as it records headings for the outline, and finish writes them as path
// operators at the start of the page's content, under maroto's text.

// shape is a filled polygon, or a line when fill is nil, in mm from the
// top left of the page.
type shape struct {
	points []pyramid.Point
	fill   *props.Color
	stroke *props.Color
	width  float64 // of the stroke, mm
}

// placedShape is a shape on a page (0-based).
type placedShape struct {
	page int
	shape
}

// draw records shapes given in a box whose top left is (x, y) on the
// current page, body coordinates: x from the left margin, y from the top
// of the text area.
func (d *doc) draw(x, y float64, shapes ...shape) {
	for _, s := range shapes {
		pts := make([]pyramid.Point, len(s.points))
		for i, p := range s.points {
			pts[i] = pyramid.Point{X: marginX + x + p.X, Y: bodyTop + y + p.Y}
		}
		s.points = pts
		d.shapes = append(d.shapes, placedShape{page: len(d.pages) - 1, shape: s})
	}
}

// bodyTop is where the text area starts on the page, in mm.
const bodyTop = marotoTop + headerBand

// pathOps writes shapes as PDF path operators in points, y upward, inside
// q … Q so that maroto's own drawing state is untouched.
func pathOps(shapes []shape) []byte {
	var b bytes.Buffer
	b.WriteString("q\n")
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	colour := func(c *props.Color, op string) {
		fmt.Fprintf(&b, "%s %s %s %s\n", num(float64(c.Red)/255), num(float64(c.Green)/255), num(float64(c.Blue)/255), op)
	}
	for _, s := range shapes {
		if len(s.points) < 2 {
			continue
		}
		if s.fill != nil {
			colour(s.fill, "rg")
		}
		if s.stroke != nil {
			colour(s.stroke, "RG")
			fmt.Fprintf(&b, "%s w\n", num(pt(s.width)))
		}
		for i, p := range s.points {
			op := "l"
			if i == 0 {
				op = "m"
			}
			fmt.Fprintf(&b, "%s %s %s\n", num(pt(p.X)), num(pt(pageH-p.Y)), op)
		}
		switch {
		case s.fill != nil && s.stroke != nil:
			b.WriteString("h B\n")
		case s.fill != nil:
			b.WriteString("h f\n")
		default:
			b.WriteString("S\n")
		}
	}
	b.WriteString("Q\n")
	return b.Bytes()
}

// Sizes of the two pyramids, mm.
const (
	figureH      = 86.0 // the full figure at the start of Resultaten
	figureLabelW = 78.0 // room for a level's name right of it
	iconW        = 15.0 // the small pyramid before each level's heading
	iconH        = 11.5
	iconCols     = 110 // per mille: the icon and the white after it
)

// pyramidFigure draws the full pyramid: every level with its number of
// results in the layer and its name to the right, on a leader line. The
// numbers come from report.LevelCounts, the same view the level sections
// are counted from.
func (rd *renderer) pyramidFigure(counts []report.LevelCount) {
	d, st := rd.d, rd.st
	caption := para("Aantal resultaten per niveau van de zorgpiramide", st.h3, st.h3, contentW)
	captionH := linesHeight(caption) + 2
	d.ensure(6 + captionH + figureH)
	d.space(6)
	d.add(captionH, d.linesRow(captionH, []cell{{size: grid, lines: caption}}, nil))
	d.note(fmt.Sprintf("piramide %s", levelCountsNote(counts)))

	fig := pyramid.Shapes(contentW, figureH, len(counts), figureLabelW)
	d.draw(0, d.cur().used, rd.pyramidShapes(fig, -1)...)
	co := col.New(grid)
	for i, c := range counts {
		l, lb := fig.Layers[i], fig.Labels[i]
		n := report.FormatNumber(float64(c.Count), 0)
		f := fitFont(st.pyramidCount, n, l.Room-1.5, st)
		co.Add(text.New(n, textProps(f, baseline(l.Mid.Y-f.pitch()/2, f.pitch(), f.height())-f.height(), l.Mid.X-width(n, f.style, f.size)/2)))
		ls := para(string(c.Level), st.pyramidLabel, st.pyramidLabel, lb.Width)
		y := lb.At.Y - linesHeight(ls)/2
		for _, ln := range ls {
			for _, s := range ln.segs {
				co.Add(text.New(s.text, textProps(s.f, baseline(y, ln.pitch, s.f.height())-s.f.height(), lb.At.X+s.x)))
			}
			y += ln.pitch
		}
	}
	d.add(figureH, row.New(q(figureH)).Add(co))
}

// pyramidShapes are the layers of a figure, the one at highlight (or none
// when -1) in the highlight colour, and the leader lines of its labels.
func (rd *renderer) pyramidShapes(fig pyramid.Figure, highlight int) []shape {
	st := rd.st
	var out []shape
	for i, l := range fig.Layers {
		fill := &st.pyramidLayer
		if i == highlight {
			fill = &st.pyramidHighlight
		}
		out = append(out, shape{points: l.Corners[:], fill: fill})
	}
	for _, lb := range fig.Labels {
		out = append(out, shape{points: lb.Leader[:], stroke: &midGrey, width: 0.2})
	}
	return out
}

// levelHeading opens a level's section: the small pyramid with this level
// highlighted, then the level's name and its number of results.
func (rd *renderer) levelHeading(rank int, level report.PyramidLevel, count string, keep float64) {
	st := rd.st
	ts := words(string(level), st.h2, st.h2)
	ts = append(ts, words("· "+count, st.h2count, st.h2count)...)
	title := cell{size: grid - iconCols}
	ls := wrap(ts, title.inner(), 0)
	lh := linesHeight(ls)
	h := math.Max(iconH, lh)
	title.lines, title.padT = ls, (h-lh)/2
	rd.d.headingBlock(1, string(level), h, 6, 2.5, keep, func() core.Row {
		fig := pyramid.Shapes(iconW, iconH, len(report.PyramidLevels), 0)
		rd.d.draw(0, rd.d.cur().used+(h-iconH)/2, rd.pyramidShapes(fig, rank)...)
		return rd.d.linesRow(h, []cell{{size: iconCols}, title}, nil)
	})
}

// fitFont is f, or f made smaller (down to 6 pt) until s fits in w mm.
func fitFont(f *font, s string, w float64, st *styles) *font {
	size := f.size
	for size > 6 && width(s, f.style, size) > w-fitSlack {
		size -= 0.5
	}
	return st.resized(f, size)
}

// levelCountsNote is the figure's numbers for the structure golden files.
func levelCountsNote(counts []report.LevelCount) string {
	var b bytes.Buffer
	for i, c := range counts {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", c.Level, c.Count)
	}
	return b.String()
}
