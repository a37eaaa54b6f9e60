package html

import (
	"fmt"
	"io"
	"testing"

	"jaarverslag/output/browser/browsertest"
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
