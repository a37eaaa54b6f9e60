package annex

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// libreOffice runs soffice headless on in with a fresh profile in dir, or
// skips the test where LibreOffice is not installed. registry, when set,
// is the profile's settings.
func libreOffice(t *testing.T, dir, registry string, args ...string) {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice niet geïnstalleerd: soffice staat niet in PATH; installeer libreoffice-calc om de bijlage te laten openen")
	}
	if testing.Short() {
		t.Skip("LibreOffice-test overgeslagen met -short")
	}
	profile := filepath.Join(dir, "profile")
	if registry != "" {
		if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(registry), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(soffice, append([]string{"--headless", "-env:UserInstallation=file://" + profile}, args...)...)
	done := make(chan struct{})
	var outb []byte
	go func() { outb, err = cmd.CombinedOutput(); close(done) }()
	select {
	case <-done:
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("soffice did not finish in 3 minutes")
	}
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, outb)
	}
}

// TestLibreOffice opens the annex the way a council member's office suite
// would and converts it to PDF; LibreOffice refuses files it cannot read.
func TestLibreOffice(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bijlage.xlsx")
	if err := os.WriteFile(in, mustWrite(t, groningen()), 0o644); err != nil {
		t.Fatal(err)
	}
	libreOffice(t, dir, "", "--convert-to", "pdf", "--outdir", dir, in)
	st, err := os.Stat(filepath.Join(dir, "bijlage.pdf"))
	if err != nil || st.Size() < 10_000 {
		t.Fatalf("no PDF from soffice (%v)", err)
	}
}

// recalcAlways makes LibreOffice recalculate every formula of an xlsx it
// opens instead of showing the cached values.
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// recalculated has LibreOffice recalculate the workbook and returns every
// sheet's cells as it calculated them, raw (percentages keep a "%").
func recalculated(t *testing.T, data []byte) map[string][][]string {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "bijlage.xlsx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// Sheet -1: every sheet to a CSV file of its own, bijlage-Blad.csv.
	libreOffice(t, dir, recalcAlways, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, in)
	f := open(t, data)
	out := map[string][][]string{}
	for _, s := range f.GetSheetList() {
		b, err := os.ReadFile(filepath.Join(dir, "bijlage-"+s+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		out[s] = rows
	}
	return out
}

// calculated is a cell as LibreOffice calculated it, "" where it is empty.
func calculated(rows [][]string, cell string) string {
	c, r, _ := excelize.CellNameToCoordinates(cell)
	if r-1 >= len(rows) || c-1 >= len(rows[r-1]) {
		return ""
	}
	v := rows[r-1][c-1]
	if p, ok := strings.CutSuffix(v, "%"); ok {
		if x, err := strconv.ParseFloat(p, 64); err == nil {
			return strconv.FormatFloat(x/100, 'g', -1, 64)
		}
	}
	return v
}

// TestLibreOfficeRecalculates has a spreadsheet program recalculate the
// whole annex and compares every formula on every sheet with the value the
// annex caches: the structured references, the SUBTOTAL totals and the
// criteria for domain names that COUNTIFS and SUMIFS would take as a
// pattern (excelize's calculation cannot judge those: it ignores "~").
func TestLibreOfficeRecalculates(t *testing.T) {
	data := mustWrite(t, wildDomains())
	sheets := recalculated(t, data)
	f := open(t, data)
	n, kinds := 0, map[string]int{}
	for _, s := range f.GetSheetList() {
		for _, fc := range formulas(t, f, s) {
			n++
			got := calculated(sheets[s], fc.cell)
			if !sameValue(fc.cached, got) {
				t.Errorf("%s!%s = %s: LibreOffice %q, annex caches %q", s, fc.cell, fc.formula, got, fc.cached)
			}
			for _, k := range []string{"SUBTOTAL(", "COUNTIFS(", "SUMIFS(", "HYPERLINK(", "DrempelEuro"} {
				if strings.Contains(fc.formula, k) {
					kinds[k]++
				}
			}
		}
	}
	if n < 300 || kinds["SUBTOTAL("] < 6 || kinds["DrempelEuro"] < 30 || kinds["COUNTIFS("] < 50 {
		t.Errorf("only %d formulas compared: %v", n, kinds)
	}
	t.Logf("%d formulas equal to their cached values: %v", n, kinds)
}

// TestLibreOfficeTotalsFollowFilters hides rows of Financien, as a filter
// does, and adds a row to a table, as an analyst would: the totals count
// only the visible rows, and the Samenvatting counts the new row.
func TestLibreOfficeTotalsFollowFilters(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	fin := readSheet(t, f, report.SheetBudget)
	lines := budgetLines(r)
	// Hide every line but those of Jeugd, as a filter on Domein does.
	var want [2]report.BudgetTotal
	for i, b := range lines {
		if b.Domain != sample.Youth {
			if err := f.SetRowVisible(report.SheetBudget, i+2, false); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want[slices.Index(report.BudgetKinds, b.Kind)].Add(b)
	}
	// One more action in the Coalitieakkoord table.
	acts := readSheet(t, f, report.SheetActions)
	row := len(acts.rows) + 1
	for h, v := range map[string]string{"ID": "CA-99", "Domein": r.Domains[0].Name, "Status": "Gereed"} {
		if err := f.SetCellValue(report.SheetActions, acts.ref(h, row-2), v); err != nil {
			t.Fatal(err)
		}
	}
	tables, _ := f.GetTables(report.SheetActions)
	if err := f.DeleteTable(tables[0].Name); err != nil {
		t.Fatal(err)
	}
	if err := f.AddTable(report.SheetActions, &excelize.Table{
		Range: fmt.Sprintf("A1:%s%d", report.ColumnName(len(acts.headers)), row), Name: tables[0].Name, StyleName: tableStyle,
	}); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	sheets := recalculated(t, buf.Bytes())

	for k, kind := range report.BudgetKinds {
		at := func(h string) string {
			return report.ColumnName(slices.Index(fin.headers, h)+1) + strconv.Itoa(len(lines)+3+k)
		}
		for h, w := range map[string]float64{"Begroting na wijziging": want[k].Budget, "Realisatie": want[k].Actual,
			"Afwijking (€)": want[k].Actual - want[k].Budget} {
			got, err := strconv.ParseFloat(calculated(sheets[report.SheetBudget], at(h)), 64)
			if err != nil || math.Abs(got-w) > 0.005 {
				t.Errorf("with only Jeugd visible, total %s %s = %q, want %v", kind, h, calculated(sheets[report.SheetBudget], at(h)), w)
			}
		}
	}
	summary := sheets[SheetSummary]
	for i, line := range summary {
		if len(line) > 0 && line[0] == "Totaal" {
			if got := line[6]; got != strconv.Itoa(len(r.Actions)+1) {
				t.Errorf("Samenvatting!G%d counts %s actions after one was added, want %d", i+1, got, len(r.Actions)+1)
			}
			if got, want := line[1], strconv.Itoa(r.StatusCount("")[report.StatusDone]+1); got != want {
				t.Errorf("Samenvatting!B%d counts %s done, want %s", i+1, got, want)
			}
			break
		}
	}
}
