package pdf

import (
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
	for _, g := range r.KeyFiguresByDomain() {
		if len(g.Rows) == 0 {
			rd.h2(g.Domain.Name, st.grey.pitch())
			d.flow(rd.none("Geen kerncijfers opgegeven."), 0)
			continue
		}
		t := d.newTable([]int{260, 125, 115, 115, 160, 225}, []bool{false, false, true, true, true, false},
			[]string{"Indicator", "Eenheid", "Vorig jaar", year, "Streefwaarde", "Bron"}, title+" · "+g.Domain.Name)
		first := rd.figureCols(t, g.Rows[0])
		rd.h2(g.Domain.Name, t.keep(first))
		rd.rows(t, report.SheetKeyFigures, first, len(g.Rows), func(i int) [][]line { return rd.figureCols(t, g.Rows[i]) })
	}
}

func (rd *renderer) figureCols(t *table, k report.KeyFigure) [][]line {
	st := rd.st
	val := func(v *float64, f *font, i int) []line {
		if v == nil {
			return para("–", f, f, t.width(i))
		}
		return para(report.Figure(*v, k.Unit), f, f, t.width(i))
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
	sizes := []int{300, 80, 165, 165, 170, 120}
	right := []bool{false, false, true, true, true, true}
	head := []string{"Omschrijving", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}
	for _, g := range r.BudgetByDomain() {
		if len(g.Rows) == 0 {
			rd.h2(g.Domain.Name, st.grey.pitch())
			d.flow(rd.none("Geen begrotingsregels opgegeven."), 0)
			continue
		}
		t := d.newTable(sizes, right, head, title+" · "+g.Domain.Name)
		first := rd.budgetCols(t, g.Rows[0])
		rd.h2(g.Domain.Name, t.keep(first))
		rd.rows(t, report.SheetBudget, first, len(g.Rows), func(i int) [][]line { return rd.budgetCols(t, g.Rows[i]) })
		tot := r.BudgetTotals(g.Domain.Name)
		for _, kind := range report.BudgetKinds {
			if b := tot[kind]; b.Lines > 0 {
				t.add(rd.sumCols(t, rd.st.tableBold, "Totaal "+strings.ToLower(string(kind)), "", kind, b), true)
			}
		}
	}
	rd.budgetOverall()
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
		para(report.Money(b), f, f, t.width(2)),
		para(report.Money(a), f, f, t.width(3)),
		para(report.DeviationText(l.Kind, dev), f, f, t.width(4)),
		para(report.DeviationShare(dev, b), f, f, t.width(5)),
	}
}

// sumCols are the columns of a total: label, Soort, budget, realisation
// and the deviation in € and %.
func (rd *renderer) sumCols(t *table, f *font, label, kindText string, kind report.BudgetKind, b report.BudgetTotal) [][]line {
	dev := b.Actual - b.Budget
	return [][]line{
		para(label, f, f, t.width(0)),
		para(kindText, f, f, t.width(1)),
		para(report.Money(b.Budget), f, f, t.width(2)),
		para(report.Money(b.Actual), f, f, t.width(3)),
		para(report.DeviationText(kind, dev), f, f, t.width(4)),
		para(report.DeviationShare(dev, b.Budget), f, f, t.width(5)),
	}
}

// budgetOverall totals lasten and baten per domain and for the portfolio.
func (rd *renderer) budgetOverall() {
	overview := rd.r.BudgetOverview()
	if len(overview) == 0 {
		return
	}
	d, st := rd.d, rd.st
	t := d.newTable([]int{300, 80, 165, 165, 170, 120}, []bool{false, false, true, true, true, true},
		[]string{"Domein", "Soort", "Begroting na wijziging", "Realisatie", "Afwijking", "Afwijking %"}, "Totaal alle domeinen")
	var rows [][][]line
	var stripe []int // lasten and baten of one domain share a stripe
	for i, db := range overview {
		name := db.Domain
		for _, kt := range db.Totals {
			rows = append(rows, rd.sumCols(t, st.tableText, name, string(kt.Kind), kt.Kind, kt.BudgetTotal))
			stripe = append(stripe, i)
			name = ""
		}
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
