package html

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"jaarverslag/report"
)

// chart is "Acties per domein naar status" as SVG: a stacked bar per
// domain scaled to the largest, the total behind it. The table above holds
// the same numbers; the SVG's description says them in words.
type chart struct {
	ID     string
	Title  string
	Desc   string
	Width  int
	Height int
	Bars   []bar
	Legend []statusView
}

type bar struct {
	Label    string
	Y, TextY int
	Segments []segment
	Total    string
	TotalX   string
}

type segment struct {
	X, W  string
	Class string
}

// Geometry in SVG user units; the SVG scales to the width of the page.
const (
	chartW     = 800
	labelW     = 300 // domain names, right-aligned against the bars
	barsW      = 420
	barH       = 18
	barGap     = 8
	labelRunes = 40 // a longer name is cut; the table and the description have it whole
)

func (bd *builder) statusChart(rows []report.StatusRow) *chart {
	maxTotal := 0
	for _, sr := range rows {
		maxTotal = max(maxTotal, sr.Total)
	}
	if maxTotal == 0 {
		return nil
	}
	c := &chart{ID: bd.ids.id("grafiek status"), Title: "Acties per domein naar status", Width: chartW,
		Height: len(rows)*(barH+barGap) - barGap}
	var desc []string
	for i, sr := range rows {
		y := i * (barH + barGap)
		b := bar{Label: shorten(line(sr.Domain), labelRunes), Y: y, TextY: y + barH/2 + 5, Total: strconv.Itoa(sr.Total)}
		x := float64(labelW + 10)
		var parts []string
		for j, s := range report.Statuses {
			n := sr.Counts[j]
			if n == 0 {
				continue
			}
			w := float64(n) / float64(maxTotal) * barsW
			b.Segments = append(b.Segments, segment{X: num(x), W: num(w), Class: bd.status[s].Class})
			x += w
			parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(string(s))))
		}
		b.TotalX = num(x + 8)
		c.Bars = append(c.Bars, b)
		d := line(sr.Domain) + ": " + report.Plural(sr.Total, "actie", "acties")
		if len(parts) > 0 {
			d += " (" + report.JoinDutch(parts) + ")"
		}
		desc = append(desc, d)
	}
	c.Desc = "Per domein het aantal acties uit het coalitieakkoord, gestapeld naar status. " + strings.Join(desc, "; ") + "."
	for _, s := range report.Statuses {
		c.Legend = append(c.Legend, bd.status[s])
	}
	return c
}

// num writes an SVG coordinate with at most two decimals.
func num(v float64) string { return strconv.FormatFloat(float64(int(v*100+0.5))/100, 'f', -1, 64) }

// shorten cuts s to n runes with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimSpace(string([]rune(s)[:n-1])) + "…"
}
