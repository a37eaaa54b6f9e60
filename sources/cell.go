package sources

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"jaarverslag/report"
)

// MaxCellChars is the most characters Excel allows in one cell; a longer
// value can only come from another program and is reported.
const MaxCellChars = 32767

// cleanText trims a cell's text and removes control characters other than
// tab and newline, which only get in the way in a PDF. A carriage return
// becomes a newline so Windows line breaks survive as one break.
func cleanText(s string) string {
	s = strings.TrimSpace(s)
	if !hasControl(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r':
			b.WriteByte('\n')
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// hasControl reports whether s holds a C0, DEL or C1 control character other
// than tab and newline.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return true
		}
	}
	return false
}

// tooLong reports whether s has more characters than a cell may hold.
func tooLong(s string) bool {
	return len(s) > MaxCellChars && utf8.RuneCountInString(s) > MaxCellChars
}

// parseNumber reads a number the way Dutch staff type it: "1.500", "1.500,75",
// "€ 105", "-€ 3.000", "12,5%" (the unit column says %, so 12,5% is 12.5) and
// plain "1500.5". A comma is always the decimal separator, so the ambiguous
// "1,500" is 1.5; dots are thousands separators only in groups of three.
func parseNumber(s string) (float64, bool) {
	var b []byte
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	t := string(b)
	neg, signed := false, false
	// The sign may stand before or after the euro sign: -€ 3.000, € -3.000.
	sign := func() {
		for _, p := range []string{"-", "−", "+"} {
			if rest, ok := strings.CutPrefix(t, p); ok && !signed {
				neg, signed, t = p != "+", true, rest
				return
			}
		}
	}
	sign()
	if rest, ok := strings.CutPrefix(t, "€"); ok {
		t = rest
		sign()
	} else {
		t = strings.TrimSuffix(t, "€")
	}
	t = strings.TrimSuffix(t, "%")

	whole, frac, hasComma := strings.Cut(t, ",")
	if hasComma {
		if frac == "" || !allDigits(frac) {
			return 0, false
		}
		if whole == "" {
			whole = "0"
		}
		if !allDigits(whole) {
			if !grouped(whole) {
				return 0, false
			}
			whole = strings.ReplaceAll(whole, ".", "")
		}
	} else {
		switch {
		case allDigits(whole):
		case grouped(whole):
			whole = strings.ReplaceAll(whole, ".", "")
		default:
			// One dot between digits: "1500.5" as a computer writes it.
			w, f, ok := strings.Cut(whole, ".")
			if !ok || f == "" || !allDigits(f) || (w != "" && !allDigits(w)) {
				return 0, false
			}
			if w == "" {
				w = "0"
			}
			whole, frac = w, f
		}
	}
	num := whole
	if frac != "" {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	if neg && v != 0 {
		v = -v
	}
	return v, true
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// grouped reports whether s is digits with dots between groups of three:
// "1.500", "12.345.678".
func grouped(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts[0]) > 3 || !allDigits(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 || !allDigits(p) {
			return false
		}
	}
	return true
}

// wholeNumber turns a parsed number into an int when it has no fraction.
// Formulas leave tiny rounding errors (2.9999999999999996), so those count
// as whole.
func wholeNumber(v float64) (int, bool) {
	r := math.Round(v)
	if math.Abs(v-r) > 1e-9 || math.Abs(r) > 1<<53 {
		return 0, false
	}
	return int(r), true
}

// formatNumber writes a number found in a text field as a Dutch reader
// expects it: 12,5. Unlike report.FormatNumber it keeps every digit and
// adds no thousands separator, so a year or an ID stays 2026.
func formatNumber(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// formatDate writes a date the Dutch way, as the template asks for it.
func formatDate(t time.Time) string { return t.Format("02-01-2006") }

var months = map[string]time.Month{
	"januari": 1, "jan": 1,
	"februari": 2, "feb": 2,
	"maart": 3, "mrt": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mei":  5,
	"juni": 6, "jun": 6,
	"juli": 7, "jul": 7,
	"augustus": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// parseDate reads a date typed as text: 31-12-2025 (also with / or .),
// 2025-12-31 (optionally followed by a time, as date cells in ISO form are),
// and 31 december 2025. Years must have four digits so 31-12-25 cannot be
// read as the year 25.
func parseDate(s string) (time.Time, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if f := strings.Fields(s); len(f) == 3 {
		m, ok := months[strings.TrimSuffix(f[1], ".")]
		if !ok {
			return time.Time{}, false
		}
		return makeDate(f[2], int(m), f[0])
	}
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if len(s) > 10 && !isoTime(s[10:]) {
			return time.Time{}, false
		}
		y, m, d := s[0:4], s[5:7], s[8:10]
		if !allDigits(m) {
			return time.Time{}, false
		}
		mi, _ := strconv.Atoi(m)
		return makeDate(y, mi, d)
	}
	for _, sep := range []string{"-", "/", "."} {
		p := strings.Split(s, sep)
		if len(p) != 3 {
			continue
		}
		if len(p[1]) > 2 || !allDigits(p[1]) {
			return time.Time{}, false
		}
		m, _ := strconv.Atoi(p[1])
		if len(p[0]) == 4 {
			return makeDate(p[0], m, p[2]) // 2025/12/31
		}
		return makeDate(p[2], m, p[0])
	}
	return time.Time{}, false
}

// isoTime accepts what may follow the date in an ISO date-time:
// "T00:00:00", " 00:00", with optional fraction and zone.
func isoTime(s string) bool {
	if s[0] != 'T' && s[0] != 't' && s[0] != ' ' {
		return false
	}
	s = s[1:]
	s = strings.TrimSuffix(strings.TrimSuffix(s, "z"), "Z")
	if i := strings.LastIndexAny(s, "+-"); i > 0 {
		s = s[:i]
	}
	if len(s) < 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != ':' && c != '.' {
			return false
		}
	}
	return true
}

// makeDate builds a date and refuses impossible ones such as 31-02-2025.
func makeDate(year string, month int, day string) (time.Time, bool) {
	if len(year) != 4 || !allDigits(year) || len(day) > 2 || !allDigits(day) {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	t := time.Date(y, time.Month(month), d, 0, 0, 0, 0, time.UTC)
	if y < 1000 || t.Year() != y || int(t.Month()) != month || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// serialDate turns an Excel date serial into a date, dropping the time of
// day. Serial 1 is 1 January 1900 and Excel counts a 29 February 1900 that
// never was (serial 60), which has no date; in the 1904 system (old Mac
// files) serial 0 is 1 January 1904.
func serialDate(serial float64, date1904 bool) (time.Time, bool) {
	const maxSerial = 2958465 // 31 December 9999
	if math.IsNaN(serial) || serial < 0 || serial >= maxSerial+1 {
		return time.Time{}, false
	}
	days := int(serial)
	switch {
	case date1904:
		return time.Date(1904, 1, 1+days, 0, 0, 0, 0, time.UTC), true
	case days == 0 || days == 60:
		return time.Time{}, false
	case days < 60:
		return time.Date(1899, 12, 31+days, 0, 0, 0, 0, time.UTC), true
	}
	return time.Date(1899, 12, 30+days, 0, 0, 0, 0, time.UTC), true
}

// splitLinks splits a Links cell on spaces, line breaks and semicolons.
func splitLinks(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' || unicode.IsSpace(r) })
}

// linksOf reads a Links cell: web addresses separated by spaces, line
// breaks or ";", or an Excel hyperlink, whose target is the URL and whose
// text (when it is not the address itself) the link text. A cell of
// several addresses that Excel linked to the first keeps all of them.
func linksOf(v value) []report.Link {
	parts := splitLinks(v.text)
	if v.link != "" && (len(parts) <= 1 || !anyAddress(parts)) {
		return []report.Link{hyperlink(v)}
	}
	return report.Links(parts...)
}

// linkOf reads a Link cell: one web address, or an Excel hyperlink.
func linkOf(v value) report.Link {
	if v.link != "" && (len(splitLinks(v.text)) <= 1 || !anyAddress(splitLinks(v.text))) {
		return hyperlink(v)
	}
	return report.Link{URL: strings.TrimSpace(v.text)}
}

// hyperlink is the link of a hyperlink cell: its target, and its text
// unless that is the target written out.
func hyperlink(v value) report.Link {
	text := strings.Join(strings.Fields(v.text), " ")
	if text == "" || strings.EqualFold(strings.TrimSuffix(text, "/"), strings.TrimSuffix(v.link, "/")) {
		return report.Link{URL: v.link}
	}
	return report.Link{URL: v.link, Text: text}
}

// anyAddress reports whether one of the words is written as a web address.
func anyAddress(words []string) bool {
	for _, w := range words {
		l := strings.ToLower(w)
		if strings.Contains(l, "://") || strings.HasPrefix(l, "www.") {
			return true
		}
	}
	return false
}

// builtinFormat says what a built-in number format shows (ECMA-376 part
// 1, 18.8.30): 9 and 10 are percentages; 14–22, 45–47 dates and times, and
// 27–36 and 50–58 East Asian date formats.
func builtinFormat(id int) numberFormat {
	switch {
	case id == 9 || id == 10:
		return percentFormat
	case (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58):
		return dateFormat
	}
	return plainFormat
}

// formatOf says what a custom number format code shows: a date or time
// when it has d, m, y, h or s, a percentage when it has %, each outside
// quoted text, escapes (\%) and [brackets] (colours, locales, conditions).
// A quoted or escaped % is only a sign: the number is not multiplied.
func formatOf(code string) numberFormat {
	inQuote, inBracket, percent := false, false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inQuote:
			inQuote = c != '"'
		case inBracket:
			inBracket = c != ']'
		case c == '"':
			inQuote = true
		case c == '[':
			inBracket = true
		case c == '\\' || c == '_' || c == '*':
			i++ // the next character is literal (or padding)
		case c == '%':
			percent = true
		default:
			switch c | 0x20 {
			case 'd', 'm', 'y', 'h', 's':
				return dateFormat
			}
		}
	}
	if percent {
		return percentFormat
	}
	return plainFormat
}

// toPercent turns a stored fraction into the percentage shown: 0.125 into
// 12.5. It shifts the decimal point of the shortest decimal form of the
// number instead of multiplying, so 0.07 becomes 7 and not
// 7.000000000000001.
func toPercent(f float64) (float64, bool) {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	frac += "00"
	whole, frac = whole+frac[:2], frac[2:]
	if frac != "" {
		whole += "." + frac
	}
	p, err := strconv.ParseFloat(whole, 64)
	if err != nil || math.IsInf(p, 0) {
		return 0, false
	}
	if neg {
		p = -p
	}
	return p, true
}

// cellRef parses an A1-style reference into a 1-based column and row.
func cellRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && i < 4 {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	if i == 0 || i > 3 || col > maxCols {
		return 0, 0, false
	}
	digits := ref[i:]
	if len(digits) == 0 || len(digits) > 7 || !allDigits(digits) || digits[0] == '0' {
		return 0, 0, false
	}
	row, _ = strconv.Atoi(digits)
	if row > maxRowsExcel {
		return 0, 0, false
	}
	return col, row, true
}

// Excel's own sheet limits; references beyond them mean a damaged file.
const (
	maxCols      = 16384
	maxRowsExcel = 1048576
)

// cellName is the reverse of cellRef.
func cellName(col, row int) string { return report.ColumnName(col) + strconv.Itoa(row) }
