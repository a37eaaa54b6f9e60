package browser

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Print is how a page is printed: paper in inches, margins in inches (top,
// right, bottom, left) and the header and footer as Chromium's templates
// (HTML with inline styles; the classes pageNumber and totalPages are
// filled in per page).
type Print struct {
	Paper          chromedp.PaperSize
	Margins        [4]float64
	Header, Footer string
}

// PrintPDF loads page into a fresh headless Chromium and prints it to a
// tagged PDF with a document outline: headings, tables and lists become the
// PDF's structure tree, the headings its bookmarks, and <html lang> its /Lang.
func PrintPDF(ctx context.Context, execPath string, html []byte, p Print) ([]byte, error) {
	bctx, cancel := Start(ctx, execPath)
	defer cancel()
	load := chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
		if err != nil {
			return err
		}
		_, err = chromedp.Call(ctx, page.SetDocumentContent, page.SetDocumentContentParams{FrameID: tree.FrameTree.Frame.ID, HTML: string(html)})
		return err
	})
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank"), load); err != nil {
		return nil, fmt.Errorf("pagina laden in %s: %w", execPath, err)
	}
	m := p.Margins
	pdf, err := chromedp.Run(bctx, chromedp.PrintToPDF(
		chromedp.PDFPaper(p.Paper),
		chromedp.PDFMargins(m[0], m[1], m[2], m[3]),
		chromedp.PDFPrintBackground(),
		chromedp.PDFHeaderTemplate(p.Header),
		chromedp.PDFFooterTemplate(p.Footer),
		chromedp.PDFOutlineAndTagged(),
		chromedp.PDFStream(), // a large report exceeds one protocol message
	))
	if err != nil {
		return nil, fmt.Errorf("afdrukken als PDF met %s: %w", execPath, err)
	}
	return pdf, nil
}
