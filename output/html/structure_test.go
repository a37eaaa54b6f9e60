package html

import (
	"flag"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"jaarverslag/output/internal/golden"
	"jaarverslag/report"
	"jaarverslag/templates"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// problems checks the page the way a screen reader and a careful reviewer
// would, for what axe-core does not look at (it never asks for a caption,
// and misses a header cell removed from a table without headers
// attributes). Each problem is one line.
func problems(doc *xhtml.Node) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }

	htmlEl := all(doc, tag("html"))[0]
	if lang, _ := attr(htmlEl, "lang"); lang != "nl" {
		bad("html lang=%q, want nl", lang)
	}
	if ts := all(all(doc, tag("head"))[0], tag("title")); len(ts) != 1 || text(ts[0]) == "" {
		bad("no title")
	}
	if h1 := all(doc, tag("h1")); len(h1) != 1 {
		bad("%d h1 elements, want 1", len(h1))
	}

	// Headings go down one level at a time.
	level := 0
	for _, h := range all(doc, tag("h1", "h2", "h3", "h4", "h5", "h6")) {
		l := int(h.Data[1] - '0')
		if l > level+1 {
			bad("%s %q follows h%d", h.Data, text(h), level)
		}
		if text(h) == "" {
			bad("empty %s", h.Data)
		}
		level = l
	}

	// Every chapter is a section named by its h2.
	for _, s := range all(doc, tag("section")) {
		id, _ := attr(s, "aria-labelledby")
		kids := children(s)
		if len(kids) == 0 || kids[0].Data != "h2" {
			bad("section %q does not start with an h2", id)
			continue
		}
		if h2id, _ := attr(kids[0], "id"); h2id != id {
			bad("section labelled by %q, its h2 is %q", id, h2id)
		}
	}

	// Ids are unique and every link inside the page lands somewhere.
	ids := map[string]bool{}
	for _, n := range all(doc, func(n *xhtml.Node) bool { _, ok := attr(n, "id"); return ok }) {
		id, _ := attr(n, "id")
		if ids[id] {
			bad("id %q twice", id)
		}
		ids[id] = true
	}
	links := all(doc, tag("a"))
	for _, a := range links {
		href, _ := attr(a, "href")
		switch {
		case text(a) == "":
			bad("link to %q without text", href)
		case strings.HasPrefix(href, "#"):
			if !ids[href[1:]] {
				bad("link %q to %s, which is not on the page", text(a), href)
			}
		case !strings.HasPrefix(href, "https://") && !strings.HasPrefix(href, "http://"):
			bad("link %q to %q", text(a), href)
		}
	}
	if len(links) == 0 || !strings.HasPrefix(attrOf(links[0], "href"), "#") || len(all(doc, tag("main"))) != 1 ||
		attrOf(links[0], "href")[1:] != attrOf(all(doc, tag("main"))[0], "id") {
		bad("the first link is not a skip link to main")
	}
	navs := all(doc, tag("nav"))
	if len(navs) != 1 || len(all(navs[0], tag("a"))) == 0 {
		bad("no nav with the contents")
	}

	// Nothing is loaded from elsewhere and nothing runs.
	for _, n := range all(doc, tag("script", "link", "iframe", "object", "embed")) {
		bad("<%s> on the page", n.Data)
	}
	for _, n := range all(doc, func(n *xhtml.Node) bool { _, ok := attr(n, "src"); return ok }) {
		if src, _ := attr(n, "src"); !strings.HasPrefix(src, "data:") {
			bad("%s loads %q", n.Data, src)
		}
	}
	for _, s := range all(doc, tag("style")) {
		if css := text(s); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
			bad("the CSS loads something")
		}
	}

	// Tables: a caption, column headers with scope, a row header per row,
	// every row as wide as the header.
	for i, tb := range all(doc, tag("table")) {
		kids := children(tb)
		name := fmt.Sprintf("table %d", i+1)
		if len(kids) == 0 || kids[0].Data != "caption" || text(kids[0]) == "" {
			bad("%s has no caption", name)
		} else {
			name = fmt.Sprintf("table %q", text(kids[0]))
		}
		heads := all(tb, tag("thead"))
		if len(heads) != 1 {
			bad("%s has no thead", name)
			continue
		}
		cols := 0
		for _, th := range children(all(heads[0], tag("tr"))[0]) {
			cols++
			if th.Data != "th" || attrOf(th, "scope") != "col" || text(th) == "" {
				bad("%s: column %d has no header cell with scope=col", name, cols)
			}
		}
		for _, body := range all(tb, tag("tbody", "tfoot")) {
			for _, tr := range children(body) {
				cells := children(tr)
				width := 0
				for _, c := range cells {
					span, err := strconv.Atoi(attrOf(c, "colspan"))
					if err != nil {
						span = 1
					}
					width += span
					if text(c) == "" {
						bad("%s: an empty cell in row %q (a tagged PDF leaves it out)", name, text(tr))
					}
				}
				if width != cols {
					bad("%s: a row %d cells wide under %d headers", name, width, cols)
				}
				if len(cells) > 0 && (cells[0].Data != "th" || attrOf(cells[0], "scope") != "row") {
					bad("%s: row %q has no row header", name, text(tr))
				}
			}
		}
	}

	// Numbers the Dutch way; status as a word.
	for _, td := range all(doc, func(n *xhtml.Node) bool { return n.Data == "td" && attrOf(n, "class") == "num" }) {
		if !dutchNumber.MatchString(text(td)) {
			bad("number %q is not written the Dutch way", text(td))
		}
	}
	for _, td := range all(doc, func(n *xhtml.Node) bool { return n.Data == "td" && attrOf(n, "class") == "status" }) {
		if !slices.Contains(report.Statuses, report.Status(text(td))) {
			bad("status cell says %q", text(td))
		}
	}

	// A chart is an image with a name and a description.
	for _, svg := range all(doc, tag("svg")) {
		if attrOf(svg, "role") != "img" {
			bad("svg without role=img")
		}
		// Its name is its title and its description, so that a tagged
		// PDF's /Alt says the numbers too.
		var named []string
		for _, id := range strings.Fields(attrOf(svg, "aria-labelledby")) {
			found := all(svg, func(n *xhtml.Node) bool { return attrOf(n, "id") == id })
			if len(found) != 1 || text(found[0]) == "" {
				bad("svg aria-labelledby %q names nothing", id)
				continue
			}
			named = append(named, found[0].Data)
		}
		if !slices.Equal(named, []string{"title", "desc"}) {
			bad("svg is named by %v, want its title and desc", named)
		}
	}
	return out
}

