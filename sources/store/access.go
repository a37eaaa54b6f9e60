package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// AdminName is what the command line calls F&C's own space ("jaarverslag
// toegang intrekken beheer"); no department may be called so.
const AdminName = "beheer"

// SessionLength is how long a session lasts; the link itself stays valid
// until it is revoked, so opening it again starts a new one.
const SessionLength = 12 * time.Hour

// Department is a named group of uploaders, or F&C's own space (Admin).
type Department struct {
	ID      int64
	Name    string
	Admin   bool
	Created time.Time
	Links   int // links not revoked
}

const departmentColumns = `d.id, d.name, d.admin, d.created, (SELECT count(*) FROM links l WHERE l.department_id = d.id AND l.revoked IS NULL)`

func scanDepartment(row interface{ Scan(...any) error }) (Department, error) {
	var d Department
	var created string
	err := row.Scan(&d.ID, &d.Name, &d.Admin, &created, &d.Links)
	d.Created = parseTime(created)
	return d, err
}

// Departments lists every department, F&C's space first, then by name. F&C only.
func (s *Store) Departments(ctx context.Context, a Access) ([]Department, error) {
	if err := admin(a); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+departmentColumns+` FROM departments d ORDER BY d.admin DESC, d.name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Department
	for rows.Next() {
		d, err := scanDepartment(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Department returns one department: a department sees only its own.
func (s *Store) Department(ctx context.Context, a Access, id int64) (Department, error) {
	if !a.Known() {
		return Department{}, ErrUnauthorized
	}
	if !a.sees(id) {
		return Department{}, ErrNotFound
	}
	d, err := scanDepartment(s.db.QueryRowContext(ctx, `SELECT `+departmentColumns+` FROM departments d WHERE d.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Department{}, ErrNotFound
	}
	return d, err
}

