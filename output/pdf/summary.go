package pdf

import (
	"math"
	"strconv"

	"jaarverslag/report"
)

// summary: coalition actions per status per domain (table and chart) and
// the headline key figures.
func (rd *renderer) summary() {
	d, st, r := rd.d, rd.st, rd.r
	introLines := para(r.SummaryIntro(), st.body, st.bodyLink, contentW)
	rd.h1(rd.title(report.ChapterSummary), firstLines(introLines, 2))
	d.flow(introLines, 0)

	// Table: domains × statuses.
	sizes := []int{250, 125, 125, 125, 125, 125, 125}
	right := []bool{false, true, true, true, true, true, true}
	head := []string{"Domein"}
	for _, s := range report.Statuses {
		head = append(head, string(s))
	}
	head = append(head, "Totaal")
	t := d.newTable(sizes, right, head, "Stand coalitieakkoord")
	row := func(sr report.StatusRow, f *font) [][]line {
		cols := [][]line{para(sr.Domain, f, f, t.width(0))}
		for i, n := range sr.Counts {
			cols = append(cols, rd.numberLines(strconv.Itoa(n), f, t.width(i+1)))
		}
		return append(cols, rd.numberLines(strconv.Itoa(sr.Total), f, t.width(6)))
	}
	statusRows, statusTotal := r.StatusTable()
	var rows [][][]line
	for _, sr := range statusRows {
		rows = append(rows, row(sr, st.tableText))
	}
	totalRow := row(statusTotal, st.tableBold)
	rd.h2("Stand van het coalitieakkoord", t.keepAll(append(rows[:len(rows):len(rows)], totalRow)))
	for _, cols := range rows {
		t.add(cols, false)
	}
	t.add(totalRow, true)

	rd.statusChart(statusRows)
	rd.headlineFigures()
}

// statusChart draws one stacked bar per domain, scaled to the largest
// domain, with the total behind it and a legend below. The table above
// carries the same numbers, so the chart is an aid, not the source.
func (rd *renderer) statusChart(rows []report.StatusRow) {
	d, st := rd.d, rd.st
	const label, bars, num = 400, 520, 80
	const barH, barGap = 4.0, 1.6
	maxTotal := 0
	for _, sr := range rows {
		maxTotal = max(maxTotal, sr.Total)
	}
	if maxTotal == 0 {
		return
	}
	caption := para("Acties per domein naar status", st.h3, st.h3, contentW)
	leg := rd.legend(st.small, colWidth(bars+num))
	height := linesHeight(caption) + 2 + float64(len(rows))*(barH+barGap) + 1.5 + linesHeight(leg)
	if height <= bodyH {
		d.ensure(6 + height)
	} else {
		d.ensure(6 + linesHeight(caption) + 2 + 3*(barH+barGap))
	}
	d.space(6)
	d.heading(-1, "Acties per domein naar status", caption, 0, 2, 3*(barH+barGap))
	for _, sr := range rows {
		name := clip(sr.Domain, st.small, colWidth(label)-2.5)
		cells := []cell{{size: label, right: true, padR: 2.5, padT: (barH - st.small.pitch()) / 2,
			lines: para(name, st.small, st.small, colWidth(label))}}
		used := 0
		for i, s := range report.Statuses {
			if sr.Counts[i] == 0 {
				continue
			}
			w := max(1, int(math.Round(float64(sr.Counts[i])/float64(maxTotal)*bars)))
			if used+w > bars {
				w = bars - used
			}
			c := st.status[s]
			cells = append(cells, cell{size: w, fill: &c})
			used += w
		}
		if used < bars {
			cells = append(cells, cell{size: bars - used})
		}
		cells = append(cells, cell{size: num, padL: 1.5, padT: (barH - st.small.pitch()) / 2,
			lines: para(strconv.Itoa(sr.Total), st.small, st.small, colWidth(num))})
		d.ensure(barH)
		d.add(barH, d.linesRow(barH, cells, nil))
		d.space(barGap)
	}
	d.space(1.5)
	lh := linesHeight(leg)
	d.ensure(lh)
	d.add(lh, d.linesRow(lh, []cell{{size: label}, {size: bars + num, lines: leg}}, nil))
}

// headlineFigures shows the first key figure of every domain.
func (rd *renderer) headlineFigures() {
	d, st, r := rd.d, rd.st, rd.r
	picks := r.HeadlineFigures()
	if len(picks) == 0 {
		return
	}
	year := strconv.Itoa(r.Meta.Year)
	head := []string{"Domein", "Indicator", "Vorig jaar", year}
	need := []float64{0, 0, widestWord(st.tableHead, head[2]), widestWord(st.tableHead, head[3])}
	for _, k := range picks {
		need[2] = math.Max(need[2], widest(st.tableText, report.FigureText(k.Previous, k.Unit)))
		need[3] = math.Max(need[3], widest(st.tableBold, report.FigureText(k.Value, k.Unit)))
	}
	t := d.newTable(widen([]int{250, 450, 150, 150}, need, tablePadX), []bool{false, false, true, true}, head, "Kerncijfers in het kort")
	var rows [][][]line
	for _, k := range picks {
		ind := k.Indicator
		if u := report.UnitLabel(k.Unit); u != "" {
			ind += " (" + u + ")"
		}
		rows = append(rows, [][]line{
			para(k.Domain, st.tableText, st.tableLink, t.width(0)),
			para(ind, st.tableText, st.tableLink, t.width(1)),
			rd.numberLines(report.FigureText(k.Previous, k.Unit), st.tableText, t.width(2)),
			rd.numberLines(report.FigureText(k.Value, k.Unit), st.tableBold, t.width(3)),
		})
	}
	rd.h2("Kerncijfers in het kort", t.keepAll(rows))
	for _, cols := range rows {
		t.add(cols, false)
	}
}
