package report

import (
	"testing"
	"time"
)

func number(v float64) string { return FormatNumber(v, 2) }

func TestFormat(t *testing.T) {
	tests := []struct{ got, want string }{
		{number(1500), "1.500"},
		{number(1500.75), "1.500,75"},
		{number(12.5), "12,5"},
		{number(-3000), "-3.000"},
		{number(0.1 + 0.2), "0,3"},
		{Money(105), "€ 105"},
		{Money(1250000), "€ 1.250.000"},
		{Money(1500.5), "€ 1.500,50"},
		{Money(-12000), "€ -12.000"},
		{Figure(12.5, "%"), "12,5%"},
		{Figure(100, "%"), "100,0%"},
		{Figure(12.25, "procent"), "12,25%"},
		{Figure(12.5, "% van de jongeren"), "12,5%"},
		{Figure(105, "€"), "€ 105"},
		{Figure(1500, "plekken"), "1.500"},
		{DeviationText(Expenses, 12000), "€ 12.000 N"},
		{DeviationText(Expenses, -12000), "€ 12.000 V"},
		{DeviationText(Income, 12000), "€ 12.000 V"},
		{DeviationText(Income, 0.001), "€ 0"},
		{DeviationShare(50, 1000), "5,0%"},
		{DeviationShare(-0.4, 1000), "0,0%"},
		{DeviationShare(-300, 1000), "-30,0%"},
		{DeviationShare(124.6, 1000), "12,5%"},
		{DeviationShare(50, 0), "–"},
		{FigureText(nil, "%"), "–"},
		{FormatDate(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)), "31 december 2025"},
		{ShortDate(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)), "31-12-2025"},
		{FormatDateTime(time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)), "15 januari 2026 09:00"},
		{FormatDateTime(time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)), "1 juli 2026 10:00"},
		{Plural(1, "actie", "acties"), "1 actie"},
		{Plural(1600, "actie", "acties"), "1.600 acties"},
		{FormatInt(-1234567), "-1.234.567"},
		{Slug("Jaarverslag 2025 Zorg & Welzijn: ë"), "jaarverslag-2025-zorg-welzijn-e"},
		{FileSize(48211), "47,08 kB"},
		{JoinDutch([]string{"a", "b", "c"}), "a, b en c"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestFormatPercent(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want string
	}{
		{8, "8,0%"}, {0, "0,0%"}, {-30, "-30,0%"}, {5.6, "5,6%"}, {12.5, "12,5%"}, {112.5, "112,5%"},
		{100, "100,0%"}, {12.25, "12,25%"}, {-0.5, "-0,5%"}, {-0.001, "0,0%"}, {1234.5, "1.234,5%"},
		{-0.04, "-0,04%"}, {-0.004, "0,0%"},
	} {
		if got := FormatPercent(tt.v); got != tt.want {
			t.Errorf("FormatPercent(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestDueText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2026", "gereed in 2026"},
		{"Q1 2026", "gereed in het eerste kwartaal van 2026"},
		{"q2 2026", "gereed in het tweede kwartaal van 2026"},
		{"Q3 2026", "gereed in het derde kwartaal van 2026"},
		{" Q4  2027 ", "gereed in het vierde kwartaal van 2027"},
		{"01-07-2026", "gereed op 1 juli 2026"},
		{"1-7-2026", "gereed op 1 juli 2026"},
		{"31-12-2026", "gereed op 31 december 2026"},
		{"", ""},
		// Refused by validation; shown as typed should it get here.
		{"31-02-2026", "gereed in 31-02-2026"},
		{"Q5 2026", "gereed in Q5 2026"},
	} {
		if got := DueText(tt.in); got != tt.want {
			t.Errorf("DueText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	if got := FormatDate(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)); got != "31 december 2025" {
		t.Errorf("FormatDate = %q", got)
	}
	if got := FormatDate(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)); got != "1 maart 2026" {
		t.Errorf("FormatDate = %q", got)
	}
}
