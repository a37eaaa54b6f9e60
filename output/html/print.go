package html

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"

	"jaarverslag/output/browser"
	"jaarverslag/report"
)

// Margins of the printed page in mm, as the PDF's (report-layout.md):
// top, right, bottom, left.
var printMargins = [4]float64{18, 20, 22, 20}

// TaggedPDF prints the web page with headless Chromium to a tagged PDF:
// structure tree, /Lang, bookmarks, embedded fonts, and the running header
// and page numbers of the PDF.
func TaggedPDF(ctx context.Context, chromium string, page []byte, r *report.Report, b report.Build) ([]byte, error) {
	var head, foot bytes.Buffer
	data := struct{ Title, Municipality, Version string }{line(r.Meta.Title), line(r.Meta.MunicipalityName()), b.Version}
	if err := tmpl.ExecuteTemplate(&head, "print-header.html", data); err != nil {
		return nil, err
	}
	if err := tmpl.ExecuteTemplate(&foot, "print-footer.html", data); err != nil {
		return nil, err
	}
	var in [4]float64
	for i, mm := range printMargins {
		in[i] = mm / 25.4
	}
	pdf, err := browser.PrintPDF(ctx, chromium, page, browser.Print{Paper: chromedp.PaperA4, Margins: in,
		Header: head.String(), Footer: foot.String()})
	if err != nil {
		return nil, fmt.Errorf("toegankelijke PDF: %w", err)
	}
	return renumberNodes(fixDates(pdf, b.BuiltAt(r.Meta))), nil
}

// Two things in Chromium's PDF change between runs of the same page: the
// clock in the document info, and the ids of structure elements (table
// header cells, which data cells name in /Headers), taken from a counter
// of DOM nodes that other work in the browser also advances. Fonts are
// subset under fixed names and there is no file ID.
var reDate = regexp.MustCompile(`/(CreationDate|ModDate) \(D:\d{14}[+-Z][0-9']*\)`)

// fixDates sets the creation and modification date to the build time, so
// the same page on the same Chromium prints to the same bytes. The dates
// keep their length, so the cross-reference table stays right; a date
// written another way is left alone.
func fixDates(pdf []byte, t time.Time) []byte {
	date := t.UTC().Format("20060102150405") + "+00'00'"
	return reDate.ReplaceAllFunc(pdf, func(m []byte) []byte {
		key, _, _ := bytes.Cut(m, []byte(" "))
		fixed := fmt.Appendf(nil, "%s (D:%s)", key, date)
		if len(fixed) != len(m) {
			return m
		}
		return fixed
	})
}

var reNode = regexp.MustCompile(`\(node(\d{8})\)`)

// renumberNodes numbers the structure element ids 1, 2, 3, … in the order
// of their original numbers. The order (and so the sorted /IDTree) and the
// length of every id stay as they were.
func renumberNodes(pdf []byte) []byte {
	seen := map[int]bool{}
	for _, m := range reNode.FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		seen[n] = true
	}
	ids := slices.Sorted(maps.Keys(seen))
	rank := make(map[int]int, len(ids))
	for i, n := range ids {
		rank[n] = i + 1
	}
	return reNode.ReplaceAllFunc(pdf, func(m []byte) []byte {
		n, _ := strconv.Atoi(string(m[5:13]))
		return fmt.Appendf(nil, "(node%08d)", rank[n])
	})
}
