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

// Spans cuts a paragraph into runs of plain text (a Link without URL) and
// the web addresses in it (a Link without Text: the address is shown).
// Runs of white space become one space, as they do when the text is
// wrapped.
func Spans(p string) []Link {
	if !strings.Contains(p, "http") { // most text: no address, one run
		if p = collapse(p); p == "" {
			return nil
		}
		return []Link{{Text: p}}
	}
	var out []Link
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
			out = append(out, Link{Text: text.String()})
			text.Reset()
		}
		out = append(out, Link{URL: u})
		text.WriteString(tail)
	}
	if text.Len() > 0 {
		out = append(out, Link{Text: text.String()})
	}
	return out
}

// HasURL says whether text already shows web address u as a link, so it
// need not be repeated below the text. Control characters, which no
// edition draws, are ignored.
func HasURL(text, u string) bool {
	if strings.ContainsFunc(text, isControl) {
		text = strings.Map(func(r rune) rune {
			if isControl(r) && !unicode.IsSpace(r) {
				return -1
			}
			return r
		}, text)
	}
	for _, w := range strings.Fields(text) {
		if IsURL(w) {
			if url, _ := SplitURL(w); url == u {
				return true
			}
		}
	}
	return false
}

func isControl(r rune) bool { return r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// ExtraLinks are the action's links that its Uitvoering does not already
// show, in their order.
func (a CoalitionAction) ExtraLinks() []Link {
	var out []Link
	for _, l := range a.Links {
		if u := strings.TrimSpace(l.URL); u == "" || strings.Contains(a.Execution, u) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// ShownLink is the achievement's link when its text does not already hold
// its address; the zero Link when there is none to show.
func (a Achievement) ShownLink() Link { return shownLink(a.Text, a.Link) }

// ShownLink is the plan's link when its text does not already hold its
// address; the zero Link when there is none to show.
func (p Plan) ShownLink() Link { return shownLink(p.Text, p.Link) }

func shownLink(text string, l Link) Link {
	if l.URL == "" || HasURL(text, l.URL) {
		return Link{}
	}
	return l
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
