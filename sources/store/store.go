// Package store keeps what the upload portal receives: departments and
// their links, every uploaded version of a workbook, withdrawals, builds
// and an audit log, in SQLite (modernc.org/sqlite, pure Go), with the
// workbook bytes content-addressed on disk under bestanden/<sha256>.
//
// It is the one place that knows SQL, and an input like a folder of
// workbooks: it hands stored versions to sources.LoadInputs, so an upload is
// checked exactly as validate and build check files. Who may do what is
// decided here, from the Access every method takes.
package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"jaarverslag/sources"
)

// Errors a caller maps to an answer (the portal: to a status code).
var (
	ErrUnauthorized = errors.New("geen toegang: open de link die u van F&C heeft gekregen; is die ingetrokken, vraag dan om een nieuwe")
	ErrForbidden    = errors.New("alleen F&C mag dit doen")
	ErrNotFound     = errors.New("niet gevonden")
	ErrTooLarge     = errors.New("het bestand is te groot")
	ErrInvalid      = errors.New("ongeldige invoer")
	ErrUnreadable   = errors.New("het bestand kan niet gelezen worden; er is niets opgeslagen")
	ErrBlocked      = errors.New("het verslag kan niet gemaakt worden: er zijn fouten in de huidige bestanden")
)

// invalid is a mistake in what the caller sent; its text says what to do.
type invalid struct{ msg string }

func (e *invalid) Error() string        { return e.msg }
func (e *invalid) Is(target error) bool { return target == ErrInvalid }

func invalidf(format string, args ...any) error { return &invalid{fmt.Sprintf(format, args...)} }

// Access is who asks: a department, or F&C (Admin). The portal gets it from
// a link or a session; the command line acts as Terminal.
type Access struct {
	Department int64  // the caller's own department (F&C's for F&C)
	Name       string // its name, as the audit log shows it
	Admin      bool
	link       int64
}

// Terminal is the command line on the server: F&C's rights.
var Terminal = Access{Name: "terminal", Admin: true}

// Known reports whether a is someone: F&C or a department.
func (a Access) Known() bool { return a.Admin || a.Department != 0 }

// sees reports whether a may see the department's files.
func (a Access) sees(department int64) bool { return a.Admin || a.Department == department }

// Store is an open data folder. Its methods are safe for concurrent use.
type Store struct {
	db   *sql.DB
	dir  string
	opts sources.Options
	now  func() time.Time

	// write serialises writes inside this process, so concurrent uploads
	// queue here instead of in SQLite's busy handler; BEGIN IMMEDIATE and
	// busy_timeout cover a second process (jaarverslag toegang).
	write sync.Mutex

	// Hook, when set, is called at named points of a write ("bestanden":
	// the bytes are on disk, the rows not yet committed). An error from it
	// stops the write there, as a crash would; tests use it.
	Hook func(point string) error

	state stateMemo
}

const (
	dbName    = "jaarverslag.db"
	blobDir   = "bestanden"
	buildDir  = "verslagen"
	timestamp = time.RFC3339Nano
)

// cacheSize is how many read workbooks the store keeps: more than the
// current files of a municipality's departments.
const cacheSize = 128

//go:embed migrations/*.sql
var migrations embed.FS

// Open opens or creates the data folder dir and brings its schema up to
// date. opts are the reading limits uploads and builds are checked with.
func Open(dir string, opts sources.Options) (*Store, error) {
	for _, d := range []string{dir, filepath.Join(dir, blobDir), filepath.Join(dir, buildDir)} {
		if err := os.MkdirAll(d, 0o750); err != nil {
			return nil, fmt.Errorf("map %s aanmaken: %w", d, err)
		}
	}
	// WAL lets pages read while an upload writes; FULL makes a commit
	// durable before it returns; IMMEDIATE takes the write lock at BEGIN, so
	// two writers never deadlock upgrading a read lock.
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(FULL)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	dsn := "file:" + filepath.ToSlash(filepath.Join(dir, dbName)) + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("database openen: %w", err)
	}
	if opts.Cache == nil {
		// Every upload is checked with every current file: each stored
		// version is parsed once, not once per upload.
		opts.Cache = sources.NewCache(cacheSize)
	}
	s := &Store{db: db, dir: dir, opts: opts, now: time.Now}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Dir is the data folder.
