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

var months = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// FormatDate writes a date for prose: "31 december 2025". Tables use the
// short form 31-12-2025.
func FormatDate(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Amsterdam is the time zone build times are shown in.
var Amsterdam = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.UTC // unreachable with time/tzdata linked in
	}
	return loc
}()

// FormatDateTime is "15 januari 2026 09:00" in Dutch time: how the PDF and
// the annex both say when they were built.
func FormatDateTime(t time.Time) string {
	t = t.In(Amsterdam)
	return FormatDate(t) + " " + t.Format("15:04")
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
