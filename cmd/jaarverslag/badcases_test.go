package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/sources"
)

var update = flag.Bool("update", false, "rewrite the bad-case workbooks and golden files")

// badCases plants exactly one problem each in a small valid set. want is
// the rule and cell of every finding, asserted apart from the golden text so
// a golden file cannot bless a wrong position.
var badCases = []struct {
	name string
	edit func(t *testing.T, f *excelize.File)
	want []string
}{
	{"verplicht", setCell(report.SheetActions, "Uitvoering", 2, ""), []string{"verplicht@Coalitieakkoord!E2"}},
	{"status", setCell(report.SheetActions, "Status", 3, "klaar"), []string{"status@Coalitieakkoord!F3"}},
	{"piramideniveau", setCell(report.SheetAchievements, "Piramideniveau", 2, "Fundamenten"), []string{"piramideniveau@Resultaten!C2"}},
	{"soort", setCell(report.SheetBudget, "Soort", 3, "Uitgaven"), []string{"soort@Financien!C3"}},
	{"url", setCell(report.SheetActions, "Links", 2, "www.groningen.nl"), []string{"url@Coalitieakkoord!G2"}},
	{"gereed-in", setCell(report.SheetPlans, "Gereed in", 2, "volgend jaar"), []string{"gereed-in@Plannen!E2"}},
	{"dubbel-id", setCell(report.SheetActions, "ID", 3, "CA-01"), []string{"dubbel-id@Coalitieakkoord!A3"}},
	{"onbekende-actie", setCell(report.SheetPlans, "Actie-ID", 3, "CA-99"), []string{"onbekende-actie@Plannen!D3"}},
	{"onbekend-domein", setCell(report.SheetKeyFigures, "Domein", 2, "Jeugt"), []string{"onbekend-domein@Kerncijfers!A2"}},
	{"toelichting-status", both(setCell(report.SheetActions, "Status", 2, "Vertraagd"), setCell(report.SheetActions, "Toelichting", 2, "")), []string{"toelichting-status@Coalitieakkoord!H2"}},
	{"toelichting-afwijking", both(setCell(report.SheetBudget, "Realisatie", 2, "9000000"), setCell(report.SheetBudget, "Toelichting", 2, "")), []string{"toelichting-afwijking@Financien!G2"}},
	{"dubbel-domein", both(setCell(report.SheetDomains, "Volgorde", 13, "12"), setCell(report.SheetDomains, "Domein", 13, "jeugd")), []string{"dubbel-domein@Domeinen!B13"}},
	{"kolom-ontbreekt", setCell(report.SheetActions, "Beschreven actie", 1, "Beschreven aktie"), []string{"kolom-ontbreekt@Coalitieakkoord!C1"}},
	{"getal", setCell(report.SheetKeyFigures, "Verslagjaar", 3, "veel"), []string{"getal@Kerncijfers!D3"}},
	{"geheel-getal", setCell(report.SheetDomains, "Volgorde", 4, "2,5"), []string{"geheel-getal@Domeinen!A4"}},
	{"datum", setField("Peildatum", "31-13-2025"), []string{"datum@Rapport!B7"}},
	{"formule", setFormula(report.SheetBudget, "Realisatie", 3, "1/0"), []string{"formule@Financien!F3"}},
	{"rapport-blad", deleteSheet(report.SheetReport), []string{"rapport-blad@"}},
	{"bladnaam", renameSheet(report.SheetKeyFigures, "Kerncijfers 2025"), []string{"bladnaam@Kerncijfers 2025"}},
	{"procent", percentFormat(report.SheetKeyFigures, "Verslagjaar", 2), []string{"procent@Kerncijfers!D2"}},
}

// smallSet is a valid set of a few rows per sheet, drawn from the sample.
func smallSet() *report.Report {
	r := sample.Groningen()
	r.Actions = r.Actions[:3]
	r.Achievements = r.Achievements[:3]
	for i := range r.Achievements {
		r.Achievements[i].ActionID = ""
	}
	r.Plans = r.Plans[:3]
	for i := range r.Plans {
		r.Plans[i].ActionID = ""
	}
	r.Developments = r.Developments[:2]
	r.KeyFigures = r.KeyFigures[:3]
	r.Budget = r.Budget[:3]
	return r
}

