package main

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/sources"
)

func init() {
	model.ConfigPath = "disable" // pdfcpu must not write a config dir during tests
}

// nextSet is the made-up second year: the 2026 report that looks back on
// the plans of the 2025 sample (see sample.Groningen2026).
const nextSet = "../../testdata/groningen-2026"

// sampleModified2026 is stored as the 2026 workbooks' modification date.
var sampleModified2026 = time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)

// TestSample2026EqualsTestdata: testdata/groningen-2026 is
// sample.Groningen2026 as Split2026 spreads it (go test ./cmd/jaarverslag
// -run TestSample2026 -update rewrites it).
func TestSample2026EqualsTestdata(t *testing.T) {
	r := sample.Groningen2026()
	var names []string
	for _, p := range sample.Split2026() {
		var buf bytes.Buffer
		if err := sources.WriteWorkbook(&buf, r, p.Sheets, p.Domains, sampleModified2026); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(nextSet, p.Name)
		names = append(names, path)
		if *update {
			if err := os.MkdirAll(nextSet, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, buf.Bytes()) {
			t.Errorf("%s is missing or differs from sample.Groningen2026 (%v); go test ./cmd/jaarverslag -run TestSample2026 -update", path, err)
		}
	}
	all, _ := filepath.Glob(filepath.Join(nextSet, "*"))
	slices.Sort(names)
	if !slices.Equal(all, names) {
		t.Errorf("%s holds %v, want %v", nextSet, all, names)
	}
}

// buildAnnex builds the 2025 sample and returns its annex, as make demo does.
func buildAnnex(t *testing.T) string {
	t.Helper()
	code, out, errOut := runCmd(t, "build", "-q", "-o", t.TempDir(), goodSet)
	if code != exitOK {
		t.Fatalf("build 2025: exit %d\n%s", code, errOut)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasSuffix(l, "-bijlage.xlsx") {
			return l
		}
	}
	t.Fatalf("build printed no annex: %q", out)
	return ""
}

// terugblik reads the Terugblik rows of a workbook: Plan-ID, then every
// other column by header.
func terugblik(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(report.SheetReview)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		m := map[string]string{}
		for i, v := range row {
			m[rows[0][i]] = v
		}
		out = append(out, m)
	}
	return out
}

// byID keys Terugblik rows by their Plan-ID.
func byID(rows []map[string]string) map[string]map[string]string {
	m := map[string]map[string]string{}
	for _, r := range rows {
		m[r["Plan-ID"]] = r
	}
	return m
}

