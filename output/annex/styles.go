package annex

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// Number formats. Excel stores them with "," for thousands and "." for
// decimals and shows them with the reader's locale, so a Dutch Excel shows
// € 1.250.000 and 12,5%.
const (
	fmtEuro    = `"€ "#,##0;"€ "-#,##0`
	fmtEuroDec = `"€ "#,##0.00;"€ "-#,##0.00`
	fmtWhole   = `#,##0`
	fmtDecimal = `#,##0.0#`
	fmtPercent = `0.0%`
	fmtDate    = `dd-mm-yyyy`
	fmtStamp   = `dd-mm-yyyy hh:mm`
	fmtCount   = `0`
)

// Colours from the report layout.
const (
	colourHeading = "1F3A5F"
	colourHeader  = "E8ECF1"
	colourGrey    = "595959"
	colourLink    = "0563C1"
)

// statusColour is the status mark colour of the PDF.
var statusColour = map[report.Status]string{
	report.StatusDone:       "2E7D32",
	report.StatusOnTrack:    "1565C0",
	report.StatusDelayed:    "9A5B00",
	report.StatusNotStarted: "616161",
	report.StatusStopped:    "C62828",
}

// tint mixes a colour with white; 0.8 keeps black text above 15:1 contrast
// while the hue stays recognisable.
func tint(hex string, f float64) string {
	var r, g, b int
	fmt.Sscanf(hex, "%02X%02X%02X", &r, &g, &b)
	mix := func(c int) int { return c + int(float64(255-c)*f+0.5) }
	return fmt.Sprintf("%02X%02X%02X", mix(r), mix(g), mix(b))
}

// cellStyle is what a data cell needs; styles are made once per distinct value.
type cellStyle struct {
	numFmt string
	wrap   bool
	link   bool
	bold   bool
	size   float64
	colour string
	fill   string
	align  string
	indent int
}

// styles hands out excelize style IDs, creating each one on first use so the
// styles part only holds what the workbook uses, always in the same order.
type styles struct {
	f   *excelize.File
	ids map[cellStyle]int
	// family is named in every font: a font without a name falls back to a
	// serif in LibreOffice.
	family string
}

func newStyles(f *excelize.File) *styles {
	family, err := f.GetDefaultFont()
	if err != nil || family == "" {
		family = "Calibri"
	}
	return &styles{f: f, ids: map[cellStyle]int{}, family: family}
}

// collector returns a style lookup for code that asks for many styles in a
// row: the first error lands in *err and is checked once afterwards.
func (s *styles) collector(err *error) func(cellStyle) int {
	return func(cs cellStyle) int {
		id, e := s.id(cs)
		if e != nil && *err == nil {
			*err = e
		}
		return id
	}
}

func (s *styles) id(cs cellStyle) (int, error) {
	if id, ok := s.ids[cs]; ok {
		return id, nil
	}
	key := cs
	// Numbers and dates stand off the left-aligned text of the next column.
	if cs.numFmt != "" && cs.align == "" {
		cs.align, cs.indent = "right", 1
		if cs.numFmt == fmtDate {
			cs.align, cs.indent = "center", 0
		}
	}
	st := &excelize.Style{
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: cs.wrap, Horizontal: cs.align, Indent: cs.indent},
	}
	if cs.numFmt != "" {
		nf := cs.numFmt
		st.CustomNumFmt = &nf
	}
	if cs.link || cs.bold || cs.size != 0 || cs.colour != "" {
		st.Font = &excelize.Font{Bold: cs.bold, Size: cs.size, Color: cs.colour, Family: s.family}
		if cs.link {
			st.Font.Color, st.Font.Underline = colourLink, "single"
		}
	}
	if cs.fill != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{cs.fill}}
	}
	id, err := s.f.NewStyle(st)
	if err != nil {
		return 0, fmt.Errorf("style: %w", err)
	}
	s.ids[key] = id
	return id, nil
}

// colourNote marks Financien rows that need a Toelichting: the light tint
// of Vertraagd's amber, with the "ja" in Toelichting vereist saying the same.
var colourNote = tint(statusColour[report.StatusDelayed], 0.8)

// noteRule is the conditional format of such rows; its criteria formula is
// set per sheet.
func noteRule(f *excelize.File) (excelize.ConditionalFormatOptions, error) {
	id, err := f.NewConditionalStyle(&excelize.Style{
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colourNote}},
	})
	if err != nil {
		return excelize.ConditionalFormatOptions{}, fmt.Errorf("note style: %w", err)
	}
	return excelize.ConditionalFormatOptions{Type: "formula", Format: &id}, nil
}

// statusRules colours a status cell by its text: a light tint of the status
// colour behind the word, so colour never replaces it.
func statusRules(f *excelize.File, family string) ([]excelize.ConditionalFormatOptions, error) {
	var rules []excelize.ConditionalFormatOptions
	for _, st := range report.Statuses {
		id, err := f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Bold: true, Family: family},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{tint(statusColour[st], 0.8)}},
		})
		if err != nil {
			return nil, fmt.Errorf("status style: %w", err)
		}
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Value: formulaString(string(st)), Format: &id,
		})
	}
	return rules, nil
}
