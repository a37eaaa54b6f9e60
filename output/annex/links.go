package annex

import (
	"reflect"
	"strings"
	"unicode/utf8"

	"jaarverslag/report"
)

// link is one hyperlink of a Link or Links cell: where it goes and what it
// shows.
type link struct {
	url, text string
}

// linksOf reads a Link or Links field. It is the one place that knows how
// the model holds links: a link shows its text, else its URL.
func linksOf(v reflect.Value) []link {
	var ls []report.Link
	switch x := v.Interface().(type) {
	case report.Link:
		ls = []report.Link{x}
	case []report.Link:
		ls = x
	}
	var out []link
	for _, l := range ls {
		if shown := strings.TrimSpace(l.Shown()); shown != "" {
			out = append(out, link{url: strings.TrimSpace(l.URL), text: shown})
		}
	}
	return out
}

// linksText is what a Link or Links cell shows: every link's text, one per line.
func linksText(ls []link) string {
	texts := make([]string, len(ls))
	for i, l := range ls {
		texts[i] = l.text
	}
	return strings.Join(texts, "\n")
}

// Excel limits: a text in a formula is at most 255 characters, a formula
// 8,192.
const (
	maxLiteral = 255
	maxFormula = 8192
)

// hyperlinkFormula makes a cell a link with HYPERLINK rather than as a cell
// hyperlink: LibreOffice shows a cell hyperlink as one unbreakable field,
// so long or several URLs were cut off; a formula's text wraps at "/" like
// any other. target is a URL or "#" and a defined name (LibreOffice does
// not follow "#Sheet!A1" in a formula, but both follow a name). It returns
// "" when Excel's limits do not allow a formula; the caller then falls back
// to a cell hyperlink.
func hyperlinkFormula(target, display string) string {
	if len(target) > maxLiteral {
		return ""
	}
	var parts []string
	for i, line := range strings.Split(display, "\n") {
		if i > 0 {
			parts = append(parts, "CHAR(10)")
		}
		for len(line) > 0 {
			n := min(len(line), maxLiteral)
			for n < len(line) && !utf8.RuneStart(line[n]) {
				n--
			}
			parts = append(parts, formulaString(line[:n]))
			line = line[n:]
		}
	}
	f := "HYPERLINK(" + formulaString(target) + "," + strings.Join(parts, "&") + ")"
	if len(f) > maxFormula {
		return ""
	}
	return f
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && len(s) <= maxURL
}
