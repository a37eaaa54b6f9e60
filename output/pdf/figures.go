package pdf

import (
	"math"
	"strconv"
	"strings"

	"jaarverslag/report"
)

// keyFigures: per domain indicator | eenheid | vorig jaar | verslagjaar |
// streefwaarde | bron, numbers the Dutch way.
func (rd *renderer) keyFigures() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(r.KeyFiguresIntro(), st.body, st.bodyLink, contentW)
	title := rd.title(report.ChapterKeyFigures)
	rd.h1(title, firstLines(intro, 2))
	d.flow(intro, 0)
	year := strconv.Itoa(r.Meta.Year)
	head := []string{"Indicator", "Eenheid", "Vorig jaar", year, "Streefwaarde", "Bron"}
	// One set of widths for every domain, wide enough for the widest value.
	need := make([]float64, len(head))
	for _, k := range r.KeyFigures {
		need[2] = math.Max(need[2], widest(st.tableText, report.FigureText(k.Previous, k.Unit)))
		need[3] = math.Max(need[3], widest(st.tableBold, report.FigureText(k.Value, k.Unit)))
		need[4] = math.Max(need[4], widest(st.tableText, report.FigureText(k.Target, k.Unit)))
	}
	for i := 2; i <= 4; i++ {
		need[i] = math.Max(need[i], widestWord(st.tableHead, head[i]))
	}
	sizes := widen([]int{260, 125, 115, 115, 160, 225}, need, tablePadX)
	for _, g := range r.KeyFiguresByDomain() {
		ks := g.Rows
		if len(ks) == 0 {
			rd.h2(g.Domain.Name, st.grey.pitch())
			d.flow(rd.none("Geen kerncijfers opgegeven."), 0)
			continue
		}
		t := d.newTable(sizes, []bool{false, false, true, true, true, false}, head, title+" · "+g.Domain.Name)
		// A small table is laid out whole, to keep it together; a long one
		// row by row as it is drawn.
		rows := make([][][]line, 1)
		if len(ks) <= smallTable {
			rows = make([][][]line, len(ks))
		}
		for i := range rows {
			rows[i] = rd.figureCols(t, ks[i])
		}
		rd.h2(g.Domain.Name, t.keepAll(rows))
		rd.rows(t, report.SheetKeyFigures, rows[0], len(ks), func(i int) [][]line {
			if i < len(rows) {
				return rows[i]
			}
			return rd.figureCols(t, ks[i])
		})
	}
}

func (rd *renderer) figureCols(t *table, k report.KeyFigure) [][]line {
	st := rd.st
	val := func(v *float64, f *font, i int) []line {
		return rd.numberLines(report.FigureText(v, k.Unit), f, t.width(i))
	}
	ind := rd.cellText(k.Indicator, st.tableText, st.tableLink, t.width(0))
	if ex := strings.TrimSpace(k.Explanation); ex != "" {
		ind = append(ind, gap(0.8))
		ind = append(ind, rd.cellText(ex, st.small, st.smallLink, t.width(0))...)
	}
	src := rd.cellText(k.Source, st.tableText, st.tableLink, t.width(5))
	if k.Date != nil {
		src = append(src, para("peildatum "+report.ShortDate(*k.Date), st.small, st.small, t.width(5))...)
	}
	return [][]line{
		ind,
		para(k.Unit, st.tableText, st.tableText, t.width(1)),
		val(k.Previous, st.tableText, 2),
		val(k.Value, st.tableBold, 3),
		val(k.Target, st.tableText, 4),
		src,
	}
}

// budget: per domain begroting na wijziging vs realisatie for lasten and
// baten, the deviation in € and %, totals per domain and overall.
func (rd *renderer) budget() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(r.BudgetIntro(), st.body, st.bodyLink, contentW)
	title := rd.title(report.ChapterBudget)
	rd.h1(title, firstLines(intro, 2))
	d.flow(intro, 0)
	head := []string{"Omschrijving", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}
	sizes := rd.budgetSizes(head)
	for _, g := range r.BudgetByDomain() {
		ordered := g.Rows // Lasten before Baten
		if len(ordered) == 0 {
			rd.h2(g.Domain.Name, st.grey.pitch())
			d.flow(rd.none("Geen begrotingsregels opgegeven."), 0)
			continue
		}
		t := d.newTable(sizes, budgetRight, head, title+" · "+g.Domain.Name)
		tot := r.BudgetTotals(g.Domain.Name)
		var sums [][][]line
		for _, kind := range report.BudgetKinds {
			if b := tot[kind]; b.Lines > 0 {
				sums = append(sums, rd.sumCols(t, st.tableBold, kind.TotalLabel(), "", kind, b))
			}
		}
		// A small table is laid out whole, to keep it together; a long one
		// row by row as it is drawn.
		rows, whole := make([][][]line, 1), len(ordered)+len(sums) <= smallTable
		if whole {
			rows = make([][][]line, len(ordered))
		}
		for i := range rows {
			rows[i] = rd.budgetCols(t, ordered[i])
		}
		if whole {
			rd.h2(g.Domain.Name, t.keepAll(append(rows[:len(rows):len(rows)], sums...)))
		} else {
			rd.h2(g.Domain.Name, t.keepAll(rows))
		}
		rd.rows(t, report.SheetBudget, rows[0], len(ordered), func(i int) [][]line {
			if i < len(rows) {
				return rows[i]
			}
			return rd.budgetCols(t, ordered[i])
		})
		t.addGroup(sums, true)
	}
	rd.budgetOverall(sizes)
}