// TestReviewChain follows the Terugblik as F&C lives it: the 2025 report is
// built; next year `template --vorig-jaar` hands out its plans; staff fill
// in what became of each; the 2026 report is built against the 2025 annex.
// Its chapter lists every plan of the 2025 report exactly once.
func TestReviewChain(t *testing.T) {
	annex := buildAnnex(t)
	plans := sample.Groningen().Plans

	// F&C's own workbook: every plan, Uitkomst a dropdown.
	fc := filepath.Join(t.TempDir(), "invoer.xlsx")
	if code, _, errOut := runCmd(t, "template", "--vorig-jaar", annex, "-o", fc); code != exitOK {
		t.Fatalf("template --vorig-jaar: exit %d\n%s", code, errOut)
	}
	rows := byID(terugblik(t, fc))
	if len(rows) != len(plans) {
		t.Fatalf("F&C's Terugblik has %d plans, want %d", len(rows), len(plans))
	}
	for _, p := range plans {
		if row := rows[p.ID]; row["Domein"] != p.Domain || row["Plan"] != p.Text || row["Uitkomst"] != "" {
			t.Errorf("plan %s: %v, want %s %q and no Uitkomst", p.ID, row, p.Domain, p.Text)
		}
	}
	f, err := excelize.OpenFile(fc)
	if err != nil {
		t.Fatal(err)
	}
	dvs, _ := f.GetDataValidations(report.SheetReview)
	f.Close()
	dropdown := false
	for _, dv := range dvs {
		dropdown = dropdown || dv.Type == "list" && strings.HasPrefix(dv.Sqref, "B2:")
	}
	if !dropdown {
		t.Error("Uitkomst (column B) has no dropdown")
	}

	// A department's workbook against F&C's file of 2026: only its domains.
	dir26 := t.TempDir()
	for _, name := range []string{"rapport.xlsx", "resultaten-en-plannen.xlsx"} {
		data, err := os.ReadFile(filepath.Join(nextSet, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir26, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	youth := filepath.Join(t.TempDir(), "jeugd.xlsx")
	if code, _, errOut := runCmd(t, "template", "--afdeling", "--domein", "jeugd", "--vorig-jaar", annex, "-o", youth, filepath.Join(dir26, "rapport.xlsx")); code != exitOK {
		t.Fatalf("template --afdeling --domein: exit %d\n%s", code, errOut)
	}
	var youthIDs, wantIDs []string
	for _, row := range terugblik(t, youth) {
		youthIDs = append(youthIDs, row["Plan-ID"])
	}
	for _, p := range plans {
		if p.Domain == sample.Youth {
			wantIDs = append(wantIDs, p.ID)
		}
	}
	slices.Sort(youthIDs)
	if !slices.Equal(youthIDs, wantIDs) {
		t.Errorf("Jeugd's Terugblik %v, want %v", youthIDs, wantIDs)
	}

	// All plans in one department workbook, filled in as sample.Groningen2026 says.
	tb := filepath.Join(dir26, "terugblik.xlsx")
	if code, _, errOut := runCmd(t, "template", "--afdeling", "--vorig-jaar", annex, "-o", tb, filepath.Join(dir26, "rapport.xlsx")); code != exitOK {
		t.Fatalf("template --afdeling --vorig-jaar: exit %d\n%s", code, errOut)
	}
	fill(t, tb, sample.Groningen2026().Reviews)
	// What the chain filled in is the committed sample's Terugblik.
	if got, want := byID(terugblik(t, tb)), byID(terugblik(t, filepath.Join(nextSet, "terugblik.xlsx"))); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("the filled-in Terugblik differs from %s:\n%v\n%v", nextSet, got, want)
	}

	// Without --vorig-jaar: valid, with one warning that completeness was not checked.
	code, out, _ := runCmd(t, "validate", dir26)
	if code != exitOK || strings.Count(out, "niet-gecontroleerd") != 1 || !strings.Contains(out, "--vorig-jaar") {
		t.Errorf("validate without --vorig-jaar: exit %d\n%s", code, out)
	}

	out26 := t.TempDir()
	code, stdout, errOut := runCmd(t, "build", "-q", "--vorig-jaar", annex, "-o", out26, dir26)
	if code != exitOK || errOut != "" {
		t.Fatalf("build 2026 --vorig-jaar: exit %d\n%s", code, errOut)
	}
	pdf := strings.Split(stdout, "\n")[0]
	chapter := chapterText(t, pdf, "Terugblik op de plannen voor 2026", "Plannen 2027")
	if chapter == "" {
		return
	}
	for _, p := range plans {
		if n := strings.Count(chapter, p.Text); n != 1 {
			t.Errorf("plan %s %q is %d times in the chapter", p.ID, p.Text, n)
		}
	}
	all := pdfText(t, pdf)
	const sentence = "Van de 16 plannen voor 2026 zijn er 9 gerealiseerd, 3 deels, 2 doorgeschoven, 1 niet gerealiseerd en 1 vervallen."
	if strings.Count(all, sentence) != 2 {
		t.Errorf("the sentence %q is not in the Samenvatting and the chapter", sentence)
	}

	// The web page: the same chapter, every plan once, the same sentence.
	var page string
	for _, p := range strings.Fields(stdout) {
		if strings.HasSuffix(p, ".html") {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			page = pageText(string(data))
		}
	}
	from, to := strings.Index(page, "Terugblik op de plannen voor 2026 Wat is er"), strings.LastIndex(page, "Plannen 2027 Wat gaan we doen")
	if from < 0 || to < from {
		t.Fatalf("the web page has no Terugblik before Plannen (%d, %d)", from, to)
	}
	for _, p := range plans {
		if n := strings.Count(page[from:to], p.Text); n != 1 {
			t.Errorf("web page: plan %s %q is %d times in the chapter", p.ID, p.Text, n)
		}
	}
	if strings.Count(page, sentence) != 2 {
		t.Errorf("web page: the sentence %q is not in the Samenvatting and the chapter", sentence)
	}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// pageText is a web page's text: tags out, entities read, white space one space.
func pageText(page string) string {
	return spaces.ReplaceAllString(html.UnescapeString(tags.ReplaceAllString(page, " ")), " ")
}

// fill sets Uitkomst, Toelichting and Doorgeschoven naar of a Terugblik
// made by the template, row by row by Plan-ID, as staff would.
func fill(t *testing.T, path string, reviews []report.PlanReview) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(report.SheetReview)
	col := func(h string) string { return report.ColumnName(slices.Index(rows[0], h) + 1) }
	for i, row := range rows[1:] {
		at := slices.IndexFunc(reviews, func(v report.PlanReview) bool { return v.PlanID == row[0] })
		if at < 0 {
			t.Fatalf("plan %s has no outcome in the sample", row[0])
		}
		v := reviews[at]
		for h, val := range map[string]string{"Uitkomst": string(v.Outcome), "Toelichting": v.Explanation, "Doorgeschoven naar": v.MovedTo} {
			if val != "" {
				if err := f.SetCellStr(report.SheetReview, fmt.Sprintf("%s%d", col(h), i+2), val); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

var spaces = regexp.MustCompile(`\s+`)

// pdfText is a PDF's text in content-stream order with the line breaks of
// the layout undone, or "" (and a skip) without poppler.
func pdfText(t *testing.T, pdf string, pages ...int) string {
	t.Helper()
	args := []string{"-raw", "-enc", "UTF-8"}
	if len(pages) == 2 {
		args = append(args, "-f", fmt.Sprint(pages[0]), "-l", fmt.Sprint(pages[1]))
	}
	out, err := exec.Command("pdftotext", append(args, pdf, "-")...).Output()
	if err != nil {
		t.Skipf("pdftotext (poppler-utils) not usable: %v", err)
	}
	return spaces.ReplaceAllString(string(out), " ")
}

// chapterText is the text of the pages from the bookmark first up to the
// one before next (both top-level bookmarks).
func chapterText(t *testing.T, pdf, first, next string) string {
	t.Helper()
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	bms, err := api.Bookmarks(bytes.NewReader(data), nil)
	if err != nil {
		t.Fatal(err)
	}
	from, to := 0, 0
	for _, b := range bms {
		switch b.Title {
		case first:
			from = b.PageFrom
		case next:
			to = b.PageFrom - 1
		}
	}
	if from == 0 || to < from {
		t.Fatalf("bookmarks %q (page %d) and %q (page %d)", first, from, next, to+1)
	}
	return pdfText(t, pdf, from, to)
}

// TestLastYearsAnnexErrors: an annex that cannot be read is exit 3, like
// any input; one that is not last year's is exit 1; either way nothing is
// written.
func TestLastYearsAnnexErrors(t *testing.T) {
	good := filepath.Join("..", "..", "testdata", goodReview)
	annex := filepath.Join("..", "..", "testdata", lastYear)
	if code, out, _ := runCmd(t, "validate", "--vorig-jaar", annex, good); code != exitOK || !strings.Contains(out, "0 fouten, 0 waarschuwingen") {
		t.Fatalf("the good pair: exit %d\n%s", code, out)
	}
	tests := []struct {
		name string
		args []string
		code int
		sub  string
	}{
		{"missing annex", []string{"validate", "--vorig-jaar", "bestaat-niet-bijlage.xlsx", good}, exitIO, "bijlage van vorig jaar (--vorig-jaar): bestand of map niet gevonden"},
		{"text as annex", []string{"validate", "--vorig-jaar", "../../README.md", good}, exitIO, "README.md: bijlage van vorig jaar (--vorig-jaar): dit is geen Excel-werkmap"},
		{"build with another year's annex", []string{"build", "-q", "-o", "", "--vorig-jaar", filepath.Join("..", "..", "testdata", "bad", "vorig-jaar-verslagjaar.xlsx"), good}, exitFindings, "is van verslagjaar 2023"},
		{"template with an input workbook", []string{"template", "-o", "", "--vorig-jaar", good}, exitFindings, "dit is een invoerwerkmap"},
		{"template with an unreadable annex", []string{"template", "-o", "", "--vorig-jaar", "bestaat-niet.xlsx"}, exitIO, "bestand of map niet gevonden"},
		{"a department's domain last year had no plans in", []string{"template", "--afdeling", "-o", "", "--domein", "Jeugt", "--vorig-jaar", annex}, exitFindings, `bedoelt u "Jeugd"?`},
		{"template against F&C's file of another year", []string{"template", "--afdeling", "-o", "", "--vorig-jaar", annex, filepath.Join(nextSet, "rapport.xlsx")}, exitFindings, "maar dit verslag is over 2026"},
		{"--domein without --afdeling", []string{"template", "-o", "", "--domein", "Jeugd", "--vorig-jaar", annex}, exitUsage, "--domein alleen met --afdeling"},
		{"--domein without --vorig-jaar", []string{"template", "--afdeling", "-o", "", "--domein", "Jeugd"}, exitUsage, "--domein alleen met --vorig-jaar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			args := slices.Clone(tt.args)
			for i, a := range args {
				if a == "-o" {
					args[i+1] = filepath.Join(dir, "uit")
				}
			}
			code, out, errOut := runCmd(t, args...)
			if code != tt.code || !strings.Contains(out+errOut, tt.sub) {
				t.Errorf("exit %d, want %d with %q\n%s%s", code, tt.code, tt.sub, out, errOut)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("wrote %v", left)
			}
		})
	}
}

// TestReviewBuildsReproducibly: the 2026 set with its annex gives the same
// bytes twice, and another annex of last year gives another version.
func TestReviewBuildsReproducibly(t *testing.T) {
	annex := buildAnnex(t)
	var sums [][][32]byte
	for range 2 {
		out := t.TempDir()
		code, stdout, errOut := runCmd(t, "build", "-q", "--vorig-jaar", annex, "-o", out, nextSet)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var s [][32]byte
		for _, p := range strings.Fields(stdout) {
			s = append(s, sum(t, p))
		}
		sums = append(sums, s)
	}
	if len(sums[0]) != 3 || !slices.Equal(sums[0], sums[1]) { // PDF, annex, web page
		t.Errorf("two builds of the same inputs differ, or did not write three files: %d and %d", len(sums[0]), len(sums[1]))
	}
}
