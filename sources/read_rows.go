package sources

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"jaarverslag/report"
)

// sheetReader reads one sheet of one workbook into model rows (or, for
// Rapport, into Meta) and collects the findings on it.
type sheetReader struct {
	wb      *workbook
	file    string // base name of the workbook
	ref     sheetRef
	schema  Sheet
	maxRows int

	rows     reflect.Value // []T of the sheet's row type
	meta     *report.Meta  // Rapport only
	count    int           // non-empty data rows
	stopped  bool          // more than maxRows data rows
	unread   *report.Pos   // set when not every row was read: where that was reported
	findings report.Findings
}

// readSheet reads a contract sheet. Excel stores merged ranges and
// hyperlinks after the rows, so a sheet that turns out to have them is read
// a second time with them known; most sheets have none and are streamed
// once.
func readSheet(wb *workbook, file string, ref sheetRef, schema Sheet, maxRows int) (*sheetReader, error) {
	sr := newSheetReader(wb, file, ref, schema, maxRows)
	merges, links, err := sr.run(nil, nil)
	if err == nil && (len(merges) > 0 || len(links) > 0) && sr.count > 0 && !sr.stopped {
		sr = newSheetReader(wb, file, ref, schema, maxRows)
		_, _, err = sr.run(merges, wb.hyperlinks(ref.part, links))
	}
	return sr, err
}

func newSheetReader(wb *workbook, file string, ref sheetRef, schema Sheet, maxRows int) *sheetReader {
	return &sheetReader{wb: wb, file: file, ref: ref, schema: schema, maxRows: maxRows,
		rows: reflect.MakeSlice(reflect.SliceOf(schema.row), 0, 0)}
}

func (sr *sheetReader) pos(row, col int) report.Pos {
	return report.Pos{File: sr.file, Sheet: sr.ref.name, Row: row, Col: col}
}

// The Veld | Waarde columns of a key-value sheet.
var keyValueColumns = []Column{
	{Header: "Veld", Field: "Veld", Required: true},
	{Header: "Waarde", Field: "Waarde", Required: true},
}

// run streams the sheet once and returns the merged ranges and hyperlinks
// found in it.
func (sr *sheetReader) run(merges []cellRange, links *hyperlinks) ([]cellRange, []rawLink, error) {
	sc, err := sr.wb.scan(sr.ref.part)
	if err != nil {
		return nil, nil, err
	}
	defer sc.close()

	columns, rowType, emit := sr.schema.Columns, sr.schema.row, sr.tableRow
	if sr.schema.KeyValue {
		columns, rowType, emit = keyValueColumns, nil, sr.keyValueRow
		sr.meta = &report.Meta{}
	}
	var h *header
	var m *merger
	var vals []value
	for sc.next() {
		vals = vals[:0]
		for _, c := range sc.cells {
			if v := sr.wb.value(c); !v.empty() {
				v.link = links.at(sc.row, c.col)
				vals = append(vals, v)
			}
		}
		switch {
		case len(vals) == 0:
			continue // empty rows are skipped
		case h == nil:
			h = sr.header(vals, sc.row, columns, rowType)
			m = newMerger(merges, h)
			continue
		case sr.count == sr.maxRows:
			sr.stopped = true
			sr.notRead(sr.pos(0, 0))
			sr.findings.Add(report.Error, report.RuleTooManyRows, sr.pos(0, 0), "",
				"het blad heeft meer dan %s rijen met gegevens; het lezen is gestopt bij rij %d. Verdeel de gegevens over meer bestanden of gebruik --max-rows",
				thousands(sr.maxRows), sc.row)
		}
		if sr.stopped {
			break
		}
		sr.count++
		if !h.missing {
			emit(h, m.apply(sc.row, vals), sc.row)
		}
	}
	if sc.err != nil {
		return nil, nil, brokenPart(sr.ref.part, sc.err)
	}
	if h == nil {
		sr.findings.Add(report.Warning, report.RuleEmptySheet, sr.pos(0, 0), "",
			"het blad is leeg: er is geen kopregel gevonden")
	}
	if sr.meta != nil {
		sr.finishMeta()
	}
	return sc.merges, sc.links, nil
}

