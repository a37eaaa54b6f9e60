package portal

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/sources"
	"jaarverslag/sources/store"
	"jaarverslag/templates"
)

const sampleDir = "../../../testdata/groningen-2025"

// sample maps each file of the sample set to its department ("beheer": F&C).
var sample = []struct{ file, department string }{
	{"rapport.xlsx", store.AdminName},
	{"coalitieakkoord.xlsx", "Bestuurszaken"},
	{"financien.xlsx", "Financiën"},
	{"gezondheid-en-welzijn.xlsx", "Gezondheid en welzijn"},
	{"jeugd.xlsx", "Jeugd"},
	{"opvang-en-nieuwkomers.xlsx", "Opvang en nieuwkomers"},
	{"veiligheid-en-armoede.xlsx", "Veiligheid en armoede"},
}

// portal is a running portal on a real store in a temp folder.
type portal struct {
	t       testing.TB
	dir     string
	store   *store.Store
	srv     *httptest.Server
	secrets map[string]string // department (or "beheer") → link secret
	client  *http.Client
}

// write builds as serve does: through output.Write.
func write(ctx context.Context, r *report.Report, dir string) ([]string, int, error) {
	res, err := output.Write(ctx, output.Job{Report: r, Build: report.NewBuild(r, nil, "test"), Layout: templates.DefaultLayout(), Dir: dir})
	return res.Paths, res.Pages, err
}

// start opens a store in dir (new or existing) and serves it.
func start(t testing.TB, dir string, maxSize int64) *portal {
	t.Helper()
	st, err := store.Open(dir, sources.Options{MaxFileSize: maxSize})
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: st, Write: write, MaxSize: maxSize, Log: log.New(testLog{t}, "", 0)})
	if err != nil {
		t.Fatal(err)
	}
	p := &portal{t: t, dir: dir, store: st, srv: httptest.NewServer(s.Handler()), secrets: map[string]string{}}
	p.client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	t.Cleanup(p.stop)
	return p
}

// testLog sends the server's error log to the test's.
type testLog struct{ t testing.TB }

func (l testLog) Write(b []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

func (p *portal) stop() {
	p.srv.Close()
	p.store.Close()
}

// link makes a link for a department and keeps its secret.
func (p *portal) link(department string) string {
	p.t.Helper()
	l, err := p.store.NewLink(context.Background(), store.Terminal, department)
	if err != nil {
		p.t.Fatal(err)
	}
	p.secrets[department] = l.Secret
	return l.Secret
}

// withSample makes a link for every department of the sample set and
// uploads its file through the API.
func (p *portal) withSample() {
	p.t.Helper()
	for _, f := range sample {
		secret := p.link(f.department)
		res, body := p.upload(secret, map[string][]byte{f.file: readFile(p.t, filepath.Join(sampleDir, f.file))})
		if res.StatusCode != http.StatusCreated {
			p.t.Fatalf("upload %s: %s\n%s", f.file, res.Status, body)
		}
	}
}

// do sends a request as the holder of secret ("" for nobody).
func (p *portal) do(method, path, secret, contentType string, body io.Reader) (*http.Response, []byte) {
	p.t.Helper()
	req, err := http.NewRequest(method, p.srv.URL+path, body)
	if err != nil {
		p.t.Fatal(err)
	}
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := p.client.Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		p.t.Fatal(err)
	}
	return res, b
}

// upload posts files to /api/uploads.
func (p *portal) upload(secret string, files map[string][]byte) (*http.Response, []byte) {
	p.t.Helper()
	ct, body := multipartBody(p.t, "/api/uploads", files, nil)
	return p.do(http.MethodPost, "/api/uploads", secret, ct, body)
}

func multipartBody(t testing.TB, _ string, files map[string][]byte, fields map[string]string) (string, io.Reader) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, err := mw.CreateFormFile("bestand", n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[n])
	}
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	return mw.FormDataContentType(), &buf
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// spoil copies a sample file with cells changed (sheet!cell → value).
func spoil(t testing.TB, file string, cells map[string]string) []byte {
	t.Helper()
	return spoilBytes(t, readFile(t, filepath.Join(sampleDir, file)), cells)
}

