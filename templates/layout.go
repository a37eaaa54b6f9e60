package templates

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"jaarverslag/report"
)

// defaultLayout is the look of report-layout.md; a layout file overrides parts of it.
//
//go:embed layout.json
var defaultLayout []byte

// Layout holds what a municipality may change about the PDF: colours, logo
// and texts. The structure of the report is not configurable.
type Layout struct {
	Colors Colors `json:"colors"`
	// Logo is the path of a PNG for the cover, as written in the layout file.
	// Reading it is the command's job; the PDF writer only sees LogoPNG.
	Logo    string `json:"logo"`
	LogoPNG []byte `json:"-"`
	Texts   Texts  `json:"texts"`
}

// Colors are the report's colours. Heading is used for text, so it must be
// legible on white; the status colours mark a status next to its name.
type Colors struct {
	Heading    Color                   `json:"heading"`
	HeaderFill Color                   `json:"headerFill"`
	Zebra      Color                   `json:"zebra"`
	Status     map[report.Status]Color `json:"status"`
	Pyramid    PyramidColors           `json:"pyramid"`
}

// PyramidColors fill the care pyramid. The numbers in its layers are in
// the heading colour, so that must be legible on Layer; Highlight marks a
// section's own level in its small pyramid and must stand out from the
// other layers and from the white page.
type PyramidColors struct {
	Layer     Color `json:"layer"`
	Highlight Color `json:"highlight"`
}

// Texts are the chapter titles. {verslagjaar} and {planjaar} are replaced
// by the report year and the year after it.
type Texts struct {
	Contents       string `json:"contents"`
	Summary        string `json:"summary"`
	Developments   string `json:"developments"`
	Actions        string `json:"actions"`
	Achievements   string `json:"achievements"`
	KeyFigures     string `json:"keyFigures"`
	Budget         string `json:"budget"`
	Plans          string `json:"plans"`
	Review         string `json:"review"` // the Terugblik, about the plans for {verslagjaar}
	Accountability string `json:"accountability"`
}

// Chapter is the title of a chapter, placeholders not yet filled in; ""
// for a chapter the layout does not know.
func (t Texts) Chapter(c report.Chapter) string {
	switch c {
	case report.ChapterSummary:
		return t.Summary
	case report.ChapterDevelopments:
		return t.Developments
	case report.ChapterActions:
		return t.Actions
	case report.ChapterAchievements:
		return t.Achievements
	case report.ChapterKeyFigures:
		return t.KeyFigures
	case report.ChapterBudget:
		return t.Budget
	case report.ChapterReview:
		return t.Review
	case report.ChapterPlans:
		return t.Plans
	case report.ChapterAccountability:
		return t.Accountability
	}
	return ""
}

// Expand fills in the year placeholders of a text.
func (t Texts) Expand(s string, year int) string {
	s = strings.ReplaceAll(s, "{verslagjaar}", strconv.Itoa(year))
	return strings.ReplaceAll(s, "{planjaar}", strconv.Itoa(year+1))
}

// Color is an RGB colour written as "#RRGGBB".
type Color struct{ R, G, B uint8 }

