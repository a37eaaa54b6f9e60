package sources

import (
	"encoding/xml"
	"errors"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"

	"jaarverslag/report"
)

// The sheet XML is streamed with encoding/xml instead of excelize's Rows
// iterator: the iterator returns bare strings, so it cannot tell a formula
// without a stored result from an empty cell, an error value from text, or
// a date from a number, and excelize's merged-cell, cell-type and formula
// lookups load the whole sheet into memory. One pass over the stream gives
// all of that with flat memory.

// rawCell is one <c> element as stored in the sheet.
type rawCell struct {
	col     int
	typ     string // the t attribute: "" or "n", "s", "str", "inlineStr", "b", "e", "d"
	style   int    // the s attribute: index into the cell formats
	formula bool   // has an <f>
	hasV    bool   // has a stored value (<v> or an inline string)
	v       string // the stored value; for t="s" already the shared string
}

// cellRange is a merged range, 1-based and inclusive.
type cellRange struct{ top, left, bottom, right int }

// maxMerges bounds the merged ranges of one sheet, maxLinks its
// hyperlinks; real sheets have a few dozen (Excel allows 65,530
// hyperlinks), a crafted one could have millions.
const (
	maxMerges = 100_000
	maxLinks  = 100_000
)

// rawLink is a <hyperlink> of a sheet: its cells, and the relationship
// that holds its target, or for a link within the workbook only a location.
type rawLink struct {
	cells    cellRange
	rid      string
	location string
}

// sheetScanner streams the rows of one worksheet.
type sheetScanner struct {
	wb     *workbook
	rc     io.Closer
	d      *xml.Decoder
	buf    []byte
	row    int       // number of the current row
	cells  []rawCell // cells of the current row that hold something
	merges []cellRange
	links  []rawLink
	err    error
	done   bool
}

func (wb *workbook) scan(part string) (*sheetScanner, error) {
	rc, err := wb.open(part)
	if err != nil {
		return nil, err
	}
	return &sheetScanner{wb: wb, rc: rc, d: newDecoder(rc)}, nil
}

func (s *sheetScanner) close() { s.rc.Close() }

// headerOf reads the first non-empty row of a sheet outside the contract
// and counts the non-empty rows under it, stopping at the first: enough to
// tell whether it holds rows of a contract sheet. A sheet that cannot be
// read has no header; it is not input.
func (wb *workbook) headerOf(part string) (head []string, rows int) {
	sc, err := wb.scan(part)
	if err != nil {
		return nil, 0
	}
	defer sc.close()
	for sc.next() {
		var texts []string
		for _, c := range sc.cells {
			if v := wb.value(c); !v.empty() {
				texts = append(texts, v.text)
			}
		}
		switch {
		case len(texts) == 0:
		case head == nil:
			head = texts
		default:
			return head, 1
		}
	}
	return head, 0
}

// next moves to the next <row>. At the end of the sheet it has collected
// the merged ranges and the hyperlinks, which Excel stores after the rows.
func (s *sheetScanner) next() bool {
	for !s.done && s.err == nil {
		tok, err := s.d.RawToken()
		if err != nil {
			s.done = true
			if err != io.EOF {
				s.err = err
			}
			return false
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "row":
			s.row++
			if v := attr(se, "r"); v != "" {
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 || n > maxRowsExcel {
					s.err = damagedf("ongeldig rijnummer %q", v)
					return false
				}
				s.row = n
			}
			if s.err = s.readRow(); s.err != nil {
				return false
			}
			return true
		case "mergeCell":
			if r, ok := parseRange(attr(se, "ref")); ok {
				if len(s.merges) == maxMerges {
					s.err = damagedf("meer dan %s samengevoegde cellen", thousands(maxMerges))
					return false
				}
				s.merges = append(s.merges, r)
			}
		case "hyperlink":
			r, ok := parseRef(attr(se, "ref"))
			if !ok {
				continue
			}
			if len(s.links) == maxLinks {
				s.err = damagedf("meer dan %s koppelingen (hyperlinks)", thousands(maxLinks))
				return false
			}
			s.links = append(s.links, rawLink{cells: r, rid: attr(se, "id"), location: attr(se, "location")})
		}
	}
	return false
}

