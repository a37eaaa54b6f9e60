// Package browsertest gives tests a headless Chromium tab and axe-core, the
// one harness the accessible edition and the portal are tested with.
//
// Where no Chromium is found a test is skipped with what to install —
// except under CI=true, where it fails: CI installs Chromium (.ci/run),
// and a browser test must never pass there by not running.
package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"jaarverslag/output/browser"
)

// Setup is what to run where the harness is missing.
const Setup = "run `make testdeps` (installs Chromium with apt-get when missing and axe-core with npm ci), or install chromium and run `npm ci --prefix testdata/axe`"

// Tool returns the path of a program the browser tests need besides
// Chromium (poppler's pdfinfo, pdftotext), skipping the test without it
// (failing under CI, which installs it).
func Tool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		unavailable(t, name+" not found (Debian: apt-get install poppler-utils)")
	}
	return path
}

// unavailable skips the test, or fails it under CI.
func unavailable(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s, and browser tests never skip in CI; %s", what, Setup)
	}
	t.Skipf("%s; %s", what, Setup)
}

// Chromium is the path of the Chromium the browser tests use (found on
// PATH, or JAARVERSLAG_CHROMIUM), for a test that starts its own.
func Chromium(t testing.TB) string {
	t.Helper()
	path, err := browser.Find(os.Getenv("JAARVERSLAG_CHROMIUM"))
	if err != nil {
		unavailable(t, "no Chromium found")
	}
	return path
}

// Start returns a tab of a fresh headless Chromium, closed when the test
// ends. Every chromedp action on it times out after a minute, so a hung
// browser fails the test instead of the whole run.
func Start(t testing.TB) context.Context {
	t.Helper()
	path := Chromium(t)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	bctx, closeBrowser := browser.Start(ctx, path)
	t.Cleanup(func() {
		closeBrowser()
		cancel()
	})
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start Chromium %s: %v", path, err)
	}
	return bctx
}

// Violation is one axe-core rule that a page breaks.
type Violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

func (v Violation) String() string {
	s := fmt.Sprintf("%s (%s): %s", v.ID, v.Impact, v.Help)
	for i, n := range v.Nodes {
		if i == 3 {
			s += fmt.Sprintf("\n    … %d more", len(v.Nodes)-3)
			break
		}
		s += fmt.Sprintf("\n    %v %s", n.Target, n.HTML)
	}
	return s
}

// Tags are the axe-core rule sets for WCAG 2.1 level A and AA.
var Tags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa"}

// Axe runs axe-core on the page loaded in ctx with the WCAG 2.1 A and AA
// rules and returns what it finds.
func Axe(t testing.TB, ctx context.Context) []Violation {
	t.Helper()
	src := axeSource(t)
	tags, _ := json.Marshal(Tags)
	script := fmt.Sprintf(`(async () => {
		const r = await axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']});
		return JSON.stringify(r.violations);
	})()`, tags)
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
		t.Fatalf("axe-core: %v", err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe-core: %v", err)
	}
	var vs []Violation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		t.Fatalf("axe-core result: %v", err)
	}
	return vs
}

// axeSource is axe.min.js as npm ci installed it under testdata/axe.
func axeSource(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..")
	b, err := os.ReadFile(filepath.Join(root, "testdata", "axe", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		unavailable(t, "axe-core is not installed")
	}
	return string(b)
}

// Open serves page from a loopback server for the rest of the test and
// loads it in the tab.
func Open(t testing.TB, ctx context.Context, page []byte) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(srv.Close)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL)); err != nil {
		t.Fatalf("open page: %v", err)
	}
}