func (s *Store) Dir() string { return s.dir }

// migrate applies the embedded migrations/NNN_name.sql files that the
// database has not had yet, each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	var have int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM migrations`).Scan(&have); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	if have > len(files) {
		return fmt.Errorf("de database in %s heeft schemaversie %d, dit programma kent er %d: gebruik een nieuwere jaarverslag", s.dir, have, len(files))
	}
	for i, f := range files {
		name := filepath.Base(f)
		n, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
		if err != nil || n != i+1 {
			return fmt.Errorf("migratie %s: nummer moet %03d zijn", name, i+1)
		}
		if n <= have {
			continue
		}
		text, err := migrations.ReadFile(f)
		if err != nil {
			return err
		}
		err = s.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, string(text)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO migrations (version, name, applied) VALUES (?, ?, ?)`, n, name, s.stamp())
			return err
		})
		if err != nil {
			return fmt.Errorf("migratie %s: %w", name, err)
		}
	}
	return nil
}

// tx runs f in one write transaction (BEGIN IMMEDIATE), committed when f
// returns nil.
func (s *Store) tx(ctx context.Context, f func(*sql.Tx) error) error {
	s.write.Lock()
	defer s.write.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	return nil
}

// hook runs Hook at a named point.
func (s *Store) hook(point string) error {
	if s.Hook == nil {
		return nil
	}
	return s.Hook(point)
}

func (s *Store) stamp() string { return s.now().UTC().Format(timestamp) }

func parseTime(v string) time.Time {
	t, _ := time.Parse(timestamp, v)
	return t
}

// audit records who did what.
func (s *Store) audit(ctx context.Context, tx *sql.Tx, actor, action, detail string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)`, s.stamp(), actor, action, detail)
	return err
}

// Event is one line of the audit log.
type Event struct {
	At     time.Time
	Actor  string
	Action string
	Detail string
}

// Log returns the newest limit events of the audit log, newest first. F&C only.
func (s *Store) Log(ctx context.Context, a Access, limit int) ([]Event, error) {
	if err := admin(a); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var at string
		if err := rows.Scan(&at, &e.Actor, &e.Action, &e.Detail); err != nil {
			return nil, err
		}
		e.At = parseTime(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Setting returns a stored setting, "" when unset.
func (s *Store) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetSetting stores a setting.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
}

// admin lets only F&C through.
func admin(a Access) error {
	switch {
	case !a.Known():
		return ErrUnauthorized
	case !a.Admin:
		return ErrForbidden
	}
	return nil
}

// randomText is n random bytes as hex.
func randomText(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Sweep removes what an interrupted upload or build left on disk: staged
// files, bytes no version refers to and build folders no build refers to.
// Call it at start-up, before any upload can be under way.
func (s *Store) Sweep(ctx context.Context) ([]string, error) {
	keep := map[string]bool{}
	if err := s.collect(ctx, `SELECT DISTINCT sha256 FROM versions`, keep); err != nil {
		return nil, err
	}
	if err := s.collect(ctx, `SELECT dir FROM builds`, keep); err != nil {
		return nil, err
	}
	var removed []string
	for _, d := range []string{blobDir, buildDir} {
		entries, err := os.ReadDir(filepath.Join(s.dir, d))
		if err != nil {
			return removed, err
		}
		for _, e := range entries {
			if keep[e.Name()] {
				continue
			}
			p := filepath.Join(s.dir, d, e.Name())
			if err := os.RemoveAll(p); err != nil {
				return removed, err
			}
			removed = append(removed, p)
		}
	}
	return removed, nil
}

func (s *Store) collect(ctx context.Context, query string, into map[string]bool) error {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return err
		}
		into[v] = true
	}
	return rows.Err()
}