// notRead records that not every row of the sheet is read, for the first reason.
func (sr *sheetReader) notRead(at report.Pos) {
	if sr.unread == nil {
		sr.unread = &at
	}
}

// slot is what one column of a sheet holds.
type slot struct {
	column *Column // contract column; nil outside the contract
	field  int     // index of column's struct field
	header string  // the header as written; "" when the column has none
}

// header is a sheet's header row, bound to the contract.
type header struct {
	row     int
	slots   []slot         // by column number
	cols    map[string]int // field name → column; shared by every row's Source
	missing bool           // a required column is missing: rows are not read
	warned  map[int]bool   // columns without a header that were reported
}

func (h *header) slot(col int) slot {
	if col < len(h.slots) {
		return h.slots[col]
	}
	return slot{}
}

// header binds the first non-empty row to the contract columns.
func (sr *sheetReader) header(vals []value, row int, columns []Column, rowType reflect.Type) *header {
	h := &header{row: row, cols: map[string]int{}, warned: map[int]bool{}}
	byFold := make(map[string]int, len(columns))
	names := make([]string, len(columns))
	for i, c := range columns {
		byFold[report.Fold(c.Header)] = i
		names[i] = c.Header
	}
	h.slots = make([]slot, vals[len(vals)-1].col+1)
	var found []string
	var unknown []value // headers outside the contract, reported below
	for _, v := range vals {
		text := v.text
		if text == "" {
			continue // a formula without a result has no header to match
		}
		if v.col >= len(h.slots) {
			h.slots = append(h.slots, make([]slot, v.col+1-len(h.slots))...)
		}
		found = append(found, text)
		i, ok := byFold[report.Fold(text)]
		if !ok {
			unknown = append(unknown, v)
			h.slots[v.col] = slot{header: text}
			continue
		}
		c := &columns[i]
		if first, dup := h.cols[c.Field]; dup {
			h.slots[v.col] = slot{header: text}
			sr.findings.Add(report.Error, report.RuleDuplicateCol, sr.pos(row, v.col), shown(text),
				"kolom %q staat twee keer in de kopregel (ook in %s); haal er één weg", c.Header, cellName(first, row))
			continue
		}
		h.cols[c.Field] = v.col
		s := slot{column: c, header: text}
		if rowType != nil {
			f, _ := rowType.FieldByName(c.Field)
			s.field = f.Index[0]
		}
		h.slots[v.col] = s
	}
	// A missing required column is one finding: at the header that looks
	// like it, when there is one, which then gets no warning of its own.
	meant := map[int]bool{}
	for _, c := range columns {
		if _, ok := h.cols[c.Field]; ok || !c.Required {
			continue
		}
		h.missing = true
		var near *value
		for i := range unknown {
			if !meant[unknown[i].col] && report.Closest(unknown[i].text, []string{c.Header}) != "" {
				near = &unknown[i]
				break
			}
		}
		if near != nil {
			meant[near.col] = true
			pos := sr.pos(row, near.col)
			sr.notRead(pos)
			sr.findings.Add(report.Error, report.RuleMissingColumn, pos, shown(near.text),
				"kolom %q ontbreekt; bedoelt u met %q de kolom %q? Verbeter dan deze kop. Zolang de kolom ontbreekt, worden de rijen van dit blad niet gelezen",
				c.Header, shown(near.text), c.Header)
			continue
		}
		pos := sr.pos(row, 0)
		sr.notRead(pos)
		sr.findings.Add(report.Error, report.RuleMissingColumn, pos, "",
			"kolom %q ontbreekt; gevonden: %s. Voeg de kolom toe; zolang die ontbreekt, worden de rijen van dit blad niet gelezen", c.Header, list(found))
	}
	for _, v := range unknown {
		if meant[v.col] {
			continue
		}
		msg := fmt.Sprintf("onbekende kolom %q; de waarden komen alleen in de bijlage", shown(v.text))
		if near := report.Closest(v.text, names); near != "" {
			msg += fmt.Sprintf("; bedoelt u %q?", near)
		}
		sr.findings.Add(report.Warning, report.RuleUnknownColumn, sr.pos(row, v.col), shown(v.text), "%s", msg)
	}
	return h
}

