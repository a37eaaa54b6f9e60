package portal

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"time"

	"jaarverslag/sources/store"
)

// home is F&C's overview, or a department's own space.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	a := access(r)
	if !a.Admin {
		s.space(w, r, a.Department)
		return
	}
	o, err := s.store.Overview(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	builds, err := s.store.Builds(r.Context(), a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "overview.html", struct {
		base
		Overview store.Overview
		Builds   []store.Build
	}{base{"Overzicht", a}, o, builds})
}

func (s *Server) spacePage(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.space(w, r, n)
}

// space shows one department's files: their state now, every version, and
// the form to upload.
func (s *Server) space(w http.ResponseWriter, r *http.Request, department int64) {
	a := access(r)
	sp, hasReport, err := s.store.Space(r.Context(), a, department)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	vs, err := s.store.DepartmentVersions(r.Context(), a, department)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "space.html", struct {
		base
		Space     store.Space
		HasReport bool
		Versions  []store.Version
	}{base{sp.Name, a}, sp, hasReport, vs})
}

// enter opens a session from a link's secret and sends the browser on to
// an address without the secret.
func (s *Server) enter(w http.ResponseWriter, r *http.Request) {
	// Only a link followed in the browser starts a session, not an image
	// or a script of another site.
	if dest := r.Header.Get("Sec-Fetch-Dest"); dest != "" && dest != "document" {
		s.fail(w, r, store.ErrForbidden)
		return
	}
	token, _, err := s.store.StartSession(r.Context(), r.PathValue("secret"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     s.cookieName(),
		Value:    token,
		Path:     "/",
		MaxAge:   int(store.SessionLength.Seconds()),
		HttpOnly: true,
		Secure:   s.cfg.Secure || r.TLS != nil,
		SameSite: http.SameSiteStrictMode,
	})
	http.Redirect(w, r, "/welkom", http.StatusSeeOther)
}

// welcome sends a signed-in browser home. A browser that followed the link
// from another site (a webmail) does not send a SameSite=Strict cookie on
// the redirect; a click on this page, from this site, does.
func (s *Server) welcome(w http.ResponseWriter, r *http.Request) {
	a := access(r)
	if a.Known() {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "welcome.html", struct{ base }{base{"Welkom", a}})
}

func (s *Server) signOut(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(s.cookieName()); err == nil {
		if err := s.store.EndSession(r.Context(), c.Value); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.cfg.Secure || r.TLS != nil, SameSite: http.SameSiteStrictMode})
	s.render(w, r, http.StatusOK, "signedout.html", struct{ base }{base{"Afgemeld", store.Access{}}})
}

// template sends the blank workbook for a department.
func (s *Server) template(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := s.store.DepartmentTemplate(r.Context(), access(r), &buf); err != nil {
		s.fail(w, r, err)
		return
	}
	serveFile(w, r, "invoer-afdeling.xlsx", xlsxType, time.Time{}, bytes.NewReader(buf.Bytes()))
}

// uploadPage receives the upload form and shows the result: the version
// with its findings, or the space when several files came.
func (s *Server) uploadPage(w http.ResponseWriter, r *http.Request) {
	up, err := s.receive(w, r, "")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(up.Versions) == 1 {
		http.Redirect(w, r, fmt.Sprintf("/versies/%d?ontvangen=1", up.Versions[0].ID), http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/afdelingen/%d", up.Versions[0].Department), http.StatusSeeOther)
}

// versionPage shows one version and the findings it had on arrival.
func (s *Server) versionPage(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a := access(r)
	v, err := s.store.Version(r.Context(), a, n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fs, err := s.store.Findings(r.Context(), a, n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sp, _, err := s.store.Space(r.Context(), a, v.Department)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	current := false
	for _, f := range sp.Files {
		current = current || f.ID == v.ID
	}
	s.render(w, r, http.StatusOK, "version.html", struct {
		base
		Version  store.Version
		Sheets   []sheetFindings
		Current  bool
		Received bool
	}{base{fmt.Sprintf("%s, versie %d", v.File, v.Number), a}, v, sheets(fs), current, r.URL.Query().Get("ontvangen") == "1"})
}

func (s *Server) withdraw(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a := access(r)
	if err := s.store.Withdraw(r.Context(), a, n); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.store.Version(r.Context(), a, n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/afdelingen/%d", v.Department), http.StatusSeeOther)
}

// newDepartment makes a department (when new) and a link for it, and shows
// the link once.
func (s *Server) newDepartment(w http.ResponseWriter, r *http.Request) {
	s.link(w, r, r.PostFormValue("naam"))
}

func (s *Server) newLink(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.store.Department(r.Context(), access(r), n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	name := d.Name
	if d.Admin {
		name = store.AdminName
	}
	s.link(w, r, name)
}

func (s *Server) link(w http.ResponseWriter, r *http.Request, name string) {
	a := access(r)
	l, err := s.store.NewLink(r.Context(), a, name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "link.html", struct {
		base
		Link store.Link
		URL  string
	}{base{"Link voor " + l.Department.Name, a}, l, s.baseURL(r) + "/toegang/" + l.Secret})
}

// baseURL is how users reach the portal.
func (s *Server) baseURL(r *http.Request) string {
	if s.cfg.BaseURL != "" {
		return strings.TrimRight(s.cfg.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil || s.cfg.Secure {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (s *Server) revoke(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a := access(r)
	d, err := s.store.Department(r.Context(), a, n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	name := d.Name
	if d.Admin {
		name = store.AdminName
	}
	if _, err := s.store.Revoke(r.Context(), a, name); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/afdelingen/%d", d.ID), http.StatusSeeOther)
}

// buildPage makes the report and shows its downloads, or why not.
func (s *Server) buildPage(w http.ResponseWriter, r *http.Request) {
	b, err := s.store.Build(r.Context(), access(r), s.cfg.Write)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/verslagen/%d", b.ID), http.StatusSeeOther)
}

func (s *Server) buildView(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a := access(r)
	b, err := s.store.BuildByID(r.Context(), a, n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "build.html", struct {
		base
		Build store.Build
	}{base{fmt.Sprintf("Verslag %d", b.ID), a}, b})
}

func (s *Server) logPage(w http.ResponseWriter, r *http.Request) {
	a := access(r)
	events, err := s.store.Log(r.Context(), a, 500)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "log.html", struct {
		base
		Events []store.Event
	}{base{"Logboek", a}, events})
}
