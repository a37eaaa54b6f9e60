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
	kindLink        // one link: its text (else its URL) shown, clickable
	kindLinks       // several links: all shown, the first clickable
	kindWhole       // whole number
	kindNumber      // number
	kindEuro        // amount in euros
	kindUnit        // number whose format follows the row's Eenheid
	kindDate
	kindDeviation    // formula: Realisatie − Begroting na wijziging
	kindDeviationPct // formula: the deviation as a share of the budget
	kindExtra        // column outside the contract, kept as text
	kindSourceFile   // Bronbestand
	kindSourceCell   // Broncel
)

// column is one column of a section sheet.
type column struct {
	header string
	kind   kind
	field  int    // struct field index for contract columns
	key    string // folded header of an extra column
}

// Headers of the columns the annex adds; readers see them.
const (
	headerDeviation    = "Afwijking (€)"
	headerDeviationPct = "Afwijking (%)"
	headerSourceFile   = "Bronbestand"
	headerSourceCell   = "Broncel"
)

// section is one input sheet and its rows.
type section struct {
	name string
	rows reflect.Value // slice of a report row type
	// euros makes every amount a euro amount (Financien).
	euros bool
	// unit is the field whose text decides a number's format (Kerncijfers).
	unit int
	src  int // index of the Src field
	// budget and actual are the fields of Financien's deviation, -1 elsewhere.
	budget, actual int
	folded         map[string]string // extra headers as matched, cached per spelling
}

func newSection[T any](name string, rows []T, euros bool) section {
	t := reflect.TypeFor[T]()
	s := section{name: name, rows: reflect.ValueOf(rows), euros: euros, unit: -1, budget: -1, actual: -1, folded: map[string]string{}}
	src, _ := t.FieldByName("Src")
	s.src = src.Index[0]
	if f, ok := t.FieldByName("Unit"); ok {
		s.unit = f.Index[0]
	}
	if euros {
		b, _ := t.FieldByName("Budget")
		a, _ := t.FieldByName("Actual")
		s.budget, s.actual = b.Index[0], a.Index[0]
	}
	return s
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

func (s section) row(i int) reflect.Value { return s.rows.Index(i) }

func (s section) source(i int) *report.Source {
	return s.row(i).Field(s.src).Addr().Interface().(*report.Source)
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
	linkType   = reflect.TypeFor[report.Link]()
	linksType  = reflect.TypeFor[[]report.Link]()
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
	case t == linksType:
		return kindLinks
	case t.Kind() == reflect.Int:
		return kindWhole
	case t.Kind() == reflect.Float64 && s.euros:
		return kindEuro
	case t.Kind() == reflect.Float64 && s.unit >= 0:
		return kindUnit
	case t.Kind() == reflect.Float64:
		return kindNumber
	case t == linkType:
		return kindLink
	}
	return kindText
}

// columns is the full layout: the contract, the computed deviation right
// after Realisatie (where a reader compares), the extra input columns in
// first-seen order, then where each row came from.
func (s section) columns() []column {
	var cols []column
	for _, c := range s.contractColumns() {
		cols = append(cols, c)
		if c.field == s.actual {
			cols = append(cols,
				column{header: headerDeviation, kind: kindDeviation, field: -1},
				column{header: headerDeviationPct, kind: kindDeviationPct, field: -1})
		}
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
	cols = append(cols,
		column{header: headerSourceFile, kind: kindSourceFile, field: -1},
		column{header: headerSourceCell, kind: kindSourceCell, field: -1})
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
