package annex

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// gridCol is one column of a table sheet.
type gridCol struct {
	header string
	prose  bool // free text: wraps, and may be narrowed to fit the page
	right  bool // a number: header and cells right-aligned
	// words keeps the column at least as wide as its longest word, so a
	// file name breaks only at its hyphens.
	words bool
	// least is the narrowest the column is ever made, for texts the
	// layout does not know yet.
	least float64
	// noPrint columns come last and are left out of the print: the
	// positions that sort rows into report order are for the screen.
	noPrint bool
}

// gridCell is one cell: its value or formula, its style, and what it shows
// for the layout (shows for texts, width for numbers and dates).
type gridCell struct {
	value    any
	formula  string
	style    cellStyle
	shows    string
	width    int
	location string // a cell hyperlink to a place in the workbook ("Blad!A1")
	url      string // a cell hyperlink to a URL too long for HYPERLINK
}

// grid is a sheet that is one Excel table: a header row, then one row per
// record. Every row is written, in order, so a grid never drops a record.
type grid struct {
	sheet, table string
	cols         []gridCol
	rows         [][]gridCell
}

func (g *grid) add(row []gridCell) { g.rows = append(g.rows, row) }

// specs measures what each column asks of the layout. A header wraps at
// its spaces; a text column asks for its longest line, up to maxLong, and
// may wrap down to its floor (minProse, its header's longest word, and
// its texts' longest word up to maxWordFloor); other columns ask for what
// they show and do not wrap.
func (g *grid) specs() []colSpec {
	out := make([]colSpec, len(g.cols))
	for j, c := range g.cols {
		head := float64(longestWord(c.header) + headerPad)
		if c.right {
			head++ // the indent that keeps a number off the next column
		}
		head = max(head, c.least)
		widest, word, long := 0, 0, 0
		for _, row := range g.rows {
			cell := row[j]
			if cell.shows != "" {
				w, _ := textWidth(cell.shows)
				widest = max(widest, w)
				if c.prose {
					long = max(long, longestWord(cell.shows))
				}
				if c.words {
					word = max(word, longestChunk(cell.shows))
				}
			}
			widest = max(widest, cell.width)
		}
		switch {
		case c.prose:
			natural := max(head, float64(min(widest, maxLong)+2))
			floor := max(head, minProse, float64(word+2), float64(min(long, maxWordFloor)+1))
			out[j] = colSpec{natural: natural, floor: min(natural, floor), texts: g.sample(j), noPrint: c.noPrint}
		default:
			natural := max(head, float64(widest+2))
			out[j] = colSpec{natural: natural, floor: natural, noPrint: c.noPrint}
		}
	}
	return out
}

// maxWordFloor is the longest word a wrapping column keeps whole: longer
// ones (URLs, compounds) may break inside.
const maxWordFloor = 14

// sampleRows is how many rows, evenly spread, the layout weighs.
const sampleRows = 400

// sample is column j's texts in at most sampleRows rows.
func (g *grid) sample(j int) []string {
	step := max(1, (len(g.rows)+sampleRows-1)/sampleRows)
	var out []string
	for i := 0; i < len(g.rows); i += step {
		out = append(out, g.rows[i][j].shows)
	}
	return out
}

// long lists, per row, the prose columns whose text needs more lines than
// a row can show at these widths.
func (g *grid) long(widths []float64) map[int][]int {
	out := map[int][]int{}
	for i, row := range g.rows {
		for j, c := range g.cols {
			if c.prose && row[j].shows != "" && lineCount(row[j].shows, widths[j]) > maxLines {
				out[i] = append(out[i], j)
			}
		}
	}
	return out
}

