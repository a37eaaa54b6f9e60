package pdf

import (
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"jaarverslag/report"
	"jaarverslag/templates"
)

// styles are the fonts and colours of report-layout.md, with the
// layout's colours filled in. Fonts are pointers so runs can be compared.
type styles struct {
	heading    props.Color
	headerFill props.Color
	zebra      props.Color
	status     map[report.Status]props.Color
	marks      map[markKey]*font
	sizes      map[sizeKey]*font

	pyramidLayer, pyramidHighlight props.Color

	cover, coverSub, coverMeta *font
	h1, h2, h3, h2count        *font
	body, bodyBold, bodyLink   *font
	tableText, tableHead       *font
	tableBold, tableLink       *font
	small, smallItalic         *font
	smallLink, grey            *font
	check                      *font
	pyramidCount, pyramidLabel *font
	tocChapter, tocEntry       *font
	running                    *font
}

var (
	black    = props.Color{Red: 0x1A, Green: 0x1A, Blue: 0x1A}
	darkGrey = props.Color{Red: 0x4D, Green: 0x4D, Blue: 0x4D} // 8.5:1 on white
	midGrey  = props.Color{Red: 0x5F, Green: 0x5F, Blue: 0x5F} // 6.4:1 on white
	linkBlue = props.BlueColor                                 // maroto draws every link in this blue
)

func rgb(c templates.Color) props.Color {
	return props.Color{Red: int(c.R), Green: int(c.G), Blue: int(c.B)}
}

func newStyles(l templates.Layout) *styles {
	hc := rgb(l.Colors.Heading)
	st := &styles{
		heading:    hc,
		headerFill: rgb(l.Colors.HeaderFill),
		zebra:      rgb(l.Colors.Zebra),
		status:     map[report.Status]props.Color{},
		marks:      map[markKey]*font{},
		sizes:      map[sizeKey]*font{},

		pyramidLayer:     rgb(l.Colors.Pyramid.Layer),
		pyramidHighlight: rgb(l.Colors.Pyramid.Highlight),
	}
	for s, c := range l.Colors.Status {
		st.status[s] = rgb(c)
	}
	f := func(style fontstyle.Type, size float64, c props.Color) *font {
		return &font{style: style, size: size, color: c}
	}
	st.cover = f(fontstyle.Bold, 26, hc)
	st.coverSub = f(fontstyle.Normal, 14, hc)
	st.coverMeta = f(fontstyle.Normal, 11, black)
	st.h1 = f(fontstyle.Bold, 16, hc)
	st.h2 = f(fontstyle.Bold, 12, hc)
	st.h3 = f(fontstyle.Bold, 10, black)
	st.h2count = f(fontstyle.Normal, 10, midGrey)
	st.body = f(fontstyle.Normal, 9.5, black)
	st.bodyBold = f(fontstyle.Bold, 9.5, black)
	st.bodyLink = f(fontstyle.Normal, 9.5, linkBlue)
	st.tableText = f(fontstyle.Normal, 8.5, black)
	st.tableHead = f(fontstyle.Bold, 8.5, hc)
	st.tableBold = f(fontstyle.Bold, 8.5, black)
	st.tableLink = f(fontstyle.Normal, 8.5, linkBlue)
	st.small = f(fontstyle.Normal, 7.5, darkGrey)
	st.smallItalic = f(fontstyle.Italic, 7.5, darkGrey)
	st.smallLink = f(fontstyle.Normal, 7.5, linkBlue)
	st.grey = f(fontstyle.Normal, 8, midGrey)
	st.check = f(fontstyle.Bold, 9.5, hc)
	st.tocChapter = f(fontstyle.Bold, 10.5, hc)
	st.tocEntry = f(fontstyle.Normal, 9.5, black)
	st.running = f(fontstyle.Normal, 7.5, darkGrey)
	st.pyramidCount = f(fontstyle.Bold, 10.5, hc) // on the layer colour: contrast checked by the layout
	st.pyramidLabel = f(fontstyle.Normal, 9.5, black)
	return st
}

// statusMark is the font of a status's coloured square.
func (st *styles) statusMark(s report.Status, size float64) *font {
	key := markKey{s, size}
	if f, ok := st.marks[key]; ok {
		return f
	}
	c, ok := st.status[s]
	if !ok {
		c = midGrey
	}
	f := &font{style: fontstyle.Normal, size: size, color: c}
	st.marks[key] = f
	return f
}

type markKey struct {
	s    report.Status
	size float64
}

// resized is f at another size, one font per size so runs still compare.
func (st *styles) resized(f *font, size float64) *font {
	if size == f.size {
		return f
	}
	key := sizeKey{f, size}
	if g, ok := st.sizes[key]; ok {
		return g
	}
	g := &font{style: f.style, size: size, color: f.color}
	st.sizes[key] = g
	return g
}

type sizeKey struct {
	f    *font
	size float64
}
