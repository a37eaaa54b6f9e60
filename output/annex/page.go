package annex

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Screen and print layout. Excel gives every sheet its default font,
// Calibri 11 pt, and measures column widths in widths of its digit "0":
// 7 pixels (5.25 pt) in Excel, 5.58 pt in LibreOffice (Carlito, Calibri's
// metric twin; where neither is installed LibreOffice falls back to a
// wider font and its columns grow with it). A sheet prints at an explicit
// scale rather than "fit to page width": fitting a wide sheet shrank its
// text to 4–5 pt, while a scale of at least minScale keeps every printed
// text at 8.25 pt or more. Columns are chosen so the sheet fits the page
// width at that scale: wide texts wrap in narrower columns (taller rows)
// until it fits; a sheet that still does not fit prints across more
// pages, its first column repeated on each.
const (
	fontSize   = 11.0 // points, Excel's default; no style here is smaller
	minPrinted = 8.0  // points: no printed text is smaller
	unitPt     = 5.58 // points per unit of column width, the wider of Excel and LibreOffice
	widthSlack = 1.01 // rounding of pixels and cell margins
	minScale   = 75   // percent: 11 pt prints at 8.25 pt
	marginSide = 0.3  // inch, left and right
	marginTop  = 0.6  // inch, top and bottom; the header and footer sit in them
	marginHF   = 0.25 // inch from the edge to the header and footer
	a4Long     = 841.89
	a4Short    = 595.28

	lineHeight = 15  // points per line of 11 pt text
	maxHeight  = 409 // Excel's tallest row, in points
	// A table's filter button sits in the bottom right corner of its
	// header cell: header rows get a line of their own below the text for
	// it, so a column need only be as wide as its header's longest word,
	// plus room for bold letters.
	headerPad  = 2
	minProse   = 12 // narrowest a wrapping text column gets
	maxLong    = 90 // widest a text column gets
	tableStyle = "TableStyleMedium2"
	// maxURL is about where Excel refuses a hyperlink; longer ones stay text.
	maxURL = 2000
)

// lookahead is how many units wider the layout tries a column at a time.
const lookahead = 8

// maxLines is how many lines of text one row can show.
const maxLines = (maxHeight - 2) / lineHeight

// colSpec is what a column asks of the layout.
type colSpec struct {
	natural float64 // the width its content asks for
	floor   float64 // the narrowest it may get; natural when it may not wrap
	// texts are the column's texts in a sample of the rows, the same rows
	// for every column, so the layout can see which widths make rows tall.
	texts []string
	// noPrint: the column is not printed (it must be among the last).
	noPrint bool
}

// sheetLayout is how a sheet is shown and printed.
type sheetLayout struct {
	widths    []float64
	scale     int  // print scale in percent
	fits      bool // every printed column on one page width
	landscape bool
	printed   int // columns printed, from the first
}

// usable is the printable page width in points.
func usable(landscape bool) float64 {
	w := a4Short
	if landscape {
		w = a4Long
	}
	return w - 2*marginSide*72
}

// printedWidth is how wide columns of these widths print at scale percent.
func printedWidth(widths []float64, scale int) float64 {
	sum := 0.0
	for _, w := range widths {
		sum += w * unitPt
	}
	return sum * widthSlack * float64(scale) / 100
}

// planLayout chooses widths and a print scale: the natural widths at the
// largest scale up to 100 % that fits the page; when even minScale does
// not fit them, the wrapping columns start at their floor and the room
// left goes, a unit at a time, to the column that makes the rows shortest.
func planLayout(specs []colSpec, landscape bool) sheetLayout {
	l := sheetLayout{widths: make([]float64, len(specs)), landscape: landscape, fits: true}
	for i, s := range specs {
		l.widths[i] = math.Ceil(s.natural)
		if !s.noPrint {
			l.printed = i + 1
		}
	}
	page := usable(landscape)
	printed := specs[:l.printed]
	room := page / (widthSlack * minScale / 100) / unitPt // units that fit at minScale
	total := 0.0
	for _, w := range l.widths[:l.printed] {
		total += w
	}
	if total > room {
		share(l.widths[:l.printed], printed, room)
	}
	l.scale = 100
	for l.scale > minScale && printedWidth(l.widths[:l.printed], l.scale) > page {
		l.scale--
	}
	l.fits = printedWidth(l.widths[:l.printed], l.scale) <= page
	return l
}

