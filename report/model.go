package report

import (
	"reflect"
	"slices"
	"strings"
	"time"
)

// Report is everything one annual report is built from. Sections keep the
// order in which rows were read (files by name, then rows top to bottom);
// the PDF and the annex decide their own grouping.
type Report struct {
	Meta         Meta
	Domains      []Domain
	Actions      []CoalitionAction
	Achievements []Achievement
	Plans        []Plan
	Developments []Development
	KeyFigures   []KeyFigure
	Budget       []BudgetLine
	Reflections  []Reflection // Beschouwingen: free chapters
	Reviews      []PlanReview // Terugblik: what became of last year's plans
	Files        []SourceFile // provenance, sorted by name
	// Previous is last year's annex (--vorig-jaar), nil when none was given
	// or it could not be used.
	Previous *PreviousYear
	// Unread lists the contract sheets whose rows were not (all) read.
	Unread []Unread
}

// Unread is a contract sheet whose rows were not all read: its header lacks
// a required column, it is over the row limit, its rows stand on a sheet
// with another name, or its file could not be read at all. The reason was
// reported at Pos. Rules that need every row of the sheet are not checked:
// their findings would only follow from that one.
type Unread struct {
	Sheet string // contract sheet; "" for every sheet of a file that could not be read
	Pos   Pos
}

// singleSheets are the contract sheets that exist exactly once across all files.
var singleSheets = []string{SheetReport, SheetDomains}

// Complete reports whether every row of a contract sheet was read; if not,
// why is where the reason was reported. A file that could not be read may
// have held rows of any sheet, except of a sheet that exists once and was
// read from another file.
func (r *Report) Complete(sheet string) (ok bool, why Unread) {
	for _, u := range r.Unread {
		if u.Sheet == sheet {
			return false, u
		}
	}
	for _, u := range r.Unread {
		if u.Sheet == "" && !(slices.Contains(singleSheets, sheet) && len(r.filesWith(sheet)) > 0) {
			return false, u
		}
	}
	return true, Unread{}
}

// Source is where a row came from. Cols maps a struct field name to its
// 1-based column and is shared by all rows of one sheet; Cells, when set,
// overrides it per field (the Veld/Waarde layout of Rapport).
type Source struct {
	File  string
	Sheet string
	Row   int
	Cols  map[string]int
	Cells map[string]Pos
	// Extra holds the values of columns the contract does not know, in sheet order.
	Extra []Extra
	// Bad marks fields whose cell could not be read; that is reported already,
	// so the field rules stay silent about them.
	Bad map[string]bool
	// Percent marks number fields read from a percentage: a cell shown as
	// 12,5% (which stores 0.125) or text typed as 12,5%. The value is in
	// percent, 12.5; a rule checks that a percentage is meant there.
	Percent map[string]bool
}

// Extra is one value from a column outside the contract.
type Extra struct {
	Header string
	Value  string
}

// At is the position of a field's cell, or of the row when the field has no column.
func (s Source) At(field string) Pos {
	if p, ok := s.Cells[field]; ok {
		return p
	}
	return Pos{File: s.File, Sheet: s.Sheet, Row: s.Row, Col: s.Cols[field]}
}

// Pos is the position of the row itself.
func (s Source) Pos() Pos { return Pos{File: s.File, Sheet: s.Sheet, Row: s.Row} }

// ColumnOf reads a field's col tag, `col:"Header"` or
// `col:"Header,required"`: the column's header in the workbook and whether
// it is required. ok is false for a field that is no column.
func ColumnOf(f reflect.StructField) (header string, required, ok bool) {
	tag, ok := f.Tag.Lookup("col")
	if !ok {
		return "", false, false
	}
	header, opt, _ := strings.Cut(tag, ",")
	return header, opt == "required", true
}

