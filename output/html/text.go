package html

import (
	"strings"
	"unicode/utf8"

	"jaarverslag/report"
)

// Free text from a cell, read the way report reads it for every edition:
// paragraphs, lists of "- " lines, web addresses as links (report.Spans:
// runs of text are Links without a URL).

// rich is a cell's text as blocks: paragraphs and lists.
type rich []block

// block is one paragraph, or a list of consecutive bullet lines.
type block struct {
	Para  []report.Link
	Items [][]report.Link
}

func richText(s string) rich {
	var out rich
	for _, p := range report.Paragraphs(clean(s)) {
		if item, ok := report.Bullet(p); ok {
			if n := len(out); n > 0 && out[n-1].Items != nil {
				out[n-1].Items = append(out[n-1].Items, report.Spans(item))
				continue
			}
			out = append(out, block{Items: [][]report.Link{report.Spans(item)}})
			continue
		}
		out = append(out, block{Para: report.Spans(p)})
	}
	return out
}

// flowing is all paragraphs of s as one run of text, as the PDF sets a
// list item or a Toelichting.
func flowing(s string) []report.Link {
	var out []report.Link
	for _, p := range report.Paragraphs(clean(s)) {
		if len(out) > 0 {
			out = append(out, report.Link{Text: " "})
		}
		out = append(out, report.Spans(p)...)
	}
	return out
}

// line is one line of text: a name, a title, a unit.
func line(s string) string { return strings.Join(strings.Fields(clean(s)), " ") }

// link is a link shown on its own: its text, else its address. Every link
// of the page is drawn by the template "link" from a report.Link; this is
// where one gets the text the reader sees.
func link(l report.Link) report.Link {
	u, text := strings.TrimSpace(clean(l.URL)), line(l.Text)
	if !report.IsURL(u) {
		// Validation allows only web addresses; anything else stays text.
		return report.Link{Text: report.Link{URL: u, Text: text}.Shown()}
	}
	return report.Link{URL: u, Text: text}
}

// clean drops what an HTML page cannot carry: control characters and
// invalid UTF-8. Line breaks stay; they separate paragraphs.
func clean(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, control) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r':
			return ' '
		case control(r):
			return -1
		}
		return r
	}, s)
}

func control(r rune) bool { return r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) }
