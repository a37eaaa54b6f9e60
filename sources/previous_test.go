package sources

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/output/annex"
	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// annexOf writes the annex build makes of r to dir/name.
func annexOf(t *testing.T, r *report.Report, dir, name string) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := annex.Write(&b, r, report.Build{Version: "abc", Built: time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReadPrevious reads the sample's annex back: whose report it is and
// every plan with its place on the annex's Plannen sheet.
func TestReadPrevious(t *testing.T) {
	g := sample.Groningen()
	path := annexOf(t, g, t.TempDir(), "bijlage.xlsx")
	prev, fs := ReadPrevious(path, Options{})
	if len(fs) > 0 || prev == nil {
		t.Fatalf("findings %v", fs)
	}
	if prev.File != "bijlage.xlsx" || prev.Municipality != g.Meta.Municipality || prev.Year != 2025 || prev.Portfolio != g.Meta.Portfolio || len(prev.SHA256) != 64 {
		t.Errorf("previous year %+v", prev)
	}
	if len(prev.Plans) != len(g.Plans) {
		t.Fatalf("%d plans, want %d", len(prev.Plans), len(g.Plans))
	}
	// The annex holds the plans in report order.
	for i, k := range g.PlanOrder() {
		p, got := g.Plans[k], prev.Plans[i]
		if got.ID != p.ID || got.Domain != p.Domain || got.Text != p.Text || got.Src.At("ID").String() != "bijlage.xlsx › Plannen!A"+strconv.Itoa(i+2) {
			t.Errorf("plan %d: %s %s %q at %s", i, got.ID, got.Domain, got.Text, got.Src.At("ID"))
		}
	}
}

// TestReadPreviousNotAnAnnex: anything but an annex is refused with a
// reason, never read as if it were one.
func TestReadPreviousNotAnAnnex(t *testing.T) {
	dir := t.TempDir()
	g := sample.Groningen()
	good := annexOf(t, g, dir, "goed.xlsx")
	edited := func(name string, edit func(*excelize.File)) string {
		f, err := excelize.OpenFile(good)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		edit(f)
		path := filepath.Join(dir, name)
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	input := filepath.Join(dir, "invoer.xlsx")
	if err := os.WriteFile(input, inputBook(t, g), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, rule, sub string
	}{
		{"an input workbook", input, report.RulePrevious, "dit is een invoerwerkmap (met het blad Rapport)"},
		{"no Plannen", edited("zonder-plannen.xlsx", func(f *excelize.File) { _ = f.DeleteSheet(report.SheetPlans) }), report.RulePrevious, "die heeft de bladen Samenvatting, Plannen en Bronnen"},
		{"no identity", edited("zonder-eigenschappen.xlsx", func(f *excelize.File) {
			_ = f.SetCustomProps(excelize.CustomProperty{Name: report.AnnexYear})
		}), report.RulePrevious, "de documenteigenschappen Gemeente en Verslagjaar ontbreken"},
		{"no Plan column", edited("zonder-kolom.xlsx", func(f *excelize.File) { _ = f.SetCellStr(report.SheetPlans, "C1", "Wat") }), report.RulePrevious, `kolom "Plan" ontbreekt`},
		{"an empty ID", edited("leeg-id.xlsx", func(f *excelize.File) { _ = f.SetCellStr(report.SheetPlans, "A3", "") }), report.RulePrevious, `"ID" is leeg`},
		{"a duplicate ID", edited("dubbel.xlsx", func(f *excelize.File) { _ = f.SetCellStr(report.SheetPlans, "A3", "P-01") }), report.RulePrevious, `plan-ID "P-01" staat ook op`},
		{"not a workbook", writeFile(t, dir, "tekst.xlsx", []byte("ID;Plan\n")), report.RuleUnreadable, "bijlage van vorig jaar (--vorig-jaar): dit is geen Excel-werkmap"},
		{"missing", filepath.Join(dir, "bestaat-niet.xlsx"), report.RuleUnreadable, "bestand of map niet gevonden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, fs := ReadPrevious(tt.path, Options{})
			if prev != nil || len(fs) == 0 || fs[0].Rule != tt.rule || !strings.Contains(fs[0].Message, tt.sub) || fs[0].Severity != report.Error {
				t.Errorf("got %v, %v; want a %s error with %q", prev, fs, tt.rule, tt.sub)
			}
		})
	}
	// Other columns of the annex may hold anything: a formula error there
	// is not the Terugblik's business.
	path := edited("fout-elders.xlsx", func(f *excelize.File) { _ = f.SetCellFormula(report.SheetPlans, "E2", "1/0") })
	if prev, fs := ReadPrevious(path, Options{}); prev == nil || len(fs) > 0 {
		t.Errorf("a formula in Gereed in: %v", fs)
	}
}

// TestLoadPrevious: Load reads the annex with the inputs and checks the
// Terugblik against it; an annex that cannot be used leaves the check out
// with one warning.
func TestLoadPrevious(t *testing.T) {
	dir := t.TempDir()
	g := sample.Groningen()
	ann := annexOf(t, g, dir, "bijlage-2025.xlsx")
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "2026.xlsx"), inputBook(t, sample.Groningen2026()), 0o644); err != nil {
		t.Fatal(err)
	}
	r, fs := Load([]string{in}, Options{Previous: ann})
	if len(fs) > 0 || r.Previous == nil || r.Previous.File != "bijlage-2025.xlsx" {
		t.Fatalf("findings %v, previous %+v", fs, r.Previous)
	}
	_, fs = Load([]string{in}, Options{Previous: filepath.Join(in, "2026.xlsx")})
	var rules []string
	for _, f := range fs {
		rules = append(rules, f.Rule)
	}
	if strings.Join(rules, " ") != "niet-gecontroleerd vorig-jaar" {
		t.Errorf("an input workbook as last year's annex: %v", fs)
	}
}

// TestReadPreviousAfterLibreOffice: an annex opened and saved again in
// LibreOffice keeps what makes it one (its custom properties may come back
// as other types).
func TestReadPreviousAfterLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed (apt-get install libreoffice-calc)")
	}
	if testing.Short() {
		t.Skip("LibreOffice skipped with -short")
	}
	dir := t.TempDir()
	path := annexOf(t, sample.Groningen(), dir, "bijlage.xlsx")
	out := filepath.Join(dir, "opnieuw")
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	prev, fs := ReadPrevious(filepath.Join(out, "bijlage.xlsx"), Options{})
	if prev == nil || len(fs) > 0 || prev.Year != 2025 || prev.Municipality != "Gemeente Groningen" || len(prev.Plans) != len(sample.Groningen().Plans) {
		t.Errorf("after LibreOffice: %+v, %v", prev, fs)
	}
}

// inputBook is r as one input workbook with every contract sheet.
func inputBook(t *testing.T, r *report.Report) []byte {
	t.Helper()
	var names []string
	for _, s := range Schema {
		names = append(names, s.Name)
	}
	var b bytes.Buffer
	if err := WriteWorkbook(&b, r, names, nil, time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
