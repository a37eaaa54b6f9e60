// Package browser starts headless Chromium, found on the machine, for the
// tagged PDF and for the browser tests. It never downloads a browser.
package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Names are the programs looked for on PATH, in this order.
var Names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// ErrNotFound says that no Chromium was found; its text tells what to do.
var ErrNotFound = errors.New("geen Chromium gevonden; installeer het (Debian/Ubuntu: apt-get install chromium) of geef het pad met --chromium")

// Find returns the Chromium to use: path when given (it must exist), else
// the first of Names on PATH.
func Find(path string) (string, error) {
	if path != "" {
		if fi, err := os.Stat(path); err != nil || fi.IsDir() {
			return "", fmt.Errorf("%s: %w", path, ErrNotFound)
		}
		return path, nil
	}
	for _, n := range Names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// Start launches a headless Chromium and returns a context for chromedp
// actions in its first tab; cancel closes the browser and removes its
// temporary profile.
func Start(ctx context.Context, execPath string) (context.Context, context.CancelFunc) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		// The machine may have no network: without these Chromium keeps
		// trying to reach Google's services.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-gpu", true),
	)
	if os.Geteuid() == 0 {
		// Chromium refuses to run as root inside its sandbox; chromedp
		// does not set this by itself.
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	return bctx, func() {
		cancelBrowser()
		cancelAlloc()
	}
}
