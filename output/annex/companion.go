package annex

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Sheets beside the sections. Links holds every link of the annex, one per
// row, each clickable: a Links cell with several URLs can only be one link
// itself, so it leads here, where each is. Lange teksten holds every text
// too long for its row (Excel rows stop at 409 pt) in parts that each fit
// one, so it can be read whole on screen and on paper; the section keeps
// one row per input row, with the whole text in its cell and a column
// "Volledige tekst" pointing here.
const (
	SheetLinks     = "Links"
	SheetLongTexts = "Lange teksten"
)

// companionWidth is the width of the text column on Lange teksten, and
// partLines the most lines of one part: two parts to a printed page.
const (
	companionWidth = 80
	partLines      = 14
)

// origin is where a companion row comes from: a cell of a section sheet
// and the input cell behind it.
type origin struct {
	sheet  string
	row    int    // row on the section sheet
	key    string // the row's ID, or what stands in for one
	column string // header of the section's column
	file   string // Bronbestand
	cell   string // Broncel of the field
}

type linkRow struct {
	origin
	n, of int
	link  link
}

type textRow struct {
	origin
	n, of int
	text  string
}

// companions collects the rows of Links and Lange teksten while the
// sections are written; those sheets follow the sections, so the row each
// entry gets is known when the section cell pointing to it is written.
type companions struct {
	links []linkRow
	texts []textRow
	names []excelize.DefinedName
}

// addLinks records the links of one cell and returns a defined name for
// their rows on Links, for a cell that holds more than one.
func (c *companions) addLinks(o origin, ls []link) string {
	first := len(c.links) + 2
	for i, l := range ls {
		c.links = append(c.links, linkRow{origin: o, n: i + 1, of: len(ls), link: l})
	}
	if len(ls) < 2 {
		return ""
	}
	return c.name("Links_rij_", SheetLinks, first, len(ls), len(linkCols))
}

// addText splits a long text into parts that each fit one row of Lange
// teksten and returns a defined name for their rows and the rows' numbers.
func (c *companions) addText(o origin, text string) (name string, first, last int) {
	parts := splitText(text, companionWidth, partLines)
	first = len(c.texts) + 2
	for i, p := range parts {
		c.texts = append(c.texts, textRow{origin: o, n: i + 1, of: len(parts), text: p})
	}
	last = first + len(parts) - 1
	return c.name("Tekst_rij_", SheetLongTexts, first, len(parts), len(textCols)), first, last
}

// name defines a name for rows of a companion sheet. A HYPERLINK to
// "#name" is followed by Excel and LibreOffice alike; "#Blad!A1" only by Excel.
func (c *companions) name(prefix, sheet string, first, n, cols int) string {
	name := prefix + strconv.Itoa(first)
	c.names = append(c.names, excelize.DefinedName{
		Name:     name,
		RefersTo: fmt.Sprintf("%s!$A$%d:$%s$%d", sheetRef(sheet), first, columnLetter(cols), first+n-1),
	})
	return name
}

func columnLetter(n int) string { c, _ := excelize.ColumnNumberToName(n); return c }

var (
	linkCols = []gridCol{{header: "Blad"}, {header: "Rij", right: true}, {header: "Kenmerk", prose: true},
		{header: "Kolom", prose: true}, {header: "Nr."}, {header: "Link", prose: true}, {header: "Webadres", prose: true},
		{header: headerSourceFile, prose: true, words: true}, {header: headerSourceCell}}
	textCols = []gridCol{{header: "Blad"}, {header: "Rij", right: true}, {header: "Kenmerk", prose: true},
		{header: "Kolom", prose: true}, {header: "Deel"}, {header: "Tekst", prose: true},
		{header: headerSourceFile, prose: true, words: true}, {header: headerSourceCell}}
)

// originCells are the cells every companion row starts with: the section
// sheet, its row (a link back), the row's key and the column. The row is
// text: LibreOffice drops a hyperlink from a number.
func originCells(o origin) []gridCell {
	row := strconv.Itoa(o.row)
	return []gridCell{
		{value: o.sheet, shows: o.sheet},
		{value: row, width: len(row), style: cellStyle{link: true, align: "right"},
			location: sheetRef(o.sheet) + "!A" + row},
		{value: text(o.key), shows: o.key},
		{value: o.column, shows: o.column},
	}
}