// dutchNumber: 1.500, -0,5%, € 1.250.000, € 12.000 N, –.
var dutchNumber = regexp.MustCompile(`^(–|(€ )?-?\d{1,3}(\.\d{3})*(,\d+)?%?( [VN])?)$`)

func attrOf(n *xhtml.Node, key string) string { v, _ := attr(n, key); return v }

func TestStructure(t *testing.T) {
	hostile, hb := groningen()
	hostile.Actions[0].Action = "<script>alert(1)</script> & \x00\x07 \xff ✓ 👍🏽"
	hostile.Actions[0].Links = []report.Link{{URL: "javascript:alert(1)"}}
	hostile.Actions[1].Execution = "Zie (https://x.nl/a_(b)), en\n- een\n- twee\n\nslot"
	hostile.Domains = append(hostile.Domains, report.Domain{Order: 99, Name: "123 / <b>"})
	for name, mk := range map[string]func() (*report.Report, report.Build){
		"groningen":      groningen,
		"groningen-2026": groningen2026,
		"scaled-10":      func() (*report.Report, report.Build) { return scaled(10) },
		"empty":          empty,
		"hostile":        func() (*report.Report, report.Build) { return hostile, hb },
	} {
		t.Run(name, func(t *testing.T) {
			r, b := mk()
			page, _ := render(t, r, b, templates.DefaultLayout())
			for _, p := range problems(parse(t, page)) {
				t.Error(p)
			}
		})
	}
}