// Meta is the Rapport sheet: one value per field.
type Meta struct {
	Municipality string    `col:"Gemeente,required" validate:"required"`
	Title        string    `col:"Titel,required" validate:"required"`
	Year         int       `col:"Verslagjaar,required" validate:"required,min=1900,max=2999"`
	Portfolio    string    `col:"Portefeuille,required" validate:"required"`
	Holder       string    `col:"Portefeuillehouder"`
	CutoffDate   time.Time `col:"Peildatum,required" validate:"required"`
	ThresholdEUR *float64  `col:"Drempel toelichting (€)" validate:"omitempty,gte=0"`
	ThresholdPct *float64  `col:"Drempel toelichting (%)" validate:"omitempty,gte=0"`
	Src          Source    `validate:"-"`
}

// filesWith names the files that have a sheet.
func (r *Report) filesWith(sheet string) []string {
	var in []string
	for _, f := range r.Files {
		if _, ok := f.Rows[sheet]; ok {
			in = append(in, f.Name)
		}
	}
	return in
}

// PlanYear is the year the plans are for.
func (m Meta) PlanYear() int { return m.Year + 1 }

// Domain is one row of Domeinen; the report follows their Order.
type Domain struct {
	Order       int    `col:"Volgorde,required" validate:"required"`
	Name        string `col:"Domein,required" validate:"required"`
	Description string `col:"Omschrijving"`
	Src         Source `validate:"-"`
}

// Status is how far a coalition action has got.
type Status string

const (
	StatusDone       Status = "Gereed"
	StatusOnTrack    Status = "Op schema"
	StatusDelayed    Status = "Vertraagd"
	StatusNotStarted Status = "Niet gestart"
	StatusStopped    Status = "Gestopt"
)

// Statuses lists the allowed values in the order reports show them.
var Statuses = []Status{StatusDone, StatusOnTrack, StatusDelayed, StatusNotStarted, StatusStopped}

// NeedsExplanation is true for statuses the council must be told about.
func (s Status) NeedsExplanation() bool { return s == StatusDelayed || s == StatusStopped }

// CoalitionAction is one row of Coalitieakkoord.
type CoalitionAction struct {
	ID          string `col:"ID,required" validate:"required"`
	Domain      string `col:"Domein,required" validate:"required"`
	Action      string `col:"Beschreven actie,required" validate:"required"`
	Approach    string `col:"Concrete invulling,required" validate:"required"`
	Execution   string `col:"Uitvoering,required" validate:"required"`
	Status      Status `col:"Status,required" validate:"required,status"`
	Links       []Link `col:"Links" validate:"dive,weburl"`
	Explanation string `col:"Toelichting"`
	Src         Source `validate:"-"`
}

// Link is a web address, with the text to show for it when staff gave one
// (an Excel hyperlink "Raadsbrief aanpak onbegrepen gedrag" pointing at
// https://…); without a text the address itself is shown.
type Link struct {
	URL  string
	Text string
}

// Shown is what a reader sees of the link: its text, else its address.
func (l Link) Shown() string {
	if l.Text != "" {
		return l.Text
	}
	return l.URL
}

// Links makes links without a text from web addresses.
func Links(urls ...string) []Link {
	out := make([]Link, len(urls))
	for i, u := range urls {
		out[i] = Link{URL: u}
	}
	return out
}

// PyramidLevel is a level of the care pyramid.
type PyramidLevel string

// PyramidLevels lists the levels bottom to top, the order of the Resultaten chapter.
var PyramidLevels = []PyramidLevel{
	"Fundament",
	"Veilig thuis, basis op orde",
	"Universele preventie",
	"Selectieve preventie en vroegbehandeling",
	"Hulp en ondersteuning",
	"Zorg",
	"Nazorg ter voorkoming van crisis",
	"Chronische zorg",
	"Crisis",
}

// Rank is the level's place from the bottom (0), or -1 when unknown.
func (l PyramidLevel) Rank() int {
	for i, p := range PyramidLevels {
		if p == l {
			return i
		}
	}
	return -1
}

// Achievement is one row of Resultaten.
type Achievement struct {
	ID       string       `col:"ID,required" validate:"required"`
	Domain   string       `col:"Domein,required" validate:"required"`
	Level    PyramidLevel `col:"Piramideniveau,required" validate:"required,level"`
	Text     string       `col:"Resultaat,required" validate:"required"`
	ActionID string       `col:"Actie-ID"`
	Link     Link         `col:"Link" validate:"omitempty,weburl"`
	Src      Source       `validate:"-"`
}

