package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"jaarverslag/output/internal/golden"
	"jaarverslag/report"
	"jaarverslag/templates"
)

type pdfcpuBookmark = pdfcpu.Bookmark

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func init() {
	model.ConfigPath = "disable" // pdfcpu must not write a config dir during tests
}

func render(t testing.TB, r *report.Report, b report.Build, l templates.Layout) ([]byte, Rendered) {
	t.Helper()
	var buf bytes.Buffer
	res, err := Write(&buf, r, b, l)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), res
}

// laidOut runs the layout pass alone.
func laidOut(r *report.Report, b report.Build) *renderer {
	rd := newRenderer(r, b, templates.DefaultLayout())
	rd.layout()
	return rd
}

// structure is the outline of the document page by page: headings, tables
// and how many items of each sheet each page holds. It is what the golden
// files compare, rather than bytes.
func structure(rd *renderer) string {
	var b strings.Builder
	sheets := report.ItemSheets
	for i, p := range rd.d.pages {
		fmt.Fprintf(&b, "%d:", i+1)
		if len(p.notes) > 0 {
			fmt.Fprintf(&b, " %s", strings.Join(p.notes, " | "))
		}
		var cs []string
		for _, s := range sheets {
			if n := p.counts[s]; n > 0 {
				cs = append(cs, fmt.Sprintf("%s %d", s, n))
			}
		}
		if len(cs) > 0 {
			fmt.Fprintf(&b, " [%s]", strings.Join(cs, ", "))
		}
		b.WriteByte('\n')
	}
	b.WriteString("\ncontents:\n")
	for _, m := range rd.d.marks {
		fmt.Fprintf(&b, "%s%s ... %d\n", strings.Repeat("  ", m.level), m.title, m.page+1)
	}
	return b.String()
}

func TestStructureGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func() (*report.Report, report.Build)
	}{
		{"groningen", groningen},
		{"long-rows", longRows},
		{"scaled-3", func() (*report.Report, report.Build) { return scaled(3) }},
		{"groningen-2026", groningen2026},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, b := tc.make()
			got := structure(laidOut(r, b))
			golden.Check(t, filepath.Join("testdata", tc.name+".golden"), got, *update)
		})
	}
}

// TestLayoutRules checks what the reader must never see: a heading as the
// last thing on a page, an empty page, a page fuller than its body.
func TestLayoutRules(t *testing.T) {
	for name, mk := range map[string]func() (*report.Report, report.Build){
		"groningen": groningen, "long-rows": longRows,
		"scaled-10": func() (*report.Report, report.Build) { return scaled(10) },
		"empty":     emptyReport,
	} {
		t.Run(name, func(t *testing.T) {
			rd := laidOut(mk())
			for i, p := range rd.d.pages {
				if p.endsInHeading {
					t.Errorf("page %d ends with a heading: %v", i+1, p.notes)
				}
				if !p.cover && len(p.rows) == 0 {
					t.Errorf("page %d is empty", i+1)
				}
				if p.used > bodyH && !p.cover {
					t.Errorf("page %d holds %.2f mm, more than %.0f", i+1, p.used, bodyH)
				}
				if r := p.used / quantum; r != float64(int64(r)) {
					t.Errorf("page %d: height %.10f is not a multiple of the quantum", i+1, p.used)
				}
			}
		})
	}
}

func emptyReport() (*report.Report, report.Build) {
	r, b := groningen()
	r.Actions, r.Achievements, r.Plans, r.Developments, r.KeyFigures, r.Budget = nil, nil, nil, nil, nil, nil
	r.Reflections, r.Reviews = nil, nil
	r.Files = nil
	return r, b
}

func TestWriteReproducible(t *testing.T) {
	r, b := groningen()
	one, _ := render(t, r, b, templates.DefaultLayout())
	two, _ := render(t, r, b, templates.DefaultLayout())
	if !bytes.Equal(one, two) {
		t.Fatal("two renders of the same input differ")
	}
	// With a logo too: maroto names images by a random UUID.
	l := templates.DefaultLayout()
	l.LogoPNG = testLogo()
	one, _ = render(t, r, b, l)
	two, _ = render(t, r, b, l)
	if !bytes.Equal(one, two) {
		t.Fatal("two renders with a logo differ")
	}
	// The build time is the creation date, never the clock.
	if !bytes.Contains(one, []byte("/CreationDate (D:20260115080000)")) || !bytes.Contains(one, []byte("/ModDate (D:20260115080000)")) {
		t.Error("creation or modification date is not the build time")
	}
}

