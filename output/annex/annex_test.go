package annex

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

func write(t testing.TB, r *report.Report) ([]byte, Rendered) {
	t.Helper()
	return writeWith(t, r, testBuild)
}

func writeWith(t testing.TB, r *report.Report, b report.Build) ([]byte, Rendered) {
	t.Helper()
	var buf bytes.Buffer
	out, err := Write(&buf, r, b)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes(), out
}

func mustWrite(t testing.TB, r *report.Report) []byte {
	data, _ := write(t, r)
	return data
}

func open(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("open annex: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// sheet is a sheet read back: its rows as shown, and lookups by header.
type sheet struct {
	t       testing.TB
	f       *excelize.File
	name    string
	rows    [][]string
	headers []string
}

// readSheet reads a sheet's table: its header and data rows, not what is
// below it (Financien's totals).
func readSheet(t testing.TB, f *excelize.File, name string) sheet {
	t.Helper()
	rows, err := f.GetRows(name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s is empty", name)
	}
	if tables, _ := f.GetTables(name); len(tables) == 1 {
		_, to, _ := strings.Cut(tables[0].Range, ":")
		_, last, _ := excelize.CellNameToCoordinates(to)
		if last < len(rows) {
			rows = rows[:last]
		}
	}
	return sheet{t: t, f: f, name: name, rows: rows, headers: rows[0]}
}

// ref is the cell of a column (by header) in a data row (0 = first).
func (s sheet) ref(header string, i int) string {
	s.t.Helper()
	j := slices.Index(s.headers, header)
	if j < 0 {
		s.t.Fatalf("%s has no column %q; headers %q", s.name, header, s.headers)
	}
	return report.ColumnName(j+1) + strconv.Itoa(i+2)
}

// value is what a cell shows; raw is its stored value.
func (s sheet) value(header string, i int) string {
	v, _ := s.f.GetCellValue(s.name, s.ref(header, i))
	return v
}

func (s sheet) raw(header string, i int) string {
	v, _ := s.f.GetCellValue(s.name, s.ref(header, i), excelize.Options{RawCellValue: true})
	return v
}

func (s sheet) formula(header string, i int) string {
	v, _ := s.f.GetCellFormula(s.name, s.ref(header, i))
	return v
}

// sectionRow is one row as the annex must hold it.
type sectionRow struct {
	key string // ID, or Onderwerp/Indicator/Omschrijving where there is no ID
	src report.Source
}

// expected lists every section's rows in report order.
func expected(r *report.Report) map[string][]sectionRow {
	m := map[string][]sectionRow{}
	for _, i := range r.ActionOrder() {
		a := r.Actions[i]
		m[report.SheetActions] = append(m[report.SheetActions], sectionRow{a.ID, a.Src})
	}
	for _, i := range r.AchievementOrder() {
		a := r.Achievements[i]
		m[report.SheetAchievements] = append(m[report.SheetAchievements], sectionRow{a.ID, a.Src})
	}
	for _, i := range r.PlanOrder() {
		p := r.Plans[i]
		m[report.SheetPlans] = append(m[report.SheetPlans], sectionRow{p.ID, p.Src})
	}
	for _, i := range r.DevelopmentOrder() {
		d := r.Developments[i]
		m[report.SheetDevelopments] = append(m[report.SheetDevelopments], sectionRow{d.Topic, d.Src})
	}
	for _, i := range r.KeyFigureOrder() {
		k := r.KeyFigures[i]
		m[report.SheetKeyFigures] = append(m[report.SheetKeyFigures], sectionRow{k.Indicator, k.Src})
	}
	for _, i := range r.BudgetOrder() {
		b := r.Budget[i]
		m[report.SheetBudget] = append(m[report.SheetBudget], sectionRow{b.Description, b.Src})
	}
	for _, i := range r.ReflectionOrder() {
		f := r.Reflections[i]
		m[report.SheetReflections] = append(m[report.SheetReflections], sectionRow{f.Title, f.Src})
	}
	for _, i := range r.ReviewOrder() {
		v := r.Reviews[i]
		m[report.SheetReview] = append(m[report.SheetReview], sectionRow{v.PlanID, v.Src})
	}
	for _, d := range r.OrderedDomains() {
		m[report.SheetDomains] = append(m[report.SheetDomains], sectionRow{d.Name, d.Src})
	}
	return m
}

// keyColumn is the header identifying a row on each section sheet.
var keyColumn = map[string]string{
	report.SheetActions:      "ID",
	report.SheetAchievements: "ID",
	report.SheetPlans:        "ID",
	report.SheetDevelopments: "Onderwerp",
	report.SheetKeyFigures:   "Indicator",
	report.SheetBudget:       "Omschrijving",
	report.SheetDomains:      "Domein",
	report.SheetReflections:  "Titel",
	report.SheetReview:       "Plan-ID",
}

// budgetLines is Financien's model rows in the order of the sheet.
func budgetLines(r *report.Report) []report.BudgetLine {
	var out []report.BudgetLine
	for _, i := range r.BudgetOrder() {
		out = append(out, r.Budget[i])
	}
	return out
}

func TestSheetOrder(t *testing.T) {
	data, _ := write(t, groningen())
	f := open(t, data)
	want := []string{"Samenvatting", "Coalitieakkoord", "Resultaten", "Plannen", "Ontwikkelingen", "Kerncijfers",
		"Financien", "Beschouwingen", "Rapport", "Domeinen", "Links", "Lange teksten", "Bronnen"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets = %v, want %v", got, want)
	}
	// The optional sheets only when there are rows.
	r := groningen()
	r.Reflections = nil
	plain, _ := write(t, r)
	want = slices.Delete(want, 7, 8)
	if got := open(t, plain).GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("without Beschouwingen: sheets = %v, want %v", got, want)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet = %d, want the Samenvatting", f.GetActiveSheetIndex())
	}
}

// TestEveryRowOnce reads each section back: the headers are the contract's
// with the annex's own columns beside them, then the extra columns, then
// Bronbestand and Broncel and the sort keys; every row is there once, in
// report order, with its source.
func TestEveryRowOnce(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *report.Report
	}{
		{"Groningen", groningen()},
		{"Groningen 2026", groningen2026()},
		{"Scaled(3)", withSources(sample.Scaled(3))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, out := write(t, tc.r)
			f := open(t, data)
			tail := []string{"Bronbestand", "Broncel", "Volgorde domein"}
			wantHeaders := map[string][]string{
				report.SheetActions:      append(contractHeaders(report.CoalitionAction{}), append([]string{"Opmerking"}, tail...)...),
				report.SheetAchievements: append(contractHeaders(report.Achievement{}), "Bronbestand", "Broncel", "Volgorde niveau", "Volgorde domein"),
				report.SheetPlans:        append(slices.Insert(contractHeaders(report.Plan{}), 5, "Gereed uiterlijk"), append([]string{"Bronbestand (2)"}, tail...)...),
				report.SheetKeyFigures: append(slices.Insert(slices.Insert(contractHeaders(report.KeyFigure{}), 5, "Verschil met vorig jaar"), 7,
					"Afstand tot streefwaarde"), tail...),
				report.SheetBudget: append(slices.Insert(contractHeaders(report.BudgetLine{}), 6,
					"Afwijking (€)", "Afwijking (%)", "V/N", "Toelichting vereist"), append([]string{"Kostenplaats"}, tail...)...),
				report.SheetDomains:     append(contractHeaders(report.Domain{}), "Bronbestand", "Broncel"),
				report.SheetReflections: append(contractHeaders(report.Reflection{}), "Bronbestand", "Broncel"),
				report.SheetReview:      append(contractHeaders(report.PlanReview{}), tail...),
			}
			for name, rows := range expected(tc.r) {
				s := readSheet(t, f, name)
				want, ok := wantHeaders[name]
				if name == report.SheetDevelopments {
					// Its long texts get the column that points to their full text.
					want, ok = append(contractHeaders(report.Development{}), append([]string{"Volledige tekst"}, tail...)...), true
					if tc.name != "Groningen" {
						ok = false
					}
				}
				if ok && !slices.Equal(s.headers, want) {
					t.Errorf("%s headers\n got %q\nwant %q", name, s.headers, want)
				}
				if len(s.rows)-1 != len(rows) || out.Rows[name] != len(rows) {
					t.Errorf("%s: %d rows in sheet, Rendered says %d, input has %d", name, len(s.rows)-1, out.Rows[name], len(rows))
					continue
				}
				for i, w := range rows {
					if got := s.value(keyColumn[name], i); got != w.key {
						t.Errorf("%s row %d: %s = %q, want %q", name, i+2, keyColumn[name], got, w.key)
					}
					wantCell := fmt.Sprintf("%s!A%d", sheetRef(w.src.Sheet), w.src.Row)
					if file, cell := s.value("Bronbestand", i), s.value("Broncel", i); file != w.src.File || cell != wantCell {
						t.Errorf("%s row %d: source %q %q, want %q %q", name, i+2, file, cell, w.src.File, wantCell)
					}
				}
			}
		})
	}
}

