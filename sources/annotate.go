package sources

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// Annotate writes, for every input file with findings on its cells, a copy
// into dir with each problem cell filled red and the messages as a cell
// comment, so staff can fix it in Excel. The originals are never touched.
// paths are the files and folders given to Read, expanded the same way;
// findings name files as Read names them. Each copy is written with write (an
// atomic file writer, such as output.WriteFile). It returns the paths
// written.
func Annotate(paths []string, findings report.Findings, dir string, write func(path string, content func(io.Writer) error) error) ([]string, error) {
	byFile := map[string][]report.Finding{}
	for _, f := range findings {
		if f.Pos.Sheet != "" {
			byFile[f.Pos.File] = append(byFile[f.Pos.File], f)
		}
	}
	if len(byFile) == 0 {
		return nil, nil
	}
	var written []string
	var skipped report.Findings // reported by Read already
	for _, in := range collect(paths, &skipped) {
		path := in.path
		fs := byFile[in.name]
		if len(fs) == 0 {
			continue
		}
		// Named as in the findings, so two rapport.xlsx from different
		// folders get a copy each.
		out := filepath.Join(dir, in.name)
		if same(path, out) {
			return written, fmt.Errorf("%s: de map voor --annotate mag niet de map van de invoer zijn", out)
		}
		if err := annotateFile(path, out, fs, write); err != nil {
			return written, err
		}
		written = append(written, out)
	}
	return written, nil
}

func same(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

func annotateFile(path, out string, fs []report.Finding, write func(string, func(io.Writer) error) error) error {
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: 1 << 30})
	if err != nil {
		return fmt.Errorf("%s openen: %w", path, err)
	}
	defer f.Close()
	// One comment per cell holding all its messages; findings without a
	// cell go on the sheet's A1 so they are not lost.
	type key struct{ sheet, cell string }
	notes := map[key][]string{}
	var keys []key
	for _, fi := range fs {
		sheet := actualSheet(f, fi.Pos.Sheet)
		if sheet == "" {
			continue
		}
		cell := fi.Pos.Cell()
		if cell == "" {
			cell = "A1"
			if fi.Pos.Row > 0 {
				cell = fmt.Sprintf("A%d", fi.Pos.Row)
			}
		}
		k := key{sheet, cell}
		if _, ok := notes[k]; !ok {
			keys = append(keys, k)
		}
		notes[k] = append(notes[k], fi.Message)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].sheet != keys[j].sheet {
			return keys[i].sheet < keys[j].sheet
		}
		return keys[i].cell < keys[j].cell
	})
	styles := map[int]int{}
	for _, k := range keys {
		base, _ := f.GetCellStyle(k.sheet, k.cell)
		red, ok := styles[base]
		if !ok {
			st, err := f.GetStyle(base)
			if err != nil || st == nil {
				st = &excelize.Style{}
			}
			// Only fill and colour change: the cell keeps its font, and
			// stays open on a protected sheet, so staff can fix it.
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}
			font := excelize.Font{}
			if st.Font != nil {
				font = *st.Font
			}
			font.Color, font.ColorIndexed, font.ColorTheme, font.ColorTint, font.Bold = "9C0006", 0, nil, 0, true
			st.Font = &font
			if red, err = f.NewStyle(st); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			styles[base] = red
		}
		if err := f.SetCellStyle(k.sheet, k.cell, k.cell, red); err != nil {
			return fmt.Errorf("%s › %s!%s: %w", path, k.sheet, k.cell, err)
		}
		text := strings.Join(notes[k], "\n")
		_ = f.DeleteComment(k.sheet, k.cell)
		if err := f.AddComment(k.sheet, excelize.Comment{Cell: k.cell, Author: "jaarverslag", Paragraph: []excelize.RichTextRun{{Text: text}}}); err != nil {
			return fmt.Errorf("%s › %s!%s: %w", path, k.sheet, k.cell, err)
		}
	}
	return write(out, func(w io.Writer) error { return f.Write(w) })
}

// actualSheet finds the workbook's own spelling of a sheet name.
func actualSheet(f *excelize.File, name string) string {
	for _, s := range f.GetSheetList() {
		if report.Fold(s) == report.Fold(name) {
			return s
		}
	}
	return ""
}