// budgetRight marks the numeric columns of the budget tables.
var budgetRight = []bool{false, false, true, true, true, true}

// budgetSizes are the column widths of every budget table, the numeric
// columns as wide as their widest amount and "Afwijking %" on one line.
func (rd *renderer) budgetSizes(head []string) []int {
	st, r := rd.st, rd.r
	need := make([]float64, len(head))
	measure := func(f *font, texts [4]string) {
		for i, s := range texts {
			need[2+i] = math.Max(need[2+i], widest(f, s))
		}
	}
	for _, l := range r.Budget {
		b, a := l.Amounts()
		measure(st.tableText, report.BudgetAmounts(l.Kind, b, a))
	}
	for _, dm := range append([]report.Domain{{}}, rd.domains...) { // {} is every domain
		for kind, t := range r.BudgetTotals(dm.Name) {
			measure(st.tableBold, report.BudgetAmounts(kind, t.Budget, t.Actual))
		}
	}
	for i := 2; i < 5; i++ {
		need[i] = math.Max(need[i], widestWord(st.tableHead, head[i]))
	}
	need[5] = math.Max(need[5], widest(st.tableHead, head[5]))
	return widen([]int{300, 80, 165, 165, 170, 120}, need, tablePadX)
}

func (rd *renderer) budgetCols(t *table, l report.BudgetLine) [][]line {
	st := rd.st
	desc := rd.cellText(l.Description, st.tableText, st.tableLink, t.width(0))
	if ex := strings.TrimSpace(l.Explanation); ex != "" {
		desc = append(desc, gap(0.8))
		desc = append(desc, rd.cellText(ex, st.smallItalic, st.smallLink, t.width(0))...)
	}
	b, a := l.Amounts()
	return rd.amountCols(t, st.tableText, desc, para(string(l.Kind), st.tableText, st.tableText, t.width(1)), report.BudgetAmounts(l.Kind, b, a))
}

// sumCols are the columns of a total: label, Soort, budget, realisation
// and the deviation in € and %.
func (rd *renderer) sumCols(t *table, f *font, label, kindText string, kind report.BudgetKind, b report.BudgetTotal) [][]line {
	return rd.amountCols(t, f, para(label, f, f, t.width(0)), para(kindText, f, f, t.width(1)), report.BudgetAmounts(kind, b.Budget, b.Actual))
}

// amountCols puts two text columns before the four amounts, each amount on one line.
func (rd *renderer) amountCols(t *table, f *font, c0, c1 []line, amounts [4]string) [][]line {
	cols := [][]line{c0, c1}
	for i, s := range amounts {
		cols = append(cols, rd.numberLines(s, f, t.width(2+i)))
	}
	return cols
}

// budgetOverall totals lasten and baten per domain (report.BudgetOverview)
// and for the portfolio. A domain's rows stay together on one page.
func (rd *renderer) budgetOverall(sizes []int) {
	overview := rd.r.BudgetOverview()
	if len(overview) == 0 {
		return
	}
	d, st, r := rd.d, rd.st, rd.r
	t := d.newTable(sizes, budgetRight,
		[]string{"Domein", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}, "Totaal alle domeinen")
	var groups [][][][]line
	var all [][][]line
	for _, db := range overview {
		var g [][][]line
		name := db.Domain // on the domain's first row only
		for _, kt := range db.Totals {
			g = append(g, rd.sumCols(t, st.tableText, name, string(kt.Kind), kt.Kind, kt.BudgetTotal))
			name = ""
		}
		groups = append(groups, g)
		all = append(all, g...)
	}
	grand := r.BudgetTotals("")
	var sums [][][]line
	for _, kind := range report.BudgetKinds {
		if g := grand[kind]; g.Lines > 0 {
			sums = append(sums, rd.sumCols(t, st.tableBold, kind.TotalLabel(), "", kind, g))
		}
	}
	if all = append(all, sums...); len(all) > smallTable {
		all = groups[0]
	}
	rd.h2("Totaal alle domeinen", t.keepAll(all))
	for _, g := range groups {
		t.addGroup(g, false)
	}
	t.addGroup(sums, true)
}
