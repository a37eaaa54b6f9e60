package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	domains := tsheet{"Domeinen", [][]any{{"Volgorde", "Domein"}, {1, "Jeugd"}}}
	xlsx(t, dir, "a.xlsx", nil, domains)
	xlsx(t, dir, "B.XLSM", nil, tsheet{"Plannen", [][]any{{"ID", "Domein", "Plan"}, {"P-1", "Jeugd", "Plan"}}})
	for _, name := range []string{
		"~$a.xlsx", ".~lock.B.XLSM#", "~$weg.xlsx", ".DS_Store", ".verborgen.xlsx", "notities.txt", "brief.pdf", "logo.png", "oud.xls",
		"data.csv", "jeugd.ods", "plat.fods", "binair.xlsb", "sjabloon.xltx", "tabs.tsv", "apple.numbers",
	} {
		writeFile(t, dir, name, []byte("x"))
	}
	for _, sub := range []string{"archief", ".git"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	xlsx(t, filepath.Join(dir, "archief"), "c.xlsx", nil, domains)

	r, fs := Read([]string{dir}, Options{})
	// Other spreadsheets are errors, like the legacy .xls; what is skipped
	// comes last, where it is seen.
	want := []string{
		"bestand-onleesbaar apple.numbers",
		"bestand-onleesbaar binair.xlsb",
		"bestand-onleesbaar data.csv",
		"bestand-onleesbaar jeugd.ods",
		"bestand-onleesbaar oud.xls",
		"bestand-onleesbaar plat.fods",
		"bestand-onleesbaar sjabloon.xltx",
		"bestand-onleesbaar tabs.tsv",
		"bestand-overgeslagen .DS_Store",
		"bestand-overgeslagen .verborgen.xlsx",
		"bestand-overgeslagen .~lock.B.XLSM#",
		"bestand-overgeslagen archief",
		"bestand-overgeslagen brief.pdf",
		"bestand-overgeslagen logo.png",
		"bestand-overgeslagen notities.txt",
		"bestand-overgeslagen ~$a.xlsx",
		"bestand-overgeslagen ~$weg.xlsx",
	}
	if got := keys(fs); !slices.Equal(got, want) {
		t.Fatalf("findings:\n got %q\nwant %q", got, want)
	}
	for _, f := range fs {
		if (f.Severity == report.Error) != (f.Rule == report.RuleUnreadable) {
			t.Errorf("%v has the wrong severity", f)
		}
		if f.Rule == report.RuleUnreadable && f.Pos.File != "oud.xls" && !strings.HasSuffix(f.Message, "sla het op als Excel-werkmap (.xlsx)") {
			t.Errorf("%v does not say what to do", f)
		}
	}
	wantMessage(t, fs, "jeugd.ods", "dit is een OpenDocument-rekenblad (.ods, bijvoorbeeld uit LibreOffice), geen Excel-werkmap, en wordt niet gelezen; open het en sla het op als Excel-werkmap (.xlsx)")
	wantMessage(t, fs, "~$a.xlsx", "overgeslagen: tijdelijk bestand van Excel: a.xlsx is geopend in Excel, dus de laatst opgeslagen versie wordt gebruikt en wat nog niet is opgeslagen ontbreekt. Sla a.xlsx op, sluit het en controleer opnieuw")
	wantMessage(t, fs, ".~lock.B.XLSM#", "overgeslagen: tijdelijk bestand van LibreOffice: B.XLSM is geopend in LibreOffice, dus de laatst opgeslagen versie wordt gebruikt en wat nog niet is opgeslagen ontbreekt. Sla B.XLSM op, sluit het en controleer opnieuw")
	wantMessage(t, fs, "~$weg.xlsx", "overgeslagen: tijdelijk bestand van Excel voor weg.xlsx, dat hier niet (meer) staat; het is geen invoer en mag weg als weg.xlsx niet meer geopend is")
	var names []string
	for _, f := range r.Files {
		names = append(names, f.Name)
	}
	if !slices.Equal(names, []string{"B.XLSM", "a.xlsx"}) {
		t.Errorf("files = %v", names)
	}
}

// TestReadFolderOfOthers: a folder with only spreadsheets in other formats
// is one error per file, not also "no workbooks".
func TestReadFolderOfOthers(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "jeugd.ods", []byte("x"))
	_, fs := Read([]string{dir}, Options{})
	if got := keys(fs); !slices.Equal(got, []string{"bestand-onleesbaar jeugd.ods"}) {
		t.Errorf("findings = %v", fs)
	}
}

