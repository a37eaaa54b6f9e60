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

	"jaarverslag/output/annex"
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
	// review: the case spoils the Terugblik of goed-klein-terugblik.xlsx,
	// checked against last year's annex (reviewCase).
	review bool
	// annex: the case is last year's annex that is not one (its bytes),
	// given with --vorig-jaar beside the good goed-klein-terugblik.xlsx.
	annex func(t *testing.T) []byte
}{
	{"verplicht", setCell(report.SheetActions, "Uitvoering", 2, ""), []string{"verplicht@Coalitieakkoord!E2"}, false, nil},
	{"status", setCell(report.SheetActions, "Status", 3, "klaar"), []string{"status@Coalitieakkoord!F3"}, false, nil},
	{"piramideniveau", setCell(report.SheetAchievements, "Piramideniveau", 2, "Fundamenten"), []string{"piramideniveau@Resultaten!C2"}, false, nil},
	{"soort", setCell(report.SheetBudget, "Soort", 3, "Uitgaven"), []string{"soort@Financien!C3"}, false, nil},
	{"url", setCell(report.SheetActions, "Links", 2, "www.groningen.nl"), []string{"url@Coalitieakkoord!G2"}, false, nil},
	{"gereed-in", setCell(report.SheetPlans, "Gereed in", 2, "volgend jaar"), []string{"gereed-in@Plannen!E2"}, false, nil},
	{"dubbel-id", setCell(report.SheetActions, "ID", 3, "CA-01"), []string{"dubbel-id@Coalitieakkoord!A3"}, false, nil},
	{"onbekende-actie", setCell(report.SheetPlans, "Actie-ID", 3, "CA-99"), []string{"onbekende-actie@Plannen!D3"}, false, nil},
	{"onbekend-domein", setCell(report.SheetKeyFigures, "Domein", 2, "Jeugt"), []string{"onbekend-domein@Kerncijfers!A2"}, false, nil},
	{"toelichting-status", both(setCell(report.SheetActions, "Status", 2, "Vertraagd"), setCell(report.SheetActions, "Toelichting", 2, "")), []string{"toelichting-status@Coalitieakkoord!H2"}, false, nil},
	{"toelichting-afwijking", both(setCell(report.SheetBudget, "Realisatie", 2, "9000000"), setCell(report.SheetBudget, "Toelichting", 2, "")), []string{"toelichting-afwijking@Financien!G2"}, false, nil},
	{"dubbel-domein", both(setCell(report.SheetDomains, "Volgorde", 13, "12"), setCell(report.SheetDomains, "Domein", 13, "jeugd")), []string{"dubbel-domein@Domeinen!B13"}, false, nil},
	{"kolom-ontbreekt", setCell(report.SheetActions, "Beschreven actie", 1, "Beschreven aktie"), []string{"kolom-ontbreekt@Coalitieakkoord!C1"}, false, nil},
	{"getal", setCell(report.SheetKeyFigures, "Verslagjaar", 3, "veel"), []string{"getal@Kerncijfers!D3"}, false, nil},
	{"geheel-getal", setCell(report.SheetDomains, "Volgorde", 4, "2,5"), []string{"geheel-getal@Domeinen!A4"}, false, nil},
	{"datum", setField("Peildatum", "31-13-2025"), []string{"datum@Rapport!B7"}, false, nil},
	{"formule", setFormula(report.SheetBudget, "Realisatie", 3, "1/0"), []string{"formule@Financien!F3"}, false, nil},
	{"rapport-blad", deleteSheet(report.SheetReport), []string{"rapport-blad@"}, false, nil},
	{"bladnaam", renameSheet(report.SheetKeyFigures, "Kerncijfers 2025"), []string{"bladnaam@Kerncijfers 2025"}, false, nil},
	{"procent", percentFormat(report.SheetKeyFigures, "Verslagjaar", 2), []string{"procent@Kerncijfers!D2"}, false, nil},
	// The Terugblik, one case per rule, and a Beschouwing after no chapter.
	{"terugblik-ontbreekt", removeRow(report.SheetReview, 4), []string{"terugblik-ontbreekt@Terugblik"}, true, nil},
	{"terugblik-dubbel", addReview("p24-01", "Gerealiseerd"), []string{"terugblik-dubbel@Terugblik!A5"}, true, nil},
	{"terugblik-onbekend", addReview("P24-09", "Gerealiseerd"), []string{"terugblik-onbekend@Terugblik!A5"}, true, nil},
	{"uitkomst", setCell(report.SheetReview, "Uitkomst", 2, "Klaar"), []string{"uitkomst@Terugblik!B2"}, true, nil},
	{"toelichting-uitkomst", setCell(report.SheetReview, "Toelichting", 4, ""), []string{"toelichting-uitkomst@Terugblik!C4"}, true, nil},
	{"doorgeschoven-naar", setCell(report.SheetReview, "Doorgeschoven naar", 3, ""), []string{"doorgeschoven-naar@Terugblik!D3"}, true, nil},
	{"doorgeschoven-naar-onbekend", setCell(report.SheetReview, "Doorgeschoven naar", 3, "P-09"), []string{"doorgeschoven-naar@Terugblik!D3"}, true, nil},
	{"na-hoofdstuk", setCell(report.SheetReflections, "Na hoofdstuk", 2, "Resultaat"), []string{"na-hoofdstuk@Beschouwingen!C2"}, true, nil},
	// Last year's annex that is not last year's of this report, or no annex at all.
	{"vorig-jaar-verslagjaar", nil, []string{"niet-gecontroleerd@", "vorig-jaar@"}, false, lastYearsAnnex(func(r *report.Report) { r.Meta.Year = 2023 })},
	{"vorig-jaar-gemeente", nil, []string{"niet-gecontroleerd@", "vorig-jaar@"}, false, lastYearsAnnex(func(r *report.Report) { r.Meta.Municipality = "Gemeente Assen" })},
	{"vorig-jaar-geen-bijlage", nil, []string{"niet-gecontroleerd@", "vorig-jaar@"}, false, func(t *testing.T) []byte { return reviewSet(t) }},
}