// list joins headers for a message, shortened when there are many.
func list(headers []string) string {
	const most = 15
	if len(headers) > most {
		return strings.Join(headers[:most], ", ") + ", …"
	}
	return strings.Join(headers, ", ")
}

// tableRow turns one data row into a model row. Every non-empty row
// becomes one, valid or not, so the validator can report what is wrong.
func (sr *sheetReader) tableRow(h *header, vals []value, row int) {
	rv := reflect.New(sr.schema.row).Elem()
	src := report.Source{File: sr.file, Sheet: sr.ref.name, Row: row, Cols: h.cols}
	for _, v := range vals {
		s := h.slot(v.col)
		if s.column == nil {
			if e, ok := sr.extra(h, s, v, row); ok {
				src.Extra = append(src.Extra, e)
			}
			continue
		}
		sr.set(rv.Field(s.field), *s.column, v, sr.pos(row, v.col), &src)
	}
	rv.Field(srcField(sr.schema.row)).Set(reflect.ValueOf(src))
	sr.rows = reflect.Append(sr.rows, rv)
}

// keyValueRow reads one Veld | Waarde row of Rapport into Meta.
func (sr *sheetReader) keyValueRow(h *header, vals []value, row int) {
	var key, val *value
	for i := range vals {
		switch vals[i].col {
		case h.cols["Veld"]:
			key = &vals[i]
		case h.cols["Waarde"]:
			val = &vals[i]
		default:
			if e, ok := sr.extra(h, h.slot(vals[i].col), vals[i], row); ok {
				sr.meta.Src.Extra = append(sr.meta.Src.Extra, e)
			}
		}
	}
	keyPos := sr.pos(row, h.cols["Veld"])
	if key == nil {
		if val != nil {
			sr.findings.Add(report.Warning, report.RuleUnknownField, keyPos, shown(val.text),
				"rij %d heeft een waarde (%q) maar geen veld; vul de kolom Veld in", row, shown(val.text))
		}
		return
	}
	var col *Column
	names := make([]string, len(sr.schema.Columns))
	for i := range sr.schema.Columns {
		names[i] = sr.schema.Columns[i].Header
		if report.Fold(names[i]) == report.Fold(key.text) {
			col = &sr.schema.Columns[i]
		}
	}
	if col == nil {
		msg := fmt.Sprintf("onbekend veld %q; het wordt overgeslagen", shown(key.text))
		if near := report.Closest(key.text, names); near != "" {
			msg += fmt.Sprintf("; bedoelt u %q?", near)
		}
		sr.findings.Add(report.Warning, report.RuleUnknownField, keyPos, shown(key.text), "%s", msg)
		return
	}
	if sr.meta.Src.Cells == nil {
		sr.meta.Src.Cells = map[string]report.Pos{}
	}
	if first, dup := sr.meta.Src.Cells[col.Field]; dup {
		sr.findings.Add(report.Error, report.RuleDuplicateField, keyPos, shown(key.text),
			"veld %q staat twee keer op het blad (ook in rij %d); alleen de eerste telt", col.Header, first.Row)
		return
	}
	pos := sr.pos(row, h.cols["Waarde"])
	sr.meta.Src.Cells[col.Field] = pos
	if val == nil {
		return
	}
	f, _ := reflect.TypeFor[report.Meta]().FieldByName(col.Field)
	sr.set(reflect.ValueOf(sr.meta).Elem().Field(f.Index[0]), *col, *val, pos, &sr.meta.Src)
}

// finishMeta points fields without a row at the sheet, so the validator's
// findings on them name file and sheet.
func (sr *sheetReader) finishMeta() {
	src := &sr.meta.Src
	src.File, src.Sheet = sr.file, sr.ref.name
	if src.Cells == nil {
		src.Cells = map[string]report.Pos{}
	}
	for _, c := range sr.schema.Columns {
		if _, ok := src.Cells[c.Field]; !ok {
			src.Cells[c.Field] = sr.pos(0, 0)
		}
	}
}

