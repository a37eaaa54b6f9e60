package pdf

import (
	"strings"

	"jaarverslag/report"
)

// reflection is a chapter of free text from Beschouwingen: its paragraphs
// and bullets as report.Blocks reads them, with the line breaks typed
// within them kept.
func (rd *renderer) reflection(f report.Reflection) {
	st := rd.st
	type part struct {
		lines  []line
		bullet bool
	}
	var parts []part
	for _, b := range report.Blocks(clean(f.Text)) {
		w := contentW
		if b.Bullet {
			w -= bulletIndent
		}
		var ls []line
		for _, l := range b.Lines {
			ls = append(ls, wrap(words(l, st.body, st.bodyLink), w, 0)...)
		}
		if b.Bullet {
			ls = hanging("•", st.body, ls, bulletIndent)
		}
		parts = append(parts, part{ls, b.Bullet})
	}
	if len(parts) == 0 {
		parts = []part{{lines: rd.none("Geen tekst opgegeven.")}}
	}
	title := strings.Join(strings.Fields(clean(f.Title)), " ")
	rd.h1(title, firstLines(parts[0].lines, 2))
	for i, p := range parts {
		if i > 0 {
			rd.d.space(partGap(parts[i-1].bullet, p.bullet))
		}
		// A short lead-in ("Waardegedreven:") stays with the first bullet.
		if next := i + 1; next < len(parts) && !p.bullet && parts[next].bullet && len(p.lines) <= 3 {
			rd.d.ensure(linesHeight(p.lines) + partGap(false, true) + firstLines(parts[next].lines, 1))
		}
		rd.d.flow(p.lines, 0)
	}
	rd.drawn(report.SheetReflections)
}

// partGap is the space between two blocks of free text: bullets of one
// list sit closer together than paragraphs.
func partGap(prevBullet, bullet bool) float64 {
	if prevBullet && bullet {
		return 0.9
	}
	return 1.8
}
