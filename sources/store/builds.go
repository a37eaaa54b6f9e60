package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// Build is one report made from the current files, kept with the hashes
// of its inputs.
type Build struct {
	ID     int64
	Actor  string
	Made   time.Time
	Pages  int
	Files  []string // the outputs, relative to the build's folder, in the writer's order
	Inputs []BuildInput
	Counts map[string]int // findings (warnings) per rule
	dir    string
}

// BuildInput is one version a build read.
type BuildInput struct {
	Version int64
	Name    string
	SHA256  string
}

// Writer renders every edition of a checked report into dir and returns
// the paths it wrote and the PDF's page count: the portal passes
// output.Write, the one way the command builds too.
type Writer func(ctx context.Context, r *report.Report, dir string) (paths []string, pages int, err error)

// Build reads the current version of every file through sources.LoadInputs,
// refuses with the errors when there are any (ErrBlocked; each finding
// names the department by its file), and otherwise has write render the
// editions into a new folder, recorded with the versions it read. F&C only.
func (s *Store) Build(ctx context.Context, a Access, write Writer) (Build, error) {
	if err := admin(a); err != nil {
		return Build{}, err
	}
	cur, err := s.current(ctx)
	if err != nil {
		return Build{}, err
	}
	if len(cur) == 0 {
		return Build{}, invalidf("er zijn nog geen bestanden om een verslag van te maken")
	}
	ins := make([]sources.Input, len(cur))
	for i, v := range cur {
		ins[i] = s.input(v)
	}
	r, fs := sources.LoadInputs(ins, s.opts)
	if fs.Errors(false) > 0 {
		var blocking report.Findings
		for _, f := range fs {
			if f.Severity == report.Error {
				blocking = append(blocking, f)
			}
		}
		err := s.tx(ctx, func(tx *sql.Tx) error {
			return s.audit(ctx, tx, a.Name, "verslag geweigerd", count(len(blocking), "fout", "fouten"))
		})
		if err != nil {
			return Build{}, err
		}
		return Build{}, &FindingsError{Err: ErrBlocked, Findings: blocking}
	}

	// The editions go to a temp folder, which is renamed once they are all
	// there; the row follows. Sweep removes a folder without a row.
	root := filepath.Join(s.dir, buildDir)
	tmp, err := os.MkdirTemp(root, ".bouw-*")
	if err != nil {
		return Build{}, err
	}
	defer os.RemoveAll(tmp)
	paths, pages, err := write(ctx, r, tmp)
	if err != nil {
		return Build{}, err
	}
	b := Build{Actor: a.Name, Pages: pages, Counts: fs.Counts(), dir: randomText(16)}
	for _, p := range paths {
		// Relative to the build's folder, in case an edition is a folder of files.
		rel, err := filepath.Rel(tmp, p)
		if err != nil || !filepath.IsLocal(rel) {
			return Build{}, fmt.Errorf("uitvoer %s staat buiten de map van de build", p)
		}
		b.Files = append(b.Files, filepath.ToSlash(rel))
	}
	for _, v := range cur {
		b.Inputs = append(b.Inputs, BuildInput{Version: v.ID, Name: v.Name(), SHA256: v.SHA256})
	}
	if err := os.Rename(tmp, filepath.Join(root, b.dir)); err != nil {
		return Build{}, err
	}
	if err := syncDir(root); err != nil {
		return Build{}, err
	}
	if err := s.hook("bestanden"); err != nil {
		return Build{}, err
	}
	counts, _ := json.Marshal(b.Counts)
	err = s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO builds (dir, actor, made, pages, counts) VALUES (?, ?, ?, ?, ?)`, b.dir, b.Actor, s.stamp(), pages, string(counts))
		if err != nil {
			return err
		}
		if b.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		for i, name := range b.Files {
			if _, err := tx.ExecContext(ctx, `INSERT INTO build_files (build_id, seq, name) VALUES (?, ?, ?)`, b.ID, i, name); err != nil {
				return err
			}
		}
		for i, in := range b.Inputs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO build_inputs (build_id, seq, version_id, name, sha256) VALUES (?, ?, ?, ?, ?)`, b.ID, i, in.Version, in.Name, in.SHA256); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a.Name, "verslag gemaakt", fmt.Sprintf("verslag %d: %d bestanden gelezen, %d pagina's", b.ID, len(b.Inputs), pages))
	})
	if err != nil {
		return Build{}, err
	}
	return s.BuildByID(ctx, a, b.ID)
}

// Builds lists every build, newest first. F&C only.
func (s *Store) Builds(ctx context.Context, a Access) ([]Build, error) {
	if err := admin(a); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM builds ORDER BY id DESC`)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]Build, 0, len(ids))
	for _, id := range ids {
		b, err := s.BuildByID(ctx, a, id)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// BuildByID returns one build. F&C only.
func (s *Store) BuildByID(ctx context.Context, a Access, id int64) (Build, error) {
	if err := admin(a); err != nil {
		return Build{}, err
	}
	b := Build{ID: id}
	var made, counts string
	err := s.db.QueryRowContext(ctx, `SELECT dir, actor, made, pages, counts FROM builds WHERE id = ?`, id).Scan(&b.dir, &b.Actor, &made, &b.Pages, &counts)
	if errors.Is(err, sql.ErrNoRows) {
		return Build{}, ErrNotFound
	}
	if err != nil {
		return Build{}, err
	}
	b.Made = parseTime(made)
	if err := json.Unmarshal([]byte(counts), &b.Counts); err != nil {
		return Build{}, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM build_files WHERE build_id = ? ORDER BY seq`, id)
	if err != nil {
		return Build{}, err
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return Build{}, err
		}
		b.Files = append(b.Files, n)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT version_id, name, sha256 FROM build_inputs WHERE build_id = ? ORDER BY seq`, id)
	if err != nil {
		return Build{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var in BuildInput
		if err := rows.Scan(&in.Version, &in.Name, &in.SHA256); err != nil {
			return Build{}, err
		}
		b.Inputs = append(b.Inputs, in)
	}
	return b, rows.Err()
}

// BuildFile returns the path of one output of a build, by its name as
// listed in Files (never a path from the caller). F&C only.
func (s *Store) BuildFile(ctx context.Context, a Access, id int64, name string) (string, error) {
	b, err := s.BuildByID(ctx, a, id)
	if err != nil {
		return "", err
	}
	for _, f := range b.Files {
		if f == name {
			return filepath.Join(s.dir, buildDir, b.dir, filepath.FromSlash(f)), nil
		}
	}
	return "", ErrNotFound
}
