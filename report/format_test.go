package report

import (
	"testing"
	"time"
)

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
