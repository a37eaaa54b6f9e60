package sources

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"jaarverslag/report"
)

// checkFindings holds for every run of Read: each finding names its file
// and has a rule and a message.
func checkFindings(t *testing.T, fs report.Findings) {
	t.Helper()
	for _, f := range fs {
		if f.Pos.File == "" || f.Rule == "" || f.Message == "" {
			t.Fatalf("incomplete finding %+v", f)
		}
	}
}

// checkRead holds for every read: a file that cannot be read is an
// unreadable error with a message, and a read one has complete findings.
// It reports whether the file was read.
func checkRead(t *testing.T, res fileResult, err error) bool {
	t.Helper()
	if err != nil {
		var u *unreadable
		if !errors.As(err, &u) || u.msg == "" {
			t.Fatalf("error without a message: %v", err)
		}
		return false
	}
	checkFindings(t, res.findings)
	return true
}

// FuzzReadWorkbook reads arbitrary bytes as a workbook: it must never
// panic or hang, and whatever cannot be read is a finding.
func FuzzReadWorkbook(f *testing.F) {
	dir := f.TempDir()
	for _, path := range []string{
		xlsx(f, dir, "a.xlsx", nil,
			tsheet{"Rapport", [][]any{{"Veld", "Waarde"}, {"Gemeente", "Groningen"}, {"Verslagjaar", 2025}}},
			tsheet{"Coalitieakkoord", [][]any{actionHeaders, action("CA-01")}}),
		rawXLSX(f, dir, "b.xlsx", rawSheet{"Kerncijfers", `<sheetData>` + headerRow(1, "Domein", "Verslagjaar") +
			row(2, str("A2", "Jeugd"), `<c r="B2" s="1"><v>46022</v></c>`) + `</sheetData><mergeCells><mergeCell ref="A2:A3"/></mergeCells>`}),
		// Written by LibreOffice: percentages, hyperlinks, other sheet names.
		"../testdata/libreoffice/procent.xlsx",
		"../testdata/libreoffice/hyperlink.xlsx",
		"../testdata/libreoffice/bladnamen.xlsx",
	} {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add(compoundFile("Workbook"))
	f.Add([]byte("ID;Domein\n1;Jeugd\n"))
	opts := Options{}.withDefaults()
	f.Fuzz(func(t *testing.T, b []byte) {
		// From memory, as Read does after opening the file: through the
		// file system each run would be a hundred times slower.
		res, err := readFrom(bytes.NewReader(b), int64(len(b)), "f.xlsx", opts)
		if !checkRead(t, res, err) {
			return
		}
		if res.book == nil || res.file.SHA256 == "" {
			t.Fatal("file neither read nor reported")
		}
	})
}

// FuzzReadSheetXML puts arbitrary XML in a sheet of an otherwise valid
// workbook, where byte-level fuzzing of a zip rarely gets (the CRC stops
// it): the sheet scanner, merges and the row rules must hold up, and so
// must the look at a sheet outside the contract (is it meant as input?).
func FuzzReadSheetXML(f *testing.F) {
	for _, s := range []string{
		`<sheetData>` + headerRow(1, "Volgorde", "Domein", "Omschrijving") +
			row(2, `<c r="A2"><v>1</v></c>`, str("B2", "Jeugd"), `<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>`) +
			row(3, `<c r="A3" s="1"><f>A2+1</f></c>`, `<c r="B3" t="b"><v>1</v></c>`) + `</sheetData>` +
			`<mergeCells count="1"><mergeCell ref="B2:C4"/></mergeCells>`,
		`<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:r><x:t>Veld</x:t></x:r><x:rPh><x:t>v</x:t></x:rPh></x:is></x:c></x:row></x:sheetData>`,
		`<sheetData><row r="1048576"><c r="XFD1048576" t="d"><v>2025-12-31</v></c></row></sheetData>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sheet string) {
		// In memory rather than through Read: the file system would make
		// each run a hundred times slower.
		b := rawBook(t, rawSheet{"Domeinen", sheet}, rawSheet{"Rapport", sheet}, rawSheet{"Blad9", sheet})
		wb, err := openWorkbook(bytes.NewReader(b), int64(len(b)), 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		res, err := readSheets(wb, "f.xlsx", 50)
		if !checkRead(t, res, err) {
			return
		}
		for _, d := range res.book.Domains {
			if d.Src.Row < 1 || d.Src.File != "f.xlsx" {
				t.Fatalf("row without position: %+v", d.Src)
			}
		}
	})
}

// FuzzReadHyperlinks puts arbitrary XML in a sheet and in its
// relationships part, where Excel keeps hyperlink targets: links in any
// cell, range or column must neither panic nor lose a row.
func FuzzReadHyperlinks(f *testing.F) {
	f.Add(`<sheetData>`+headerRow(1, "ID", "Domein", "Beschreven actie", "Concrete invulling", "Uitvoering", "Status", "Links", "Toelichting")+
		row(2, str("A2", "CA-01"), str("G2", "Raadsbrief"), str("H2", "zie brief"))+row(3, str("A3", "CA-02"), str("G3", "https://a.nl https://b.nl"))+
		`</sheetData><hyperlinks><hyperlink ref="G2:H2" r:id="rId1" location="p2"/><hyperlink ref="G3" r:id="rId2"/><hyperlink ref="G4" location="A1"/></hyperlinks>`,
		hyperlinkRel("rId1", "https://x.nl/brief.pdf")+hyperlinkRel("rId2", "https://a.nl"))
	f.Add(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Link</t></is></c></row></sheetData><hyperlinks><hyperlink ref="A1:XFD1048576" r:id="x"/></hyperlinks>`,
		`<Relationship Id="x" Type="/hyperlink" Target="" TargetMode="external"/>`)
	f.Fuzz(func(t *testing.T, sheet, rels string) {
		b := rawBookRels(t, map[string]string{"Coalitieakkoord": rels, "Resultaten": rels},
			rawSheet{"Coalitieakkoord", sheet}, rawSheet{"Resultaten", sheet})
		wb, err := openWorkbook(bytes.NewReader(b), int64(len(b)), 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		res, err := readSheets(wb, "f.xlsx", 50)
		if !checkRead(t, res, err) {
			return
		}
		if n := res.file.Rows["Coalitieakkoord"]; n > 0 && len(res.book.Actions) != n && len(res.book.Unread) == 0 {
			t.Fatalf("%d rows counted, %d read", n, len(res.book.Actions))
		}
	})
}