// write streams the grid to its sheet with the given layout: header row
// frozen and repeated on every printed page, row heights that show every
// line, and one Excel table over it all. It returns the StreamWriter
// unflushed, so the caller can add rows below the table.
func (g *grid) write(f *excelize.File, st *styles, page pageSetup, l sheetLayout) (*excelize.StreamWriter, error) {
	if err := page.apply(f, g.sheet, l, 1); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(g.sheet)
	if err != nil {
		return nil, err
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return nil, err
	}
	for j, w := range l.widths {
		if err := sw.SetColWidth(j+1, j+1, w); err != nil {
			return nil, err
		}
	}

	// The header is styled as in the PDF as well as by the table style:
	// LibreOffice does not draw table styles. Headers of numbers sit over
	// the numbers; long headers wrap.
	vals := make([]any, len(g.cols))
	lines := 1
	for j, c := range g.cols {
		cs := cellStyle{bold: true, fill: colourHeader, wrap: true}
		if c.right {
			cs.align, cs.indent = "right", 1
		}
		id, err := st.id(cs)
		if err != nil {
			return nil, err
		}
		vals[j] = excelize.Cell{StyleID: id, Value: c.header}
		lines = max(lines, wordLines(c.header, int(l.widths[j])-headerPad))
	}
	if err := sw.SetRow("A1", vals, excelize.RowOpts{Height: headerHeight(lines)}); err != nil {
		return nil, err
	}

	links := 0
	for i, row := range g.rows {
		rowNum := i + 2
		clear(vals)
		lines := 1
		for j, cell := range row {
			if cell.value == nil && cell.formula == "" {
				continue
			}
			cs := cell.style
			if g.cols[j].prose {
				cs.wrap = true
			}
			id, err := st.id(cs)
			if err != nil {
				return nil, err
			}
			vals[j] = excelize.Cell{StyleID: id, Value: cell.value, Formula: cell.formula}
			if cell.shows != "" && cs.wrap {
				lines = max(lines, lineCount(cell.shows, l.widths[j]))
			}
			ref, _ := excelize.CoordinatesToCellName(j+1, rowNum)
			switch {
			case cell.location != "":
				if err := f.SetCellHyperLink(g.sheet, ref, cell.location, "Location"); err != nil {
					return nil, err
				}
			case cell.url != "" && links < excelize.TotalSheetHyperlinks:
				if err := f.SetCellHyperLink(g.sheet, ref, cell.url, "External"); err != nil {
					return nil, err
				}
				links++
			}
		}
		// Rows get an explicit height: LibreOffice does not fit rows to
		// wrapped text on opening, and Excel keeps what it is given.
		var opts []excelize.RowOpts
		if h := rowHeight(lines); h > 0 {
			opts = append(opts, excelize.RowOpts{Height: h})
		}
		cell, _ := excelize.CoordinatesToCellName(1, rowNum)
		if err := sw.SetRow(cell, vals, opts...); err != nil {
			return nil, err
		}
	}

	stripes := true
	if err := sw.AddTable(&excelize.Table{
		Range: "A1:" + g.lastCell(), Name: g.table, StyleName: tableStyle, ShowRowStripes: &stripes,
	}); err != nil {
		return nil, err
	}
	return sw, nil
}

// lastCell is the bottom right of the table; an empty grid keeps one blank
// data row, as Excel tables must have one.
func (g *grid) lastCell() string {
	return report.ColumnName(len(g.cols)) + strconv.Itoa(max(len(g.rows), 1)+1)
}

// index is the column with this header, or -1.
func (g *grid) index(header string) int {
	for j, c := range g.cols {
		if c.header == header {
			return j
		}
	}
	return -1
}

// structRef is a structured reference to a table column,
// Coalitieakkoord[Status]: it grows with the table and reads as what it
// means. "[", "]", "#" and "'" in a header are escaped with "'".
func structRef(table, header string) string {
	r := strings.NewReplacer("'", "''", "[", "'[", "]", "']", "#", "'#")
	return table + "[" + r.Replace(header) + "]"
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

// longestChunk is the longest piece of s that a line cannot break: text
// between spaces, cut after hyphens.
func longestChunk(s string) int {
	w := 0
	for _, f := range strings.Fields(s) {
		for _, piece := range strings.SplitAfter(f, "-") {
			w = max(w, utf8.RuneCountInString(piece))
		}
	}
	return w
}
