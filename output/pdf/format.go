package pdf

import (
	"math"
	"strconv"
	"strings"
	"time"

	"jaarverslag/report"
)

// number writes v the Dutch way with at most two decimals, dropping
// trailing zeros: 1500 → "1.500", 12.5 → "12,5", 1500.75 → "1.500,75".
func number(v float64) string { return report.FormatNumber(v, 2) }

// money writes euros: whole amounts without decimals, otherwise two.
func money(v float64) string {
	r := math.Round(v*100) / 100
	var s string
	if r == math.Trunc(r) {
		s = strconv.FormatFloat(r, 'f', 0, 64)
	} else {
		s = strconv.FormatFloat(r, 'f', 2, 64)
	}
	return "€ " + groupThousands(s)
}

// percent writes a computed share with one decimal: 8 → "8,0%", 12,46 → "12,5%".
func percent(v float64) string { return report.FormatPercent(math.Round(v*10) / 10) }

// groupThousands turns "-1500.75" into "-1.500,75".
func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// figure writes a key figure in its unit: "€ 105", "12,5%", or a plain
// number. Percentages follow report.PercentUnit, as the annex does.
func figure(v float64, unit string) string {
	if report.PercentUnit(unit) {
		return report.FormatPercent(v)
	}
	switch strings.TrimSpace(strings.ToLower(unit)) {
	case "€", "eur", "euro":
		return money(v)
	}
	return number(v)
}

// longDate is "31 december 2025", for prose.
func longDate(t time.Time) string { return report.FormatDate(t) }

// shortDate is "31-12-2025", for tables.
func shortDate(t time.Time) string { return t.Format("02-01-2006") }

// amsterdam is the time zone build times are shown in.
var amsterdam = report.Amsterdam

// longDateTime is "15 januari 2026 09:00" in Dutch time, as the annex
// writes it too.
func longDateTime(t time.Time) string { return report.FormatDateTime(t) }

// plural picks the singular or plural noun for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return groupThousands(strconv.Itoa(n)) + " " + many
}
