package pdf

import (
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansoblique"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/johnfercher/maroto/v2/pkg/repository"
	"github.com/phpdave11/gofpdf"
)

// family is the one typeface of the report: DejaVu Sans has ✓, €, curly
// quotes and dashes, and is embedded as a UTF-8 subset (licence in fonts/LICENSE).
const family = "dejavu"

var fontFiles = []struct {
	style fontstyle.Type
	ttf   []byte
}{
	{fontstyle.Normal, dejavusans.TTF},
	{fontstyle.Bold, dejavusansbold.TTF},
	{fontstyle.Italic, dejavusansoblique.TTF},
}

func customFonts() ([]*entity.CustomFont, error) {
	repo := repository.New()
	for _, f := range fontFiles {
		repo = repo.AddUTF8FontFromBytes(family, f.style, f.ttf)
	}
	return repo.Load()
}

// tableRunes is how many code points get a width table up front: Latin,
// punctuation, currency and the dingbats up to ✓ (U+2713).
const tableRunes = 0x2800

// metrics knows the advance width of every rune in glyph units (1/1000 em),
// taken from gofpdf itself so that our line breaks are exactly the ones
// gofpdf measures when it draws.
type metrics struct {
	once  sync.Once
	pdf   *gofpdf.Fpdf
	table map[fontstyle.Type][]uint16
	mu    sync.Mutex // guards pdf and extra, for runes outside the table
	extra map[fontstyle.Type]map[rune]int
}

var glyphs metrics

func (m *metrics) init() {
	m.once.Do(func() {
		m.pdf = gofpdf.New("P", "mm", "A4", "")
		m.table = map[fontstyle.Type][]uint16{}
		m.extra = map[fontstyle.Type]map[rune]int{}
		for _, f := range fontFiles {
			m.pdf.AddUTF8FontFromBytes(family, string(f.style), f.ttf)
			m.pdf.SetFont(family, string(f.style), 10)
			t := make([]uint16, tableRunes)
			for r := rune(0); r < tableRunes; r++ {
				t[r] = uint16(m.pdf.GetStringSymbolWidth(string(r)))
			}
			m.table[f.style] = t
			m.extra[f.style] = map[rune]int{}
		}
	})
}

// units is the width of s in glyph units.
func (m *metrics) units(s string, style fontstyle.Type) int {
	m.init()
	t := m.table[style]
	w := 0
	for _, r := range s {
		if r >= 0 && r < tableRunes {
			w += int(t[r])
			continue
		}
		w += m.rare(r, style)
	}
	return w
}

func (m *metrics) rare(r rune, style fontstyle.Type) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if w, ok := m.extra[style][r]; ok {
		return w
	}
	m.pdf.SetFont(family, string(style), 10)
	w := m.pdf.GetStringSymbolWidth(string(r))
	m.extra[style][r] = w
	return w
}

// ptToMM converts a font size in points to millimetres, as gofpdf does.
func ptToMM(pt float64) float64 { return pt / (72.0 / 25.4) }

// width is the width of s in mm at size pt, computed the way gofpdf does.
func width(s string, style fontstyle.Type, pt float64) float64 {
	return float64(glyphs.units(s, style)) * ptToMM(pt) / 1000
}
