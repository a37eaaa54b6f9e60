package portal

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"jaarverslag/sources"
	"jaarverslag/sources/store"
)

// TestAccessMatrix sends every endpoint as each of: nobody, the holder of a
// revoked link, department A, department B and F&C, and checks the status.
// Requests that change something get a fresh target for each caller.
func TestAccessMatrix(t *testing.T) {
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()
	ctx := context.Background()
	// A's department, one of its versions, a build, and a revoked link.
	a, b, fc := p.secrets["Jeugd"], p.secrets["Gezondheid en welzijn"], p.secrets[store.AdminName]
	revoked := p.link("Opgeheven")
	if _, err := p.store.Revoke(ctx, store.Terminal, "Opgeheven"); err != nil {
		t.Fatal(err)
	}
	accessA, _ := p.store.Authenticate(ctx, a)
	va, _ := p.store.Versions(ctx, accessA)
	versionA := va[0].ID
	built, err := p.store.Build(ctx, store.Terminal, write)
	if err != nil {
		t.Fatal(err)
	}
	pdf := built.Files[0]
	blank := blankWorkbook(t)

	// extraA uploads a workbook without rows into A's space, for a
	// withdrawal that touches nothing else.
	n := 0
	extraA := func() string {
		n++
		st, err := p.store.Stage(fmt.Sprintf("extra-%d.xlsx", n), bytes.NewReader(blank))
		if err != nil {
			t.Fatal(err)
		}
		up, err := p.store.Upload(ctx, accessA, accessA.Department, "test", []*store.Staged{st})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(up.Versions[0].ID)
	}
	freshDepartment := func() string {
		n++
		d, err := p.store.EnsureDepartment(ctx, store.Terminal, fmt.Sprintf("Tijdelijk %d", n))
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(d.ID)
	}
	// own is each caller's own workbook, uploaded again as a new version.
	own := map[string][]byte{
		a:  readFile(t, filepath.Join(sampleDir, "jeugd.xlsx")),
		b:  readFile(t, filepath.Join(sampleDir, "gezondheid-en-welzijn.xlsx")),
		fc: readFile(t, filepath.Join(sampleDir, "rapport.xlsx")),
	}
	ownName := map[string]string{a: "jeugd.xlsx", b: "gezondheid-en-welzijn.xlsx", fc: "rapport.xlsx"}

	type request struct {
		method string
		path   func() string
		body   func(secret string) (string, io.Reader)
	}
	fixed := func(s string) func() string { return func() string { return s } }
	form := func(values url.Values) func(string) (string, io.Reader) {
		return func(string) (string, io.Reader) {
			return "application/x-www-form-urlencoded", strings.NewReader(values.Encode())
		}
	}
	upload := func(secret string) (string, io.Reader) {
		name, data := ownName[secret], own[secret]
		if name == "" {
			name, data = "jeugd.xlsx", own[a]
		}
		return multipartBody(t, "", map[string][]byte{name: data}, map[string]string{"naam": "Test"})
	}
	callers := []struct{ name, secret string }{{"nobody", ""}, {"revoked", revoked}, {"A", a}, {"B", b}, {"F&C", fc}}
	tests := []struct {
		request
		want [5]int // nobody, revoked, A, B, F&C
	}{
		{request{"GET", fixed("/"), nil}, [5]int{401, 401, 200, 200, 200}},
		{request{"GET", fixed("/welkom"), nil}, [5]int{200, 200, 303, 303, 303}},
		{request{"GET", fixed("/sjabloon"), nil}, [5]int{401, 401, 200, 200, 200}},
		{request{"POST", fixed("/uploads"), upload}, [5]int{401, 401, 303, 303, 303}},
		{request{"GET", fixed("/versies/" + fmt.Sprint(versionA)), nil}, [5]int{401, 401, 200, 404, 200}},
		{request{"GET", fixed(fmt.Sprintf("/versies/%d/bestand", versionA)), nil}, [5]int{401, 401, 200, 404, 200}},
		{request{"GET", fixed(fmt.Sprintf("/versies/%d/gemarkeerd", versionA)), nil}, [5]int{401, 401, 200, 404, 200}},
		{request{"GET", fixed("/versies/999999"), nil}, [5]int{401, 401, 404, 404, 404}},
		{request{"POST", func() string { return "/versies/" + extraA() + "/intrekken" }, nil}, [5]int{401, 401, 303, 404, 303}},
		{request{"GET", fixed(fmt.Sprintf("/afdelingen/%d", accessA.Department)), nil}, [5]int{401, 401, 200, 404, 200}},
		{request{"POST", fixed("/afdelingen"), form(url.Values{"naam": {"Nieuw"}})}, [5]int{401, 401, 403, 403, 200}},
		{request{"POST", func() string { return "/afdelingen/" + freshDepartment() + "/link" }, nil}, [5]int{401, 401, 404, 404, 200}},
		{request{"POST", fixed(fmt.Sprintf("/afdelingen/%d/link", accessA.Department)), nil}, [5]int{401, 401, 403, 404, 200}},
		{request{"POST", func() string { return "/afdelingen/" + freshDepartment() + "/intrekken" }, nil}, [5]int{401, 401, 404, 404, 303}},
		{request{"POST", fixed("/verslagen"), nil}, [5]int{401, 401, 403, 403, 303}},
		{request{"GET", fixed(fmt.Sprintf("/verslagen/%d", built.ID)), nil}, [5]int{401, 401, 403, 403, 200}},
		{request{"GET", fixed(fmt.Sprintf("/verslagen/%d/%s", built.ID, pdf)), nil}, [5]int{401, 401, 403, 403, 200}},
		{request{"GET", fixed(fmt.Sprintf("/verslagen/%d/..%%2Fjaarverslag.db", built.ID)), nil}, [5]int{401, 401, 403, 403, 404}},
		{request{"GET", fixed("/logboek"), nil}, [5]int{401, 401, 403, 403, 200}},
		{request{"POST", fixed("/afmelden"), nil}, [5]int{200, 200, 200, 200, 200}},
		{request{"GET", fixed("/static/portal.css"), nil}, [5]int{200, 200, 200, 200, 200}},
		{request{"POST", fixed("/api/uploads"), upload}, [5]int{401, 401, 201, 201, 201}},
		{request{"GET", fixed("/api/uploads"), nil}, [5]int{401, 401, 200, 200, 200}},
		{request{"GET", fixed(fmt.Sprintf("/api/uploads/%d/bestand", versionA)), nil}, [5]int{401, 401, 200, 404, 200}},
		{request{"GET", fixed(fmt.Sprintf("/api/uploads/%d/gemarkeerd", versionA)), nil}, [5]int{401, 401, 200, 404, 200}},
		{request{"GET", fixed("/api/uploads/999999/bestand"), nil}, [5]int{401, 401, 404, 404, 404}},
		{request{"GET", fixed("/api/uploads/abc/gemarkeerd"), nil}, [5]int{401, 401, 404, 404, 404}},
		{request{"POST", fixed("/api/builds"), nil}, [5]int{401, 401, 403, 403, 201}},
		{request{"GET", fixed(fmt.Sprintf("/api/builds/%d/%s", built.ID, pdf)), nil}, [5]int{401, 401, 403, 403, 200}},
		{request{"GET", fixed("/api/builds/999999/x.pdf"), nil}, [5]int{401, 401, 403, 403, 404}},
	}
	for _, tt := range tests {
		for i, c := range callers {
			path := tt.path()
			t.Run(tt.method+" "+path+" as "+c.name, func(t *testing.T) {
				var ct string
				var body io.Reader
				if tt.body != nil {
					ct, body = tt.body(c.secret)
				}
				res, got := p.do(tt.method, path, c.secret, ct, body)
				if res.StatusCode != tt.want[i] {
					t.Errorf("%d, want %d\n%.300s", res.StatusCode, tt.want[i], got)
				}
				// Refusals say why, and the API answers in JSON.
				if res.StatusCode >= 400 && strings.HasPrefix(path, "/api/") && !strings.Contains(string(got), `"fout"`) {
					t.Errorf("API refusal without a reason: %s", got)
				}
			})
		}
	}

	// What each caller's list holds: its own versions only.
	for _, c := range callers[2:] {
		_, body := p.do("GET", "/api/uploads", c.secret, "", nil)
		for _, u := range decode[uploadAnswer](t, body).Uploads {
			if c.secret == a && u.Afdeling != "Jeugd" || c.secret == b && u.Afdeling != "Gezondheid en welzijn" {
				t.Errorf("%s sees a version of %s", c.name, u.Afdeling)
			}
		}
	}
}

