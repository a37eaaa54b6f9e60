package annex

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

const (
	maxWidth   = 50 // characters; longer texts wrap
	lineHeight = 15 // points per line of 11 pt text
	maxHeight  = 409
	minWidth   = 6
	filterRoom = 3 // the table's filter button sits in the header cell
	tableStyle = "TableStyleMedium2"
	// maxURL is about where Excel refuses a hyperlink; longer ones stay text.
	maxURL = 2000
)

// written is what the Samenvatting needs to know of a section sheet.
type written struct {
	name    string
	headers []string
	rows    int
}

// rangeOf is the absolute range of a column's data cells. An empty section
// still has its table's one blank data row, so the range is never empty.
func (w written) rangeOf(header string) string {
	for i, h := range w.headers {
		if h == header {
			c := report.ColumnName(i + 1)
			return fmt.Sprintf("%s!$%s$2:$%s$%d", sheetRef(w.name), c, c, max(w.rows, 1)+1)
		}
	}
	return ""
}

// writeSection writes one input section as a table through a StreamWriter,
// so memory does not grow with the number of rows.
func writeSection(f *excelize.File, st *styles, page pageSetup, s section) (written, error) {
	cols := s.columns()
	headers := tableHeaders(cols)
	n := s.len()
	w := written{name: s.name, headers: headers}

	widths, wrap := s.measure(cols, headers)
	if err := page.apply(f, s.name, true, true); err != nil {
		return w, err
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return w, err
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return w, err
	}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return w, err
		}
	}

	// The header is styled as in the PDF as well as by the table style:
	// LibreOffice does not draw table styles.
	// Headers of numbers sit over the numbers.
	vals := make([]any, len(cols))
	for i, h := range headers {
		cs := cellStyle{bold: true, fill: colourHeader}
		switch cols[i].kind {
		case kindWhole, kindNumber, kindEuro, kindUnit, kindDeviation, kindDeviationPct:
			cs.align, cs.indent = "right", 1
		case kindDate:
			cs.align = "center"
		}
		id, err := st.id(cs)
		if err != nil {
			return w, err
		}
		vals[i] = excelize.Cell{StyleID: id, Value: h}
	}
	if err := sw.SetRow("A1", vals); err != nil {
		return w, err
	}

	// Letters of the amounts the deviation formulas subtract.
	var budgetCol, actualCol string
	for i, c := range cols {
		switch {
		case c.field < 0:
		case c.field == s.budget:
			budgetCol = report.ColumnName(i + 1)
		case c.field == s.actual:
			actualCol = report.ColumnName(i + 1)
		}
	}
	extraAt := map[string]int{}
	for i, c := range cols {
		if c.kind == kindExtra {
			extraAt[c.key] = i
		}
	}

	links := 0
	for i := 0; i < n; i++ {
		rowNum := i + 2
		row := s.row(i)
		src := s.source(i)
		clear(vals)
		lines := 1
		for j, c := range cols {
			var (
				v    any
				cs   = cellStyle{wrap: wrap[j]}
				link string
			)
			switch c.kind {
			case kindText, kindStatus:
				v = text(row.Field(c.field).String())
			case kindLink:
				l := row.Field(c.field).Interface().(report.Link)
				v, link = text(l.Shown()), strings.TrimSpace(l.URL)
			case kindLinks:
				ls := row.Field(c.field).Interface().([]report.Link)
				if len(ls) > 0 {
					v, link = shownLinks(ls), strings.TrimSpace(ls[0].URL)
				}
			case kindWhole:
				fv := row.Field(c.field)
				if fv.Kind() == reflect.Pointer {
					if fv.IsNil() {
						break
					}
					fv = fv.Elem()
				}
				v, cs.numFmt = fv.Int(), fmtCount
			case kindNumber, kindEuro, kindUnit:
				x, ok := number(row.Field(c.field))
				if !ok {
					break
				}
				unit := ""
				if c.kind == kindUnit {
					unit = row.Field(s.unit).String()
				}
				v, cs.numFmt = numberCell(x, c.kind, unit)
			case kindDate:
				fv := row.Field(c.field)
				if fv.Kind() == reflect.Pointer {
					if fv.IsNil() {
						break
					}
					fv = fv.Elem()
				}
				if t := fv.Interface().(time.Time); !t.IsZero() {
					v, cs.numFmt = t, fmtDate
				}
			case kindDeviation:
				actual, _ := number(row.Field(s.actual))
				budget, _ := number(row.Field(s.budget))
				cs.numFmt = fmtEuro
				vals[j] = excelize.Cell{
					Formula: fmt.Sprintf("%s%d-%s%d", actualCol, rowNum, budgetCol, rowNum),
					Value:   actual - budget,
				}
			case kindDeviationPct:
				actual, _ := number(row.Field(s.actual))
				budget, _ := number(row.Field(s.budget))
				cs.numFmt = fmtPercent
				var cached any = ""
				if budget != 0 {
					cached = (actual - budget) / math.Abs(budget)
				}
				vals[j] = excelize.Cell{
					Formula: fmt.Sprintf(`IF(%[1]s%[3]d=0,"",(%[2]s%[3]d-%[1]s%[3]d)/ABS(%[1]s%[3]d))`, budgetCol, actualCol, rowNum),
					Value:   cached,
				}
			case kindSourceFile:
				v = text(src.File)
			case kindSourceCell:
				v = text(sourceCell(src))
			}
			if c.kind == kindDeviation || c.kind == kindDeviationPct {
				id, err := st.id(cs)
				if err != nil {
					return w, err
				}
				cell := vals[j].(excelize.Cell)
				cell.StyleID = id
				vals[j] = cell
				continue
			}
			if v == nil {
				continue
			}
			var formula string
			if isURL(link) {
				cs.link = true
				formula = hyperlinkFormula(link, v.(string))
				if formula == "" && links < excelize.TotalSheetHyperlinks {
					ref, _ := excelize.CoordinatesToCellName(j+1, rowNum)
					if err := f.SetCellHyperLink(s.name, ref, link, "External"); err != nil {
						return w, err
					}
					links++
				}
			}
			id, err := st.id(cs)
			if err != nil {
				return w, err
			}
			vals[j] = excelize.Cell{StyleID: id, Value: v, Formula: formula}
			if str, ok := v.(string); ok && wrap[j] {
				lines = max(lines, lineCount(str, widths[j]))
			}
		}
		for _, e := range src.Extra {
			j, ok := extraAt[s.key(e.Header)]
			if !ok || vals[j] != nil || strings.TrimSpace(e.Value) == "" {
				continue
			}
			id, err := st.id(cellStyle{wrap: wrap[j]})
			if err != nil {
				return w, err
			}
			vals[j] = excelize.Cell{StyleID: id, Value: e.Value}
			if wrap[j] {
				lines = max(lines, lineCount(e.Value, widths[j]))
			}
		}
		// Rows get an explicit height: LibreOffice does not fit rows to
		// wrapped text on opening, and Excel keeps what it is given.
		var opts []excelize.RowOpts
		if lines > 1 {
			opts = append(opts, excelize.RowOpts{Height: min(float64(lines*lineHeight+2), maxHeight)})
		}
		cell, _ := excelize.CoordinatesToCellName(1, rowNum)
		if err := sw.SetRow(cell, vals, opts...); err != nil {
			return w, err
		}
		w.rows++ // counted as written, for the reconciliation
	}

	last := report.ColumnName(len(cols)) + strconv.Itoa(max(n, 1)+1)
	for j, c := range cols {
		if c.kind == kindStatus && n > 0 {
			col := report.ColumnName(j + 1)
			if err := f.SetConditionalFormat(s.name, fmt.Sprintf("%s2:%s%d", col, col, n+1), page.statusRules); err != nil {
				return w, err
			}
		}
	}
	stripes := true
	if err := sw.AddTable(&excelize.Table{
		Range: "A1:" + last, Name: tableName(s.name), StyleName: tableStyle, ShowRowStripes: &stripes,
	}); err != nil {
		return w, err
	}
	return w, sw.Flush()
}