// readRow reads the cells of the current row up to </row>.
func (s *sheetScanner) readRow() error {
	s.cells = s.cells[:0]
	col := 0
	for {
		tok, err := s.d.RawToken()
		if err != nil {
			return unexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "c" {
				continue
			}
			c := rawCell{col: col + 1}
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "r":
					n, _, ok := cellRef(a.Value)
					if !ok {
						return damagedf("ongeldige celverwijzing %q", a.Value)
					}
					c.col = n
				case "t":
					c.typ = a.Value
				case "s":
					c.style, _ = strconv.Atoi(a.Value)
				}
			}
			if c.col > maxCols {
				return damagedf("kolom voorbij %s", report.ColumnName(maxCols))
			}
			col = c.col
			if err := s.readCell(&c); err != nil {
				return err
			}
			if c.hasV || c.formula {
				s.cells = append(s.cells, c)
			}
		case xml.EndElement:
			if t.Name.Local == "row" {
				return nil
			}
		}
	}
}

// readCell reads the children of a <c> up to </c>.
func (s *sheetScanner) readCell(c *rawCell) error {
	var inV bool
	var inline stringText
	for {
		tok, err := s.d.RawToken()
		if err != nil {
			return unexpected(err)
		}
		if text, done := inline.token(tok, "is"); done {
			c.v, c.hasV = text, true
			continue
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				inV, s.buf = true, s.buf[:0]
			case "f":
				c.formula = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inV = false
				if err := s.storeV(c); err != nil {
					return err
				}
			case "c":
				return nil
			}
		case xml.CharData:
			if inV {
				s.buf = append(s.buf, t...)
			}
		}
	}
}

// storeV keeps the <v> text; a shared string index is looked up here so
// the sheet never holds a second copy of the text.
func (s *sheetScanner) storeV(c *rawCell) error {
	c.hasV = true
	if c.typ != "s" {
		c.v = string(s.buf)
		return nil
	}
	i, err := strconv.Atoi(strings.TrimSpace(string(s.buf)))
	if err != nil || i < 0 || i >= len(s.wb.shared) {
		return damagedf("verwijzing naar gedeelde tekst %q die niet bestaat", s.buf)
	}
	c.v = s.wb.shared[i]
	return nil
}

func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// parseRange reads "A5:A7"; a single cell is not a merge.
func parseRange(ref string) (cellRange, bool) {
	if !strings.Contains(ref, ":") {
		return cellRange{}, false
	}
	r, ok := parseRef(ref)
	return r, ok && (r.top != r.bottom || r.left != r.right)
}

// parseRef reads a cell ("F5") or a range ("F5:F7").
func parseRef(ref string) (cellRange, bool) {
	from, to, found := strings.Cut(ref, ":")
	if !found {
		to = from
	}
	c1, r1, ok1 := cellRef(from)
	c2, r2, ok2 := cellRef(to)
	if !ok1 || !ok2 {
		return cellRange{}, false
	}
	return cellRange{top: min(r1, r2), left: min(c1, c2), bottom: max(r1, r2), right: max(c1, c2)}, true
}

// hyperlinks maps cells to the web address their Excel hyperlink points at.
type hyperlinks struct {
	cells  map[[2]int]string // single cells, by row and column
	ranges []struct {
		cellRange
		target string
	}
}

// hyperlinks resolves the hyperlinks of a sheet part to their external
// targets, from the part's relationships. Links within the workbook and
// links whose target cannot be found are left out: their cell is then read
// as the text it shows.
func (wb *workbook) hyperlinks(part string, links []rawLink) *hyperlinks {
	rels, err := wb.rels(path.Join(path.Dir(part), "_rels", path.Base(part)+".rels"))
	if err != nil || len(links) == 0 {
		return nil
	}
	h := &hyperlinks{cells: map[[2]int]string{}}
	for _, l := range links {
		target := ""
		for _, r := range rels {
			if r.ID == l.rid && strings.EqualFold(r.Mode, "External") && strings.HasSuffix(r.Type, "/hyperlink") {
				target = strings.TrimSpace(r.Target)
			}
		}
		if target == "" {
			continue
		}
		if l.location != "" {
			target += "#" + l.location
		}
		if l.cells.top == l.cells.bottom && l.cells.left == l.cells.right {
			h.cells[[2]int{l.cells.top, l.cells.left}] = target
			continue
		}
		h.ranges = append(h.ranges, struct {
			cellRange
			target string
		}{l.cells, target})
	}
	return h
}

