package sources

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1500", 1500, true},
		{"1.500", 1500, true},
		{"1.500.000", 1500000, true},
		{"1.500,75", 1500.75, true},
		{"12,5", 12.5, true},
		{",5", 0.5, true},
		{"1,500", 1.5, true}, // a comma is always the decimal separator
		{"1500.5", 1500.5, true},
		{"12.50", 12.5, true}, // not groups of three: a decimal point
		{".5", 0.5, true},
		{"€ 105", 105, true},
		{"€105", 105, true},
		{"105 €", 105, true},
		{"€ 1.500,00", 1500, true},
		{"-€ 3.000", -3000, true},
		{"€ -3.000", -3000, true},
		{"−12", -12, true}, // U+2212 minus sign
		{"+7", 7, true},
		{"12,5%", 12.5, true},
		{"1 500", 1500, true},
		{"1\u00a0500,5", 1500.5, true},
		{"-0", 0, true},
		{"", 0, false},
		{"€", 0, false},
		{"veel", 0, false},
		{"1.50,75", 0, false},
		{"1,500,000", 0, false},
		{"1.5.0", 0, false},
		{"5.", 0, false},
		{"12,", 0, false},
		{"--5", 0, false},
		{"-€-5", 0, false},
		{"1e5", 0, false},
		{"NaN", 0, false},
		{"Inf", 0, false},
		{"0x10", 0, false},
		{strings.Repeat("9", 400), 0, false},
	}
	for _, c := range cases {
		got, ok := parseNumber(c.in)
		if ok != c.ok || got != c.want || (got == 0 && math.Signbit(got)) {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestWholeNumber(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want int
		ok   bool
	}{{3, 3, true}, {2.9999999999999996, 3, true}, {-4, -4, true}, {2.5, 0, false}, {1e300, 0, false}} {
		if got, ok := wholeNumber(c.in); got != c.want || ok != c.ok {
			t.Errorf("wholeNumber(%v) = %v, %v", c.in, got, ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"31-12-2025", "2025-12-31"},
		{"1-2-2025", "2025-02-01"},
		{"01/02/2025", "2025-02-01"},
		{"1.2.2025", "2025-02-01"},
		{"2025-12-31", "2025-12-31"},
		{"2025/12/31", "2025-12-31"},
		{"2025-12-31T00:00:00", "2025-12-31"},
		{"2025-12-31T13:45:00.000Z", "2025-12-31"},
		{"2025-12-31 13:45", "2025-12-31"},
		{"31 december 2025", "2025-12-31"},
		{"31 December 2025", "2025-12-31"},
		{"1 mrt. 2025", "2025-03-01"},
		{" 29-02-2024 ", "2024-02-29"},
		{"31-12-25", ""},
		{"29-02-2025", ""},
		{"32-01-2025", ""},
		{"31-13-2025", ""},
		{"0-1-2025", ""},
		{"31 decembre 2025", ""},
		{"2025-12-31x", ""},
		{"2025-1-31", "2025-01-31"},
		{"31-12-0999", ""},
		{"31-12-2025-1", ""},
		{"46022", ""},
		{"", ""},
	}
	for _, c := range cases {
		got, ok := parseDate(c.in)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != c.want {
			t.Errorf("parseDate(%q) = %q, want %q", c.in, s, c.want)
		}
	}
}

func TestSerialDate(t *testing.T) {
	cases := []struct {
		serial float64
		b1904  bool
		want   string
	}{
		{46022, false, "2025-12-31"},
		{46022.99, false, "2025-12-31"},
		{1, false, "1900-01-01"},
		{59, false, "1900-02-28"},
		{60, false, ""}, // 29-02-1900, which Excel counts but never was
		{61, false, "1900-03-01"},
		{0, false, ""},
		{-1, false, ""},
		{2958465, false, "9999-12-31"},
		{2958466, false, ""},
		{0, true, "1904-01-01"},
		{44560, true, "2025-12-31"},
		{math.NaN(), false, ""},
	}
	for _, c := range cases {
		got, ok := serialDate(c.serial, c.b1904)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != c.want {
			t.Errorf("serialDate(%v, %v) = %q, want %q", c.serial, c.b1904, s, c.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  tekst  ", "tekst"},
		{"\u00a0tekst\u00a0", "tekst"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"a\tb", "a\tb"},
		{"a\x00b\x07c\x1bd\x7fe\u0085f\u009fg", "abcdefg"},
		{"👍🏽 مرحبا \u200f", "👍🏽 مرحبا \u200f"},
		{"\x01 tekst \x02", "tekst"},
	}
	for _, c := range cases {
		if got := cleanText(c.in); got != c.want {
			t.Errorf("cleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFormatOf(t *testing.T) {
	for want, codes := range map[numberFormat][]string{
		dateFormat:    {"dd-mm-yyyy", "d/m/yy", `[$-413]d mmmm yyyy;@`, "yyyy-mm-dd hh:mm", "h:mm AM/PM", "[h]:mm:ss", "mmm-yy"},
		percentFormat: {"0%", "0.0%", "0.00%;[Red]-0.00%", `#,##0.0%`, `[$-413]0,0%`, `0%" stijging"`},
		plainFormat:   {"General", "0.00", "#,##0", `#,##0 "dagen"`, `0\d`, `[Red]0.00`, `€ #.##0,00`, "0.00E+00", `_-* #,##0_-`, `0.0" %"`, `0\%`, `0_%`},
	} {
		for _, code := range codes {
			if got := formatOf(code); got != want {
				t.Errorf("formatOf(%q) = %d, want %d", code, got, want)
			}
		}
	}
	for id, want := range map[int]numberFormat{0: plainFormat, 3: plainFormat, 9: percentFormat, 10: percentFormat, 14: dateFormat, 22: dateFormat, 49: plainFormat} {
		if got := builtinFormat(id); got != want {
			t.Errorf("builtinFormat(%d) = %d, want %d", id, got, want)
		}
	}
}

func TestToPercent(t *testing.T) {
	for in, want := range map[float64]float64{0.125: 12.5, 0.07: 7, 1: 100, 0: 0, -0.035: -3.5, 0.1234567: 12.34567, 12: 1200, 1e-7: 0.00001, 2.5e20: 2.5e22} {
		if got, ok := toPercent(in); !ok || got != want {
			t.Errorf("toPercent(%v) = %v, %v; want %v", in, got, ok, want)
		}
	}
}

func TestCellRef(t *testing.T) {
	for _, c := range []struct {
		ref      string
		col, row int
		ok       bool
	}{
		{"A1", 1, 1, true}, {"f9", 6, 9, true}, {"AB12", 28, 12, true}, {"XFD1048576", 16384, 1048576, true},
		{"XFE1", 0, 0, false}, {"A1048577", 0, 0, false}, {"A0", 0, 0, false}, {"A01", 0, 0, false},
		{"1", 0, 0, false}, {"A", 0, 0, false}, {"ABCD1", 0, 0, false}, {"A1B", 0, 0, false}, {"", 0, 0, false},
	} {
		col, row, ok := cellRef(c.ref)
		if col != c.col || row != c.row || ok != c.ok {
			t.Errorf("cellRef(%q) = %d, %d, %v", c.ref, col, row, ok)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1.500", "1.500,75", "€ 105", "-€ 3.000", "12,5%", "1500.5", "1,500", "veel", "−12", "1\u00a0500"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := parseNumber(s)
		if !ok {
			if v != 0 {
				t.Fatalf("parseNumber(%q) failed but returned %v", s, v)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("parseNumber(%q) = %v", s, v)
		}
		// What the reader writes for a number must read back as that number.
		if back, ok := parseNumber(formatNumber(v)); !ok || back != v {
			t.Fatalf("parseNumber(%q) = %v, but %q reads back as %v, %v", s, v, formatNumber(v), back, ok)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"31-12-2025", "2025-12-31", "31 december 2025", "2025-12-31T00:00:00Z", "31/12/2025", "1 mrt. 2025", "31-12-25"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseDate(s)
		if !ok {
			return
		}
		if d.Year() < 1000 || d.Year() > 9999 || d.Hour() != 0 || d.Location() != time.UTC {
			t.Fatalf("parseDate(%q) = %v", s, d)
		}
		if back, ok := parseDate(formatDate(d)); !ok || !back.Equal(d) {
			t.Fatalf("parseDate(%q) = %v, but %q reads back as %v", s, d, formatDate(d), back)
		}
	})
}

func FuzzCellRef(f *testing.F) {
	for _, s := range []string{"A1", "XFD1048576", "ab12", "A0", "ZZZZ1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		col, row, ok := cellRef(s)
		if !ok {
			return
		}
		if col < 1 || col > maxCols || row < 1 || row > maxRowsExcel {
			t.Fatalf("cellRef(%q) = %d, %d", s, col, row)
		}
		if name := cellName(col, row); !strings.EqualFold(name, s) {
			t.Fatalf("cellRef(%q) = %d, %d, which is %s", s, col, row, name)
		}
	})
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{" a\r\nb ", "\x01x\x7f", "👍🏽 مرحبا", "\u00a0\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := cleanText(s)
		if cleanText(c) != c {
			t.Fatalf("cleanText is not idempotent on %q: %q", s, c)
		}
		if hasControl(c) || strings.Contains(c, "\r") {
			t.Fatalf("cleanText(%q) = %q keeps a control character", s, c)
		}
		if utf8.ValidString(s) && !utf8.ValidString(c) {
			t.Fatalf("cleanText(%q) = %q is not UTF-8", s, c)
		}
	})
}
