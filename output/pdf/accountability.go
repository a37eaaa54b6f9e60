package pdf

import (
	"jaarverslag/report"
)

// accountability: how this report was made, from which files, and that
// every row read is in it.
func (rd *renderer) accountability() {
	d, st, r := rd.d, rd.st, rd.r
	var bs []block
	for _, s := range r.AccountabilityIntro(rd.b) {
		bs = append(bs, para(s, st.body, st.bodyLink, contentW))
	}
	rd.h1(rd.title(report.ChapterAccountability), firstLines(bs[0], 2))
	rd.flowBlocks(bs, 1.8)

	// Source files with their fingerprint.
	if len(r.Files) > 0 {
		t := d.newTable([]int{310, 390, 300}, []bool{false, false, false},
			[]string{"Bestand", "SHA-256", "Rijen gelezen per blad"}, "Invoerbestanden")
		cols := func(f report.SourceFile) [][]line {
			name := rd.cellText(f.Name, st.tableText, st.tableLink, t.width(0))
			detail := report.FileSize(f.Size)
			if !f.Modified.IsZero() {
				detail += " · opgeslagen " + report.ShortDate(f.Modified.In(report.Amsterdam))
			}
			name = append(name, para(detail, st.small, st.small, t.width(0))...)
			var rows []line
			for _, sc := range f.SheetRows() {
				rows = append(rows, para(sc.Sheet+": "+report.FormatInt(sc.Rows), st.tableText, st.tableText, t.width(2))...)
			}
			if len(rows) == 0 {
				rows = para("–", st.tableText, st.tableText, t.width(2))
			}
			return [][]line{name, para(f.SHA256, st.small, st.small, t.width(1)), rows}
		}
		rd.h2("Invoerbestanden", t.keep(cols(r.Files[0])))
		for _, f := range r.Files {
			t.add(cols(f), false)
		}
	}

	// Reconciliation: rows read against items drawn.
	t := d.newTable([]int{400, 300, 300}, []bool{false, true, true},
		[]string{"Blad", "Rijen gelezen", "Opgenomen in dit verslag"}, "Aansluiting")
	sheets := r.ListedSheets(rd.items)
	cols := func(sh string) [][]line {
		f := st.tableText
		return [][]line{
			para(sh, f, f, t.width(0)),
			para(report.FormatInt(r.RowsRead(sh)), f, f, t.width(1)),
			para(report.FormatInt(rd.items[sh]), f, f, t.width(2)),
		}
	}
	note := para(report.ReconciliationNote, st.body, st.bodyLink, contentW)
	rd.h2("Aansluiting", linesHeight(note)+2+t.keep(cols(sheets[0])))
	d.flow(note, 0)
	d.space(2)
	for _, sh := range sheets {
		t.add(cols(sh), false)
	}
}
