package annex

import "testing"

func TestWrapLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		per  int
		want int
	}{
		{"", 10, 1},
		{"kort", 10, 1},
		{"twee woorden", 12, 1},
		{"twee woorden", 11, 2},
		{"een zin die over drie regels loopt", 12, 3},
		{"https://www.wender.nl/huisdieren-vrouwenopvang-groningen/", 50, 2},
		{"aaaaaaaaaaaaaaaaaaaaaaaaa", 10, 3},
		{"x aaaaaaaaaaaaaaaaaaaaaaaaa", 10, 4},
	} {
		if got := wrapLines(tc.line, tc.per); got != tc.want {
			t.Errorf("wrapLines(%q, %d) = %d, want %d", tc.line, tc.per, got, tc.want)
		}
	}
}