// extra reads a value from a column outside the contract; the annex keeps
// it. A column with values but no header is reported once.
func (sr *sheetReader) extra(h *header, s slot, v value, row int) (report.Extra, bool) {
	name := s.header
	if name == "" {
		letter := report.ColumnName(v.col)
		name = "Kolom " + letter
		if !h.warned[v.col] {
			h.warned[v.col] = true
			sr.findings.Add(report.Warning, report.RuleUnknownColumn, sr.pos(h.row, v.col), "",
				"kolom %s heeft geen kop maar wel waarden (bijvoorbeeld in %s); ze komen als %q in de bijlage",
				letter, cellName(v.col, row), name)
		}
	}
	pos := sr.pos(row, v.col)
	if !sr.readable(v, name, pos) {
		return report.Extra{}, false
	}
	sr.lostLink(v, name, pos)
	return report.Extra{Header: name, Value: v.text}, true
}

// readable reports formula errors, formulas without a result and text
// longer than a cell may hold. Values copied from a merged range were
// reported at its first cell already.
func (sr *sheetReader) readable(v value, label string, pos report.Pos) bool {
	var rule, msg string
	switch {
	case v.kind == errorValue && v.formula:
		rule, msg = report.RuleFormula, fmt.Sprintf("%q: de formule geeft de fout %s; herstel de formule in Excel", label, v.text)
	case v.kind == errorValue:
		rule, msg = report.RuleFormula, fmt.Sprintf("%q: de cel bevat de foutwaarde %s", label, v.text)
	case v.kind == uncachedValue:
		rule, msg = report.RuleFormula, fmt.Sprintf("%q: de formule heeft geen opgeslagen uitkomst; open het bestand in Excel en sla het opnieuw op", label)
	case tooLong(v.text):
		rule, msg = report.RuleTooLong, fmt.Sprintf("%q is te lang: %s tekens, een cel mag er hoogstens %s hebben",
			label, thousands(utf8.RuneCountInString(v.text)), thousands(MaxCellChars))
	default:
		return true
	}
	if !v.merged {
		sr.findings.Add(report.Error, rule, pos, shown(v.text), "%s", msg)
	}
	return false
}

// set converts a value to the column's kind and stores it in field f of
// the row whose Source is src. A value that cannot be read is reported at
// pos, leaves f unset and is marked bad in src; a percentage is marked in
// src, for the rule that checks a percentage is meant there.
func (sr *sheetReader) set(f reflect.Value, c Column, v value, pos report.Pos, src *report.Source) {
	bad := func() {
		if src.Bad == nil {
			src.Bad = map[string]bool{}
		}
		src.Bad[c.Field] = true
	}
	if !sr.readable(v, c.Header, pos) {
		bad()
		return
	}
	fail := func(rule, example string) {
		if !v.merged {
			sr.findings.Add(report.Error, rule, pos, shown(v.text), "%q moet %s; gevonden %q", c.Header, example, shown(v.text))
		}
		bad()
	}
	percent := func(is bool) {
		if is {
			if src.Percent == nil {
				src.Percent = map[string]bool{}
			}
			src.Percent[c.Field] = true
		}
	}
	if c.Kind != Links && c.Kind != Link {
		sr.lostLink(v, c.Header, pos)
	}
	switch c.Kind {
	case Text:
		if f.Kind() == reflect.String {
			f.SetString(v.text)
		} else {
			store(f, v.text)
		}
	case Links:
		f.Set(reflect.ValueOf(linksOf(v)))
	case Link:
		f.Set(reflect.ValueOf(linkOf(v)))
	case Number:
		n, pct, ok := v.number()
		if !ok {
			fail(report.RuleNumber, "een getal zijn, zoals 1.500 of 12,5")
			return
		}
		store(f, n)
		percent(pct)
	case Whole:
		n, pct, ok := v.number()
		i, whole := wholeNumber(n)
		if !ok || !whole {
			fail(report.RuleWholeNumber, "een geheel getal zijn, zoals 3 of 1.500")
			return
		}
		store(f, i)
		percent(pct)
	case Date:
		t, ok := v.asDate()
		if !ok {
			fail(report.RuleDate, "een datum zijn, zoals 31-12-2025")
			return
		}
		store(f, t)
	}
}

