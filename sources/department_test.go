package sources_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// texts is every text a staff member can see in a workbook: cell values,
// the input messages on headers and the dropdowns' error messages.
func texts(t *testing.T, f *excelize.File) []string {
	t.Helper()
	var out []string
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			out = append(out, row...)
		}
		dvs, err := f.GetDataValidations(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, dv := range dvs {
			for _, p := range []*string{dv.PromptTitle, dv.Prompt, dv.ErrorTitle, dv.Error} {
				if p != nil {
					out = append(out, *p)
				}
			}
		}
	}
	return out
}

// guide maps the labels in column A of the Toelichting sheet to column B.
func guide(t *testing.T, f *excelize.File) (map[string]string, []string) {
	t.Helper()
	rows, err := f.GetRows(sources.GuideSheet)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	var labels []string
	for _, r := range rows {
		if len(r) > 1 && r[0] != "" {
			m[r[0]] = r[1]
			labels = append(labels, r[0])
		}
	}
	return m, labels
}

var (
	// command is a command line a department would have to type.
	command = regexp.MustCompile(`(?i)jaarverslag (template|validate|build|sample|version)|terminal|opdrachtregel|command`)
	// absent names a sheet a department's workbook does not have.
	absent = regexp.MustCompile(`\b(Rapport|Domeinen)\b`)
)

// TestDepartmentGuide: a department's Toelichting describes its own sheets
// only, shows F&C's Verslagjaar and thresholds (or says plainly that they
// are not known), and no text in the workbook asks for a terminal or
// points at Rapport or Domeinen.
func TestDepartmentGuide(t *testing.T) {
	eur, pct := 250000.0, 12.5
	meta := &report.Meta{Year: 2025, ThresholdEUR: &eur, ThresholdPct: &pct, CutoffDate: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		name string
		set  sources.DepartmentSettings
		want map[string]string // label → text that must be in column B
	}{
		{"from F&C's file", sources.DepartmentSettings{Meta: meta, From: "rapport.xlsx"}, map[string]string{
			"Verslagjaar":             "2025. Resultaten, kerncijfers en financiën gaan over 2025; de plannen over 2026.",
			"Drempel toelichting (€)": "€ 250.000",
			"Drempel toelichting (%)": "12,5%",
			"Toelichting verplicht":   "meer dan € 250.000 of meer dan 12,5% af van de Begroting na wijziging",
			"Bron":                    "rapport.xlsx van F&C",
		}},
		{"F&C set no thresholds", sources.DepartmentSettings{Meta: &report.Meta{Year: 2026}, From: "fc.xlsx"}, map[string]string{
			"Verslagjaar":             "2026.",
			"Drempel toelichting (€)": "Geen",
			"Drempel toelichting (%)": "Geen",
			"Toelichting verplicht":   "F&C heeft geen drempels vastgesteld",
		}},
		{"only a euro threshold", sources.DepartmentSettings{Meta: &report.Meta{Year: 2025, ThresholdEUR: &eur}, From: "fc.xlsx"}, map[string]string{
			"Drempel toelichting (%)": "Geen",
			"Toelichting verplicht":   "meer dan € 250.000 af van",
		}},
		{"without F&C's file", sources.DepartmentSettings{}, map[string]string{
			"Verslagjaar":             "Niet bekend",
			"Drempel toelichting (€)": "Niet bekend",
			"Drempel toelichting (%)": "Niet bekend",
			"Keuzelijsten":            "standaarddomeinen",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := sources.WriteDepartmentTemplate(&b, tt.set); err != nil {
				t.Fatal(err)
			}
			f := open(t, b.Bytes())
			g, labels := guide(t, f)
			for label, want := range tt.want {
				if !strings.Contains(g[label], want) {
					t.Errorf("%s: %q, want it to contain %q", label, g[label], want)
				}
			}
			// Its own sheets are described, and no others.
			for _, s := range f.GetSheetList()[1:] {
				if visible, _ := f.GetSheetVisible(s); visible && !slices.Contains(labels, s) {
					t.Errorf("the Toelichting does not describe sheet %s", s)
				}
			}
			for _, s := range []string{report.SheetReport, report.SheetDomains} {
				if slices.Contains(labels, s) {
					t.Errorf("the Toelichting describes %s, which this workbook lacks", s)
				}
			}
			if _, ok := g["Bron"]; ok != (tt.set.From != "") {
				t.Errorf("Bron shown: %v, From %q", ok, tt.set.From)
			}
			for _, s := range texts(t, f) {
				if m := command.FindString(s); m != "" {
					t.Errorf("a department is asked for %q: %q", m, s)
				}
				if m := absent.FindString(s); m != "" {
					t.Errorf("a department is pointed at %s: %q", m, s)
				}
			}
		})
	}
}

// TestFullTemplateGuide: the full template, which F&C uses,
// still explains Rapport and Domeinen and how to check with the command.
func TestFullTemplateGuide(t *testing.T) {
	f := open(t, template(t))
	g, labels := guide(t, f)
	for _, s := range []string{report.SheetReport, report.SheetDomains} {
		if !slices.Contains(labels, s) {
			t.Errorf("the full template does not describe %s", s)
		}
	}
	if !strings.Contains(g["Controleren"], "jaarverslag validate") {
		t.Errorf("Controleren: %q", g["Controleren"])
	}
	if _, ok := g["Verslagjaar"]; ok {
		t.Error("the full template shows F&C's Verslagjaar, which it holds on Rapport itself")
	}
}
