package report

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestChapterOrder(t *testing.T) {
	n := func(i int) *int { return &i }
	r := &Report{Reflections: []Reflection{
		{Title: "A", After: ChapterActions, Order: n(2)},
		{Title: "B"}, // empty: after Samenvatting
		{Title: "C", After: ChapterActions},
		{Title: "D", After: ChapterActions, Order: n(1)},
		{Title: "E", After: ChapterPlans},
		{Title: "F", After: ChapterBudget},
		{Title: "G", After: ChapterActions, Order: n(1)}, // same Volgorde as D: row order
		{Title: "H", After: "Bestaat niet"},
	}}
	order := func(r *Report) string {
		var out []string
		for _, c := range r.ChapterOrder() {
			if c.Reflection != nil {
				out = append(out, "["+c.Reflection.Title+"]")
			} else {
				out = append(out, string(c.Chapter))
			}
		}
		return strings.Join(out, " | ")
	}
	want := "Samenvatting | [B] | Relevante ontwikkelingen | Coalitieakkoord | [D] | [G] | [A] | [C] | Resultaten | Kerncijfers | " +
		"Wat heeft het gekost | [F] | Plannen | [E] | [H] | Verantwoording"
	if got := order(r); got != want {
		t.Errorf("order\n%s\nwant\n%s", got, want)
	}
	// A Terugblik stands right before Plannen, after the Beschouwingen that follow Wat heeft het gekost.
	r.Reviews = []PlanReview{{PlanID: "P-01", Outcome: OutcomeDone}}
	want = strings.Replace(want, "[F] | Plannen", "[F] | Terugblik | Plannen", 1)
	if got := order(r); got != want {
		t.Errorf("with a Terugblik\n%s\nwant\n%s", got, want)
	}
	// Without Beschouwingen and Terugblik, the fixed chapters as ever.
	if got := order(&Report{}); got != "Samenvatting | Relevante ontwikkelingen | Coalitieakkoord | Resultaten | Kerncijfers | Wat heeft het gekost | Plannen | Verantwoording" {
		t.Errorf("plain report: %s", got)
	}
}

func TestBlocks(t *testing.T) {
	p := func(lines ...string) TextBlock { return TextBlock{Lines: lines} }
	b := func(lines ...string) TextBlock { return TextBlock{Bullet: true, Lines: lines} }
	tests := []struct {
		name string
		in   string
		want []TextBlock
	}{
		{"one paragraph", "Eén alinea.", []TextBlock{p("Eén alinea.")}},
		{"blank line separates", "Eerste.\n\nTweede.", []TextBlock{p("Eerste."), p("Tweede.")}},
		{"several blank lines and spaces", "  Eerste.  \n \n\n  Tweede.\n\n", []TextBlock{p("Eerste."), p("Tweede.")}},
		{"line break kept within a paragraph", "Gemeenschap centraal:\n1. Voorkomen instroom\n2. Voorkomen zwaardere problematiek",
			[]TextBlock{p("Gemeenschap centraal:", "1. Voorkomen instroom", "2. Voorkomen zwaardere problematiek")}},
		{"bullets after a lead-in", "Waardegedreven:\n• Medemenselijkheid\n- Warme gemeenschap\n* Solidariteit",
			[]TextBlock{p("Waardegedreven:"), b("Medemenselijkheid"), b("Warme gemeenschap"), b("Solidariteit")}},
		{"bullet runs on until a blank line", "• Onze werkwijze krijgt aandacht.\nDat blijft zo.\n\nWe hebben afgesproken.",
			[]TextBlock{b("Onze werkwijze krijgt aandacht.", "Dat blijft zo."), p("We hebben afgesproken.")}},
		{"bullet without space after •", "•Medemenselijkheid", []TextBlock{b("Medemenselijkheid")}},
		{"dash without space is text", "-30% minder wachttijd", []TextBlock{p("-30% minder wachttijd")}},
		{"a lone marker stays text", "•\n\n-", []TextBlock{p("•"), p("-")}},
		{"windows line ends", "Eerste.\r\n\r\n- punt", []TextBlock{p("Eerste."), b("punt")}},
		{"empty", " \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Blocks(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Blocks(%q)\n got %#v\nwant %#v", tt.in, got, tt.want)
			}
		})
	}
}

func TestReflectionRules(t *testing.T) {
	tests := []struct {
		after     Chapter
		want      Chapter // after canonicalising
		rule, sub string  // "" when valid
	}{
		{"", "", "", ""},
		{"Coalitieakkoord", ChapterActions, "", ""},
		{"  coalitieakkoord ", ChapterActions, "", ""},
		{"Wat heeft het gekost?", ChapterBudget, "", ""},
		{"relevante ontwikkelingen", ChapterDevelopments, "", ""},
		{"Resultaat", "Resultaat", RuleChapter, `bedoelt u "Resultaten"?`},
		{"Bijlage", "Bijlage", RuleChapter, "kies uit Samenvatting, Relevante ontwikkelingen, Coalitieakkoord, Resultaten, Kerncijfers, Wat heeft het gekost, Plannen"},
		{"Terugblik", "Terugblik", RuleChapter, "laat de cel leeg"},
	}
	for _, tt := range tests {
		t.Run(string(tt.after), func(t *testing.T) {
			r := valid()
			r.Reflections = []Reflection{{Title: "Waarom deze beweging?", Text: "Omdat.", After: tt.after,
				Src: Source{File: "r.xlsx", Sheet: SheetReflections, Row: 2, Cols: map[string]int{"Title": 1, "Text": 2, "After": 3}}}}
			fs := Validate(r)
			if r.Reflections[0].After != tt.want {
				t.Errorf("After = %q, want %q", r.Reflections[0].After, tt.want)
			}
			if tt.rule == "" {
				if len(fs) > 0 {
					t.Errorf("findings: %v", fs)
				}
				return
			}
			if len(fs) != 1 || fs[0].Rule != tt.rule || fs[0].Pos.Cell() != "C2" || !strings.Contains(fs[0].Message, tt.sub) {
				t.Errorf("findings %v, want one %s at C2 with %q", fs, tt.rule, tt.sub)
			}
		})
	}
}

// FuzzBlocks: whatever staff type, Blocks keeps every word in order and
// drops only the bullet markers at the start of a line.
func FuzzBlocks(f *testing.F) {
	for _, s := range []string{"Eerste.\n\nTweede.", "Waardegedreven:\n• A\n- B\n* C", "•\n-\n*", "• a\nb\r\n\r\nc", "- \t-x", "  ••  dubbel"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		for _, l := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n") {
			l = strings.TrimSpace(l)
			if item, ok := bullet(l); ok {
				l = item
			}
			want = append(want, strings.Fields(l)...)
		}
		var got []string
		for _, b := range Blocks(s) {
			if len(b.Lines) == 0 {
				t.Fatalf("an empty block from %q", s)
			}
			for _, l := range b.Lines {
				if strings.TrimSpace(l) == "" {
					t.Fatalf("an empty line in a block from %q", s)
				}
				got = append(got, strings.Fields(l)...)
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("Blocks(%q) has words %q, want %q", s, got, want)
		}
	})
}
