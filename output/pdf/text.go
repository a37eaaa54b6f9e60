package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"jaarverslag/report"
)

// font is a style of the one family: weight, size and colour.
type font struct {
	style fontstyle.Type
	size  float64 // pt
	color props.Color
}

// height is the em height in mm; maroto puts the baseline that far below a text's Top.
func (f *font) height() float64 { return ptToMM(f.size) }

// leading is the distance between baselines of consecutive lines.
const leading = 1.32

func (f *font) pitch() float64 { return f.height() * leading }

// token is a word, or a piece of a URL, laid out as a unit.
type token struct {
	text  string
	space bool // a space precedes it when it does not start a line
	link  string
	f     *font
	// broken marks a piece of breakLong: it is placed as it is, even when a
	// glyph is wider than the line, so wrapping always ends.
	broken bool
}

// seg is a run of text on one line in one font with one link target.
type seg struct {
	x    float64 // from the start of the line
	text string
	link string
	f    *font
}

// line is one line of text, or an empty gap when segs is nil.
type line struct {
	segs  []seg
	pitch float64
	width float64
}

func gap(h float64) line { return line{pitch: h} }

// linesHeight adds up the pitch of lines.
func linesHeight(ls []line) float64 {
	h := 0.0
	for _, l := range ls {
		h += l.pitch
	}
	return h
}

// fitSlack keeps every line a little narrower than the space maroto will
// give it, so maroto never wraps our lines a second time.
const fitSlack = 0.05

// clean makes cell text safe to draw: no tabs, control characters or
// invalid UTF-8, line endings normalised to "\n", and nothing outside the
// Basic Multilingual Plane, which DejaVu lacks and gofpdf cannot measure
// (U+10000 even makes it index past its width table).
func clean(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r':
			return ' '
		case r > 0xFFFF || r == utf8.RuneError:
			return '\uFFFD'
		case unsafeRune(r):
			return -1
		}
		return r
	}, s)
}

func unsafeRune(r rune) bool {
	return r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r > 0xFFFF || r == utf8.RuneError
}

// paragraphs splits cleaned text on line breaks.
func paragraphs(s string) []string { return report.Paragraphs(clean(s)) }

// urlPieces cuts a URL after every "/", "-", "_", "?", "&" and "=", the
// places where it may wrap inside a narrow cell.
func urlPieces(u string) []string {
	var out []string
	start := 0
	// Keep "https://" together with the host.
	body := strings.Index(u, "://")
	if body >= 0 {
		body += 3
	} else {
		body = 0
	}
	for i := body; i < len(u); i++ {
		switch u[i] {
		case '/', '?', '&', '=', '-', '_':
			out = append(out, u[start:i+1])
			start = i + 1
		}
	}
	if start < len(u) {
		out = append(out, u[start:])
	}
	return mergeShort(out)
}

// mergeShort joins pieces of one or two characters to their neighbour, so
// a URL does not break after every "-" in "a-b-c".
func mergeShort(ps []string) []string {
	var out []string
	for _, p := range ps {
		if len(out) > 0 && (utf8.RuneCountInString(p) <= 2 || utf8.RuneCountInString(out[len(out)-1]) <= 2) && !strings.HasSuffix(out[len(out)-1], "/") {
			out[len(out)-1] += p
			continue
		}
		out = append(out, p)
	}
	return out
}

// words turns a paragraph into tokens: URLs become clickable pieces that may
// break after "/", everything else breaks at spaces.
func words(p string, f *font, linkFont *font) []token {
	var ts []token
	for _, w := range strings.Fields(clean(p)) {
		if report.IsURL(w) {
			u, tail := report.SplitURL(w)
			for i, piece := range urlPieces(u) {
				ts = append(ts, token{text: piece, space: i == 0, link: u, f: linkFont})
			}
			if tail != "" {
				ts = append(ts, token{text: tail, f: f})
			}
			continue
		}
		ts = append(ts, token{text: w, space: true, f: f})
	}
	return ts
}