// measure estimates each column's width from its header and contents and
// says which columns wrap: those with line breaks or texts over maxWidth.
func (s section) measure(cols []column, headers []string) ([]float64, []bool) {
	widths := make([]int, len(cols))
	wrap := make([]bool, len(cols))
	for j, h := range headers {
		widths[j], _ = textWidth(h)
		widths[j] += filterRoom
	}
	grow := func(j, w int, multiline bool) {
		widths[j] = max(widths[j], w)
		wrap[j] = wrap[j] || multiline
	}
	growText := func(j int, s string) {
		w, multiline := textWidth(s)
		grow(j, w, multiline)
	}
	extraAt := map[string]int{}
	for j, c := range cols {
		if c.kind == kindExtra {
			extraAt[c.key] = j
		}
	}
	for i := 0; i < s.len(); i++ {
		row := s.row(i)
		src := s.source(i)
		for j, c := range cols {
			switch c.kind {
			case kindText, kindStatus:
				growText(j, row.Field(c.field).String())
			case kindLink:
				growText(j, row.Field(c.field).Interface().(report.Link).Shown())
			case kindLinks:
				for _, l := range row.Field(c.field).Interface().([]report.Link) {
					grow(j, len(l.Shown()), false)
				}
				if row.Field(c.field).Len() > 1 {
					wrap[j] = true
				}
			case kindWhole:
				fv := row.Field(c.field)
				if fv.Kind() == reflect.Pointer {
					if fv.IsNil() {
						continue
					}
					fv = fv.Elem()
				}
				grow(j, len(strconv.FormatInt(fv.Int(), 10)), false)
			case kindNumber, kindEuro, kindUnit:
				if x, ok := number(row.Field(c.field)); ok {
					unit := ""
					if c.kind == kindUnit {
						unit = row.Field(s.unit).String()
					}
					grow(j, numberCellWidth(x, c.kind, unit), false)
				}
			case kindDate:
				grow(j, 10, false)
			case kindDeviation:
				a, _ := number(row.Field(s.actual))
				b, _ := number(row.Field(s.budget))
				grow(j, numberWidth(a-b, 0)+3, false)
			case kindDeviationPct:
				grow(j, 7, false)
			case kindSourceFile:
				growText(j, src.File)
			case kindSourceCell:
				grow(j, len(sourceCell(src)), false)
			}
		}
		for _, e := range src.Extra {
			if j, ok := extraAt[s.key(e.Header)]; ok {
				growText(j, e.Value)
			}
		}
	}
	out := make([]float64, len(cols))
	for j, w := range widths {
		if w > maxWidth {
			w, wrap[j] = maxWidth, true
		}
		out[j] = float64(max(w, minWidth) + 2)
	}
	return out, wrap
}

