package sources_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// TestNumbersShowAsTyped: number columns of the template and of written
// workbooks have the General format, so 12,5 does not show as 13 nor
// 1.500,75 as 1.501, and a staff member sees what they typed.
func TestNumbersShowAsTyped(t *testing.T) {
	f := open(t, template(t))
	for _, s := range sources.Schema {
		for i, c := range s.Columns {
			if c.Kind != sources.Number && c.Kind != sources.Whole {
				continue
			}
			var id int
			var err error
			if s.KeyValue {
				id, err = f.GetCellStyle(s.Name, "B"+strconv.Itoa(i+2))
			} else {
				id, err = f.GetColStyle(s.Name, report.ColumnName(i+1))
			}
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			if st.NumFmt != 0 || st.CustomNumFmt != nil {
				t.Errorf("%s › %s: number format %d %v, want General", s.Name, c.Header, st.NumFmt, st.CustomNumFmt)
			}
		}
	}

	typed := []float64{12.5, 1500.75, 0.12345, 105000000, 3}
	w := open(t, numbersWorkbook(t, typed))
	for i, x := range typed {
		ref := "D" + strconv.Itoa(i+2)
		shown, err := w.GetCellValue(report.SheetKeyFigures, ref)
		if err != nil {
			t.Fatal(err)
		}
		if shown != strconv.FormatFloat(x, 'f', -1, 64) {
			t.Errorf("%s shows %q, want %q", ref, shown, strconv.FormatFloat(x, 'f', -1, 64))
		}
	}
}

// TestNumbersShowAsTypedInLibreOffice has LibreOffice show the written
// numbers (CSV "as shown"): every digit is there.
func TestNumbersShowAsTypedInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("needs LibreOffice (soffice)")
	}
	dir := t.TempDir()
	typed := []float64{12.5, 1500.75, 0.12345, 105000000, 3}
	in := filepath.Join(dir, "getallen.xlsx")
	if err := os.WriteFile(in, numbersWorkbook(t, typed), 0o644); err != nil {
		t.Fatal(err)
	}
	// Sheet 2 is Kerncijfers (1 is Toelichting); the 9th option is "as shown".
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,2", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "getallen-Kerncijfers.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i, x := range typed {
		fields := strings.Split(lines[i+1], ";")
		// LibreOffice headless shows numbers in its en-US locale.
		if got, want := fields[3], strconv.FormatFloat(x, 'f', -1, 64); got != want {
			t.Errorf("row %d shows %q, want %q", i+2, got, want)
		}
	}
}

// numbersWorkbook is a Kerncijfers sheet with the given Verslagjaar values.
func numbersWorkbook(t *testing.T, values []float64) []byte {
	t.Helper()
	r := &report.Report{}
	for _, x := range values {
		r.KeyFigures = append(r.KeyFigures, report.KeyFigure{Domain: "Jeugd", Indicator: "Indicator", Unit: "aantal", Value: &x, Source: "CBS"})
	}
	var b bytes.Buffer
	if err := sources.WriteWorkbook(&b, r, []string{report.SheetKeyFigures}, nil, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
