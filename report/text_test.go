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
		want []Link
	}{
		{"Zie https://x.nl/a. En  verder", []Link{{Text: "Zie "}, {URL: "https://x.nl/a"}, {Text: ". En verder"}}},
		{"https://x.nl", []Link{{URL: "https://x.nl"}}},
		{"geen link", []Link{{Text: "geen link"}}},
		{"(https://x.nl/b) en http://y.nl", []Link{{Text: "(https://x.nl/b) en "}, {URL: "http://y.nl"}}},
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
	y := Link{URL: "https://y.nl", Text: "Raadsbrief"}
	a := CoalitionAction{Execution: "Zie https://x.nl/a.", Links: []Link{{URL: "https://x.nl/a", Text: "A"}, {URL: " "}, y}}
	if got := a.ExtraLinks(); !reflect.DeepEqual(got, []Link{y}) {
		t.Errorf("ExtraLinks = %+v", got)
	}
	for _, text := range []string{"Lees https://x.nl/a.", "Lees\x07 https://x.nl/a\x07."} {
		if got := (Plan{Text: text, Link: Link{URL: "https://x.nl/a"}}).ShownLink(); got != (Link{}) {
			t.Errorf("a link in the text %q is shown again: %+v", text, got)
		}
	}
	if got := (Achievement{Text: "Klaar.", Link: y}).ShownLink(); got != y {
		t.Errorf("ShownLink = %+v, want the link with its text", got)
	}
}

func TestCollapse(t *testing.T) {
	for in, want := range map[string]string{"a b": "a b", " a": "a", "a ": "a", "a  b": "a b", "a\tb": "a b", "": "", " ": "", "a\u00a0b": "a b"} {
		if got := collapse(in); got != want {
			t.Errorf("collapse(%q) = %q, want %q", in, got, want)
		}
	}
}
