// Package pdf writes the annual report as a PDF with maroto.
//
// The package paginates by itself: every row's height is known before
// maroto sees it (text is measured with gofpdf's own glyph widths and
// broken into lines here), so one layout pass decides where every heading
// lands. That is what keeps headings with their text, repeats table
// headers, splits rows taller than a page and numbers the contents page.
// maroto then only draws; the outline and the document language are added
// to the finished file by a deterministic rewrite (see finish).
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/image"
	mline "github.com/johnfercher/maroto/v2/pkg/components/line"
	mpage "github.com/johnfercher/maroto/v2/pkg/components/page"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/align"
	"github.com/johnfercher/maroto/v2/pkg/consts/extension"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/consts/pagesize"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/johnfercher/maroto/v2/pkg/props"
	"github.com/phpdave11/gofpdf"

	"jaarverslag/report"
	"jaarverslag/templates"
)

// Rendered counts what was drawn, for the tool's reconciliation.
type Rendered struct {
	// Items per section, keyed by report sheet name: coalition actions,
	// achievements, plans, development topics, key figures, budget lines,
	// free chapters and Terugblik rows.
	Items map[string]int
	Pages int
}

// Write renders the report as PDF to w. Nothing is written when rendering
// fails: the document is built in memory and copied at the end.
func Write(w io.Writer, r *report.Report, b report.Build, layout templates.Layout) (Rendered, error) {
	return WriteContext(context.Background(), w, r, b, layout)
}

