package html

import (
	"strconv"
	"strings"

	"jaarverslag/output/pyramid"
	"jaarverslag/report"
)

// The care pyramid, drawn as the PDF draws it: the shapes come from
// output/pyramid, the numbers from report.LevelCounts. In SVG user units
// the figure is the PDF's in mm times four, so it has the PDF's
// proportions; the SVG scales to the width of the page.

// pyramidSVG is one drawing of the pyramid: its layers, and for the full
// figure the count in each layer and the name on a leader line beside it.
type pyramidSVG struct {
	ID            string
	Title, Desc   string
	Width, Height int
	Layers        []svgLayer
	Labels        []svgLabel
}

type svgLayer struct {
	Points    string
	Highlight bool
	Count     *svgText // the full figure's number in the layer
}

type svgText struct {
	X, Y, Size string
	Text       string
}

type svgLabel struct {
	X1, Y1, X2, Y2 string // the leader line
	Lines          []svgText
}

// pyramidFigure is the figure at the start of Resultaten, with the same
// numbers in a table beside it.
type pyramidFigure struct {
	SVG     pyramidSVG
	Caption string
	Rows    []pyramidRow
}

type pyramidRow struct {
	Level, Count string
}

// Sizes in SVG user units: the PDF's mm × 4.
const (
	pyramidW         = 680 // the PDF's text width, 170 mm
	pyramidH         = 344 // 86 mm
	pyramidLabelW    = 312 // 78 mm
	pyramidCountSize = 15
	pyramidLabelSize = 13
	iconW, iconH     = 60, 46 // 15 × 11.5 mm
)

// pyramidCaption names the figure, as the PDF's caption above it does.
const pyramidCaption = "Aantal resultaten per niveau van de zorgpiramide"

func (bd *builder) pyramidFigure(counts []report.LevelCount) *pyramidFigure {
	id := bd.ids.id("zorgpiramide")
	f := &pyramidFigure{Caption: pyramidCaption, SVG: pyramidSVG{ID: id, Title: "Zorgpiramide",
		Width: pyramidW, Height: pyramidH}}
	fig := pyramid.Shapes(pyramidW, pyramidH, len(counts), pyramidLabelW)
	var desc []string
	for i, c := range counts {
		l, lb := fig.Layers[i], fig.Labels[i]
		n := report.FormatInt(c.Count)
		// A number wider than its layer is set smaller, as in the PDF.
		size := min(float64(pyramidCountSize), (l.Room-6)/(digitW*float64(len(n))))
		f.SVG.Layers = append(f.SVG.Layers, svgLayer{Points: points(l.Corners[:]),
			Count: &svgText{X: num(l.Mid.X), Y: num(l.Mid.Y + baselineShift*size), Size: num(size), Text: n}})
		label := svgLabel{X1: num(lb.Leader[0].X), Y1: num(lb.Leader[0].Y), X2: num(lb.Leader[1].X), Y2: num(lb.Leader[1].Y)}
		lines := wrapRunes(string(c.Level), int(lb.Width/(charW*pyramidLabelSize)))
		pitch := 1.2 * pyramidLabelSize
		y := lb.At.Y - pitch*float64(len(lines)-1)/2 + baselineShift*pyramidLabelSize
		for _, s := range lines {
			label.Lines = append(label.Lines, svgText{X: num(lb.At.X), Y: num(y), Size: num(pyramidLabelSize), Text: s})
			y += pitch
		}
		f.SVG.Labels = append(f.SVG.Labels, label)
		f.Rows = append(f.Rows, pyramidRow{Level: string(c.Level), Count: n})
		desc = append(desc, string(c.Level)+": "+n)
	}
	f.SVG.Desc = "De zorgpiramide met het aantal resultaten op elk niveau, van het fundament onderaan tot crisis bovenaan. " +
		strings.Join(desc, "; ") + "."
	return f
}

// levelIcon is the small pyramid that opens a level's section, its own
// level highlighted.
func (bd *builder) levelIcon(rank int, level report.PyramidLevel) *pyramidSVG {
	fig := pyramid.Shapes(iconW, iconH, len(report.PyramidLevels), 0)
	p := &pyramidSVG{ID: bd.ids.id("piramide", string(level)), Title: "Zorgpiramide",
		Desc:  "Niveau " + strconv.Itoa(rank+1) + " van " + strconv.Itoa(len(fig.Layers)) + " van onder, " + string(level) + ", is gemarkeerd.",
		Width: iconW, Height: iconH}
	for i, l := range fig.Layers {
		p.Layers = append(p.Layers, svgLayer{Points: points(l.Corners[:]), Highlight: i == rank})
	}
	return p
}

// Text in an SVG does not wrap or shrink by itself, so it is sized from
// generous widths of DejaVu Sans, the widest font the page asks for, as a
// share of the font size: charW for a character of a level's name (the
// long names average at most 0.55 a character, a short one up to 0.63
// with room to spare), digitW for a bold digit or point of a number (0.70).
const (
	charW  = 0.6
	digitW = 0.7
)

// baselineShift moves a text's baseline below the middle line it is
// centred on, as a share of the font size.
const baselineShift = 0.35

func points(ps []pyramid.Point) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(p.X) + "," + num(p.Y))
	}
	return b.String()
}

// wrapRunes breaks s at spaces into lines of at most n runes; a longer
// word has a line of its own.
func wrapRunes(s string, n int) []string {
	var lines []string
	var cur string
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= n:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
