package html

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	xhtml "golang.org/x/net/html"

	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/templates"
)

// built is the fixed build time of the tests.
var built = time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)

func groningen() (*report.Report, report.Build) { return withFiles(sample.Groningen()) }

func scaled(n int) (*report.Report, report.Build) { return withFiles(sample.Scaled(n)) }

// groningen2026 is the made-up second year, its Terugblik checked against
// the 2025 sample as last year's annex.
func groningen2026() (*report.Report, report.Build) {
	r := sample.Reviewed(sample.Groningen2026(), "jaarverslag-2025-bijlage.xlsx", "5e1f0c")
	return withFiles(r)
}

// empty is the sample with every section empty and no files.
func empty() (*report.Report, report.Build) {
	r, b := groningen()
	r.Actions, r.Achievements, r.Plans, r.Developments, r.KeyFigures, r.Budget, r.Files = nil, nil, nil, nil, nil, nil, nil
	r.Reflections, r.Reviews = nil, nil
	return r, b
}

// small is the sample cut to a few rows per section: every part of the
// page, quick to check in a browser.
func small() (*report.Report, report.Build) {
	r := sample.Groningen()
	r.Actions, r.Achievements, r.Plans = r.Actions[:4], r.Achievements[:4], r.Plans[:4]
	r.Developments, r.KeyFigures, r.Budget = r.Developments[:2], r.KeyFigures[:4], r.Budget[:4]
	return withFiles(r)
}

// withFiles adds the provenance the reader adds, and the editions'
// names that output.Write sets.
func withFiles(r *report.Report) (*report.Report, report.Build) {
	rows := map[string]int{report.SheetReport: 8, report.SheetDomains: len(r.Domains)}
	for _, s := range report.ItemSheets {
		if n := r.Count(s); n > 0 || !slices.Contains(report.OptionalSheets, s) {
			rows[s] = n // a reader counts an optional sheet only when a file has it
		}
	}
	r.Files = []report.SourceFile{{Name: "invoer.xlsx", SHA256: "9f2c4e1a7b3d5f60812a9c4e7b1d3f5a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d",
		Size: 48211, Modified: time.Date(2026, 1, 14, 15, 12, 0, 0, time.UTC), Rows: rows}}
	b := report.NewBuild(r, &built, "v0.9.0-test")
	b.Editions = report.Editions{PDF: "verslag.pdf", Web: "verslag.html", Annex: "verslag-bijlage.xlsx"}
	return r, b
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

// parse reads a page with the HTML5 parser browsers use.
func parse(t testing.TB, page []byte) *xhtml.Node {
	t.Helper()
	doc, err := xhtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// all lists the elements under n (n included) for which match is true, in
// document order.
func all(n *xhtml.Node, match func(*xhtml.Node) bool) []*xhtml.Node {
	var out []*xhtml.Node
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func tag(names ...string) func(*xhtml.Node) bool {
	return func(n *xhtml.Node) bool {
		for _, name := range names {
			if n.Data == name {
				return true
			}
		}
		return false
	}
}

func attr(n *xhtml.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// text is the text under n with white space collapsed, as a reader sees it.
func text(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		block := n.Type == xhtml.ElementNode && blocks[n.Data]
		switch {
		case n.Type == xhtml.TextNode:
			b.WriteString(n.Data)
		case block:
			b.WriteByte(' ') // a line of its own
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// blocks are the elements that start a line of their own.
var blocks = map[string]bool{"p": true, "div": true, "li": true, "ul": true, "ol": true, "br": true, "td": true, "th": true,
	"tr": true, "h1": true, "h2": true, "h3": true, "h4": true, "caption": true, "dt": true, "dd": true, "figcaption": true}

// children are n's child elements.
func children(n *xhtml.Node) []*xhtml.Node {
	var out []*xhtml.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// ancestor is the nearest element above n that matches, or nil.
func ancestor(n *xhtml.Node, match func(*xhtml.Node) bool) *xhtml.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == xhtml.ElementNode && match(p) {
			return p
		}
	}
	return nil
}
