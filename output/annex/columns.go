package annex

import (
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"jaarverslag/report"
)

// kind says how a column's values are written.
type kind int

const (
	kindText   kind = iota
	kindStatus      // text, coloured by conditional formatting
	kindLinks       // a Link or Links field: every link clickable
	kindWhole       // whole number
	kindNumber      // number
	kindEuro        // amount in euros
	kindUnit        // number whose format follows the row's Eenheid
	kindDate
	kindDue          // Gereed in as typed: a year (number), a quarter (text) or a date
	kindDueBy        // Gereed uiterlijk: the last day of Gereed in, a date for sorting
	kindDomainOrder  // Volgorde domein: the domain's Volgorde on Domeinen
	kindLevelOrder   // Volgorde niveau: the pyramid level, 1 = Fundament
	kindDeviation    // formula: Realisatie − Begroting na wijziging
	kindDeviationPct // formula: the deviation as a share of the budget
	kindAssessment   // formula: V (voordelig) or N (nadelig)
	kindNoteNeeded   // formula: "ja" where the deviation is above a Rapport threshold
	kindChange       // formula: Verslagjaar − Vorig jaar
	kindToTarget     // formula: Streefwaarde − Verslagjaar
	kindFullText     // where a text too long for one row is shown in full
	kindExtra        // column outside the contract, kept as text
	kindSourceFile   // Bronbestand
	kindSourceCell   // Broncel
)

// numeric reports whether the kind's cells are numbers, aligned right.
func (k kind) numeric() bool {
	switch k {
	case kindWhole, kindNumber, kindEuro, kindUnit, kindDeviation, kindDeviationPct, kindChange, kindToTarget,
		kindDomainOrder, kindLevelOrder:
		return true
	}
	return false
}

// prose reports whether the kind holds free text that may wrap and shrink.
func (k kind) prose() bool {
	switch k {
	case kindText, kindLinks, kindExtra, kindSourceFile, kindFullText:
		return true
	}
	return false
}

// column is one column of a section sheet.
type column struct {
	header string
	kind   kind
	field  int    // struct field index for contract columns, -1 otherwise
	key    string // folded header of an extra column
}

// Headers of the columns the annex adds; readers see them.
const (
	headerDomainOrder  = "Volgorde domein"
	headerLevelOrder   = "Volgorde niveau"
	headerDueBy        = "Gereed uiterlijk"
	headerDeviation    = "Afwijking (€)"
	headerDeviationPct = "Afwijking (%)"
	headerAssessment   = "V/N"
	headerNoteNeeded   = "Toelichting vereist"
	headerChange       = "Verschil met vorig jaar"
	headerToTarget     = "Afstand tot streefwaarde"
	headerFullText     = "Volledige tekst"
	headerSourceFile   = "Bronbestand"
	headerSourceCell   = "Broncel"
)

// section is one input sheet and its rows, in report order.
type section struct {
	name  string
	rows  reflect.Value // slice of a report row type
	order []int         // indexes into rows, in the order the report shows them
	// euros makes every amount a euro amount (Financien).
	euros bool
	// fields maps a struct field name to its index, for the fields the
	// annex reads by meaning (Domain, Unit, Budget, …).
	fields map[string]int
	src    int                // index of the Src field
	folded map[string]string  // extra headers as matched, cached per spelling
	domain map[string]float64 // Volgorde per domain name, from Domeinen
	meta   report.Meta        // the thresholds for Toelichting vereist
}

func newSection[T any](name string, rows []T, order []int, euros bool, r *report.Report) section {
	t := reflect.TypeFor[T]()
	s := section{name: name, rows: reflect.ValueOf(rows), order: order, euros: euros,
		fields: map[string]int{}, folded: map[string]string{}, domain: map[string]float64{}, meta: r.Meta}
	for i := 0; i < t.NumField(); i++ {
		s.fields[t.Field(i).Name] = i
	}
	s.src = s.fields["Src"]
	for _, d := range r.Domains {
		if _, ok := s.domain[d.Name]; !ok {
			s.domain[d.Name] = float64(d.Order)
		}
	}
	return s
}

// field is the index of a named field, or -1 when the row type lacks it.
func (s section) field(name string) int {
	if i, ok := s.fields[name]; ok {
		return i
	}
	return -1
}

func (s section) len() int { return s.rows.Len() }

// key is an extra header as the reader matches it; every row repeats the
// same few spellings, so they are folded once.
func (s section) key(header string) string {
	k, ok := s.folded[header]
	if !ok {
		k = report.Fold(header)
		s.folded[header] = k
	}
	return k
}

// row is the i-th row in report order.
func (s section) row(i int) reflect.Value { return s.rows.Index(s.order[i]) }

func (s section) source(i int) *report.Source {
	return s.row(i).Field(s.src).Addr().Interface().(*report.Source)
}

// keyField is the field that names a row for a reader: its ID, or the
// column that stands in for one.
func (s section) keyField() int {
	for _, name := range []string{"ID", "Topic", "Indicator", "Description", "Name"} {
		if i := s.field(name); i >= 0 {
			return i
		}
	}
	return -1
}

// contractColumns lists the columns of the input contract from the row
// type's col tags, the same tags the reader and the template use.
func (s section) contractColumns() []column {
	t := s.rows.Type().Elem()
	var cols []column
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if header, _, ok := report.ColumnOf(f); ok {
			cols = append(cols, column{header: header, kind: s.kindOf(f), field: i})
		}
	}
	return cols
}

