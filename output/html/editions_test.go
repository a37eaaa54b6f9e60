package html

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	xhtml "golang.org/x/net/html"

	"jaarverslag/output/browser/browsertest"
	"jaarverslag/output/pdf"
	"jaarverslag/report"
	"jaarverslag/templates"
)

// TestSameContentAsPDF holds the page against the maroto PDF of the same
// report: the same headings in the same order (the PDF's bookmarks), the
// same counts in the Aansluiting, and every piece of text of the page in
// the PDF's text, in the same order.
func TestSameContentAsPDF(t *testing.T) {
	pdftotext := browsertest.Tool(t, "pdftotext")
	for name, mk := range map[string]func() (*report.Report, report.Build){
		"groningen":      groningen,
		"groningen-2026": groningen2026,
		"scaled-3":       func() (*report.Report, report.Build) { return scaled(3) },
		"empty":          empty,
	} {
		t.Run(name, func(t *testing.T) {
			r, b := mk()
			l := templates.DefaultLayout()
			var buf bytes.Buffer
			pdfRes, err := pdf.Write(&buf, r, b, l)
			if err != nil {
				t.Fatal(err)
			}
			page, webRes := render(t, r, b, l)
			doc := parse(t, page)

			// Headings: the PDF's outline is its contents page, chapters and
			// what is below them.
			bms, err := api.Bookmarks(bytes.NewReader(buf.Bytes()), nil)
			if err != nil {
				t.Fatal(err)
			}
			var inPDF, onPage []string
			var walk func([]pdfcpu.Bookmark, int)
			walk = func(bs []pdfcpu.Bookmark, level int) {
				for _, b := range bs {
					inPDF = append(inPDF, fmt.Sprintf("h%d %s", level+2, b.Title))
					walk(b.Kids, level+1)
				}
			}
			walk(bms, 0)
			for _, h := range all(doc, tag("h2", "h3")) {
				onPage = append(onPage, h.Data+" "+headingTitle(h))
			}
			if strings.Join(inPDF, "\n") != strings.Join(onPage, "\n") {
				t.Errorf("headings differ:\n%s", firstDiff(inPDF, onPage))
			}

			// Counts.
			for _, s := range report.ItemSheets {
				if webRes.Items[s] != pdfRes.Items[s] {
					t.Errorf("%s: %d rows on the page, %d in the PDF", s, webRes.Items[s], pdfRes.Items[s])
				}
			}

			// Text, in order.
			text := pdfText(t, pdftotext, buf.Bytes(), r, b)
			if err := inOrder(text, pieces(doc)); err != "" {
				t.Error(err)
			}
			// The check can fail: a word changed, or two rows swapped.
			spoils := map[string][]spoil{
				"groningen": {
					{"word changed", `Verkleinen gezondheidsverschillen`, `Vergroten gezondheidsverschillen`, "is not in the PDF"},
					{"rows swapped", `(<tr id="actie-ca-01"(?s:.*?)</tr>)\s*(<tr id="actie-ca-03"(?s:.*?)</tr>)`, "$2\n$1", "is not in the PDF after"},
					{"pyramid count changed", `(<tr><th scope="row">Zorg</th><td class="num">)\d+`, "${1}99", "is not in the PDF"},
					{"pyramid levels swapped", `(<tr><th scope="row">Fundament</th>.*?</tr>)\s*(<tr><th scope="row">Veilig thuis.*?</tr>)`, "$2\n$1", "is not in the PDF after"},
					{"free chapter's bullets swapped", `(<li>Medemenselijkheid</li>)\s*(<li>Warme gemeenschap</li>)`, "$2\n$1", "is not in the PDF after"},
				},
				"groningen-2026": {
					{"outcome changed", `(<tr data-blad="Terugblik">(?s:.*?)<td>)Deels gerealiseerd`, "${1}Gerealiseerd", "is not in the PDF"},
					{"Terugblik rows swapped", `(<tr data-blad="Terugblik">(?s:.*?)</tr>)\s*(<tr data-blad="Terugblik">(?s:.*?)</tr>)`, "$2\n$1", "is not in the PDF after"},
					{"note of a postponed plan changed", `Gaat verder in 2027`, `Gaat verder in 2028`, "is not in the PDF"},
				},
			}
			for _, s := range spoils[name] {
				if err := inOrder(text, pieces(parse(t, spoiled(t, page, s)))); !strings.Contains(err, s.want) {
					t.Errorf("%s: %q, want it to say %q", s.name, err, s.want)
				}
			}
		})
	}
}

// inOrder finds each piece in text after the one before it; it says which
// is missing, or "".
func inOrder(text string, pieces []string) string {
	at := 0
	for _, piece := range pieces {
		p := squeeze(piece)
		i := strings.Index(text[at:], p)
		if i < 0 {
			return fmt.Sprintf("%q is not in the PDF after %q (anywhere: %v)", piece, tail(text[:at], 60), strings.Contains(text, p))
		}
		at += i + len(p)
	}
	return ""
}

// pdfText is the PDF's text in drawing order without white space, with
// each page's running header and footer taken out.
func pdfText(t *testing.T, pdftotext string, doc []byte, r *report.Report, b report.Build) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "verslag.pdf")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	header := squeeze(r.Meta.Title + r.Meta.MunicipalityName())
	footer := regexp.MustCompile(`Versie` + squeeze(b.Version) + `pagina\d+van\d+$`)
	var all strings.Builder
	for i, p := range strings.Split(string(out), "\f") {
		p = squeeze(p)
		if i > 0 {
			p = strings.TrimPrefix(p, header)
			p = footer.ReplaceAllString(p, "")
		}
		all.WriteString(p)
	}
	return all.String()
}

// pieces are the page's runs of text between block boundaries, in order,
// leaving out what only the web page has: the skip link, the sentence
// naming the PDF, captions (the PDF's tables have a heading above them),
// the charts' text alternatives, the closing colophon, a repeated domain
// name in "Totaal alle domeinen" and the dash in an empty Toelichting of
// the Terugblik (the PDF leaves both cells empty).
// The care pyramid's table is its figure's text: a row is the number the
// PDF draws in the layer, then the name it writes beside it.
func pieces(doc *xhtml.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	webOnly := map[string]bool{"skip": true, "edition": true, "aside": true, "empty": true}
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			cur.WriteString(n.Data)
			return
		}
		if n.Type == xhtml.ElementNode {
			switch {
			case n.Data == "head" || n.Data == "svg" || n.Data == "caption" || n.Data == "footer" || webOnly[attrOf(n, "class")]:
				return
			case n.Data == "th" && attrOf(n, "scope") == "row" && repeatsRowAbove(n):
				return
			case n.Data == "table" && attrOf(n, "class") == "pyramid":
				flush()
				for _, tr := range all(all(n, tag("tbody"))[0], tag("tr")) {
					cells := children(tr)
					out = append(out, text(cells[1])+" "+text(cells[0]))
				}
				return
			}
		}
		block := n.Type == xhtml.ElementNode && blocks[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(doc)
	return out
}

// repeatsRowAbove: a row header saying what the row above said.
func repeatsRowAbove(th *xhtml.Node) bool {
	tr := th.Parent
	for p := tr.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == xhtml.ElementNode {
			return text(children(p)[0]) == text(th)
		}
	}
	return false
}

// squeeze drops white space, and hyphens: the PDF breaks a word too wide
// for its column with one ("gezondheidsverschil-len").
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' {
			return -1
		}
		return r
	}, s)
}

func tail(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[len(r)-n:])
	}
	return s
}
