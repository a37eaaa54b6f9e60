package pdf

import (
	"math"
	"slices"
	"strings"
)

// A number never breaks across lines: the numeric columns of a table are
// sized from their widest value, and a value that still does not fit is set
// smaller rather than broken.

// numberLines is s as one line of a cell w mm wide: in f, or smaller (down
// to 6 pt) when f is too wide.
func (rd *renderer) numberLines(s string, f *font, w float64) []line {
	g := fitFont(f, s, w, rd.st)
	return para(s, g, g, w)
}

// widest is the width in mm of the widest text in f.
func widest(f *font, texts ...string) float64 {
	w := 0.0
	for _, s := range texts {
		w = math.Max(w, width(s, f.style, f.size))
	}
	return w
}

// widestWord is the widest word of a header: it must not be cut in two.
func widestWord(f *font, s string) float64 { return widest(f, strings.Fields(s)...) }

// widen sizes numeric columns from their widest text. need holds per column
// the width in mm that must fit on one line, 0 for a text column; pad is
// the cell padding on either side. The room comes from the text columns in
// proportion to their size, each keeping at least half of it; when that is
// not enough the numeric columns share what there is.
func widen(sizes []int, need []float64, pad float64) []int {
	out := slices.Clone(sizes)
	want := make([]int, len(sizes))
	total, spare := 0, 0
	for i, n := range need {
		if n == 0 {
			spare += sizes[i] / 2
			continue
		}
		if m := int(math.Ceil((n + 2*pad + 2*fitSlack) / contentW * grid)); m > sizes[i] {
			want[i] = m - sizes[i]
			total += want[i]
		}
	}
	if total == 0 {
		return out
	}
	if total > spare {
		for i := range want {
			want[i] = want[i] * spare / total
		}
	}
	give := 0
	for i := range want {
		out[i] += want[i]
		give += want[i]
	}
	if give == 0 {
		return out
	}
	// Take give from the text columns, in proportion to what each can
	// spare; what rounding leaves comes from the first that still can.
	took := 0
	for i, n := range need {
		if n == 0 {
			t := give * (sizes[i] / 2) / spare
			out[i] -= t
			took += t
		}
	}
	for i := 0; took < give; i = (i + 1) % len(need) {
		if need[i] == 0 && out[i] > sizes[i]-sizes[i]/2 {
			out[i]--
			took++
		}
	}
	return out
}