func TestBadCases(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "bad")
	if *update {
		writeBadCases(t, dir)
	}
	for _, c := range badCases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name+".xlsx")
			var out, errOut bytes.Buffer
			code := run(t.Context(), []string{"validate", path}, &out, &errOut)
			if code != exitFindings {
				t.Errorf("exit %d, want %d\n%s%s", code, exitFindings, out.String(), errOut.String())
			}
			// The positions come from --json, which tests its fields too.
			var js bytes.Buffer
			if code := run(t.Context(), []string{"validate", "--json", path}, &js, &errOut); code != exitFindings {
				t.Errorf("--json exit %d", code)
			}
			var doc struct {
				Findings []struct{ Rule, File, Sheet, Cell string }
				Counts   map[string]int
			}
			if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
				t.Fatalf("--json output: %v\n%s", err, js.String())
			}
			var got []string
			for _, f := range doc.Findings {
				pos := f.Sheet
				if f.Cell != "" {
					pos += "!" + f.Cell
				}
				got = append(got, f.Rule+"@"+pos)
				if f.File != c.name+".xlsx" {
					t.Errorf("finding names file %q", f.File)
				}
			}
			if doc.Counts[c.want[0][:strings.Index(c.want[0], "@")]] == 0 {
				t.Errorf("counts %v lack the planted rule", doc.Counts)
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			golden := filepath.Join(dir, c.name+".golden")
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if out.String() != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, out.String())
			}
		})
	}
}

// writeBadCases writes the valid small set, then one spoiled copy per case.
func writeBadCases(t *testing.T, dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var base bytes.Buffer
	sheets := []string{report.SheetReport, report.SheetDomains, report.SheetActions, report.SheetAchievements,
		report.SheetPlans, report.SheetDevelopments, report.SheetKeyFigures, report.SheetBudget}
	if err := sources.WriteWorkbook(&base, smallSet(), sheets, nil, sampleModified); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "..", "goed-klein.xlsx"), base.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range badCases {
		f, err := excelize.OpenReader(bytes.NewReader(base.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		c.edit(t, f)
		if err := f.SaveAs(filepath.Join(dir, c.name+".xlsx")); err != nil {
			t.Fatal(err)
		}
	}
}

// column finds a header in the first row of a sheet.
func column(t *testing.T, f *excelize.File, sheet, header string) string {
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	for i, h := range rows[0] {
		if h == header {
			return report.ColumnName(i + 1)
		}
	}
	t.Fatalf("sheet %s has no column %q", sheet, header)
	return ""
}

func setCell(sheet, header string, row int, value string) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		cell := fmt.Sprintf("%s%d", column(t, f, sheet, header), row)
		if err := f.SetCellStr(sheet, cell, value); err != nil {
			t.Fatal(err)
		}
	}
}

func setFormula(sheet, header string, row int, formula string) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		cell := fmt.Sprintf("%s%d", column(t, f, sheet, header), row)
		// Clear the value first: excelize would keep it as the cached result.
		if err := f.SetCellValue(sheet, cell, nil); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellFormula(sheet, cell, formula); err != nil {
			t.Fatal(err)
		}
	}
}

// setField changes a Waarde on the Veld | Waarde sheet Rapport.
func setField(veld, value string) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		rows, _ := f.GetRows(report.SheetReport)
		for i, r := range rows {
			if len(r) > 0 && r[0] == veld {
				if err := f.SetCellStr(report.SheetReport, fmt.Sprintf("B%d", i+1), value); err != nil {
					t.Fatal(err)
				}
				return
			}
		}
		t.Fatalf("Rapport has no Veld %q", veld)
	}
}

func deleteSheet(sheet string) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		if err := f.DeleteSheet(sheet); err != nil {
			t.Fatal(err)
		}
	}
}

// percentFormat gives a cell the built-in format 0.00%: its number is then
// shown, and meant, as a percentage.
func percentFormat(sheet, header string, row int) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		cell := fmt.Sprintf("%s%d", column(t, f, sheet, header), row)
		id, err := f.NewStyle(&excelize.Style{NumFmt: 10})
		if err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStyle(sheet, cell, cell, id); err != nil {
			t.Fatal(err)
		}
	}
}

func renameSheet(from, to string) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		if err := f.SetSheetName(from, to); err != nil {
			t.Fatal(err)
		}
	}
}

func both(a, b func(*testing.T, *excelize.File)) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) { a(t, f); b(t, f) }
}