func TestReadExplicitPaths(t *testing.T) {
	dir := t.TempDir()
	text := writeFile(t, dir, "notities.txt", []byte("gewone tekst\n"))
	empty := filepath.Join(dir, "leeg")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	book := validBook(t, dir)
	lock := writeFile(t, dir, "~$geldig.xlsx", []byte("x"))
	ods := writeFile(t, dir, "jeugd.ods", []byte("x"))
	hidden := xlsx(t, dir, ".verborgen.xlsx", nil, tsheet{"Plannen", [][]any{{"ID", "Domein", "Plan"}, {"P-1", "Jeugd", "Plan"}}})
	r, fs := Read([]string{text, empty, lock, book, ods, hidden}, Options{})
	// A file named explicitly is attempted whatever its extension, unless
	// its name says it is a lock file (a shell glob catches those) or
	// another kind of spreadsheet; hidden files named are read.
	want := []string{"bestand-onleesbaar jeugd.ods", "bestand-onleesbaar leeg", "bestand-onleesbaar notities.txt", "bestand-overgeslagen ~$geldig.xlsx"}
	if got := keys(fs); !slices.Equal(got, want) {
		t.Fatalf("findings = %v", fs)
	}
	wantMessage(t, fs, "notities.txt", msgText)
	wantMessage(t, fs, "~$geldig.xlsx", "overgeslagen: tijdelijk bestand van Excel: geldig.xlsx is geopend in Excel, dus de laatst opgeslagen versie wordt gebruikt en wat nog niet is opgeslagen ontbreekt. Sla geldig.xlsx op, sluit het en controleer opnieuw")
	eq(t, "files read", len(r.Files), 2)

	// The lock file alone: its workbook is there but not named.
	_, fs = Read([]string{lock}, Options{})
	wantMessage(t, fs, "~$geldig.xlsx", "overgeslagen: tijdelijk bestand van Excel: geldig.xlsx is geopend in Excel. Sla geldig.xlsx op, sluit het en geef geldig.xlsx zelf op")
}

