// Package html writes the accessible edition of the report: one
// self-contained web page (WCAG 2.1 AA) with the content of the PDF in the
// same order, made with html/template from the report's own views.
//
// Each chapter is one template file (see chapters; every free chapter is
// reflection.html); the page (page.html) puts them in the report's
// ChapterOrder under the cover and the contents. The CSS is one embedded
// file. Nothing on the page loads anything from elsewhere and nothing
// needs JavaScript.
package html

import (
	"bytes"
	"context"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strconv"

	"jaarverslag/report"
	"jaarverslag/templates"
)

//go:embed templates/*.html
var files embed.FS

//go:embed style.css
var style string

var tmpl = template.Must(template.New("").ParseFS(files, "templates/*.html"))

// Rendered counts what the page shows, for the tool's reconciliation.
type Rendered struct {
	// Items per section, keyed by report sheet name, as found in the page.
	Items map[string]int
}

// Write renders the report as a web page to w. Nothing is written when
// rendering fails: the page is built in memory and copied at the end.
func Write(w io.Writer, r *report.Report, b report.Build, layout templates.Layout) (Rendered, error) {
	return WriteContext(context.Background(), w, r, b, layout)
}

// WriteContext is Write that stops between chapters once ctx has ended and
// then returns ctx's error with nothing written to w.
func WriteContext(ctx context.Context, w io.Writer, r *report.Report, b report.Build, layout templates.Layout) (Rendered, error) {
	if r == nil {
		return Rendered{}, errors.New("webversie: geen rapport")
	}
	if err := layout.Validate(); err != nil {
		return Rendered{}, fmt.Errorf("webversie: %w", err)
	}
	bd := newBuilder(r, b, layout)
	p, err := bd.page(ctx)
	if ctx.Err() != nil {
		return Rendered{}, ctx.Err()
	}
	if err != nil {
		return Rendered{}, fmt.Errorf("webversie: %w", err)
	}
	var buf bytes.Buffer
	size := 64 << 10
	for _, c := range p.Chapters {
		size += len(c.Body)
	}
	buf.Grow(size)
	if err := tmpl.ExecuteTemplate(&buf, "page.html", p); err != nil {
		return Rendered{}, fmt.Errorf("webversie: %w", err)
	}
	// Count the rows in the page itself, not in the data handed to the
	// templates: a template that drops a row must fail the build.
	items := countRows(buf.Bytes())
	for _, s := range report.ItemSheets {
		if items[s] != bd.count[s] {
			return Rendered{}, fmt.Errorf("webversie: %s: %d rijen op de pagina, %d in de Aansluiting", s, items[s], bd.count[s])
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return Rendered{}, err
	}
	return Rendered{Items: items}, nil
}

// page is what page.html shows.
type page struct {
	Tool         string
	ReportTitle  string
	Municipality string
	Year         int
	Fields       []field
	Logo         template.URL
	PDF          string
	Version      string
	Built        string
	Contents     heading
	Chapters     []rendered
	CSS          template.CSS
	Colors       colors
}

type field struct{ Name, Value string }

type rendered struct {
	chapter
	Body template.HTML // the chapter's own template, executed
}

type colors struct {
	Heading, HeaderFill, HeaderText, Zebra template.CSS
	PyramidLayer, PyramidHighlight         template.CSS
	Status                                 []statusColor
}

type statusColor struct {
	Class string
	Color template.CSS
}

func newBuilder(r *report.Report, b report.Build, l templates.Layout) *builder {
	bd := &builder{r: r, b: b, lay: l, ids: anchors{}, actionAnchor: map[string]string{},
		status: map[report.Status]statusView{}, count: map[string]int{}}
	for i, s := range report.Statuses {
		bd.status[s] = statusView{Name: string(s), Class: statusClass(i)}
	}
	for _, a := range r.Actions {
		if _, ok := bd.actionAnchor[a.ID]; !ok {
			bd.actionAnchor[a.ID] = bd.ids.id("actie", a.ID)
		}
	}
	return bd
}

// layout is how the page draws a chapter: the builder of its data and
// the template file that shows it.
type layout struct {
	file  string
	build func(*chapter)
}

// chapters are the layouts of the chapters of report.Chapters; free
// chapters (Beschouwingen) are drawn by reflection.html.
func (bd *builder) chapters() map[report.Chapter]layout {
	return map[report.Chapter]layout{
		report.ChapterSummary:        {"summary.html", bd.summary},
		report.ChapterDevelopments:   {"developments.html", bd.developments},
		report.ChapterActions:        {"actions.html", bd.actions},
		report.ChapterAchievements:   {"achievements.html", bd.achievements},
		report.ChapterKeyFigures:     {"keyFigures.html", bd.keyFigures},
		report.ChapterBudget:         {"budget.html", bd.budget},
		report.ChapterReview:         {"review.html", bd.review},
		report.ChapterPlans:          {"plans.html", bd.plans},
		report.ChapterAccountability: {"accountability.html", bd.accountability},
	}
}

func (bd *builder) page(ctx context.Context) (*page, error) {
	r, b, l := bd.r, bd.b, bd.lay
	m := r.Meta
	p := &page{
		Tool:         b.ToolName(),
		ReportTitle:  line(m.Title),
		Municipality: line(m.MunicipalityName()),
		Year:         m.Year,
		PDF:          b.Editions.PDF,
		Version:      b.Version,
		Built:        report.FormatDateTime(b.BuiltAt(m)),
		CSS:          template.CSS(style),
		Colors:       colorsOf(l.Colors),
	}
	for _, f := range []field{{"Portefeuille", m.Portfolio}, {"Portefeuillehouder", m.Holder}, {"Peildatum", report.FormatDate(m.CutoffDate)}} {
		if f.Value = line(f.Value); f.Value != "" {
			p.Fields = append(p.Fields, f)
		}
	}
	if len(l.LogoPNG) > 0 {
		// The layout's logo, checked to be a PNG by the layout's reader.
		p.Logo = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(l.LogoPNG))
	}
	p.Contents = heading{bd.ids.id("inhoud"), l.Texts.Expand(l.Texts.Contents, m.Year)}

	// The chapters render one after another into one buffer, sized for
	// about half a kilobyte per row (the sample at scale 100 takes 454 bytes
	// a row), so a large report is neither copied as it grows nor given
	// megabytes it does not use.
	layouts := bd.chapters()
	for _, c := range report.Chapters {
		if _, ok := layouts[c]; !ok {
			return nil, fmt.Errorf("hoofdstuk %q kan deze versie nog niet opmaken", c)
		}
	}
	var bodies bytes.Buffer
	bodies.Grow(32<<10 + 512*(len(r.Actions)+len(r.Achievements)+len(r.Plans)+len(r.Developments)+len(r.KeyFigures)+len(r.Budget)+len(r.Reviews)) +
		4<<10*len(r.Reflections))
	var chapters []chapter
	var ends []int
	for _, c := range r.ChapterOrder() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var ch chapter
		var lay layout
		if f := c.Reflection; f != nil {
			ch.Title = line(f.Title)
			lay = layout{"reflection.html", func(ch *chapter) { bd.reflection(ch, *f) }}
		} else {
			ch.Title = bd.title(c.Chapter)
			lay = layouts[c.Chapter]
		}
		ch.ID = bd.ids.id(ch.Title)
		lay.build(&ch)
		if err := tmpl.ExecuteTemplate(&bodies, lay.file, ch.Data); err != nil {
			return nil, err
		}
		chapters = append(chapters, ch)
		ends = append(ends, bodies.Len())
	}
	all, start := bodies.String(), 0
	for i, ch := range chapters {
		// html/template escaped every value in it; it goes into the page as it is.
		p.Chapters = append(p.Chapters, rendered{chapter: ch, Body: template.HTML(all[start:ends[i]])})
		start = ends[i]
	}
	return p, nil
}

