package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/output/browser/browsertest"
	"jaarverslag/templates"
)

const goodSet = "../../testdata/groningen-2025"

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(t.Context(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{nil, exitUsage},
		{[]string{"bestaat-niet"}, exitUsage},
		{[]string{"validate"}, exitUsage},
		{[]string{"validate", "--onbekend", goodSet}, exitUsage},
		{[]string{"build"}, exitUsage},
		{[]string{"sample"}, exitUsage},
		{[]string{"template", goodSet}, exitUsage}, // paths only with --afdeling
		{[]string{"validate", "-h"}, exitOK},
		{[]string{"help"}, exitOK},
		{[]string{"version"}, exitOK},
	}
	for _, tt := range tests {
		if code, _, _ := runCmd(t, tt.args...); code != tt.want {
			t.Errorf("%v: exit %d, want %d", tt.args, code, tt.want)
		}
	}
}

func TestValidateGoodSet(t *testing.T) {
	code, out, errOut := runCmd(t, "validate", goodSet)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "0 fouten") {
		t.Errorf("summary missing: %s", out)
	}
}

func TestTemplateEqualsCommittedCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "invoer.xlsx")
	if code, _, errOut := runCmd(t, "template", "-o", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, templates.InputTemplate) {
		t.Error("templates/invoer.xlsx differs from what `jaarverslag template` writes; run make template")
	}
	// A blank template is not a valid report, but it must read without
	// unreadable-file or unknown-sheet findings.
	code, out, _ := runCmd(t, "validate", path)
	if code != exitFindings || strings.Contains(out, "onbekend-blad") || strings.Contains(out, "bestand-onleesbaar") {
		t.Errorf("validate on the blank template: exit %d\n%s", code, out)
	}
}

