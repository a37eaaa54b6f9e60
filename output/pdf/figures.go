package pdf

import (
	"fmt"
	"math"
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
	groups := byDomain(len(r.KeyFigures), func(i int) string { return r.KeyFigures[i].Domain })
	year := strconv.Itoa(r.Meta.Year)
	for _, dm := range rd.domains {
		idx := groups[dm.Name]
		if len(idx) == 0 {
			rd.h2(dm.Name, st.grey.pitch())
			d.flow(rd.none("Geen kerncijfers opgegeven."), 0)
			continue
		}
		t := d.newTable([]int{260, 125, 115, 115, 160, 225}, []bool{false, false, true, true, true, false},
			[]string{"Indicator", "Eenheid", "Vorig jaar", year, "Streefwaarde", "Bron"}, rd.text(rd.lay.Texts.KeyFigures)+" · "+dm.Name)
		first := rd.figureCols(t, r.KeyFigures[idx[0]])
		rd.h2(dm.Name, t.keep(first))
		rd.rows(t, report.SheetKeyFigures, first, len(idx), func(i int) [][]line { return rd.figureCols(t, r.KeyFigures[idx[i]]) })
	}
}

func (rd *renderer) figureCols(t *table, k report.KeyFigure) [][]line {
	st := rd.st
	val := func(v *float64, f *font, i int) []line {
		if v == nil {
			return para("–", f, f, t.width(i))
		}
		return para(figure(*v, k.Unit), f, f, t.width(i))
	}
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
	if math.Round(dev*100) == 0 {
		return money(0)
	}
	favourable := dev < 0
	if kind == report.Income {
		favourable = dev > 0
	}
	vn := "N"
	if favourable {
		vn = "V"
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
	groups := byDomain(len(r.Budget), func(i int) string { return r.Budget[i].Domain })
	sizes := []int{300, 80, 165, 165, 170, 120}
	right := []bool{false, false, true, true, true, true}
	head := []string{"Omschrijving", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}
	totals := map[string]map[report.BudgetKind]*report.BudgetTotal{}
	for _, dm := range rd.domains {
		idx := groups[dm.Name]
		if len(idx) == 0 {
			rd.h2(dm.Name, st.grey.pitch())
			d.flow(rd.none("Geen begrotingsregels opgegeven."), 0)
			continue
		}
		tot := map[report.BudgetKind]*report.BudgetTotal{report.Expenses: {}, report.Income: {}}
		totals[dm.Name] = tot
		t := d.newTable(sizes, right, head, rd.text(rd.lay.Texts.Budget)+" · "+dm.Name)
		var ordered []int
		for _, kind := range report.BudgetKinds {
			for _, k := range idx {
				if r.Budget[k].Kind == kind {
					ordered = append(ordered, k)
				}
			}
		}
		if len(ordered) == 0 {
			continue
		}
		first := rd.budgetCols(t, r.Budget[ordered[0]])
		rd.h2(dm.Name, t.keep(first))
		for _, k := range ordered {
			tot[r.Budget[k].Kind].Add(r.Budget[k])
		}
		rd.rows(t, report.SheetBudget, first, len(ordered), func(i int) [][]line { return rd.budgetCols(t, r.Budget[ordered[i]]) })
		for _, kind := range report.BudgetKinds {
			if b := tot[kind]; b.Lines > 0 {
				t.add(rd.sumCols(t, rd.st.tableBold, "Totaal "+strings.ToLower(string(kind)), "", kind, *b), true)
			}
		}
	}
	rd.budgetOverall(totals)
}

func (rd *renderer) budgetCols(t *table, l report.BudgetLine) [][]line {
	st := rd.st
	desc := rd.cellText(l.Description, st.tableText, st.tableLink, t.width(0))
	if ex := strings.TrimSpace(l.Explanation); ex != "" {
		desc = append(desc, gap(0.8))
		desc = append(desc, rd.cellText(ex, st.smallItalic, st.smallLink, t.width(0))...)
	}
	var b, a float64
	if l.Budget != nil {
		b = *l.Budget
	}
	if l.Actual != nil {
		a = *l.Actual
	}
	dev := l.Deviation()
	f := st.tableText
	return [][]line{
		desc,
		para(string(l.Kind), f, f, t.width(1)),
		para(money(b), f, f, t.width(2)),
		para(money(a), f, f, t.width(3)),
		para(deviation(l.Kind, dev), f, f, t.width(4)),
		para(share(dev, b), f, f, t.width(5)),
	}
}

// sumCols are the columns of a total: label, Soort, budget, realisation
// and the deviation in € and %.
func (rd *renderer) sumCols(t *table, f *font, label, kindText string, kind report.BudgetKind, b report.BudgetTotal) [][]line {
	dev := b.Actual - b.Budget
	return [][]line{
		para(label, f, f, t.width(0)),
		para(kindText, f, f, t.width(1)),
		para(money(b.Budget), f, f, t.width(2)),
		para(money(b.Actual), f, f, t.width(3)),
		para(deviation(kind, dev), f, f, t.width(4)),
		para(share(dev, b.Budget), f, f, t.width(5)),
	}
}

// budgetOverall totals lasten and baten per domain and for the portfolio.
func (rd *renderer) budgetOverall(totals map[string]map[report.BudgetKind]*report.BudgetTotal) {
	if len(totals) == 0 {
		return
	}
	d, st := rd.d, rd.st
	t := d.newTable([]int{300, 80, 165, 165, 170, 120}, []bool{false, false, true, true, true, true},
		[]string{"Domein", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}, "Totaal alle domeinen")
	var rows [][][]line
	var stripe []int // lasten and baten of one domain share a stripe
	for _, dm := range rd.domains {
		tot, ok := totals[dm.Name]
		if !ok {
			continue
		}
		name := dm.Name
		for _, kind := range report.BudgetKinds {
			b := *tot[kind]
			if b.Lines == 0 {
				continue
			}
			rows = append(rows, rd.sumCols(t, st.tableText, name, string(kind), kind, b))
			stripe = append(stripe, domainCount(totals, rd.domains, dm.Name))
			name = ""
		}
	}
	if len(rows) == 0 {
		return
	}
	rd.h2("Totaal alle domeinen", t.keep(rows[0]))
	for i, cols := range rows {
		t.n = stripe[i]
		t.add(cols, false)
	}
	grand := rd.r.BudgetTotals("")
	for _, kind := range report.BudgetKinds {
		if g := grand[kind]; g.Lines > 0 {
			t.add(rd.sumCols(t, st.tableBold, "Totaal "+strings.ToLower(string(kind)), "", kind, g), true)
		}
	}
}

// domainCount is the place of a domain among those with budget lines.
func domainCount(totals map[string]map[report.BudgetKind]*report.BudgetTotal, ds []report.Domain, name string) int {
	n := 0
	for _, d := range ds {
		if d.Name == name {
			return n
		}
		if _, ok := totals[d.Name]; ok {
			n++
		}
	}
	return n
}
