package pdf

import (
	"fmt"
	"sort"
	"strconv"

	"jaarverslag/report"
)

// accountability: how this report was made, from which files, and that
// every row read is in it.
func (rd *renderer) accountability() {
	d, st, r, b := rd.d, rd.st, rd.r, rd.b
	export := ""
	if newest := latest(r.Files); !newest.Modified.IsZero() {
		export = longDateTime(newest.Modified)
	}
	files := plural(len(r.Files), "invoerbestand", "invoerbestanden")
	var s string
	if export != "" {
		s = fmt.Sprintf("Dit verslag is gebouwd op %s met de export van %s (%s, peildatum %s).",
			longDateTime(rd.built()), export, files, longDate(r.Meta.CutoffDate))
	} else {
		s = fmt.Sprintf("Dit verslag is gebouwd op %s met de export van %s (peildatum %s).",
			longDateTime(rd.built()), files, longDate(r.Meta.CutoffDate))
	}
	s2 := fmt.Sprintf("Gemaakt met %s. De versie van dit verslag is %s: die code staat onderaan elke pagina "+
		"en is afgeleid van de inhoud van alle invoerbestanden, zodat een andere invoer altijd een andere versie geeft.",
		b.ToolName(), b.Version)
	bs := []block{para(s, st.body, st.bodyLink, contentW), para(s2, st.body, st.bodyLink, contentW)}
	if p := r.Previous; p != nil {
		bs = append(bs, para(fmt.Sprintf("De terugblik is getoetst aan de bijlage bij het verslag over %d, %s (SHA-256 %s): "+
			"elk plan daaruit staat precies één keer in de terugblik, met de tekst en het domein van toen.", p.Year, p.File, p.SHA256),
			st.body, st.bodyLink, contentW))
	}
	rd.h1(rd.text(rd.lay.Texts.Accountability), firstLines(bs[0], 2))
	rd.flowBlocks(bs, 1.8)

	// Source files with their fingerprint.
	if len(r.Files) > 0 {
		t := d.newTable([]int{310, 390, 300}, []bool{false, false, false},
			[]string{"Bestand", "SHA-256", "Rijen gelezen per blad"}, "Invoerbestanden")
		cols := func(f report.SourceFile) [][]line {
			name := rd.cellText(f.Name, st.tableText, st.tableLink, t.width(0))
			detail := size(f.Size)
			if !f.Modified.IsZero() {
				detail += " · opgeslagen " + shortDate(f.Modified.In(amsterdam))
			}
			name = append(name, para(detail, st.small, st.small, t.width(0))...)
			var rows []line
			sheets := make([]string, 0, len(f.Rows))
			for sh := range f.Rows {
				sheets = append(sheets, sh)
			}
			sort.Slice(sheets, func(i, j int) bool {
				ri, rj := sheetRank(sheets[i]), sheetRank(sheets[j])
				return ri < rj || ri == rj && sheets[i] < sheets[j]
			})
			for _, sh := range sheets {
				rows = append(rows, para(sh+": "+groupThousands(strconv.Itoa(f.Rows[sh])), st.tableText, st.tableText, t.width(2))...)
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
	var sheets []string
	for _, sh := range drawnSheets {
		// The optional sheets only when there are any.
		if optional := sh == report.SheetReflections || sh == report.SheetReview; !optional || r.RowsRead(sh)+rd.items[sh] > 0 {
			sheets = append(sheets, sh)
		}
	}
	cols := func(sh string) [][]line {
		f := st.tableText
		return [][]line{
			para(sh, f, f, t.width(0)),
			para(groupThousands(strconv.Itoa(r.RowsRead(sh))), f, f, t.width(1)),
			para(groupThousands(strconv.Itoa(rd.items[sh])), f, f, t.width(2)),
		}
	}
	note := para("Elke rij uit de invoer staat in dit verslag en in de Excel-bijlage; deze tabel laat zien dat de aantallen sluiten.",
		st.body, st.bodyLink, contentW)
	rd.h2("Aansluiting", linesHeight(note)+2+t.keep(cols(sheets[0])))
	d.flow(note, 0)
	d.space(2)
	for _, sh := range sheets {
		t.add(cols(sh), false)
	}
}

// latest is the newest modification time stored in the input files.
func latest(fs []report.SourceFile) (t report.SourceFile) {
	for _, f := range fs {
		if f.Modified.After(t.Modified) {
			t = f
		}
	}
	return t
}

// size is a file size the Dutch way: "12,4 kB".
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return number(float64(n)/(1<<20)) + " MB"
	case n >= 1<<10:
		return number(float64(n)/(1<<10)) + " kB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// sheetRank orders sheets as the input contract lists them.
func sheetRank(s string) int {
	for i, n := range []string{report.SheetReport, report.SheetDomains, report.SheetActions, report.SheetAchievements,
		report.SheetPlans, report.SheetDevelopments, report.SheetKeyFigures, report.SheetBudget, report.SheetReflections, report.SheetReview} {
		if n == s {
			return i
		}
	}
	return 99
}