func colorsOf(c templates.Colors) colors {
	css := func(c templates.Color) template.CSS { return template.CSS(c.String()) } // always #RRGGBB
	out := colors{Heading: css(c.Heading), HeaderFill: css(c.HeaderFill), Zebra: css(c.Zebra), HeaderText: css(c.Heading),
		PyramidLayer: css(c.Pyramid.Layer), PyramidHighlight: css(c.Pyramid.Highlight)}
	// Header text is the heading colour, unless the header fill leaves too
	// little contrast for it.
	if c.Heading.ContrastWith(c.HeaderFill) < 4.5 {
		out.HeaderText = "#1A1A1A"
	}
	for i, s := range report.Statuses {
		out.Status = append(out.Status, statusColor{Class: statusClass(i), Color: css(c.Status[s])})
	}
	return out
}

// statusClass names the CSS class of the i-th status, which carries its colour.
func statusClass(i int) string { return "st-" + strconv.Itoa(i) }

// countRows counts the elements marked data-blad="<sheet>" per sheet. Staff
// text cannot fake one: html/template writes its quotes as &#34;.
func countRows(page []byte) map[string]int {
	n := map[string]int{}
	for _, s := range report.ItemSheets {
		n[s] = 0
	}
	mark := []byte(` data-blad="`)
	for {
		i := bytes.Index(page, mark)
		if i < 0 {
			return n
		}
		page = page[i+len(mark):]
		end := bytes.IndexByte(page, '"')
		if end < 0 {
			return n
		}
		n[string(page[:end])]++
		page = page[end:]
	}
}
