package output

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"jaarverslag/output/browser"
	"jaarverslag/output/browser/browsertest"
	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/templates"
)

// job is the sample report as a build job into a fresh folder.
func job(t *testing.T) Job {
	t.Helper()
	r := sample.Groningen()
	for _, s := range Reconciled {
		r.Files = append(r.Files, report.SourceFile{Name: s + ".xlsx", SHA256: s, Rows: map[string]int{s: r.Count(s)}})
	}
	epoch := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	return Job{Report: r, Build: report.NewBuild(r, &epoch, "test"), Layout: templates.DefaultLayout(), Dir: t.TempDir()}
}

func TestWriteEveryEdition(t *testing.T) {
	j := job(t)
	res, err := Write(t.Context(), j)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{Name(j.Report) + ".pdf", Name(j.Report) + "-bijlage.xlsx", Name(j.Report) + ".html"}
	if len(res.Paths) != len(want) {
		t.Fatalf("wrote %v, want %v", res.Paths, want)
	}
	for i, p := range res.Paths {
		if filepath.Base(p) != want[i] {
			t.Errorf("edition %d is %s, want %s", i, filepath.Base(p), want[i])
		}
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", p, err)
		}
	}
	if res.Pages < 10 {
		t.Errorf("%d pages", res.Pages)
	}
}

func TestWriteInterruptedWritesNothing(t *testing.T) {
	j := job(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Write(ctx, j); err != ErrInterrupted {
		t.Fatalf("err %v, want ErrInterrupted", err)
	}
	if entries, _ := os.ReadDir(j.Dir); len(entries) != 0 {
		t.Errorf("an interrupted build left %d files", len(entries))
	}
}

func TestReconcile(t *testing.T) {
	r := &report.Report{
		Actions: make([]report.CoalitionAction, 2),
		Files:   []report.SourceFile{{Rows: map[string]int{report.SheetActions: 2}}},
	}
	full := map[string]int{report.SheetActions: 2}
	tests := []struct {
		name     string
		r        *report.Report
		editions map[string]map[string]int
		wantErr  string
	}{
		{"every row everywhere", r, map[string]map[string]int{"verslag": full, "bijlage": full}, ""},
		{"a row missing from the PDF", r, map[string]map[string]int{"verslag": {report.SheetActions: 1}, "bijlage": full},
			"Coalitieakkoord: gelezen 2, in model 2, in bijlage 2, in verslag 1"},
		{"a row invented in the annex", r, map[string]map[string]int{"verslag": full, "bijlage": {report.SheetActions: 3}},
			"in bijlage 3"},
		{"a row lost between reading and the model",
			&report.Report{Actions: make([]report.CoalitionAction, 1), Files: r.Files},
			map[string]map[string]int{"verslag": {report.SheetActions: 1}}, "gelezen 2, in model 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Reconcile(tt.r, tt.editions)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatal(err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("err %v, want it to say %q", err, tt.wantErr)
			}
		})
	}
}

// TestWriteTaggedPDF: on request the tagged PDF is written with the rest,
// printed from the page.
func TestWriteTaggedPDF(t *testing.T) {
	j := job(t)
	j.TaggedPDF, j.Chromium = true, browsertest.Chromium(t)
	res, err := Write(t.Context(), j)
	if err != nil {
		t.Fatal(err)
	}
	want := Name(j.Report) + "-toegankelijk.pdf"
	if len(res.Paths) != 4 || filepath.Base(res.Paths[3]) != want {
		t.Fatalf("wrote %v, want the fourth to be %s", res.Paths, want)
	}
	data, err := os.ReadFile(res.Paths[3])
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data, []byte("/StructTreeRoot")) {
		t.Fatalf("not a tagged PDF: %v", err)
	}
}

// TestWriteWithoutChromium: a tagged PDF asked for without a browser to
// print it stops the build before anything is written.
func TestWriteWithoutChromium(t *testing.T) {
	j := job(t)
	j.TaggedPDF, j.Chromium = true, filepath.Join(t.TempDir(), "geen-chromium")
	_, err := Write(t.Context(), j)
	if !errors.Is(err, browser.ErrNotFound) {
		t.Fatalf("err %v, want browser.ErrNotFound", err)
	}
	if entries, _ := os.ReadDir(j.Dir); len(entries) != 0 {
		t.Errorf("wrote %d files", len(entries))
	}
}

// TestReconcileCoversEveryEdition: the Beschouwingen and the Terugblik are
// counted like every other sheet, in the PDF, the annex and the web page
// that Write renders, and a row lost from either is refused.
func TestReconcileCoversEveryEdition(t *testing.T) {
	for _, s := range []string{report.SheetReflections, report.SheetReview} {
		if !slices.Contains(Reconciled, s) {
			t.Errorf("%s is not reconciled", s)
		}
	}
	j := job(t)
	r := j.Report
	r.Reviews = sample.Groningen2026().Reviews
	r.Files = append(r.Files, report.SourceFile{Name: "terugblik.xlsx", SHA256: "t", Rows: map[string]int{report.SheetReview: len(r.Reviews)}})
	if _, err := Write(t.Context(), j); err != nil {
		t.Fatalf("a report with Beschouwingen and a Terugblik: %v", err)
	}
	r.Files[len(r.Files)-1].Rows[report.SheetReview]++
	for _, f := range r.Files {
		if _, ok := f.Rows[report.SheetReflections]; ok {
			f.Rows[report.SheetReflections]++
		}
	}
	j.Dir = t.TempDir()
	_, err := Write(t.Context(), j)
	for _, want := range []string{"Terugblik: gelezen 17, in model 16, in bijlage 16, in verslag 16, in webversie 16",
		"Beschouwingen: gelezen 4, in model 3, in bijlage 3, in verslag 3, in webversie 3"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err %v, want it to say %q", err, want)
		}
	}
	if entries, _ := os.ReadDir(j.Dir); len(entries) != 0 {
		t.Errorf("a build that does not reconcile left %d files", len(entries))
	}
}
