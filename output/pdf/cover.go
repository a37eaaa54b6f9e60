package pdf

import (
	"math"
	"strconv"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"

	"jaarverslag/report"
)

// cover: municipality, title, year, portfolio and holder, peildatum.
func (rd *renderer) cover() {
	d, st, m := rd.d, rd.st, rd.r.Meta
	d.newPage()
	p := d.cur()
	p.cover = true
	d.note("omslag")
	if len(rd.lay.LogoPNG) > 0 {
		h := 22.0
		d.add(h, row.New(q(h)).Add(col.New(400).Add(rd.logo())))
		d.add(40, blank(40))
	} else {
		d.add(62, blank(62))
	}
	put := func(ls []line, after float64) {
		h := linesHeight(ls)
		d.add(h, d.linesRow(h, []cell{{size: grid, lines: ls}}, nil))
		if after > 0 {
			d.add(after, blank(after))
		}
	}
	put(para(rd.municipality(), st.coverSub, st.coverSub, contentW), 4)
	put(para(m.Title, st.cover, st.cover, contentW), 5)
	put(para("Verslagjaar "+strconv.Itoa(m.Year), st.coverSub, st.coverSub, contentW), 28)

	label := &font{style: st.coverMeta.style, size: 9, color: darkGrey}
	field := func(name, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		put(para(name, label, label, contentW), 0.6)
		put(para(value, st.coverMeta, st.coverMeta, contentW), 4)
	}
	field("Portefeuille", m.Portfolio)
	field("Portefeuillehouder", m.Holder)
	field("Peildatum", report.FormatDate(m.CutoffDate))
	// The accessible edition is WCAG's "conforming alternate version" of
	// this untagged PDF: the PDF must say where it is.
	if ed := rd.b.Editions; ed.Web != "" {
		alt := ed.Web
		if ed.TaggedPDF != "" {
			alt += " en " + ed.TaggedPDF
		}
		field("Toegankelijke versie (zelfde inhoud)", alt)
	}
}

// contents lists chapters and their domains with page numbers. offset is
// the number of pages before the first chapter.
func (rd *renderer) contents(marks []mark, offset int) *doc {
	saved := rd.d
	d := &doc{st: rd.st}
	rd.d = d
	defer func() { rd.d = saved }()

	d.newPage()
	st := rd.st
	title := rd.text(rd.lay.Texts.Contents)
	entry := func(i int) []line {
		m := marks[i]
		f, indent := st.tocChapter, 0.0
		if m.level > 0 {
			f, indent = st.tocEntry, 6
		}
		return tocLine(m.title, strconv.Itoa(m.page+offset+1), f, st.grey, indent)
	}
	var first []line
	if len(marks) > 0 {
		first = entry(0)
	}
	rd.h1(title, linesHeight(first))
	for i, m := range marks {
		ls := entry(i)
		if m.level == 0 {
			keep := linesHeight(ls)
			if i+1 < len(marks) && marks[i+1].level > 0 {
				keep += linesHeight(entry(i + 1))
			}
			if i > 0 {
				d.space(3.5)
			}
			d.ensure(keep)
		}
		h := linesHeight(ls)
		d.ensure(h)
		d.links = append(d.links, jump{page: len(d.pages) - 1, y: 18 + d.cur().used, h: h, markIdx: i})
		d.flow(ls, 0)
	}
	return d
}

// tocLine is a contents entry: title, dot leaders, page number flush right.
func tocLine(title, num string, f, dots *font, indent float64) []line {
	numCol := 12.0
	ls := wrap(words(title, f, f), contentW-indent-numCol, 0)
	if len(ls) == 0 {
		ls = []line{{pitch: f.pitch()}}
	}
	for i := range ls {
		for j := range ls[i].segs {
			ls[i].segs[j].x += indent
		}
	}
	last := &ls[len(ls)-1]
	nw := width(num, f.style, f.size)
	// Leaders end at the same place on every line, whatever the number or font.
	end := contentW - width("000", fontstyle.Bold, 10.5) - 2
	unit := width(" .", dots.style, dots.size)
	// Dots sit on a grid measured from the right, so they line up in columns.
	if n := int(math.Floor((end - indent - last.width - 1.5) / unit)); n > 0 {
		last.segs = append(last.segs, seg{x: end - float64(n)*unit, text: strings.Repeat(" .", n), f: dots})
	}
	last.segs = append(last.segs, seg{x: contentW - nw - fitSlack, text: num, f: f})
	return ls
}
