package portal

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"jaarverslag/sources"
	"jaarverslag/sources/store"
)

// session is a client with a session cookie, as a browser would hold it.
type session struct {
	p      *portal
	cookie *http.Cookie
}

func (p *portal) open(t *testing.T, link string) *session {
	t.Helper()
	res, _ := p.do("GET", link, "", "", nil)
	if res.StatusCode != http.StatusSeeOther || len(res.Cookies()) != 1 {
		t.Fatalf("open %s: %s", link, res.Status)
	}
	return &session{p, res.Cookies()[0]}
}

func (b *session) send(t *testing.T, method, path, contentType string, body io.Reader) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, b.p.srv.URL+path, body)
	req.AddCookie(b.cookie)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	// What a browser sends with a form from the page itself.
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	res, err := b.p.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	page, _ := io.ReadAll(res.Body)
	return res, html.UnescapeString(string(page))
}

// TestPagesUploadFlow walks the pages without a browser: F&C makes a
// department link; the department uploads a bad workbook with the form and
// sees the finding at its cell; an unreadable file gets its reason.
func TestPagesUploadFlow(t *testing.T) {
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()
	fc := p.open(t, "/toegang/"+p.secrets[store.AdminName])
	res, page := fc.send(t, "POST", "/afdelingen", "application/x-www-form-urlencoded", strings.NewReader(url.Values{"naam": {"Jeugd"}}.Encode()))
	link := regexp.MustCompile(`http://[^"]+/toegang/[A-Za-z0-9_-]+`).FindString(page)
	if res.StatusCode != 200 || link == "" {
		t.Fatalf("new link: %s\n%s", res.Status, page)
	}
	jeugd := p.open(t, strings.TrimPrefix(link, p.srv.URL))

	_, home := jeugd.send(t, "GET", "/", "", nil)
	for _, want := range []string{"<h1>Jeugd</h1>", "jeugd.xlsx, versie 1", `href="/sjabloon"`, `type="file"`, "Akkoord"} {
		if !strings.Contains(home, want) {
			t.Errorf("department page lacks %q", want)
		}
	}
	if strings.Contains(home, "rapport.xlsx") || strings.Contains(home, "Gezondheid en welzijn") {
		t.Error("department page shows another department's files")
	}

	ct, body := multipartBody(t, "", map[string][]byte{"jeugd.xlsx": spoil(t, "jeugd.xlsx", map[string]string{"Resultaten!C2": "Bovenste trede"})}, map[string]string{"naam": "Piet Jansen"})
	res, _ = jeugd.send(t, "POST", "/uploads", ct, body)
	where := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(where, "/versies/") {
		t.Fatalf("upload: %s → %q", res.Status, where)
	}
	_, page = jeugd.send(t, "GET", where, "", nil)
	for _, want := range []string{"versie 2", "Blad Resultaten", `<td class="cell">C2</td>`, `Piramideniveau "Bovenste trede" is ongeldig`, "1 fout gevonden", "/gemarkeerd", "Piet Jansen"} {
		if !strings.Contains(page, want) {
			t.Errorf("version page lacks %q", want)
		}
	}
	_, overview := fc.send(t, "GET", "/", "", nil)
	if !strings.Contains(overview, "5 van 6 afdelingen akkoord") || !strings.Contains(overview, "1 fout") {
		t.Errorf("overview after a bad upload:\n%s", overview)
	}

	ct, body = multipartBody(t, "", map[string][]byte{"export.xlsx": []byte("ID;Domein\n")}, map[string]string{"naam": "Piet Jansen"})
	res, page = jeugd.send(t, "POST", "/uploads", ct, body)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "tekstbestand (bijvoorbeeld CSV)") || !strings.Contains(page, "Jeugd › export.xlsx") {
		t.Errorf("unreadable upload: %s\n%s", res.Status, page)
	}
	ct, body = multipartBody(t, "", map[string][]byte{"jeugd.xlsx": readFile(t, sampleDir+"/jeugd.xlsx")}, nil)
	if res, page = jeugd.send(t, "POST", "/uploads", ct, body); res.StatusCode != http.StatusBadRequest || !strings.Contains(page, "Vul uw naam in") {
		t.Errorf("upload without a name: %s\n%s", res.Status, page)
	}

	// The build refused names the department's file and cell.
	res, page = fc.send(t, "POST", "/verslagen", "", nil)
	if res.StatusCode != http.StatusConflict || !strings.Contains(page, "<h2>Jeugd › jeugd.xlsx</h2>") || !strings.Contains(page, "C2") {
		t.Errorf("refused build: %s\n%s", res.Status, page)
	}
	// Withdraw the bad version: the earlier good one does not come back by
	// itself; uploading it again does, and then the build goes through.
	id := strings.TrimSuffix(strings.TrimPrefix(where, "/versies/"), "?ontvangen=1")
	if res, _ = jeugd.send(t, "POST", fmt.Sprintf("/versies/%s/intrekken", id), "", nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("withdraw: %s", res.Status)
	}
	ct, body = multipartBody(t, "", map[string][]byte{"jeugd.xlsx": readFile(t, sampleDir+"/jeugd.xlsx")}, map[string]string{"naam": "Piet Jansen"})
	jeugd.send(t, "POST", "/uploads", ct, body)
	res, _ = fc.send(t, "POST", "/verslagen", "", nil)
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("build: %s", res.Status)
	}
	_, page = fc.send(t, "GET", res.Header.Get("Location"), "", nil)
	if !strings.Contains(page, ".pdf") || !strings.Contains(page, "-bijlage.xlsx") || !strings.Contains(page, "Jeugd › jeugd.xlsx") {
		t.Errorf("build page:\n%s", page)
	}
	_, log := fc.send(t, "GET", "/logboek", "", nil)
	for _, want := range []string{"Jeugd (Piet Jansen)", "ingetrokken", "verslag geweigerd", "verslag gemaakt"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q", want)
		}
	}
}