func TestUniqueNames(t *testing.T) {
	root := t.TempDir()
	p := func(parts ...string) string { return filepath.Join(append([]string{root}, parts...)...) }
	for _, c := range []struct{ in, want []string }{
		{[]string{p("a.xlsx"), p("b.xlsx")}, []string{"a.xlsx", "b.xlsx"}},
		{[]string{p("2025", "rapport.xlsx"), p("kopie", "rapport.xlsx"), p("jeugd.xlsx")},
			[]string{filepath.Join("2025", "rapport.xlsx"), filepath.Join("kopie", "rapport.xlsx"), "jeugd.xlsx"}},
		{[]string{p("a", "x", "r.xlsx"), p("b", "x", "r.xlsx"), p("b", "y", "r.xlsx")},
			[]string{filepath.Join("a", "x", "r.xlsx"), filepath.Join("b", "x", "r.xlsx"), filepath.Join("y", "r.xlsx")}},
		{[]string{p("d", "r.xlsx"), p("d", "e", "r.xlsx")}, []string{filepath.Join("d", "r.xlsx"), filepath.Join("e", "r.xlsx")}},
	} {
		if got := uniqueNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("uniqueNames(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	// Relative paths are told apart by their absolute folders.
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	got := uniqueNames([]string{"r.xlsx", filepath.Join("..", "r.xlsx")})
	want := []string{filepath.Join(filepath.Base(wd), "r.xlsx"), filepath.Join(filepath.Base(filepath.Dir(wd)), "r.xlsx")}
	if !slices.Equal(got, want) {
		t.Errorf("relative: %v, want %v", got, want)
	}
}

func TestReadSeveralFiles(t *testing.T) {
	root := t.TempDir()
	dir, other := filepath.Join(root, "x"), filepath.Join(root, "y")
	for _, d := range []string{dir, other} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	rapport := func(municipality string) tsheet {
		return tsheet{"Rapport", [][]any{{"Veld", "Waarde"}, {"Gemeente", municipality}}}
	}
	actions := func(ids ...string) tsheet {
		rows := [][]any{actionHeaders}
		for _, id := range ids {
			rows = append(rows, action(id))
		}
		return tsheet{"Coalitieakkoord", rows}
	}
	modified := func(s string) func(*excelize.File) {
		return func(f *excelize.File) {
			if err := f.SetDocProps(&excelize.DocProperties{Modified: s, Created: s}); err != nil {
				t.Fatal(err)
			}
		}
	}
	b := xlsx(t, dir, "b.xlsx", modified("2025-03-04T05:06:07Z"), rapport("B"), actions("CA-03"))
	a := xlsx(t, dir, "a.xlsx", modified("2026-01-15T09:00:00Z"), rapport("A"), actions("CA-01"))
	a2 := xlsx(t, other, "a.xlsx", modified("geen datum"), actions("CA-02", "CA-02b"))
	paths := []string{b, a2, a, a} // a twice: read once

	r, fs := Read(paths, Options{})
	if len(fs) != 0 {
		t.Fatalf("findings = %v", fs)
	}
	var ids []string
	for _, x := range r.Actions {
		ids = append(ids, x.ID+"@"+x.Src.File)
	}
	// Two files named a.xlsx are told apart by their folders.
	ax, ay := filepath.Join("x", "a.xlsx"), filepath.Join("y", "a.xlsx")
	if want := []string{"CA-01@" + ax, "CA-02@" + ay, "CA-02b@" + ay, "CA-03@b.xlsx"}; !slices.Equal(ids, want) {
		t.Errorf("actions = %v, want %v", ids, want)
	}
	eq(t, "meta from the first file by name", r.Meta.Municipality, "A")
	if len(r.Files) != 3 {
		t.Fatalf("files = %v", r.Files)
	}
	raw, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	f := r.Files[0]
	eq(t, "name", f.Name, ax)
	eq(t, "sha256", f.SHA256, hex.EncodeToString(sum[:]))
	eq(t, "size", f.Size, int64(len(raw)))
	eq(t, "modified", f.Modified, time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC))
	if !reflect.DeepEqual(f.Rows, map[string]int{"Rapport": 1, "Coalitieakkoord": 1}) {
		t.Errorf("rows = %v", f.Rows)
	}
	eq(t, "unparseable modified", r.Files[1].Modified.IsZero(), true)
	eq(t, "rows", r.Files[1].Rows["Coalitieakkoord"], 2)
	eq(t, "rows read", r.RowsRead("Coalitieakkoord"), 4)

	// Parallel reading must not change the result.
	for range 5 {
		again, fs2 := Read(paths, Options{})
		if !reflect.DeepEqual(again, r) || !reflect.DeepEqual(fs2, fs) {
			t.Fatal("a second read differs")
		}
	}
}

// TestReadMillionRows checks that a sheet far over the row limit stops at
// the limit with one finding instead of a million rows. How fast that is
// belongs to the benchmarks; the time is only logged.
func TestReadMillionRows(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 1,000,000-row workbook")
	}
	const n = 1_000_000
	path := filepath.Join(t.TempDir(), "groot.xlsx")
	start := time.Now()
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", "Domeinen"); err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Domeinen")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"Volgorde", "Domein"}); err != nil {
		t.Fatal(err)
	}
	for i := 2; i <= n+1; i++ {
		if err := sw.SetRow(cellName(1, i), []any{i, "Jeugd"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	t.Logf("wrote %d rows in %v", n, time.Since(start))

	start = time.Now()
	r, fs := Read([]string{path}, Options{})
	t.Logf("read in %v", time.Since(start))
	if got := keys(fs); !slices.Equal(got, []string{"te-veel-rijen groot.xlsx › Domeinen"}) {
		t.Errorf("findings = %v", fs)
	}
	eq(t, "rows", r.Files[0].Rows["Domeinen"], DefaultMaxRows)
	eq(t, "domains", len(r.Domains), DefaultMaxRows)
}

// TestReadWhatTheWriterWrites reads the sample sets as the workbook writer
// splits them over files: every row must come back exactly as written,
// without a finding.
func TestReadWhatTheWriterWrites(t *testing.T) {
	for name, want := range map[string]*report.Report{"groningen": sample.Groningen(), "scaled": sample.Scaled(500)} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			modified := time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)
			for _, p := range sample.Split() {
				var buf bytes.Buffer
				if err := WriteWorkbook(&buf, want, p.Sheets, p.Domains, modified); err != nil {
					t.Fatal(err)
				}
				writeFile(t, dir, p.Name, buf.Bytes())
			}
			got, fs := Read([]string{dir}, Options{})
			if len(fs) != 0 {
				t.Fatalf("findings: %v", fs)
			}
			for _, f := range got.Files {
				eq(t, f.Name+" modified", f.Modified, modified)
			}
			if m := withoutSource(got.Meta); !reflect.DeepEqual(m, want.Meta) {
				t.Errorf("meta:\n got %+v\nwant %+v", m, want.Meta)
			}
			gv, wv := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
			for _, s := range Schema[1:] {
				i := sections[s.row]
				g, w := rowStrings(gv.Field(i)), rowStrings(wv.Field(i))
				if !slices.Equal(g, w) {
					t.Errorf("%s: read %d rows, wrote %d; first difference:\n%s", s.Name, len(g), len(w), firstDiff(g, w))
				}
				eq(t, s.Name+" rows", got.RowsRead(s.Name), wv.Field(i).Len())
			}
		})
	}
}

// withoutSource zeroes the Src field of a row, which the writer leaves zero.
func withoutSource[T any](row T) T {
	v := reflect.ValueOf(&row).Elem()
	v.FieldByName("Src").SetZero()
	return row
}

// rowStrings renders rows without their Src, sorted: files hold the rows of
// a sheet in another order than the report.
func rowStrings(rows reflect.Value) []string {
	out := make([]string, rows.Len())
	for i := range out {
		v := reflect.New(rows.Type().Elem()).Elem()
		v.Set(rows.Index(i))
		v.FieldByName("Src").SetZero()
		out[i] = fmt.Sprintf("%+v", deref(v))
	}
	slices.Sort(out)
	return out
}

// deref shows pointer fields by their values.
func deref(v reflect.Value) string {
	var b strings.Builder
	for i := range v.NumField() {
		f := v.Field(i)
		if f.Kind() == reflect.Pointer && !f.IsNil() {
			f = f.Elem()
		}
		fmt.Fprintf(&b, "%s=%v ", v.Type().Field(i).Name, f)
	}
	return b.String()
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return " got " + a[i] + "\nwant " + b[i]
		}
	}
	return "(one is a prefix of the other)"
}