// writeLinks writes the Links sheet.
func (c *companions) writeLinks(f *excelize.File, st *styles, page pageSetup) error {
	g := &grid{sheet: SheetLinks, table: tableName(SheetLinks), cols: linkCols}
	for _, l := range c.links {
		row := originCells(l.origin)
		nr := fmt.Sprintf("%d van %d", l.n, l.of)
		row = append(row, gridCell{value: nr, shows: nr})
		row = append(row, linkCell(l.link))
		row = append(row, gridCell{value: l.link.url, shows: l.link.url})
		row = append(row, gridCell{value: text(l.file), shows: l.file}, gridCell{value: text(l.cell), shows: l.cell})
		g.add(row)
	}
	return writeCompanion(f, st, page, g)
}

// writeTexts writes the Lange teksten sheet; its text column has a fixed
// width, the one the texts were split for.
func (c *companions) writeTexts(f *excelize.File, st *styles, page pageSetup) error {
	g := &grid{sheet: SheetLongTexts, table: tableName(SheetLongTexts), cols: textCols}
	for _, t := range c.texts {
		row := originCells(t.origin)
		part := fmt.Sprintf("%d van %d", t.n, t.of)
		row = append(row, gridCell{value: part, shows: part}, gridCell{value: t.text, shows: t.text})
		row = append(row, gridCell{value: text(t.file), shows: t.file}, gridCell{value: text(t.cell), shows: t.cell})
		g.add(row)
	}
	specs := g.specs()
	specs[g.index("Tekst")] = colSpec{natural: companionWidth, floor: companionWidth}
	return finish(g.write(f, st, page, planLayout(specs, true)))
}

func writeCompanion(f *excelize.File, st *styles, page pageSetup, g *grid) error {
	return finish(g.write(f, st, page, planLayout(g.specs(), true)))
}

// finish flushes a StreamWriter that write returned.
func finish(sw *excelize.StreamWriter, err error) error {
	if err != nil {
		return err
	}
	return sw.Flush()
}

// linkCell is a cell that is one link: a HYPERLINK formula when Excel's
// limits allow, else the text with a cell hyperlink.
func linkCell(l link) gridCell {
	c := gridCell{value: l.text, shows: l.text}
	if !isURL(l.url) {
		return c
	}
	c.style.link = true
	if c.formula = hyperlinkFormula(l.url, l.text); c.formula == "" {
		c.url = l.url
	}
	return c
}

// splitText cuts a text into parts of at most lines lines in a column of
// the given width: between lines where it can, else between sentences,
// else between words. Joined with spaces the parts hold every word of the
// text in order.
func splitText(s string, width float64, lines int) []string {
	var parts, cur []string
	used := 0
	flush := func() {
		if p := strings.Trim(strings.Join(cur, "\n"), "\n"); strings.TrimSpace(p) != "" {
			parts = append(parts, p)
		}
		cur, used = nil, 0
	}
	for _, line := range strings.Split(s, "\n") {
		for _, piece := range splitLine(line, width, lines) {
			n := lineCount(piece, width)
			if used > 0 && used+n > lines {
				flush()
			}
			cur = append(cur, piece)
			used += n
		}
	}
	flush()
	return parts
}

// splitLine cuts one line that is too long for a part: after sentences,
// and a sentence that alone is too long after words.
func splitLine(line string, width float64, lines int) []string {
	if lineCount(line, width) <= lines {
		return []string{line}
	}
	var out []string
	cur := ""
	add := func(piece, sep string) {
		switch {
		case cur == "":
			cur = piece
		case lineCount(cur+sep+piece, width) <= lines:
			cur += sep + piece
		default:
			out = append(out, cur)
			cur = piece
		}
	}
	for _, sentence := range sentences(line) {
		if lineCount(sentence, width) <= lines {
			add(sentence, " ")
			continue
		}
		for _, w := range strings.Fields(sentence) {
			for _, piece := range cutWord(w, lines*charsPerLine(width)) {
				add(piece, " ")
			}
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// cutWord cuts a word longer than n characters into pieces of n.
func cutWord(w string, n int) []string {
	rs := []rune(w)
	var out []string
	for len(rs) > n {
		out = append(out, string(rs[:n]))
		rs = rs[n:]
	}
	return append(out, string(rs))
}

// sentences splits a line after ". ", "! " and "? ".
func sentences(line string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(line); i++ {
		if (line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i+1] == ' ' {
			out = append(out, strings.TrimSpace(line[start:i+1]))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(line[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}
