package html

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"jaarverslag/report"
	"jaarverslag/templates"
)

// TestEveryRowOnceInItsSection reads the page back and finds every
// coalition action, result, plan, development, key figure, budget line,
// Beschouwing and Terugblik row of the input exactly once, in the chapter
// it belongs to, under its domain (or level), with its texts and numbers,
// in the order of the PDF; and the Aansluiting table's counts are those
// rows, the optional sheets listed only where there are any.
func TestEveryRowOnceInItsSection(t *testing.T) {
	for name, mk := range map[string]func() (*report.Report, report.Build){
		"groningen":      groningen,
		"groningen-2026": groningen2026,
		"scaled-10":      func() (*report.Report, report.Build) { return scaled(10) },
	} {
		t.Run(name, func(t *testing.T) {
			r, b := mk()
			page, res := render(t, r, b, templates.DefaultLayout())
			doc := parse(t, page)
			l := templates.DefaultLayout()
			chapterOf := map[string]string{
				report.SheetActions: l.Texts.Expand(l.Texts.Actions, r.Meta.Year), report.SheetAchievements: l.Texts.Expand(l.Texts.Achievements, r.Meta.Year),
				report.SheetPlans: l.Texts.Expand(l.Texts.Plans, r.Meta.Year), report.SheetDevelopments: l.Texts.Expand(l.Texts.Developments, r.Meta.Year),
				report.SheetKeyFigures: l.Texts.Expand(l.Texts.KeyFigures, r.Meta.Year), report.SheetBudget: l.Texts.Expand(l.Texts.Budget, r.Meta.Year),
				report.SheetReview: l.Texts.Expand(l.Texts.Review, r.Meta.Year),
			}
			shown := shownRows(doc)
			for _, sheet := range report.ItemSheets {
				var got []string
				for _, it := range shown[sheet] {
					// A Beschouwing is a chapter of its own: its sig starts
					// with that chapter's title, which inputRows holds to
					// the Titel.
					if sheet != report.SheetReflections && it.chapter != chapterOf[sheet] {
						t.Errorf("%s row %q is in chapter %q", sheet, it.sig, it.chapter)
					}
					got = append(got, it.sig)
				}
				// Every input row once: the same rows, counted with repeats.
				want := inputRows(r, sheet, false)
				if a, b := slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want)); !slices.Equal(a, b) {
					t.Errorf("%s: the page holds %d rows, the input %d; first difference:\n%s", sheet, len(got), len(want), firstDiff(b, a))
					continue
				}
				// In the PDF's order.
				if ordered := inputRows(r, sheet, true); !slices.Equal(got, ordered) {
					t.Errorf("%s: rows not in the PDF's order:\n%s", sheet, firstDiff(ordered, got))
				}
				if res.Items[sheet] != len(want) {
					t.Errorf("%s: Write counted %d rows, the input has %d", sheet, res.Items[sheet], len(want))
				}
			}
			// Each action's ID once in the Coalitieakkoord chapter.
			for _, a := range r.Actions {
				n := 0
				for _, it := range shown[report.SheetActions] {
					if it.id == a.ID {
						n++
					}
				}
				if n != 1 {
					t.Errorf("action %s is on the page %d times", a.ID, n)
				}
			}
			// The Aansluiting table: rows read and rows shown, of every
			// sheet with rows and of the fixed sheets without.
			var listed []string
			for _, tr := range all(tableCaptioned(doc, "Aansluiting"), tag("tr"))[1:] {
				listed = append(listed, text(children(tr)[0]))
			}
			for _, s := range report.ItemSheets {
				if want := r.Count(s) > 0 || !slices.Contains(report.OptionalSheets, s); slices.Contains(listed, s) != want {
					t.Errorf("Aansluiting lists %s: %v, want %v", s, !want, want)
				}
			}
			for _, tr := range all(tableCaptioned(doc, "Aansluiting"), tag("tr"))[1:] {
				cells := children(tr)
				sheet := text(cells[0])
				want := []string{report.FormatInt(r.RowsRead(sheet)), report.FormatInt(len(shown[sheet]))}
				if got := []string{text(cells[1]), text(cells[2])}; !slices.Equal(got, want) {
					t.Errorf("Aansluiting %s: %v, want %v", sheet, got, want)
				}
			}
		})
	}
}

