// Package portal is the upload portal's HTTP side: a second driver beside
// the command line. Handlers decode a request, call the store, and encode
// the answer as a page or as JSON; who may do what, and what is an error in
// a workbook, is decided in sources/store and sources, never here.
package portal

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"jaarverslag/sources/store"
)

// Config is what the portal is wired with.
type Config struct {
	Store *store.Store
	// Write renders every edition of a checked report (output.Write, as
	// the command builds).
	Write store.Writer
	// MaxSize is the largest workbook in bytes; a request may carry a few.
	MaxSize int64
	// Secure marks the session cookie Secure: the portal is reached over
	// TLS, directly or through a reverse proxy.
	Secure bool
	// BaseURL is how users reach the portal ("https://jaarverslag.gemeente.nl"),
	// for the links it hands out; "" takes it from the request.
	BaseURL string
	// Log receives server errors (500s); nil logs nowhere.
	Log *log.Logger
}

// Server serves the portal's pages and its JSON API.
type Server struct {
	cfg     Config
	store   *store.Store
	mux     *http.ServeMux
	pages   pages
	maxBody int64
}

// maxFiles is the most workbooks one upload may carry.
const maxFiles = 10

//go:embed static
var static embed.FS

// New makes a server.
func New(cfg Config) (*Server, error) {
	if cfg.MaxSize <= 0 {
		return nil, errors.New("portal: MaxSize must be set")
	}
	p, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, store: cfg.Store, mux: http.NewServeMux(), pages: p, maxBody: maxFiles*cfg.MaxSize + 1<<20}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := s.mux
	// Pages.
	m.HandleFunc("GET /{$}", s.home)
	m.HandleFunc("GET /toegang/{secret}", s.enter)
	m.HandleFunc("GET /welkom", s.welcome)
	m.HandleFunc("POST /afmelden", s.signOut)
	m.HandleFunc("GET /sjabloon", s.template)
	m.HandleFunc("POST /uploads", s.uploadPage)
	m.HandleFunc("GET /versies/{id}", s.versionPage)
	m.HandleFunc("GET /versies/{id}/bestand", s.original)
	m.HandleFunc("GET /versies/{id}/gemarkeerd", s.annotated)
	m.HandleFunc("POST /versies/{id}/intrekken", s.withdraw)
	m.HandleFunc("GET /afdelingen/{id}", s.spacePage)
	m.HandleFunc("POST /afdelingen", s.newDepartment)
	m.HandleFunc("POST /afdelingen/{id}/link", s.newLink)
	m.HandleFunc("POST /afdelingen/{id}/intrekken", s.revoke)
	m.HandleFunc("POST /verslagen", s.buildPage)
	m.HandleFunc("GET /verslagen/{id}", s.buildView)
	m.HandleFunc("GET /verslagen/{id}/{name...}", s.buildFile)
	m.HandleFunc("GET /logboek", s.logPage)
	sub, _ := fs.Sub(static, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(sub)))

	// The API: the same actions for scripts and tests.
	m.HandleFunc("POST /api/uploads", s.apiUpload)
	m.HandleFunc("GET /api/uploads", s.apiUploads)
	m.HandleFunc("GET /api/uploads/{id}/bestand", s.original)
	m.HandleFunc("GET /api/uploads/{id}/gemarkeerd", s.annotated)
	m.HandleFunc("POST /api/builds", s.apiBuild)
	m.HandleFunc("GET /api/builds/{id}/{name...}", s.buildFile)

	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { s.fail(w, r, store.ErrNotFound) })
}

// Handler is the portal with its protections: security headers on every
// answer, cross-origin form posts refused, the caller identified.
func (s *Server) Handler() http.Handler {
	cop := http.NewCrossOriginProtection()
	if u, err := url.Parse(s.cfg.BaseURL); err == nil && u.Scheme != "" && u.Host != "" {
		// Behind a proxy the Host header may be an internal name; the
		// public origin is the one browsers send.
		cop.AddTrustedOrigin(u.Scheme + "://" + u.Host)
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, errCrossOrigin)
	}))
	return headers(cop.Handler(s.identify(s.mux)))
}

