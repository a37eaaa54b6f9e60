package sources_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// TestGuardsSurviveLibreOffice saves the template and a department's
// template in LibreOffice (as xlsx, which the portal and the command take)
// and reads back what staff then work with: the same checks with the same
// error styles, the list sheet still hidden, every sheet still protected
// with the same permissions, headers locked and data cells open, Arial,
// and the same findings when read. LibreOffice writes a check only down to
// 1,000 rows below the last filled row (it re-extends on every save), so
// after its save the checks reach row 1,001 of a blank sheet, not 10,001.
func TestGuardsSurviveLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("needs LibreOffice (soffice)")
	}
	dir := t.TempDir()
	files := guardedFiles(t)
	delete(files, "jeugd") // a sample file: not what staff fill in
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name+".xlsx")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	out := filepath.Join(dir, "lo")
	cmd := exec.Command(soffice, append([]string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", "xlsx", "--outdir", out}, paths...)...)
	done := make(chan error, 1)
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("soffice: %v\n%s", err, log.String())
		}
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("soffice did not finish in 3 minutes")
	}
	for name, b := range files {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(out, name+".xlsx")
			lb, err := os.ReadFile(p)
			if err != nil {
				t.Fatalf("no xlsx from LibreOffice: %v\n%s", err, log.String())
			}
			orig, lo := open(t, b), open(t, lb)
			if !slices.Equal(orig.GetSheetList(), lo.GetSheetList()) {
				t.Fatalf("sheets %v, were %v", lo.GetSheetList(), orig.GetSheetList())
			}
			if visible, _ := lo.GetSheetVisible(sources.ListSheet); visible {
				t.Errorf("%s is visible", sources.ListSheet)
			}
			for _, sheet := range lo.GetSheetList() {
				attrs := protectionAttrs(t, sheetXML(t, lb, sheet))
				if attrs == nil || !isTrue(attrs["sheet"]) {
					t.Errorf("%s: not protected", sheet)
				}
				for _, a := range allowed {
					if isTrue(attrs[a]) {
						t.Errorf("%s: %s no longer allowed", sheet, a)
					}
				}
			}
			for _, s := range contractSheets(orig) {
				for i, c := range s.Columns {
					col := report.ColumnName(i + 1)
					cell, last := col+"2", col+"1001"
					if s.KeyValue {
						col, cell, last = "B", "B"+strconv.Itoa(i+2), "B"+strconv.Itoa(i+2)
					}
					want, got := validationAt(t, orig, s.Name, cell), validationAt(t, lo, s.Name, last)
					if want == nil || want.Type == "" {
						continue
					}
					if got == nil || got.Type != want.Type || str(got.ErrorStyle) != str(want.ErrorStyle) ||
						got.ShowErrorMessage != want.ShowErrorMessage || got.Formula1 != want.Formula1 || str(got.Error) != str(want.Error) {
						t.Errorf("%s!%s (%s): after LibreOffice %+v, was %+v", s.Name, last, c.Header, got, want)
					}
					if !s.KeyValue && !locked(t, lo, s.Name, col+"1") {
						t.Errorf("%s!%s1 is open after LibreOffice", s.Name, col)
					}
					if locked(t, lo, s.Name, cell) {
						t.Errorf("%s!%s is locked after LibreOffice", s.Name, cell)
					}
				}
			}
			if x := string(part(t, lb, "xl/styles.xml")); strings.Count(x, "<font>") != strings.Count(x, `<name val="Arial"/>`) {
				t.Errorf("a font other than Arial after LibreOffice")
			}
			// Read as the build reads it: the same findings as the original.
			origPath := filepath.Join(dir, name+".xlsx")
			_, before := sources.Read([]string{origPath}, sources.Options{})
			_, after := sources.Read([]string{p}, sources.Options{})
			if k, l := findingKeys(before), findingKeys(after); !slices.Equal(k, l) {
				t.Errorf("findings after LibreOffice:\n%v\nwere\n%v", l, k)
			}
		})
	}
}

// findingKeys are the rule and place of each finding, without the file name.
func findingKeys(fs report.Findings) []string {
	var out []string
	for _, f := range fs {
		f.Pos.File = ""
		out = append(out, f.Rule+" "+f.Pos.String())
	}
	slices.Sort(out)
	return out
}