// TestDepartmentTemplate follows the multi-file workflow: F&C keeps Rapport
// and Domeinen, a department fills in its own workbook from
// `template --afdeling`, and the two validate together without a second
// Rapport or Domeinen.
func TestDepartmentTemplate(t *testing.T) {
	dir := t.TempDir()
	dept := filepath.Join(dir, "jeugd.xlsx")
	if code, _, errOut := runCmd(t, "template", "--afdeling", "-o", dept, goodSet); code != exitOK {
		t.Fatalf("template --afdeling: exit %d: %s", code, errOut)
	}
	f, err := excelize.OpenFile(dept)
	if err != nil {
		t.Fatal(err)
	}
	// Its Toelichting shows F&C's year and thresholds, from rapport.xlsx.
	guide, _ := f.GetRows("Toelichting")
	shown := map[string]string{}
	for _, r := range guide {
		if len(r) > 1 {
			shown[r[0]] = r[1]
		}
	}
	for label, want := range map[string]string{"Verslagjaar": "2025.", "Drempel toelichting (€)": "€ 250.000",
		"Drempel toelichting (%)": "10%", "Bron": "rapport.xlsx van F&C"} {
		if !strings.HasPrefix(shown[label], want) {
			t.Errorf("Toelichting %s: %q, want %q…", label, shown[label], want)
		}
	}
	row := []any{"CA-90", "jeugd", "Wachttijden jeugdhulp verkorten", "Extra inzet wijkteams", "Wachttijd gedaald naar 6 weken.", "Gereed"}
	if err := f.SetSheetRow("Coalitieakkoord", "A2", &row); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, _ := runCmd(t, "validate", "--json", filepath.Join(goodSet, "rapport.xlsx"), dept)
	if code != exitOK || !strings.Contains(out, `"findings": []`) {
		t.Errorf("rapport.xlsx + department workbook: exit %d\n%s", code, out)
	}

	// Domains come from a readable workbook with a Domeinen sheet.
	blank := filepath.Join(dir, "blank.xlsx")
	if code, _, errOut := runCmd(t, "template", "--afdeling", "-o", blank, dept); code != exitFindings || !strings.Contains(errOut, "geen domeinen") {
		t.Errorf("domains from a file without Domeinen: exit %d: %s", code, errOut)
	}
	empty := filepath.Join(dir, "leeg.xlsx")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCmd(t, "template", "--afdeling", "-o", blank, empty); code != exitIO || !strings.Contains(errOut, "leeg.xlsx") {
		t.Errorf("domains from an empty file: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(blank); !os.IsNotExist(err) {
		t.Errorf("a failed template left %s behind", blank)
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"leeg.xlsx": "", "tekst.xlsx": "ID;Domein\nCA-01;Jeugd\n"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, _ := runCmd(t, "validate", path)
		if code != exitIO || !strings.Contains(out, name) || !strings.Contains(out, "bestand-onleesbaar") {
			t.Errorf("%s: exit %d\n%s", name, code, out)
		}
	}
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestAnnotate(t *testing.T) {
	in := "../../testdata/bad/status.xlsx"
	before := sum(t, in)
	dir := t.TempDir()
	code, _, errOut := runCmd(t, "validate", "--annotate", dir, in)
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if sum(t, in) != before {
		t.Fatal("the original was changed")
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "status.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	comments, err := f.GetComments("Coalitieakkoord")
	if err != nil || len(comments) != 1 || comments[0].Cell != "F3" || !strings.Contains(comments[0].Paragraph[0].Text, "klaar") {
		t.Fatalf("comments %+v, %v", comments, err)
	}
	style, _ := f.GetCellStyle("Coalitieakkoord", "F3")
	st, err := f.GetStyle(style)
	if err != nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" {
		t.Errorf("F3 not filled red: %+v %v", st, err)
	}
}

func TestBuildIsReproducible(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if code, out, errOut := runCmd(t, "build", "-q", "-o", dir, goodSet); code != exitOK {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
	}
	files, _ := filepath.Glob(filepath.Join(a, "*"))
	if len(files) != 3 {
		t.Fatalf("want a PDF, an annex and a web page, got %v", files)
	}
	for _, f := range files {
		if sum(t, f) != sum(t, filepath.Join(b, filepath.Base(f))) {
			t.Errorf("%s differs between two builds of the same input", filepath.Base(f))
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	c := t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", c, goodSet); code != exitOK {
		t.Fatal(errOut)
	}
	pdfs, _ := filepath.Glob(filepath.Join(c, "*.pdf"))
	if len(pdfs) != 1 || sum(t, pdfs[0]) == sum(t, filepath.Join(a, filepath.Base(pdfs[0]))) {
		t.Error("SOURCE_DATE_EPOCH did not change the build date in the PDF")
	}
}

func TestBuildWritesNothingOnErrors(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCmd(t, "build", "-o", dir, "../../testdata/bad/status.xlsx")
	if code != exitFindings || !strings.Contains(errOut, "Coalitieakkoord!F3") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("wrote %d files despite errors", len(entries))
	}
}

func TestInterruptedBuildKeepsEarlierOutput(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", dir, goodSet); code != exitOK {
		t.Fatal(errOut)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	before := map[string][32]byte{}
	for _, f := range files {
		before[f] = sum(t, f)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel() // as if SIGINT arrived during the build
	var out, errOut bytes.Buffer
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // would change the bytes if written
	if code := run(ctx, []string{"build", "-q", "-o", dir, goodSet}, &out, &errOut); code != exitInterrupted {
		t.Fatalf("an interrupted build: exit %d, want %d", code, exitInterrupted)
	}
	after, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(after) != len(files) {
		t.Fatalf("files now %v, before %v (temp files left?)", after, files)
	}
	for f, h := range before {
		if sum(t, f) != h {
			t.Errorf("%s changed by an interrupted build", f)
		}
	}
}

func TestSampleEqualsTestdata(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCmd(t, "sample", "-o", dir); code != exitOK {
		t.Fatal(errOut)
	}
	want, _ := filepath.Glob(filepath.Join(goodSet, "*.xlsx"))
	got, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("sample wrote %d files, testdata has %d", len(got), len(want))
	}
	for _, w := range want {
		if sum(t, w) != sum(t, filepath.Join(dir, filepath.Base(w))) {
			t.Errorf("%s differs from `jaarverslag sample`; regenerate with go run ./cmd/jaarverslag sample --force -o %s", w, goodSet)
		}
	}
}

func TestConcurrentBuildsIntoDifferentFolders(t *testing.T) {
	ref := t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", ref, goodSet); code != exitOK {
		t.Fatal(errOut)
	}
	dirs := []string{t.TempDir(), t.TempDir(), t.TempDir()}
	codes := make([]int, len(dirs))
	done := make(chan struct{})
	for i, dir := range dirs {
		go func() {
			defer func() { done <- struct{}{} }()
			var out, errOut bytes.Buffer
			codes[i] = run(t.Context(), []string{"build", "-q", "-o", dir, goodSet}, &out, &errOut)
		}()
	}
	for range dirs {
		<-done
	}
	want, _ := filepath.Glob(filepath.Join(ref, "*"))
	for i, dir := range dirs {
		if codes[i] != exitOK {
			t.Fatalf("build %d: exit %d", i, codes[i])
		}
		for _, w := range want {
			if sum(t, w) != sum(t, filepath.Join(dir, filepath.Base(w))) {
				t.Errorf("concurrent build %d: %s differs from a lone build", i, filepath.Base(w))
			}
		}
	}
}

func TestValidateJSONFields(t *testing.T) {
	code, out, _ := runCmd(t, "validate", "--json", "../../testdata/bad/status.xlsx")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{`"severity": "error"`, `"rule": "status"`, `"file": "status.xlsx"`, `"sheet": "Coalitieakkoord"`,
		`"cell": "F3"`, `"row": 3`, `"column": "F"`, `"value": "klaar"`, `"counts": {`, `"status": 1`} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON lacks %s:\n%s", want, out)
		}
	}
}

