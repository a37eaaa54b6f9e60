package html

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"jaarverslag/report"
	"jaarverslag/templates"
)

// section is the chapter whose h2 says title, or nil.
func section(doc *xhtml.Node, title string) *xhtml.Node {
	for _, s := range all(doc, tag("section")) {
		if text(children(s)[0]) == title {
			return s
		}
	}
	return nil
}

// chapterTitles are the page's chapters in order, and the contents' top entries.
func chapterTitles(doc *xhtml.Node) (page, nav []string) {
	for _, s := range all(doc, tag("section")) {
		page = append(page, text(children(s)[0]))
	}
	for _, li := range all(all(doc, tag("nav"))[0], tag("li")) {
		if ancestor(li, tag("li")) == nil {
			nav = append(nav, text(children(li)[0]))
		}
	}
	return page, nav
}

// TestFreeChapter: a Beschouwing is a chapter of its own right after the
// chapter it names, in the contents; its paragraphs are <p>, its bullets
// one <ul>, and the line breaks typed within a paragraph or a bullet stay,
// as the PDF keeps them; an address in it is a link.
func TestFreeChapter(t *testing.T) {
	r, b := groningen()
	r.Reflections = []report.Reflection{{Title: "Vrije  tekst", After: report.ChapterBudget,
		Text: "Eerste regel\ntweede regel\n\n• punt een\nloopt door\n- punt twee\n* punt drie\n\nZie https://x.nl/a & <b>.\r\n\r\n-"}}
	doc := parse(t, must(render(t, r, b, templates.DefaultLayout())))
	l := templates.DefaultLayout()
	page, nav := chapterTitles(doc)
	at := slices.Index(page, "Vrije tekst")
	if at < 1 || page[at-1] != l.Texts.Budget || page[at+1] != l.Texts.Expand(l.Texts.Plans, r.Meta.Year) || !slices.Equal(page, nav) {
		t.Fatalf("chapters %q, contents %q", page, nav)
	}
	var got bytes.Buffer
	for _, n := range children(section(doc, "Vrije tekst"))[1:] {
		if err := xhtml.Render(&got, n); err != nil {
			t.Fatal(err)
		}
	}
	want := `<div class="free" data-blad="Beschouwingen">
<p>Eerste regel<br/>tweede regel</p>
<ul>
<li>punt een<br/>loopt door</li>
<li>punt twee</li>
<li>punt drie</li>
</ul>
<p>Zie <a href="https://x.nl/a">https://x.nl/a</a> &amp; &lt;b&gt;.</p>
<p>-</p>
</div>`
	if got.String() != want {
		t.Errorf("the chapter is\n%s\nwant\n%s", got.String(), want)
	}

	r.Reflections[0].Text = " \n "
	doc = parse(t, must(render(t, r, b, templates.DefaultLayout())))
	if s := text(section(doc, "Vrije tekst")); s != "Vrije tekst Geen tekst opgegeven." {
		t.Errorf("a chapter without text says %q", s)
	}
}

// TestReviewChapter: the Terugblik is the chapter right before Plannen,
// per domain an h3 and a table (plan as row header, uitkomst, toelichting
// with the plan it goes on in); the Samenvatting says the counts, the
// Verantwoording names last year's annex.
func TestReviewChapter(t *testing.T) {
	r, b := groningen2026()
	r.Reviews = append(r.Reviews, report.PlanReview{PlanID: "P-99", Outcome: report.OutcomeMoved, Explanation: "Later.", MovedTo: "P-77"},
		report.PlanReview{PlanID: "P-98", Outcome: report.OutcomeDone})
	doc := parse(t, must(render(t, r, b, templates.DefaultLayout())))
	l := templates.DefaultLayout()
	title := l.Texts.Expand(l.Texts.Review, r.Meta.Year)
	page, nav := chapterTitles(doc)
	at := slices.Index(page, title)
	if title != "Terugblik op de plannen voor 2026" || at < 0 || page[at+1] != "Plannen 2027" || !slices.Equal(page, nav) {
		t.Fatalf("chapters %q, contents %q", page, nav)
	}
	sec := section(doc, title)
	var groups []string
	for _, g := range r.ReviewsByDomain() {
		groups = append(groups, g.Title())
	}
	var h3s []string
	for _, h := range all(sec, tag("h3")) {
		h3s = append(h3s, text(h))
	}
	if !slices.Equal(h3s, groups) || groups[len(groups)-1] != "Domein niet opgegeven" {
		t.Errorf("domains %q, want %q", h3s, groups)
	}
	rows := map[string][]string{}
	for _, tr := range all(sec, tag("tr")) {
		if attrOf(tr, "data-blad") != report.SheetReview {
			continue
		}
		var cells []string
		for _, c := range children(tr) {
			cells = append(cells, c.Data+" "+text(c))
		}
		rows[cells[0]] = cells[1:]
	}
	for plan, want := range map[string][]string{
		"th Nog sterkere samenwerking tussen Jeugd, Welzijn en Onderwijs.": {"td Deels gerealiseerd",
			"td Met twaalf basisscholen zijn afspraken gemaakt over welzijn en jeugdhulp in de school; met het voortgezet onderwijs loopt het gesprek nog."},
		"th (plan P-99; de tekst is niet opgegeven)": {"td Doorgeschoven", "td Later. Gaat verder als plan P-77."},
		"th (plan P-98; de tekst is niet opgegeven)": {"td Gerealiseerd", "td –"},
	} {
		if got := rows[plan]; !slices.Equal(got, want) {
			t.Errorf("row %q: %q, want %q", plan, got, want)
		}
	}
	moved := 0
	for _, cells := range rows {
		if strings.Contains(cells[1], "Gaat verder in 2027: “") {
			moved++
		}
	}
	if len(rows) != len(r.Reviews) || moved != 2 {
		t.Errorf("%d rows for %d plans, %d of them going on in a plan for 2027", len(rows), len(r.Reviews), moved)
	}

	sentence := r.ReviewSentence()
	if !strings.HasPrefix(sentence, "Van de 18 plannen voor 2026 zijn er ") {
		t.Fatalf("sentence %q", sentence)
	}
	for _, ch := range []string{"Samenvatting", title} {
		if !strings.Contains(text(section(doc, ch)), sentence) {
			t.Errorf("%s lacks %q", ch, sentence)
		}
	}
	if s := text(section(doc, "Verantwoording")); !strings.Contains(s,
		"De terugblik is getoetst aan de bijlage bij het verslag over 2025, jaarverslag-2025-bijlage.xlsx (SHA-256 5e1f0c)") {
		t.Errorf("the Verantwoording does not name last year's annex: %q", s)
	}
}