// WriteContext is Write that stops within a page of ctx ending, while
// laying out and while maroto draws, and then returns ctx's error with
// nothing written to w.
func WriteContext(ctx context.Context, w io.Writer, r *report.Report, b report.Build, layout templates.Layout) (res Rendered, err error) {
	if r == nil {
		return Rendered{}, errors.New("pdf: geen rapport")
	}
	if err := layout.Validate(); err != nil {
		return Rendered{}, fmt.Errorf("pdf: %w", err)
	}
	if len(layout.LogoPNG) > 0 {
		if _, err := png.DecodeConfig(bytes.NewReader(layout.LogoPNG)); err != nil {
			return Rendered{}, fmt.Errorf("pdf: logo is geen PNG: %w", err)
		}
	}
	// Neither the layout nor maroto returns between pages, so both stop
	// by panicking with interrupted, which ends here.
	defer func() {
		if p := recover(); p != nil {
			if _, ok := p.(interrupted); !ok {
				panic(p)
			}
			res, err = Rendered{}, ctx.Err()
		}
	}()
	rd := newRenderer(r, b, layout)
	for _, c := range report.Chapters {
		if rd.chapters()[c] == nil {
			return Rendered{}, fmt.Errorf("pdf: hoofdstuk %q kan dit verslag nog niet opmaken", c)
		}
	}
	rd.ctx = ctx
	rd.layout()
	raw, err := rd.draw()
	if err != nil {
		return Rendered{}, fmt.Errorf("pdf: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Rendered{}, err
	}
	out, err := finish(raw, rd.d.marks, rd.d.links, rd.d.shapes, "nl-NL")
	if err != nil {
		return Rendered{}, fmt.Errorf("pdf: %w", err)
	}
	if _, err := w.Write(out); err != nil {
		return Rendered{}, err
	}
	return Rendered{Items: rd.items, Pages: len(rd.d.pages)}, nil
}

// renderer holds one report on its way to PDF.
type renderer struct {
	r       *report.Report
	b       report.Build
	lay     templates.Layout
	st      *styles
	d       *doc
	items   map[string]int
	domains []report.Domain
	year    int
	ctx     context.Context // nil: never interrupted
}

func newRenderer(r *report.Report, b report.Build, l templates.Layout) *renderer {
	st := newStyles(l)
	items := map[string]int{}
	for _, s := range report.ItemSheets {
		items[s] = 0
	}
	return &renderer{r: r, b: b, lay: l, st: st, items: items, domains: r.OrderedDomains(), year: r.Meta.Year}
}

// municipality is the name as the council calls it: "Gemeente Groningen".
func (rd *renderer) municipality() string { return rd.r.Meta.MunicipalityName() }

func (rd *renderer) text(s string) string { return rd.lay.Texts.Expand(s, rd.year) }

// title is a chapter's title from the layout.
func (rd *renderer) title(c report.Chapter) string { return rd.text(rd.lay.Texts.Chapter(c)) }

// built is the build time, falling back to the peildatum so the creation
// date is never the wall clock.
func (rd *renderer) built() time.Time { return rd.b.BuiltAt(rd.r.Meta) }

// layout decides every page: cover, contents, chapters. It stops at a new
// page of the chapters once rd.ctx has ended.
func (rd *renderer) layout() {
	body := &doc{st: rd.st, ctx: rd.ctx}
	rd.d = body
	chapters := rd.chapters()
	for _, ch := range rd.r.ChapterOrder() {
		body.newPage()
		if ch.Reflection != nil {
			rd.reflection(*ch.Reflection)
			continue
		}
		chapters[ch.Chapter]()
	}

	cover := &doc{st: rd.st}
	rd.d = cover
	rd.cover()

	// The contents come before the chapters, so their page numbers depend
	// on their own length; page numbers sit in a fixed column, so the
	// length does not depend on them and a second pass settles it.
	toc := rd.contents(body.marks, len(cover.pages)+1)
	for try := 0; try < 3 && len(toc.pages) != 1; try++ {
		n := len(toc.pages)
		if toc = rd.contents(body.marks, len(cover.pages)+n); len(toc.pages) == n {
			break
		}
	}

	all := &doc{st: rd.st}
	all.pages = append(append(append(all.pages, cover.pages...), toc.pages...), body.pages...)
	all.marks = append(all.marks, toc.marks...)
	for i := range all.marks {
		all.marks[i].page += len(cover.pages)
	}
	shift := len(cover.pages) + len(toc.pages)
	for _, m := range body.marks {
		m.page += shift
		all.marks = append(all.marks, m)
	}
	for _, s := range body.shapes {
		s.page += shift
		all.shapes = append(all.shapes, s)
	}
	for _, j := range toc.links {
		m := body.marks[j.markIdx]
		j.page += len(cover.pages)
		j.to, j.toY = m.page+shift, m.y
		all.links = append(all.links, j)
	}
	rd.d = all
}

// chapters are the writer's layout of each chapter of report.Chapters;
// free chapters are laid out by reflection.
func (rd *renderer) chapters() map[report.Chapter]func() {
	return map[report.Chapter]func(){
		report.ChapterSummary:        rd.summary,
		report.ChapterDevelopments:   rd.developments,
		report.ChapterActions:        rd.actions,
		report.ChapterAchievements:   rd.achievements,
		report.ChapterKeyFigures:     rd.keyFigures,
		report.ChapterBudget:         rd.budget,
		report.ChapterReview:         rd.review,
		report.ChapterPlans:          rd.plans,
		report.ChapterAccountability: rd.accountability,
	}
}

// gofpdfDefaults guards gofpdf's package-level defaults, which maroto
// gives no other way to set: catalog sort and modification date.
var gofpdfDefaults sync.Mutex

// interrupted is the panic value that stops a layout or a drawing whose
// context has ended; WriteContext recovers it and returns ctx.Err().
type interrupted struct{}

// checkpoint is a row that, before maroto draws it, stops the drawing
// once ctx has ended. It draws exactly as the row it wraps.
type checkpoint struct {
	core.Row
	ctx context.Context
}

func (c checkpoint) Render(p core.Provider, cell entity.Cell) {
	if c.ctx.Err() != nil {
		panic(interrupted{})
	}
	c.Row.Render(p, cell)
}

// draw hands the laid-out pages to maroto. The first row of every page is
// a checkpoint, so an ended rd.ctx stops maroto within a page.
func (rd *renderer) draw() ([]byte, error) {
	fonts, err := customFonts()
	if err != nil {
		return nil, err
	}
	meta := rd.r.Meta
	built := rd.built()
	cfg := config.NewBuilder().
		WithPageSize(pagesize.A4).
		WithLeftMargin(marginX).
		WithRightMargin(marginX).
		WithTopMargin(marotoTop).
		WithBottomMargin(marotoBot).
		WithMaxGridSize(grid).
		WithCustomFonts(fonts).
		WithDefaultFont(&props.Font{Family: family, Style: fontstyle.Normal, Size: 9.5, Color: &black}).
		WithCompression(false). // finish compresses: gofpdf allocates a zlib writer per page
		WithTitle(clean(meta.Title), true).
		WithAuthor(clean(rd.municipality()), true).
		WithSubject(clean(fmt.Sprintf("Verantwoording %d — %s", meta.Year, meta.Portfolio)), true).
		WithCreator(clean(rd.b.ToolName()), true).
		WithCreationDate(built).
		Build()

	gofpdfDefaults.Lock()
	gofpdf.SetDefaultCatalogSort(true)
	gofpdf.SetDefaultModificationDate(built)
	m := maroto.New(cfg)
	gofpdf.SetDefaultModificationDate(time.Time{})
	gofpdf.SetDefaultCatalogSort(false)
	gofpdfDefaults.Unlock()

	total := len(rd.d.pages)
	for i, p := range rd.d.pages {
		rows := make([]core.Row, 0, len(p.rows)+4)
		if p.cover {
			rows = append(rows, p.rows...)
			rows = append(rows, blank(coverH-p.used-8), rd.coverFoot())
		} else {
			rows = append(rows, rd.runningHeader())
			rows = append(rows, p.rows...)
			if rest := bodyH - p.used; rest > 0 {
				rows = append(rows, blank(rest))
			}
			rows = append(rows, rd.footer(i+1, total))
		}
		if rd.ctx != nil {
			rows[0] = checkpoint{rows[0], rd.ctx}
		}
		m.AddPages(mpage.New().Add(rows...))
	}
	doc, err := m.Generate()
	if err != nil {
		return nil, err
	}
	return doc.GetBytes(), nil
}

// runningHeader is the title left, the municipality right and a thin rule.
func (rd *renderer) runningHeader() core.Row {
	f := rd.st.running
	p := props.Text{Family: family, Style: f.style, Size: f.size, Color: &f.color, Top: 2.2}
	right := p
	right.Align = align.Right
	title := clip(rd.r.Meta.Title, f, contentW*0.68)
	return row.New(headerBand).Add(col.New(grid).Add(
		text.New(title, p),
		text.New(clip(rd.municipality(), f, contentW*0.3), right),
		mline.New(props.Line{Color: &rd.st.heading, Thickness: 0.25, OffsetPercent: 80, SizePercent: 100}),
	))
}

// footer is the version left, small and grey, and "pagina X van Y" right.
func (rd *renderer) footer(n, total int) core.Row {
	f := rd.st.running
	p := props.Text{Family: family, Style: f.style, Size: f.size, Color: &midGrey, Top: 5}
	right := props.Text{Family: family, Style: fontstyle.Normal, Size: 8, Color: &darkGrey, Top: 4.7, Align: align.Right}
	return row.New(footerBand).Add(col.New(grid).Add(
		text.New("Versie "+rd.b.Version, p),
		text.New(fmt.Sprintf("pagina %d van %d", n, total), right),
	))
}

// coverFoot names the version and build time at the foot of the cover.
func (rd *renderer) coverFoot() core.Row {
	f := rd.st.running
	s := fmt.Sprintf("Versie %s · gebouwd op %s", rd.b.Version, report.FormatDateTime(rd.built()))
	return row.New(8).Add(col.New(grid).Add(text.New(s, props.Text{Family: family, Style: f.style, Size: f.size, Color: &midGrey, Top: 3})))
}

// clip shortens a one-line text with "…" to fit w mm.
func clip(s string, f *font, w float64) string {
	s = strings.Join(strings.Fields(clean(s)), " ")
	if width(s, f.style, f.size) <= w-fitSlack {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && width(string(rs)+"…", f.style, f.size) > w-fitSlack {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimSpace(string(rs)) + "…"
}

// logo is the optional cover image.
func (rd *renderer) logo() core.Component {
	return image.NewFromBytes(rd.lay.LogoPNG, extension.Png, props.Rect{Percent: 100})
}
