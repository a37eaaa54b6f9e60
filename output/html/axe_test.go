package html

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"jaarverslag/output/browser/browsertest"
	"jaarverslag/report"
	"jaarverslag/templates"
)

// TestAxe runs axe-core (WCAG 2.1 A and AA) on the page of the sample
// (with its Beschouwingen), of the 2026 sample (with a Terugblik) and of
// the scale-10 set in headless Chromium, on a desktop and on a phone's
// width (where wide tables scroll in a box of their own): no violations.
func TestAxe(t *testing.T) {
	for _, tc := range []struct {
		name  string
		make  func() (*report.Report, report.Build)
		width int64
	}{
		{"groningen", groningen, 1280},
		{"groningen-phone", groningen, 390},
		{"groningen-2026", groningen2026, 1280},
		{"groningen-2026-phone", groningen2026, 390},
		{"scaled-10", func() (*report.Report, report.Build) { return scaled(10) }, 1280},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, b := tc.make()
			page, _ := render(t, r, b, templates.DefaultLayout())
			ctx := browsertest.Start(t) // a browser per page: each gets the harness's full minute
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(tc.width, 900)); err != nil {
				t.Fatal(err)
			}
			browsertest.Open(t, ctx, page)
			for _, v := range browsertest.Axe(t, ctx) {
				t.Error(v)
			}
		})
	}
}

// TestAxeFindsSpoiledPages proves the check can fail on our own page: each
// spoiled version of a page (of a small report, for speed) must give the
// violation named, the page itself none.
func TestAxeFindsSpoiledPages(t *testing.T) {
	r, b := small()
	page, _ := render(t, r, b, templates.DefaultLayout())
	t.Run("unspoiled", func(t *testing.T) {
		ctx := browsertest.Start(t)
		browsertest.Open(t, ctx, page)
		for _, v := range browsertest.Axe(t, ctx) {
			t.Error(v)
		}
	})
	for _, s := range []spoil{
		{"lang removed", `<html lang="nl">`, `<html>`, "html-has-lang"},
		{"title removed", `<title>[^<]*</title>`, ``, "document-title"},
		{"link without text", `<a href="(https://[^"]*)">[^<]*</a>`, `<a href="$1"></a>`, "link-name"},
		{"chart without a name", `role="img" aria-labelledby="[^"]*" (preserveAspectRatio="[^"]*")>\s*<title[^>]*>[^<]*</title>\s*<desc[^>]*>[^<]*</desc>`, `role="img" $1>`, "svg-img-alt"},
		{"grey text too light", `--grey: #4d4d4d;`, `--grey: #aaaaaa;`, "color-contrast"},
		{"links told apart by colour only", `a \{ color: var\(--link\); text-decoration: underline;`, `a { color: var(--link); text-decoration: none;`, "link-in-text-block"},
		{"logo without alt text", `<p class="municipality">`, `<img src="data:image/png;base64,iVBORw0KGgo="><p class="municipality">`, "image-alt"},
		{"list item outside a list", `<ul class="legend"><li>`, `<div class="legend"><li>`, "listitem"},
	} {
		t.Run(s.name, func(t *testing.T) {
			ctx := browsertest.Start(t)
			browsertest.Open(t, ctx, spoiled(t, page, s))
			var ids []string
			for _, v := range browsertest.Axe(t, ctx) {
				ids = append(ids, v.ID)
			}
			if !strings.Contains(" "+strings.Join(ids, " ")+" ", " "+s.want) {
				t.Errorf("violations %v, want %s", ids, s.want)
			}
		})
	}
}