// Excel limits: a text in a formula is at most 255 characters, a formula
// 8,192.
const (
	maxLiteral = 255
	maxFormula = 8192
)

// hyperlinkFormula makes a cell a link with HYPERLINK rather than as a cell
// hyperlink: LibreOffice shows a cell hyperlink as one unbreakable field,
// so long or several URLs were cut off; a formula's text wraps at "/" like
// any other. It returns "" when Excel's limits do not allow a formula; the
// caller then falls back to a cell hyperlink.
func hyperlinkFormula(url, display string) string {
	if len(url) > maxLiteral {
		return ""
	}
	var parts []string
	for i, line := range strings.Split(display, "\n") {
		if i > 0 {
			parts = append(parts, "CHAR(10)")
		}
		for len(line) > 0 {
			n := min(len(line), maxLiteral)
			for n < len(line) && !utf8.RuneStart(line[n]) {
				n--
			}
			parts = append(parts, formulaString(line[:n]))
			line = line[n:]
		}
	}
	f := "HYPERLINK(" + formulaString(url) + "," + strings.Join(parts, "&") + ")"
	if len(f) > maxFormula {
		return ""
	}
	return f
}

// lineCount estimates how many lines a text wraps to in a column of the
// given width. It errs on the high side: a row a little too tall reads
// fine, one too short hides text.
func lineCount(s string, width float64) int {
	// A column holds about 1.15 characters of prose per unit of width (the
	// unit is a digit, wider than the average letter); wrapping at word
	// ends loses a little of that.
	per := max(int(width*1.15)-4, 1)
	n := 0
	for {
		line, rest, found := strings.Cut(s, "\n")
		n += max(1, (utf8.RuneCountInString(line)+per-1)/per)
		if !found {
			return n
		}
		s = rest
	}
}

// shownLinks is what a links cell shows: each link's text, else its URL,
// one per line.
func shownLinks(ls []report.Link) string {
	shown := make([]string, len(ls))
	for i, l := range ls {
		shown[i] = l.Shown()
	}
	return strings.Join(shown, "\n")
}

// text leaves empty cells empty instead of writing "".
func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && len(s) <= maxURL
}

// number reads a float64 or *float64 field.
func number(v reflect.Value) (float64, bool) {
	if !v.IsValid() {
		return 0, false
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return 0, false
		}
		v = v.Elem()
	}
	return v.Float(), true
}

// numberCell stores a number the way Excel means it: a percentage of 12.5
// becomes 0.125 shown as 12,5%, so sums and charts treat it as a share.
func numberCell(x float64, k kind, unit string) (any, string) {
	whole := x == math.Trunc(x)
	switch {
	case k == kindEuro || k == kindUnit && isEuro(unit):
		if whole || k == kindEuro {
			return x, fmtEuro
		}
		return x, fmtEuroDec
	case k == kindUnit && isPercent(unit):
		if whole {
			return x / 100, `0%`
		}
		return x / 100, fmtPercent
	case whole:
		return x, fmtWhole
	}
	return x, fmtDecimal
}

func numberCellWidth(x float64, k kind, unit string) int {
	switch {
	case k == kindEuro || k == kindUnit && isEuro(unit):
		return numberWidth(x, 0) + 5
	case k == kindUnit && isPercent(unit):
		return numberWidth(x, 1) + 1
	}
	return numberWidth(x, 2)
}

// isPercent and isEuro read the Eenheid; "€ per maand" is still euros.
// Percentages are decided in report, for the reader and the PDF alike.
func isPercent(unit string) bool { return report.PercentUnit(unit) }

func isEuro(unit string) bool {
	u := strings.ToLower(strings.TrimSpace(unit))
	return strings.HasPrefix(u, "€") || u == "euro" || strings.HasPrefix(u, "euro ") || u == "eur"
}

// tableName turns a sheet name into a valid Excel table name.
func tableName(sheet string) string {
	var b strings.Builder
	for _, r := range sheet {
		if r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
