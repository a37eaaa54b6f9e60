package annex

import (
	"encoding/xml"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// shuffled is the Groningen set with every section in reverse input
// order, so that input order and report order differ everywhere.
func shuffled() *report.Report {
	r := groningen()
	slices.Reverse(r.Actions)
	slices.Reverse(r.Achievements)
	slices.Reverse(r.Plans)
	slices.Reverse(r.Developments)
	slices.Reverse(r.KeyFigures)
	slices.Reverse(r.Budget)
	slices.Reverse(r.Domains)
	return r
}

// TestReportOrder (issue 13 item 2): rows are in the order the PDF shows
// them whatever the input order, and each sheet carries the domain's
// Volgorde from Domeinen, so sorting by it (and the ID) restores that order.
func TestReportOrder(t *testing.T) {
	r := shuffled()
	f := open(t, mustWrite(t, r))
	order := map[string]int{}
	for _, d := range r.Domains {
		order[d.Name] = d.Order
	}
	for name, rows := range expected(r) {
		s := readSheet(t, f, name)
		for i, w := range rows {
			if got := s.value(keyColumn[name], i); got != w.key {
				t.Fatalf("%s row %d: %q, want %q (report order)", name, i+2, got, w.key)
			}
		}
		if name == report.SheetDomains || name == report.SheetReflections {
			continue // no domain: Beschouwingen follow the chapters
		}
		// Sorting on the sort keys, then the ID, gives the same order.
		type key struct {
			level, domain int
			id            string
			row           int
		}
		var keys []key
		for i := range rows {
			d, err := strconv.Atoi(s.raw("Volgorde domein", i))
			if err != nil || d != order[s.value("Domein", i)] {
				t.Errorf("%s %s = %q, want the Volgorde of %q on Domeinen", name, s.ref("Volgorde domein", i), s.raw("Volgorde domein", i), s.value("Domein", i))
			}
			k := key{domain: d, row: i}
			if name == report.SheetAchievements {
				k.level, _ = strconv.Atoi(s.raw("Volgorde niveau", i))
				if want := report.PyramidLevel(s.value("Piramideniveau", i)).Rank() + 1; k.level != want {
					t.Errorf("Resultaten %s = %d, want %d", s.ref("Volgorde niveau", i), k.level, want)
				}
			}
			if slices.Contains(s.headers, "ID") {
				k.id = s.value("ID", i)
			}
			keys = append(keys, k)
		}
		sorted := slices.Clone(keys)
		sort.SliceStable(sorted, func(a, b int) bool {
			x, y := sorted[a], sorted[b]
			if x.level != y.level {
				return x.level < y.level
			}
			if x.domain != y.domain {
				return x.domain < y.domain
			}
			return x.id < y.id // the sample's IDs sort the same as text and as numbers
		})
		for i := range keys {
			if sorted[i].row != keys[i].row && name != report.SheetDevelopments && name != report.SheetBudget {
				t.Errorf("%s: sorting on the sort keys puts row %d at %d", name, sorted[i].row+2, i+2)
				break
			}
		}
	}
}

// TestLongTexts (issue 9 item 7): every text is readable in full. A text
// that fits its row at its column's width is shown there; one that does
// not (Excel rows stop at 409 pt) has a Volledige tekst link to Lange
// teksten, whose parts hold every word of it in order and each fit a row.
// The section keeps one row per input row, with the whole text in the cell.
func TestLongTexts(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *report.Report
	}{{"groningen", groningen()}, {"long-everywhere", longEverywhere()}} {
		t.Run(tc.name, func(t *testing.T) {
			data, out := write(t, tc.r)
			f := open(t, data)
			parts := readSheet(t, f, SheetLongTexts)
			names := definedNames(f)
			long := 0
			for name := range expected(tc.r) {
				s := readSheet(t, f, name)
				if len(s.rows)-1 != out.Rows[name] {
					t.Errorf("%s: %d rows, Rendered %d", name, len(s.rows)-1, out.Rows[name])
				}
				for j, h := range s.headers {
					col := report.ColumnName(j + 1)
					width, _ := f.GetColWidth(name, col)
					for i := 0; i < len(s.rows)-1; i++ {
						cell := col + strconv.Itoa(i+2)
						v, _ := f.GetCellValue(name, cell)
						if v == "" || lineCount(v, width) <= maxLines {
							continue
						}
						if formula, _ := f.GetCellFormula(name, cell); strings.HasPrefix(formula, `HYPERLINK("#Links`) {
							continue // several links: shown in full on Links
						}
						long++
						target, ok := linkIn(t, f, name, s.ref(headerFullText, i))
						if !ok || !strings.HasPrefix(target, "#Tekst_rij_") {
							t.Errorf("%s!%s (%s) needs %d lines, more than a row shows, and has no link to its full text (%q)",
								name, cell, h, lineCount(v, width), target)
							continue
						}
						first, last := nameRows(t, names[strings.TrimPrefix(target, "#")])
						var whole []string
						for p := first; p <= last; p++ {
							if parts.rows[p-1][0] != name || parts.value("Rij", p-2) != strconv.Itoa(i+2) || parts.value("Kolom", p-2) != h {
								t.Errorf("Lange teksten row %d is %q, want %s row %d column %s", p, parts.rows[p-1], name, i+2, h)
							}
							text := parts.value("Tekst", p-2)
							if n := lineCount(text, companionWidth); n > maxLines {
								t.Errorf("Lange teksten row %d needs %d lines", p, n)
							}
							whole = append(whole, text)
						}
						if letters(strings.Join(whole, " ")) != letters(v) {
							t.Errorf("%s!%s: the parts on Lange teksten do not hold the whole text", name, cell)
						}
					}
				}
			}
			if long == 0 {
				t.Fatal("no text too long for its row; the test proves nothing")
			}
			// Rows are tall enough for what they show.
			for name := range expected(tc.r) {
				s := readSheet(t, f, name)
				for i := 0; i < len(s.rows)-1; i++ {
					need := 1
					for j := range s.headers {
						col := report.ColumnName(j + 1)
						width, _ := f.GetColWidth(name, col)
						v, _ := f.GetCellValue(name, col+strconv.Itoa(i+2))
						if v != "" {
							need = max(need, min(lineCount(v, width), maxLines))
						}
					}
					h, _ := f.GetRowHeight(name, i+2)
					if need > 1 && h < float64(need*lineHeight) {
						t.Errorf("%s row %d is %.0f pt for %d lines", name, i+2, h, need)
					}
				}
			}
		})
	}
}