// Plan is one row of Plannen.
type Plan struct {
	ID       string `col:"ID,required" validate:"required"`
	Domain   string `col:"Domein,required" validate:"required"`
	Text     string `col:"Plan,required" validate:"required"`
	ActionID string `col:"Actie-ID"`
	Due      string `col:"Gereed in" validate:"omitempty,due"`
	Link     Link   `col:"Link" validate:"omitempty,weburl"`
	Src      Source `validate:"-"`
}

// Development is one topic of "Relevante ontwikkelingen".
type Development struct {
	Domain string `col:"Domein,required" validate:"required"`
	Topic  string `col:"Onderwerp,required" validate:"required"`
	// Text holds paragraphs separated by blank lines or line breaks.
	Text  string `col:"Tekst,required" validate:"required"`
	Order *int   `col:"Volgorde"`
	Src   Source `validate:"-"`
}

// KeyFigure is one row of Kerncijfers.
type KeyFigure struct {
	Domain      string     `col:"Domein,required" validate:"required"`
	Indicator   string     `col:"Indicator,required" validate:"required"`
	Unit        string     `col:"Eenheid,required" validate:"required"`
	Value       *float64   `col:"Verslagjaar,required" validate:"required"`
	Previous    *float64   `col:"Vorig jaar"`
	Target      *float64   `col:"Streefwaarde"`
	Source      string     `col:"Bron,required" validate:"required"`
	Date        *time.Time `col:"Peildatum"`
	Explanation string     `col:"Toelichting"`
	Src         Source     `validate:"-"`
}

// PercentUnit reports whether a key figure's Eenheid makes its numbers
// percentages: "%", "procent", "% van de jongeren".
func PercentUnit(unit string) bool {
	u := strings.ToLower(strings.TrimSpace(unit))
	return strings.HasPrefix(u, "%") || strings.HasPrefix(u, "procent")
}

// BudgetKind separates expenses from income.
type BudgetKind string

const (
	Expenses BudgetKind = "Lasten"
	Income   BudgetKind = "Baten"
)

// BudgetKinds lists the allowed kinds.
var BudgetKinds = []BudgetKind{Expenses, Income}

// BudgetLine is one row of Financien, amounts in euros.
type BudgetLine struct {
	Domain      string     `col:"Domein,required" validate:"required"`
	Description string     `col:"Omschrijving,required" validate:"required"`
	Kind        BudgetKind `col:"Soort,required" validate:"required,kind"`
	Primary     *float64   `col:"Primaire begroting"`
	Budget      *float64   `col:"Begroting na wijziging,required" validate:"required"`
	Actual      *float64   `col:"Realisatie,required" validate:"required"`
	Explanation string     `col:"Toelichting"`
	Src         Source     `validate:"-"`
}

// Deviation is Realisatie minus Begroting na wijziging.
func (b BudgetLine) Deviation() float64 {
	if b.Budget == nil || b.Actual == nil {
		return 0
	}
	return *b.Actual - *b.Budget
}

// SourceFile is one input workbook, for the Verantwoording page.
type SourceFile struct {
	Name     string
	SHA256   string
	Size     int64
	Modified time.Time      // newest modification stored in the workbook, zero if none
	Rows     map[string]int // data rows read per sheet
}

// Sheet names of the input contract; the annex and the reconciliation use
// them as section names too.
const (
	SheetReport       = "Rapport"
	SheetDomains      = "Domeinen"
	SheetActions      = "Coalitieakkoord"
	SheetAchievements = "Resultaten"
	SheetPlans        = "Plannen"
	SheetDevelopments = "Ontwikkelingen"
	SheetKeyFigures   = "Kerncijfers"
	SheetBudget       = "Financien"
	SheetReflections  = "Beschouwingen"
	SheetReview       = "Terugblik"
)