func testLogo() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 120, 40))
	for y := 0; y < 40; y++ {
		for x := 0; x < 120; x++ {
			img.Set(x, y, color.RGBA{0x1F, 0x3A, 0x5F, 0xFF})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

// TestPages: the PDF has the pages the layout planned, each non-cover page
// says "pagina X van Y" with Y the real count, and it is valid.
func TestPages(t *testing.T) {
	t.Run("long-rows", func(t *testing.T) { checkPages(t, longRows) })
	t.Run("scaled-10", func(t *testing.T) { checkPages(t, func() (*report.Report, report.Build) { return scaled(10) }) })
}

func checkPages(t *testing.T, mk func() (*report.Report, report.Build)) {
	r, b := mk()
	out, res := render(t, r, b, templates.DefaultLayout())
	n, err := api.PageCount(bytes.NewReader(out), nil)
	if err != nil {
		t.Fatal(err)
	}
	if n != res.Pages {
		t.Fatalf("PDF has %d pages, Write says %d", n, res.Pages)
	}
	if c := bytes.Count(out, []byte("/Type /Page\n")); c != n {
		t.Errorf("%d page objects, %d pages", c, n)
	}
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(out), conf); err != nil {
		t.Errorf("pdfcpu validation: %v", err)
	}
	// Without poppler: the footer text is in each page's content stream.
	for i, c := range pageContents(t, out) {
		want := utf16be(fmt.Sprintf("pagina %d van %d", i+1, n))
		if has := bytes.Contains(c, want); has != (i > 0) {
			t.Errorf("page %d: footer %q present = %v", i+1, fmt.Sprintf("pagina %d van %d", i+1, n), has)
		}
	}
	pages := pdftext(t, out)
	if pages == nil {
		return
	}
	if len(pages) != n {
		t.Fatalf("pdftotext found %d pages, want %d", len(pages), n)
	}
	for i, p := range pages[1:] {
		want := fmt.Sprintf("pagina %d van %d", i+2, n)
		if !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+2, want)
		}
	}
}

// pdftext extracts the text per page with poppler's pdftotext, or returns
// nil (and says so) where poppler is not installed.
func pdftext(t *testing.T, pdf []byte) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Log("pdftotext not installed (apt-get install poppler-utils): text checks skipped")
		return nil
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "r.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// TestText: Dutch characters come out as text, the contents page numbers
// are the pages the headings are on, headers run on every page but the cover.
func TestText(t *testing.T) {
	r, b := longRows()
	out, _ := render(t, r, b, templates.DefaultLayout())
	pages := pdftext(t, out)
	if pages == nil {
		t.Skip("needs pdftotext")
	}
	all := strings.Join(pages, "\n")
	for _, s := range []string{"ë", "ï", "é", "€ 105", "‘quotes’", "“aanhalingstekens”", "–", "✓", "31 december 2025",
		"Dit verslag is gebouwd op 15 januari 2026 09:00 met de export van 14 januari 2026 16:12"} {
		if !strings.Contains(all, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	if strings.Contains(pages[0], "pagina") {
		t.Error("the cover has a page number")
	}
	for i, p := range pages[1:] {
		if !strings.Contains(p, r.Meta.Title) || !strings.Contains(p, "Gemeente Groningen") {
			t.Errorf("page %d lacks the running header", i+2)
		}
	}
	// Every contents entry points at a page that carries the heading.
	rd := laidOut(longRows())
	space := regexp.MustCompile(`\s+`)
	for _, m := range rd.d.marks {
		if !strings.Contains(space.ReplaceAllString(pages[m.page], " "), m.title) {
			t.Errorf("heading %q not found on page %d", m.title, m.page+1)
		}
	}
	toc := space.ReplaceAllString(pages[1], " ")
	for _, m := range rd.d.marks[1:4] {
		want := regexp.MustCompile(regexp.QuoteMeta(m.title) + `[ .]*` + strconv.Itoa(m.page+1) + `\b`)
		if !want.MatchString(toc) {
			t.Errorf("contents lacks %q with page %d", m.title, m.page+1)
		}
	}
	// The long action continues under a repeated header, marked as such.
	if !strings.Contains(all, "CA-04 (vervolg)") {
		t.Error("no continuation mark for the split row")
	}
}

// TestOutline: bookmarks for every chapter and domain, landing on the right page.
func TestOutline(t *testing.T) {
	r, b := groningen()
	out, _ := render(t, r, b, templates.DefaultLayout())
	bms, err := api.Bookmarks(bytes.NewReader(out), nil)
	if err != nil {
		t.Fatal(err)
	}
	rd := laidOut(groningen())
	var want, got []string
	for _, m := range rd.d.marks {
		want = append(want, fmt.Sprintf("%d %s p%d", m.level, m.title, m.page+1))
	}
	var walk func([]pdfcpuBookmark, int)
	walk = func(bs []pdfcpuBookmark, level int) {
		for _, b := range bs {
			got = append(got, fmt.Sprintf("%d %s p%d", level, b.Title, b.PageFrom))
			walk(b.Kids, level+1)
		}
	}
	walk(bms, 0)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bookmarks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Every contents entry is a link to its heading's page.
	pages := regexp.MustCompile(`/Kids \[([0-9 R]*)\]`).FindSubmatch(out)
	kids := strings.Fields(string(pages[1]))
	jumps := regexp.MustCompile(`/Border \[0 0 0\] /Dest \[(\d+) 0 R`).FindAllSubmatch(out, -1)
	if len(jumps) != len(rd.d.marks)-1 {
		t.Fatalf("%d contents links, want %d", len(jumps), len(rd.d.marks)-1)
	}
	for i, j := range jumps {
		m := rd.d.marks[i+1]
		if want := kids[3*m.page]; string(j[1]) != want {
			t.Errorf("contents link %d (%s) goes to object %s, want %s", i, m.title, j[1], want)
		}
	}
	for _, s := range []string{"/Lang (nl-NL)", "/PageMode /UseOutlines", "/DisplayDocTitle true"} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("catalog lacks %s", s)
		}
	}
}