// longEverywhere has a text too long for a row in a column of each kind:
// contract text, Toelichting and an extra column.
func longEverywhere() *report.Report {
	r := groningen()
	para := strings.Repeat("Dit is een lange zin over de uitvoering van het beleid in de wijken. ", 12)
	long := strings.TrimSpace(strings.Repeat(para+"\n\n", 8))
	r.Actions[0].Execution = long
	r.Actions[1].Explanation = long
	r.Budget[0].Src.Extra = append(r.Budget[0].Src.Extra, report.Extra{Header: "Notitie", Value: long})
	r.KeyFigures[0].Explanation = strings.Repeat("woord", 2000) // one word longer than any row
	return r
}

func definedNames(f *excelize.File) map[string]string {
	m := map[string]string{}
	for _, n := range f.GetDefinedName() {
		if n.Scope == "Workbook" || n.Scope == "" {
			m[n.Name] = n.RefersTo
		}
	}
	return m
}

var nameRange = regexp.MustCompile(`!\$A\$(\d+):\$[A-Z]+\$(\d+)$`)

// nameRows is the first and last row a companion name refers to.
func nameRows(t *testing.T, refersTo string) (int, int) {
	t.Helper()
	m := nameRange.FindStringSubmatch(refersTo)
	if m == nil {
		t.Fatalf("defined name refers to %q, not to rows", refersTo)
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	return a, b
}

// TestEveryLinkClickable (issue 9 item 8): a cell with one link links to
// it; a cell with several shows them all and leads to their rows on Links,
// where every one is a link of its own, in order. Links lists every link of
// the annex once.
func TestEveryLinkClickable(t *testing.T) {
	r := groningen()
	// A result whose link has a text of its own shows the text.
	r.Achievements[1].Link = report.Link{URL: "https://x.nl/evaluatie.pdf", Text: "Evaluatie basisjeugdhulp"}
	f := open(t, mustWrite(t, r))
	names := definedNames(f)
	links := readSheet(t, f, SheetLinks)
	acts := readSheet(t, f, report.SheetActions)
	multi, listed := 0, 0
	for i, k := range r.ActionOrder() {
		a := r.Actions[k]
		target, ok := linkIn(t, f, report.SheetActions, acts.ref("Links", i))
		switch {
		case len(a.Links) == 0:
			if ok {
				t.Errorf("Coalitieakkoord %s links to %q without links in the input", acts.ref("Links", i), target)
			}
		case len(a.Links) == 1:
			if !ok || target != a.Links[0].URL || acts.value("Links", i) != a.Links[0].Shown() {
				t.Errorf("Coalitieakkoord %s links to %q, want %q", acts.ref("Links", i), target, a.Links[0].URL)
			}
		default:
			multi++
			var shown []string
			for _, l := range a.Links {
				shown = append(shown, l.Shown())
			}
			if got := acts.value("Links", i); got != strings.Join(shown, "\n") {
				t.Errorf("Coalitieakkoord %s shows %q, want every link", acts.ref("Links", i), got)
			}
			if !ok || !strings.HasPrefix(target, "#Links_rij_") {
				t.Fatalf("Coalitieakkoord %s with %d links leads to %q, want their rows on Links", acts.ref("Links", i), len(a.Links), target)
			}
			first, last := nameRows(t, names[strings.TrimPrefix(target, "#")])
			if last-first+1 != len(a.Links) {
				t.Errorf("%s covers %d rows for %d links", target, last-first+1, len(a.Links))
			}
			for n, l := range a.Links {
				row := first + n - 2
				if got, ok := linkIn(t, f, SheetLinks, links.ref("Link", row)); !ok || got != l.URL || links.value("Link", row) != l.Shown() {
					t.Errorf("Links %s links to %q showing %q, want %q %q", links.ref("Link", row), got, links.value("Link", row), l.URL, l.Shown())
				}
				if links.value("Kenmerk", row) != a.ID || links.value("Rij", row) != strconv.Itoa(i+2) {
					t.Errorf("Links row %d belongs to %s row %s, want %s row %d", row+2, links.value("Kenmerk", row), links.value("Rij", row), a.ID, i+2)
				}
				if back, ok := linkIn(t, f, SheetLinks, links.ref("Rij", row)); !ok || back != fmt.Sprintf("Coalitieakkoord!A%d", i+2) {
					t.Errorf("Links %s leads back to %q", links.ref("Rij", row), back)
				}
			}
		}
		listed += len(a.Links)
	}
	if multi == 0 {
		t.Fatal("no cell with several links in the sample; the test proves nothing")
	}
	res := readSheet(t, f, report.SheetAchievements)
	for i, k := range r.AchievementOrder() {
		a := r.Achievements[k]
		target, ok := linkIn(t, f, report.SheetAchievements, res.ref("Link", i))
		if (a.Link.URL != "") != ok || ok && target != a.Link.URL || res.value("Link", i) != a.Link.Shown() {
			t.Errorf("Resultaten %s link %q (%v) showing %q, want %q %q", res.ref("Link", i), target, ok, res.value("Link", i), a.Link.URL, a.Link.Shown())
		}
		if a.Link.URL != "" {
			listed++
		}
	}
	for _, p := range r.Plans {
		if p.Link.URL != "" {
			listed++
		}
	}
	if n := len(links.rows) - 1; n != listed {
		t.Errorf("Links has %d rows, the annex %d links", n, listed)
	}
	for i := 0; i < len(links.rows)-1; i++ {
		u := links.value("Webadres", i)
		if got, ok := linkIn(t, f, SheetLinks, links.ref("Link", i)); !ok || got != u {
			t.Errorf("Links %s links to %q, want %q", links.ref("Link", i), got, u)
		}
	}
}

// TestTypesKept (issue 9 item 9): Gereed in stays what was typed, in its
// type (a year a number, a date a date, a quarter text), with a date
// beside it to sort on; Rapport's year, date and thresholds keep theirs.
func TestTypesKept(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	plans := readSheet(t, f, report.SheetPlans)
	kinds := map[string]int{}
	for i, k := range r.PlanOrder() {
		due := r.Plans[k].Due
		d, ok := report.ParseDue(due)
		raw, shown := plans.raw("Gereed in", i), plans.value("Gereed in", i)
		typ, _ := f.GetCellType(report.SheetPlans, plans.ref("Gereed in", i))
		switch {
		case !ok:
			t.Fatalf("sample plan %s has Gereed in %q", r.Plans[k].ID, due)
		case d.Date != nil:
			kinds["date"]++
			if shown != d.Date.Format("02-01-2006") || strings.Contains(raw, "-") {
				t.Errorf("Plannen %s: %q shown %q stored %q, want a date", plans.ref("Gereed in", i), due, shown, raw)
			}
		case d.Quarter > 0:
			kinds["quarter"]++
			if shown != due || typ == excelize.CellTypeNumber {
				t.Errorf("Plannen %s: %q shown %q (%v), want the text", plans.ref("Gereed in", i), due, shown, typ)
			}
		default:
			kinds["year"]++
			if raw != strconv.Itoa(d.Year) || shown != due || typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
				t.Errorf("Plannen %s: %q stored %q (%v), want the number", plans.ref("Gereed in", i), due, raw, typ)
			}
		}
		by := plans.raw("Gereed uiterlijk", i)
		serial, err := strconv.ParseFloat(by, 64)
		if err != nil {
			t.Errorf("Plannen %s = %q, want a date", plans.ref("Gereed uiterlijk", i), by)
			continue
		}
		got, _ := excelize.ExcelDateToTime(serial, false)
		if !got.Equal(d.End()) || plans.value("Gereed uiterlijk", i) != d.End().Format("02-01-2006") {
			t.Errorf("Plannen %s = %v, want %v", plans.ref("Gereed uiterlijk", i), got, d.End())
		}
	}
	if kinds["date"] == 0 || kinds["quarter"] == 0 || kinds["year"] == 0 {
		t.Errorf("the sample lacks a kind of Gereed in: %v", kinds)
	}

	rap := readSheet(t, f, report.SheetReport)
	row := func(veld string) int {
		for i, rr := range rap.rows[1:] {
			if rr[0] == veld {
				return i
			}
		}
		t.Fatalf("Rapport has no Veld %q", veld)
		return 0
	}
	for _, tc := range []struct {
		veld, raw, shown string
	}{
		{"Verslagjaar", "2025", "2025"},
		{"Peildatum", "46022", "31-12-2025"},
		{"Drempel toelichting (€)", "250000", "€ 250,000"},
		{"Drempel toelichting (%)", "0.1", "10%"},
		{"Gemeente", "Gemeente Groningen", "Gemeente Groningen"},
	} {
		i := row(tc.veld)
		if raw, shown := rap.raw("Waarde", i), rap.value("Waarde", i); raw != tc.raw || shown != tc.shown {
			t.Errorf("Rapport %s (%s): stored %q shown %q, want %q %q", rap.ref("Waarde", i), tc.veld, raw, shown, tc.raw, tc.shown)
		}
		p := r.Meta.Src.Cells[metaField(tc.veld)]
		if got, want := rap.value("Broncel", i), fmt.Sprintf("Rapport!%s", p.Cell()); got != want || rap.value("Bronbestand", i) != p.File {
			t.Errorf("Rapport %s comes from %q %q, want %q %q", tc.veld, rap.value("Bronbestand", i), got, p.File, want)
		}
	}
}

