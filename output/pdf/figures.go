package pdf

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"jaarverslag/report"
)

// keyFigures: per domain indicator | eenheid | vorig jaar | verslagjaar |
// streefwaarde | bron, numbers the Dutch way.
func (rd *renderer) keyFigures() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(fmt.Sprintf("De belangrijkste cijfers per domein over %d, met het jaar ervoor en de streefwaarde waar die er is.", r.Meta.Year),
		st.body, st.bodyLink, contentW)
	rd.h1(rd.text(rd.lay.Texts.KeyFigures), firstLines(intro, 2))
	d.flow(intro, 0)
	groups := byDomain(r.KeyFigureOrder(), func(i int) string { return r.KeyFigures[i].Domain })
	year := strconv.Itoa(r.Meta.Year)
	head := []string{"Indicator", "Eenheid", "Vorig jaar", year, "Streefwaarde", "Bron"}
	// One set of widths for every domain, wide enough for the widest value.
	need := make([]float64, len(head))
	for _, k := range r.KeyFigures {
		need[2] = math.Max(need[2], widest(st.tableText, figureText(k.Previous, k.Unit)))
		need[3] = math.Max(need[3], widest(st.tableBold, figureText(k.Value, k.Unit)))
		need[4] = math.Max(need[4], widest(st.tableText, figureText(k.Target, k.Unit)))
	}
	for i := 2; i <= 4; i++ {
		need[i] = math.Max(need[i], widestWord(st.tableHead, head[i]))
	}
	sizes := widen([]int{260, 125, 115, 115, 160, 225}, need, tablePadX)
	for _, dm := range rd.domains {
		idx := groups[dm.Name]
		if len(idx) == 0 {
			rd.h2(dm.Name, st.grey.pitch())
			d.flow(rd.none("Geen kerncijfers opgegeven."), 0)
			continue
		}
		t := d.newTable(sizes, []bool{false, false, true, true, true, false}, head, rd.text(rd.lay.Texts.KeyFigures)+" · "+dm.Name)
		// A small table is laid out whole, to keep it together; a long one
		// row by row as it is drawn.
		rows := make([][][]line, 1)
		if len(idx) <= smallTable {
			rows = make([][][]line, len(idx))
		}
		for i := range rows {
			rows[i] = rd.figureCols(t, r.KeyFigures[idx[i]])
		}
		rd.h2(dm.Name, t.keepAll(rows))
		rd.rows(t, report.SheetKeyFigures, rows[0], len(idx), func(i int) [][]line {
			if i < len(rows) {
				return rows[i]
			}
			return rd.figureCols(t, r.KeyFigures[idx[i]])
		})
	}
}

// figureText is a key figure's value in its unit, "–" when there is none.
func figureText(v *float64, unit string) string {
	if v == nil {
		return "–"
	}
	return figure(*v, unit)
}