// share sets widths to floors and hands out the rest of room greedily:
// each unit to the column whose widening saves the most over the sampled
// rows, rows made shorter first, then lines saved; what no column needs is
// spread towards the natural widths.
func share(widths []float64, specs []colSpec, room float64) {
	left := room
	for i, s := range specs {
		widths[i] = math.Ceil(min(s.floor, s.natural))
		left -= widths[i]
	}
	rows := 0
	for _, s := range specs {
		rows = max(rows, len(s.texts))
	}
	// at(j, r, w) is how many lines row r's text takes in column j at
	// width w; each text is cut into pieces once.
	cut := make([][][]piece, len(specs))
	at := func(j, r int, w float64) int {
		if r >= len(specs[j].texts) || specs[j].texts[r] == "" {
			return 1
		}
		if cut[j] == nil {
			cut[j] = make([][]piece, rows)
		}
		if cut[j][r] == nil {
			cut[j][r] = pieces(specs[j].texts[r])
		}
		return wrapPieces(cut[j][r], charsPerLine(w))
	}
	// lines[r][j] is how many lines row r's text takes in column j now.
	lines := make([][]int, rows)
	for r := range lines {
		lines[r] = make([]int, len(specs))
		for j := range specs {
			lines[r][j] = at(j, r, widths[j])
		}
	}
	// A row is as tall as its tallest text, up to what a row can show: a
	// longer text goes to Lange teksten whatever the width.
	tall := func(n int) int { return min(n, maxLines+1) }
	// top[r] is the tallest column of row r and next the height without
	// it, so the height of a row without column j is known at once.
	top, next := make([]int, rows), make([]int, rows)
	tops := func(r int) {
		top[r], next[r] = -1, 1
		best := 1
		for j, n := range lines[r] {
			n = tall(n)
			switch {
			case n > best:
				next[r], best, top[r] = best, n, j
			case n > next[r]:
				next[r] = n
			}
		}
	}
	for r := range lines {
		tops(r)
	}
	without := func(r, skip int) int {
		switch top[r] {
		case skip:
			return next[r]
		case -1:
			return 1
		}
		return tall(lines[r][top[r]])
	}
	// gain is what widening column j by d saves: rows made shorter count
	// most; lines saved where another column keeps the row as tall break
	// ties, so two columns that hold a row up both get room.
	gain := func(j int, d float64) int {
		g := 0
		for r := range lines {
			if n := at(j, r, widths[j]+d); n < lines[r][j] {
				rest := without(r, j)
				g += 1000*(max(tall(lines[r][j]), rest)-max(tall(n), rest)) + lines[r][j] - n
			}
		}
		return g
	}
	for left >= 1 {
		// Lines wrap at word ends, so one unit more often saves nothing
		// where a few do: each column is tried a few steps wide, and the
		// step that saves most per unit wins.
		best, step, rate := -1, 0.0, 0.0
		for j, s := range specs {
			if s.texts == nil {
				continue
			}
			for d := 1.0; d <= min(lookahead, left) && widths[j]+d <= math.Ceil(s.natural); d++ {
				if g := gain(j, d); g > 0 {
					if float64(g)/d > rate {
						best, step, rate = j, d, float64(g)/d
					}
					break
				}
			}
		}
		if best < 0 {
			break
		}
		widths[best] += step
		left -= step
		for r := range lines {
			lines[r][best] = at(best, r, widths[best])
			tops(r)
		}
	}
	// Room nobody needs for the sample goes to the columns still below
	// their natural width, in proportion to what they lack.
	lack := 0.0
	for j, s := range specs {
		lack += math.Ceil(s.natural) - widths[j]
	}
	if lack > 0 && left > 0 {
		f := min(1, left/lack)
		for j, s := range specs {
			widths[j] += math.Floor((math.Ceil(s.natural) - widths[j]) * f)
		}
	}
}

// pageSetup is what every sheet shares when printed: A4 at the scale its
// layout chose, the header row repeated, and the report's header and footer.
type pageSetup struct {
	title, municipality, version string
	statusRules                  []excelize.ConditionalFormatOptions
	noteRule                     excelize.ConditionalFormatOptions
}

