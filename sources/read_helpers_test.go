package sources

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// tsheet is a sheet of a test workbook: rows of values from A1 down; nil
// leaves a cell empty.
type tsheet struct {
	name string
	rows [][]any
}

// xlsx writes a workbook built with excelize to dir/name. edit, when set,
// changes it before it is saved (merges, formulas, hidden sheets).
func xlsx(t testing.TB, dir, name string, edit func(*excelize.File), sheets ...tsheet) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				if err := f.SetCellValue(s.name, cellName(c+1, r+1), v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if edit != nil {
		edit(f)
	}
	path := filepath.Join(dir, name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// rawSheet is a sheet given as the XML inside <worksheet>, for what excelize
// cannot write: cached formula results, error values, over-long text.
type rawSheet struct {
	name string
	xml  string
}

// rawStyles has cell format 0 General, 1 a built-in date (14), 2 a custom
// date format, 3 and 4 the built-in percentages 0% (9) and 0.00% (10), 5 a
// custom percentage and 6 a format with a quoted "%", which is no percentage.
const rawStyles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="0.0%"/>` +
	`<numFmt numFmtId="166" formatCode="0.0&quot; %&quot;"/></numFmts>` +
	`<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="10"/>` +
	`<xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>`

// rawXLSX writes a minimal workbook package by hand.
func rawXLSX(t testing.TB, dir, name string, sheets ...rawSheet) string {
	t.Helper()
	return writeFile(t, dir, name, rawBook(t, sheets...))
}

// rawBook is the bytes of a minimal workbook package.
func rawBook(t testing.TB, sheets ...rawSheet) []byte {
	t.Helper()
	return rawBookRels(t, nil, sheets...)
}

// rawBookRels is rawBook with, per sheet name, the <Relationship> elements
// of the sheet's relationships part (hyperlink targets).
func rawBookRels(t testing.TB, sheetRels map[string]string, sheets ...rawSheet) []byte {
	t.Helper()
	var book, rels strings.Builder
	parts := map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/styles.xml": rawStyles,
	}
	for i, s := range sheets {
		fmt.Fprintf(&book, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, s.name, i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		parts[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)] = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` + s.xml + `</worksheet>`
		if r := sheetRels[s.name]; r != "" {
			parts[fmt.Sprintf("xl/worksheets/_rels/sheet%d.xml.rels", i+1)] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + r + `</Relationships>`
		}
	}
	rels.WriteString(`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`)
	parts["xl/workbook.xml"] = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` + book.String() + `</sheets></workbook>`
	parts["xl/_rels/workbook.xml.rels"] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`
	return zipBytes(t, parts)
}

func writeZip(t testing.TB, dir, name string, parts map[string]string) string {
	t.Helper()
	return writeFile(t, dir, name, zipBytes(t, parts))
}

func zipBytes(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range slices.Sorted(maps.Keys(parts)) {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// row builds <row r="n"> with the given cells.
func row(n int, cells ...string) string {
	return fmt.Sprintf(`<row r="%d">%s</row>`, n, strings.Join(cells, ""))
}

// str is an inline-string cell.
func str(ref, text string) string {
	return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, text)
}

// header is a row of inline strings from column A.
func headerRow(n int, headers ...string) string {
	cells := make([]string, len(headers))
	for i, h := range headers {
		cells[i] = str(cellName(i+1, n), h)
	}
	return row(n, cells...)
}

// hyperlinkRel is the relationship of an external hyperlink.
func hyperlinkRel(id, target string) string {
	return fmt.Sprintf(`<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>`, id, target)
}

// writeFile writes bytes to dir/name.
func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// compoundFile builds a minimal valid compound file (OLE2, version 3, 512
// byte sectors) holding empty-ish streams with the given names, as a legacy
// .xls (a Workbook stream) or an encrypted .xlsx (EncryptionInfo and
// EncryptedPackage) has. Each stream is 4096 bytes, so it lives in regular
// sectors and no mini stream is needed.
func compoundFile(streams ...string) []byte {
	const (
		sector     = 512
		streamSize = 4096
		free       = 0xFFFFFFFF
		endChain   = 0xFFFFFFFE
		fatSect    = 0xFFFFFFFD
	)
	le := binary.LittleEndian
	perStream := streamSize / sector
	// Sector 0: FAT; sector 1: directory; then the streams.
	nSectors := 2 + perStream*len(streams)
	out := make([]byte, sector*(1+nSectors))

	h := out[:sector]
	copy(h, oleMagic)
	le.PutUint16(h[0x18:], 0x3E)   // minor version
	le.PutUint16(h[0x1A:], 3)      // major version
	le.PutUint16(h[0x1C:], 0xFFFE) // byte order
	le.PutUint16(h[0x1E:], 9)      // sector shift: 512
	le.PutUint16(h[0x20:], 6)      // mini sector shift: 64
	le.PutUint32(h[0x2C:], 1)      // FAT sectors
	le.PutUint32(h[0x30:], 1)      // first directory sector
	le.PutUint32(h[0x38:], 4096)   // mini stream cutoff
	le.PutUint32(h[0x3C:], endChain)
	le.PutUint32(h[0x44:], endChain)
	for i := 0; i < 109; i++ {
		le.PutUint32(h[0x4C+4*i:], free)
	}
	le.PutUint32(h[0x4C:], 0) // the FAT is sector 0

	fat := out[sector : 2*sector]
	for i := 0; i < sector/4; i++ {
		le.PutUint32(fat[4*i:], free)
	}
	le.PutUint32(fat[0:], fatSect)
	le.PutUint32(fat[4:], endChain)
	for s := range streams {
		first := 2 + s*perStream
		for k := 0; k < perStream; k++ {
			next := uint32(first + k + 1)
			if k == perStream-1 {
				next = endChain
			}
			le.PutUint32(fat[4*(first+k):], next)
		}
	}

	dir := out[2*sector : 3*sector]
	entry := func(i int, name string, typ byte, left, right, child uint32, start uint32, size uint32) {
		e := dir[128*i : 128*(i+1)]
		u := utf16le(name + "\x00")
		copy(e, u)
		le.PutUint16(e[0x40:], uint16(len(u)))
		e[0x42] = typ
		e[0x43] = 1 // black
		le.PutUint32(e[0x44:], left)
		le.PutUint32(e[0x48:], right)
		le.PutUint32(e[0x4C:], child)
		le.PutUint32(e[0x74:], start)
		le.PutUint32(e[0x78:], size)
	}
	for i := 0; i < 4; i++ {
		le.PutUint32(dir[128*i+0x44:], free)
		le.PutUint32(dir[128*i+0x48:], free)
		le.PutUint32(dir[128*i+0x4C:], free)
	}
	// The root's child is the first stream; streams chain as right siblings.
	entry(0, "Root Entry", 5, free, free, 1, endChain, 0)
	for s, name := range streams {
		right := uint32(free)
		if s < len(streams)-1 {
			right = uint32(s + 2)
		}
		entry(s+1, name, 2, free, right, free, uint32(2+s*perStream), streamSize)
	}
	return out
}

// keys renders findings as "rule position" for comparison.
func keys(fs report.Findings) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule + " " + f.Pos.String()
	}
	return out
}
