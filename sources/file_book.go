package sources

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"time"

	"jaarverslag/report"
)

// workbook is an opened .xlsx: its parts and what every sheet needs to read
// its cells. Sheets are streamed from the zip one at a time; only the small
// parts and the shared strings are held in memory.
type workbook struct {
	parts    map[string]*zip.File // by lower-case name without a leading "/"
	sheets   []sheetRef           // in tab order
	shared   []string             // shared strings, cleaned
	formats  []numberFormat       // per cell format (the s attribute): what its number format shows
	date1904 bool                 // serials count from 1904 (old Mac files)
	modified time.Time            // dcterms:modified in docProps/core.xml
}

// sheetRef is one tab of the workbook.
type sheetRef struct {
	name   string
	part   string // zip part of the worksheet; "" for chart and dialog sheets
	hidden bool
}

// maxXMLPart bounds a part that is read into memory as a whole (the
// workbook, its relationships, styles, shared strings). Sheets are streamed
// and bounded only by the unzip limit of the whole file.
const maxXMLPart = 256 << 20

// openWorkbook opens a zip as a workbook. Every error is *unreadable.
func openWorkbook(ra io.ReaderAt, size, unzipLimit int64) (*workbook, error) {
	head := make([]byte, 4)
	if n, _ := ra.ReadAt(head, 0); n < 4 || !(bytes.Equal(head, zipMagic) || bytes.Equal(head, zipEmptyMagic)) {
		return nil, &unreadable{msg: sniff(ra, size)}
	}
	zr, err := openZip(ra, size, unzipLimit)
	if err != nil {
		return nil, err
	}
	wb := &workbook{parts: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		name := partName(f.Name)
		if _, dup := wb.parts[name]; !dup {
			wb.parts[name] = f
		}
	}

	pkg, err := wb.rels("_rels/.rels")
	if err != nil {
		return nil, err
	}
	bookPart := pkg.target("", "/officeDocument", "xl/workbook.xml")
	if wb.parts[bookPart] == nil {
		return nil, &unreadable{msg: otherPackage(wb.parts)}
	}
	var book struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name  string `xml:"name,attr"`
			State string `xml:"state,attr"`
			RID   string `xml:"id,attr"` // r:id
		} `xml:"sheets>sheet"`
	}
	if err := wb.decode(bookPart, &book); err != nil {
		return nil, err
	}
	wb.date1904 = book.Pr.Date1904 == "1" || strings.EqualFold(book.Pr.Date1904, "true")
	bookDir := path.Dir(bookPart)
	rels, err := wb.rels(path.Join(bookDir, "_rels", path.Base(bookPart)+".rels"))
	if err != nil {
		return nil, err
	}
	for _, s := range book.Sheets {
		ref := sheetRef{name: s.Name, hidden: s.State == "hidden" || s.State == "veryHidden"}
		for _, r := range rels {
			if r.ID == s.RID && strings.HasSuffix(r.Type, "/worksheet") {
				ref.part = resolve(bookDir, r.Target)
			}
		}
		wb.sheets = append(wb.sheets, ref)
	}

	if p := rels.target(bookDir, "/sharedStrings", ""); wb.parts[p] != nil {
		if wb.shared, err = wb.readShared(p); err != nil {
			return nil, err
		}
	}
	// Styles and document properties only refine what is read; a file
	// without them (or with damaged ones) is still a workbook.
	wb.formats = wb.readStyles(rels.target(bookDir, "/styles", ""))
	wb.modified = wb.readModified(pkg.target("", "/metadata/core-properties", "docProps/core.xml"))
	return wb, nil
}

// has reports whether the workbook has a sheet that is the contract sheet named.
func (wb *workbook) has(contract string) bool {
	for _, s := range wb.sheets {
		if report.Fold(s.name) == report.Fold(contract) {
			return true
		}
	}
	return false
}