// metaField is the Meta field of a Rapport Veld.
func metaField(veld string) string {
	t := reflect.TypeFor[report.Meta]()
	for i := 0; i < t.NumField(); i++ {
		if h, _, ok := report.ColumnOf(t.Field(i)); ok && h == veld {
			return t.Field(i).Name
		}
	}
	return ""
}

// TestBudgetSheet (issue 13 item 1): Financien works like a budget sheet.
// Every line has its deviation, V/N as the PDF says it, and "ja" in
// Toelichting vereist exactly where the validator requires a Toelichting;
// conditional formatting marks those rows; the thresholds it compares with
// are the Rapport cells named DrempelEuro and DrempelProcent; below the
// table a total per Soort over the visible rows.
func TestBudgetSheet(t *testing.T) {
	r := groningen()
	// Lines exactly at a threshold are not above it.
	r.Meta.ThresholdPct = ptr(7)
	small := slices.IndexFunc(r.Budget, func(b report.BudgetLine) bool { return *b.Budget < 3e6 })
	large := slices.IndexFunc(r.Budget, func(b report.BudgetLine) bool { return *b.Budget > 5e6 })
	r.Budget[small].Actual = ptr(*r.Budget[small].Budget * 1.07) // 7 % up to floating-point noise
	r.Budget[large].Actual = ptr(*r.Budget[large].Budget + 250000)
	lines := budgetLines(r)
	data := mustWrite(t, r)
	f := open(t, data)
	fin := readSheet(t, f, report.SheetBudget)
	marked := 0
	for i, b := range budgetLines(r) {
		dev := b.Deviation()
		if got, want := fin.value("V/N", i), report.Assessment(b.Kind, dev); got != want {
			t.Errorf("Financien %s = %q, want %q (deviation %v, %s)", fin.ref("V/N", i), got, want, dev, b.Kind)
		}
		eur, pct := r.Meta.OverThreshold(b)
		want := ""
		if eur || pct {
			want = "ja"
			marked++
		}
		if got := fin.value("Toelichting vereist", i); got != want {
			t.Errorf("Financien %s = %q, want %q (deviation %v of %v)", fin.ref("Toelichting vereist", i), got, want, dev, *b.Budget)
		}
	}
	if marked == 0 || marked == len(lines) {
		t.Fatalf("%d of %d lines need a Toelichting; the test proves nothing", marked, len(lines))
	}
	// excelize calculates the formulas to the same values (from the cells
	// DrempelEuro and DrempelProcent name).
	if n := checkFormulas(t, f, report.SheetBudget); n < 4*len(lines) {
		t.Errorf("only %d formulas on Financien", n)
	}
	names := definedNames(f)
	rap := readSheet(t, f, report.SheetReport)
	for name, veld := range map[string]string{"DrempelEuro": "Drempel toelichting (€)", "DrempelProcent": "Drempel toelichting (%)"} {
		cell := strings.TrimPrefix(strings.ReplaceAll(names[name], "$", ""), "Rapport!")
		if got, _ := f.GetCellValue(report.SheetReport, "A"+strings.TrimLeft(cell, "AB")); got != veld {
			t.Errorf("%s refers to %s, the row of %q, want %q", name, names[name], got, veld)
		}
	}
	_ = rap

	// The rows that need a Toelichting are marked over the whole row.
	cf, err := f.GetConditionalFormats(report.SheetBudget)
	if err != nil {
		t.Fatal(err)
	}
	last := report.ColumnName(len(fin.headers))
	col := strings.TrimRight(fin.ref("Toelichting vereist", 0), "0123456789")
	rules := cf[fmt.Sprintf("A2:%s%d", last, len(lines)+1)]
	if len(rules) != 1 || rules[0].Type != "formula" || rules[0].Criteria != fmt.Sprintf(`$%s2="ja"`, col) {
		t.Errorf("conditional formats %+v, want the rows where %s is ja", cf, col)
	}

	// Totals per Soort over the visible rows, below the table.
	tables, _ := f.GetTables(report.SheetBudget)
	if tables[0].Range != fmt.Sprintf("A1:%s%d", last, len(lines)+1) {
		t.Fatalf("table %s", tables[0].Range)
	}
	for n, kind := range report.BudgetKinds {
		row := len(lines) + 3 + n
		at := func(h string) string { return report.ColumnName(slices.Index(fin.headers, h)+1) + strconv.Itoa(row) }
		if got, _ := f.GetCellValue(report.SheetBudget, at("Soort")); got != string(kind) {
			t.Errorf("Financien %s = %q, want the totals of %s", at("Soort"), got, kind)
		}
		sum := r.BudgetTotals("")[kind]
		primary := 0.0
		for _, b := range lines {
			if b.Kind == kind {
				primary += *b.Primary
			}
		}
		for h, want := range map[string]float64{"Primaire begroting": primary, "Begroting na wijziging": sum.Budget,
			"Realisatie": sum.Actual, "Afwijking (€)": sum.Actual - sum.Budget} {
			formula, _ := f.GetCellFormula(report.SheetBudget, at(h))
			if h != "Afwijking (€)" {
				wantF := fmt.Sprintf("SUMPRODUCT(SUBTOTAL(109,OFFSET(Financien[%[1]s],ROW(Financien[%[1]s])-MIN(ROW(Financien[%[1]s])),0,1)),--(Financien[Soort]=$%[2]s))",
					h, at("Soort"))
				if formula != wantF {
					t.Errorf("Financien %s = %s, want %s", at(h), formula, wantF)
				}
			}
			cached, _ := f.GetCellValue(report.SheetBudget, at(h), excelize.Options{RawCellValue: true})
			if got, _ := strconv.ParseFloat(cached, 64); math.Abs(got-want) > 0.005 {
				t.Errorf("Financien %s (%s %s) caches %q, want %v", at(h), kind, h, cached, want)
			}
		}
		if got, want := mustCell(f, report.SheetBudget, at("V/N")), report.Assessment(kind, sum.Actual-sum.Budget); got != want {
			t.Errorf("Financien %s = %q, want %q", at("V/N"), got, want)
		}
	}
}

