package sources

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// writeSet writes r as the sample's split files into a temp folder.
func writeSet(b *testing.B, r *report.Report, parts []sample.Part) string {
	b.Helper()
	dir := b.TempDir()
	for _, p := range parts {
		f, err := os.Create(filepath.Join(dir, p.Name))
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteWorkbook(f, r, p.Sheets, p.Domains, time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)); err != nil {
			b.Fatal(err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

func benchmarkReadValidate(b *testing.B, dir string, wantActions int) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r, fs := Read([]string{dir}, Options{})
		fs = append(fs, report.Validate(r)...)
		if len(fs) != 0 || len(r.Actions) != wantActions {
			b.Fatalf("read %d actions (want %d), findings %v", len(r.Actions), wantActions, fs)
		}
	}
}

// BenchmarkReadValidate reads and validates whole sample sets, split over
// files as departments upload them.
func BenchmarkReadValidate(b *testing.B) {
	for _, scale := range []int{1, 10, 100} {
		r := sample.Scaled(scale)
		dir := writeSet(b, r, sample.Split())
		b.Run(fmt.Sprintf("scale=%d", scale), func(b *testing.B) { benchmarkReadValidate(b, dir, len(r.Actions)) })
	}
}

// BenchmarkReadValidate10kActions is one 10,000-row Coalitieakkoord sheet
// with the Rapport and Domeinen it is checked against.
func BenchmarkReadValidate10kActions(b *testing.B) {
	r := sample.Scaled(625) // 16 actions per scale step
	r.Actions = r.Actions[:10_000]
	dir := writeSet(b, r, []sample.Part{{Name: "acties.xlsx", Sheets: []string{report.SheetReport, report.SheetDomains, report.SheetActions}}})
	benchmarkReadValidate(b, dir, 10_000)
}