// spoil makes a page worse in one way: a regexp's first match replaced.
type spoil struct {
	name, pattern, with, want string
}

// spoils are the ways our page could go wrong, each with what must notice.
var spoils = []spoil{
	{"lang removed", `<html lang="nl">`, `<html>`, "html lang"},
	{"caption removed", `<caption>[^<]*</caption>`, ``, "has no caption"},
	{"column header removed", `<th scope="col">Eenheid</th>`, ``, "cells wide under 5 headers"},
	{"scope removed", `<th scope="col">Domein</th>`, `<th>Domein</th>`, "no header cell with scope=col"},
	{"row header as plain cell", `<th scope="row">Sociale basis</th>`, `<td>Sociale basis</td>`, "has no row header"},
	{"second h1", `<main id="verslag">`, `<main id="verslag"><h1>Nog een titel</h1>`, "2 h1 elements"},
	{"heading level skipped", `Samenvatting</h2>`, `Samenvatting</h2><h4>Sprong</h4>`, "h4 \"Sprong\" follows h2"},
	{"contents link to nowhere", `<a href="#samenvatting">`, `<a href="#weg">`, "not on the page"},
	{"script from elsewhere", `</head>`, `<script src="https://x.nl/a.js"></script></head>`, "<script> on the page"},
	{"image from elsewhere", `<p class="municipality">`, `<img src="https://x.nl/logo.png" alt="logo"><p class="municipality">`, `loads "https://x.nl/logo.png"`},
	{"number not Dutch", `€ 29\.100\.000`, `€ 29,100,000.00`, "not written the Dutch way"},
	{"status by colour alone", `</span>Op schema</td>`, `</span></td>`, "status cell says \"\""},
	{"chart without description", `<desc id="[^"]*">[^<]*</desc>`, ``, "names nothing"},
	{"pyramid without title", `(<svg class="pyramid"[^>]*>\s*)<title id="[^"]*">[^<]*</title>`, `$1`, "names nothing"},
	{"small pyramid without role", `(<div class="level">\s*<svg class="pyramid"[^>]*) role="img"`, `$1`, "svg without role=img"},
	{"skip link removed", `<a class="skip"[^>]*>[^<]*</a>`, ``, "skip link"},
	{"link without text", `<a href="(https://[^"]*)">[^<]*</a>`, `<a href="$1"></a>`, "without text"},
	{"empty cell", `<td>Lasten</td>`, `<td></td>`, "an empty cell"},
}

// TestProblemsFindSpoiledPages proves the structure check can fail: each
// spoiled version of the sample page gives the problem named, the page
// itself none.
func TestProblemsFindSpoiledPages(t *testing.T) {
	r, b := groningen()
	page, _ := render(t, r, b, templates.DefaultLayout())
	if ps := problems(parse(t, page)); len(ps) > 0 {
		t.Fatalf("the good page has problems: %q", ps)
	}
	for _, s := range spoils {
		t.Run(s.name, func(t *testing.T) {
			ps := problems(parse(t, spoiled(t, page, s)))
			if !strings.Contains(strings.Join(ps, "\n"), s.want) {
				t.Errorf("problems %q, want one saying %q", ps, s.want)
			}
		})
	}
}

func spoiled(t *testing.T, page []byte, s spoil) []byte {
	t.Helper()
	re := regexp.MustCompile(s.pattern)
	loc := re.FindSubmatchIndex(page)
	if loc == nil {
		t.Fatalf("%s: %q is not on the page", s.name, s.pattern)
	}
	out := append([]byte(nil), page[:loc[0]]...)
	out = re.Expand(out, []byte(s.with), page, loc)
	return append(out, page[loc[1]:]...)
}