// partName normalises a zip entry name the way part names compare:
// case-insensitive, forward slashes, no leading slash.
func partName(name string) string {
	return strings.TrimPrefix(strings.ToLower(strings.ReplaceAll(name, `\`, "/")), "/")
}

// resolve turns a relationship target into a part name.
func resolve(dir, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return partName(path.Clean(target))
	}
	return partName(path.Clean(path.Join(dir, target)))
}

type relationships []struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

// target is the part of the first relationship whose type ends in typ
// (transitional and strict OOXML differ only in the prefix), or fallback.
func (rs relationships) target(dir, typ, fallback string) string {
	for _, r := range rs {
		if strings.HasSuffix(r.Type, typ) {
			return resolve(dir, r.Target)
		}
	}
	return fallback
}

// rels reads a relationships part; a missing one is empty.
func (wb *workbook) rels(name string) (relationships, error) {
	var v struct {
		Rels relationships `xml:"Relationship"`
	}
	if wb.parts[name] == nil {
		return nil, nil
	}
	err := wb.decode(name, &v)
	return v.Rels, err
}

// openWhole opens a part that will be held in memory as a whole.
func (wb *workbook) openWhole(name string) (io.ReadCloser, error) {
	if f := wb.parts[name]; f != nil && f.UncompressedSize64 > maxXMLPart {
		return nil, unreadablef(nil, msgBroken, fmt.Sprintf("%s is groter dan %s", name, megabytes(maxXMLPart)))
	}
	return wb.open(name)
}

// open opens a part for streaming.
func (wb *workbook) open(name string) (io.ReadCloser, error) {
	f := wb.parts[name]
	if f == nil {
		return nil, unreadablef(nil, msgBroken, name+" ontbreekt")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, brokenPart(name, err)
	}
	return rc, nil
}

// decode reads a small part as a whole.
func (wb *workbook) decode(name string, v any) error {
	rc, err := wb.openWhole(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := newDecoder(rc).Decode(v); err != nil {
		return brokenPart(name, err)
	}
	return nil
}

// brokenPart is the reason for a part that cannot be unpacked or parsed.
func brokenPart(name string, err error) *unreadable {
	var syntax *xml.SyntaxError
	var content *damaged
	switch {
	case errors.As(err, &syntax):
		return unreadablef(err, msgBroken, fmt.Sprintf("XML-fout in %s regel %d", name, syntax.Line))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return unreadablef(err, msgBroken, fmt.Sprintf("XML-fout in %s: onverwacht einde", name))
	case errors.As(err, &content):
		return unreadablef(err, msgBroken, fmt.Sprintf("%s: %s", name, content.what))
	}
	return unreadablef(err, msgBroken, fmt.Sprintf("%s kan niet uitgepakt worden: %v", name, err))
}

// damaged is content no spreadsheet program writes, described in Dutch.
type damaged struct{ what string }

func (d *damaged) Error() string { return d.what }

func damagedf(format string, args ...any) error {
	return &damaged{what: fmt.Sprintf(format, args...)}
}

// newDecoder reads OOXML leniently: characters XML forbids are dropped
// (some programs write control characters raw where Excel writes _x0001_)
// and undeclared entities are kept as text.
func newDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(bufio.NewReaderSize(xmlSafe{r}, 64<<10))
	d.Strict = false
	return d
}

// xmlSafe drops the C0 control characters that XML 1.0 forbids.
type xmlSafe struct{ r io.Reader }

func (x xmlSafe) Read(p []byte) (int, error) {
	for {
		n, err := x.r.Read(p)
		j := 0
		for i := 0; i < n; i++ {
			if c := p[i]; c >= 0x20 || c == '\t' || c == '\n' || c == '\r' {
				p[j] = c
				j++
			}
		}
		if j > 0 || err != nil {
			return j, err
		}
	}
}

// readShared reads the shared string table. Phonetic runs (rPh) are not
// part of the text.
func (wb *workbook) readShared(name string) ([]string, error) {
	rc, err := wb.openWhole(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := newDecoder(rc)
	var out []string
	var text stringText
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, brokenPart(name, err)
		}
		if s, done := text.token(tok, "si"); done {
			out = append(out, cleanText(s))
		}
	}
}

// stringText collects the text of a shared string (si) or inline string
// (is): the t elements, directly or in rich-text runs, without phonetic runs.
type stringText struct {
	b        []byte
	in, inT  bool
	phonetic int
}

// token feeds one token; done is true at the end of the element named end.
func (s *stringText) token(tok xml.Token, end string) (text string, done bool) {
	switch t := tok.(type) {
	case xml.StartElement:
		switch t.Name.Local {
		case end:
			s.b, s.in, s.inT, s.phonetic = s.b[:0], true, false, 0
		case "t":
			s.inT = true
		case "rPh":
			s.phonetic++
		}
	case xml.EndElement:
		switch t.Name.Local {
		case end:
			s.in = false
			return unescape(string(s.b)), true
		case "t":
			s.inT = false
		case "rPh":
			s.phonetic--
		}
	case xml.CharData:
		if s.in && s.inT && s.phonetic <= 0 {
			s.b = append(s.b, t...)
		}
	}
	return "", false
}

// unescape decodes OOXML's _xHHHH_ escapes, with which Excel writes
// characters XML cannot hold (a carriage return is _x000D_).
func unescape(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				b.WriteRune(rune(v))
				i += 6
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// numberFormat is what a cell's number format makes of a number.
type numberFormat uint8

const (
	plainFormat   numberFormat = iota
	dateFormat                 // a date or time
	percentFormat              // the number × 100 with a % sign
)

// format is the number format of a cell style; an unknown style is plain.
func (wb *workbook) format(style int) numberFormat {
	if style >= 0 && style < len(wb.formats) {
		return wb.formats[style]
	}
	return plainFormat
}

// readStyles tells per cell format what its number format shows.
func (wb *workbook) readStyles(name string) []numberFormat {
	var st struct {
		NumFmts []struct {
			ID   string `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt string `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if wb.parts[name] == nil || wb.decode(name, &st) != nil {
		return nil
	}
	custom := map[int]numberFormat{}
	for _, f := range st.NumFmts {
		if id, err := strconv.Atoi(f.ID); err == nil {
			custom[id] = formatOf(f.Code)
		}
	}
	out := make([]numberFormat, len(st.Xfs))
	for i, xf := range st.Xfs {
		id, err := strconv.Atoi(xf.NumFmt)
		if err != nil {
			continue
		}
		if f, ok := custom[id]; ok {
			out[i] = f
		} else {
			out[i] = builtinFormat(id)
		}
	}
	return out
}

// readModified is the last time the workbook was saved, zero if unknown.
func (wb *workbook) readModified(name string) time.Time {
	var core struct {
		Modified string `xml:"modified"`
	}
	if wb.parts[name] == nil || wb.decode(name, &core) != nil {
		return time.Time{}
	}
	s := strings.TrimSpace(core.Modified)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
