package pdf

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/johnfercher/maroto/v2/pkg/core"

	"jaarverslag/report"
)

// The typography a reader notices, checked on the laid-out rows: each row
// is read back through maroto's own structure, column by column, as the
// texts it will draw.

// treeNode is maroto's component tree node, named by what it does.
type treeNode[N any] interface {
	GetData() core.Structure
	GetNexts() []N
}

func texts[N treeNode[N]](n N, out []string) []string {
	if d := n.GetData(); d.Type == "text" {
		out = append(out, fmt.Sprint(d.Value))
	}
	for _, c := range n.GetNexts() {
		out = texts(c, out)
	}
	return out
}

// rowTexts are the texts of a row, per column.
func rowTexts(r core.Row) [][]string {
	var out [][]string
	for _, c := range r.GetColumns() {
		out = append(out, texts(c.GetStructure(), nil))
	}
	return out
}

// allTexts are every text component of the body, in order.
func allTexts(rd *renderer) []string {
	var out []string
	for _, p := range rd.d.pages {
		for _, r := range p.rows {
			for _, c := range rowTexts(r) {
				out = append(out, c...)
			}
		}
	}
	return out
}

// TestNumbersOnOneLine: a number is drawn whole, one text on one line,
// however long it is for its column (main printed Evenementen's
// "1.700.000" as "1.700." over "000").
func TestNumbersOnOneLine(t *testing.T) {
	r, b := groningen()
	big := 1234567890.12
	r.KeyFigures = append(r.KeyFigures, report.KeyFigure{Domain: "Jeugd", Indicator: "Een groot getal", Unit: "aantal",
		Value: &big, Previous: &big, Target: &big, Source: "Test"})
	money := 987654321.5
	r.Budget[0].Budget, r.Budget[0].Actual = &money, &money
	got := allTexts(laidOut(r, b))
	for _, want := range []string{"1.700.000", "1.234.567.890,12", "€ 987.654.321,50"} {
		var parts []string // the beginning of a number broken over lines
		for _, s := range got {
			if len(s) > 2 && s != want && strings.HasPrefix(want, s) {
				parts = append(parts, s)
			}
		}
		if !slices.Contains(got, want) || len(parts) > 0 {
			t.Errorf("%q is not always drawn as one text; also drawn: %q", want, parts)
		}
	}
}

