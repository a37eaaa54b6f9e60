package annex

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
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
	var buf bytes.Buffer
	out, err := Write(&buf, r, testBuild)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes(), out
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

// sectionRows is every section's rows as the annex must hold them.
type sectionRow struct {
	key string // ID, or Onderwerp/Indicator/Omschrijving where there is no ID
	src report.Source
}

func expected(r *report.Report) map[string][]sectionRow {
	m := map[string][]sectionRow{}
	for _, a := range r.Actions {
		m[report.SheetActions] = append(m[report.SheetActions], sectionRow{a.ID, a.Src})
	}
	for _, a := range r.Achievements {
		m[report.SheetAchievements] = append(m[report.SheetAchievements], sectionRow{a.ID, a.Src})
	}
	for _, p := range r.Plans {
		m[report.SheetPlans] = append(m[report.SheetPlans], sectionRow{p.ID, p.Src})
	}
	for _, d := range r.Developments {
		m[report.SheetDevelopments] = append(m[report.SheetDevelopments], sectionRow{d.Topic, d.Src})
	}
	for _, k := range r.KeyFigures {
		m[report.SheetKeyFigures] = append(m[report.SheetKeyFigures], sectionRow{k.Indicator, k.Src})
	}
	for _, b := range r.Budget {
		m[report.SheetBudget] = append(m[report.SheetBudget], sectionRow{b.Description, b.Src})
	}
	for _, f := range r.Reflections {
		m[report.SheetReflections] = append(m[report.SheetReflections], sectionRow{f.Title, f.Src})
	}
	for _, v := range r.Reviews {
		m[report.SheetReview] = append(m[report.SheetReview], sectionRow{v.PlanID, v.Src})
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
	report.SheetReflections:  "Titel",
	report.SheetReview:       "Plan-ID",
}

func TestSheetOrder(t *testing.T) {
	data, _ := write(t, groningen())
	f := open(t, data)
	want := []string{"Samenvatting", "Coalitieakkoord", "Resultaten", "Plannen", "Ontwikkelingen", "Kerncijfers", "Financien", "Beschouwingen", "Bronnen"}
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

// TestEveryRowOnce reads each section back: the headers are the contract's,
// then the extra columns, then Bronbestand and Broncel; every row is there
// once, in input order, with its source.
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
			wantHeaders := map[string][]string{
				report.SheetActions:      append(contractHeaders(report.CoalitionAction{}), "Opmerking", "Bronbestand", "Broncel"),
				report.SheetAchievements: append(contractHeaders(report.Achievement{}), "Bronbestand", "Broncel"),
				report.SheetPlans:        append(contractHeaders(report.Plan{}), "Bronbestand (2)", "Bronbestand", "Broncel"),
				report.SheetDevelopments: append(contractHeaders(report.Development{}), "Bronbestand", "Broncel"),
				report.SheetKeyFigures:   append(contractHeaders(report.KeyFigure{}), "Bronbestand", "Broncel"),
				report.SheetBudget: append(slices.Insert(contractHeaders(report.BudgetLine{}), 6, "Afwijking (€)", "Afwijking (%)"),
					"Kostenplaats", "Bronbestand", "Broncel"),
				report.SheetReflections: append(contractHeaders(report.Reflection{}), "Bronbestand", "Broncel"),
				report.SheetReview:      append(contractHeaders(report.PlanReview{}), "Bronbestand", "Broncel"),
			}

			for sheet, rows := range expected(tc.r) {
				got, err := f.GetRows(sheet)
				if err != nil {
					t.Fatal(err)
				}
				headers := got[0]
				want := wantHeaders[sheet]
				if !slices.Equal(headers, want) {
					t.Errorf("%s headers\n got %q\nwant %q", sheet, headers, want)
				}
				if len(got)-1 != len(rows) || out.Rows[sheet] != len(rows) {
					t.Errorf("%s: %d rows in sheet, Rendered says %d, input has %d", sheet, len(got)-1, out.Rows[sheet], len(rows))
					continue
				}
				col := func(h string) int { return slices.Index(headers, h) }
				key, file, cell := col(keyColumn[sheet]), len(headers)-2, len(headers)-1
				for i, w := range rows {
					row := append(got[i+1], make([]string, len(headers))...)
					if row[key] != w.key {
						t.Errorf("%s row %d: %s = %q, want %q", sheet, i+2, keyColumn[sheet], row[key], w.key)
					}
					wantCell := fmt.Sprintf("%s!A%d", w.src.Sheet, w.src.Row)
					if row[file] != w.src.File || row[cell] != wantCell {
						t.Errorf("%s row %d: source %q %q, want %q %q", sheet, i+2, row[file], row[cell], w.src.File, wantCell)
					}
				}
			}
		})
	}
}

