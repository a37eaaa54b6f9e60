package output

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
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