// departmentNamed finds a department by name ("beheer" is F&C's space).
func departmentNamed(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, name string) (Department, error) {
	query := `SELECT ` + departmentColumns + ` FROM departments d WHERE d.name = ?`
	args := []any{name}
	if strings.EqualFold(strings.TrimSpace(name), AdminName) {
		query, args = `SELECT `+departmentColumns+` FROM departments d WHERE d.admin = 1`, nil
	}
	d, err := scanDepartment(q.QueryRowContext(ctx, query, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return Department{}, ErrNotFound
	}
	return d, err
}

// CleanName turns what F&C typed into a department name, or says why it
// cannot be one.
func CleanName(name string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	switch {
	case name == "":
		return "", invalidf("geef de naam van de afdeling")
	case !utf8.ValidString(name) || strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "", invalidf("de naam van de afdeling bevat ongeldige tekens")
	case utf8.RuneCountInString(name) > 60:
		return "", invalidf("de naam van de afdeling is langer dan 60 tekens")
	case strings.Contains(name, "›"):
		return "", invalidf("de naam van de afdeling mag geen › bevatten")
	case strings.EqualFold(name, AdminName):
		return "", invalidf("%q is de naam van de beheerruimte van F&C; kies een andere naam", name)
	}
	return name, nil
}

// Link is a new link: its secret is shown once and never stored.
type Link struct {
	Department Department
	Secret     string
}

// NewLink makes a new link for the department named name, creating the
// department when it does not exist yet; "beheer" makes one for F&C. F&C only.
func (s *Store) NewLink(ctx context.Context, a Access, name string) (Link, error) {
	if err := admin(a); err != nil {
		return Link{}, err
	}
	if !strings.EqualFold(strings.TrimSpace(name), AdminName) {
		var err error
		if name, err = CleanName(name); err != nil {
			return Link{}, err
		}
	}
	secret := newSecret()
	var l Link
	err := s.tx(ctx, func(tx *sql.Tx) error {
		d, err := s.ensure(ctx, tx, a, name)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO links (department_id, secret_sha256, created) VALUES (?, ?, ?)`, d.ID, digest(secret), s.stamp()); err != nil {
			return err
		}
		d.Links++
		l = Link{Department: d, Secret: secret}
		return s.audit(ctx, tx, a.Name, "link gemaakt", d.Name)
	})
	return l, err
}

// EnsureDepartment returns the department named name, creating it when it
// does not exist yet; "beheer" is F&C's space. F&C only.
func (s *Store) EnsureDepartment(ctx context.Context, a Access, name string) (Department, error) {
	if err := admin(a); err != nil {
		return Department{}, err
	}
	if !strings.EqualFold(strings.TrimSpace(name), AdminName) {
		var err error
		if name, err = CleanName(name); err != nil {
			return Department{}, err
		}
	}
	var d Department
	err := s.tx(ctx, func(tx *sql.Tx) (err error) {
		d, err = s.ensure(ctx, tx, a, name)
		return err
	})
	return d, err
}

// ensure finds or makes a department within a transaction; name is clean.
// Only "beheer" names F&C's space, so that no department link is made with
// F&C's rights by typing F&C's name.
func (s *Store) ensure(ctx context.Context, tx *sql.Tx, a Access, name string) (Department, error) {
	d, err := departmentNamed(ctx, tx, name)
	if err == nil && d.Admin && !strings.EqualFold(strings.TrimSpace(name), AdminName) {
		return Department{}, invalidf("%q is de ruimte van F&C; een link voor F&C maakt u met %q", name, AdminName)
	}
	if !errors.Is(err, ErrNotFound) {
		return d, err
	}
	if _, err = tx.ExecContext(ctx, `INSERT INTO departments (name, created) VALUES (?, ?)`, name, s.stamp()); err != nil {
		return d, err
	}
	if err := s.audit(ctx, tx, a.Name, "afdeling aangemaakt", name); err != nil {
		return d, err
	}
	return departmentNamed(ctx, tx, name)
}

// Revoke revokes every link of the department named name ("beheer": F&C's)
// and ends their sessions. It returns how many links it revoked. F&C only.
func (s *Store) Revoke(ctx context.Context, a Access, name string) (int, error) {
	if err := admin(a); err != nil {
		return 0, err
	}
	var n int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		d, err := departmentNamed(ctx, tx, name)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE link_id IN (SELECT id FROM links WHERE department_id = ?)`, d.ID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE links SET revoked = ? WHERE department_id = ? AND revoked IS NULL`, s.stamp(), d.ID)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		return s.audit(ctx, tx, a.Name, "links ingetrokken", fmt.Sprintf("%s: %d", d.Name, n))
	})
	return int(n), err
}

// Authenticate returns the access a link's secret gives.
func (s *Store) Authenticate(ctx context.Context, secret string) (Access, error) {
	if secret == "" {
		return Access{}, ErrUnauthorized
	}
	return s.accessBy(ctx, `SELECT l.id, d.id, d.name, d.admin FROM links l JOIN departments d ON d.id = l.department_id
		WHERE l.secret_sha256 = ? AND l.revoked IS NULL`, digest(secret))
}

// StartSession opens a session for a link's secret and returns its token,
// for a cookie: the secret itself then leaves the address bar.
func (s *Store) StartSession(ctx context.Context, secret string) (string, Access, error) {
	a, err := s.Authenticate(ctx, secret)
	if err != nil {
		return "", Access{}, err
	}
	token := newSecret()
	now := s.now().UTC()
	err = s.tx(ctx, func(tx *sql.Tx) error {
		// Expired sessions go when a new one starts, so the table stays small.
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE expires < ?`, now.Format(timestamp)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sessions (token_sha256, link_id, created, expires) VALUES (?, ?, ?, ?)`,
			digest(token), a.link, now.Format(timestamp), now.Add(SessionLength).Format(timestamp))
		if err != nil {
			return err
		}
		return s.audit(ctx, tx, a.Name, "aangemeld", fmt.Sprintf("link %d", a.link))
	})
	return token, a, err
}

// Session returns the access of a session token; a revoked link or an
// expired session gives ErrUnauthorized.
func (s *Store) Session(ctx context.Context, token string) (Access, error) {
	if token == "" {
		return Access{}, ErrUnauthorized
	}
	return s.accessBy(ctx, `SELECT l.id, d.id, d.name, d.admin FROM sessions x
		JOIN links l ON l.id = x.link_id JOIN departments d ON d.id = l.department_id
		WHERE x.token_sha256 = ? AND x.expires > ? AND l.revoked IS NULL`, digest(token), s.stamp())
}

// EndSession ends a session (signing out).
func (s *Store) EndSession(ctx context.Context, token string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE token_sha256 = ?`, digest(token))
		return err
	})
}

func (s *Store) accessBy(ctx context.Context, query string, args ...any) (Access, error) {
	var a Access
	err := s.db.QueryRowContext(ctx, query, args...).Scan(&a.link, &a.Department, &a.Name, &a.Admin)
	if errors.Is(err, sql.ErrNoRows) {
		return Access{}, ErrUnauthorized
	}
	return a, err
}

// newSecret is 256 random bits, URL-safe.
func newSecret() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// digest is what is stored of a secret or token.
func digest(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}