func mustCell(f *excelize.File, sheet, cell string) string {
	v, _ := f.GetCellValue(sheet, cell)
	return v
}

// TestKeyFigureFormulas (issue 13 item 3): Kerncijfers has the change
// against Vorig jaar and the distance to Streefwaarde as formulas, empty
// where a value is missing.
func TestKeyFigureFormulas(t *testing.T) {
	r := groningen()
	f := open(t, mustWrite(t, r))
	kf := readSheet(t, f, report.SheetKeyFigures)
	both := map[string]int{}
	for i, k := range r.KeyFigureOrder() {
		fig := r.KeyFigures[k]
		for _, tc := range []struct {
			header, a, b string
			av, bv       *float64
		}{
			{"Verschil met vorig jaar", "Verslagjaar", "Vorig jaar", fig.Value, fig.Previous},
			{"Afstand tot streefwaarde", "Streefwaarde", "Verslagjaar", fig.Target, fig.Value},
		} {
			a, b := kf.ref(tc.a, i), kf.ref(tc.b, i)
			if got, want := kf.formula(tc.header, i), fmt.Sprintf(`IF(COUNT(%[1]s,%[2]s)<2,"",%[1]s-%[2]s)`, a, b); got != want {
				t.Errorf("Kerncijfers %s = %s, want %s", kf.ref(tc.header, i), got, want)
			}
			raw := kf.raw(tc.header, i)
			if tc.av == nil || tc.bv == nil {
				if raw != "" {
					t.Errorf("Kerncijfers %s = %q without both values", kf.ref(tc.header, i), raw)
				}
				continue
			}
			both[tc.header]++
			want := *tc.av - *tc.bv
			if isPercent(fig.Unit) {
				want /= 100
			}
			if got, err := strconv.ParseFloat(raw, 64); err != nil || math.Abs(got-want) > 1e-9 {
				t.Errorf("Kerncijfers %s = %q, want %v", kf.ref(tc.header, i), raw, want)
			}
		}
	}
	if both["Verschil met vorig jaar"] == 0 || both["Afstand tot streefwaarde"] == 0 {
		t.Errorf("the sample has too few figures with both values: %v", both)
	}
}

