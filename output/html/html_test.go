package html

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"jaarverslag/report"
	"jaarverslag/templates"
)

// TestContentsListEveryHeading: the contents link to every chapter and to
// every heading below it, in page order, with the heading's own words.
func TestContentsListEveryHeading(t *testing.T) {
	r, b := scaled(2)
	doc := parse(t, must(render(t, r, b, templates.DefaultLayout())))
	var want, got []string
	for _, h := range all(all(doc, tag("main"))[0], tag("h2", "h3")) {
		want = append(want, h.Data+" #"+attrOf(h, "id")+" "+headingTitle(h))
	}
	for _, a := range all(all(doc, tag("nav"))[0], tag("a")) {
		level := "h2"
		if ancestor(a, tag("ol")) != ancestor(ancestor(a, tag("li")), tag("ol")) || ancestor(ancestor(ancestor(a, tag("li")), tag("ol")), tag("li")) != nil {
			level = "h3"
		}
		got = append(got, level+" "+attrOf(a, "href")+" "+text(a))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("contents:\n%s\nheadings:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// headingTitle is a heading's text without its grey count.
func headingTitle(h *xhtml.Node) string {
	s := text(h)
	if i := strings.Index(s, " · "); i >= 0 {
		return s[:i]
	}
	return s
}

func must(page []byte, _ Rendered) []byte { return page }

func TestReproducible(t *testing.T) {
	r, b := groningen()
	l := templates.DefaultLayout()
	l.LogoPNG = []byte("\x89PNG\r\n\x1a\n")
	one, _ := render(t, r, b, l)
	two, _ := render(t, r, b, l)
	if !bytes.Equal(one, two) {
		t.Fatal("two renders of the same input differ")
	}
	for _, want := range []string{"Versie " + b.Version + " · gebouwd op 15 januari 2026 09:00", `src="data:image/png;base64,iVBORw0KGgo="`,
		"de toegankelijke versie van het verslag verslag.pdf"} {
		if !bytes.Contains(one, []byte(want)) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestHostileText: whatever staff type arrives as text, never as markup.
func TestHostileText(t *testing.T) {
	r, b := groningen()
	r.Actions[0].Action = `<script>alert("x")</script> <b>vet</b> & "quotes"` + "\x00\x07\xff 👍🏽 ✓"
	r.Actions[0].Links = []report.Link{{URL: "javascript:alert(1)"}}
	r.Plans[0].Text = `Zie https://x.nl/?a=1&b=2.`
	page, _ := render(t, r, b, templates.DefaultLayout())
	for _, bad := range []string{"<script>", "<b>vet", "\x00", "\x07", "\xff", `href="javascript:`} {
		if bytes.Contains(page, []byte(bad)) {
			t.Errorf("page holds %q", bad)
		}
	}
	doc := parse(t, page)
	var row *xhtml.Node
	for _, tr := range all(doc, tag("tr")) {
		if attrOf(tr, "data-blad") == report.SheetActions && strings.Contains(text(tr), r.Actions[0].ID) {
			row = tr
		}
	}
	if row == nil || !strings.Contains(text(row), `<script>alert("x")</script> <b>vet</b> & "quotes"� 👍🏽 ✓`) {
		t.Errorf("the action's text is not shown as typed: %q", text(row))
	}
	if !strings.Contains(text(row), "javascript:alert(1)") {
		t.Error("a link that is no web address is dropped instead of shown as text")
	}
	found := false
	for _, a := range all(doc, tag("a")) {
		found = found || attrOf(a, "href") == `https://x.nl/?a=1&b=2` && text(a) == `https://x.nl/?a=1&b=2`
	}
	if !found {
		t.Error("the address in the plan is not a link to itself")
	}
}

// TestNoPartialOutput: on error nothing reaches the writer.
func TestNoPartialOutput(t *testing.T) {
	r, b := groningen()
	var w strings.Builder
	if _, err := Write(&w, nil, b, templates.DefaultLayout()); err == nil || w.Len() > 0 {
		t.Errorf("nil report: err %v, %d bytes written", err, w.Len())
	}
	l := templates.DefaultLayout()
	l.Colors.Heading = templates.Color{R: 0xEE, G: 0xEE, B: 0xEE}
	if _, err := Write(&w, r, b, l); err == nil || w.Len() > 0 {
		t.Errorf("illegible layout: err %v, %d bytes written", err, w.Len())
	}
	if _, err := Write(failWriter{}, r, b, templates.DefaultLayout()); !errors.Is(err, errFail) {
		t.Errorf("writer error not passed on: %v", err)
	}
}

var errFail = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFail }

// TestHeaderTextContrast: a header fill that leaves the heading colour too
// little contrast gets dark text instead.
func TestHeaderTextContrast(t *testing.T) {
	l := templates.DefaultLayout()
	if got := colorsOf(l.Colors).HeaderText; got != "#1F3A5F" {
		t.Errorf("default header text %s", got)
	}
	l.Colors.HeaderFill = templates.Color{R: 0x40, G: 0x50, B: 0x70}
	if got := colorsOf(l.Colors).HeaderText; got != "#1A1A1A" {
		t.Errorf("header text on a dark fill %s", got)
	}
}

// TestLinkTexts: a link staff gave a text (an Excel hyperlink) shows that
// text and leads to its address, as in the PDF; one without shows the
// address; a result's or plan's link its text already holds is not repeated.
func TestLinkTexts(t *testing.T) {
	r, b := groningen()
	r.Actions[0].Execution = "Uitgevoerd."
	r.Actions[0].Links = []report.Link{{URL: "https://x.nl/brief.pdf", Text: "Raadsbrief\n aanpak"}, {URL: "https://x.nl/kaal"}}
	r.Achievements[0].Link = report.Link{URL: "https://x.nl/resultaat", Text: "Verslag van de wijk"}
	r.Plans[0].Text = "Zie https://x.nl/plan."
	r.Plans[0].Link = report.Link{URL: "https://x.nl/plan", Text: "Het plan"}
	doc := parse(t, must(render(t, r, b, templates.DefaultLayout())))
	links := map[string][]string{}
	for _, a := range all(doc, tag("a")) {
		links[attrOf(a, "href")] = append(links[attrOf(a, "href")], text(a))
	}
	for href, want := range map[string][]string{
		"https://x.nl/brief.pdf": {"Raadsbrief aanpak"},
		"https://x.nl/kaal":      {"https://x.nl/kaal"},
		"https://x.nl/resultaat": {"Verslag van de wijk"},
		"https://x.nl/plan":      {"https://x.nl/plan"}, // in the text only
	} {
		if got := links[href]; !slices.Equal(got, want) {
			t.Errorf("links to %s: %q, want %q", href, got, want)
		}
	}
}
