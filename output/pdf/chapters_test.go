package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/templates"
)

// placed is the sample with a Beschouwing after every chapter, two after
// the same one in Volgorde, and one without Na hoofdstuk.
func placed() (*report.Report, report.Build) {
	r, b := groningen()
	n := func(i int) *int { return &i }
	r.Reflections = nil
	for _, c := range report.Placeable {
		r.Reflections = append(r.Reflections, report.Reflection{Title: "Na " + string(c), After: c, Text: "Tekst na " + string(c) + "."})
	}
	r.Reflections = append(r.Reflections,
		report.Reflection{Title: "Zonder plaats", Text: "Direct na de Samenvatting."},
		report.Reflection{Title: "Tweede na Plannen", After: report.ChapterPlans, Order: n(2), Text: "Twee."},
		report.Reflection{Title: "Eerste na Plannen", After: report.ChapterPlans, Order: n(1), Text: "Een."},
	)
	return r, b
}

// TestReflectionPlacement: every Beschouwing is a chapter of its own in
// the contents and the outline, right after the chapter it names.
func TestReflectionPlacement(t *testing.T) {
	r, b := placed()
	rd := laidOut(r, b)
	var got []string
	for _, m := range rd.d.marks {
		if m.level == 0 {
			got = append(got, m.title)
		}
	}
	want := []string{"Inhoud", "Samenvatting", "Na Samenvatting", "Zonder plaats", "Relevante ontwikkelingen", "Na Relevante ontwikkelingen",
		"Coalitieakkoord", "Na Coalitieakkoord", "Resultaten 2025", "Na Resultaten", "Kerncijfers", "Na Kerncijfers",
		"Wat heeft het gekost?", "Na Wat heeft het gekost", "Plannen 2026", "Eerste na Plannen", "Tweede na Plannen", "Na Plannen", "Verantwoording"} // numbered first
	if !slices.Equal(got, want) {
		t.Errorf("chapters\n%q\nwant\n%q", got, want)
	}
	// The outline is the contents, page for page.
	out, res := render(t, r, b, templates.DefaultLayout())
	if res.Items[report.SheetReflections] != len(r.Reflections) {
		t.Errorf("drew %d Beschouwingen of %d", res.Items[report.SheetReflections], len(r.Reflections))
	}
	bms, err := api.Bookmarks(bytes.NewReader(out), nil)
	if err != nil {
		t.Fatal(err)
	}
	var top []string
	for _, bm := range bms {
		top = append(top, fmt.Sprintf("%s p%d", bm.Title, bm.PageFrom))
	}
	var marks []string
	for _, m := range rd.d.marks {
		if m.level == 0 {
			marks = append(marks, fmt.Sprintf("%s p%d", m.title, m.page+1))
		}
	}
	if !slices.Equal(top, marks) {
		t.Errorf("bookmarks\n%q\nwant\n%q", top, marks)
	}
	pages := pdftext(t, out)
	if pages == nil {
		return
	}
	toc := regexp.MustCompile(`\s+`).ReplaceAllString(pages[1]+" "+pages[2], " ")
	for _, m := range rd.d.marks {
		if strings.HasPrefix(m.title, "Na ") || strings.Contains(m.title, "Plannen") && m.level == 0 {
			re := regexp.MustCompile(regexp.QuoteMeta(m.title) + `[ .]*` + strconv.Itoa(m.page+1) + `\b`)
			if !re.MatchString(toc) {
				t.Errorf("contents lack %q with page %d", m.title, m.page+1)
			}
		}
	}
}

// TestReflectionText: paragraphs, bullets and the line breaks typed within
// a paragraph come out as the staff member wrote them.
func TestReflectionText(t *testing.T) {
	rd := laidOut(groningen())
	texts := allTexts(rd)
	for _, want := range []string{
		"1. Voorkomen instroom hulp en zorg.", // a line of its own, not run on
		"2. Voorkomen zwaardere problematiek.",
		"Waardegedreven:",
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("no line %q", want)
		}
	}
	// Each of the six values is a bullet: the mark, then the value.
	for _, v := range []string{"Medemenselijkheid", "Warme gemeenschap", "Solidariteit", "Rechtvaardigheid", "Eerlijke verdeling schaarste", "Mensen in kwetsbare omstandigheden"} {
		i := slices.Index(texts, v)
		if i < 1 || texts[i-1] != "•" {
			t.Errorf("%q is not a bullet (%q before it)", v, texts[max(i-1, 0)])
		}
	}
	// No marker of the input is left in the text.
	for _, s := range texts {
		if strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") {
			t.Errorf("a marker left in %q", s)
		}
	}
}

