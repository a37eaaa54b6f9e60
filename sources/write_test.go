package sources_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/sources"
	"jaarverslag/templates"
)

// The -update flag may also be declared by other tests of this package;
// register it only once.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files (templates/invoer.xlsx, testdata/groningen-2025)")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

const (
	templatePath = "../templates/invoer.xlsx"
	sampleDir    = "../testdata/groningen-2025"
)

// sampleModified is the modification date stored in the sample set.
var sampleModified = time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)

func allSheets() []string {
	var names []string
	for _, s := range sources.Schema {
		names = append(names, s.Name)
	}
	return names
}

func template(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := sources.WriteTemplate(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func open(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func workbook(t *testing.T, r *report.Report, sheets, domains []string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := sources.WriteWorkbook(&b, r, sheets, domains, sampleModified); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTemplateGolden keeps templates/invoer.xlsx equal to what
// WriteTemplate makes; go test ./sources -run TestTemplate -update rewrites it.
func TestTemplateGolden(t *testing.T) {
	got := template(t)
	if again := template(t); !bytes.Equal(got, again) {
		t.Fatal("two calls of WriteTemplate gave different bytes")
	}
	if updating() {
		if err := os.WriteFile(templatePath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date: run go test ./sources -run TestTemplate -update", templatePath)
	}
	if !bytes.Equal(got, templates.InputTemplate) {
		t.Error("templates.InputTemplate differs from WriteTemplate; rebuild after -update")
	}
}

func TestTemplateSheetsAndHeaders(t *testing.T) {
	f := open(t, template(t))
	want := append(append([]string{sources.GuideSheet}, allSheets()...), sources.ListSheet)
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for _, s := range sources.Schema {
		t.Run(s.Name, func(t *testing.T) {
			rows, err := f.GetRows(s.Name)
			if err != nil {
				t.Fatal(err)
			}
			var headers []string
			if s.KeyValue {
				if !slices.Equal(rows[0], []string{"Veld", "Waarde"}) {
					t.Errorf("header row %q, want Veld | Waarde", rows[0])
				}
				for _, r := range rows[1:] {
					headers = append(headers, r[0])
				}
			} else {
				headers = rows[0]
			}
			var want []string
			for _, c := range s.Columns {
				want = append(want, c.Header)
			}
			if !slices.Equal(headers, want) {
				t.Errorf("headers %q, want %q", headers, want)
			}
			panes, err := f.GetPanes(s.Name)
			if err != nil {
				t.Fatal(err)
			}
			if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
				t.Errorf("panes %+v, want the header row frozen", panes)
			}
		})
	}
}

// TestTemplateHelp checks the input message on every header (or, on
// Rapport, every field) and that required columns say so.
func TestTemplateHelp(t *testing.T) {
	f := open(t, template(t))
	for _, s := range sources.Schema {
		dvs, err := f.GetDataValidations(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		prompts := map[string]string{}
		for _, dv := range dvs {
			if dv.Prompt != nil {
				prompts[dv.Sqref] = *dv.Prompt
			}
		}
		for i, c := range s.Columns {
			refs := []string{report.ColumnName(i+1) + "1"}
			if s.KeyValue {
				// The field name and its value cell.
				refs = []string{fmt.Sprintf("A%d", i+2), fmt.Sprintf("B%d", i+2)}
			}
			for _, ref := range refs {
				p, ok := prompts[ref]
				switch {
				case !ok:
					t.Errorf("%s!%s (%s): no input message", s.Name, ref, c.Header)
				case !strings.Contains(p, c.Help):
					t.Errorf("%s!%s: message %q lacks the help %q", s.Name, ref, p, c.Help)
				case c.Required != strings.HasPrefix(p, "(verplicht)"):
					t.Errorf("%s!%s: message %q, required = %v", s.Name, ref, p, c.Required)
				case len([]rune(p)) > 255:
					t.Errorf("%s!%s: message over Excel's 255 characters", s.Name, ref)
				}
			}
		}
	}
}

// listSource returns the values a dropdown's source range holds.
func listSource(t *testing.T, f *excelize.File, formula string) []string {
	t.Helper()
	sheet, ref, ok := strings.Cut(strings.ReplaceAll(formula, "$", ""), "!")
	if !ok {
		t.Fatalf("dropdown source %q is not a range on a sheet", formula)
	}
	from, to, _ := strings.Cut(ref, ":")
	col, first, _ := excelize.SplitCellName(from)
	_, last, _ := excelize.SplitCellName(to)
	var out []string
	for r := first; r <= last; r++ {
		v, err := f.GetCellValue(sheet, col+strconv.Itoa(r))
		if err != nil {
			t.Fatal(err)
		}
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// dropdown finds the list validation on the data cells of a column.
func dropdown(t *testing.T, f *excelize.File, sheet, header string) *excelize.DataValidation {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], header)
	if col < 0 {
		t.Fatalf("%s has no column %s", sheet, header)
	}
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	letter := report.ColumnName(col + 1)
	for _, dv := range dvs {
		if dv.Type == "list" && strings.HasPrefix(dv.Sqref, letter+"2:"+letter) {
			return dv
		}
	}
	return nil
}

func TestTemplateDropdowns(t *testing.T) {
	f := open(t, template(t))
	tests := []struct {
		sheet, header string
		want          []string // values of the source range
		source        string   // exact source, when it must be Domeinen
	}{
		{report.SheetActions, "Status", []string{"Gereed", "Op schema", "Vertraagd", "Niet gestart", "Gestopt"}, ""},
		{report.SheetAchievements, "Piramideniveau", strs(report.PyramidLevels), ""},
		{report.SheetBudget, "Soort", []string{"Lasten", "Baten"}, ""},
		{report.SheetActions, "Domein", nil, "Domeinen!$B$2:$B$200"},
		{report.SheetAchievements, "Domein", nil, "Domeinen!$B$2:$B$200"},
		{report.SheetPlans, "Domein", nil, "Domeinen!$B$2:$B$200"},
		{report.SheetDevelopments, "Domein", nil, "Domeinen!$B$2:$B$200"},
		{report.SheetKeyFigures, "Domein", nil, "Domeinen!$B$2:$B$200"},
		{report.SheetBudget, "Domein", nil, "Domeinen!$B$2:$B$200"},
	}
	for _, tt := range tests {
		t.Run(tt.sheet+"."+tt.header, func(t *testing.T) {
			dv := dropdown(t, f, tt.sheet, tt.header)
			if dv == nil {
				t.Fatal("no dropdown")
			}
			if tt.source != "" && dv.Formula1 != tt.source {
				t.Errorf("source %q, want %q", dv.Formula1, tt.source)
			}
			if tt.want != nil {
				if !strings.HasPrefix(dv.Formula1, sources.ListSheet+"!") {
					t.Errorf("source %q is not on %s", dv.Formula1, sources.ListSheet)
				}
				if got := listSource(t, f, dv.Formula1); !slices.Equal(got, tt.want) {
					t.Errorf("list %q, want %q", got, tt.want)
				}
			}
		})
	}
	if dv := dropdown(t, f, report.SheetDomains, "Domein"); dv != nil {
		t.Error("Domeinen!Domein has a dropdown on itself")
	}
}

// TestDepartmentTemplate: a department's workbook has every data sheet but
// not Rapport and Domeinen, and its Domein dropdowns offer the given domains
// in their Volgorde, or the default list.
func TestDepartmentTemplate(t *testing.T) {
	own := []report.Domain{{Order: 2, Name: "Zorg"}, {Order: 1, Name: "Jeugd & gezin"}}
	for _, tt := range []struct {
		name    string
		domains []report.Domain
		want    []string
	}{
		{"default", nil, sources.DefaultDomains},
		{"own list", own, []string{"Jeugd & gezin", "Zorg"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := sources.WriteDepartmentTemplate(&b, sources.DepartmentSettings{Domains: tt.domains}); err != nil {
				t.Fatal(err)
			}
			f := open(t, b.Bytes())
			want := []string{sources.GuideSheet}
			for _, s := range allSheets() {
				if s != report.SheetReport && s != report.SheetDomains {
					want = append(want, s)
				}
			}
			if got := f.GetSheetList(); !slices.Equal(got, append(want, sources.ListSheet)) {
				t.Fatalf("sheets %v, want %v and %s", got, want, sources.ListSheet)
			}
			for _, sheet := range want[1:] {
				s, _ := sources.Lookup(sheet)
				if !slices.ContainsFunc(s.Columns, func(c sources.Column) bool { return c.Header == "Domein" }) {
					continue // Beschouwingen
				}
				dv := dropdown(t, f, sheet, "Domein")
				if sheet == report.SheetReview {
					// Last year's domain, a reminder: not this year's list.
					if dv != nil {
						t.Errorf("%s: Domein has a dropdown", sheet)
					}
					continue
				}
				if dv == nil {
					t.Fatalf("%s: no Domein dropdown", sheet)
				}
				if got := listSource(t, f, dv.Formula1); !slices.Equal(got, tt.want) {
					t.Errorf("%s: Domein list %q, want %q", sheet, got, tt.want)
				}
				// Room below the list, for a domain F&C adds later.
				if !strings.HasSuffix(dv.Formula1, "$200") {
					t.Errorf("%s: Domein list %q ends at the last domain", sheet, dv.Formula1)
				}
			}
		})
	}
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func TestTemplateContent(t *testing.T) {
	f := open(t, template(t))
	rows, err := f.GetRows(report.SheetDomains)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(sources.DefaultDomains)+1 {
		t.Fatalf("Domeinen has %d rows, want header + %d", len(rows), len(sources.DefaultDomains))
	}
	for i, d := range sources.DefaultDomains {
		if got := rows[i+1][:2]; got[0] != strconv.Itoa(i+1) || got[1] != d {
			t.Errorf("Domeinen row %d = %q, want %d %q", i+2, got, i+1, d)
		}
	}
	rapport, _ := f.GetRows(report.SheetReport)
	for _, r := range rapport[1:] {
		if len(r) > 1 && r[1] != "" {
			t.Errorf("Rapport %s is filled in (%q) in the blank template", r[0], r[1])
		}
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Creator != "jaarverslag" || props.Created != "2025-01-01T00:00:00Z" || props.Modified != "2025-01-01T00:00:00Z" {
		t.Errorf("doc props %+v", props)
	}
	guide, _ := f.GetRows(sources.GuideSheet)
	var text strings.Builder
	for _, r := range guide {
		text.WriteString(strings.Join(r, " ") + "\n")
	}
	for _, want := range []string{"jaarverslag validate", "Alt+Enter", "verplicht", "Vertraagd", "Veilig thuis, basis op orde"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("%s does not mention %q", sources.GuideSheet, want)
		}
	}
	for _, s := range sources.Schema {
		if !strings.Contains(text.String(), s.Name) {
			t.Errorf("%s does not explain sheet %s", sources.GuideSheet, s.Name)
		}
	}
}

// rawRows reads a sheet's data rows with raw values (numbers unformatted).
func rawRows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestWriteWorkbookValues(t *testing.T) {
	r := sample.Groningen()
	f := open(t, workbook(t, r, allSheets(), nil))

	counts := map[string]int{
		report.SheetDomains: len(r.Domains), report.SheetActions: len(r.Actions),
		report.SheetAchievements: len(r.Achievements), report.SheetPlans: len(r.Plans),
		report.SheetDevelopments: len(r.Developments), report.SheetKeyFigures: len(r.KeyFigures),
		report.SheetBudget: len(r.Budget),
	}
	for sheet, n := range counts {
		if got := len(rawRows(t, f, sheet)) - 1; got != n {
			t.Errorf("%s: %d data rows, want %d", sheet, got, n)
		}
	}

	cell := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	numeric := func(sheet, ref string) float64 {
		typ, _ := f.GetCellType(sheet, ref)
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s!%s is %v, want a number", sheet, ref, typ)
		}
		v, err := strconv.ParseFloat(cell(sheet, ref), 64)
		if err != nil {
			t.Errorf("%s!%s = %q, want a number", sheet, ref, cell(sheet, ref))
		}
		return v
	}
	numFmt := func(sheet, ref string) string {
		id, _ := f.GetCellStyle(sheet, ref)
		st, _ := f.GetStyle(id)
		if st.CustomNumFmt == nil {
			return ""
		}
		return *st.CustomNumFmt
	}

	// Rapport: B2 Gemeente … B7 Peildatum as a date cell, B8/B9 thresholds.
	if got := cell(report.SheetReport, "B2"); got != r.Meta.Municipality {
		t.Errorf("Gemeente %q", got)
	}
	if got := numeric(report.SheetReport, "B4"); got != 2025 {
		t.Errorf("Verslagjaar %v", got)
	}
	if got := numeric(report.SheetReport, "B7"); got != 46022 { // 31-12-2025 as an Excel serial
		t.Errorf("Peildatum serial %v, want 46022", got)
	}
	if got := numFmt(report.SheetReport, "B7"); got != "dd-mm-yyyy" {
		t.Errorf("Peildatum format %q", got)
	}
	if got, _ := f.GetCellValue(report.SheetReport, "B7"); got != "31-12-2025" {
		t.Errorf("Peildatum shows %q", got)
	}
	if got := numeric(report.SheetReport, "B8"); got != 250000 {
		t.Errorf("Drempel € %v", got)
	}

	// Coalitieakkoord: links one per line; a link with its own text is a
	// hyperlink cell showing that text.
	actions := rawRows(t, f, report.SheetActions)
	texts := 0
	for i, a := range r.Actions {
		row := actions[i+1]
		if row[0] != a.ID || row[5] != string(a.Status) {
			t.Errorf("row %d = %q…, want %s %s", i+2, row[:2], a.ID, a.Status)
		}
		links := ""
		if len(row) > 6 {
			links = row[6]
		}
		var want []string
		for _, l := range a.Links {
			want = append(want, l.Shown())
		}
		if links != strings.Join(want, "\n") {
			t.Errorf("%s links %q", a.ID, links)
		}
		ref := fmt.Sprintf("G%d", i+2)
		linked, target, err := f.GetCellHyperLink(report.SheetActions, ref)
		if err != nil {
			t.Fatal(err)
		}
		if withText := len(a.Links) == 1 && a.Links[0].Text != ""; linked != withText || withText && target != a.Links[0].URL {
			t.Errorf("%s: hyperlink %v %q", ref, linked, target)
		}
		if linked {
			texts++
		}
	}
	if texts == 0 {
		t.Error("the sample has no link with its own text")
	}

	// Ontwikkelingen: paragraphs survive.
	devs := rawRows(t, f, report.SheetDevelopments)
	if devs[1][2] != r.Developments[0].Text {
		t.Errorf("Tekst %q, want the paragraphs unchanged", devs[1][2])
	}

	// Kerncijfers and Financien: numbers are numbers, decimals kept.
	for i, k := range r.KeyFigures {
		if got := numeric(report.SheetKeyFigures, fmt.Sprintf("D%d", i+2)); got != *k.Value {
			t.Errorf("%s = %v, want %v", k.Indicator, got, *k.Value)
		}
	}
	for i, b := range r.Budget {
		if got := numeric(report.SheetBudget, fmt.Sprintf("F%d", i+2)); got != *b.Actual {
			t.Errorf("%s realisatie %v, want %v", b.Description, got, *b.Actual)
		}
	}

	props, _ := f.GetDocProps()
	if props.Modified != "2026-01-15T09:00:00Z" {
		t.Errorf("Modified %q", props.Modified)
	}
}

func TestWriteWorkbookDomainFilter(t *testing.T) {
	r := sample.Groningen()
	sheets := []string{report.SheetAchievements, report.SheetKeyFigures}
	f := open(t, workbook(t, r, sheets, []string{"jeugd"})) // matched like the reader does
	if got := f.GetSheetList(); !slices.Equal(got, append(append([]string{sources.GuideSheet}, sheets...), sources.ListSheet)) {
		t.Errorf("sheets %v", got)
	}
	want := 0
	for _, a := range r.Achievements {
		if a.Domain == sample.Youth {
			want++
		}
	}
	rows := rawRows(t, f, report.SheetAchievements)
	if len(rows)-1 != want {
		t.Errorf("%d achievements, want %d", len(rows)-1, want)
	}
	for _, row := range rows[1:] {
		if row[1] != sample.Youth {
			t.Errorf("row of domain %q in a Jeugd file", row[1])
		}
	}
	// Without Domeinen in the file the domain list comes from the list sheet.
	dv := dropdown(t, f, report.SheetAchievements, "Domein")
	if dv == nil {
		t.Fatal("no Domein dropdown")
	}
	if got := listSource(t, f, dv.Formula1); !slices.Equal(got, []string{sample.Youth}) {
		t.Errorf("Domein list %q, want only Jeugd", got)
	}
}

// TestWriteLinks: links that do not fit a cell are an error, never dropped.
func TestWriteLinks(t *testing.T) {
	r := sample.Groningen()
	r.Actions[0].Links = []report.Link{{URL: "https://a.nl", Text: "A"}, {URL: "https://b.nl"}}
	var b bytes.Buffer
	err := sources.WriteWorkbook(&b, r, []string{report.SheetActions}, nil, sampleModified)
	if err == nil || !strings.Contains(err.Error(), "one hyperlink") {
		t.Errorf("err = %v", err)
	}
	r.Actions[0].Links = nil
	r.Plans[0].Link = report.Link{URL: "https://p.nl/plan.pdf", Text: "Plan van aanpak"}
	f := open(t, workbook(t, r, []string{report.SheetPlans}, nil))
	linked, target, _ := f.GetCellHyperLink(report.SheetPlans, "F2")
	shown, _ := f.GetCellValue(report.SheetPlans, "F2")
	if !linked || target != "https://p.nl/plan.pdf" || shown != "Plan van aanpak" {
		t.Errorf("Plannen!F2: %v %q %q", linked, target, shown)
	}
}

func TestWriteWorkbookErrors(t *testing.T) {
	tests := []struct {
		name   string
		r      *report.Report
		sheets []string
	}{
		{"no report", nil, []string{report.SheetActions}},
		{"unknown sheet", sample.Groningen(), []string{"Begroting"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := sources.WriteWorkbook(&b, tt.r, tt.sheets, nil, sampleModified); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestWriteWorkbookDeterministic(t *testing.T) {
	r := sample.Scaled(2)
	a := workbook(t, r, allSheets(), nil)
	b := workbook(t, r, allSheets(), nil)
	if !bytes.Equal(a, b) {
		t.Fatal("same input, different bytes")
	}
	var c bytes.Buffer
	if err := sources.WriteWorkbook(&c, r, allSheets(), nil, sampleModified.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, c.Bytes()) {
		t.Error("another modification date, same bytes")
	}
}

// TestSampleSet keeps testdata/groningen-2025 equal to the Groningen set
// written through sample.Split, and checks that the files together hold
// every row exactly once. -update rewrites the files.
func TestSampleSet(t *testing.T) {
	r := sample.Groningen()
	if updating() {
		if err := os.MkdirAll(sampleDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	rows := map[string]int{}
	for _, p := range sample.Split() {
		got := workbook(t, r, p.Sheets, p.Domains)
		path := filepath.Join(sampleDir, p.Name)
		if updating() {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		} else if want, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is missing or out of date: run go test ./sources -run TestSampleSet -update", path)
		}
		f := open(t, got)
		for _, s := range p.Sheets {
			n := len(rawRows(t, f, s)) - 1
			if s == report.SheetReport {
				n = 1
			}
			rows[s] += n
		}
	}
	want := map[string]int{
		report.SheetReport: 1, report.SheetDomains: len(r.Domains), report.SheetActions: len(r.Actions),
		report.SheetAchievements: len(r.Achievements), report.SheetPlans: len(r.Plans),
		report.SheetDevelopments: len(r.Developments), report.SheetKeyFigures: len(r.KeyFigures),
		report.SheetBudget: len(r.Budget),
	}
	for s, n := range want {
		if rows[s] != n {
			t.Errorf("%s: %d rows over all files, want %d", s, rows[s], n)
		}
	}
	entries, _ := os.ReadDir(sampleDir)
	if len(entries) != len(sample.Split()) {
		t.Errorf("%s holds %d files, want %d", sampleDir, len(entries), len(sample.Split()))
	}
}

// TestWriteScaled100 writes a large set whole; its speed is in the benchmarks.
func TestWriteScaled100(t *testing.T) {
	if testing.Short() {
		t.Skip("large set")
	}
	r := sample.Scaled(100)
	b := workbook(t, r, allSheets(), nil)
	f := open(t, b)
	if n := len(rawRows(t, f, report.SheetAchievements)) - 1; n != len(r.Achievements) {
		t.Errorf("%d achievements read back, want %d", n, len(r.Achievements))
	}
}

func BenchmarkWriteWorkbook(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		r := sample.Scaled(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := sources.WriteWorkbook(&buf, r, allSheets(), nil, sampleModified); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}

// ExampleWriteWorkbook writes the Groningen set as the files departments
// would send in, the loop behind `jaarverslag sample`.
func ExampleWriteWorkbook() {
	dir, err := os.MkdirTemp("", "groningen")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	r := sample.Groningen()
	for _, p := range sample.Split() {
		var b bytes.Buffer
		if err := sources.WriteWorkbook(&b, r, p.Sheets, p.Domains, sampleModified); err != nil {
			fmt.Println(err)
			return
		}
		if err := os.WriteFile(filepath.Join(dir, p.Name), b.Bytes(), 0o644); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(p.Name, strings.Join(p.Sheets, ", "))
	}
	// Output:
	// rapport.xlsx Rapport, Domeinen, Beschouwingen
	// coalitieakkoord.xlsx Coalitieakkoord
	// gezondheid-en-welzijn.xlsx Resultaten, Plannen, Ontwikkelingen, Kerncijfers
	// jeugd.xlsx Resultaten, Plannen, Ontwikkelingen, Kerncijfers
	// opvang-en-nieuwkomers.xlsx Resultaten, Plannen, Ontwikkelingen, Kerncijfers
	// veiligheid-en-armoede.xlsx Resultaten, Plannen, Ontwikkelingen, Kerncijfers
	// financien.xlsx Financien
}

// withoutSources clears what only reading fills in, so a read report can be
// compared with the one written.
func withoutSources(r *report.Report) *report.Report {
	r.Meta.Src = report.Source{}
	for i := range r.Domains {
		r.Domains[i].Src = report.Source{}
	}
	for i := range r.Actions {
		r.Actions[i].Src = report.Source{}
	}
	for i := range r.Achievements {
		r.Achievements[i].Src = report.Source{}
	}
	for i := range r.Plans {
		r.Plans[i].Src = report.Source{}
	}
	for i := range r.Developments {
		r.Developments[i].Src = report.Source{}
	}
	for i := range r.KeyFigures {
		r.KeyFigures[i].Src = report.Source{}
	}
	for i := range r.Budget {
		r.Budget[i].Src = report.Source{}
	}
	for i := range r.Reflections {
		r.Reflections[i].Src = report.Source{}
	}
	for i := range r.Reviews {
		r.Reviews[i].Src = report.Source{}
	}
	r.Files = nil
	return r
}

// TestRoundTrip reads back what the writer wrote: the same report, and not
// a single finding, for the template, one whole workbook and the sample set.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	whole := filepath.Join(dir, "alles.xlsx")
	if err := os.WriteFile(whole, workbook(t, sample.Groningen(), allSheets(), nil), 0o644); err != nil {
		t.Fatal(err)
	}
	next := filepath.Join(dir, "2026.xlsx")
	if err := os.WriteFile(next, workbook(t, sample.Groningen2026(), allSheets(), nil), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		paths []string
		want  *report.Report // nil: only check for findings
	}{
		{"template", []string{templatePath}, nil},
		{"one workbook", []string{whole}, sample.Groningen()},
		{"with a Terugblik", []string{next}, sample.Groningen2026()},
		{"sample set", []string{sampleDir}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, fs := sources.Read(tt.paths, sources.Options{})
			for _, f := range fs {
				t.Errorf("%s [%s]", f, f.Rule)
			}
			if tt.want != nil && !reflect.DeepEqual(withoutSources(got), tt.want) {
				t.Errorf("read back a different report:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
	// The split files hold the same rows, merged in file-name order.
	got, _ := sources.Read([]string{sampleDir}, sources.Options{})
	want := sample.Groningen()
	if len(got.Actions) != len(want.Actions) || len(got.Achievements) != len(want.Achievements) ||
		len(got.Plans) != len(want.Plans) || len(got.Developments) != len(want.Developments) ||
		len(got.KeyFigures) != len(want.KeyFigures) || len(got.Budget) != len(want.Budget) ||
		!reflect.DeepEqual(withoutSources(got).Meta, want.Meta) {
		t.Error("the sample set reads back to other rows than sample.Groningen")
	}
}