func TestExtraColumnsKeepValues(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	s := readSheet(t, f, report.SheetActions)
	for i, k := range r.ActionOrder() {
		want := ""
		if a := r.Actions[k]; len(a.Src.Extra) > 0 {
			want = a.Src.Extra[0].Value
		}
		if got := s.value("Opmerking", i); got != want {
			t.Errorf("Coalitieakkoord %s (Opmerking) = %q, want %q", s.ref("Opmerking", i), got, want)
		}
	}
	plans := readSheet(t, f, report.SheetPlans)
	for i, k := range r.PlanOrder() {
		if k == 0 {
			if got := plans.value("Bronbestand (2)", i); got != "Raadsvoorstel 2025-118" {
				t.Errorf("Plannen %s = %q, want the extra Bronbestand value", plans.ref("Bronbestand (2)", i), got)
			}
		}
	}
}

func TestTablesAndPanes(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	n := map[string]int{report.SheetReport: 8}
	for sheet, rows := range expected(r) {
		n[sheet] = len(rows)
	}
	for sheet, rows := range n {
		tables, err := f.GetTables(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(tables) != 1 {
			t.Fatalf("%s: %d tables, want 1", sheet, len(tables))
		}
		s := readSheet(t, f, sheet)
		wantRange := fmt.Sprintf("A1:%s%d", report.ColumnName(len(s.headers)), rows+1)
		if tb := tables[0]; tb.Name != tableName(sheet) || tb.Range != wantRange || tb.StyleName != "TableStyleMedium2" {
			t.Errorf("%s: table %q %s %s, want %q %s", sheet, tb.Name, tb.Range, tb.StyleName, tableName(sheet), wantRange)
		}
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != 1 || p.XSplit != 0 || p.TopLeftCell != "A2" {
			t.Errorf("%s: panes %+v, want the header row frozen", sheet, p)
		}
	}
}

// TestValuesKeepTheirType: amounts are numbers shown in euros, deviations
// formulas, key figures in their unit (percentages as shares), dates as
// dates.
func TestValuesKeepTheirType(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	fin := readSheet(t, f, report.SheetBudget)
	raw := excelize.Options{RawCellValue: true}
	for i, b := range budgetLines(r) {
		for h, want := range map[string]*float64{"Begroting na wijziging": b.Budget, "Realisatie": b.Actual} {
			v := fin.raw(h, i)
			if got, err := strconv.ParseFloat(v, 64); err != nil || got != *want {
				t.Errorf("Financien!%s = %q, want the number %v", fin.ref(h, i), v, *want)
			}
			if got := fin.value(h, i); !strings.HasPrefix(got, "€ ") {
				t.Errorf("Financien!%s shows %q, want a euro amount", fin.ref(h, i), got)
			}
		}
		budget, actual := fin.ref("Begroting na wijziging", i), fin.ref("Realisatie", i)
		if got, want := fin.formula("Afwijking (€)", i), actual+"-"+budget; got != want {
			t.Errorf("Financien!%s formula %q, want %q", fin.ref("Afwijking (€)", i), got, want)
		}
		cell := fin.ref("Afwijking (€)", i)
		v, err := f.CalcCellValue(report.SheetBudget, cell, raw)
		if got, _ := strconv.ParseFloat(v, 64); err != nil || math.Abs(got-b.Deviation()) > 0.005 {
			t.Errorf("Financien!%s calculates to %q (%v), want %v", cell, v, err, b.Deviation())
		}
		if got, _ := strconv.ParseFloat(fin.raw("Afwijking (€)", i), 64); math.Abs(got-b.Deviation()) > 0.005 {
			t.Errorf("Financien!%s cached %q, want %v", cell, fin.raw("Afwijking (€)", i), b.Deviation())
		}
		if pf := fin.formula("Afwijking (%)", i); !strings.Contains(pf, "ABS("+budget+")") {
			t.Errorf("Financien!%s formula %q", fin.ref("Afwijking (%)", i), pf)
		}
	}
	kf := readSheet(t, f, report.SheetKeyFigures)
	for i, k := range r.KeyFigureOrder() {
		fig := r.KeyFigures[k]
		v := kf.raw("Verslagjaar", i)
		got, err := strconv.ParseFloat(v, 64)
		want := *fig.Value
		if isPercent(fig.Unit) {
			want /= 100
		}
		if err != nil || math.Abs(got-want) > 1e-9 {
			t.Errorf("Kerncijfers!%s = %q, want %v", kf.ref("Verslagjaar", i), v, want)
		}
		shown := kf.value("Verslagjaar", i)
		switch {
		case isPercent(fig.Unit) && !strings.HasSuffix(shown, "%"):
			t.Errorf("Kerncijfers!%s shows %q for a percentage", kf.ref("Verslagjaar", i), shown)
		case isEuro(fig.Unit) && !strings.HasPrefix(shown, "€"):
			t.Errorf("Kerncijfers!%s shows %q for euros", kf.ref("Verslagjaar", i), shown)
		}
		if fig.Date != nil {
			if d, want := kf.value("Peildatum", i), fig.Date.Format("02-01-2006"); d != want {
				t.Errorf("Kerncijfers!%s shows %q, want %s", kf.ref("Peildatum", i), d, want)
			}
			if rv := kf.raw("Peildatum", i); strings.Contains(rv, "-") {
				t.Errorf("Kerncijfers!%s stored as text %q, want a date serial", kf.ref("Peildatum", i), rv)
			}
		}
	}
}

// linkIn reads the link of a cell: a HYPERLINK formula's target, or a cell hyperlink.
func linkIn(t *testing.T, f *excelize.File, sheet, cell string) (string, bool) {
	t.Helper()
	formula, err := f.GetCellFormula(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(formula, `HYPERLINK("`) {
		target, _, _ := strings.Cut(strings.TrimPrefix(formula, `HYPERLINK("`), `"`)
		return target, true
	}
	ok, target, _ := f.GetCellHyperLink(sheet, cell)
	return target, ok
}

func TestHyperlinkFormula(t *testing.T) {
	long := "https://example.nl/" + strings.Repeat("a", 300)
	for _, tc := range []struct {
		url, display, want string
	}{
		{"https://a.nl/", "https://a.nl/", `HYPERLINK("https://a.nl/","https://a.nl/")`},
		{"#Links_rij_2", "https://a.nl/\nhttps://b.nl/\"x\"", `HYPERLINK("#Links_rij_2","https://a.nl/"&CHAR(10)&"https://b.nl/""x""")`},
		{"https://a.nl/", "https://a.nl/\n" + long, `HYPERLINK("https://a.nl/","https://a.nl/"&CHAR(10)&"` + long[:255] + `"&"` + long[255:] + `")`},
		{long, long, ""}, // too long for HYPERLINK: a cell hyperlink instead
	} {
		if got := hyperlinkFormula(tc.url, tc.display); got != tc.want {
			t.Errorf("hyperlinkFormula(%.30q, %.30q) = %.80q, want %.80q", tc.url, tc.display, got, tc.want)
		}
	}
}

func TestStatusColours(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	s := readSheet(t, f, report.SheetActions)
	cf, err := f.GetConditionalFormats(report.SheetActions)
	if err != nil {
		t.Fatal(err)
	}
	col := strings.TrimRight(s.ref("Status", 0), "0123456789")
	rules := cf[fmt.Sprintf("%s2:%s%d", col, col, len(r.Actions)+1)]
	var values []string
	for _, rule := range rules {
		values = append(values, rule.Value)
	}
	for _, st := range report.Statuses {
		if !slices.Contains(values, `"`+string(st)+`"`) {
			t.Errorf("no colour rule for status %s; rules: %v", st, values)
		}
	}
}

func TestTitleAddsYear(t *testing.T) {
	for _, tc := range []struct {
		title string
		year  int
		want  string
	}{
		{"Jaarverslag 2025 – Zorg", 2025, "Jaarverslag 2025 – Zorg"},
		{"Jaarverslag Zorg", 2025, "Jaarverslag Zorg 2025"},
	} {
		if got := title(report.Meta{Title: tc.title, Year: tc.year}); got != tc.want {
			t.Errorf("title(%q, %d) = %q, want %q", tc.title, tc.year, got, tc.want)
		}
	}
}

func TestSources(t *testing.T) {
	r := groningen()
	data, out := write(t, r)
	f := open(t, data)
	rows, _ := f.GetRows(SheetSources)
	var text strings.Builder
	for _, row := range rows {
		text.WriteString(strings.Join(row, "|") + "\n")
	}
	s := text.String()
	for _, file := range r.Files {
		found := false
		for _, row := range rows {
			found = found || len(row) > 1 && row[0] == file.Name && row[len(row)-1] == file.SHA256
		}
		if !found {
			t.Errorf("Bronnen lacks %s with its SHA-256", file.Name)
		}
	}
	for _, want := range []string{"Versie|" + testBuild.Version, "Gemaakt met|jaarverslag " + testBuild.Tool,
		"Gebouwd op|3 februari 2026 10:30"} {
		if !strings.Contains(s, want) {
			t.Errorf("Bronnen lacks %q", want)
		}
	}
	for _, sheet := range checked {
		n := out.Rows[sheet]
		line := fmt.Sprintf("%s|%d|%d\n", sheet, r.RowsRead(sheet), n)
		if !strings.Contains(s, line) {
			t.Errorf("Bronnen lacks the check line %q", line)
		}
		if r.RowsRead(sheet) != n {
			t.Errorf("%s: read %d rows, annex has %d", sheet, r.RowsRead(sheet), n)
		}
	}
	if tables, _ := f.GetTables(SheetSources); len(tables) != 1 {
		t.Errorf("Bronnen: %d tables, want 1", len(tables))
	}
}

func TestReproducible(t *testing.T) {
	for _, r := range []func() *report.Report{groningen, func() *report.Report { return withSources(sample.Scaled(5)) }} {
		a, b := mustWrite(t, r()), mustWrite(t, r())
		if !bytes.Equal(a, b) {
			t.Fatalf("two writes of the same input differ (%d and %d bytes)", len(a), len(b))
		}
	}
}

func TestEmptyReport(t *testing.T) {
	r := &report.Report{Meta: report.Meta{Municipality: "Gemeente Groningen", Title: "Jaarverslag", Year: 2025}}
	data, out := write(t, r)
	f := open(t, data)
	for _, s := range sections(r) {
		if out.Rows[s.name] != 0 {
			t.Errorf("%s: Rendered %d rows", s.name, out.Rows[s.name])
		}
		if tables, _ := f.GetTables(s.name); len(tables) != 1 {
			t.Errorf("%s: no table", s.name)
		}
	}
	for _, name := range []string{SheetLinks, SheetLongTexts} {
		if idx, _ := f.GetSheetIndex(name); idx >= 0 {
			t.Errorf("an empty report has a sheet %s", name)
		}
	}
}

func TestSheetRef(t *testing.T) {
	for in, want := range map[string]string{
		"Coalitieakkoord":  "Coalitieakkoord",
		"Financiën":        "Financiën",
		"Kerncijfers 2025": "'Kerncijfers 2025'",
		"Jeugd's":          "'Jeugd''s'",
		"2025":             "'2025'",
	} {
		if got := sheetRef(in); got != want {
			t.Errorf("sheetRef(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStructRef(t *testing.T) {
	for _, tc := range []struct{ table, header, want string }{
		{"Coalitieakkoord", "Status", "Coalitieakkoord[Status]"},
		{"Financien", "Begroting na wijziging", "Financien[Begroting na wijziging]"},
		{"T", "Nr. [oud] #1 'x'", "T[Nr. '[oud'] '#1 ''x'']"},
	} {
		if got := structRef(tc.table, tc.header); got != tc.want {
			t.Errorf("structRef(%q, %q) = %q, want %q", tc.table, tc.header, got, tc.want)
		}
	}
}

// TestOddInput feeds texts that could break XML or be taken for formulas,
// a domain spelled in another case, a URL too long for HYPERLINK and a
// percentage unit written out.
func TestOddInput(t *testing.T) {
	r := groningen()
	first := r.ActionOrder()[0]
	a := &r.Actions[first]
	a.Action = `=SUM(A1:A3) & <b>"vet"</b> ’t café – ë ï €`
	a.Explanation = "regel één\x01\nregel twee"
	long := "https://gemeenteraad.groningen.nl/Documenten/" + strings.Repeat("heel-lange-naam-", 20) + ".pdf"
	r.Achievements[r.AchievementOrder()[0]].Link = report.Link{URL: long}
	r.KeyFigures[r.KeyFigureOrder()[0]].Unit = "procent"
	r.KeyFigures[r.KeyFigureOrder()[0]].Value = ptr(12.5)

	f := open(t, mustWrite(t, r))
	acts := readSheet(t, f, report.SheetActions)
	if got := acts.value("Beschreven actie", 0); got != a.Action {
		t.Errorf("Coalitieakkoord %s = %q, want %q", acts.ref("Beschreven actie", 0), got, a.Action)
	}
	if formula := acts.formula("Beschreven actie", 0); formula != "" {
		t.Errorf("Coalitieakkoord %s became the formula %q", acts.ref("Beschreven actie", 0), formula)
	}
	if got := acts.value("Toelichting", 0); !strings.HasPrefix(got, "regel één") || !strings.HasSuffix(got, "\nregel twee") {
		t.Errorf("Coalitieakkoord %s = %q", acts.ref("Toelichting", 0), got)
	}
	res := readSheet(t, f, report.SheetAchievements)
	if target, ok := linkIn(t, f, report.SheetAchievements, res.ref("Link", 0)); !ok || target != long {
		t.Errorf("Resultaten %s links to %q (%v), want the long URL", res.ref("Link", 0), target, ok)
	}
	kf := readSheet(t, f, report.SheetKeyFigures)
	if got := kf.value("Verslagjaar", 0); got != "12.5%" && got != "12,5%" {
		t.Errorf("Kerncijfers %s shows %q, want 12,5%%", kf.ref("Verslagjaar", 0), got)
	}
	checkFormulas(t, f, SheetSummary)
}

func ptr(v float64) *float64 { return &v }

// BenchmarkWrite writes the annex of sample sets of 1, 10 and 100 times the
// Groningen set (scale=100: 1,600 actions, 3,000 achievements, 1,200 key
// figures, 1,000 budget lines). peak-MB is the most heap in use during one
// write, above what was in use before: it shows that memory follows the
// size of the output, not the number of cells.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		r := withSources(sample.Scaled(n))
		b.Run(fmt.Sprintf("scale=%d", n), func(b *testing.B) {
			peak := peakHeap(func() {
				if _, err := Write(io.Discard, r, testBuild); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportAllocs()
			var size int
			for b.Loop() {
				var buf bytes.Buffer
				if _, err := Write(&buf, r, testBuild); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size), "bytes/annex")
			b.ReportMetric(float64(peak)/1e6, "peak-MB")
		})
	}
}

// peakHeap samples the live heap every millisecond while fn runs.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	fn()
	close(stop)
	peak := <-done
	if peak < base {
		return 0
	}
	return peak - base
}

// zipPart reads one part of the package.
func zipPart(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == name {
			b, err := readPart(zf)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no part %s", name)
	return nil
}
