package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/sources"
)

const sampleDir = "../../testdata/groningen-2025"

// departments of the sample set: file → department ("" is F&C).
var sampleDepartments = map[string]string{
	"rapport.xlsx":               "",
	"coalitieakkoord.xlsx":       "Bestuurszaken",
	"gezondheid-en-welzijn.xlsx": "Gezondheid en welzijn",
	"jeugd.xlsx":                 "Jeugd",
	"opvang-en-nieuwkomers.xlsx": "Opvang en nieuwkomers",
	"veiligheid-en-armoede.xlsx": "Veiligheid en armoede",
	"financien.xlsx":             "Financiën",
}

func open(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// department makes a department (with a link) and returns its access.
func department(t testing.TB, s *Store, name string) Access {
	t.Helper()
	l, err := s.NewLink(context.Background(), Terminal, name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Authenticate(context.Background(), l.Secret)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// upload stores data as name in a's own space.
func upload(t testing.TB, s *Store, a Access, name string, data []byte) (Upload, error) {
	t.Helper()
	st, err := s.Stage(name, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return s.Upload(context.Background(), a, a.Department, "Test", []*Staged{st})
}

// loadSample stores the sample set: rapport.xlsx for F&C, every other file
// in its own department. It returns the departments' access by file.
func loadSample(t testing.TB, s *Store) map[string]Access {
	t.Helper()
	ctx := context.Background()
	out := map[string]Access{}
	for file, dept := range sampleDepartments {
		var a Access
		if dept == "" {
			a = department(t, s, AdminName)
		} else {
			a = department(t, s, dept)
		}
		out[file] = a
		up, err := upload(t, s, a, file, read(t, filepath.Join(sampleDir, file)))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if len(up.Versions) != 1 {
			t.Fatalf("%s: %d versions", file, len(up.Versions))
		}
	}
	o, err := s.Overview(ctx, Terminal)
	if err != nil {
		t.Fatal(err)
	}
	if !o.Ready() || o.Accepted() != 6 {
		t.Fatalf("sample set not ready: %d accepted, findings %v", o.Accepted(), o.Orphans)
	}
	return out
}

// spoil copies a sample file with one cell changed.
func spoil(t testing.TB, file, sheet, cell, value string) []byte {
	t.Helper()
	f, err := excelize.OpenFile(filepath.Join(sampleDir, file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellStr(sheet, cell, value); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestMigrations(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	ctx := context.Background()
	count := func(s *Store, q string) int {
		var n int
		if err := s.db.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(s, `SELECT count(*) FROM migrations`); n != 1 {
		t.Fatalf("%d migrations applied, want 1", n)
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q, %v; want wal", mode, err)
	}
	if n := count(s, `PRAGMA foreign_keys`); n != 1 {
		t.Error("foreign keys are off")
	}
	s.Close()

	// Opening again applies nothing twice and keeps the data.
	s = open(t, dir)
	if n := count(s, `SELECT count(*) FROM migrations`); n != 1 {
		t.Fatalf("%d migrations after reopening, want 1", n)
	}
	if n := count(s, `SELECT count(*) FROM departments WHERE admin = 1`); n != 1 {
		t.Fatalf("%d F&C spaces, want 1", n)
	}
	// A database from a newer program is refused, not changed.
	if _, err := s.db.ExecContext(ctx, `INSERT INTO migrations (version, name, applied) VALUES (99, '099_later.sql', '')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(dir, sources.Options{}); err == nil || !strings.Contains(err.Error(), "schemaversie 99") {
		t.Errorf("opening a newer database: %v", err)
	}
}

func TestLinksAndSessions(t *testing.T) {
	s := open(t, t.TempDir())
	ctx := context.Background()
	l, err := s.NewLink(ctx, Terminal, "  Jeugd   en  Onderwijs ")
	if err != nil {
		t.Fatal(err)
	}
	if l.Department.Name != "Jeugd en Onderwijs" || len(l.Secret) < 40 {
		t.Fatalf("link %+v", l)
	}
	var stored int
	s.db.QueryRowContext(ctx, `SELECT count(*) FROM links WHERE secret_sha256 = ? OR secret_sha256 = ?`, l.Secret, digest(l.Secret)).Scan(&stored)
	var plain int
	s.db.QueryRowContext(ctx, `SELECT count(*) FROM links WHERE secret_sha256 = ?`, l.Secret).Scan(&plain)
	if stored != 1 || plain != 0 {
		t.Fatalf("the secret itself is stored (%d) or its hash is not (%d)", plain, stored)
	}
	a, err := s.Authenticate(ctx, l.Secret)
	if err != nil || a.Admin || a.Name != "Jeugd en Onderwijs" {
		t.Fatalf("authenticate: %+v, %v", a, err)
	}
	// A second link for the same department (any case) adds a link, not a department.
	l2, err := s.NewLink(ctx, Terminal, "jeugd en onderwijs")
	if err != nil || l2.Department.ID != l.Department.ID || l2.Department.Links != 2 {
		t.Fatalf("second link %+v, %v", l2.Department, err)
	}
	token, _, err := s.StartSession(ctx, l.Secret)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Session(ctx, token); err != nil || got.Department != a.Department {
		t.Fatalf("session: %+v, %v", got, err)
	}
	// A department makes no links.
	if _, err := s.NewLink(ctx, a, "Zorg"); !errors.Is(err, ErrForbidden) {
		t.Errorf("department makes a link: %v", err)
	}
	n, err := s.Revoke(ctx, Terminal, "JEUGD EN ONDERWIJS")
	if err != nil || n != 2 {
		t.Fatalf("revoke: %d, %v", n, err)
	}
	for what, err := range map[string]error{
		"link":    func() error { _, err := s.Authenticate(ctx, l.Secret); return err }(),
		"session": func() error { _, err := s.Session(ctx, token); return err }(),
		"new":     func() error { _, _, err := s.StartSession(ctx, l2.Secret); return err }(),
		"empty":   func() error { _, err := s.Authenticate(ctx, ""); return err }(),
		"guess":   func() error { _, err := s.Authenticate(ctx, digest(l.Secret)); return err }(),
	} {
		if !errors.Is(err, ErrUnauthorized) {
			t.Errorf("%s after revoking: %v", what, err)
		}
	}

	// F&C's own link is "beheer".
	fc, err := s.NewLink(ctx, Terminal, "beheer")
	if err != nil || !fc.Department.Admin || fc.Department.Name != "F&C" {
		t.Fatalf("beheer link: %+v, %v", fc.Department, err)
	}
	if a, err := s.Authenticate(ctx, fc.Secret); err != nil || !a.Admin {
		t.Fatalf("F&C access: %+v, %v", a, err)
	}
	// F&C's own name makes no department link with F&C's rights.
	if _, err := s.NewLink(ctx, Terminal, "f&c"); !errors.Is(err, ErrInvalid) {
		t.Errorf("a department link by F&C's name: %v", err)
	}
	if _, err := s.Revoke(ctx, Terminal, "Onbekend"); !errors.Is(err, ErrNotFound) {
		t.Errorf("revoking an unknown department: %v", err)
	}
}

func TestCleanName(t *testing.T) {
	for _, tt := range []struct{ in, want, err string }{
		{"Jeugd", "Jeugd", ""},
		{"  Zorg \t en  welzijn ", "Zorg en welzijn", ""},
		{"", "", "geef de naam"},
		{"beheer", "", "beheerruimte"},
		{"Jeugd › Zorg", "", "›"},
		{"a\x00b", "", "ongeldige tekens"},
		{strings.Repeat("x", 61), "", "60 tekens"},
	} {
		got, err := CleanName(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("CleanName(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("CleanName(%q): %v is not ErrInvalid", tt.in, err)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"jeugd.xlsx", "jeugd.xlsx"},
		{`C:\Users\piet\Bureaublad\jeugd.xlsx`, "jeugd.xlsx"},
		{"../../etc/passwd", "passwd"},
		{"a\r\nb.xlsx", "ab.xlsx"},
		{"..", ""},
		{"map/", ""},
	} {
		if got, _ := CleanFileName(tt.in); got != tt.want {
			t.Errorf("CleanFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUploadKeepsEveryVersion(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	ctx := context.Background()
	deps := loadSample(t, s)
	jeugd := deps["jeugd.xlsx"]
	good := read(t, filepath.Join(sampleDir, "jeugd.xlsx"))

	// A bad workbook is stored, not accepted, with its finding at the cell.
	bad := spoil(t, "jeugd.xlsx", "Resultaten", "C2", "Bovenste trede")
	up, err := upload(t, s, jeugd, "jeugd.xlsx", bad)
	if err != nil {
		t.Fatal(err)
	}
	v := up.Versions[0]
	if v.Number != 2 || v.Accepted() || v.Name() != "Jeugd › jeugd.xlsx" {
		t.Fatalf("bad upload stored as %+v", v)
	}
	if len(up.Findings) != 1 || up.Findings[0].Pos.String() != "Jeugd › jeugd.xlsx › Resultaten!C2" || up.Findings[0].Rule != report.RuleLevel {
		t.Fatalf("findings %v", up.Findings)
	}
	stored, err := s.Findings(ctx, jeugd, v.ID)
	if err != nil || len(stored) != 1 || stored[0] != up.Findings[0] {
		t.Fatalf("stored findings %v, %v", stored, err)
	}
	sp, _, err := s.Space(ctx, jeugd, jeugd.Department)
	if err != nil || sp.Accepted() || len(sp.Files) != 1 || sp.Files[0].ID != v.ID || sp.Errors() != 1 {
		t.Fatalf("space after a bad upload: %+v, %v", sp, err)
	}

	// The same bytes as version 1 again: a new version, the bytes once.
	up, err = upload(t, s, jeugd, "Jeugd.xlsx", good)
	if err != nil {
		t.Fatal(err)
	}
	if v := up.Versions[0]; v.Number != 3 || !v.Accepted() {
		t.Fatalf("re-upload: %+v", v)
	}
	vs, err := s.DepartmentVersions(ctx, jeugd, jeugd.Department)
	if err != nil || len(vs) != 3 || vs[0].Number != 3 || vs[2].Number != 1 {
		t.Fatalf("versions %+v, %v", vs, err)
	}
	if vs[0].SHA256 != vs[2].SHA256 {
		t.Fatal("identical bytes, different hashes")
	}
	blobs, _ := os.ReadDir(filepath.Join(dir, blobDir))
	if len(blobs) != len(sampleDepartments)+1 {
		t.Errorf("%d files in %s, want %d (the bytes of each distinct upload once)", len(blobs), blobDir, len(sampleDepartments)+1)
	}
	// Every version's bytes are the bytes uploaded.
	for _, v := range vs {
		f, _, err := s.Open(ctx, jeugd, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		f.WriteTo(h)
		f.Close()
		if hex.EncodeToString(h.Sum(nil)) != v.SHA256 {
			t.Errorf("version %d: bytes changed", v.Number)
		}
	}

	// Withdrawing: only the current version; the file then drops out.
	if err := s.Withdraw(ctx, jeugd, vs[1].ID); !errors.Is(err, ErrInvalid) {
		t.Errorf("withdrawing an old version: %v", err)
	}
	if err := s.Withdraw(ctx, jeugd, vs[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Withdraw(ctx, jeugd, vs[0].ID); !errors.Is(err, ErrInvalid) {
		t.Errorf("withdrawing twice: %v", err)
	}
	if sp, _, _ := s.Space(ctx, jeugd, jeugd.Department); len(sp.Files) != 0 || sp.Accepted() {
		t.Errorf("after withdrawing: %+v", sp)
	}
	if v, _ := s.Version(ctx, jeugd, vs[0].ID); v.Withdrawn == nil || v.Withdrawn.Actor != "Jeugd" {
		t.Errorf("withdrawal not recorded: %+v", v)
	}
	// Uploading again makes the file current again.
	if _, err := upload(t, s, jeugd, "jeugd.xlsx", good); err != nil {
		t.Fatal(err)
	}
	if sp, _, _ := s.Space(ctx, jeugd, jeugd.Department); len(sp.Files) != 1 || sp.Files[0].Number != 4 {
		t.Errorf("after uploading again: %+v", sp.Files)
	}
}

func TestUnreadableUploadStoresNothing(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	a := department(t, s, "Jeugd")
	for name, data := range map[string][]byte{
		"leeg.xlsx":  nil,
		"tekst.xlsx": []byte("ID;Domein\nCA-01;Jeugd\n"),
	} {
		_, err := upload(t, s, a, name, data)
		var fe *FindingsError
		if !errors.As(err, &fe) || !errors.Is(err, ErrUnreadable) || len(fe.Findings) != 1 || fe.Findings[0].Pos.File != "Jeugd › "+name {
			t.Errorf("%s: %v", name, err)
		}
	}
	vs, _ := s.Versions(context.Background(), Terminal)
	entries, _ := os.ReadDir(filepath.Join(dir, blobDir))
	if len(vs) != 0 || len(entries) != 0 {
		t.Errorf("unreadable uploads left %d versions and %d files", len(vs), len(entries))
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, sources.Options{MaxFileSize: 1000})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Stage("groot.xlsx", bytes.NewReader(make([]byte, 1001))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("1001 bytes over a 1000-byte limit: %v", err)
	}
	if st, err := s.Stage("precies.xlsx", bytes.NewReader(make([]byte, 1000))); err != nil || st.Size != 1000 {
		t.Errorf("1000 bytes: %v", err)
	} else {
		st.Discard()
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, blobDir)); len(entries) != 0 {
		t.Errorf("staging left %d files", len(entries))
	}
}

// TestAccessRules: a department sees and changes only its own files; only
// F&C sees all, makes links and builds.
func TestAccessRules(t *testing.T) {
	s := open(t, t.TempDir())
	ctx := context.Background()
	deps := loadSample(t, s)
	a, b := deps["jeugd.xlsx"], deps["financien.xlsx"]
	va, _ := s.Versions(ctx, a)
	vb, _ := s.Versions(ctx, b)
	if len(va) != 1 || len(vb) != 1 || va[0].DepartmentName != "Jeugd" {
		t.Fatalf("a department sees %v and %v", va, vb)
	}
	all, _ := s.Versions(ctx, Terminal)
	if len(all) != len(sampleDepartments) {
		t.Fatalf("F&C sees %d versions", len(all))
	}
	other := vb[0].ID
	for name, err := range map[string]error{
		"version":   func() error { _, err := s.Version(ctx, a, other); return err }(),
		"findings":  func() error { _, err := s.Findings(ctx, a, other); return err }(),
		"open":      func() error { _, _, err := s.Open(ctx, a, other); return err }(),
		"annotated": func() error { _, err := s.Annotated(ctx, a, other, &bytes.Buffer{}); return err }(),
		"withdraw":  func() error { return s.Withdraw(ctx, a, other) }(),
		"space":     func() error { _, _, err := s.Space(ctx, a, b.Department); return err }(),
		"versions":  func() error { _, err := s.DepartmentVersions(ctx, a, b.Department); return err }(),
		"upload":    func() error { _, err := s.Upload(ctx, a, b.Department, "x", nil); return err }(),
		"missing":   func() error { _, err := s.Version(ctx, a, 9999); return err }(),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s of another department: %v, want ErrNotFound", name, err)
		}
	}
	for name, err := range map[string]error{
		"overview": func() error { _, err := s.Overview(ctx, a); return err }(),
		"build":    func() error { _, err := s.Build(ctx, a, nil); return err }(),
		"builds":   func() error { _, err := s.Builds(ctx, a); return err }(),
		"log":      func() error { _, err := s.Log(ctx, a, 10); return err }(),
		"revoke":   func() error { _, err := s.Revoke(ctx, a, "Financiën"); return err }(),
		"depts":    func() error { _, err := s.Departments(ctx, a); return err }(),
	} {
		if !errors.Is(err, ErrForbidden) {
			t.Errorf("%s by a department: %v, want ErrForbidden", name, err)
		}
	}
	if _, err := s.Versions(ctx, Access{}); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("no access: %v", err)
	}
	// F&C may upload for a department.
	st, _ := s.Stage("extra.xlsx", bytes.NewReader(spoil(t, "financien.xlsx", "Financien", "A2", "Onbekend domein")))
	up, err := s.Upload(ctx, Terminal, b.Department, "Ans (F&C)", []*Staged{st})
	if err != nil || len(up.Versions) != 1 || up.Versions[0].DepartmentName != "Financiën" {
		t.Fatalf("F&C uploading for a department: %+v, %v", up, err)
	}
}

// TestCrashBetweenBytesAndRows stops an upload after its bytes are on disk
// and before its rows are committed, as a crash would: no version appears,
// a restart keeps everything before it, and Sweep removes the stray bytes.
func TestCrashBetweenBytesAndRows(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	ctx := context.Background()
	deps := loadSample(t, s)
	before, _ := s.Versions(ctx, Terminal)
	crash := errors.New("crash")
	for _, point := range []string{"bestanden", "rijen"} {
		s.Hook = func(p string) error {
			if p == point {
				return crash
			}
			return nil
		}
		_, err := upload(t, s, deps["jeugd.xlsx"], "nieuw.xlsx", spoil(t, "jeugd.xlsx", "Resultaten", "D2", "Nieuwe tekst "+point))
		if !errors.Is(err, crash) {
			t.Fatalf("stopped at %s: %v", point, err)
		}
	}
	s.Close()

	s = open(t, dir)
	after, err := s.Versions(ctx, Terminal)
	if err != nil || len(after) != len(before) {
		t.Fatalf("after the crash and a restart: %d versions, want %d (%v)", len(after), len(before), err)
	}
	removed, err := s.Sweep(ctx)
	if err != nil || len(removed) != 2 {
		t.Fatalf("sweep removed %v, %v; want the bytes of the two stopped uploads", removed, err)
	}
	for _, v := range after {
		f, _, err := s.Open(ctx, Terminal, v.ID)
		if err != nil {
			t.Fatalf("%s: %v", v.Name(), err)
		}
		f.Close()
	}
	o, err := s.Overview(ctx, Terminal)
	if err != nil || !o.Ready() {
		t.Fatalf("after the restart the set is no longer ready: %v", err)
	}
}

// TestDepartmentsFileGetsTheFinding: F&C's files are read first, so a
// department that uploads a second Rapport sheet finds the error in its own
// file, and F&C's stays accepted.
func TestDepartmentsFileGetsTheFinding(t *testing.T) {
	s := open(t, t.TempDir())
	ctx := context.Background()
	deps := loadSample(t, s)
	// "Bestuurszaken" sorts before "F&C": by name alone it would be read first.
	up, err := upload(t, s, deps["coalitieakkoord.xlsx"], "volledig.xlsx", read(t, filepath.Join(sampleDir, "rapport.xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, f := range up.Findings {
		rules = append(rules, f.Rule)
	}
	if !strings.Contains(strings.Join(rules, " "), report.RuleReportSheet) {
		t.Errorf("the department's upload has no %s finding: %v", report.RuleReportSheet, up.Findings)
	}
	o, err := s.Overview(ctx, Terminal)
	if err != nil {
		t.Fatal(err)
	}
	if !o.Admin.Accepted() {
		t.Errorf("F&C's file got the department's error: %v", o.Admin.Files[0].Findings)
	}
}

func TestSessionExpires(t *testing.T) {
	s := open(t, t.TempDir())
	ctx := context.Background()
	l, err := s.NewLink(ctx, Terminal, "Jeugd")
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := s.StartSession(ctx, l.Secret)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	s.now = func() time.Time { return start.Add(SessionLength - time.Minute) }
	if _, err := s.Session(ctx, token); err != nil {
		t.Errorf("a session within its %v: %v", SessionLength, err)
	}
	s.now = func() time.Time { return start.Add(SessionLength + time.Minute) }
	if _, err := s.Session(ctx, token); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("a session past its %v: %v", SessionLength, err)
	}
	// The link itself still opens a new one.
	if _, _, err := s.StartSession(ctx, l.Secret); err != nil {
		t.Errorf("the link after its session expired: %v", err)
	}
}

// TestDepartmentTemplate: the blank workbook offers F&C's domains.
func TestDepartmentTemplate(t *testing.T) {
	s := open(t, t.TempDir())
	ctx := context.Background()
	a := department(t, s, "Jeugd")
	var blank bytes.Buffer
	if err := s.DepartmentTemplate(ctx, a, &blank); err != nil {
		t.Fatal(err)
	}
	// F&C's own list: the sample's with one domain renamed.
	own := spoil(t, "rapport.xlsx", "Domeinen", "B2", "Wijkwelzijn")
	if _, err := upload(t, s, department(t, s, AdminName), "rapport.xlsx", own); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.DepartmentTemplate(ctx, a, &buf); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(buf.Bytes(), blank.Bytes()) {
		t.Fatal("the template is the same with and without F&C's domains")
	}
	ownPath := filepath.Join(t.TempDir(), "rapport.xlsx")
	os.WriteFile(ownPath, own, 0o644)
	r, _ := sources.Read([]string{ownPath}, sources.Options{})
	if len(r.DistinctDomains()) == 0 || r.DistinctDomains()[0].Name != "Wijkwelzijn" {
		t.Fatalf("domains %v", r.DistinctDomains())
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, row := range rows {
			all.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	for _, d := range r.DistinctDomains() {
		if !strings.Contains(all.String(), d.Name) {
			t.Errorf("the template lacks F&C's domain %q", d.Name)
		}
	}
	for _, sheet := range f.GetSheetList() {
		if sheet == report.SheetReport || sheet == report.SheetDomains {
			t.Errorf("a department's template has the sheet %s", sheet)
		}
	}
	if err := s.DepartmentTemplate(ctx, Access{}, &buf); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("template for nobody: %v", err)
	}
}