// apply must run before a StreamWriter is made for the sheet: the sheet
// properties are written when it starts. titleRows rows at the top repeat
// on every printed page (0 for none).
func (p pageSetup) apply(f *excelize.File, sheet string, l sheetLayout, titleRows int) error {
	fit := false
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	orientation, a4, scale, order := "portrait", 9, uint(l.scale), "overThenDown"
	if l.landscape {
		orientation = "landscape"
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &orientation, AdjustTo: &scale, PageOrder: &order,
	}); err != nil {
		return err
	}
	side, top, hf := marginSide, marginTop, marginHF
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &side, Right: &side, Top: &top, Bottom: &top, Header: &hf, Footer: &hf,
	}); err != nil {
		return err
	}
	var titles []string
	if titleRows > 0 {
		titles = append(titles, sheetRef(sheet)+"!$1:$"+strconv.Itoa(titleRows))
	}
	if !l.fits {
		// Printed across pages, every page starts with the first column.
		titles = append([]string{sheetRef(sheet) + "!$A:$A"}, titles...)
	}
	if len(titles) > 0 {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: strings.Join(titles, ","), Scope: sheet,
		}); err != nil {
			return err
		}
	}
	if l.printed > 0 && l.printed < len(l.widths) {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Area", RefersTo: sheetRef(sheet) + "!$A:$" + columnLetter(l.printed), Scope: sheet,
		}); err != nil {
			return err
		}
	}
	// The header and footer scale with the sheet (LibreOffice scales them
	// whatever the file says), so their size makes up for the scale.
	size := hfSize(l.scale)
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L" + hfText(size, p.title) + "&R" + hfText(size, p.municipality),
		OddFooter: "&L" + hfText(size, "versie "+p.version) + "&R" + hfText(size, "pagina ") + "&P van &N",
	})
}

// hfSize is the header and footer font size that prints at minPrinted or
// more at scale percent.
func hfSize(scale int) int { return int(math.Ceil(minPrinted * 100 / float64(scale))) }

// hfText is a header or footer text in size points: an "&" in it is not
// read as a code, and a leading digit not as part of the size.
func hfText(size int, s string) string {
	s = strings.ReplaceAll(s, "&", "&&")
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		s = " " + s
	}
	return "&" + strconv.Itoa(size) + s
}

// lineCount estimates how many lines a text wraps to in a column of the
// given width, breaking lines where LibreOffice does: after a space, a "/"
// or a "-", and inside a piece longer than a line. It errs on the high
// side: a row a little too tall reads fine, one too short hides text.
func lineCount(s string, width float64) int { return wrapPieces(pieces(s), charsPerLine(width)) }

// wrapLines is the lines one line of text takes at per characters a line.
func wrapLines(line string, per int) int { return wrapPieces(pieces(line), per) }

// piece is a stretch of text a line cannot break: w characters, of which
// fit need room at the end of a line (a trailing space does not). A piece
// of width -1 is a line break.
type piece struct{ w, fit int }

// pieces cuts a text after every space, "/" and "-", and at line breaks.
func pieces(s string) []piece {
	var out []piece
	w := 0
	for _, c := range s {
		switch c {
		case '\n':
			if w > 0 {
				out = append(out, piece{w, w})
			}
			out = append(out, piece{-1, -1})
			w = 0
		case ' ':
			out = append(out, piece{w + 1, w})
			w = 0
		case '/', '-':
			out = append(out, piece{w + 1, w + 1})
			w = 0
		default:
			w++
		}
	}
	if w > 0 {
		out = append(out, piece{w, w})
	}
	return out
}

// wrapPieces is the lines pieces take at per characters a line.
func wrapPieces(ps []piece, per int) int {
	lines, used := 1, 0
	for _, p := range ps {
		if p.w < 0 {
			lines, used = lines+1, 0
			continue
		}
		w, fit := p.w, p.fit
		if used > 0 && used+fit > per {
			lines, used = lines+1, 0
		}
		for used+fit > per { // a piece longer than a line breaks inside
			lines, w, fit = lines+1, w-(per-used), fit-(per-used)
			used = 0
		}
		used += w
	}
	return lines
}

// charsPerLine is about how many characters a line of a column holds: 1.1
// per unit of width (the unit is a digit; LibreOffice with Carlito fits
// 1.12–1.18 of a URL or of prose).
func charsPerLine(width float64) int { return max(int(width*1.1), 1) }

// wordLines counts the lines a short text (a header) takes when wrapped at
// spaces into room characters.
func wordLines(s string, room int) int {
	lines, used := 1, 0
	for _, w := range strings.Fields(s) {
		n := utf8.RuneCountInString(w)
		switch {
		case used == 0:
			used = n
		case used+1+n <= room:
			used += 1 + n
		default:
			lines, used = lines+1, n
		}
	}
	return lines
}

// longestWord is the width of the longest space-separated word.
func longestWord(s string) int {
	w := 0
	for _, f := range strings.Fields(s) {
		w = max(w, utf8.RuneCountInString(f))
	}
	return w
}

// headerHeight is the height of a header row whose longest header wraps
// to lines lines: those, and one for the filter buttons.
func headerHeight(lines int) float64 { return float64((lines+1)*lineHeight + 2) }

// rowHeight is the height of a row of the given number of lines, or 0 for
// a single line, which needs no height of its own.
func rowHeight(lines int) float64 {
	if lines <= 1 {
		return 0
	}
	return min(float64(lines*lineHeight+2), maxHeight)
}