// blankWorkbook is a department's workbook without rows.
func blankWorkbook(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sources.WriteDepartmentTemplate(&buf, sources.DepartmentSettings{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSessions: a link opens a session in a cookie and moves on to an
// address without the secret; revoking the link ends the session.
func TestSessions(t *testing.T) {
	for _, secure := range []bool{false, true} {
		t.Run(fmt.Sprintf("secure=%v", secure), func(t *testing.T) {
			p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
			if secure {
				s, err := New(Config{Store: p.store, Write: write, MaxSize: sources.DefaultMaxFileSize, Secure: true})
				if err != nil {
					t.Fatal(err)
				}
				p.srv.Config.Handler = s.Handler()
			}
			secret := p.link("Jeugd")
			res, _ := p.do("GET", "/toegang/"+secret, "", "", nil)
			if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/welkom" {
				t.Fatalf("opening the link: %s → %q", res.Status, res.Header.Get("Location"))
			}
			cookies := res.Cookies()
			if len(cookies) != 1 {
				t.Fatalf("cookies %v", cookies)
			}
			c := cookies[0]
			if !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Secure != secure || c.Path != "/" || strings.Contains(c.Value, secret) {
				t.Errorf("cookie %+v", c)
			}
			if secure != strings.HasPrefix(c.Name, "__Host-") {
				t.Errorf("cookie name %s", c.Name)
			}
			get := func(path string) int {
				req, _ := http.NewRequest("GET", p.srv.URL+path, nil)
				req.AddCookie(c)
				res, err := p.client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
				return res.StatusCode
			}
			if got := get("/welkom"); got != http.StatusSeeOther {
				t.Errorf("welkom with a session: %d", got)
			}
			if got := get("/"); got != 200 {
				t.Fatalf("home with a session: %d", got)
			}
			if _, err := p.store.Revoke(context.Background(), store.Terminal, "Jeugd"); err != nil {
				t.Fatal(err)
			}
			if got := get("/"); got != http.StatusUnauthorized {
				t.Errorf("home after revoking the link: %d", got)
			}
			if res, _ := p.do("GET", "/toegang/"+secret, "", "", nil); res.StatusCode != http.StatusUnauthorized || len(res.Cookies()) != 0 {
				t.Errorf("revoked link: %s, cookies %v", res.Status, res.Cookies())
			}
		})
	}

	// Signing out ends the session; a link loaded as an image starts none.
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	secret := p.link("Zorg")
	res, _ := p.do("GET", "/toegang/"+secret, "", "", nil)
	c := res.Cookies()[0]
	req, _ := http.NewRequest("POST", p.srv.URL+"/afmelden", nil)
	req.AddCookie(c)
	if res, err := p.client.Do(req); err != nil || res.StatusCode != 200 {
		t.Fatalf("sign out: %v %v", res, err)
	}
	req, _ = http.NewRequest("GET", p.srv.URL+"/", nil)
	req.AddCookie(c)
	if res, _ := p.client.Do(req); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("after signing out: %s", res.Status)
	}
	req, _ = http.NewRequest("GET", p.srv.URL+"/toegang/"+secret, nil)
	req.Header.Set("Sec-Fetch-Dest", "image")
	if res, _ := p.client.Do(req); res.StatusCode != http.StatusForbidden || len(res.Cookies()) != 0 {
		t.Errorf("link as an image: %s", res.Status)
	}
}

// TestProtections: every answer carries the security headers; a form
// posted from another site is refused and changes nothing.
func TestProtections(t *testing.T) {
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	fc := p.link(store.AdminName)
	for _, path := range []string{"/", "/welkom", "/static/portal.css", "/api/uploads", "/bestaat-niet", "/toegang/fout"} {
		res, _ := p.do("GET", path, fc, "", nil)
		h := res.Header
		if h.Get("Content-Security-Policy") != csp || h.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("%s: headers %v", path, h)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP allows inline script: %s", csp)
	}
	// The session cookie of F&C, then a cross-site form post with it.
	res, _ := p.do("GET", "/toegang/"+fc, "", "", nil)
	c := res.Cookies()[0]
	for _, h := range []map[string]string{
		{"Sec-Fetch-Site": "cross-site"},
		{"Origin": "https://kwaadwillend.example"},
	} {
		req, _ := http.NewRequest("POST", p.srv.URL+"/afdelingen", strings.NewReader("naam=Indringer"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(c)
		for k, v := range h {
			req.Header.Set(k, v)
		}
		res, err := p.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("cross-origin post %v: %s", h, res.Status)
		}
	}
	ds, _ := p.store.Departments(context.Background(), store.Terminal)
	for _, d := range ds {
		if d.Name == "Indringer" {
			t.Error("a cross-site post made a department")
		}
	}
	// Uploaded names are labels only: a path in a name stays a name.
	res, body := p.upload(fc, map[string][]byte{`..\..\jaarverslag.db`: readFile(t, filepath.Join(sampleDir, "rapport.xlsx"))})
	if a := decode[uploadAnswer](t, body); res.StatusCode != 201 || a.Uploads[0].Bestand != "jaarverslag.db" {
		t.Errorf("name with a path: %s %s", res.Status, body)
	}
}

// TestUploadTooLarge: over --max-size is 413 and stores nothing.
func TestUploadTooLarge(t *testing.T) {
	const limit = 20 << 10
	p := start(t, t.TempDir(), limit)
	secret := p.link("Jeugd")
	big := readFile(t, filepath.Join(sampleDir, "jeugd.xlsx"))
	if len(big) <= limit {
		t.Fatalf("jeugd.xlsx is only %d bytes", len(big))
	}
	res, body := p.upload(secret, map[string][]byte{"jeugd.xlsx": big})
	if res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), "te groot") {
		t.Errorf("%s %s", res.Status, body)
	}
	// More files than one upload takes, each within the limit.
	var many = map[string][]byte{}
	for i := range maxFiles + 2 {
		many[fmt.Sprintf("%d.xlsx", i)] = bytes.Repeat([]byte{'x'}, limit)
	}
	if res, body := p.upload(secret, many); res.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "eel bestanden in één upload") {
		t.Errorf("%d files: %s %s", len(many), res.Status, body)
	}
	// A body over the request limit is cut off and refused the same way.
	ct, huge := multipartBody(t, "", map[string][]byte{"jeugd.xlsx": big[:limit]}, map[string]string{"naam": strings.Repeat("x", 2<<20)})
	if res, body := p.do("POST", "/api/uploads", secret, ct, huge); res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("request over the limit: %s %s", res.Status, body)
	}
	if _, body := p.do("GET", "/api/uploads", secret, "", nil); len(decode[uploadAnswer](t, body).Uploads) != 0 {
		t.Error("a file over the limit was stored")
	}
	entries, _ := filepath.Glob(filepath.Join(p.dir, "bestanden", "*"))
	hidden, _ := filepath.Glob(filepath.Join(p.dir, "bestanden", ".*"))
	if len(entries)+len(hidden) != 0 {
		t.Errorf("left behind: %v %v", entries, hidden)
	}
}

// TestBehindProxy: behind a reverse proxy the Host header may be internal;
// a form from the public origin (--url) is accepted, one from elsewhere not.
func TestBehindProxy(t *testing.T) {
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	s, err := New(Config{Store: p.store, Write: write, MaxSize: sources.DefaultMaxFileSize, Secure: true, BaseURL: "https://jaarverslag.gemeente.example"})
	if err != nil {
		t.Fatal(err)
	}
	p.srv.Config.Handler = s.Handler()
	res, _ := p.do("GET", "/toegang/"+p.link(store.AdminName), "", "", nil)
	c := res.Cookies()[0]
	for origin, want := range map[string]int{
		"https://jaarverslag.gemeente.example": http.StatusOK,
		"https://elders.example":               http.StatusForbidden,
	} {
		req, _ := http.NewRequest("POST", p.srv.URL+"/afdelingen", strings.NewReader("naam=Jeugd"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", origin)
		req.AddCookie(c)
		res, err := p.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("form from %s: %s", origin, res.Status)
		}
		if want == http.StatusOK && !strings.Contains(string(page), "https://jaarverslag.gemeente.example/toegang/") {
			t.Errorf("the new link does not use the public address:\n%s", page)
		}
	}
}