// smallSheets are the sheets of goed-klein.xlsx.
var smallSheets = []string{report.SheetReport, report.SheetDomains, report.SheetActions, report.SheetAchievements,
	report.SheetPlans, report.SheetDevelopments, report.SheetKeyFigures, report.SheetBudget}

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
	r.Reflections = nil
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
			args := []string{path}
			switch {
			case c.review:
				args = []string{"--vorig-jaar", filepath.Join(dir, "..", lastYear), path}
			case c.annex != nil:
				args = []string{"--vorig-jaar", path, filepath.Join(dir, "..", goodReview)}
			}
			var out, errOut bytes.Buffer
			code := run(t.Context(), append([]string{"validate"}, args...), &out, &errOut)
			if code != exitFindings {
				t.Errorf("exit %d, want %d\n%s%s", code, exitFindings, out.String(), errOut.String())
			}
			// The positions come from --json, which tests its fields too.
			var js bytes.Buffer
			if code := run(t.Context(), append([]string{"validate", "--json"}, args...), &js, &errOut); code != exitFindings {
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
	if err := sources.WriteWorkbook(&base, smallSet(), smallSheets, nil, sampleModified); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "..", "goed-klein.xlsx"), base.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	review := reviewSet(t)
	if err := os.WriteFile(filepath.Join(dir, "..", goodReview), review, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "..", lastYear), lastYearsAnnex(func(*report.Report) {})(t), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range badCases {
		if c.annex != nil {
			if err := os.WriteFile(filepath.Join(dir, c.name+".xlsx"), c.annex(t), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		from := base.Bytes()
		if c.review {
			from = review
		}
		f, err := excelize.OpenReader(bytes.NewReader(from))
		if err != nil {
			t.Fatal(err)
		}
		c.edit(t, f)
		if err := f.SaveAs(filepath.Join(dir, c.name+".xlsx")); err != nil {
			t.Fatal(err)
		}
	}
}

// The good files the Terugblik cases start from, beside goed-klein.xlsx:
// the small set with a Terugblik and Beschouwingen, and the annex of the
// year before it.
const (
	goodReview = "goed-klein-terugblik.xlsx"
	lastYear   = "goed-klein-2024-bijlage.xlsx"
)

// lastYear2024 is a small report over 2024 whose plans the small set of
// 2025 looks back on.
func lastYear2024() *report.Report {
	r := smallSet()
	r.Meta.Year, r.Meta.Title = 2024, "Jaarverslag 2024 – Welzijn, gezondheid, zorg en diversiteit"
	r.Reflections = nil
	r.Plans = []report.Plan{
		{ID: "P24-01", Domain: sample.Youth, Due: "2025", Text: "Basisjeugdhulp bij WIJ in alle wijken."},
		{ID: "P24-02", Domain: sample.Youth, Due: "Q4 2025", Text: "Besluit over de aanvullende hulp."},
		{ID: "P24-03", Domain: sample.Events, Due: "2025", Text: "Een evenementenvisie met de sector."},
	}
	for i := range r.Plans {
		r.Plans[i].Src = report.Source{File: "plannen-2024.xlsx", Sheet: report.SheetPlans, Row: i + 2}
	}
	return r
}

// lastYearsAnnex writes the annex of lastYear2024, changed by spoil.
func lastYearsAnnex(spoil func(*report.Report)) func(t *testing.T) []byte {
	return func(t *testing.T) []byte {
		r := lastYear2024()
		spoil(r)
		var b bytes.Buffer
		if _, err := annex.Write(&b, r, report.Build{Version: "2024", Built: sampleModified.AddDate(-1, 0, 0)}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
}

// reviewSet is the small set with a Terugblik on lastYear2024's plans and
// a Beschouwing, valid against that annex.
func reviewSet(t *testing.T) []byte {
	r := smallSet()
	r.Reviews = []report.PlanReview{
		{PlanID: "P24-01", Outcome: report.OutcomeDone, Domain: sample.Youth, Plan: "Basisjeugdhulp bij WIJ in alle wijken."},
		{PlanID: "P24-02", Outcome: report.OutcomeMoved, Explanation: "De regio besluit later.", MovedTo: r.Plans[1].ID, Domain: sample.Youth, Plan: "Besluit over de aanvullende hulp."},
		{PlanID: "P24-03", Outcome: report.OutcomeDropped, Explanation: "Opgegaan in het evenementenbeleid.", Domain: sample.Events, Plan: "Een evenementenvisie met de sector."},
	}
	r.Reflections = sample.Groningen().Reflections[1:2]
	var b bytes.Buffer
	if err := sources.WriteWorkbook(&b, r, append(smallSheets, report.SheetReflections, report.SheetReview), nil, sampleModified); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// addReview adds a Terugblik row under the three of reviewSet.
func addReview(planID, outcome string) func(*testing.T, *excelize.File) {
	return both(setCell(report.SheetReview, "Plan-ID", 5, planID), setCell(report.SheetReview, "Uitkomst", 5, outcome))
}

func removeRow(sheet string, row int) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		if err := f.RemoveRow(sheet, row); err != nil {
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