// shownItem is a row of the input as the page shows it.
type shownItem struct {
	chapter string // the h2 above it
	id      string // a coalition action's ID
	sig     string // group | what it says
}

// shownRows reads every row marked with its sheet back from the page: the
// heading of its domain or level, and its text as a reader sees it.
func shownRows(doc *xhtml.Node) map[string][]shownItem {
	out := map[string][]shownItem{}
	for _, n := range all(doc, func(n *xhtml.Node) bool { _, ok := attr(n, "data-blad"); return ok }) {
		sheet := attrOf(n, "data-blad")
		section := ancestor(n, tag("section"))
		it := shownItem{chapter: text(children(section)[0])}
		group := headingTitle(groupHeading(n))
		var parts []string
		switch n.Data {
		case "tr":
			for i, c := range children(n) {
				s := text(c)
				if i == 0 && sheet == report.SheetActions {
					it.id = text(all(c, func(n *xhtml.Node) bool { return attrOf(n, "class") == "id" })[0])
					s = strings.TrimSpace(strings.TrimPrefix(s, it.id))
				}
				parts = append(parts, s)
			}
		case "article":
			parts = []string{text(all(n, tag("h4"))[0]), strings.TrimPrefix(text(n), text(all(n, tag("h4"))[0])+" ")}
		default:
			parts = []string{text(n)}
		}
		if sheet == report.SheetReflections {
			group = it.chapter // a chapter of its own
		}
		it.sig = group + " | " + strings.Join(parts, " | ")
		out[sheet] = append(out[sheet], it)
	}
	return out
}

// groupHeading is the h3 a row stands under.
func groupHeading(n *xhtml.Node) *xhtml.Node {
	for n.Parent != nil && n.Parent.Data != "section" {
		n = n.Parent
	}
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type != xhtml.ElementNode {
			continue
		}
		if p.Data == "h3" {
			return p
		}
		if hs := all(p, tag("h3")); p.Data == "div" && len(hs) == 1 { // a level with its small pyramid
			return hs[0]
		}
	}
	return n
}

func tableCaptioned(doc *xhtml.Node, prefix string) *xhtml.Node {
	for _, c := range all(doc, tag("caption")) {
		if strings.HasPrefix(text(c), prefix) {
			return c.Parent
		}
	}
	return doc
}

