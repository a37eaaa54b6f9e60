package report

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitURL(t *testing.T) {
	for _, tt := range []struct{ in, url, tail string }{
		{"https://x.nl/a).", "https://x.nl/a", ")."},
		{"https://nl.wikipedia.org/wiki/Groningen_(stad)", "https://nl.wikipedia.org/wiki/Groningen_(stad)", ""},
		{"https://x.nl/a,", "https://x.nl/a", ","},
	} {
		if url, tail := SplitURL(tt.in); url != tt.url || tail != tt.tail {
			t.Errorf("SplitURL(%q) = %q %q, want %q %q", tt.in, url, tail, tt.url, tt.tail)
		}
	}
}

func TestSpans(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []Span
	}{
		{"Zie https://x.nl/a. En  verder", []Span{{Text: "Zie "}, {Text: "https://x.nl/a", URL: "https://x.nl/a"}, {Text: ". En verder"}}},
		{"https://x.nl", []Span{{Text: "https://x.nl", URL: "https://x.nl"}}},
		{"geen link", []Span{{Text: "geen link"}}},
		{"(https://x.nl/b) en http://y.nl", []Span{{Text: "(https://x.nl/b) en "}, {Text: "http://y.nl", URL: "http://y.nl"}}},
		{"", nil},
	} {
		if got := Spans(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Spans(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParagraphsAndBullets(t *testing.T) {
	ps := Paragraphs("Een\n\n  twee drie \n- vier\n• vijf\n")
	if strings.Join(ps, "|") != "Een|twee drie|- vier|• vijf" {
		t.Fatalf("Paragraphs %q", ps)
	}
	for _, tt := range []struct {
		in, item string
		ok       bool
	}{{"- vier", "vier", true}, {"• vijf", "vijf", true}, {"-vier", "-vier", false}, {"twee", "twee", false}} {
		if item, ok := Bullet(tt.in); item != tt.item || ok != tt.ok {
			t.Errorf("Bullet(%q) = %q %v", tt.in, item, ok)
		}
	}
}

func TestShownLinks(t *testing.T) {
	a := CoalitionAction{Execution: "Zie https://x.nl/a.", Links: []string{"https://x.nl/a", " ", "https://y.nl"}}
	if got := a.ExtraLinks(); !reflect.DeepEqual(got, []string{"https://y.nl"}) {
		t.Errorf("ExtraLinks = %q", got)
	}
	if got := (Plan{Text: "Lees https://x.nl/a.", Link: "https://x.nl/a"}).ShownLink(); got != "" {
		t.Errorf("a link in the text is shown again: %q", got)
	}
	if got := (Achievement{Text: "Klaar.", Link: "https://x.nl/a"}).ShownLink(); got != "https://x.nl/a" {
		t.Errorf("ShownLink = %q", got)
	}
}

func TestCollapse(t *testing.T) {
	for in, want := range map[string]string{"a b": "a b", " a": "a", "a ": "a", "a  b": "a b", "a\tb": "a b", "": "", " ": "", "a\u00a0b": "a b"} {
		if got := collapse(in); got != want {
			t.Errorf("collapse(%q) = %q, want %q", in, got, want)
		}
	}
}