// TestMetadata: title, author, subject, creator in the document info.
func TestMetadata(t *testing.T) {
	r, b := groningen()
	out, _ := render(t, r, b, templates.DefaultLayout())
	for key, want := range map[string]string{
		"Title": r.Meta.Title, "Author": "Gemeente Groningen", "Creator": "jaarverslag v0.9.0-test",
		"Subject": "Verantwoording 2025 — Deelprogramma 3.3: Welzijn, gezondheid, zorg en diversiteit",
	} {
		if got := infoField(out, key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	// Compression is on: content streams are deflated.
	if !bytes.Contains(out, []byte("/Filter /FlateDecode")) {
		t.Error("content is not compressed")
	}
}

// TestLinks: every URL of the coalition actions is a clickable link.
func TestLinks(t *testing.T) {
	r, b := groningen()
	out, _ := render(t, r, b, templates.DefaultLayout())
	texts := 0
	for _, a := range r.Actions {
		urls := urlsIn(a.Execution)
		for _, l := range a.Links {
			urls = append(urls, l.URL)
			if l.Text != "" {
				texts++
			}
		}
		for _, u := range urls {
			if !bytes.Contains(out, []byte("/URI ("+u+")")) {
				t.Errorf("%s: %s is not a link", a.ID, u)
			}
		}
	}
	if texts == 0 {
		t.Error("the sample has no link with its own text")
	}
}

// TestLinkText: a link with its own text shows that text, clickable to its
// URL, and not the URL.
func TestLinkText(t *testing.T) {
	r, b := groningen()
	const u = "https://gemeenteraad.groningen.nl/Documenten/Raadsbrief-aanpak-onbegrepen-gedrag.pdf"
	r.Actions[0].Links = []report.Link{{URL: u, Text: "Raadsbrief aanpak onbegrepen gedrag"}}
	r.Plans[0].Link = report.Link{URL: u + "?plan", Text: "Plan van aanpak"}
	out, _ := render(t, r, b, templates.DefaultLayout())
	for _, want := range []string{u, u + "?plan"} {
		if !bytes.Contains(out, []byte("/URI ("+want+")")) {
			t.Errorf("%s is not a link", want)
		}
	}
	pages := pdftext(t, out)
	if pages == nil {
		t.Skip("needs pdftotext")
	}
	// The action's text may wrap in its table column; the plan's is one line.
	all := regexp.MustCompile(`\s+`).ReplaceAllString(strings.Join(pages, " "), " ")
	for _, want := range []string{"Raadsbrief", "onbegrepen gedrag", "Plan van aanpak"} {
		if !strings.Contains(all, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(all, "Raadsbrief-aanpak-onbegrepen") {
		t.Error("the URL is shown instead of the link's text")
	}
}

func urlsIn(s string) []string {
	var out []string
	for _, w := range words(s, nil, nil) {
		if w.link != "" && (len(out) == 0 || out[len(out)-1] != w.link) {
			out = append(out, w.link)
		}
	}
	return out
}

// TestRendered: every row of every section is drawn once.
func TestRendered(t *testing.T) {
	r, b := scaled(2)
	_, res := render(t, r, b, templates.DefaultLayout())
	want := map[string]int{
		report.SheetActions: len(r.Actions), report.SheetAchievements: len(r.Achievements), report.SheetPlans: len(r.Plans),
		report.SheetDevelopments: len(r.Developments), report.SheetKeyFigures: len(r.KeyFigures), report.SheetBudget: len(r.Budget),
	}
	for k, v := range want {
		if res.Items[k] != v {
			t.Errorf("%s: drew %d of %d", k, res.Items[k], v)
		}
	}
}

func TestEmptySections(t *testing.T) {
	r, b := emptyReport()
	out, res := render(t, r, b, templates.DefaultLayout())
	for k, v := range res.Items {
		if v != 0 {
			t.Errorf("%s: %d items drawn from nothing", k, v)
		}
	}
	pages := pdftext(t, out)
	if pages == nil {
		return
	}
	all := strings.Join(pages, "\n")
	for _, s := range []string{"Geen acties opgegeven.", "Geen ontwikkelingen opgegeven.", "Geen plannen opgegeven.",
		"Geen kerncijfers opgegeven.", "Geen begrotingsregels opgegeven.", "Geen resultaten op dit niveau opgegeven."} {
		if !strings.Contains(all, s) {
			t.Errorf("text lacks %q", s)
		}
	}
}

// TestNoPartialOutput: on error nothing reaches the writer.
func TestNoPartialOutput(t *testing.T) {
	r, b := groningen()
	l := templates.DefaultLayout()
	l.LogoPNG = []byte("GIF89a not a png")
	var w strings.Builder
	if _, err := Write(&w, r, b, l); err == nil || w.Len() > 0 {
		t.Errorf("err %v, %d bytes written", err, w.Len())
	}
	if _, err := Write(&w, nil, b, templates.DefaultLayout()); err == nil || w.Len() > 0 {
		t.Errorf("nil report: err %v, %d bytes written", err, w.Len())
	}
	if _, err := Write(failWriter{}, r, b, templates.DefaultLayout()); !errors.Is(err, errFail) {
		t.Errorf("writer error not passed on: %v", err)
	}
}

var errFail = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFail }

// TestLayoutColours: a layout file's colours reach the PDF.
func TestLayoutColours(t *testing.T) {
	l, err := templates.LoadLayout([]byte(`{"colors":{"heading":"#6A1B9A"},"texts":{"budget":"Financiën {verslagjaar}"}}`))
	if err != nil {
		t.Fatal(err)
	}
	r, b := groningen()
	rd := newRenderer(r, b, l)
	rd.layout()
	found := false
	for _, m := range rd.d.marks {
		found = found || m.title == "Financiën 2025"
	}
	if !found {
		t.Error("chapter title from the layout not used")
	}
	if rd.st.h1.color.Red != 0x6A || rd.st.h1.color.Blue != 0x9A {
		t.Errorf("heading colour %+v", rd.st.h1.color)
	}
	start := time.Now()
	if _, err := Write(&bytes.Buffer{}, r, b, l); err != nil {
		t.Fatal(err)
	}
	t.Logf("rendered in %v", time.Since(start))
}

// infoField reads a text entry of the document info as gofpdf writes it:
// a literal string in UTF-16BE with a byte order mark.
func infoField(pdf []byte, key string) string {
	i := bytes.Index(pdf, []byte("/"+key+" (\xfe\xff"))
	if i < 0 {
		return ""
	}
	var raw []byte
	for j := i + len(key) + 5; j < len(pdf) && pdf[j] != ')'; j++ {
		if pdf[j] == '\\' {
			j++
		}
		raw = append(raw, pdf[j])
	}
	var u []uint16
	for k := 0; k+1 < len(raw); k += 2 {
		u = append(u, uint16(raw[k])<<8|uint16(raw[k+1]))
	}
	return string(utf16.Decode(u))
}

// TestHostileText: whatever staff type into a cell renders without panic.
func TestHostileText(t *testing.T) {
	r, b := groningen()
	weird := "emoji \U0001F642, U+10000 \U00010000, nul \x00, bel \x07, tab\there, ongeldig \xff\xfe, " +
		strings.Repeat("x", 400) + " https://" + strings.Repeat("a", 300) + ".nl/" + strings.Repeat("pad/", 40)
	r.Meta.Title = "Titel " + weird[:60]
	r.Actions[0].ID = strings.Repeat("CA-", 30)
	r.Actions[0].Action = weird
	r.Actions[0].Approach = ""
	r.Actions[0].Links = append(report.Links("https://"+strings.Repeat("b", 500), " ", "https://x.nl/(a)"),
		report.Link{URL: "https://x.nl/c", Text: weird})
	r.Actions[0].Explanation = weird
	r.Achievements[0].Text = weird
	r.Plans[0].Text, r.Plans[0].Due = weird, weird[:30]
	r.Developments[0].Topic, r.Developments[0].Text = weird, weird+"\n\n- "+weird+"\n• "+weird
	r.KeyFigures[0].Indicator, r.KeyFigures[0].Unit, r.KeyFigures[0].Source = weird, weird[:40], weird
	r.Budget[0].Description, r.Budget[0].Explanation = weird, weird
	out, _ := render(t, r, b, templates.DefaultLayout())
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(out), conf); err != nil {
		t.Errorf("pdfcpu validation: %v", err)
	}
	rd := laidOut(r, b)
	for i, p := range rd.d.pages {
		if p.endsInHeading || (!p.cover && len(p.rows) == 0) {
			t.Errorf("page %d: heading last or empty", i+1)
		}
	}
}

// TestConcurrentWrites: Write may run in parallel and still give the same bytes.
func TestConcurrentWrites(t *testing.T) {
	r, b := groningen()
	want, _ := render(t, r, b, templates.DefaultLayout())
	got := make([][]byte, 3)
	done := make(chan int)
	for i := range got {
		go func() {
			var buf bytes.Buffer
			if _, err := Write(&buf, r, b, templates.DefaultLayout()); err != nil {
				t.Error(err)
			}
			got[i] = buf.Bytes()
			done <- i
		}()
	}
	for range got {
		<-done
	}
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("concurrent render %d differs", i)
		}
	}
}