// inputRows is what the page must show of each row of a sheet, from the
// input itself: in input order, or (ordered) in the report order that the
// PDF and the annex use (report's …Order: domain, then ID).
func inputRows(r *report.Report, sheet string, ordered bool) []string {
	var out []string
	add := func(group string, parts ...string) { out = append(out, group+" | "+strings.Join(parts, " | ")) }
	note := func(parts ...string) string {
		var keep []string
		for _, p := range parts {
			if p != "" {
				keep = append(keep, p)
			}
		}
		if len(keep) == 0 {
			return ""
		}
		return " (" + strings.Join(keep, " · ") + ")"
	}
	ref := func(id string) string {
		if id == "" {
			return ""
		}
		return "actie " + id
	}
	opt := func(s string) string {
		if s == "" {
			return ""
		}
		return " " + s
	}
	num := func(v *float64, unit string) string {
		if v == nil {
			return "–"
		}
		return report.Figure(*v, unit)
	}
	val := func(v *float64) float64 {
		if v == nil {
			return 0
		}
		return *v
	}
	switch sheet {
	case report.SheetActions:
		for _, a := range reportOrder(r.Actions, r.ActionOrder, ordered) {
			exec := words(a.Execution)
			for _, l := range a.ExtraLinks() {
				exec += " " + words(l.Shown())
			}
			if a.Explanation != "" {
				exec += " Toelichting: " + words(a.Explanation)
			}
			add(a.Domain, words(a.Action), words(a.Approach), exec, string(a.Status))
		}
	case report.SheetAchievements:
		for _, a := range reportOrder(r.Achievements, r.AchievementOrder, ordered) {
			add(string(a.Level), words(a.Text)+note(a.Domain, ref(a.ActionID))+opt(words(a.ShownLink().Shown())))
		}
	case report.SheetPlans:
		for _, p := range reportOrder(r.Plans, r.PlanOrder, ordered) {
			add(p.Domain, words(p.Text)+note(report.DueText(p.Due), ref(p.ActionID))+opt(words(p.ShownLink().Shown())))
		}
	case report.SheetDevelopments:
		for _, d := range reportOrder(r.Developments, r.DevelopmentOrder, ordered) {
			add(d.Domain, words(d.Topic), words(d.Text))
		}
	case report.SheetKeyFigures:
		for _, k := range reportOrder(r.KeyFigures, r.KeyFigureOrder, ordered) {
			src := words(k.Source)
			if k.Date != nil {
				src += " peildatum " + report.ShortDate(*k.Date)
			}
			add(k.Domain, words(k.Indicator)+opt(words(k.Explanation)), k.Unit, num(k.Previous, k.Unit), num(k.Value, k.Unit), num(k.Target, k.Unit), src)
		}
	case report.SheetBudget:
		for _, l := range reportOrder(r.Budget, r.BudgetOrder, ordered) {
			dev := val(l.Actual) - val(l.Budget)
			add(l.Domain, words(l.Description)+opt(words(l.Explanation)), string(l.Kind), report.Money(val(l.Budget)), report.Money(val(l.Actual)),
				report.DeviationText(l.Kind, dev), report.DeviationShare(dev, val(l.Budget)))
		}
	case report.SheetReflections:
		for _, f := range reportOrder(r.Reflections, r.ReflectionOrder, ordered) {
			var ls []string
			for _, b := range report.Blocks(f.Text) {
				ls = append(ls, b.Lines...)
			}
			add(words(f.Title), words(strings.Join(ls, " ")))
		}
	case report.SheetReview:
		for _, v := range reportOrder(r.Reviews, r.ReviewOrder, ordered) {
			plan := words(v.Plan)
			if plan == "" {
				plan = "(plan " + v.PlanID + "; de tekst is niet opgegeven)"
			}
			note := words(v.Explanation)
			if v.MovedTo != "" {
				note = strings.TrimSpace(note + " Gaat verder in " + fmt.Sprint(r.Meta.PlanYear()) + ": “" + words(planText(r, v.MovedTo)) + "”")
			}
			if note == "" {
				note = "–"
			}
			domain := v.Domain
			if domain == "" {
				domain = "Domein niet opgegeven"
			}
			add(domain, plan, string(v.Outcome), note)
		}
	}
	return out
}

// planText is the text of this year's plan id.
func planText(r *report.Report, id string) string {
	for _, p := range r.Plans {
		if p.ID == id {
			return p.Text
		}
	}
	return "?"
}

// reportOrder is rows in input order, or (ordered) in the order that order gives.
func reportOrder[T any](rows []T, order func() []int, ordered bool) []T {
	if !ordered {
		return rows
	}
	out := make([]T, 0, len(rows))
	for _, i := range order() {
		out = append(out, rows[i])
	}
	return out
}

// words is cell text as a reader sees it: list marks gone, white space one space.
func words(s string) string {
	var ps []string
	for _, p := range report.Paragraphs(s) {
		p, _ = report.Bullet(p)
		ps = append(ps, p)
	}
	return strings.Join(strings.Fields(strings.Join(ps, " ")), " ")
}

func firstDiff(want, got []string) string {
	for i := 0; i < max(len(want), len(got)); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			return fmt.Sprintf("row %d\n  want %s\n  got  %s", i+1, w, g)
		}
	}
	return ""
}
