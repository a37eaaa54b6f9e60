package portal

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/xuri/excelize/v2"

	"jaarverslag/output/browser/browsertest"
	"jaarverslag/sources"
	"jaarverslag/sources/store"
)

// tab is one browser tab with its own cookies (a browser context of its
// own), as a person at their own computer.
type tab struct {
	t     *testing.T
	ctx   context.Context
	base  string
	files string // where its downloads go

	mu      sync.Mutex
	console []string // errors and warnings the page logged, CSP violations among them
}

// newTab opens a tab in a fresh browser context of the browser in ctx.
func newTab(t *testing.T, ctx context.Context, base string) *tab {
	t.Helper()
	tctx, cancel := chromedp.NewContext(ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(tctx); err != nil {
		t.Fatal(err)
	}
	tb := &tab{t: t, ctx: tctx, base: base, files: t.TempDir()}
	_, err := chromedp.CallBrowser(tctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllowAndName,
		BrowserContextID: chromedp.FromContext(tctx).BrowserContextID,
		DownloadPath:     tb.files,
		EventsEnabled:    new(true),
	})
	if err != nil {
		t.Fatal(err)
	}
	messages := chromedp.Console(tctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.IsException() {
				tb.mu.Lock()
				tb.console = append(tb.console, m.String())
				tb.mu.Unlock()
			}
		}
	}()
	return tb
}

// quiet fails the test if the page logged errors or warnings, such as a
// resource the Content-Security-Policy blocked.
func (b *tab) quiet() {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.console {
		b.t.Errorf("console: %s", m)
	}
}

// scripts reports whether the page ran portal.js.
func (b *tab) scripts() bool {
	b.t.Helper()
	on, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool]("document.documentElement.classList.contains('js')"))
	if err != nil {
		b.t.Fatal(err)
	}
	return on
}

func (b *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatal(err)
	}
}

func (b *tab) open(path string) {
	b.t.Helper()
	b.do(chromedp.Navigate(b.base + path))
}

// text is the visible text of the page's main part.
func (b *tab) text() string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS("main")))
	if err != nil {
		b.t.Fatal(err)
	}
	return s
}

func (b *tab) path() string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string]("location.pathname"))
	if err != nil {
		b.t.Fatal(err)
	}
	return s
}

// waitPath waits until a page whose address starts with prefix has
// loaded. A form post navigates, so an evaluation may meet a page that is
// going away; that is retried.
func (b *tab) waitPath(prefix string) {
	b.t.Helper()
	var last string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		got, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]string]("[location.pathname, document.readyState]"))
		if err != nil {
			last = err.Error()
			continue
		}
		last = got[0]
		if strings.HasPrefix(got[0], prefix) && got[1] == "complete" {
			return
		}
	}
	b.t.Fatalf("waiting for %s: at %s", prefix, last)
}

// submit runs an action that posts a form and waits for the page it
// leads to, at an address other than the one before.
func (b *tab) submit(prefix string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	before, err := chromedp.Run(b.ctx, chromedp.Evaluate[string]("location.href"))
	if err != nil {
		b.t.Fatal(err)
	}
	b.do(steps...)
	var last string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		got, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]string]("[location.href, location.pathname, document.readyState]"))
		if err != nil {
			last = err.Error()
			continue
		}
		last = got[0]
		if got[0] != before && strings.HasPrefix(got[1], prefix) && got[2] == "complete" {
			return
		}
	}
	b.t.Fatalf("after the form: waiting for %s, at %s", prefix, last)
}

// upload fills in the upload form and sends it.
func (b *tab) upload(name, file, prefix string) {
	b.t.Helper()
	b.submit(prefix,
		chromedp.SendKeys(chromedp.ID("naam"), name),
		chromedp.SetUploadFiles(chromedp.ID("bestand"), []string{file}),
		chromedp.Click(chromedp.CSS(`form.upload button[type=submit]`)),
	)
}

