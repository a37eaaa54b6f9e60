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
		{Percent(12.5), "12,5%"},
		{Percent(-0.04), "0%"},
		{Figure(12.5, "%"), "12,5%"},
		{Figure(105, "€"), "€ 105"},
		{Figure(1500, "plekken"), "1.500"},
		{DeviationText(Expenses, 12000), "€ 12.000 N"},
		{DeviationText(Expenses, -12000), "€ 12.000 V"},
		{DeviationText(Income, 12000), "€ 12.000 V"},
		{DeviationText(Income, 0.001), "€ 0"},
		{DeviationShare(50, 1000), "5%"},
		{DeviationShare(50, 0), "–"},
		{LongDate(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)), "31 december 2025"},
		{ShortDate(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)), "31-12-2025"},
		{LongDateTime(time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)), "15 januari 2026 09:00"},
		{LongDateTime(time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)), "1 juli 2026 10:00"},
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