func (rd *renderer) figureCols(t *table, k report.KeyFigure) [][]line {
	st := rd.st
	val := func(v *float64, f *font, i int) []line { return rd.numberLines(figureText(v, k.Unit), f, t.width(i)) }
	ind := rd.cellText(k.Indicator, st.tableText, st.tableLink, t.width(0))
	if ex := strings.TrimSpace(k.Explanation); ex != "" {
		ind = append(ind, gap(0.8))
		ind = append(ind, rd.cellText(ex, st.small, st.smallLink, t.width(0))...)
	}
	src := rd.cellText(k.Source, st.tableText, st.tableLink, t.width(5))
	if k.Date != nil {
		src = append(src, para("peildatum "+shortDate(*k.Date), st.small, st.small, t.width(5))...)
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

// deviation is "€ 12.000 N": the amount realisation differs from the
// budget, V when that favours the municipality (less spent, more received).
func deviation(kind report.BudgetKind, dev float64) string {
	vn := report.Assessment(kind, dev)
	if vn == "" {
		return money(0)
	}
	return money(math.Abs(dev)) + " " + vn
}

// share is the deviation as a percentage of the budget, "–" without a budget.
func share(dev, budget float64) string {
	if budget == 0 {
		return "–"
	}
	return percent(dev / math.Abs(budget) * 100)
}

// budget: per domain begroting na wijziging vs realisatie for lasten and
// baten, the deviation in € and %, totals per domain and overall.
func (rd *renderer) budget() {
	d, st, r := rd.d, rd.st, rd.r
	intro := para(fmt.Sprintf("Per domein de begroting na wijziging en de realisatie over %d, voor lasten en baten. "+
		"De afwijking is realisatie min begroting; V is voordelig en N nadelig voor de gemeente.", r.Meta.Year),
		st.body, st.bodyLink, contentW)
	rd.h1(rd.text(rd.lay.Texts.Budget), firstLines(intro, 2))
	d.flow(intro, 0)
	groups := byDomain(r.BudgetOrder(), func(i int) string { return r.Budget[i].Domain })
	head := []string{"Omschrijving", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}
	sizes := rd.budgetSizes(head)
	var shown []report.Domain // domains with budget lines, for the overall table
	for _, dm := range rd.domains {
		idx := groups[dm.Name]
		if len(idx) == 0 {
			rd.h2(dm.Name, st.grey.pitch())
			d.flow(rd.none("Geen begrotingsregels opgegeven."), 0)
			continue
		}
		t := d.newTable(sizes, budgetRight, head, rd.text(rd.lay.Texts.Budget)+" · "+dm.Name)
		var ordered []int // Lasten before Baten, as BudgetOrder sorts them
		for _, k := range idx {
			if slices.Contains(report.BudgetKinds, r.Budget[k].Kind) {
				ordered = append(ordered, k)
			}
		}
		if len(ordered) == 0 {
			continue
		}
		shown = append(shown, dm)
		tot := r.BudgetTotals(dm.Name)
		var sums [][][]line
		for _, kind := range report.BudgetKinds {
			if b := tot[kind]; b.Lines > 0 {
				sums = append(sums, rd.sumCols(t, st.tableBold, "Totaal "+strings.ToLower(string(kind)), "", kind, b))
			}
		}
		// A small table is laid out whole, to keep it together; a long one
		// row by row as it is drawn.
		rows, whole := make([][][]line, 1), len(ordered)+len(sums) <= smallTable
		if whole {
			rows = make([][][]line, len(ordered))
		}
		for i := range rows {
			rows[i] = rd.budgetCols(t, r.Budget[ordered[i]])
		}
		if whole {
			rd.h2(dm.Name, t.keepAll(append(rows[:len(rows):len(rows)], sums...)))
		} else {
			rd.h2(dm.Name, t.keepAll(rows))
		}
		rd.rows(t, report.SheetBudget, rows[0], len(ordered), func(i int) [][]line {
			if i < len(rows) {
				return rows[i]
			}
			return rd.budgetCols(t, r.Budget[ordered[i]])
		})
		t.addGroup(sums, true)
	}
	rd.budgetOverall(sizes, shown)
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
		b, a := amounts(l)
		measure(st.tableText, budgetTexts(l.Kind, b, a))
	}
	for _, dm := range append([]report.Domain{{}}, rd.domains...) { // {} is every domain
		for kind, t := range r.BudgetTotals(dm.Name) {
			measure(st.tableBold, budgetTexts(kind, t.Budget, t.Actual))
		}
	}
	for i := 2; i < 5; i++ {
		need[i] = math.Max(need[i], widestWord(st.tableHead, head[i]))
	}
	need[5] = math.Max(need[5], widest(st.tableHead, head[5]))
	return widen([]int{300, 80, 165, 165, 170, 120}, need, tablePadX)
}

// amounts are a line's budget and realisation; an empty one counts as
// zero, as in report.BudgetTotal.
func amounts(l report.BudgetLine) (budget, actual float64) {
	if l.Budget != nil {
		budget = *l.Budget
	}
	if l.Actual != nil {
		actual = *l.Actual
	}
	return budget, actual
}

// budgetTexts are the amounts of a budget line or total as the tables
// show them: budget, realisation, deviation in € and in %.
func budgetTexts(kind report.BudgetKind, budget, actual float64) [4]string {
	dev := actual - budget
	return [4]string{money(budget), money(actual), deviation(kind, dev), share(dev, budget)}
}

func (rd *renderer) budgetCols(t *table, l report.BudgetLine) [][]line {
	st := rd.st
	desc := rd.cellText(l.Description, st.tableText, st.tableLink, t.width(0))
	if ex := strings.TrimSpace(l.Explanation); ex != "" {
		desc = append(desc, gap(0.8))
		desc = append(desc, rd.cellText(ex, st.smallItalic, st.smallLink, t.width(0))...)
	}
	b, a := amounts(l)
	return rd.amountCols(t, st.tableText, desc, para(string(l.Kind), st.tableText, st.tableText, t.width(1)), budgetTexts(l.Kind, b, a))
}

// sumCols are the columns of a total: label, Soort, budget, realisation
// and the deviation in € and %.
func (rd *renderer) sumCols(t *table, f *font, label, kindText string, kind report.BudgetKind, b report.BudgetTotal) [][]line {
	return rd.amountCols(t, f, para(label, f, f, t.width(0)), para(kindText, f, f, t.width(1)), budgetTexts(kind, b.Budget, b.Actual))
}

// amountCols puts two text columns before the four amounts, each amount on one line.
func (rd *renderer) amountCols(t *table, f *font, c0, c1 []line, amounts [4]string) [][]line {
	cols := [][]line{c0, c1}
	for i, s := range amounts {
		cols = append(cols, rd.numberLines(s, f, t.width(2+i)))
	}
	return cols
}

// budgetOverall totals lasten and baten per domain and for the portfolio.
// A domain's rows stay together on one page.
func (rd *renderer) budgetOverall(sizes []int, domains []report.Domain) {
	if len(domains) == 0 {
		return
	}
	d, st, r := rd.d, rd.st, rd.r
	t := d.newTable(sizes, budgetRight,
		[]string{"Domein", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}, "Totaal alle domeinen")
	var groups [][][][]line
	var all [][][]line
	for _, dm := range domains {
		tot := r.BudgetTotals(dm.Name)
		var g [][][]line
		name := dm.Name // on the domain's first row only
		for _, kind := range report.BudgetKinds {
			if b := tot[kind]; b.Lines > 0 {
				g = append(g, rd.sumCols(t, st.tableText, name, string(kind), kind, b))
				name = ""
			}
		}
		groups = append(groups, g)
		all = append(all, g...)
	}
	grand := r.BudgetTotals("")
	var sums [][][]line
	for _, kind := range report.BudgetKinds {
		if g := grand[kind]; g.Lines > 0 {
			sums = append(sums, rd.sumCols(t, st.tableBold, "Totaal "+strings.ToLower(string(kind)), "", kind, g))
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