// at is the target of the hyperlink on a cell, "" when it has none.
func (h *hyperlinks) at(row, col int) string {
	if h == nil {
		return ""
	}
	if t, ok := h.cells[[2]int{row, col}]; ok {
		return t
	}
	for _, r := range h.ranges {
		if r.top <= row && row <= r.bottom && r.left <= col && col <= r.right {
			return r.target
		}
	}
	return ""
}

// valueKind is what a cell holds, as far as reading it goes.
type valueKind uint8

const (
	textValue     valueKind = iota
	numberValue             // a number not shown as a date
	dateValue               // a number shown as a date, or an ISO date cell
	boolValue               // WAAR or ONWAAR
	errorValue              // #DIV/0! and the like; text holds the code
	uncachedValue           // a formula without a stored result
)

// value is a cell as the report reads it.
type value struct {
	col     int
	kind    valueKind
	formula bool
	text    string    // as staff see it, numbers and dates in Dutch notation
	num     float64   // numberValue
	percent bool      // a number shown as a percentage: num and text are in percent
	date    time.Time // dateValue
	merged  bool      // copied from the first cell of a merged range
	link    string    // the target of the cell's Excel hyperlink, if it has one
}

// empty cells are skipped, like empty rows.
func (v value) empty() bool { return v.kind == textValue && v.text == "" }

// value interprets a stored cell.
func (wb *workbook) value(c rawCell) value {
	v := value{col: c.col, formula: c.formula}
	stored := c.v
	if c.formula && (!c.hasV || (stored == "" && c.typ != "str" && c.typ != "s" && c.typ != "inlineStr")) {
		v.kind = uncachedValue
		return v
	}
	switch c.typ {
	case "s":
		v.text = stored // cleaned when the shared strings were read
	case "inlineStr":
		v.text = cleanText(stored)
	case "str":
		v.text = cleanText(unescape(stored))
		if c.formula && isErrorCode(v.text) {
			v.kind = errorValue
		}
	case "b":
		v.kind, v.text = boolValue, "ONWAAR"
		if strings.TrimSpace(stored) == "1" {
			v.text = "WAAR"
		}
	case "e":
		v.kind, v.text = errorValue, strings.TrimSpace(stored)
	case "d":
		if t, ok := parseDate(stored); ok {
			v.kind, v.date, v.text = dateValue, t, formatDate(t)
		} else {
			v.text = cleanText(stored)
		}
	default:
		f, err := strconv.ParseFloat(strings.TrimSpace(stored), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			v.text = cleanText(stored)
			break
		}
		switch wb.format(c.style) {
		case dateFormat:
			if t, ok := serialDate(f, wb.date1904); ok {
				v.kind, v.date, v.text = dateValue, t, formatDate(t)
				return v
			}
		case percentFormat:
			// 0.125 shown as 12,5% is what staff typed and meant: 12,5 %.
			if p, ok := toPercent(f); ok {
				v.kind, v.num, v.percent, v.text = numberValue, p, true, formatNumber(p)+"%"
				return v
			}
		}
		v.kind, v.num, v.text = numberValue, f, formatNumber(f)
	}
	return v
}

// isErrorCode reports whether a formula's text result is one of Excel's
// error values.
func isErrorCode(s string) bool {
	switch s {
	case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
		"#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!":
		return true
	}
	return false
}

// number is the value as a number, if it is one, and whether it is a
// percentage (a cell shown as one, or text typed as 12,5%); a percentage is
// in percent. A cell shown as a date is not a number: staff would see a
// date where a number belongs.
func (v value) number() (n float64, percent, ok bool) {
	switch v.kind {
	case numberValue:
		return v.num, v.percent, true
	case textValue:
		n, ok := parseNumber(v.text)
		return n, ok && strings.HasSuffix(strings.TrimRightFunc(v.text, unicode.IsSpace), "%"), ok
	}
	return 0, false, false
}

// asDate is the value as a date, if it is one. A number not formatted as
// a date is not read as a serial: staff would see 46022, not a date.
func (v value) asDate() (time.Time, bool) {
	switch v.kind {
	case dateValue:
		return v.date, true
	case textValue:
		return parseDate(v.text)
	}
	return time.Time{}, false
}
