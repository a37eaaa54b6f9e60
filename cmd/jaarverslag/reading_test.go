package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// foreign holds workbooks written by LibreOffice, not by excelize; see its README.
const foreign = "../../testdata/libreoffice"

// TestSpreadsheetsInAFolder: a department that saved its workbook as .ods
// (or .csv) is an error that stops the build, never a skipped warning; the
// PDF that is not input is skipped, and that list comes last.
func TestSpreadsheetsInAFolder(t *testing.T) {
	dir := filepath.Join(foreign, "map-ods")
	code, out, _ := runCmd(t, "validate", dir)
	if code != exitIO {
		t.Errorf("exit %d, want %d\n%s", code, exitIO, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		"jeugd.csv: dit is een CSV-bestand, geen Excel-werkmap, en wordt niet gelezen; open het en sla het op als Excel-werkmap (.xlsx)",
		"jeugd.ods: dit is een OpenDocument-rekenblad (.ods, bijvoorbeeld uit LibreOffice), geen Excel-werkmap, en wordt niet gelezen; open het en sla het op als Excel-werkmap (.xlsx)",
		"toelichting.pdf: waarschuwing: overgeslagen: geen Excel-werkmap (.xlsx of .xlsm)",
	}
	if len(lines) < len(want) || !slices.Equal(lines[:len(want)], want) {
		t.Errorf("validate output:\n%s\nwant first:\n%s", out, strings.Join(want, "\n"))
	}

	// Named explicitly, the .ods gets the same finding.
	code, out, _ = runCmd(t, "validate", filepath.Join(dir, "rapport.xlsx"), filepath.Join(dir, "jeugd.ods"))
	if code != exitIO || !strings.HasPrefix(out, want[1]+"\n") {
		t.Errorf("named: exit %d\n%s", code, out)
	}

	// build stops and writes nothing; the skipped file is the last finding.
	o := t.TempDir()
	code, _, errOut := runCmd(t, "build", "-q", "-o", o, dir)
	if code != exitIO {
		t.Errorf("build: exit %d\n%s", code, errOut)
	}
	if files, _ := os.ReadDir(o); len(files) != 0 {
		t.Errorf("build wrote %v", files)
	}
	errLines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(errLines) < 2 || errLines[len(errLines)-2] != want[2] {
		t.Errorf("build: the skipped file is not the last finding:\n%s", errOut)
	}
}

// TestSameNameInTwoFolders: findings, JSON, annotated copies and the
// provenance in both outputs tell two files of the same name apart.
func TestSameNameInTwoFolders(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "2025"), filepath.Join(root, "kopie")
	for _, d := range []string{a, b} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
		copyFile(t, filepath.Join(goodSet, "rapport.xlsx"), filepath.Join(d, "rapport.xlsx"))
	}
	code, out, _ := runCmd(t, "validate", a, b)
	first, second := filepath.Join("2025", "rapport.xlsx"), filepath.Join("kopie", "rapport.xlsx")
	for _, want := range []string{
		second + " › Rapport: het blad \"Rapport\" staat in meer dan één bestand (" + first + ", " + second + "); houd het in één bestand",
		second + " › Domeinen: het blad \"Domeinen\" staat in meer dan één bestand (" + first + ", " + second + "); houd het in één bestand",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("exit %d, output lacks\n%s\n%s", code, want, out)
		}
	}
	_, js, _ := runCmd(t, "validate", "--json", a, b)
	var doc struct{ Findings []struct{ File string } }
	if err := json.Unmarshal([]byte(js), &doc); err != nil || len(doc.Findings) == 0 || doc.Findings[0].File != second {
		t.Errorf("JSON names %+v (%v)", doc.Findings, err)
	}
	marked := t.TempDir()
	if code, _, errOut := runCmd(t, "validate", "--annotate", marked, a, b); code != exitFindings {
		t.Fatalf("annotate: exit %d %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(marked, second)); err != nil {
		t.Errorf("no annotated copy at %s: %v", second, err)
	}

	// A build from two folders that each hold a jeugd.xlsx: the Bronnen
	// sheet names both with their folder.
	c, d := filepath.Join(root, "c"), filepath.Join(root, "d")
	for _, dir := range []string{c, d} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(goodSet)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		switch e.Name() {
		case "coalitieakkoord.xlsx":
			copyFile(t, filepath.Join(goodSet, e.Name()), filepath.Join(d, "jeugd.xlsx"))
		default:
			copyFile(t, filepath.Join(goodSet, e.Name()), filepath.Join(c, e.Name()))
		}
	}
	o := t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", o, c, d); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, errOut)
	}
	annexes, _ := filepath.Glob(filepath.Join(o, "*-bijlage.xlsx"))
	if len(annexes) != 1 {
		t.Fatalf("annex: %v", annexes)
	}
	f, err := excelize.OpenFile(annexes[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Bronnen")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rows {
		if len(r) > 0 && strings.HasSuffix(r[0], "jeugd.xlsx") {
			names = append(names, r[0])
		}
	}
	want := []string{filepath.Join("c", "jeugd.xlsx"), filepath.Join("d", "jeugd.xlsx")}
	if !slices.Equal(names, want) {
		t.Errorf("Bronnen names %v, want %v", names, want)
	}
	pdfs, _ := filepath.Glob(filepath.Join(o, "*.pdf"))
	text, err := exec.Command("pdftotext", pdfs[0], "-").Output()
	if err != nil {
		t.Skipf("pdftotext: %v", err)
	}
	for _, name := range want {
		if !strings.Contains(string(text), name) {
			t.Errorf("the Verantwoording of the PDF lacks %s", name)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// findingKeys runs validate --json and returns "rule@file › sheet!cell" per finding.
func findingKeys(t *testing.T, paths ...string) (int, []string) {
	t.Helper()
	code, js, errOut := runCmd(t, append([]string{"validate", "--json"}, paths...)...)
	var doc struct {
		Findings []struct{ Rule, File, Sheet, Cell string }
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatalf("--json: %v\n%s%s", err, js, errOut)
	}
	var out []string
	for _, f := range doc.Findings {
		k := f.Rule + "@" + f.File
		if f.Sheet != "" {
			k += " › " + f.Sheet
		}
		if f.Cell != "" {
			k += "!" + f.Cell
		}
		out = append(out, k)
	}
	return code, out
}

// TestNearMissSheets: sheets written by LibreOffice whose name is a near
// miss of a contract sheet, or whose header is a contract sheet's, stop the
// run; the references into a sheet that was not read are not reported one
// by one; unrelated sheets only warn.
func TestNearMissSheets(t *testing.T) {
	code, got := findingKeys(t, filepath.Join(foreign, "bladnamen.xlsx"))
	want := []string{
		"onbekend-blad@bladnamen.xlsx › Blad1",
		"bladnaam@bladnamen.xlsx › Blad2",
		"bladnaam@bladnamen.xlsx › Coalitie akkoord",
		"niet-gecontroleerd@bladnamen.xlsx › Coalitie akkoord",
		"onbekend-blad@bladnamen.xlsx › Instructie",
		"bladnaam@bladnamen.xlsx › Kerncijfers 2025",
	}
	if code != exitFindings || !slices.Equal(got, want) {
		t.Errorf("exit %d, findings:\n%s\nwant:\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOneMissingColumnOneFinding: a misspelt required header in the sample
// set is one error, at that header, and one note that the Actie-IDs on
// other sheets were not checked, instead of an error per reference.
func TestOneMissingColumnOneFinding(t *testing.T) {
	dir := t.TempDir()
	entries, err := os.ReadDir(goodSet)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		copyFile(t, filepath.Join(goodSet, e.Name()), filepath.Join(dir, e.Name()))
	}
	path := filepath.Join(dir, "coalitieakkoord.xlsx")
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Coalitieakkoord", "C1"); v != "Beschreven actie" {
		t.Fatalf("C1 is %q", v)
	}
	if err := f.SetCellStr("Coalitieakkoord", "C1", "Beschreven aktie"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, got := findingKeys(t, dir)
	want := []string{"kolom-ontbreekt@coalitieakkoord.xlsx › Coalitieakkoord!C1", "niet-gecontroleerd@coalitieakkoord.xlsx › Coalitieakkoord!C1"}
	if code != exitFindings || !slices.Equal(got, want) {
		t.Errorf("exit %d, findings:\n%s\nwant:\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPercentagesFromLibreOffice: percentages typed as 12,5% in LibreOffice
// (stored as 0.125 with a percent format) are 12,5% in the PDF and in the
// annex, and the threshold typed as 10% is 10%; where no percentage is
// meant, each such cell is an error.
func TestPercentagesFromLibreOffice(t *testing.T) {
	code, got := findingKeys(t, filepath.Join(foreign, "procent.xlsx"))
	if code != exitOK || len(got) != 0 {
		t.Fatalf("exit %d, findings %v", code, got)
	}
	code, got = findingKeys(t, filepath.Join(foreign, "procent-fout.xlsx"))
	want := []string{"procent@procent-fout.xlsx › Financien!E2", "procent@procent-fout.xlsx › Kerncijfers!D2"}
	if code != exitFindings || !slices.Equal(got, want) {
		t.Errorf("exit %d, findings %v, want %v", code, got, want)
	}

	o := t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", o, filepath.Join(foreign, "procent.xlsx")); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, errOut)
	}
	annexes, _ := filepath.Glob(filepath.Join(o, "*-bijlage.xlsx"))
	f, err := excelize.OpenFile(annexes[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(report.SheetKeyFigures, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var stored []string
	for _, h := range []string{"Verslagjaar", "Vorig jaar", "Streefwaarde"} {
		stored = append(stored, rows[1][slices.Index(rows[0], h)])
	}
	if !slices.Equal(stored, []string{"0.125", "0.11", "0.15"}) {
		t.Errorf("annex stores %v, want the shares 0.125 0.11 0.15", stored)
	}
	if shown, _ := f.GetCellValue(report.SheetKeyFigures, "D2"); shown != "12.5%" {
		t.Errorf("annex shows %q, want 12.5%% (12,5%% in a Dutch Excel)", shown)
	}

	pdfs, _ := filepath.Glob(filepath.Join(o, "*.pdf"))
	text, err := exec.Command("pdftotext", "-layout", pdfs[0], "-").Output()
	if err != nil {
		t.Skipf("pdftotext: %v", err)
	}
	line := regexp.MustCompile(`Jongeren met een startkwalificatie\s+11,0%\s+12,5%`)
	if !line.Match(text) {
		t.Errorf("the PDF lacks the figure 11,0%% → 12,5%%:\n%s", text)
	}
}

// TestHyperlinksFromLibreOffice: a Links or Link cell holding a hyperlink
// with its own text, written by LibreOffice, is one valid link: its text is
// shown in the PDF and the annex, and clicking it opens the target.
func TestHyperlinksFromLibreOffice(t *testing.T) {
	in := filepath.Join(foreign, "hyperlink.xlsx")
	const (
		brief      = "https://gemeenteraad.groningen.nl/Documenten/Bijlage-2-Actieplan-2025-2028-onbegrepen-gedrag-met-een-veiligheidsrisico.pdf"
		evaluation = "https://gemeenteraad.groningen.nl/Documenten/Evaluatie-Basis-jeugdhulp-2023-2024.pdf"
	)
	code, got := findingKeys(t, in)
	if code != exitOK || len(got) != 0 {
		t.Fatalf("exit %d, findings %v", code, got)
	}
	o := t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", o, in); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, errOut)
	}
	annexes, _ := filepath.Glob(filepath.Join(o, "*-bijlage.xlsx"))
	f, err := excelize.OpenFile(annexes[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A cell with two links shows both and leads to their rows on the
	// Links sheet, where each is a link of its own.
	for _, c := range []struct{ sheet, cell, shown, target string }{
		{report.SheetActions, "G2", "Raadsbrief aanpak onbegrepen gedrag", brief + `"`},
		{report.SheetActions, "G3", "https://gemeente.groningen.nl/jeugd\nhttps://www.kansrijkestartgroningen.nl/", "#Links_rij_"},
		{report.SheetActions, "G4", "https://mindus.nl/aanpak/veerkrachtcoalitie/", "https://mindus.nl/aanpak/veerkrachtcoalitie/" + `"`},
		{report.SheetAchievements, "F2", "Evaluatie basisjeugdhulp 2023-2024", evaluation + `"`},
		{"Links", "F3", "https://gemeente.groningen.nl/jeugd", "https://gemeente.groningen.nl/jeugd" + `"`},
		{"Links", "F4", "https://www.kansrijkestartgroningen.nl/", "https://www.kansrijkestartgroningen.nl/" + `"`},
	} {
		shown, _ := f.GetCellValue(c.sheet, c.cell)
		formula, _ := f.GetCellFormula(c.sheet, c.cell)
		if shown != c.shown || !strings.HasPrefix(formula, `HYPERLINK("`+c.target) {
			t.Errorf("annex %s!%s shows %q with %q, want %q linking to %s", c.sheet, c.cell, shown, formula, c.shown, c.target)
		}
	}
	pdfs, _ := filepath.Glob(filepath.Join(o, "*.pdf"))
	pdf, err := os.ReadFile(pdfs[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{brief, evaluation} {
		if !strings.Contains(string(pdf), "/URI ("+u+")") {
			t.Errorf("the PDF does not link to %s", u)
		}
	}
	text, err := exec.Command("pdftotext", pdfs[0], "-").Output()
	if err != nil {
		t.Skipf("pdftotext: %v", err)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"Raadsbrief aanpak onbegrepen gedrag", "Evaluatie basisjeugdhulp 2023-2024"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if strings.Contains(flat, "Bijlage-2-Actieplan") {
		t.Error("the PDF shows the URL instead of the link's text")
	}
}