// download clicks a link that downloads and returns the bytes saved.
func (b *tab) download(sel string) []byte {
	b.t.Helper()
	events := chromedp.BrowserEvents(b.ctx, browser.DownloadProgress)
	b.do(chromedp.Click(chromedp.CSS(sel)))
	for ev, err := range events {
		if err != nil {
			b.t.Fatalf("download %s: %v", sel, err)
		}
		switch ev.State {
		case browser.DownloadProgressStateCompleted:
			data, err := os.ReadFile(filepath.Join(b.files, ev.GUID))
			if err != nil {
				b.t.Fatal(err)
			}
			return data
		case browser.DownloadProgressStateCanceled:
			b.t.Fatalf("download %s canceled", sel)
		}
	}
	return nil
}

// axe checks the page against WCAG 2.1 A and AA and saves a screenshot
// when JAARVERSLAG_SCREENSHOTS names a folder.
func (b *tab) axe(name string) {
	b.t.Helper()
	for _, v := range browsertest.Axe(b.t, b.ctx) {
		b.t.Errorf("%s: %s", name, v)
	}
	if dir := os.Getenv("JAARVERSLAG_SCREENSHOTS"); dir != "" {
		png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
		if err != nil {
			b.t.Fatal(err)
		}
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
}

// workbook writes data into a temp file for the file input.
func workbook(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBrowser walks the whole flow in headless Chromium: F&C opens its link
// and makes a link for Jeugd; Jeugd opens it, uploads a bad workbook with
// the file input, sees the finding at its cell, downloads the marked copy,
// uploads the fixed workbook; F&C sees everyone akkoord, builds, and
// downloads the PDF.
func TestBrowser(t *testing.T) {
	ctx := browsertest.Start(t)
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()

	fc := newTab(t, ctx, p.srv.URL)
	fc.open("/toegang/" + p.secrets[store.AdminName])
	fc.waitPath("/")
	if got := fc.path(); got != "/" {
		t.Fatalf("F&C's link ends at %s", got)
	}
	if !strings.Contains(fc.text(), "6 van 6 afdelingen akkoord") {
		t.Fatalf("overview: %s", fc.text())
	}
	fc.submit("/afdelingen", chromedp.SendKeys(chromedp.ID("naam-afdeling"), "Jeugd"), chromedp.Click(chromedp.CSS(`form[action="/afdelingen"] button`)))
	link, err := chromedp.Run(fc.ctx, chromedp.Value(chromedp.ID("link")))
	if err != nil || !strings.HasPrefix(link, p.srv.URL+"/toegang/") {
		t.Fatalf("link %q, %v", link, err)
	}

	// The department works without JavaScript: a plain form and file input.
	jeugd := newTab(t, ctx, p.srv.URL)
	if _, err := chromedp.Call(jeugd.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	jeugd.do(chromedp.Navigate(link))
	jeugd.waitPath("/")
	if jeugd.scripts() {
		t.Fatal("JavaScript still runs in the department's tab")
	}
	if got, err := chromedp.Run(jeugd.ctx, chromedp.Evaluate[string]("location.href")); err != nil || strings.Contains(got, "toegang") {
		t.Errorf("the secret stays in the address bar: %s", got)
	}
	home := jeugd.text()
	if !strings.Contains(home, "Jeugd") || strings.Contains(home, "rapport.xlsx") {
		t.Fatalf("department page: %s", home)
	}

	// A bad workbook through the file input.
	bad := workbook(t, "jeugd.xlsx", spoil(t, "jeugd.xlsx", map[string]string{"Resultaten!C2": "Bovenste trede"}))
	jeugd.upload("Piet Jansen", bad, "/versies/")
	page := jeugd.text()
	for _, want := range []string{"versie 2", "Blad Resultaten", "C2", `Piramideniveau "Bovenste trede" is ongeldig`} {
		if !strings.Contains(page, want) {
			t.Errorf("after the bad upload the page lacks %q:\n%s", want, page)
		}
	}
	cell, err := chromedp.Run(jeugd.ctx, chromedp.Text(chromedp.CSS("table.findings td.cell")))
	if err != nil || cell != "C2" {
		t.Errorf("finding's cell %q, %v", cell, err)
	}

	// The marked copy: the cell red, the message as its comment.
	marked := jeugd.download(`a[href$="/gemarkeerd"]`)
	x, err := excelize.OpenReader(bytes.NewReader(marked))
	if err != nil {
		t.Fatalf("marked copy: %v", err)
	}
	comments, _ := x.GetComments("Resultaten")
	style, _ := x.GetCellStyle("Resultaten", "C2")
	st, _ := x.GetStyle(style)
	x.Close()
	if len(comments) != 1 || comments[0].Cell != "C2" || !strings.Contains(comments[0].Paragraph[0].Text, "Bovenste trede") || st == nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" {
		t.Errorf("marked copy: comments %+v, fill %+v", comments, st)
	}

	// The fixed workbook, from the form on the same page.
	good := workbook(t, "jeugd.xlsx", readFile(t, filepath.Join(sampleDir, "jeugd.xlsx")))
	jeugd.upload("Piet Jansen", good, "/versies/")
	if page := jeugd.text(); !strings.Contains(page, "versie 3") || !strings.Contains(page, "het bestand is akkoord") {
		t.Errorf("after the fixed upload: %s", page)
	}

	// F&C: everyone akkoord, build, the PDF.
	fc.open("/")
	if page := fc.text(); !strings.Contains(page, "6 van 6 afdelingen akkoord") || !strings.Contains(page, "versie 3") {
		t.Errorf("overview after the fix: %s", page)
	}
	fc.submit("/verslagen/", chromedp.Click(chromedp.CSS(`form[action="/verslagen"] button`)))
	if page := fc.text(); !strings.Contains(page, "Gemaakt op") || !strings.Contains(page, "Jeugd › jeugd.xlsx") {
		t.Errorf("build page: %s", page)
	}
	pdf := fc.download(`a[href$=".pdf"]`)
	model.ConfigPath = "disable"
	pages, err := api.PageCount(bytes.NewReader(pdf), nil)
	if err != nil {
		t.Fatal(err)
	}
	bs, _ := p.store.Builds(context.Background(), store.Terminal)
	if len(bs) != 1 || pages != bs[0].Pages || pages < 20 {
		t.Errorf("the PDF has %d pages; the build says %d", pages, bs[0].Pages)
	}
	t.Logf("PDF downloaded through the browser: %d pages, %d bytes", pages, len(pdf))
	if !fc.scripts() {
		t.Error("portal.js did not run in F&C's tab")
	}
	fc.quiet()
	jeugd.quiet()
}

// TestBrowserKeyboard uploads with the keyboard only: Tab to each field,
// type, open the file chooser with Enter, Tab to the button and press
// Enter. Every stop shows where the focus is.
func TestBrowserKeyboard(t *testing.T) {
	ctx := browsertest.Start(t)
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()
	b := newTab(t, ctx, p.srv.URL)
	b.open("/toegang/" + p.secrets["Jeugd"])
	b.waitPath("/")
	if _, err := chromedp.Call(b.ctx, page.SetInterceptFileChooserDialog, page.SetInterceptFileChooserDialogParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}

	// focused is the id (or text) of the focused element, after checking
	// that its focus is visible.
	focused := func() string {
		t.Helper()
		got, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]string](`(() => {
			const e = document.activeElement, s = getComputedStyle(e);
			return [e.id || e.textContent.trim(), s.outlineStyle + ' ' + s.outlineWidth, s.boxShadow];
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if got[1] == "none 0px" && got[2] == "none" {
			t.Errorf("focus on %q is not visible (outline %s, shadow %s)", got[0], got[1], got[2])
		}
		return got[0]
	}
	tabTo := func(want string) {
		t.Helper()
		var seen []string
		for range 30 {
			b.do(chromedp.KeyEvent("\t"))
			got := focused()
			if got == want {
				return
			}
			seen = append(seen, got)
		}
		t.Fatalf("Tab never reached %q; went through %q", want, seen)
	}

	tabTo("Direct naar de inhoud")
	tabTo("naam")
	b.do(chromedp.KeyEvent("Piet Jansen"))
	tabTo("bestand")
	// Enter on the file input opens the chooser; pick the file there.
	chooser := chromedp.Events(b.ctx, page.FileChooserOpened)
	b.do(chromedp.KeyEvent("\r"))
	bad := workbook(t, "jeugd.xlsx", spoil(t, "jeugd.xlsx", map[string]string{"Resultaten!C2": "Bovenste trede"}))
	for ev, err := range chooser {
		if err != nil {
			t.Fatalf("no file chooser: %v", err)
		}
		if _, err := chromedp.Call(b.ctx, dom.SetFileInputFiles, dom.SetFileInputFilesParams{Files: []string{bad}, BackendNodeID: cdp.BackendNodeID(ev.BackendNodeID)}); err != nil {
			t.Fatal(err)
		}
		break
	}
	tabTo("Uploaden en controleren")
	b.submit("/versies/", chromedp.KeyEvent("\r"))
	if page := b.text(); !strings.Contains(page, "C2") || !strings.Contains(page, "Piet Jansen") {
		t.Errorf("keyboard upload: %s", page)
	}
	// The skip link leads into the content.
	b.do(chromedp.KeyEvent("\t"))
	if got := focused(); got != "Direct naar de inhoud" {
		t.Fatalf("first Tab on the version page: %q", got)
	}
	b.do(chromedp.KeyEvent("\r"))
	if got, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string]("document.activeElement.id")); got != "inhoud" {
		t.Errorf("the skip link moved focus to %q", got)
	}
}

// The accessibility tests run axe-core on every page of the portal, with
// findings, errors and empty states, and want no WCAG 2.1 A/AA violation.
// They are two, so that each stays well within the harness's minute.

// badJeugd is the sample's jeugd.xlsx with two errors.
func badJeugd(t *testing.T) string {
	return workbook(t, "jeugd.xlsx", spoil(t, "jeugd.xlsx", map[string]string{"Resultaten!C2": "Bovenste trede", "Plannen!B3": "Jeugdd"}))
}

// TestBrowserAccessibilityDepartment: the pages a department and a
// stranger see.
func TestBrowserAccessibilityDepartment(t *testing.T) {
	ctx := browsertest.Start(t)
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()

	nobody := newTab(t, ctx, p.srv.URL)
	nobody.open("/welkom")
	nobody.axe("welkom")
	nobody.open("/")
	nobody.axe("geen-toegang")

	jeugd := newTab(t, ctx, p.srv.URL)
	jeugd.open("/toegang/" + p.secrets["Jeugd"])
	jeugd.waitPath("/")
	jeugd.axe("afdeling")
	jeugd.upload("Piet Jansen", workbook(t, "jeugd.xlsx", readFile(t, filepath.Join(sampleDir, "jeugd.xlsx"))), "/versies/")
	jeugd.axe("versie-akkoord")
	jeugd.upload("Piet Jansen", badJeugd(t), "/versies/")
	jeugd.axe("versie-met-fouten")
	jeugd.open("/")
	jeugd.axe("afdeling-met-fouten")
	jeugd.upload("Piet Jansen", workbook(t, "export.xlsx", []byte("ID;Domein\nR-1;Jeugd\n")), "/uploads")
	if !strings.Contains(jeugd.text(), "tekstbestand") {
		t.Errorf("unreadable upload page: %s", jeugd.text())
	}
	jeugd.axe("onleesbaar")
	jeugd.open("/logboek")
	jeugd.axe("niet-toegestaan")
	jeugd.open("/versies/999")
	jeugd.axe("niet-gevonden")
	jeugd.submit("/afmelden", chromedp.Click(chromedp.CSS(`form[action="/afmelden"] button`)))
	jeugd.axe("afgemeld")
}

// TestBrowserAccessibilityFC: the pages F&C sees.
func TestBrowserAccessibilityFC(t *testing.T) {
	ctx := browsertest.Start(t)
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	p.withSample()
	bg := context.Background()
	accessJ, _ := p.store.Authenticate(bg, p.secrets["Jeugd"])

	fc := newTab(t, ctx, p.srv.URL)
	fc.open("/toegang/" + p.secrets[store.AdminName])
	fc.waitPath("/")
	fc.axe("overzicht")
	fc.submit("/afdelingen", chromedp.SendKeys(chromedp.ID("naam-afdeling"), "Wijkzaken"), chromedp.Click(chromedp.CSS(`form[action="/afdelingen"] button`)))
	fc.axe("link")

	// Jeugd with errors, as F&C sees it; the build refused.
	st, _ := p.store.Stage("jeugd.xlsx", bytes.NewReader(readFile(t, badJeugd(t))))
	if _, err := p.store.Upload(bg, accessJ, accessJ.Department, "Piet Jansen", []*store.Staged{st}); err != nil {
		t.Fatal(err)
	}
	fc.open(fmt.Sprintf("/afdelingen/%d", accessJ.Department))
	fc.axe("afdeling-voor-fc")
	fc.open("/")
	fc.axe("overzicht-met-fouten")
	fc.submit("/verslagen", chromedp.Click(chromedp.CSS(`form[action="/verslagen"] button`)))
	if !strings.Contains(fc.text(), "Jeugd › jeugd.xlsx") {
		t.Errorf("refused build page: %s", fc.text())
	}
	fc.axe("verslag-geweigerd")

	// Fixed, built, logged.
	st, _ = p.store.Stage("jeugd.xlsx", bytes.NewReader(readFile(t, filepath.Join(sampleDir, "jeugd.xlsx"))))
	if _, err := p.store.Upload(bg, accessJ, accessJ.Department, "Piet Jansen", []*store.Staged{st}); err != nil {
		t.Fatal(err)
	}
	fc.open("/")
	fc.submit("/verslagen/", chromedp.Click(chromedp.CSS(`form[action="/verslagen"] button`)))
	fc.axe("verslag")
	fc.open("/logboek")
	fc.axe("logboek")
}

// TestBrowserLinkFromOtherSite follows a link from another site (as from a
// webmail). A SameSite=Strict cookie set on that navigation is not sent on
// its redirect, so the welcome page offers to go on; one click from this
// site then lands home, and the secret is out of the address bar.
func TestBrowserLinkFromOtherSite(t *testing.T) {
	ctx := browsertest.Start(t)
	p := start(t, t.TempDir(), sources.DefaultMaxFileSize)
	secret := p.link("Jeugd")
	mail := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><html lang="nl"><title>Post</title><a id="link" href="%s/toegang/%s">Uw link</a></html>`, p.srv.URL, secret)
	}))
	defer mail.Close()
	// localhost is another site than 127.0.0.1.
	other := strings.Replace(mail.URL, "127.0.0.1", "localhost", 1)

	b := newTab(t, ctx, p.srv.URL)
	b.do(chromedp.Navigate(other))
	b.submit("/", chromedp.Click(chromedp.ID("link")))
	if b.path() == "/welkom" {
		t.Log("the cookie did not come along on the redirect; the welcome page asks to go on")
		b.submit("/", chromedp.Click(chromedp.CSS("main a.button")))
	}
	href, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string]("location.href"))
	if b.path() != "/" || !strings.Contains(b.text(), "Jeugd") || strings.Contains(href, secret) {
		t.Errorf("after the link from another site: %s\n%s", href, b.text())
	}
}
