package html

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
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
	return fixDates(pdf, b.At(r.Meta)), nil
}

// Chromium stamps the clock into the document info and nothing else that
// changes between runs (no file ID, fonts subset under fixed names).
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
