package sources

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// validBook is a small real workbook.
func validBook(t *testing.T, dir string) string {
	return xlsx(t, dir, "geldig.xlsx", nil, tsheet{"Domeinen", [][]any{{"Volgorde", "Domein"}, {1, "Jeugd"}}})
}

func TestUnreadable(t *testing.T) {
	cases := []struct {
		name string
		opts Options
		file func(t *testing.T, dir string) string
		want string // the message
	}{{
		name: "empty file",
		file: func(t *testing.T, dir string) string { return writeFile(t, dir, "leeg.xlsx", nil) },
		want: msgEmpty,
	}, {
		name: "CSV renamed to .xlsx",
		file: func(t *testing.T, dir string) string {
			return writeFile(t, dir, "csv.xlsx", []byte("ID;Domein\nCA-01;Jeugd é\n"))
		},
		want: msgText,
	}, {
		name: "CSV in Windows-1252, as Excel exports it",
		file: func(t *testing.T, dir string) string {
			return writeFile(t, dir, "ansi.xlsx", []byte("Domein;Omschrijving\r\nFinanci\xebn;Caf\xe9\r\n"))
		},
		want: msgText,
	}, {
		name: "UTF-16 text export",
		file: func(t *testing.T, dir string) string {
			return writeFile(t, dir, "unicode.xlsx", append([]byte{0xFF, 0xFE}, utf16le("ID\tDomein\r\n")...))
		},
		want: msgText,
	}, {
		name: "HTML saved as .xlsx",
		file: func(t *testing.T, dir string) string {
			return writeFile(t, dir, "web.xlsx", []byte("\xEF\xBB\xBF  <html><body><table><tr><td>1</td></tr></table></body></html>"))
		},
		want: msgMarkup,
	}, {
		name: "binary junk",
		file: func(t *testing.T, dir string) string {
			b := make([]byte, 256)
			for i := range b {
				b[i] = byte(i)
			}
			return writeFile(t, dir, "junk.xlsx", b)
		},
		want: msgUnknown,
	}, {
		name: "truncated zip",
		file: func(t *testing.T, dir string) string {
			b, err := os.ReadFile(validBook(t, dir))
			if err != nil {
				t.Fatal(err)
			}
			return writeFile(t, dir, "afgebroken.xlsx", b[:len(b)/2])
		},
		want: fmt.Sprintf(msgBroken, "geen geldig zip-bestand"),
	}, {
		name: "legacy .xls (compound file with a Workbook stream)",
		file: func(t *testing.T, dir string) string { return writeFile(t, dir, "oud.xlsx", compoundFile("Workbook")) },
		want: msgXLS,
	}, {
		name: "Excel 5 .xls (Book stream)",
		file: func(t *testing.T, dir string) string { return writeFile(t, dir, "ouder.xls", compoundFile("Book")) },
		want: msgXLS,
	}, {
		name: "encrypted .xlsx (compound file with EncryptionInfo and EncryptedPackage)",
		file: func(t *testing.T, dir string) string {
			return writeFile(t, dir, "geheim.xlsx", compoundFile("EncryptionInfo", "EncryptedPackage"))
		},
		want: msgEncrypted,
	}, {
		name: "encrypted .xlsx as excelize writes it",
		file: func(t *testing.T, dir string) string {
			f := excelize.NewFile()
			defer f.Close()
			path := filepath.Join(dir, "wachtwoord.xlsx")
			if err := f.SaveAs(path, excelize.Options{Password: "geheim"}); err != nil {
				t.Fatal(err)
			}
			return path
		},
		want: msgEncrypted,
	}, {
		name: "damaged compound file: the stream names are found as UTF-16 text",
		file: func(t *testing.T, dir string) string {
			b := append(append(bytes.Clone(oleMagic), make([]byte, 600)...), utf16le("EncryptedPackage\x00")...)
			return writeFile(t, dir, "kapot.xlsx", b)
		},
		want: msgEncrypted,
	}, {
		name: "Word .doc",
		file: func(t *testing.T, dir string) string {
			return writeFile(t, dir, "brief.xlsx", compoundFile("WordDocument"))
		},
		want: fmt.Sprintf(msgOLE, "Word, .doc"),
	}, {
		name: "zip without a workbook",
		file: func(t *testing.T, dir string) string {
			return writeZip(t, dir, "zip.xlsx", map[string]string{"readme.txt": "hallo"})
		},
		want: msgNoBook,
	}, {
		name: "Word document renamed",
		file: func(t *testing.T, dir string) string {
			return writeZip(t, dir, "brief.xlsx", map[string]string{"word/document.xml": "<w:document/>"})
		},
		want: fmt.Sprintf(msgOtherZip, "een Word-document"),
	}, {
		name: "zip bomb: a sheet that unpacks beyond 10 × MaxFileSize",
		opts: Options{MaxFileSize: 1 << 20},
		file: func(t *testing.T, dir string) string {
			rows := strings.Repeat(`<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>`, 300_000)
			path := rawXLSX(t, dir, "bom.xlsx", rawSheet{"Domeinen", "<sheetData>" + rows + "</sheetData>"})
			if fi, _ := os.Stat(path); fi.Size() > 1<<20 {
				t.Fatalf("bomb is %d bytes; it should be small", fi.Size())
			}
			return path
		},
		want: fmt.Sprintf(msgZipBomb, "10 MB"),
	}, {
		name: "file over MaxFileSize",
		opts: Options{MaxFileSize: 1000},
		file: validBook,
		want: "het bestand is groter dan 1000 bytes (",
	}, {
		name: "damaged sheet XML",
		file: func(t *testing.T, dir string) string {
			return rawXLSX(t, dir, "xml.xlsx", rawSheet{"Domeinen", `<sheetData>` + headerRow(1, "Volgorde", "Domein") + `<row r="2"><c r="A2"><v>1</v>`})
		},
		want: fmt.Sprintf(msgBroken, "XML-fout in xl/worksheets/sheet1.xml: onverwacht einde"),
	}, {
		name: "shared string that does not exist",
		file: func(t *testing.T, dir string) string {
			return rawXLSX(t, dir, "sst.xlsx", rawSheet{"Domeinen", `<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>`})
		},
		want: "het bestand is beschadigd of onvolledig (xl/worksheets/sheet1.xml: verwijzing naar gedeelde tekst \"7\" die niet bestaat)",
	}, {
		name: "path that does not exist",
		file: func(t *testing.T, dir string) string { return filepath.Join(dir, "weg.xlsx") },
		want: "bestand of map niet gevonden",
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.file(t, t.TempDir())
			r, fs := Read([]string{path}, c.opts)
			if len(fs) != 1 {
				t.Fatalf("findings = %v", fs)
			}
			f := fs[0]
			if f.Rule != report.RuleUnreadable || f.Severity != report.Error || f.Pos.File != filepath.Base(path) {
				t.Errorf("finding = %+v", f)
			}
			if !strings.HasPrefix(f.Message, c.want) {
				t.Errorf("message:\n got %s\nwant %s", f.Message, c.want)
			}
			if len(r.Files) != 0 {
				t.Errorf("unreadable file in Files: %v", r.Files)
			}
		})
	}
}

// The crafted compound files must be real ones, or the tests above would
// only exercise the fallback.
func TestCompoundFileParses(t *testing.T) {
	b := compoundFile("EncryptionInfo", "EncryptedPackage")
	r, err := newCFB(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range r.File {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, ","); got != "Root Entry,EncryptionInfo,EncryptedPackage" {
		t.Errorf("streams = %s", got)
	}
}

func TestDamagedSheetIsPlacedAtTheSheet(t *testing.T) {
	dir := t.TempDir()
	path := rawXLSX(t, dir, "xml.xlsx", rawSheet{"Coalitieakkoord", `<sheetData><row r="0"></row></sheetData>`})
	_, fs := Read([]string{path}, Options{})
	if got := keys(fs); len(got) != 1 || got[0] != "bestand-onleesbaar xml.xlsx › Coalitieakkoord" {
		t.Errorf("findings = %v", fs)
	}
}