// lostLink warns about a hyperlink on a cell of a column that holds no
// links, when its target is not in the text: only the text is kept.
func (sr *sheetReader) lostLink(v value, label string, pos report.Pos) {
	if v.link == "" || v.merged || strings.Contains(v.text, v.link) {
		return
	}
	sr.findings.Add(report.Warning, report.RuleLostLink, pos, shown(v.link),
		"%q: de cel is een koppeling naar %s; alleen de tekst wordt overgenomen. Zet het webadres in de tekst, of in de kolom Links of Link", label, shown(v.link))
}

// store puts x into f, allocating when f is a pointer (*int, *float64,
// *time.Time) and converting to named types such as report.Status.
func store(f reflect.Value, x any) {
	xv := reflect.ValueOf(x)
	if f.Kind() == reflect.Pointer {
		p := reflect.New(f.Type().Elem())
		p.Elem().Set(xv.Convert(f.Type().Elem()))
		f.Set(p)
		return
	}
	f.Set(xv.Convert(f.Type()))
}

// srcField is the index of the Src field every row type has.
func srcField(t reflect.Type) int {
	f, _ := t.FieldByName("Src")
	return f.Index[0]
}

// shown shortens a value for a message.
func shown(s string) string {
	const most = 80
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	r := []rune(s)
	return string(r[:most]) + "…"
}

// thousands writes 100000 as 100.000.
func thousands(n int) string { return report.FormatNumber(float64(n), 0) }

// merger copies the value of a merged range's first cell to the other
// cells of the range in contract columns of data rows: a Domein cell merged
// over three rows is the Domein of each of them, as staff see it.
type merger struct {
	first map[[2]int]*mergeState // by (row, column) of the first cell
	cols  []int                  // contract columns covered by a range, ascending
	byCol map[int][]*mergeState  // per column, by top row
	next  map[int]int            // per column, the first range not yet passed
}

type mergeState struct {
	cellRange
	val value
	has bool // the first cell is in a data row and holds a value
}

func newMerger(ranges []cellRange, h *header) *merger {
	if len(ranges) == 0 {
		return nil
	}
	m := &merger{first: map[[2]int]*mergeState{}, byCol: map[int][]*mergeState{}, next: map[int]int{}}
	for _, r := range ranges {
		st := &mergeState{cellRange: r}
		m.first[[2]int{r.top, r.left}] = st
		for _, col := range h.cols {
			if r.left <= col && col <= r.right {
				m.byCol[col] = append(m.byCol[col], st)
			}
		}
	}
	for col, list := range m.byCol {
		m.cols = append(m.cols, col)
		slices.SortStableFunc(list, func(a, b *mergeState) int { return a.top - b.top })
	}
	slices.Sort(m.cols)
	return m
}

// apply records the first cells in this row and fills the covered contract
// cells. Rows come in ascending order (Excel writes them so); in a file
// where they do not, a merge may not be applied, never applied wrongly
// twice.
func (m *merger) apply(row int, vals []value) []value {
	if m == nil {
		return vals
	}
	for _, v := range vals {
		if st := m.first[[2]int{row, v.col}]; st != nil {
			st.val, st.has = v, true
		}
	}
	for _, col := range m.cols {
		list := m.byCol[col]
		i := m.next[col]
		for i < len(list) && list[i].bottom < row {
			i++
		}
		m.next[col] = i
		if i == len(list) {
			continue
		}
		st := list[i]
		if !st.has || st.top > row || (st.top == row && st.left == col) {
			continue
		}
		v := st.val
		v.col, v.merged = col, true
		if j := slices.IndexFunc(vals, func(x value) bool { return x.col == col }); j >= 0 {
			vals[j] = v
		} else {
			vals = append(vals, v)
		}
	}
	return vals
}