func TestExtraColumnsKeepValues(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	for i, a := range r.Actions {
		want := ""
		if len(a.Src.Extra) > 0 {
			want = a.Src.Extra[0].Value
		}
		got, _ := f.GetCellValue(report.SheetActions, fmt.Sprintf("I%d", i+2))
		if got != want {
			t.Errorf("Coalitieakkoord!I%d (Opmerking) = %q, want %q", i+2, got, want)
		}
	}
	got, _ := f.GetCellValue(report.SheetPlans, "G2")
	if got != "Raadsvoorstel 2025-118" {
		t.Errorf("Plannen!G2 = %q, want the extra Bronbestand value", got)
	}
}

func mustWrite(t testing.TB, r *report.Report) []byte {
	data, _ := write(t, r)
	return data
}

func TestTablesPanesAndWidths(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	n := map[string]int{}
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
		cols, _ := f.GetCols(sheet)
		wantRange := fmt.Sprintf("A1:%s%d", report.ColumnName(len(cols)), rows+1)
		if tb := tables[0]; tb.Name != sheet || tb.Range != wantRange || tb.StyleName != "TableStyleMedium2" {
			t.Errorf("%s: table %q %s %s, want %q %s", sheet, tb.Name, tb.Range, tb.StyleName, sheet, wantRange)
		}
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != 1 || p.XSplit != 0 || p.TopLeftCell != "A2" {
			t.Errorf("%s: panes %+v, want the header row frozen", sheet, p)
		}
		for i := range cols {
			c := report.ColumnName(i + 1)
			w, _ := f.GetColWidth(sheet, c)
			if w < minWidth || w > maxWidth+2 {
				t.Errorf("%s column %s: width %.0f outside %d..%d", sheet, c, w, minWidth, maxWidth+2)
			}
		}
	}
}

