package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How the free text staff type into a cell is read, the same in every
// edition: a line break starts a paragraph, a line starting with a dash or
// bullet is a list item, and web addresses become links.

// Paragraphs splits text on line breaks; blank lines only separate.
func Paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Bullet recognises a list line typed in a cell ("- item", "• item") and
// returns the item without its mark.
func Bullet(p string) (string, bool) {
	for _, pre := range []string{"- ", "• ", "* ", "– "} {
		if strings.HasPrefix(p, pre) {
			return strings.TrimSpace(p[len(pre):]), true
		}
	}
	return p, false
}

// IsURL says whether a word is a web address to make clickable.
func IsURL(w string) bool {
	return strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "http://")
}

// SplitURL separates trailing punctuation that belongs to the sentence,
// not to the address ("zie https://x.nl/a.").
func SplitURL(w string) (url, tail string) {
	end := len(w)
	for end > 0 {
		c := w[end-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\'' {
			end--
			continue
		}
		if c == ')' && strings.Count(w[:end], "(") < strings.Count(w[:end], ")") {
			end--
			continue
		}
		break
	}
	return w[:end], w[end:]
}

// Span is a piece of a paragraph: plain text, or a web address when URL is set.
type Span struct {
	Text string
	URL  string
}

// Spans cuts a paragraph into text and web addresses. Runs of white space
// become one space, as they do when the text is wrapped.
func Spans(p string) []Span {
	if !strings.Contains(p, "http") { // most text: no address, one span
		if p = collapse(p); p == "" {
			return nil
		}
		return []Span{{Text: p}}
	}
	var out []Span
	var text strings.Builder
	for i, w := range strings.Fields(p) {
		if i > 0 {
			text.WriteByte(' ')
		}
		if !IsURL(w) {
			text.WriteString(w)
			continue
		}
		u, tail := SplitURL(w)
		if text.Len() > 0 {
			out = append(out, Span{Text: text.String()})
			text.Reset()
		}
		out = append(out, Span{Text: u, URL: u})
		text.WriteString(tail)
	}
	if text.Len() > 0 {
		out = append(out, Span{Text: text.String()})
	}
	return out
}

// HasURL says whether text already shows web address u as a link, so it
// need not be repeated below the text.
func HasURL(text, u string) bool {
	for _, w := range strings.Fields(text) {
		if IsURL(w) {
			if url, _ := SplitURL(w); url == u {
				return true
			}
		}
	}
	return false
}

// ExtraLinks are the action's links that its Uitvoering does not already
// show, in their order.
func (a CoalitionAction) ExtraLinks() []string {
	var out []string
	for _, u := range a.Links {
		u = strings.TrimSpace(u)
		if u == "" || strings.Contains(a.Execution, u) {
			continue
		}
		out = append(out, u)
	}
	return out
}

// ShownLink is the achievement's link when its text does not already hold it.
func (a Achievement) ShownLink() string { return shownLink(a.Text, a.Link) }

// ShownLink is the plan's link when its text does not already hold it.
func (p Plan) ShownLink() string { return shownLink(p.Text, p.Link) }

func shownLink(text, u string) string {
	if u == "" || HasURL(text, u) {
		return ""
	}
	return u
}

// collapse is s with runs of white space one space and none at the ends,
// without copying s when it is so already.
func collapse(s string) string {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		var space, other bool // other: white space that is not ' '
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			other = space && c != ' '
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			other = space
			i += n
		}
		if space && (prevSpace || other) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.TrimRight(s, " ")
	}
	return s
}
