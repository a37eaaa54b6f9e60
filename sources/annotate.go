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

// AnnotateInput writes to w a copy of one workbook with the findings that
// name in.Name marked as Annotate marks them: the portal's "gemarkeerd"
// download of a stored version.
func AnnotateInput(in Input, findings report.Findings, w io.Writer) error {
	var fs []report.Finding
	for _, f := range findings {
		if f.Pos.File == in.Name && f.Pos.Sheet != "" {
			fs = append(fs, f)
		}
	}
	f, err := mark(in.Path, fs)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Write(w); err != nil {
		return fmt.Errorf("%s schrijven: %w", in.Name, err)
	}
	return nil
}

func annotateFile(path, out string, fs []report.Finding, write func(string, func(io.Writer) error) error) error {
	f, err := mark(path, fs)
	if err != nil {
		return err
	}
	defer f.Close()
	return write(out, func(w io.Writer) error { return f.Write(w) })
}

// mark opens the workbook at path and fills each cell with findings red,
// with their messages as the cell's comment.
func mark(path string, fs []report.Finding) (*excelize.File, error) {
	// Read, not OpenFile: excelize would refuse to write a file whose path
	// has no workbook extension, as the portal's stored bytes have none.
	in, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s openen: %w", path, err)
	}
	defer in.Close()
	f, err := excelize.OpenReader(in, excelize.Options{UnzipSizeLimit: 1 << 30})
	if err != nil {
		return nil, fmt.Errorf("%s openen: %w", path, err)
	}
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
				f.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			styles[base] = red
		}
		if err := f.SetCellStyle(k.sheet, k.cell, k.cell, red); err != nil {
			f.Close()
			return nil, fmt.Errorf("%s › %s!%s: %w", path, k.sheet, k.cell, err)
		}
		text := strings.Join(notes[k], "\n")
		_ = f.DeleteComment(k.sheet, k.cell)
		if err := f.AddComment(k.sheet, excelize.Comment{Cell: k.cell, Author: "jaarverslag", Paragraph: []excelize.RichTextRun{{Text: text}}}); err != nil {
			f.Close()
			return nil, fmt.Errorf("%s › %s!%s: %w", path, k.sheet, k.cell, err)
		}
	}
	return f, nil
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