// spoilBytes copies a workbook with cells changed.
func spoilBytes(t testing.TB, data []byte, cells map[string]string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for ref, v := range cells {
		sheet, cell, _ := strings.Cut(ref, "!")
		if err := f.SetCellStr(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func hash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// keys returns the sorted keys of a JSON object.
func keys(t testing.TB, raw json.RawMessage) string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%v in %s", err, raw)
	}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}

type uploadAnswer struct {
	Uploads []struct {
		ID        int64  `json:"id"`
		Afdeling  string `json:"afdeling"`
		Bestand   string `json:"bestand"`
		SHA256    string `json:"sha256"`
		Versie    int    `json:"versie"`
		Ontvangen string `json:"ontvangen"`
	} `json:"uploads"`
	Findings []report.FindingJSON `json:"findings"`
	Counts   map[string]int       `json:"counts"`
}

func decode[T any](t testing.TB, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%v in %s", err, b)
	}
	return v
}

func TestAPIUpload(t *testing.T) {
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()
	jeugd := p.secrets["Jeugd"]

	bad := spoil(t, "jeugd.xlsx", map[string]string{"Resultaten!C2": "Bovenste trede"})
	res, body := p.upload(jeugd, map[string][]byte{"jeugd.xlsx": bad})
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("%s\n%s", res.Status, body)
	}
	// Exactly the fields of the contract, the findings in the validate --json schema.
	var raw struct {
		Uploads  []json.RawMessage `json:"uploads"`
		Findings []json.RawMessage `json:"findings"`
	}
	json.Unmarshal(body, &raw)
	if got := keys(t, body); got != "counts,findings,uploads" {
		t.Errorf("answer has %s", got)
	}
	if len(raw.Uploads) != 1 || keys(t, raw.Uploads[0]) != "afdeling,bestand,id,ontvangen,sha256,versie" {
		t.Fatalf("upload fields %s", body)
	}
	if len(raw.Findings) != 1 || keys(t, raw.Findings[0]) != "cell,column,file,message,row,rule,severity,sheet,value" {
		t.Fatalf("finding fields %s", body)
	}
	a := decode[uploadAnswer](t, body)
	u, f := a.Uploads[0], a.Findings[0]
	if u.Afdeling != "Jeugd" || u.Bestand != "jeugd.xlsx" || u.Versie != 2 || u.SHA256 != hash(bad) {
		t.Errorf("upload %+v", u)
	}
	if f.File != "Jeugd › jeugd.xlsx" || f.Sheet != "Resultaten" || f.Cell != "C2" || f.Severity != report.Error || f.Rule != report.RuleLevel || a.Counts[f.Rule] != 1 {
		t.Errorf("finding %+v counts %v", f, a.Counts)
	}

	// The stored bytes and the marked copy come back.
	res, got := p.do("GET", fmt.Sprintf("/api/uploads/%d/bestand", u.ID), jeugd, "", nil)
	if res.StatusCode != 200 || hash(got) != hash(bad) || !strings.Contains(res.Header.Get("Content-Disposition"), `filename=jeugd.xlsx`) {
		t.Errorf("download: %s %s", res.Status, res.Header.Get("Content-Disposition"))
	}
	res, got = p.do("GET", fmt.Sprintf("/api/uploads/%d/gemarkeerd", u.ID), jeugd, "", nil)
	if res.StatusCode != 200 {
		t.Fatalf("marked copy: %s", res.Status)
	}
	x, err := excelize.OpenReader(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	comments, _ := x.GetComments("Resultaten")
	x.Close()
	if len(comments) != 1 || comments[0].Cell != "C2" {
		t.Errorf("marked copy comments %+v", comments)
	}

	// GET /api/uploads: a department its own versions, newest first; F&C all.
	res, body = p.do("GET", "/api/uploads", jeugd, "", nil)
	list := decode[uploadAnswer](t, body)
	if res.StatusCode != 200 || len(list.Uploads) != 2 || list.Uploads[0].ID != u.ID || list.Uploads[1].Versie != 1 || keys(t, body) != "uploads" {
		t.Errorf("list for Jeugd: %s", body)
	}
	_, body = p.do("GET", "/api/uploads", p.secrets[store.AdminName], "", nil)
	if all := decode[uploadAnswer](t, body); len(all.Uploads) != len(sample)+1 {
		t.Errorf("F&C sees %d versions, want %d", len(all.Uploads), len(sample)+1)
	}

	// An unreadable file: 422 with its finding, nothing stored.
	res, body = p.upload(jeugd, map[string][]byte{"export.xlsx": []byte("ID;Domein\nR-1;Jeugd\n")})
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(string(body), `"rule": "bestand-onleesbaar"`) || !strings.Contains(string(body), `"file": "Jeugd › export.xlsx"`) {
		t.Errorf("unreadable: %s\n%s", res.Status, body)
	}
	if _, body = p.do("GET", "/api/uploads", jeugd, "", nil); len(decode[uploadAnswer](t, body).Uploads) != 2 {
		t.Error("an unreadable upload was stored")
	}
	// Two files in one request, one unreadable: nothing stored either.
	res, _ = p.upload(jeugd, map[string][]byte{"a.xlsx": readFile(t, filepath.Join(sampleDir, "jeugd.xlsx")), "b.xlsx": nil})
	if _, body = p.do("GET", "/api/uploads", jeugd, "", nil); res.StatusCode != 422 || len(decode[uploadAnswer](t, body).Uploads) != 2 {
		t.Errorf("half-unreadable upload: %s, stored anyway", res.Status)
	}
	// No file at all.
	if res, body := p.upload(jeugd, nil); res.StatusCode != http.StatusBadRequest {
		t.Errorf("no file: %s %s", res.Status, body)
	}
}