// chapterTexts joins the texts drawn on the pages from the chapter titled
// first up to the next chapter.
func chapterTexts(rd *renderer, first string) string {
	from, to := -1, len(rd.d.pages)
	for _, m := range rd.d.marks {
		switch {
		case m.level == 0 && m.title == first:
			from = m.page
		case m.level == 0 && from >= 0 && m.page > from && to == len(rd.d.pages):
			to = m.page
		}
	}
	var out []string
	for _, p := range rd.d.pages[max(from, 0):to] {
		for _, r := range p.rows {
			for _, c := range rowTexts(r) {
				out = append(out, c...)
			}
		}
	}
	return strings.Join(out, " ")
}

// TestReviewChapter: the Terugblik stands right before Plannen, a section
// per domain, every plan of last year once, with its outcome; postponed
// plans say where they go on.
func TestReviewChapter(t *testing.T) {
	r, b := groningen2026()
	rd := laidOut(r, b)
	title := "Terugblik op de plannen voor 2026"
	var top []string
	var sections []string
	in := false
	for _, m := range rd.d.marks {
		if m.level == 0 {
			top = append(top, m.title)
			in = m.title == title
		} else if in {
			sections = append(sections, m.title)
		}
	}
	i := slices.Index(top, title)
	if i < 0 || top[i+1] != "Plannen 2027" || top[i-1] != "Wat heeft het gekost?" {
		t.Fatalf("chapters %q", top)
	}
	var want []string
	for _, g := range r.ReviewsByDomain() {
		want = append(want, g.Domain)
	}
	if !slices.Equal(sections, want) {
		t.Errorf("sections %q, want %q", sections, want)
	}
	if rd.items[report.SheetReview] != len(r.Reviews) {
		t.Errorf("drew %d rows of %d", rd.items[report.SheetReview], len(r.Reviews))
	}
	text := chapterTexts(rd, title)
	for _, p := range sample.Groningen().Plans {
		if n := strings.Count(text, p.Text); n != 1 {
			t.Errorf("plan %s is %d times in the chapter", p.ID, n)
		}
	}
	for _, o := range report.Outcomes {
		if !strings.Contains(text, string(o)) {
			t.Errorf("no plan %s", o)
		}
	}
	if !strings.Contains(text, "Gaat verder in 2027: “De eerste stap in anders werken met de hoogspecialistische jeugdzorg zetten, na de regionale besluitvorming.”") {
		t.Error("the postponed plan does not say where it goes on")
	}
	sentence := "Van de 16 plannen voor 2026 zijn er 9 gerealiseerd, 3 deels, 2 doorgeschoven, 1 niet gerealiseerd en 1 vervallen."
	if !strings.Contains(text, sentence) || !strings.Contains(chapterTexts(rd, "Samenvatting"), sentence) {
		t.Errorf("the sentence %q is not in the chapter and the Samenvatting", sentence)
	}
}

// TestReviewWithoutAnnex: without last year's annex the rows are shown as
// typed; a row without Plan or Domein is shown, not dropped.
func TestReviewWithoutAnnex(t *testing.T) {
	r, b := groningen()
	r.Reviews = []report.PlanReview{
		{PlanID: "P-01", Outcome: report.OutcomeDone, Domain: sample.Youth, Plan: "Een plan zoals getypt."},
		{PlanID: "P-02", Outcome: report.OutcomeDropped, Explanation: "Niet meer nodig."},
	}
	rd := laidOut(r, b)
	text := chapterTexts(rd, "Terugblik op de plannen voor 2025")
	for _, want := range []string{"Een plan zoals getypt.", "Domein niet opgegeven", "(plan P-02; de tekst is niet opgegeven)", "Niet meer nodig.",
		"Van de 2 plannen voor 2025 zijn er 1 gerealiseerd en 1 vervallen."} {
		if !strings.Contains(text, want) {
			t.Errorf("chapter lacks %q", want)
		}
	}
	if rd.items[report.SheetReview] != 2 {
		t.Errorf("drew %d rows of 2", rd.items[report.SheetReview])
	}
}

// TestNoReviewNoChapter: without a Terugblik there is no chapter and no
// sentence.
func TestNoReviewNoChapter(t *testing.T) {
	rd := laidOut(groningen())
	for _, m := range rd.d.marks {
		if strings.HasPrefix(m.title, "Terugblik") {
			t.Errorf("a chapter %q without a Terugblik", m.title)
		}
	}
	if strings.Contains(chapterTexts(rd, "Samenvatting"), "plannen voor 2025 zijn") {
		t.Error("a Terugblik sentence without a Terugblik")
	}
}
