package templates

import (
	"strings"
	"testing"

	"jaarverslag/report"
)

func TestDefaultLayout(t *testing.T) {
	l := DefaultLayout()
	if err := l.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := l.Colors.Heading.String(); got != "#1F3A5F" {
		t.Errorf("heading = %s", got)
	}
	if got := l.Colors.Status[report.StatusDelayed].String(); got != "#9A5B00" {
		t.Errorf("Vertraagd = %s", got)
	}
	if got := l.Texts.Expand(l.Texts.Plans, 2025); got != "Plannen 2026" {
		t.Errorf("plans = %q", got)
	}
}

func TestLoadLayout(t *testing.T) {
	tests := []struct {
		name, json, err string
		check           func(Layout) bool
	}{
		{"empty keeps defaults", `{}`, "", func(l Layout) bool { return l.Texts.Summary == "Samenvatting" }},
		{"override one colour", `{"colors":{"status":{"Gereed":"#1B5E20"}}}`, "",
			func(l Layout) bool {
				return l.Colors.Status[report.StatusDone].String() == "#1B5E20" && l.Colors.Status[report.StatusStopped].String() == "#C62828"
			}},
		{"override text", `{"texts":{"budget":"Financiën"}}`, "", func(l Layout) bool { return l.Texts.Budget == "Financiën" && l.Texts.Plans == "Plannen {planjaar}" }},
		{"logo path", `{"logo":"logo.png"}`, "", func(l Layout) bool { return l.Logo == "logo.png" }},
		{"bad colour", `{"colors":{"heading":"blue"}}`, "verwacht #RRGGBB", nil},
		{"pale heading", `{"colors":{"heading":"#AAAAAA"}}`, "contrast", nil},
		{"pyramid colours", `{"colors":{"pyramid":{"layer":"#FFF3C4"}}}`, "",
			func(l Layout) bool {
				return l.Colors.Pyramid.Layer.String() == "#FFF3C4" && l.Colors.Pyramid.Highlight.String() == "#1F3A5F"
			}},
		// The numbers in the layers are in the heading colour: 3.3:1 on this fill.
		{"numbers illegible on the layers", `{"colors":{"pyramid":{"layer":"#7A8BA3"}}}`, "piramide (kleur heading #1F3A5F) hebben contrast", nil},
		{"highlight lost among the layers", `{"colors":{"pyramid":{"highlight":"#A9BCD3"}}}`, "markeerkleur van de piramide #A9BCD3 heeft contrast 1.3:1 met de laagkleur", nil},
		{"unknown status", `{"colors":{"status":{"Klaar":"#000000"}}}`, "onbekende status", nil},
		{"empty text", `{"texts":{"summary":" "}}`, `"summary" is leeg`, nil},
		{"typo in key", `{"colours":{}}`, "unknown field", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := LoadLayout([]byte(tt.json))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(l) {
				t.Errorf("unexpected layout %+v", l)
			}
		})
	}
}

func TestEveryChapterHasATitle(t *testing.T) {
	texts := DefaultLayout().Texts
	seen := map[string]bool{}
	for _, c := range report.Chapters {
		title := texts.Chapter(c)
		if title == "" || seen[title] {
			t.Errorf("chapter %q: title %q", c, title)
		}
		seen[title] = true
	}
}
