package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"jaarverslag/report"
)

// summary: coalition actions per status per domain (table and chart) and
// the headline key figures.
func (rd *renderer) summary() {
	d, st, r := rd.d, rd.st, rd.r
	total := r.StatusCount("")
	n := len(r.Actions)
	intro := fmt.Sprintf("Dit verslag legt verantwoording af over de portefeuille %s in %d. "+
		"Het coalitieakkoord telt voor deze portefeuille %s.", r.Meta.Portfolio, r.Meta.Year, plural(n, "actie", "acties"))
	var parts []string
	for _, s := range report.Statuses {
		if total[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", total[s], strings.ToLower(string(s))))
		}
	}
	if len(parts) > 0 {
		intro += fmt.Sprintf(" De stand op %s: %s.", longDate(r.Meta.CutoffDate), joinDutch(parts))
	}
	if len(r.Achievements) > 0 || len(r.Plans) > 0 {
		intro += fmt.Sprintf(" In %d is gewerkt aan %s; voor %d staan %s op de agenda.",
			r.Meta.Year, plural(len(r.Achievements), "resultaat", "resultaten"),
			r.Meta.PlanYear(), plural(len(r.Plans), "plan", "plannen"))
	}
	if s := r.ReviewSentence(); s != "" {
		intro += " " + s
	}
	introLines := para(intro, st.body, st.bodyLink, contentW)
	rd.h1(rd.text(rd.lay.Texts.Summary), firstLines(introLines, 2))
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
	row := func(name string, counts map[report.Status]int, f *font) [][]line {
		cols := [][]line{para(name, f, f, t.width(0))}
		sum := 0
		for i, s := range report.Statuses {
			sum += counts[s]
			cols = append(cols, rd.numberLines(strconv.Itoa(counts[s]), f, t.width(i+1)))
		}
		return append(cols, rd.numberLines(strconv.Itoa(sum), f, t.width(6)))
	}
	var rows [][][]line
	for _, dm := range rd.domains {
		rows = append(rows, row(dm.Name, r.StatusCount(dm.Name), st.tableText))
	}
	totalRow := row("Totaal", total, st.tableBold)
	rd.h2("Stand van het coalitieakkoord", t.keepAll(append(rows[:len(rows):len(rows)], totalRow)))
	for _, cols := range rows {
		t.add(cols, false)
	}
	t.add(totalRow, true)

	rd.statusChart()
	rd.headlineFigures()
}

// statusChart draws one stacked bar per domain, scaled to the largest
// domain, with the total behind it and a legend below. The table above
// carries the same numbers, so the chart is an aid, not the source.
func (rd *renderer) statusChart() {
	d, st, r := rd.d, rd.st, rd.r
	const label, bars, num = 400, 520, 80
	const barH, barGap = 4.0, 1.6
	maxTotal := 0
	var shown []report.Domain
	for _, dm := range rd.domains {
		c := 0
		for _, v := range r.StatusCount(dm.Name) {
			c += v
		}
		shown = append(shown, dm)
		maxTotal = max(maxTotal, c)
	}
	if maxTotal == 0 {
		return
	}
	caption := para("Acties per domein naar status", st.h3, st.h3, contentW)
	leg := rd.legend(st.small, colWidth(bars+num))
	height := linesHeight(caption) + 2 + float64(len(shown))*(barH+barGap) + 1.5 + linesHeight(leg)
	if height <= bodyH {
		d.ensure(6 + height)
	} else {
		d.ensure(6 + linesHeight(caption) + 2 + 3*(barH+barGap))
	}
	d.space(6)
	d.heading(-1, "Acties per domein naar status", caption, 0, 2, 3*(barH+barGap))
	for _, dm := range shown {
		counts := r.StatusCount(dm.Name)
		sum := 0
		for _, v := range counts {
			sum += v
		}
		name := clip(dm.Name, st.small, colWidth(label)-2.5)
		cells := []cell{{size: label, right: true, padR: 2.5, padT: (barH - st.small.pitch()) / 2,
			lines: para(name, st.small, st.small, colWidth(label))}}
		used := 0
		for _, s := range report.Statuses {
			if counts[s] == 0 {
				continue
			}
			w := max(1, int(math.Round(float64(counts[s])/float64(maxTotal)*bars)))
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
			lines: para(strconv.Itoa(sum), st.small, st.small, colWidth(num))})
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
	var picks []report.KeyFigure
	seen := map[string]bool{}
	for _, dm := range rd.domains {
		for _, k := range r.KeyFigures {
			if k.Domain == dm.Name && !seen[dm.Name] {
				seen[dm.Name] = true
				picks = append(picks, k)
			}
		}
	}
	if len(picks) == 0 {
		return
	}
	year := strconv.Itoa(r.Meta.Year)
	head := []string{"Domein", "Indicator", "Vorig jaar", year}
	need := []float64{0, 0, widestWord(st.tableHead, head[2]), widestWord(st.tableHead, head[3])}
	for _, k := range picks {
		need[2] = math.Max(need[2], widest(st.tableText, figureText(k.Previous, k.Unit)))
		need[3] = math.Max(need[3], widest(st.tableBold, figureText(k.Value, k.Unit)))
	}
	t := d.newTable(widen([]int{250, 450, 150, 150}, need, tablePadX), []bool{false, false, true, true}, head, "Kerncijfers in het kort")
	var rows [][][]line
	for _, k := range picks {
		ind := k.Indicator
		if u := unitLabel(k.Unit); u != "" {
			ind += " (" + u + ")"
		}
		rows = append(rows, [][]line{
			para(k.Domain, st.tableText, st.tableLink, t.width(0)),
			para(ind, st.tableText, st.tableLink, t.width(1)),
			rd.numberLines(figureText(k.Previous, k.Unit), st.tableText, t.width(2)),
			rd.numberLines(figureText(k.Value, k.Unit), st.tableBold, t.width(3)),
		})
	}
	rd.h2("Kerncijfers in het kort", t.keepAll(rows))
	for _, cols := range rows {
		t.add(cols, false)
	}
}

// unitLabel is the unit to mention next to an indicator; € and % show in the number.
func unitLabel(u string) string {
	switch u {
	case "€", "%", "":
		return ""
	}
	return u
}

// joinDutch lists "a, b en c".
func joinDutch(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " en " + parts[len(parts)-1]
}
