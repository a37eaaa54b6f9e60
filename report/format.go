package report

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // build times are shown in Dutch time on every machine alike
)

// Every edition writes numbers, amounts and dates with these functions, so
// the PDF, the web page and the annex's texts say the same thing the same way.

// FormatNumber writes v the Dutch way with at most decimals decimals and
// trailing zeros dropped: 1500 → "1.500", 12.5 → "12,5", -3000.75 → "-3.000,75".
func FormatNumber(v float64, decimals int) string { return formatDecimals(v, 0, decimals) }

// FormatPercent writes a percentage the one way every edition shows it
// (report-layout.md: "12,5%"): always one decimal, a second one only when
// the value has it, so 8 → "8,0%", -30 → "-30,0%", 12,25 → "12,25%".
func FormatPercent(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	return formatDecimals(v, 1, 2) + "%"
}

// formatDecimals writes v with between least and most decimals: zeros
// beyond least are dropped. A value that rounds to zero has no minus sign.
func formatDecimals(v float64, least, most int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', most, 64)
	whole, frac, _ := strings.Cut(s, ".")
	zero := strings.Trim(whole, "0") == "" && strings.Trim(frac, "0") == ""
	for len(frac) > least && strings.HasSuffix(frac, "0") {
		frac = frac[:len(frac)-1]
	}
	var b strings.Builder
	if v < 0 && !zero {
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

// Figure writes a key figure in its unit: "€ 105", "12,5%" (any Eenheid
// that PercentUnit calls a percentage, as the annex reads it too), or a
// plain number with at most two decimals.
func Figure(v float64, unit string) string {
	if PercentUnit(unit) {
		return FormatPercent(v)
	}
	switch strings.TrimSpace(strings.ToLower(unit)) {
	case "€", "eur", "euro":
		return Money(v)
	}
	return FormatNumber(v, 2)
}

// FigureText is a key figure's value in its unit, "–" when there is none.
func FigureText(v *float64, unit string) string {
	if v == nil {
		return "–"
	}
	return Figure(*v, unit)
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
// budget with its Assessment, V when that favours the municipality (less
// spent, more received); "€ 0" when it rounds to zero cents.
func DeviationText(kind BudgetKind, dev float64) string {
	vn := Assessment(kind, dev)
	if vn == "" {
		return Money(0)
	}
	return Money(math.Abs(dev)) + " " + vn
}

// DeviationShare is the deviation as a percentage of the budget, rounded
// to one decimal (8 → "8,0%", 12,46 → "12,5%"); "–" without a budget.
func DeviationShare(dev, budget float64) string {
	if budget == 0 {
		return "–"
	}
	return FormatPercent(math.Round(dev/math.Abs(budget)*100*10) / 10)
}

// BudgetAmounts are a budget line's or total's amounts as every edition's
// tables show them: budget, realisation, and the deviation in € and in %.
func BudgetAmounts(kind BudgetKind, budget, actual float64) [4]string {
	dev := actual - budget
	return [4]string{Money(budget), Money(actual), DeviationText(kind, dev), DeviationShare(dev, budget)}
}

var months = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// FormatDate writes a date for prose: "31 december 2025". Tables use the
// short form, ShortDate.
func FormatDate(t time.Time) string {
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

// FormatDateTime is "15 januari 2026 09:00" in Dutch time: how every
// edition says when it was built.
func FormatDateTime(t time.Time) string {
	t = t.In(Amsterdam)
	return FormatDate(t) + " " + t.Format("15:04")
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

// Due is a parsed "Gereed in": a year, a quarter of a year, or a date.
type Due struct {
	Year    int
	Quarter int        // 1–4, or 0
	Date    *time.Time // set for a date
}

var (
	dueYear    = regexp.MustCompile(`^(?i)(?:q([1-4])\s+)?(\d{4})$`)
	dueDate    = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-(\d{4})$`)
	quarterNth = [...]string{"eerste", "tweede", "derde", "vierde"}
)

// ParseDue reads "2026", "Q3 2026" (any case) or a date "30-09-2026". A
// date that does not exist (31-02-2026) is not a due date.
func ParseDue(s string) (Due, bool) {
	s = strings.TrimSpace(s)
	if m := dueYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[2])
		q, _ := strconv.Atoi(m[1]) // "" → 0
		return Due{Year: y, Quarter: q}, true
	}
	if m := dueDate.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || int(t.Month()) != mo || t.Year() != y {
			return Due{}, false
		}
		return Due{Year: y, Date: &t}, true
	}
	return Due{}, false
}

// End is the last day of the period: 31-12 for a year, the quarter's last
// day, or the date itself. Sorting plans by it sorts them by when they are due.
func (d Due) End() time.Time {
	switch {
	case d.Date != nil:
		return *d.Date
	case d.Quarter > 0:
		return time.Date(d.Year, time.Month(3*d.Quarter+1), 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
}

// String is the due date as Dutch prose: "gereed in 2026", "gereed in het
// derde kwartaal van 2026", "gereed op 1 juli 2026".
func (d Due) String() string {
	switch {
	case d.Date != nil:
		return "gereed op " + FormatDate(*d.Date)
	case d.Quarter >= 1 && d.Quarter <= 4:
		return fmt.Sprintf("gereed in het %s kwartaal van %d", quarterNth[d.Quarter-1], d.Year)
	}
	return fmt.Sprintf("gereed in %d", d.Year)
}

// DueText is a plan's "Gereed in" as prose, "" when empty. Validation
// refuses anything ParseDue does not read; should such a value get here
// anyway it is shown as typed, never dropped.
func DueText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d, ok := ParseDue(s); ok {
		return d.String()
	}
	return "gereed in " + s
}