// ParseColor reads "#RRGGBB".
func ParseColor(s string) (Color, error) {
	s = strings.TrimSpace(s)
	if len(s) != 7 || s[0] != '#' {
		return Color{}, fmt.Errorf("kleur %q: verwacht #RRGGBB", s)
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return Color{}, fmt.Errorf("kleur %q: verwacht #RRGGBB", s)
	}
	return Color{uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}

func (c Color) String() string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// MarshalText writes "#RRGGBB".
func (c Color) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads "#RRGGBB".
func (c *Color) UnmarshalText(b []byte) error {
	v, err := ParseColor(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Contrast is the WCAG contrast ratio of c against white.
func (c Color) Contrast() float64 { return c.ContrastWith(Color{255, 255, 255}) }

// ContrastWith is the WCAG contrast ratio between c and o.
func (c Color) ContrastWith(o Color) float64 {
	a, b := c.luminance(), o.luminance()
	return (max(a, b) + 0.05) / (min(a, b) + 0.05)
}

// luminance is the WCAG relative luminance.
func (c Color) luminance() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// DefaultLayout is the layout of report-layout.md.
func DefaultLayout() Layout {
	var l Layout
	if err := json.Unmarshal(defaultLayout, &l); err != nil {
		panic("templates: embedded layout.json: " + err.Error()) // a build defect, caught by the tests
	}
	return l
}

// LoadLayout reads a layout file. Whatever it leaves out keeps its default;
// unknown keys are an error so that a typo does not go unnoticed.
func LoadLayout(data []byte) (Layout, error) {
	l := DefaultLayout()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return Layout{}, fmt.Errorf("layout: %w", err)
	}
	if err := l.Validate(); err != nil {
		return Layout{}, err
	}
	return l, nil
}

// Validate checks that every status has a colour and that colours and
// texts keep the report legible.
func (l Layout) Validate() error {
	var errs []error
	if c := l.Colors.Heading.Contrast(); c < 4.5 {
		errs = append(errs, fmt.Errorf("layout: kleur heading %s heeft contrast %.1f:1 op wit, minimaal 4.5:1", l.Colors.Heading, c))
	}
	for _, s := range report.Statuses {
		c, ok := l.Colors.Status[s]
		if !ok {
			errs = append(errs, fmt.Errorf("layout: geen kleur voor status %q", s))
			continue
		}
		if r := c.Contrast(); r < 3 {
			errs = append(errs, fmt.Errorf("layout: kleur voor status %q (%s) heeft contrast %.1f:1 op wit, minimaal 3:1", s, c, r))
		}
	}
	p := l.Colors.Pyramid
	if c := l.Colors.Heading.ContrastWith(p.Layer); c < 4.5 {
		errs = append(errs, fmt.Errorf("layout: de getallen in de piramide (kleur heading %s) hebben contrast %.1f:1 op de laagkleur %s, minimaal 4.5:1", l.Colors.Heading, c, p.Layer))
	}
	if c := p.Highlight.ContrastWith(p.Layer); c < 3 {
		errs = append(errs, fmt.Errorf("layout: markeerkleur van de piramide %s heeft contrast %.1f:1 met de laagkleur %s, minimaal 3:1", p.Highlight, c, p.Layer))
	}
	if c := p.Highlight.Contrast(); c < 3 {
		errs = append(errs, fmt.Errorf("layout: markeerkleur van de piramide %s heeft contrast %.1f:1 op wit, minimaal 3:1", p.Highlight, c))
	}
	for s := range l.Colors.Status {
		known := false
		for _, k := range report.Statuses {
			known = known || s == k
		}
		if !known {
			errs = append(errs, fmt.Errorf("layout: onbekende status %q", s))
		}
	}
	t := l.Texts
	for name, v := range map[string]string{
		"contents": t.Contents, "summary": t.Summary, "developments": t.Developments,
		"actions": t.Actions, "achievements": t.Achievements, "keyFigures": t.KeyFigures,
		"budget": t.Budget, "plans": t.Plans, "review": t.Review, "accountability": t.Accountability,
	} {
		if strings.TrimSpace(v) == "" {
			errs = append(errs, fmt.Errorf("layout: tekst %q is leeg", name))
		}
	}
	// Map iteration above is random; the message is not.
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return errors.Join(errs...)
}

// ReadLayoutFile reads a layout file and the logo it names. A relative logo
// path is relative to the layout file, so the pair can be kept together
// anywhere. hashes are the SHA-256 of the files read: they change the
// output, so they go into the build's version string.
func ReadLayoutFile(path string) (l Layout, hashes []string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Layout{}, nil, fmt.Errorf("opmaakinstellingen lezen: %w", err)
	}
	hashes = append(hashes, sha256Hex(data))
	if l, err = LoadLayout(data); err != nil {
		return Layout{}, nil, fmt.Errorf("%s: %w", path, err)
	}
	if l.Logo != "" {
		logo := l.Logo
		if !filepath.IsAbs(logo) {
			logo = filepath.Join(filepath.Dir(path), logo)
		}
		if l.LogoPNG, err = os.ReadFile(logo); err != nil {
			return Layout{}, nil, fmt.Errorf("logo uit %s lezen: %w", path, err)
		}
		hashes = append(hashes, sha256Hex(l.LogoPNG))
	}
	return l, hashes, nil
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