var (
	statusType = reflect.TypeFor[report.Status]()
	timeType   = reflect.TypeFor[time.Time]()
)

func (s section) kindOf(f reflect.StructField) kind {
	t := f.Type
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == statusType:
		return kindStatus
	case t == timeType:
		return kindDate
	case f.Name == "Link" || f.Name == "Links":
		return kindLinks
	case f.Name == "Due":
		return kindDue
	case t.Kind() == reflect.Int:
		return kindWhole
	case t.Kind() == reflect.Float64 && s.euros:
		return kindEuro
	case t.Kind() == reflect.Float64 && s.field("Unit") >= 0:
		return kindUnit
	case t.Kind() == reflect.Float64:
		return kindNumber
	}
	return kindText
}

// columns is the full layout: the contract, each computed column beside
// the column it is computed from (where a reader compares), a column that
// points to texts too long for their row when there are any, the extra
// input columns in first-seen order, where each row came from, and last
// the positions that sort the rows into the report's order (last, so the
// print can leave them out).
func (s section) columns(fullText bool) []column {
	computed := func(header string, k kind) column { return column{header: header, kind: k, field: -1} }
	var cols []column
	for _, c := range s.contractColumns() {
		cols = append(cols, c)
		switch {
		case c.field == s.field("Due"):
			cols = append(cols, computed(headerDueBy, kindDueBy))
		case c.field == s.field("Previous") && s.field("Value") >= 0:
			cols = append(cols, computed(headerChange, kindChange))
		case c.field == s.field("Target") && s.field("Value") >= 0:
			cols = append(cols, computed(headerToTarget, kindToTarget))
		case c.field == s.field("Actual") && s.euros:
			cols = append(cols,
				computed(headerDeviation, kindDeviation),
				computed(headerDeviationPct, kindDeviationPct),
				computed(headerAssessment, kindAssessment),
				computed(headerNoteNeeded, kindNoteNeeded))
		}
	}
	if fullText {
		cols = append(cols, computed(headerFullText, kindFullText))
	}
	seen := map[string]bool{}
	for i := 0; i < s.len(); i++ {
		for _, e := range s.source(i).Extra {
			// Headers match the way the reader matches them, so "Opmerking"
			// in one file and "opmerking" in another share a column.
			if key := s.key(e.Header); !seen[key] {
				seen[key] = true
				cols = append(cols, column{header: e.Header, kind: kindExtra, field: -1, key: key})
			}
		}
	}
	cols = append(cols, computed(headerSourceFile, kindSourceFile), computed(headerSourceCell, kindSourceCell))
	if s.field("Level") >= 0 {
		cols = append(cols, computed(headerLevelOrder, kindLevelOrder))
	}
	if s.field("Domain") >= 0 {
		cols = append(cols, computed(headerDomainOrder, kindDomainOrder))
	}
	return cols
}

// tableHeaders makes headers fit for an Excel table: not empty and unique
// ignoring case, as Excel demands. The annex's own columns keep their names;
// an extra input column that clashes gets " (2)".
func tableHeaders(cols []column) []string {
	out := make([]string, len(cols))
	used := map[string]bool{}
	for i, c := range cols {
		if c.kind != kindExtra {
			out[i] = c.header
			used[strings.ToLower(c.header)] = true
		}
	}
	for i, c := range cols {
		if c.kind != kindExtra {
			continue
		}
		h := strings.Join(strings.Fields(c.header), " ")
		if h == "" {
			h = "Kolom " + report.ColumnName(i+1)
		}
		name := h
		for n := 2; used[strings.ToLower(name)]; n++ {
			name = h + " (" + strconv.Itoa(n) + ")"
		}
		used[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

// sourceCell is the reference of the source row as Excel writes it, with
// the sheet name quoted when it needs to be.
func sourceCell(src *report.Source) string {
	if src.Sheet == "" || src.Row == 0 {
		return ""
	}
	return sheetRef(src.Sheet) + "!A" + strconv.Itoa(src.Row)
}

// fieldCell is the reference of one field's cell in its source, or of the
// row where the column is not known.
func fieldCell(src *report.Source, field string) string {
	p := src.At(field)
	if p.Sheet == "" || p.Row == 0 {
		return ""
	}
	if p.Col == 0 {
		return sourceCell(src)
	}
	return sheetRef(p.Sheet) + "!" + p.Cell()
}

func sheetRef(name string) string {
	plain := name != ""
	for _, r := range name {
		if !(r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127) {
			plain = false
		}
	}
	if plain && !(name[0] >= '0' && name[0] <= '9') {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// formulaString quotes a text for use inside a formula.
func formulaString(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// textWidth is the width in characters of a text's longest line.
func textWidth(s string) (width int, multiline bool) {
	for {
		line, rest, found := strings.Cut(s, "\n")
		if n := utf8.RuneCountInString(line); n > width {
			width = n
		}
		if !found {
			return width, multiline
		}
		multiline, s = true, rest
	}
}

// numberWidth estimates how wide a number shows with thousands separators.
func numberWidth(v float64, decimals int) int {
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], v, 'f', decimals, 64)
	digits := len(b)
	if decimals > 0 {
		digits -= decimals + 1
	}
	if v < 0 {
		digits--
	}
	return len(b) + (digits-1)/3
}
