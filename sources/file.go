package sources

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/richardlehane/mscfb"
)

// unreadable says why a file cannot be read at all; its text is the Dutch
// message for staff, its err the technical cause when there is one.
type unreadable struct {
	msg string
	err error
}

func (e *unreadable) Error() string { return e.msg }
func (e *unreadable) Unwrap() error { return e.err }

func unreadablef(err error, format string, args ...any) *unreadable {
	return &unreadable{msg: fmt.Sprintf(format, args...), err: err}
}

// Dutch reasons a file cannot be read. Each ends with what staff can do.
const (
	msgEmpty     = "het bestand is leeg (0 bytes)"
	msgTooBig    = "het bestand is groter dan %s (%s); gebruik --max-size om een grotere limiet te kiezen"
	msgText      = "dit is geen Excel-werkmap maar een tekstbestand (bijvoorbeeld CSV) met een andere extensie; open het in Excel en sla het op als Excel-werkmap (.xlsx)"
	msgMarkup    = "dit is geen Excel-werkmap maar een HTML- of XML-bestand; open het in Excel en sla het op als Excel-werkmap (.xlsx)"
	msgUnknown   = "dit is geen Excel-werkmap (onbekend bestandsformaat); sla het bestand in Excel op als Excel-werkmap (.xlsx)"
	msgXLS       = "dit is een oud Excel-bestand (.xls, Excel 97-2003); open het in Excel en sla het op als Excel-werkmap (.xlsx)"
	msgEncrypted = "het bestand is met een wachtwoord beveiligd; haal in Excel het wachtwoord weg (Bestand › Info › Werkmap beveiligen) en sla het opnieuw op"
	msgOLE       = "dit is een ouder Office-bestand (%s), geen Excel-werkmap; sla het op als Excel-werkmap (.xlsx)"
	msgBroken    = "het bestand is beschadigd of onvolledig (%s); kopieer het opnieuw of sla het opnieuw op in Excel"
	msgNoBook    = "het zip-bestand bevat geen Excel-werkmap (xl/workbook.xml ontbreekt)"
	msgOtherZip  = "dit is %s, geen Excel-werkmap; sla het op als Excel-werkmap (.xlsx)"
	msgZipBomb   = "het bestand is uitgepakt groter dan %s (mogelijk een zip-bom); gebruik --max-size als het echt zo groot is"
)

var (
	zipMagic = []byte("PK\x03\x04")
	// An empty zip has only the end-of-central-directory record.
	zipEmptyMagic = []byte("PK\x05\x06")
	// Compound files (OLE2): legacy .xls, and encrypted .xlsx, which Office
	// wraps in a compound file with EncryptionInfo and EncryptedPackage streams.
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sniff classifies a file that is not a zip by its first bytes. It returns
// the Dutch reason the file cannot be read.
func sniff(ra io.ReaderAt, size int64) string {
	head := make([]byte, min(size, 512))
	n, _ := ra.ReadAt(head, 0)
	head = head[:n]
	if bytes.HasPrefix(head, oleMagic) {
		return classifyOLE(ra, size)
	}
	return classifyBytes(head)
}

// classifyBytes tells text (CSV) and markup (HTML, XML) from other formats.
func classifyBytes(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return msgText // UTF-16 text, as Excel's "Unicode text" export writes
	}
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	if bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("<")) {
		return msgMarkup
	}
	// Text in any encoding (UTF-8, or Windows-1252 as Excel's CSV export
	// writes it) has no control characters other than line breaks and tabs;
	// binary formats have them within the first bytes.
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return msgUnknown
		}
	}
	return msgText
}

// classifyOLE looks at the stream names in a compound file: an encrypted
// OOXML workbook has EncryptionInfo and EncryptedPackage, a .xls a Workbook
// (or, before Excel 97, Book) stream.
func classifyOLE(ra io.ReaderAt, size int64) string {
	names := oleStreams(ra, size)
	switch {
	case names["encryptedpackage"] || names["encryptioninfo"]:
		return msgEncrypted
	case names["workbook"] || names["book"]:
		return msgXLS
	case names["worddocument"]:
		return fmt.Sprintf(msgOLE, "Word, .doc")
	case names["powerpoint document"]:
		return fmt.Sprintf(msgOLE, "PowerPoint, .ppt")
	}
	return fmt.Sprintf(msgOLE, "onbekend soort")
}

// oleStreams lists the lower-cased stream names of a compound file. When
// the directory cannot be parsed (a damaged or cut-off file) it falls back
// to looking for the names as UTF-16 text, which is how directory entries
// store them.
func oleStreams(ra io.ReaderAt, size int64) (names map[string]bool) {
	names = map[string]bool{}
	if r, err := newCFB(ra); err == nil {
		for _, f := range r.File {
			names[strings.ToLower(f.Name)] = true
		}
		return names
	}
	buf := make([]byte, size)
	n, _ := ra.ReadAt(buf, 0)
	buf = buf[:n]
	for _, name := range []string{"EncryptedPackage", "EncryptionInfo", "Workbook", "Book", "WordDocument", "PowerPoint Document"} {
		if bytes.Contains(buf, utf16le(name+"\x00")) {
			names[strings.ToLower(name)] = true
		}
	}
	return names
}

// newCFB opens a compound file. mscfb parses hostile input; a panic in it
// must not take the whole run down, so it becomes an error.
func newCFB(ra io.ReaderAt) (r *mscfb.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("mscfb: %v", p)
		}
	}()
	return mscfb.New(ra)
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// openZip opens the file as a zip and refuses it when its parts unzip to
// more than limit bytes, so a zip bomb fails before anything is unpacked.
// archive/zip itself stops a part that unpacks to more than it declares.
func openZip(ra io.ReaderAt, size, limit int64) (*zip.Reader, error) {
	zr, err := zip.NewReader(ra, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, unreadablef(err, msgBroken, "geen geldig zip-bestand")
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(limit) {
			return nil, unreadablef(nil, msgZipBomb, megabytes(limit))
		}
	}
	return zr, nil
}

// otherPackage names a zip that is an office document but not a workbook.
func otherPackage(parts map[string]*zip.File) string {
	switch {
	case parts["xl/workbook.bin"] != nil:
		return fmt.Sprintf(msgOtherZip, "een binaire Excel-werkmap (.xlsb)")
	case parts["word/document.xml"] != nil:
		return fmt.Sprintf(msgOtherZip, "een Word-document")
	case parts["ppt/presentation.xml"] != nil:
		return fmt.Sprintf(msgOtherZip, "een PowerPoint-presentatie")
	case parts["content.xml"] != nil && parts["mimetype"] != nil:
		return fmt.Sprintf(msgOtherZip, "een OpenDocument-bestand (LibreOffice, .ods)")
	}
	return msgNoBook
}

// megabytes writes a size for staff: "50 MB", "72,4 MB".
func megabytes(n int64) string {
	const mb = 1 << 20
	if n < mb {
		return fmt.Sprintf("%d bytes", n)
	}
	if n%mb == 0 {
		return fmt.Sprintf("%d MB", n/mb)
	}
	return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/mb), ".", ",", 1)
}
