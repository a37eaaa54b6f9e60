package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
)

var testFont = &font{style: fontstyle.Normal, size: 8.5}

func TestURLPieces(t *testing.T) {
	u := "https://gemeenteraad.groningen.nl/Documenten/Bijlage-2-Actieplan-2025-2028.pdf"
	ps := urlPieces(u)
	if strings.Join(ps, "") != u {
		t.Fatalf("pieces %q do not make the URL", ps)
	}
	if ps[0] != "https://gemeenteraad.groningen.nl/" || ps[1] != "Documenten/" {
		t.Errorf("pieces %q: want breaks after /", ps)
	}
	for _, p := range ps {
		if utf8.RuneCountInString(p) <= 2 {
			t.Errorf("stub piece %q", p)
		}
	}
}

func TestWords(t *testing.T) {
	ts := words("Zie https://www.wijzijngroenn.nl/. En verder", testFont, testFont)
	var links, text []string
	for _, tk := range ts {
		if tk.link != "" {
			links = append(links, tk.link)
		} else {
			text = append(text, tk.text)
		}
	}
	if len(links) == 0 || links[0] != "https://www.wijzijngroenn.nl/" {
		t.Errorf("links %q", links)
	}
	if strings.Join(text, " ") != "Zie . En verder" {
		t.Errorf("text %q", text)
	}
	if ps := paragraphs("Een\r\n\r\n  twee\tdrie \n\nvier\x00"); strings.Join(ps, "|") != "Een|twee drie|vier" {
		t.Errorf("paragraphs %q", ps)
	}
	if c := clean("a\U0001F642b\U00010000"); c != "a\uFFFDb\uFFFD" {
		t.Errorf("clean %q", c)
	}
}

func TestBreakLong(t *testing.T) {
	w := 20.0
	parts := breakLong(token{text: "Arbeidsmarktparticipatiebevorderingsprogramma", f: testFont, space: true}, w)
	if len(parts) < 2 {
		t.Fatalf("not broken: %v", parts)
	}
	for i, p := range parts {
		if width(p.text, testFont.style, testFont.size) > w {
			t.Errorf("piece %q wider than %v", p.text, w)
		}
		if i < len(parts)-1 && !strings.HasSuffix(p.text, "-") {
			t.Errorf("word piece %q without hyphen", p.text)
		}
	}
	if n := utf8.RuneCountInString(parts[len(parts)-1].text); n < 3 {
		t.Errorf("stub at the end: %v", parts)
	}
	host := "verylonghostnamewithoutanybreakpointsatall.example.org/"
	var joined string
	for _, p := range breakLong(token{text: host, link: "https://" + host, f: testFont}, w) {
		joined += p.text
	}
	if joined != host {
		t.Errorf("a broken URL must stay the same characters: %q", joined)
	}
}

// checkWrap holds for any text: lines fit, words survive in order.
func checkWrap(t *testing.T, s string, w float64) {
	ts := words(s, testFont, testFont)
	ls := wrap(ts, w, 0)
	var got []string
	for _, l := range ls {
		lw := 0.0
		for _, sg := range l.segs {
			lw = sg.x + width(sg.text, sg.f.style, sg.f.size)
			got = append(got, sg.text)
		}
		if lw > w-fitSlack+1e-9 && !singleRune(l) {
			t.Fatalf("line %v is %.2f mm, wider than %.2f", l.segs, lw, w)
		}
	}
	squash := func(s string) string {
		return strings.NewReplacer(" ", "", "-", "").Replace(strings.Join(strings.Fields(s), ""))
	}
	if squash(strings.Join(got, "")) != squash(clean(s)) {
		t.Fatalf("text changed:\n%q\n%q", strings.Join(got, ""), s)
	}
}

func singleRune(l line) bool {
	n := 0
	for _, s := range l.segs {
		n += utf8.RuneCountInString(s.text)
	}
	return n <= 2
}

func TestWrap(t *testing.T) {
	for _, s := range []string{
		"",
		"Een korte zin.",
		"Concrete verbeteracties voor betere zorg en menswaardig bestaan: https://gemeenteraad.groningen.nl/Documenten/Bijlage-2-Actieplan-2025-2028-onbegrepen-gedrag-met-een-veiligheidsrisico.pdf en meer",
		strings.Repeat("woord ", 200),
		"Arbeidsmarktparticipatiebevorderingsprogrammaonderdelenimplementatie",
		"ë ï é € ’ “ ” – ✓",
		"0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c",
	} {
		for _, w := range []float64{8, 25, 53.3, 170} {
			checkWrap(t, s, w)
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("Met inwoners en professionals doorontwikkeld: https://www.kansrijkestartgroningen.nl/", 40.0)
	f.Add("ë ï é € ’ “ ” – ✓ \U0001F642 \t\x00", 10.0)
	f.Fuzz(func(t *testing.T, s string, w float64) {
		if w < 5 || w > 200 || len(s) > 2000 {
			return
		}
		checkWrap(t, s, w)
	})
}
