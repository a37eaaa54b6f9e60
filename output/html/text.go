package html

import (
	"strings"
	"unicode/utf8"

	"jaarverslag/report"
)

// Free text from a cell, read the way report reads it for every edition:
// paragraphs, lists of "- " lines, web addresses as links.

// rich is a cell's text as blocks: paragraphs and lists.
type rich []block

// block is one paragraph, or a list of consecutive bullet lines.
type block struct {
	Para  []report.Span
	Items [][]report.Span
}

func richText(s string) rich {
	var out rich
	for _, p := range report.Paragraphs(clean(s)) {
		if item, ok := report.Bullet(p); ok {
			if n := len(out); n > 0 && out[n-1].Items != nil {
				out[n-1].Items = append(out[n-1].Items, report.Spans(item))
				continue
			}
			out = append(out, block{Items: [][]report.Span{report.Spans(item)}})
			continue
		}
		out = append(out, block{Para: report.Spans(p)})
	}
	return out
}

// flowing is all paragraphs of s as one run of text, as the PDF sets a
// list item or a Toelichting.
func flowing(s string) []report.Span {
	var out []report.Span
	for _, p := range report.Paragraphs(clean(s)) {
		if len(out) > 0 {
			out = append(out, report.Span{Text: " "})
		}
		out = append(out, report.Spans(p)...)
	}
	return out
}

// line is one line of text: a name, a title, a unit.
func line(s string) string { return strings.Join(strings.Fields(clean(s)), " ") }

// link is a web address shown on its own. Every link of the page is drawn
// by the template "link" from a Span; this is where a link gets its text.
func link(u string) report.Span {
	u = strings.TrimSpace(clean(u))
	if !report.IsURL(u) {
		return report.Span{Text: u} // validation allows only web addresses; anything else stays text
	}
	return report.Span{Text: u, URL: u}
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