// TestChartCaches (issue 13 item 4): each chart carries the values it
// shows, as the Samenvatting cells hold them, so a viewer that does not
// calculate draws it.
func TestChartCaches(t *testing.T) {
	data := mustWrite(t, groningen())
	f := open(t, data)
	for _, part := range []string{"xl/charts/chart1.xml", "xl/charts/chart2.xml"} {
		var chart struct {
			Refs []struct {
				F     string `xml:"f"`
				Cache struct {
					Count struct {
						Val int `xml:"val,attr"`
					} `xml:"ptCount"`
					Pts []struct {
						Idx int    `xml:"idx,attr"`
						V   string `xml:"v"`
					} `xml:"pt"`
				} `xml:",any"`
			} `xml:"chart>plotArea>barChart>ser>val>numRef"`
			Cats []struct {
				F     string `xml:"f"`
				Cache struct {
					Pts []struct {
						V string `xml:"v"`
					} `xml:"pt"`
				} `xml:"strCache"`
			} `xml:"chart>plotArea>barChart>ser>cat>strRef"`
			Names []struct {
				F     string `xml:"f"`
				Cache struct {
					Pts []struct {
						V string `xml:"v"`
					} `xml:"pt"`
				} `xml:"strCache"`
			} `xml:"chart>plotArea>barChart>ser>tx>strRef"`
		}
		if err := xml.Unmarshal(zipPart(t, data, part), &chart); err != nil {
			t.Fatal(err)
		}
		if len(chart.Refs) < 4 {
			t.Fatalf("%s: %d series", part, len(chart.Refs))
		}
		cells := func(ref string) []string {
			_, rng, _ := strings.Cut(ref, "!")
			from, to, found := strings.Cut(strings.ReplaceAll(rng, "$", ""), ":")
			if !found {
				to = from
			}
			c1, r1, _ := excelize.CellNameToCoordinates(from)
			_, r2, _ := excelize.CellNameToCoordinates(to)
			var out []string
			for row := r1; row <= r2; row++ {
				cell, _ := excelize.CoordinatesToCellName(c1, row)
				v, _ := f.GetCellValue(SheetSummary, cell, excelize.Options{RawCellValue: true})
				out = append(out, v)
			}
			return out
		}
		for _, s := range chart.Refs {
			want := cells(s.F)
			var got []string
			for _, p := range s.Cache.Pts {
				got = append(got, p.V)
			}
			if s.Cache.Count.Val != len(want) || !slices.Equal(got, want) {
				t.Errorf("%s: values of %s cached as %d %q, cells hold %q", part, s.F, s.Cache.Count.Val, got, want)
			}
		}
		for _, group := range [][]struct {
			F     string `xml:"f"`
			Cache struct {
				Pts []struct {
					V string `xml:"v"`
				} `xml:"pt"`
			} `xml:"strCache"`
		}{chart.Cats, chart.Names} {
			for _, s := range group {
				var got []string
				for _, p := range s.Cache.Pts {
					got = append(got, p.V)
				}
				if want := cells(s.F); !slices.Equal(got, want) {
					t.Errorf("%s: texts of %s cached as %q, cells hold %q", part, s.F, got, want)
				}
			}
		}
	}
}

