package report

import (
	"math"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // build times are shown in Dutch time on every machine alike
)

// Every edition writes numbers, amounts and dates with these functions, so
// the PDF, the web page and the annex's texts say the same thing the same way.

// FormatNumber writes v the Dutch way with at most decimals decimals and
// trailing zeros dropped: 1500 → "1.500", 12.5 → "12,5", -3000.75 → "-3.000,75".
func FormatNumber(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	var b strings.Builder
	if v < 0 && (strings.Trim(whole, "0") != "" || frac != "") {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// FormatInt writes a count with thousands separators: 1500 → "1.500".
func FormatInt(n int) string { return groupThousands(strconv.Itoa(n)) }

// Money writes euros: whole amounts without decimals, otherwise two:
// "€ 1.250.000", "€ 12,50".
func Money(v float64) string {
	r := math.Round(v*100) / 100
	var s string
	if r == math.Trunc(r) {
		s = strconv.FormatFloat(r, 'f', 0, 64)
	} else {
		s = strconv.FormatFloat(r, 'f', 2, 64)
	}
	return "€ " + groupThousands(s)
}

// Percent writes 12,5%.
func Percent(v float64) string { return FormatNumber(v, 1) + "%" }

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

// Figure writes a key figure in its unit: "€ 105", "12,5%", or a plain
// number with at most two decimals.
func Figure(v float64, unit string) string {
	switch strings.TrimSpace(strings.ToLower(unit)) {
	case "€", "eur", "euro":
		return Money(v)
	case "%", "procent":
		return FormatNumber(v, 2) + "%"
	}
	return FormatNumber(v, 2)
}

// UnitLabel is the unit to mention next to an indicator; € and % show in the number.
func UnitLabel(u string) string {
	switch u {
	case "€", "%", "":
		return ""
	}
	return u
}

// DeviationText is "€ 12.000 N": the amount realisation differs from the
// budget, V when that favours the municipality (less spent, more received).
func DeviationText(kind BudgetKind, dev float64) string {
	if math.Round(dev*100) == 0 {
		return Money(0)
	}
	favourable := dev < 0
	if kind == Income {
		favourable = dev > 0
	}
	vn := "N"
	if favourable {
		vn = "V"
	}
	return Money(math.Abs(dev)) + " " + vn
}

// DeviationShare is the deviation as a percentage of the budget, "–"
// without a budget.
func DeviationShare(dev, budget float64) string {
	if budget == 0 {
		return "–"
	}
	return Percent(dev / math.Abs(budget) * 100)
}

var months = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// LongDate is "31 december 2025", for prose.
func LongDate(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// ShortDate is "31-12-2025", for tables.
func ShortDate(t time.Time) string { return t.Format("02-01-2006") }

// Amsterdam is the time zone build and save times are shown in.
var Amsterdam = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.UTC // unreachable with time/tzdata linked in
	}
	return loc
}()

// LongDateTime is "15 januari 2026 09:00" in Dutch time.
func LongDateTime(t time.Time) string {
	t = t.In(Amsterdam)
	return LongDate(t) + " " + t.Format("15:04")
}

// Plural is the count with the singular or plural noun: "1 actie", "1.500 acties".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return FormatInt(n) + " " + many
}

// JoinDutch lists "a, b en c".
func JoinDutch(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " en " + parts[len(parts)-1]
}

// FileSize is a file size the Dutch way: "12,4 kB".
func FileSize(n int64) string {
	switch {
	case n >= 1<<20:
		return FormatNumber(float64(n)/(1<<20), 2) + " MB"
	case n >= 1<<10:
		return FormatNumber(float64(n)/(1<<10), 2) + " kB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// Slug is s as a name for a file or an anchor: lower case, accents
// dropped, runs of anything else one dash, at most 80 characters;
// "" when nothing is left.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range Fold(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > 80 {
		out = strings.TrimRight(out[:80], "-")
	}
	return out
}
