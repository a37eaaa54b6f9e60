package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// Version is one uploaded workbook. Versions are never changed or deleted;
// the current version of a file is the newest of its name in its
// department, unless it was withdrawn.
type Version struct {
	ID             int64
	Department     int64
	DepartmentName string
	Admin          bool   // the version is in F&C's space
	File           string // the name it was uploaded with, never used as a path
	Number         int    // 1, 2, … per file name in the department
	SHA256         string
	Size           int64
	Uploader       string // the name the uploader typed
	Received       time.Time
	Errors         int // findings on arrival
	Warnings       int
	Withdrawn      *Withdrawal
}

// Withdrawal records that a file was withdrawn.
type Withdrawal struct {
	Actor string
	At    time.Time
}

// Name is how findings and the report name the version: its department
// and file, "Jeugd › jeugd.xlsx", so a finding says whose file it is in.
func (v Version) Name() string { return v.DepartmentName + " › " + v.File }

// Accepted reports whether the version had no errors on arrival.
func (v Version) Accepted() bool { return v.Errors == 0 }

const versionColumns = `v.id, v.department_id, d.name, d.admin, v.file, v.number, v.sha256, v.size, v.uploader, v.received, v.errors, v.warnings, w.actor, w.at`

const versionFrom = ` FROM versions v JOIN departments d ON d.id = v.department_id LEFT JOIN withdrawals w ON w.version_id = v.id`

// currentWhere keeps the newest version of each file that is not withdrawn.
const currentWhere = ` WHERE w.version_id IS NULL AND v.number = (SELECT max(number) FROM versions x WHERE x.department_id = v.department_id AND x.file = v.file)`

func scanVersion(row interface{ Scan(...any) error }) (Version, error) {
	var v Version
	var received string
	var wActor, wAt sql.NullString
	err := row.Scan(&v.ID, &v.Department, &v.DepartmentName, &v.Admin, &v.File, &v.Number, &v.SHA256, &v.Size, &v.Uploader, &received, &v.Errors, &v.Warnings, &wActor, &wAt)
	v.Received = parseTime(received)
	if wActor.Valid {
		v.Withdrawn = &Withdrawal{Actor: wActor.String, At: parseTime(wAt.String)}
	}
	return v, err
}