func TestAPIBuild(t *testing.T) {
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()
	fc := p.secrets[store.AdminName]

	res, body := p.do("POST", "/api/builds", fc, "", nil)
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("%s\n%s", res.Status, body)
	}
	if got := keys(t, body); got != "bestanden,counts,id,invoer" {
		t.Errorf("build answer has %s", got)
	}
	b := decode[struct {
		ID        int64
		Bestanden []string
		Invoer    []struct{ Bestand, SHA256 string }
	}](t, body)
	if len(b.Bestanden) < 2 || len(b.Invoer) != len(sample) {
		t.Fatalf("build %s", body)
	}
	for _, in := range b.Invoer {
		if in.Bestand == "Jeugd › jeugd.xlsx" && in.SHA256 != hash(readFile(t, filepath.Join(sampleDir, "jeugd.xlsx"))) {
			t.Errorf("input %+v", in)
		}
	}
	// Every output build makes is listed and downloads.
	for _, name := range b.Bestanden {
		res, got := p.do("GET", fmt.Sprintf("/api/builds/%d/%s", b.ID, name), fc, "", nil)
		if res.StatusCode != 200 || len(got) == 0 {
			t.Errorf("%s: %s", name, res.Status)
		}
		if strings.HasSuffix(name, ".pdf") && (res.Header.Get("Content-Type") != "application/pdf" || !bytes.HasPrefix(got, []byte("%PDF"))) {
			t.Errorf("%s: %s", name, res.Header.Get("Content-Type"))
		}
	}
	entries, _ := filepath.Glob(filepath.Join(p.dir, "verslagen", "*", "*"))
	if len(entries) != len(b.Bestanden) {
		t.Errorf("build folder holds %v, the answer lists %v", entries, b.Bestanden)
	}

	// An error in a department's file refuses the next build, naming the department.
	p.upload(p.secrets["Jeugd"], map[string][]byte{"jeugd.xlsx": spoil(t, "jeugd.xlsx", map[string]string{"Resultaten!C2": "Bovenste trede"})})
	res, body = p.do("POST", "/api/builds", fc, "", nil)
	if res.StatusCode != http.StatusConflict {
		t.Fatalf("%s\n%s", res.Status, body)
	}
	refused := decode[struct {
		Fout     string
		Findings []report.FindingJSON
	}](t, body)
	if len(refused.Findings) != 1 || refused.Findings[0].File != "Jeugd › jeugd.xlsx" || refused.Findings[0].Cell != "C2" || refused.Fout == "" {
		t.Errorf("refusal %s", body)
	}
}