func TestValuesKeepTheirType(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	raw := excelize.Options{RawCellValue: true}

	// Budget amounts are numbers shown in euros.
	for i, b := range r.Budget {
		row := i + 2
		for col, want := range map[string]*float64{"E": b.Budget, "F": b.Actual} {
			v, _ := f.GetCellValue(report.SheetBudget, col+strconv.Itoa(row), raw)
			if got, err := strconv.ParseFloat(v, 64); err != nil || got != *want {
				t.Errorf("Financien!%s%d = %q, want the number %v", col, row, v, *want)
			}
		}
		if got, _ := f.GetCellValue(report.SheetBudget, fmt.Sprintf("E%d", row)); !strings.HasPrefix(got, "€ ") {
			t.Errorf("Financien!E%d shows %q, want a euro amount", row, got)
		}
	}
	// Deviation columns are formulas that agree with the model.
	for i, b := range r.Budget {
		row := i + 2
		formula, _ := f.GetCellFormula(report.SheetBudget, fmt.Sprintf("G%d", row))
		if formula != fmt.Sprintf("F%d-E%d", row, row) {
			t.Errorf("Financien!G%d formula %q", row, formula)
		}
		v, err := f.CalcCellValue(report.SheetBudget, fmt.Sprintf("G%d", row), raw)
		if got, _ := strconv.ParseFloat(v, 64); err != nil || math.Abs(got-b.Deviation()) > 0.005 {
			t.Errorf("Financien!G%d calculates to %q (%v), want %v", row, v, err, b.Deviation())
		}
		cached, _ := f.GetCellValue(report.SheetBudget, fmt.Sprintf("G%d", row), raw)
		if got, _ := strconv.ParseFloat(cached, 64); math.Abs(got-b.Deviation()) > 0.005 {
			t.Errorf("Financien!G%d cached %q, want %v", row, cached, b.Deviation())
		}
		if pf, _ := f.GetCellFormula(report.SheetBudget, fmt.Sprintf("H%d", row)); !strings.Contains(pf, "ABS(E") {
			t.Errorf("Financien!H%d formula %q", row, pf)
		}
	}
	// Key figures: percentages become Excel shares, euros show €.
	for i, k := range r.KeyFigures {
		row := i + 2
		v, _ := f.GetCellValue(report.SheetKeyFigures, fmt.Sprintf("D%d", row), raw)
		got, err := strconv.ParseFloat(v, 64)
		want := *k.Value
		if isPercent(k.Unit) {
			want /= 100
		}
		if err != nil || math.Abs(got-want) > 1e-9 {
			t.Errorf("Kerncijfers!D%d = %q, want %v", row, v, want)
		}
		shown, _ := f.GetCellValue(report.SheetKeyFigures, fmt.Sprintf("D%d", row))
		switch {
		case isPercent(k.Unit) && !strings.HasSuffix(shown, "%"):
			t.Errorf("Kerncijfers!D%d shows %q for a percentage", row, shown)
		case isEuro(k.Unit) && !strings.HasPrefix(shown, "€"):
			t.Errorf("Kerncijfers!D%d shows %q for euros", row, shown)
		}
		if k.Date != nil {
			d, _ := f.GetCellValue(report.SheetKeyFigures, fmt.Sprintf("H%d", row))
			if want := k.Date.Format("02-01-2006"); d != want {
				t.Errorf("Kerncijfers!H%d shows %q, want %s", row, d, want)
			}
			if rv, _ := f.GetCellValue(report.SheetKeyFigures, fmt.Sprintf("H%d", row), raw); strings.Contains(rv, "-") {
				t.Errorf("Kerncijfers!H%d stored as text %q, want a date serial", row, rv)
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

func TestHyperlinks(t *testing.T) {
	r := groningen()
	r.Achievements[1].Link = report.Link{URL: "https://x.nl/evaluatie.pdf", Text: "Evaluatie basisjeugdhulp"}
	f := open(t, mustWrite(t, r))
	linked, texts := 0, 0
	for i, a := range r.Actions {
		cell := fmt.Sprintf("G%d", i+2)
		target, ok := linkIn(t, f, report.SheetActions, cell)
		if len(a.Links) == 0 {
			if ok {
				t.Errorf("Coalitieakkoord!%s links to %q without links in the input", cell, target)
			}
			continue
		}
		linked++
		if !ok || target != a.Links[0].URL {
			t.Errorf("Coalitieakkoord!%s links to %q (%v), want %q", cell, target, ok, a.Links[0].URL)
		}
		// A link with its own text shows the text; the others their URL.
		var shown []string
		for _, l := range a.Links {
			if l.Text != "" {
				shown = append(shown, l.Text)
				texts++
			} else {
				shown = append(shown, l.URL)
			}
		}
		if got, _ := f.GetCellValue(report.SheetActions, cell); got != strings.Join(shown, "\n") {
			t.Errorf("Coalitieakkoord!%s shows %q, want every link", cell, got)
		}
	}
	if linked == 0 || texts == 0 {
		t.Fatal("the sample has no links, or none with a text; the test proves nothing")
	}
	for i, a := range r.Achievements {
		cell := fmt.Sprintf("F%d", i+2)
		target, ok := linkIn(t, f, report.SheetAchievements, cell)
		if (a.Link.URL != "") != ok || ok && target != a.Link.URL {
			t.Errorf("Resultaten!%s link %q (%v), want %q", cell, target, ok, a.Link.URL)
		}
		want := a.Link.URL
		if a.Link.Text != "" {
			want = a.Link.Text
		}
		if got, _ := f.GetCellValue(report.SheetAchievements, cell); got != want {
			t.Errorf("Resultaten!%s shows %q, want %q", cell, got, want)
		}
	}
}

func TestHyperlinkFormula(t *testing.T) {
	long := "https://example.nl/" + strings.Repeat("a", 300)
	for _, tc := range []struct {
		url, display, want string
	}{
		{"https://a.nl/", "https://a.nl/", `HYPERLINK("https://a.nl/","https://a.nl/")`},
		{"https://a.nl/", "https://a.nl/\nhttps://b.nl/\"x\"", `HYPERLINK("https://a.nl/","https://a.nl/"&CHAR(10)&"https://b.nl/""x""")`},
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
	cf, err := f.GetConditionalFormats(report.SheetActions)
	if err != nil {
		t.Fatal(err)
	}
	rules := cf[fmt.Sprintf("F2:F%d", len(r.Actions)+1)]
	var values []string
	for _, rule := range rules {
		values = append(values, rule.Value)
	}
	for _, s := range report.Statuses {
		if !slices.Contains(values, `"`+string(s)+`"`) {
			t.Errorf("no colour rule for status %s; rules: %v", s, values)
		}
	}
}

// TestSummaryFormulas checks that every number on the Samenvatting is a
// formula, that its cached value matches the model, and that Excel's rules
// (as excelize evaluates them) give the same value from the section sheets.
// wildDomains is the Groningen set with domain names that COUNTIFS and
// SUMIFS would read as a wildcard or a comparison.
func wildDomains() *report.Report {
	r := groningen()
	rename := map[string]string{}
	for i, name := range []string{"*", "<Z", "Jeugd?"} {
		rename[r.Domains[i].Name] = name
		r.Domains[i].Name = name
	}
	for i := range r.Actions {
		if n, ok := rename[r.Actions[i].Domain]; ok {
			r.Actions[i].Domain = n
		}
	}
	for i := range r.Budget {
		if n, ok := rename[r.Budget[i].Domain]; ok {
			r.Budget[i].Domain = n
		}
	}
	return r
}

func TestSummaryFormulas(t *testing.T) {
	t.Run("groningen", func(t *testing.T) { testSummaryFormulas(t, groningen(), true) })
	// excelize ignores the "~" escape in criteria, so only LibreOffice can
	// judge these formulas: TestLibreOfficeRecalculates.
	t.Run("wildcard-domains", func(t *testing.T) { testSummaryFormulas(t, wildDomains(), false) })
}

// testSummaryFormulas checks each Samenvatting number's formula and cached
// value, and with calc what excelize calculates from the formula.
func testSummaryFormulas(t *testing.T, r *report.Report, calc bool) {
	f := open(t, mustWrite(t, r))
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	find := func(text string) int {
		for i, row := range rows {
			if len(row) > 0 && row[0] == text {
				return i + 1
			}
		}
		t.Fatalf("Samenvatting has no row %q", text)
		return 0
	}
	raw := excelize.Options{RawCellValue: true}
	check := func(cell, fn string, want float64) {
		t.Helper()
		formula, _ := f.GetCellFormula(SheetSummary, cell)
		if !strings.HasPrefix(formula, fn) {
			t.Errorf("Samenvatting!%s formula %q, want %s", cell, formula, fn)
		}
		cached, _ := f.GetCellValue(SheetSummary, cell, raw)
		if got, _ := strconv.ParseFloat(cached, 64); math.Abs(got-want) > 0.005 {
			t.Errorf("Samenvatting!%s cached %q, want %v", cell, cached, want)
		}
		if !calc {
			return
		}
		v, err := f.CalcCellValue(SheetSummary, cell, raw)
		if got, _ := strconv.ParseFloat(v, 64); err != nil || math.Abs(got-want) > 0.005 {
			t.Errorf("Samenvatting!%s = %s calculates to %q (%v), want %v", cell, formula, v, err, want)
		}
	}

	head := find("Domein")
	total := 0
	for i, d := range r.OrderedDomains() {
		row := head + 1 + i
		if rows[row-1][0] != d.Name {
			t.Fatalf("Samenvatting!A%d = %q, want %q", row, rows[row-1][0], d.Name)
		}
		sum := 0
		for j, s := range report.Statuses {
			n := r.StatusCount(d.Name)[s]
			sum += n
			check(fmt.Sprintf("%s%d", report.ColumnName(j+2), row), "COUNTIFS(", float64(n))
		}
		check(fmt.Sprintf("G%d", row), "SUM(", float64(sum))
		total += sum
	}
	totalRow := head + 1 + len(r.Domains)
	for j, s := range report.Statuses {
		check(fmt.Sprintf("%s%d", report.ColumnName(j+2), totalRow), "COUNTIFS(", float64(r.StatusCount("")[s]))
	}
	check(fmt.Sprintf("G%d", totalRow), "COUNTA(", float64(len(r.Actions)))
	if total != len(r.Actions) {
		t.Errorf("actions per domain add up to %d, want %d", total, len(r.Actions))
	}

	bhead := 0
	for i := head + 1; i <= len(rows); i++ {
		if len(rows[i-1]) > 0 && rows[i-1][0] == "Domein" {
			bhead = i
		}
	}
	if bhead == 0 {
		t.Fatal("no budget table on the Samenvatting")
	}
	for i, d := range r.OrderedDomains() {
		row := bhead + 1 + i
		for k, kind := range report.BudgetKinds {
			var budget, actual float64
			for _, b := range r.Budget {
				if b.Domain == d.Name && b.Kind == kind {
					budget += *b.Budget
					actual += *b.Actual
				}
			}
			check(fmt.Sprintf("%s%d", report.ColumnName(2+3*k), row), "SUMIFS(", budget)
			check(fmt.Sprintf("%s%d", report.ColumnName(3+3*k), row), "SUMIFS(", actual)
			check(fmt.Sprintf("%s%d", report.ColumnName(4+3*k), row), report.ColumnName(3+3*k), actual-budget)
		}
	}
}

func TestChartsAndProperties(t *testing.T) {
	data := mustWrite(t, groningen())
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, zf := range zr.File {
		names = append(names, zf.Name)
	}
	if names[0] != "[Content_Types].xml" {
		t.Errorf("first part %q, want [Content_Types].xml", names[0])
	}
	for _, want := range []string{"xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml"} {
		if !slices.Contains(names, want) {
			t.Errorf("no %s in the package", want)
		}
	}

	f := open(t, data)
	p, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Jaarverslag 2025 – Welzijn, gezondheid, zorg en diversiteit" || p.Creator != "Gemeente Groningen" ||
		p.Created != "2026-02-03T09:30:00Z" || p.Modified != "2026-02-03T09:30:00Z" || p.Language != "nl-NL" {
		t.Errorf("doc properties %+v", p)
	}
	calc, _ := f.GetCalcProps()
	if calc.FullCalcOnLoad == nil || !*calc.FullCalcOnLoad {
		t.Error("fullCalcOnLoad not set")
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
	for _, want := range []string{testBuild.Version, "jaarverslag " + testBuild.Tool, "03-02-2026 09:30"} {
		if !strings.Contains(s, want) {
			t.Errorf("Bronnen lacks %q", want)
		}
	}
	for sheet, n := range out.Rows {
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

// TestLibreOfficeRecalculates has a spreadsheet program recalculate the
// Samenvatting and compares every number with the value the annex caches,
// for domain names that COUNTIFS and SUMIFS would take as a pattern.
// excelize's own calculation cannot judge these: it ignores the "~" escape.
func TestLibreOfficeRecalculates(t *testing.T) {
	recalculates(t, wildDomains(), 4*len(report.Statuses))
}

// recalculates checks every formula on the Samenvatting of r's annex
// against LibreOffice's own calculation; least is how many there must be.
func recalculates(t *testing.T, r *report.Report, least int) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bijlage.xlsx")
	data := mustWrite(t, r)
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// The CSV filter writes the first sheet, the Samenvatting, with raw values.
	libreOffice(t, dir, recalcAlways, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false", "--outdir", dir, in)
	b, err := os.ReadFile(filepath.Join(dir, "bijlage.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recalculated, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, data)
	formulas := 0
	for i, row := range recalculated {
		for j, got := range row {
			cell := fmt.Sprintf("%s%d", report.ColumnName(j+1), i+1)
			formula, _ := f.GetCellFormula(SheetSummary, cell)
			if formula == "" {
				continue
			}
			formulas++
			cached, _ := f.GetCellValue(SheetSummary, cell, excelize.Options{RawCellValue: true})
			g, err1 := strconv.ParseFloat(got, 64)
			c, err2 := strconv.ParseFloat(cached, 64)
			if err1 != nil || err2 != nil || math.Abs(g-c) > 0.005 {
				t.Errorf("Samenvatting!%s = %s: LibreOffice %q, annex caches %q", cell, formula, got, cached)
			}
		}
	}
	if formulas < least {
		t.Errorf("only %d formulas compared", formulas)
	}
}

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

// TestOddInput feeds texts that could break XML or be taken for formulas,
// a domain spelled in another case, a URL too long for HYPERLINK and a
// percentage unit written out.
func TestOddInput(t *testing.T) {
	r := groningen()
	a := &r.Actions[0]
	a.Action = `=SUM(A1:A3) & <b>"vet"</b> ’t café – ë ï €`
	a.Explanation = "regel één\x01\nregel twee"
	a.Domain = strings.ToLower(a.Domain)
	long := "https://gemeenteraad.groningen.nl/Documenten/" + strings.Repeat("heel-lange-naam-", 20) + ".pdf"
	r.Achievements[0].Link = report.Link{URL: long}
	r.KeyFigures[0].Unit = "procent"
	r.KeyFigures[0].Value = ptr(12.5)

	f := open(t, mustWrite(t, r))
	if got, _ := f.GetCellValue(report.SheetActions, "C2"); got != a.Action {
		t.Errorf("Coalitieakkoord!C2 = %q, want %q", got, a.Action)
	}
	if formula, _ := f.GetCellFormula(report.SheetActions, "C2"); formula != "" {
		t.Errorf("Coalitieakkoord!C2 became the formula %q", formula)
	}
	if got, _ := f.GetCellValue(report.SheetActions, "H2"); !strings.HasPrefix(got, "regel één") || !strings.HasSuffix(got, "\nregel twee") {
		t.Errorf("Coalitieakkoord!H2 = %q", got)
	}
	if target, ok := linkIn(t, f, report.SheetAchievements, "F2"); !ok || target != long {
		t.Errorf("Resultaten!F2 links to %q (%v), want the long URL", target, ok)
	}
	if got, _ := f.GetCellValue(report.SheetKeyFigures, "D2"); got != "12.5%" && got != "12,5%" {
		t.Errorf("Kerncijfers!D2 shows %q, want 12,5%%", got)
	}
	summaryMatchesFormulas(t, f)
}

func ptr(v float64) *float64 { return &v }

// summaryMatchesFormulas checks every formula on the Samenvatting: the value
// cached for viewers that do not calculate equals what the formula gives.
func summaryMatchesFormulas(t *testing.T, f *excelize.File) {
	t.Helper()
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	raw := excelize.Options{RawCellValue: true}
	n := 0
	for i, row := range rows {
		for j := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			formula, _ := f.GetCellFormula(SheetSummary, cell)
			if formula == "" {
				continue
			}
			n++
			cached, _ := f.GetCellValue(SheetSummary, cell, raw)
			calc, err := f.CalcCellValue(SheetSummary, cell, raw)
			c, _ := strconv.ParseFloat(cached, 64)
			v, _ := strconv.ParseFloat(calc, 64)
			if err != nil || math.Abs(c-v) > 0.005 {
				t.Errorf("Samenvatting!%s = %s: cached %q, calculates to %q (%v)", cell, formula, cached, calc, err)
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d formulas on the Samenvatting", n)
	}
}