// pageContents inflates the content stream of every page, in page order.
func pageContents(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	kids := regexp.MustCompile(`/Kids \[([0-9 R]*)\]`).FindSubmatch(pdf)
	f := strings.Fields(string(kids[1]))
	var out [][]byte
	for i := 0; i < len(f); i += 3 {
		page := regexp.MustCompile(`(?m)^` + f[i] + ` 0 obj\n<</Type /Page\n(?s:.*?)/Contents (\d+) 0 R`).FindSubmatch(pdf)
		if page == nil {
			t.Fatalf("page object %s not found", f[i])
		}
		stream := regexp.MustCompile(`(?m)^` + string(page[1]) + ` 0 obj\n<</Filter /FlateDecode /Length (\d+)>>\nstream\n`).FindSubmatchIndex(pdf)
		if stream == nil {
			t.Fatalf("content %s not found", page[1])
		}
		zr, err := zlib.NewReader(bytes.NewReader(pdf[stream[1]:]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// utf16be is how gofpdf writes text of a UTF-8 font into a content stream.
func utf16be(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

// TestEveryChapter: the PDF has a layout for every chapter of
// report.Chapters and lays them out in report.ChapterOrder, free chapters
// (the sample's Beschouwingen) and the Terugblik (2026) included.
func TestEveryChapter(t *testing.T) {
	for name, mk := range map[string]func() (*report.Report, report.Build){"groningen": groningen, "groningen-2026": groningen2026} {
		t.Run(name, func(t *testing.T) {
			rd := laidOut(mk())
			for _, c := range report.Chapters {
				if rd.chapters()[c] == nil {
					t.Errorf("chapter %q has no layout", c)
				}
			}
			var got []string
			for _, m := range rd.d.marks {
				if m.level == 0 {
					got = append(got, m.title)
				}
			}
			want := []string{rd.text(rd.lay.Texts.Contents)}
			for _, c := range rd.r.ChapterOrder() {
				if c.Reflection != nil {
					want = append(want, c.Reflection.Title)
					continue
				}
				want = append(want, rd.title(c.Chapter))
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("chapters %q, want %q", got, want)
			}
		})
	}
}

// TestCoverNamesAccessibleEdition: the PDF is untagged, so its cover says
// where its accessible version is (WCAG's conforming alternate version).
func TestCoverNamesAccessibleEdition(t *testing.T) {
	r, b := groningen()
	out, _ := render(t, r, b, templates.DefaultLayout())
	if bytes.Contains(pageContents(t, out)[0], utf16be("Toegankelijke versie")) {
		t.Error("the cover names an accessible edition that was not built")
	}
	b.Editions = report.Editions{PDF: "v.pdf", Web: "v.html", TaggedPDF: "v-toegankelijk.pdf"}
	out, _ = render(t, r, b, templates.DefaultLayout())
	cover := pageContents(t, out)[0]
	for _, want := range []string{"Toegankelijke versie", "v.html en v-toegankelijk.pdf"} {
		if !bytes.Contains(cover, utf16be(want)) {
			t.Errorf("the cover lacks %q", want)
		}
	}
}