var errCrossOrigin = errors.New("dit formulier kwam van een andere website en is geweigerd")

// csp allows nothing inline and nothing from elsewhere.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func headers(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			hd.Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

// Cookie names; the __Host- prefix binds the cookie to this host over TLS.
const (
	cookieName       = "jaarverslag_sessie"
	secureCookieName = "__Host-jaarverslag_sessie"
)

func (s *Server) cookieName() string {
	if s.cfg.Secure {
		return secureCookieName
	}
	return cookieName
}

type accessKey struct{}

// identify finds who asks: a link's secret as a bearer token (scripts), or
// a session cookie (browsers). Nobody is the zero Access; the store
// refuses it.
func (s *Server) identify(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var a store.Access
		var err error
		if auth := r.Header.Get("Authorization"); auth != "" {
			secret, ok := strings.CutPrefix(auth, "Bearer ")
			if !ok {
				s.fail(w, r, store.ErrUnauthorized)
				return
			}
			a, err = s.store.Authenticate(r.Context(), strings.TrimSpace(secret))
		} else if c, cerr := r.Cookie(s.cookieName()); cerr == nil {
			a, err = s.store.Session(r.Context(), c.Value)
		}
		if err != nil && !errors.Is(err, store.ErrUnauthorized) {
			s.fail(w, r, err)
			return
		}
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), accessKey{}, a)))
	})
}

func access(r *http.Request) store.Access {
	a, _ := r.Context().Value(accessKey{}).(store.Access)
	return a
}

// id reads a numeric path value; anything else is not found (for who may
// look at all).
func id(r *http.Request, name string) (int64, error) {
	if !access(r).Known() {
		return 0, store.ErrUnauthorized
	}
	n, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || n <= 0 {
		return 0, store.ErrNotFound
	}
	return n, nil
}

// status is the one place an error becomes a status code.
func status(err error) int {
	var tooBig *http.MaxBytesError
	switch {
	case errors.Is(err, store.ErrUnauthorized):
		return http.StatusUnauthorized
	case errors.Is(err, store.ErrForbidden), errors.Is(err, errCrossOrigin):
		return http.StatusForbidden
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, store.ErrTooLarge), errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, store.ErrInvalid), errors.Is(err, errBadRequest), errors.Is(err, errTooMany):
		return http.StatusBadRequest
	case errors.Is(err, store.ErrUnreadable):
		return http.StatusUnprocessableEntity
	case errors.Is(err, store.ErrBlocked):
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

var errBadRequest = errors.New("het verzoek is onvolledig")

// message is what the user reads about an error; a server error's cause
// goes to the log, not to the user.
func (s *Server) message(err error, code int) string {
	var tooBig *http.MaxBytesError
	switch {
	case code == http.StatusInternalServerError:
		if s.cfg.Log != nil {
			s.cfg.Log.Printf("fout: %v", err)
		}
		return "Er ging op de server iets mis; er is niets veranderd. Probeer het opnieuw of meld het bij F&C."
	case errors.As(err, &tooBig):
		return sentence(fmt.Sprintf("%v: samen groter dan %d MB", store.ErrTooLarge, tooBig.Limit>>20))
	}
	return sentence(err.Error())
}

// sentence makes an error's text a sentence: a capital, a full stop.
func sentence(s string) string {
	s = upperFirst(s)
	if s != "" && !strings.ContainsAny(s[len(s)-1:], ".?!") {
		s += "."
	}
	return s
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// fail answers an error: JSON for the API, a page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := status(err)
	msg := s.message(err, code)
	var fe *store.FindingsError
	errors.As(err, &fe)
	if isAPI(r) {
		if code == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="jaarverslag"`)
		}
		body := apiError{Error: msg}
		if fe != nil {
			j := fe.Findings.JSON()
			body.FindingsJSON = &j
		}
		writeJSON(w, code, body)
		return
	}
	s.errorPage(w, r, code, msg, fe)
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// serveFile sends a download under a name of our choosing.
func serveFile(w http.ResponseWriter, r *http.Request, name, contentType string, modified time.Time, content io.ReadSeeker) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Disposition", attachment(name))
	http.ServeContent(w, r, "", modified, content)
}