// link is a link shown on its own, clickable: its text, broken at spaces,
// or else its URL, wrapped at "/".
func link(l report.Link, f *font) []token {
	var ts []token
	u := strings.TrimSpace(l.URL)
	if text := strings.TrimSpace(l.Text); text != "" {
		for _, w := range strings.Fields(clean(text)) {
			ts = append(ts, token{text: w, space: true, link: u, f: f})
		}
		return ts
	}
	for i, piece := range urlPieces(clean(u)) {
		ts = append(ts, token{text: piece, space: i == 0, link: u, f: f})
	}
	return ts
}

// breakLong splits a token wider than the line into pieces that fit, for
// words without a space (long host names, hashes, compound words). It cuts
// after ".", "/", "-" or "_" where it can, otherwise between letters, with a
// hyphen for words (never for a URL, which must stay copyable).
func breakLong(t token, max float64) []token {
	var out []token
	rs := []rune(t.text)
	hyphen := t.link == "" && len(rs) > 1 && unicode.IsLetter(rs[0])
	for len(rs) > 0 {
		room := max
		if hyphen {
			room -= width("-", t.f.style, t.f.size)
		}
		n := 0
		for n < len(rs) && width(string(rs[:n+1]), t.f.style, t.f.size) <= room {
			n++
		}
		if n == len(rs) || width(string(rs), t.f.style, t.f.size) <= max {
			out = append(out, token{text: string(rs), link: t.link, f: t.f})
			break
		}
		n = max1(n)
		if len(rs)-n < 3 && n > 3 {
			n = len(rs) - 3 // no stub of one or two letters on the next line
		}
		piece, soft := string(rs[:n]), false
		// In a URL any break point beats a cut; in a word only one that
		// leaves a fair part on this line.
		low := n / 3
		if t.link != "" {
			low = 4
		}
		for i := n - 1; i > low; i-- {
			if strings.ContainsRune("./-_", rs[i]) {
				piece, n, soft = string(rs[:i+1]), i+1, true
				break
			}
		}
		if hyphen && !soft {
			piece += "-"
		}
		out = append(out, token{text: piece, link: t.link, f: t.f})
		rs = rs[n:]
	}
	out[0].space = t.space
	return out
}

func max1(n int) int {
	if n < 1 {
		return 1
	}
	return n
}

// wrap lays tokens out in lines of at most w mm; indent (mm) applies to
// every line after the first (a hanging indent for bullets).
func wrap(ts []token, w, indent float64) []line {
	var lines []line
	var cur line
	x := 0.0
	start := 0.0
	flush := func() {
		if len(cur.segs) > 0 {
			cur.width = x
			lines = append(lines, cur)
		}
		cur = line{}
		start = indent
		x = start
	}
	max := w - fitSlack
	pitch := 0.0
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.text == "" {
			continue
		}
		if p := t.f.pitch(); p > pitch {
			pitch = p
		}
		tw := width(t.text, t.f.style, t.f.size)
		sp := 0.0
		if t.space && len(cur.segs) > 0 {
			sp = width(" ", t.f.style, t.f.size)
		}
		if x+sp+tw > max && len(cur.segs) > 0 {
			flush()
			sp = 0
		}
		if x+tw > max && len(cur.segs) == 0 && x+tw > 0 && !t.broken {
			// Too wide even for an empty line: cut it into pieces that fit.
			parts := breakLong(t, max-x)
			for j := range parts {
				parts[j].broken = true
			}
			if len(parts) > 1 {
				ts = append(ts[:i:i], append(parts, ts[i+1:]...)...)
				i--
				continue
			}
		}
		cur.pitch = pitch
		// Extend the previous run when font and link are the same; this keeps
		// the number of text objects low and a link one rectangle per line.
		if n := len(cur.segs); n > 0 && cur.segs[n-1].f == t.f && cur.segs[n-1].link == t.link {
			if sp > 0 {
				cur.segs[n-1].text += " "
			}
			cur.segs[n-1].text += t.text
		} else {
			cur.segs = append(cur.segs, seg{x: x + sp, text: t.text, link: t.link, f: t.f})
		}
		x += sp + tw
	}
	flush()
	for i := range lines {
		if lines[i].pitch == 0 {
			lines[i].pitch = pitch
		}
	}
	return lines
}

// para wraps plain text (with clickable URLs) in one font.
func para(s string, f, linkFont *font, w float64) []line {
	return wrap(words(s, f, linkFont), w, 0)
}