func TestWithCaches(t *testing.T) {
	chart := []byte(`<tx><strRef><f>Samenvatting!$B$5</f></strRef></tx><val><numRef><f>Samenvatting!$B$6:$B$7</f><numCache><formatCode></formatCode></numCache></numRef></val>`)
	got, err := withCaches(chart, chartCache{"Samenvatting!$B$5": {"Gereed & klaar"}, "Samenvatting!$B$6:$B$7": {"1", "2.5"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `<tx><strRef><f>Samenvatting!$B$5</f><strCache><ptCount val="1"></ptCount><pt idx="0"><v>Gereed &amp; klaar</v></pt></strCache></strRef></tx>` +
		`<val><numRef><f>Samenvatting!$B$6:$B$7</f><numCache><formatCode>General</formatCode><ptCount val="2"></ptCount><pt idx="0"><v>1</v></pt><pt idx="1"><v>2.5</v></pt></numCache></numRef></val>`
	if string(got) != want {
		t.Errorf("withCaches\n got %s\nwant %s", got, want)
	}
	if _, err := withCaches(chart, chartCache{}); err == nil {
		t.Error("a chart range without values went out without an error")
	}
}

// TestVersionAndBuilt (issue 13 item 5): the annex carries the PDF's
// version and "gebouwd op" in its document properties and on Bronnen, and
// a build whose tool version is not known says plain "jaarverslag", no
// "dev" anywhere.
func TestVersionAndBuilt(t *testing.T) {
	r := groningen()
	b := report.Build{Version: "3f2a9c1b7e4d", Built: time.Date(2026, 2, 3, 9, 30, 0, 0, time.UTC)}
	data, _ := writeWith(t, r, b)
	f := open(t, data)
	built := "3 februari 2026 10:30" // as the PDF writes it: report.FormatDateTime
	if got := report.FormatDateTime(b.Built); got != built {
		t.Fatalf("LongDateTime = %q", got)
	}
	p, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if p.Identifier != b.Version || p.Version != b.Version || !strings.Contains(p.Description, b.Version) ||
		!strings.Contains(p.Description, built) || p.Created != "2026-02-03T09:30:00Z" || p.Modified != p.Created {
		t.Errorf("doc properties %+v", p)
	}
	custom, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	props := map[string]any{}
	for _, c := range custom {
		props[c.Name] = c.Value
	}
	if props["Versie"] != b.Version || props["Gebouwd op"] != built {
		t.Errorf("custom properties %v", props)
	}
	rows, _ := f.GetRows(SheetSources)
	var bron strings.Builder
	for _, row := range rows {
		bron.WriteString(strings.Join(row, "|") + "\n")
	}
	for _, want := range []string{"Versie|" + b.Version, "Gebouwd op|" + built, "Gemaakt met|jaarverslag\n"} {
		if !strings.Contains(bron.String(), want) {
			t.Errorf("Bronnen lacks %q", want)
		}
	}
	// No "dev" in any property or on Bronnen.
	app, _ := f.GetAppProps()
	for _, v := range []string{p.Title, p.Subject, p.Creator, p.Description, p.Keywords, p.Identifier, p.Version,
		app.Application, app.AppVersion, bron.String()} {
		if regexp.MustCompile(`\bdev\b`).MatchString(v) {
			t.Errorf("%q says dev", v)
		}
	}
}

// TestPrint (issue 10): every sheet prints on A4 at a scale that keeps its
// smallest text (cells, header and footer) at 8 pt or more, and its
// printed columns fit the page width.
func TestPrint(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *report.Report
	}{{"groningen", groningen()}, {"scaled-3", withSources(sample.Scaled(3))}, {"long-everywhere", longEverywhere()}} {
		t.Run(tc.name, func(t *testing.T) {
			f := open(t, mustWrite(t, tc.r))
			names := f.GetDefinedName()
			for _, sheet := range f.GetSheetList() {
				props, _ := f.GetSheetProps(sheet)
				if props.FitToPage != nil && *props.FitToPage {
					t.Errorf("%s fits to the page: its text would shrink with its width", sheet)
				}
				pl, err := f.GetPageLayout(sheet)
				if err != nil {
					t.Fatal(err)
				}
				if pl.Size == nil || *pl.Size != 9 || pl.AdjustTo == nil {
					t.Fatalf("%s: page layout %+v, want A4 at a set scale", sheet, pl)
				}
				scale := float64(*pl.AdjustTo) / 100
				if smallest := smallestFont(t, f, sheet) * scale; smallest < minPrinted {
					t.Errorf("%s prints text at %.2f pt", sheet, smallest)
				}
				hf, _ := f.GetHeaderFooter(sheet)
				for _, size := range regexp.MustCompile(`&(\d+)`).FindAllStringSubmatch(hf.OddHeader+hf.OddFooter, -1) {
					if n, _ := strconv.Atoi(size[1]); float64(n)*scale < minPrinted {
						t.Errorf("%s: header or footer at %d pt prints at %.2f pt", sheet, n, float64(n)*scale)
					}
				}
				// The printed columns fit the page width (sheets with charts
				// and Bronnen are checked the same way).
				printed := 0
				cols, _ := f.GetCols(sheet)
				printed = len(cols)
				for _, n := range names {
					if n.Name == "_xlnm.Print_Area" && n.Scope == sheet {
						_, area, _ := strings.Cut(n.RefersTo, "!")
						_, to, _ := strings.Cut(strings.ReplaceAll(area, "$", ""), ":")
						printed, _ = excelize.ColumnNameToNumber(to)
					}
				}
				var widths []float64
				for c := 1; c <= printed; c++ {
					w, _ := f.GetColWidth(sheet, report.ColumnName(c))
					widths = append(widths, w)
				}
				landscape := pl.Orientation != nil && *pl.Orientation == "landscape"
				if got := printedWidth(widths, int(*pl.AdjustTo)); got > usable(landscape) {
					// Only a sheet with more columns than the set gives may
					// print across pages, each starting with column A.
					titles := ""
					for _, n := range names {
						if n.Name == "_xlnm.Print_Titles" && n.Scope == sheet {
							titles = n.RefersTo
						}
					}
					if tc.name != "long-everywhere" || *pl.AdjustTo != minScale || !strings.Contains(titles, "!$A:$A") {
						t.Errorf("%s: columns print %.0f pt wide on a %.0f pt page at %d%% (titles %q)", sheet, got, usable(landscape), *pl.AdjustTo, titles)
					}
				}
			}
		})
	}
}

// smallestFont is the smallest font size a sheet's cells use: the default
// size, or a style's own.
func smallestFont(t *testing.T, f *excelize.File, sheet string) float64 {
	t.Helper()
	smallest := fontSize
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for i, row := range rows {
		for j := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			id, _ := f.GetCellStyle(sheet, cell)
			if seen[id] {
				continue
			}
			seen[id] = true
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			if st.Font != nil && st.Font.Size != 0 {
				smallest = min(smallest, st.Font.Size)
			}
		}
	}
	if sheet == SheetSummary {
		smallest = min(smallest, axisFont.Size)
	}
	return smallest
}

func TestPlanLayout(t *testing.T) {
	room := usable(true)
	// Few columns fit at 100 %.
	l := planLayout([]colSpec{{natural: 10, floor: 10}, {natural: 40, floor: 12, texts: []string{"x"}}}, true)
	if l.scale != 100 || !l.fits || l.widths[1] != 40 {
		t.Errorf("narrow sheet: %+v", l)
	}
	// Many wide texts wrap down to what fits at minScale; fixed columns keep their width.
	var specs []colSpec
	for i := 0; i < 12; i++ {
		specs = append(specs, colSpec{natural: 60, floor: 12, texts: []string{strings.Repeat("woord ", 40)}})
	}
	specs = append(specs, colSpec{natural: 19, floor: 19})
	l = planLayout(specs, true)
	if l.scale < minScale || !l.fits || printedWidth(l.widths, l.scale) > room || l.widths[12] != 19 {
		t.Errorf("wide sheet: scale %d, fits %v, %.0f pt of %.0f, widths %v", l.scale, l.fits, printedWidth(l.widths, l.scale), room, l.widths)
	}
	// A column whose texts are longer gets more of the room.
	specs = []colSpec{
		{natural: 90, floor: 12, texts: []string{strings.Repeat("lange tekst ", 60), "kort"}},
		{natural: 90, floor: 12, texts: []string{"kort", "kort"}},
		{natural: 90, floor: 12, texts: []string{strings.Repeat("tekst ", 30), "kort"}},
	}
	l = planLayout(specs, false)
	if !(l.widths[0] > l.widths[2]) {
		t.Errorf("widths %v: the longest texts should get the widest column", l.widths)
	}
	// Columns at their floor that still do not fit print over more pages.
	specs = nil
	for i := 0; i < 30; i++ {
		specs = append(specs, colSpec{natural: 12, floor: 12})
	}
	if l := planLayout(specs, true); l.fits || l.scale != minScale {
		t.Errorf("too many columns: %+v", l)
	}
	// Columns left out of the print do not count.
	specs = append(specs[:5], colSpec{natural: 200, floor: 200, noPrint: true})
	if l := planLayout(specs, true); !l.fits || l.printed != 5 {
		t.Errorf("no-print column: %+v", l)
	}
}

func TestSplitText(t *testing.T) {
	sentence := "Dit is een zin van gemiddelde lengte over het beleid. "
	for _, tc := range []string{
		"kort",
		strings.Repeat(sentence, 200),
		strings.Repeat(sentence+"\n", 120),
		strings.Repeat("a", 10000),
		"een\n\n\ntwee\n",
	} {
		parts := splitText(tc, companionWidth, partLines)
		for _, p := range parts {
			if n := lineCount(p, companionWidth); n > partLines {
				t.Errorf("a part of %d lines", n)
			}
		}
		if got := letters(strings.Join(parts, " ")); got != letters(tc) {
			t.Errorf("splitText(%.30q) lost or moved text", tc)
		}
	}
}

// letters is a text without its white space: parts joined again must give
// every character of the text in order.
func letters(s string) string { return strings.Join(strings.Fields(s), "") }