// TestWiden: numeric columns grow to their widest value at the cost of the
// text columns, the grid stays whole, and a text column keeps half.
func TestWiden(t *testing.T) {
	sizes := []int{300, 80, 165, 165, 170, 120}
	got := widen(sizes, []float64{0, 0, 10, 10, 10, 40}, tablePadX)
	if sum(got) != sum(sizes) {
		t.Errorf("sizes add up to %d, want %d", sum(got), sum(sizes))
	}
	if colWidth(got[5])-2*tablePadX < 40 || got[2] != 165 {
		t.Errorf("widen = %v: column 5 too narrow for 40 mm or column 2 changed", got)
	}
	// More than the text columns can give: they keep half.
	got = widen(sizes, []float64{0, 0, 100, 100, 100, 100}, tablePadX)
	if sum(got) != sum(sizes) || got[0] < 150 || got[1] < 40 {
		t.Errorf("widen = %v", got)
	}
	if got := widen(sizes, make([]float64, 6), tablePadX); !slices.Equal(got, sizes) {
		t.Errorf("nothing to widen: %v", got)
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// TestDomainRowsTogether: in "Totaal alle domeinen" a domain's Lasten and
// Baten rows are never parted by a page break, wherever the table falls:
// a continuation page never starts with a row without its domain.
func TestDomainRowsTogether(t *testing.T) {
	straddled := 0
	for extra := 0; extra < 16; extra++ {
		r, b := groningen()
		for i := range extra {
			v := float64(1000 * (i + 1))
			l := report.BudgetLine{Domain: r.Budget[0].Domain, Description: fmt.Sprintf("Extra regel %d", i), Kind: report.Expenses, Budget: &v, Actual: &v}
			if i%3 == 1 {
				l.Explanation = strings.Repeat("Een toelichting die een regel langer maakt. ", i%5)
			}
			r.Budget = append(r.Budget, l)
		}
		rd := laidOut(r, b)
		for pi, p := range rd.d.pages {
			for i, row := range p.rows {
				cols := rowTexts(row)
				if len(cols) != 1 || !slices.Contains(cols[0], "Totaal alle domeinen (vervolg)") {
					continue
				}
				straddled++
				first := rowTexts(p.rows[i+2]) // after the repeated header
				if len(first) < 2 || len(first[0]) == 0 {
					t.Errorf("%d extra lines: page %d continues the overall table with a row without its domain: %q", extra, pi+1, first)
				}
			}
		}
	}
	if straddled == 0 {
		t.Fatal("the overall table never crossed a page: the test proves nothing")
	}
}

// TestAddGroup: rows that belong together move to the next page, under the
// repeated header, when only the first would fit.
func TestAddGroup(t *testing.T) {
	rd := laidOut(groningen())
	d := &doc{st: rd.st}
	d.newPage()
	tb := d.newTable([]int{500, 500}, []bool{false, true}, []string{"Domein", "Bedrag"}, "Groep")
	row := func(s string) [][]line {
		return [][]line{para(s, rd.st.tableText, rd.st.tableText, tb.width(0)), para("1", rd.st.tableText, rd.st.tableText, tb.width(1))}
	}
	h := tb.rowHeight(tb.cells(row("a")))
	d.add(bodyH-tb.headH-2.5*h, blank(bodyH-tb.headH-2.5*h))
	tb.addGroup([][][]line{row("a")}, false)           // fits: stays
	tb.addGroup([][][]line{row("b"), row("c")}, false) // only b would fit: both move
	if len(d.pages) != 2 {
		t.Fatalf("%d pages, want 2", len(d.pages))
	}
	var second []string
	for _, r := range d.pages[1].rows {
		for _, c := range rowTexts(r) {
			second = append(second, c...)
		}
	}
	if want := []string{"Groep (vervolg)", "Domein", "Bedrag", "b", "1", "c", "1"}; !slices.Equal(second, want) {
		t.Errorf("second page %q, want %q", second, want)
	}
}

// TestSmallTablesWhole: a table of at most eight rows is never split,
// wherever it falls ("Kerncijfers in het kort" was, on main).
func TestSmallTablesWhole(t *testing.T) {
	for extra := 0; extra < 14; extra++ {
		r, b := groningen()
		r.Meta.Portfolio += strings.Repeat(" en nog een onderwerp", 4*extra) // a longer summary
		r.KeyFigures[0].Explanation = strings.Repeat("Een toelichting. ", extra)
		rows := map[string]int{"Kerncijfers in het kort": 0}
		for _, k := range r.KeyFigures {
			rows["Kerncijfers · "+k.Domain]++
		}
		for _, dm := range r.Domains {
			for _, k := range r.KeyFigures {
				if k.Domain == dm.Name {
					rows["Kerncijfers in het kort"]++
					break
				}
			}
			tot := r.BudgetTotals(dm.Name)
			for _, kind := range report.BudgetKinds {
				if n := tot[kind].Lines; n > 0 {
					rows["Wat heeft het gekost? · "+dm.Name] += n + 1
				}
			}
		}
		rd := laidOut(r, b)
		for pi, p := range rd.d.pages {
			for _, row := range p.rows {
				for _, c := range rowTexts(row) {
					for _, s := range c {
						name, ok := strings.CutSuffix(s, " (vervolg)")
						if n, known := rows[name]; ok && known && n <= smallTable {
							t.Errorf("%d extra lines: %q (%d rows) is split, continued on page %d", extra, name, n, pi+1)
						}
					}
				}
			}
		}
	}
}

// TestOnePercentFormat: every percentage in the report is written one way,
// "12,5%" with at least one decimal, and "Afwijking %" is one line.
func TestOnePercentFormat(t *testing.T) {
	pct := regexp.MustCompile(`-?[\d.,]*\d%`)
	good := regexp.MustCompile(`^-?\d{1,3}(\.\d{3})*,\d{1,2}%$`)
	for name, mk := range map[string]func() (*report.Report, report.Build){
		"groningen": groningen, "scaled-3": func() (*report.Report, report.Build) { return scaled(3) },
	} {
		rd := laidOut(mk())
		got := allTexts(rd)
		n := 0
		for _, s := range got {
			for _, p := range pct.FindAllString(s, -1) {
				n++
				if !good.MatchString(p) {
					t.Errorf("%s: percentage %q in %q", name, p, s)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no percentages found: the test proves nothing", name)
		}
		heads := 0
		for _, p := range rd.d.pages {
			for _, row := range p.rows {
				for _, c := range rowTexts(row) {
					if strings.Join(c, " ") != "Afwijking %" {
						continue
					}
					heads++
					if len(c) > 1 {
						t.Errorf("%s: the header \"Afwijking %%\" wraps: %q", name, c)
					}
				}
			}
		}
		if heads == 0 {
			t.Errorf("%s: no \"Afwijking %%\" header found", name)
		}
	}
}

// TestDueProse: when a plan is due reads as Dutch prose.
func TestDueProse(t *testing.T) {
	r, b := groningen()
	all := strings.Join(strings.Fields(strings.Join(allTexts(laidOut(r, b)), " ")), " ")
	for _, want := range []string{"(gereed op 1 juli 2026 · actie CA-12)", "(gereed in het derde kwartaal van 2026)", "(gereed in 2026)"} {
		if !strings.Contains(all, want) {
			t.Errorf("plans lack %q", want)
		}
	}
	for _, bad := range []string{"gereed in 01-07-2026", "gereed in Q"} {
		if strings.Contains(all, bad) {
			t.Errorf("plans still say %q", bad)
		}
	}
}