func TestBuildWithLayoutAndLogo(t *testing.T) {
	dir := t.TempDir()
	// A 1×1 PNG is enough to prove the logo reaches the PDF.
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")
	if err := os.WriteFile(filepath.Join(dir, "logo.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	layout := filepath.Join(dir, "opmaak.json")
	if err := os.WriteFile(layout, []byte(`{"logo": "logo.png", "texts": {"plans": "Wat gaan we doen in {planjaar}?"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	plain, withLogo := t.TempDir(), t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", plain, goodSet); code != exitOK {
		t.Fatal(errOut)
	}
	if code, _, errOut := runCmd(t, "build", "-q", "--layout", layout, "-o", withLogo, goodSet); code != exitOK {
		t.Fatal(errOut)
	}
	a, _ := filepath.Glob(filepath.Join(plain, "*.pdf"))
	b, _ := filepath.Glob(filepath.Join(withLogo, "*.pdf"))
	pa, _ := os.ReadFile(a[0])
	pb, _ := os.ReadFile(b[0])
	if bytes.Count(pb, []byte("/Subtype /Image")) <= bytes.Count(pa, []byte("/Subtype /Image")) {
		t.Error("the logo from the layout file is not in the PDF")
	}
	if err := os.WriteFile(layout, []byte(`{"logo": "ontbreekt.png"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCmd(t, "build", "-q", "--layout", layout, "-o", t.TempDir(), goodSet); code != exitIO || !strings.Contains(errOut, "logo") {
		t.Errorf("missing logo: exit %d: %s", code, errOut)
	}
}

// TestBuildHostileText pushes Excel's longest cell, emoji, right-to-left
// text and control characters through the whole build: it must succeed,
// keep every row and put the text in the PDF.
func TestBuildHostileText(t *testing.T) {
	f, err := excelize.OpenFile("../../testdata/goed-klein.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Repeat("Uitvoering ✓ geëvalueerd 👍🏽 مرحبا بالعالم שלום ", 700)
	long := ""
	for _, r := range words + "\x07\x1b" {
		if len(long)+len(string(r)) > 32_000 {
			break
		}
		long += string(r)
	}
	if err := f.SetCellStr("Coalitieakkoord", "E2", long); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Coalitieakkoord", "C3", "Actie met emoji 🎉 en עברית\u202e omgekeerd"); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "vijandig.xlsx")
	if err := f.SaveAs(in); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	code, stdout, errOut := runCmd(t, "build", "-q", "-o", out, in)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, errOut)
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	data, err := os.ReadFile(pdfs[0])
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data, []byte("%%EOF")) {
		t.Fatalf("not a complete PDF: %v", err)
	}
}

func TestBuildIntoUnwritableFolderLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "bestand")
	if err := os.WriteFile(blocker, []byte("geen map"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCmd(t, "build", "-q", "-o", filepath.Join(blocker, "uit"), goodSet)
	if want := "jaarverslag: " + blocker + " is een bestand, geen map; kies een andere map met -o\n"; code != exitIO || errOut != want {
		t.Fatalf("exit %d: %q\nwant %q", code, errOut, want)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}

// TestBuildTaggedPDFWithoutChromium: asked for a tagged PDF where no
// Chromium can be found, build says so in Dutch, exits 3 and writes nothing.
func TestBuildTaggedPDFWithoutChromium(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no chromium, chromium-browser or google-chrome on it
	for _, args := range [][]string{
		{"build", "-q", "--toegankelijke-pdf"},
		{"build", "-q", "--toegankelijke-pdf", "--chromium", filepath.Join(t.TempDir(), "chromium")},
	} {
		dir := t.TempDir()
		code, _, errOut := runCmd(t, append(args, "-o", dir, goodSet)...)
		if code != exitIO || !strings.Contains(errOut, "geen Chromium gevonden") || !strings.Contains(errOut, "--chromium") {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("%v: wrote %d files", args, len(entries))
		}
	}
	if code, _, errOut := runCmd(t, "build", "--chromium", "/usr/bin/chromium", "-o", t.TempDir(), goodSet); code != exitUsage {
		t.Errorf("--chromium without --toegankelijke-pdf: exit %d: %s", code, errOut)
	}
}

// TestBuildTaggedPDF: the four editions, the tagged one printed by the
// Chromium given with --chromium.
func TestBuildTaggedPDF(t *testing.T) {
	chromium := browsertest.Chromium(t)
	dir := t.TempDir()
	code, out, errOut := runCmd(t, "build", "-q", "--toegankelijke-pdf", "--chromium", chromium, "-o", dir, goodSet)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, suffix := range []string{".pdf", "-bijlage.xlsx", ".html", "-toegankelijk.pdf"} {
		if !strings.Contains(out, "diversiteit"+suffix+"\n") {
			t.Errorf("stdout does not list the %s edition:\n%s", suffix, out)
		}
	}
}
