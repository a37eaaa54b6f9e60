package html

import (
	"fmt"
	"io"
	"testing"
	"time"

	"jaarverslag/output/browser/browsertest"
	"jaarverslag/output/pdf"
	"jaarverslag/templates"
)

// BenchmarkWrite renders the page at the scales of the PDF's BenchmarkWrite
// (output/pdf), to compare: the page should cost at most 15 % of the PDF.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		r, bd := scaled(n)
		b.Run(fmt.Sprintf("scale-%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Write(io.Discard, r, bd, templates.DefaultLayout()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTaggedPDF prints the page to a tagged PDF, starting Chromium
// each time as build --toegankelijke-pdf does.
func BenchmarkTaggedPDF(b *testing.B) {
	chromium := browsertest.Chromium(b)
	for _, n := range []int{1, 10} {
		r, bd := scaled(n)
		page, _ := render(b, r, bd, templates.DefaultLayout())
		b.Run(fmt.Sprintf("scale-%d", n), func(b *testing.B) {
			for b.Loop() {
				out, err := TaggedPDF(b.Context(), chromium, page, r, bd)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(len(out))/1e6, "MB")
			}
		})
	}
}

// BenchmarkShareOfPDF renders the PDF and the page of the same report in
// turn and reports the page's time as a share of the PDF's: measured side
// by side, the share holds up on a busy machine where either time alone
// does not.
func BenchmarkShareOfPDF(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		r, bd := scaled(n)
		b.Run(fmt.Sprintf("scale-%d", n), func(b *testing.B) {
			var web, doc time.Duration
			for b.Loop() {
				start := time.Now()
				if _, err := pdf.Write(io.Discard, r, bd, templates.DefaultLayout()); err != nil {
					b.Fatal(err)
				}
				mid := time.Now()
				if _, err := Write(io.Discard, r, bd, templates.DefaultLayout()); err != nil {
					b.Fatal(err)
				}
				doc, web = doc+mid.Sub(start), web+time.Since(mid)
			}
			b.ReportMetric(100*web.Seconds()/doc.Seconds(), "%-of-pdf")
			b.ReportMetric(float64(web.Milliseconds())/float64(b.N), "web-ms/op")
			b.ReportMetric(float64(doc.Milliseconds())/float64(b.N), "pdf-ms/op")
		})
	}
}