// outline is the page's structure for the golden files: headings with
// their anchors, the contents, each table's caption, header and rows, each
// chart, and how many input rows of which sheet each part holds.
func outline(doc *xhtml.Node) string {
	var b strings.Builder
	indent := 0
	items := func(n *xhtml.Node) string {
		counts := map[string]int{}
		for _, it := range all(n, func(n *xhtml.Node) bool { _, ok := attr(n, "data-blad"); return ok }) {
			counts[attrOf(it, "data-blad")]++
		}
		var parts []string
		for _, s := range report.ItemSheets {
			if counts[s] > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", s, counts[s]))
			}
		}
		if len(parts) == 0 {
			return ""
		}
		return " [" + strings.Join(parts, ", ") + "]"
	}
	for _, n := range all(doc, tag("h1", "h2", "h3", "h4", "table", "svg", "ul")) {
		pad := strings.Repeat("  ", indent)
		switch n.Data {
		case "h1", "h2", "h3", "h4":
			indent = int(n.Data[1]-'0') - 1
			pad = strings.Repeat("  ", indent)
			id := ""
			if v, ok := attr(n, "id"); ok {
				id = " #" + v
			}
			extra := ""
			switch p := n.Parent; {
			case p.Data == "nav":
				top := 0
				for _, li := range all(p, tag("li")) {
					if ancestor(li, tag("li")) == nil {
						top++
					}
				}
				extra = fmt.Sprintf(" (nav: %d chapters, %d links)", top, len(all(p, tag("a"))))
			case n.Data == "h2" && p.Data == "section" || p.Data == "article":
				extra = items(p)
			}
			fmt.Fprintf(&b, "%s%s%s %s%s\n", pad, n.Data, id, text(n), extra)
		case "table":
			var head []string
			for _, th := range all(all(n, tag("thead"))[0], tag("th")) {
				head = append(head, text(th))
			}
			rows := 0
			for _, body := range all(n, tag("tbody")) {
				rows += len(children(body))
			}
			totals := 0
			for _, f := range all(n, tag("tfoot")) {
				totals += len(children(f))
			}
			fmt.Fprintf(&b, "%s  table %q: %s; %d rows, %d totals%s\n", pad, text(all(n, tag("caption"))[0]),
				strings.Join(head, " | "), rows, totals, items(n))
		case "svg":
			if attrOf(n, "class") == "pyramid" {
				fmt.Fprintf(&b, "%s  svg %s %q, %s\n", pad, attrOf(n, "role"), text(all(n, tag("title"))[0]), pyramidOutline(n))
				continue
			}
			fmt.Fprintf(&b, "%s  svg %s %q, %d bars\n", pad, attrOf(n, "role"), text(all(n, tag("title"))[0]), len(all(n, tag("g"))))
		case "ul":
			if c := items(n); c != "" {
				fmt.Fprintf(&b, "%s  list%s\n", pad, c)
			}
		}
	}
	return b.String()
}

// pyramidOutline is a drawing of the care pyramid in short: its layers
// (the highlighted one marked *), the numbers in them and the names beside.
func pyramidOutline(svg *xhtml.Node) string {
	var layers, numbers, names []string
	for i, p := range all(svg, tag("polygon")) {
		l := strconv.Itoa(i + 1)
		if attrOf(p, "class") == "highlight" {
			l += "*"
		}
		layers = append(layers, l)
	}
	for _, t := range all(svg, tag("text")) {
		if attrOf(t, "class") == "count" {
			numbers = append(numbers, text(t))
		} else {
			names = append(names, text(t))
		}
	}
	out := "layers " + strings.Join(layers, " ")
	if len(numbers) > 0 {
		out += "; numbers " + strings.Join(numbers, " ") + "; names " + strings.Join(names, " | ")
	}
	return out
}

func TestOutlineGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func() (*report.Report, report.Build)
	}{
		{"groningen", groningen},
		{"groningen-2026", groningen2026},
		{"scaled-3", func() (*report.Report, report.Build) { return scaled(3) }},
		{"empty", empty},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, b := tc.make()
			page, _ := render(t, r, b, templates.DefaultLayout())
			got := outline(parse(t, page))
			golden.Check(t, filepath.Join("testdata", tc.name+".golden"), got, *update)
		})
	}
}