func (s *Store) versions(ctx context.Context, query string, args ...any) ([]Version, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+versionColumns+versionFrom+query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Version
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Versions lists every version a may see (a department: its own; F&C:
// all), newest first.
func (s *Store) Versions(ctx context.Context, a Access) ([]Version, error) {
	if !a.Known() {
		return nil, ErrUnauthorized
	}
	if a.Admin {
		return s.versions(ctx, ` ORDER BY v.id DESC`)
	}
	return s.versions(ctx, ` WHERE v.department_id = ? ORDER BY v.id DESC`, a.Department)
}

// DepartmentVersions lists every version of one department, newest first.
func (s *Store) DepartmentVersions(ctx context.Context, a Access, department int64) ([]Version, error) {
	if !a.Known() {
		return nil, ErrUnauthorized
	}
	if !a.sees(department) {
		return nil, ErrNotFound
	}
	return s.versions(ctx, ` WHERE v.department_id = ? ORDER BY v.id DESC`, department)
}

// Version returns one version; another department's is ErrNotFound, just
// as one that does not exist.
func (s *Store) Version(ctx context.Context, a Access, id int64) (Version, error) {
	if !a.Known() {
		return Version{}, ErrUnauthorized
	}
	v, err := scanVersion(s.db.QueryRowContext(ctx, `SELECT `+versionColumns+versionFrom+` WHERE v.id = ?`, id))
	switch {
	case errors.Is(err, sql.ErrNoRows), err == nil && !a.sees(v.Department):
		return Version{}, ErrNotFound
	}
	return v, err
}

// current lists the current version of every file of every department,
// in reading order: the set a build reads.
func (s *Store) current(ctx context.Context) ([]Version, error) {
	vs, err := s.versions(ctx, currentWhere)
	sort.SliceStable(vs, func(i, j int) bool { return readsBefore(vs[i], vs[j]) })
	return vs, err
}

// readsBefore orders a set for reading: F&C's files first, then by Name.
// Where a rule reports the second of two (a second Rapport sheet, an ID
// used twice), it is then a department's file that gets the finding, not
// F&C's.
func readsBefore(a, b Version) bool {
	if a.Admin != b.Admin {
		return a.Admin
	}
	return a.Name() < b.Name()
}

// Findings returns the findings a version had on arrival.
func (s *Store) Findings(ctx context.Context, a Access, id int64) (report.Findings, error) {
	if _, err := s.Version(ctx, a, id); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT severity, rule, file, sheet, row, col, value, message FROM findings WHERE version_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out report.Findings
	for rows.Next() {
		var f report.Finding
		var sev string
		if err := rows.Scan(&sev, &f.Rule, &f.Pos.File, &f.Pos.Sheet, &f.Pos.Row, &f.Pos.Col, &f.Value, &f.Message); err != nil {
			return nil, err
		}
		if sev == "warning" {
			f.Severity = report.Warning
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// blob is where a version's bytes are.
func (s *Store) blob(sha string) string { return filepath.Join(s.dir, blobDir, sha) }

// input is a version as sources reads it.
func (s *Store) input(v Version) sources.Input {
	return sources.Input{Path: s.blob(v.SHA256), Name: v.Name()}
}

// Open opens a version's original bytes.
func (s *Store) Open(ctx context.Context, a Access, id int64) (*os.File, Version, error) {
	v, err := s.Version(ctx, a, id)
	if err != nil {
		return nil, v, err
	}
	f, err := os.Open(s.blob(v.SHA256))
	return f, v, err
}

// Annotated writes a copy of a version with the cells of its findings on
// arrival marked red and the messages as comments.
func (s *Store) Annotated(ctx context.Context, a Access, id int64, w io.Writer) (Version, error) {
	fs, err := s.Findings(ctx, a, id)
	if err != nil {
		return Version{}, err
	}
	v, err := s.Version(ctx, a, id)
	if err != nil {
		return v, err
	}
	return v, sources.AnnotateInput(s.input(v), fs, w)
}

// Staged is an uploaded file written to disk and fsynced, not yet a version.
type Staged struct {
	Name   string // as uploaded (cleaned)
	SHA256 string
	Size   int64
	path   string
}

// Discard removes a staged file that did not become a version.
func (st *Staged) Discard() {
	if st != nil && st.path != "" {
		os.Remove(st.path)
	}
}

// Stage writes an uploaded file to a temp file beside the stored bytes,
// hashing it on the way, and fsyncs it. A file over the size limit is
// ErrTooLarge and leaves nothing behind. name is only a label.
func (s *Store) Stage(name string, r io.Reader) (*Staged, error) {
	name, err := CleanFileName(name)
	if err != nil {
		return nil, err
	}
	max := s.opts.MaxFileSize
	if max <= 0 {
		max = sources.DefaultMaxFileSize
	}
	tmp, err := os.CreateTemp(filepath.Join(s.dir, blobDir), ".upload-*")
	if err != nil {
		return nil, err
	}
	st := &Staged{Name: name, path: tmp.Name()}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(r, max+1))
	if err == nil && n > max {
		err = fmt.Errorf("%w: %s is groter dan %d MB", ErrTooLarge, name, max>>20)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		st.Discard()
		return nil, err
	}
	st.SHA256, st.Size = hex.EncodeToString(h.Sum(nil)), n
	return st, nil
}

// CleanFileName keeps the last part of an uploaded file's name (some
// browsers send a whole path) without control characters, or says why it
// cannot be a name.
func CleanFileName(name string) (string, error) {
	name = name[strings.LastIndexAny(name, `/\`)+1:]
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	switch {
	case name == "", name == ".", name == "..":
		return "", invalidf("het bestand heeft geen naam")
	case utf8.RuneCountInString(name) > 120:
		return "", invalidf("de bestandsnaam is langer dan 120 tekens: %.40s…", name)
	}
	return name, nil
}

// Upload is what an upload stored.
type Upload struct {
	Versions []Version
	Findings report.Findings // of the uploaded files, checked with the current files of everyone
}

// FindingsError is an action stopped by findings: an unreadable upload
// (ErrUnreadable) or a build refused for errors (ErrBlocked).
type FindingsError struct {
	Err      error
	Findings report.Findings
}

func (e *FindingsError) Error() string { return e.Err.Error() }
func (e *FindingsError) Unwrap() error { return e.Err }

// Upload stores the staged files as new versions of department's files,
// by uploader (the name they typed). Each is checked together with the
// current files of every department, exactly as a build would read them;
// a file with errors is stored all the same, as not accepted. When a file
// cannot be read at all nothing is stored (ErrUnreadable). A department
// uploads only into its own space, F&C into any. The staged files are
// used up either way.
func (s *Store) Upload(ctx context.Context, a Access, department int64, uploader string, files []*Staged) (Upload, error) {
	defer func() {
		for _, st := range files {
			st.Discard()
		}
	}()
	d, err := s.Department(ctx, a, department)
	if err != nil {
		return Upload{}, err
	}
	uploader = strings.Join(strings.Fields(uploader), " ")
	switch {
	case uploader == "":
		return Upload{}, invalidf("vul uw naam in, zodat F&C ziet wie het bestand heeft geüpload")
	case utf8.RuneCountInString(uploader) > 100:
		return Upload{}, invalidf("uw naam is langer dan 100 tekens")
	case len(files) == 0:
		return Upload{}, invalidf("kies een bestand om te uploaden")
	}
	news := map[string]string{} // folded file name → display name
	for _, st := range files {
		k := strings.ToLower(st.Name)
		if _, twice := news[k]; twice {
			return Upload{}, invalidf("het bestand %s zit twee keer in deze upload", st.Name)
		}
		news[k] = Version{DepartmentName: d.Name, File: st.Name}.Name()
	}

	// Check the new files with everyone's current files, the new ones
	// taking the place of their earlier versions.
	cur, err := s.current(ctx)
	if err != nil {
		return Upload{}, err
	}
	type member struct {
		v    Version
		path string
	}
	var set []member
	for _, v := range cur {
		if _, replaced := news[strings.ToLower(v.File)]; !(replaced && v.Department == d.ID) {
			set = append(set, member{v, s.blob(v.SHA256)})
		}
	}
	for _, st := range files {
		set = append(set, member{Version{DepartmentName: d.Name, Admin: d.Admin, File: st.Name}, st.path})
	}
	sort.SliceStable(set, func(i, j int) bool { return readsBefore(set[i].v, set[j].v) })
	ins := make([]sources.Input, len(set))
	for i, m := range set {
		ins[i] = sources.Input{Path: m.path, Name: m.v.Name()}
	}
	_, all := sources.LoadInputs(ins, s.opts)
	own := map[string]report.Findings{}
	var found report.Findings
	for _, f := range all {
		for _, name := range news {
			if f.Pos.File == name {
				own[name] = append(own[name], f)
				found = append(found, f)
			}
		}
	}
	if found.Unreadable() {
		var fs report.Findings
		for _, f := range found {
			if f.Rule == report.RuleUnreadable {
				fs = append(fs, f)
			}
		}
		return Upload{Findings: fs}, &FindingsError{Err: ErrUnreadable, Findings: fs}
	}

	// The bytes first, durably; then the rows. A crash in between leaves
	// bytes no version refers to (Sweep removes them), never a version
	// without its bytes.
	for _, st := range files {
		if err := s.keep(st); err != nil {
			return Upload{}, err
		}
	}
	if err := syncDir(filepath.Join(s.dir, blobDir)); err != nil {
		return Upload{}, err
	}
	if err := s.hook("bestanden"); err != nil {
		return Upload{}, err
	}
	var ids []int64
	actor := d.Name + " (" + uploader + ")"
	if a.Admin && a.Department != d.ID {
		actor = a.Name + " voor " + actor
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		for _, st := range files {
			fs := own[news[strings.ToLower(st.Name)]]
			id, err := s.insertVersion(ctx, tx, d.ID, st, uploader, fs)
			if err != nil {
				return err
			}
			ids = append(ids, id)
			detail := fmt.Sprintf("%s (%s): %s, %s", news[strings.ToLower(st.Name)], st.SHA256[:12],
				count(fs.Errors(false), "fout", "fouten"), count(len(fs)-fs.Errors(false), "waarschuwing", "waarschuwingen"))
			if err := s.audit(ctx, tx, actor, "upload", detail); err != nil {
				return err
			}
		}
		return s.hook("rijen")
	})
	if err != nil {
		return Upload{}, err
	}
	up := Upload{Findings: found}
	for _, id := range ids {
		v, err := s.Version(ctx, a, id)
		if err != nil {
			return up, err
		}
		up.Versions = append(up.Versions, v)
	}
	return up, nil
}

// keep moves a staged file to bestanden/<sha256>; bytes already there are
// kept once.
func (s *Store) keep(st *Staged) error {
	dst := s.blob(st.SHA256)
	if _, err := os.Stat(dst); err == nil {
		return os.Remove(st.path)
	}
	if err := os.Rename(st.path, dst); err != nil {
		return err
	}
	st.path = ""
	return nil
}

func (s *Store) insertVersion(ctx context.Context, tx *sql.Tx, department int64, st *Staged, uploader string, fs report.Findings) (int64, error) {
	var number int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(number), 0) + 1 FROM versions WHERE department_id = ? AND file = ?`, department, st.Name).Scan(&number); err != nil {
		return 0, err
	}
	errs := fs.Errors(false)
	res, err := tx.ExecContext(ctx, `INSERT INTO versions (department_id, file, number, sha256, size, uploader, received, errors, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		department, st.Name, number, st.SHA256, st.Size, uploader, s.stamp(), errs, len(fs)-errs)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	for i, f := range fs {
		sev := "error"
		if f.Severity == report.Warning {
			sev = "warning"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO findings (version_id, seq, severity, rule, file, sheet, row, col, value, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, sev, f.Rule, f.Pos.File, f.Pos.Sheet, f.Pos.Row, f.Pos.Col, f.Value, f.Message); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// Withdraw withdraws the file of a version, which must be its current
// version: the file no longer counts for the report. Nothing is deleted;
// uploading the file again makes it current again.
func (s *Store) Withdraw(ctx context.Context, a Access, id int64) error {
	v, err := s.Version(ctx, a, id)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var current bool
		err := tx.QueryRowContext(ctx, `SELECT count(*) = 0 FROM versions v LEFT JOIN withdrawals w ON w.version_id = v.id
			WHERE v.department_id = ? AND v.file = ? AND (v.number > ? OR w.version_id = ?)`, v.Department, v.File, v.Number, v.ID).Scan(&current)
		if err != nil {
			return err
		}
		if !current {
			return invalidf("versie %d van %s is niet de huidige versie; alleen de huidige versie kan worden ingetrokken", v.Number, v.Name())
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO withdrawals (version_id, actor, at) VALUES (?, ?, ?)`, v.ID, a.Name, s.stamp()); err != nil {
			return err
		}
		return s.audit(ctx, tx, a.Name, "ingetrokken", fmt.Sprintf("%s versie %d", v.Name(), v.Number))
	})
}

// count writes "1 fout", "2 fouten".
func count(n int, one, more string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, more)
}
