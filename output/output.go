// Package output renders every edition of a report and writes them as one:
// the PDF, the Excel annex, the web page and the tagged PDF, all complete
// or none. Both drivers (the command
// and the portal) build through Write, so a report is made one way only.
package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"jaarverslag/output/annex"
	"jaarverslag/output/browser"
	"jaarverslag/output/html"
	"jaarverslag/output/pdf"
	"jaarverslag/report"
	"jaarverslag/templates"
)

// Job is one build: a report that passed validation, its identity, the
// look of the PDF and the folder the editions go to.
type Job struct {
	Report *report.Report
	Build  report.Build
	Layout templates.Layout
	Dir    string
	// TaggedPDF also prints the web page to a tagged PDF with headless
	// Chromium: the one at Chromium, or else the first found on PATH.
	TaggedPDF bool
	Chromium  string
}

// Result is what a build wrote.
type Result struct {
	Paths []string // every file written, in the order of the editions
	Pages int      // pages of the PDF
}

// ErrInterrupted is returned when ctx ended before the editions were
// written; the files in Dir are then as they were.
var ErrInterrupted = errors.New("afgebroken; bestaande uitvoer is niet aangeraakt")

// Write renders every edition into memory, checks that each holds every row
// of the model, and only then writes them all at once: the PDF, the Excel
// annex, the web page (the accessible edition) and, on request, the tagged
// PDF printed from that page. When ctx ends before the writing starts,
// Write returns ErrInterrupted at once: the renderers (and Chromium) stop
// soon after, and their buffers are dropped.
func Write(ctx context.Context, j Job) (Result, error) {
	r := j.Report
	var chromium string
	if j.TaggedPDF {
		// Before any work: without a browser there is nothing to print with.
		var err error
		if chromium, err = browser.Find(j.Chromium); err != nil {
			return Result{}, err
		}
	}
	name := Name(r)
	ed := report.Editions{PDF: name + ".pdf", Annex: name + "-bijlage.xlsx", Web: name + ".html"}
	if j.TaggedPDF {
		ed.TaggedPDF = name + "-toegankelijk.pdf"
	}
	b := j.Build
	b.Editions = ed

	// The writers share nothing, so they render at the same time.
	var (
		pdfBuf, xlsBuf, webBuf bytes.Buffer
		pdfRes                 pdf.Rendered
		xlsRes                 annex.Rendered
		webRes                 html.Rendered
		pdfErr, xlsErr, webErr error
		wg                     sync.WaitGroup
	)
	wg.Go(func() { pdfRes, pdfErr = pdf.WriteContext(ctx, &pdfBuf, r, b, j.Layout) })
	wg.Go(func() { xlsRes, xlsErr = annex.WriteContext(ctx, &xlsBuf, r, b) })
	wg.Go(func() { webRes, webErr = html.WriteContext(ctx, &webBuf, r, b, j.Layout) })
	rendered := make(chan struct{})
	go func() { wg.Wait(); close(rendered) }()
	select {
	case <-rendered:
	case <-ctx.Done():
		return Result{}, ErrInterrupted
	}
	if ctx.Err() != nil {
		return Result{}, ErrInterrupted
	}
	if pdfErr != nil {
		return Result{}, fmt.Errorf("verslag opmaken: %w", pdfErr)
	}
	if xlsErr != nil {
		return Result{}, fmt.Errorf("bijlage opmaken: %w", xlsErr)
	}
	if webErr != nil {
		return Result{}, fmt.Errorf("webversie opmaken: %w", webErr)
	}
	if err := Reconcile(r, map[string]map[string]int{"verslag": pdfRes.Items, "bijlage": xlsRes.Rows, "webversie": webRes.Items}); err != nil {
		return Result{}, err
	}
	names := []string{ed.PDF, ed.Annex, ed.Web}
	data := [][]byte{pdfBuf.Bytes(), xlsBuf.Bytes(), webBuf.Bytes()}
	if j.TaggedPDF {
		// Printed from the reconciled page, so it holds what the page holds.
		tagged, err := html.TaggedPDF(ctx, chromium, webBuf.Bytes(), r, b)
		if ctx.Err() != nil {
			return Result{}, ErrInterrupted
		}
		if err != nil {
			return Result{}, err
		}
		names = append(names, ed.TaggedPDF)
		data = append(data, tagged)
	}
	if ctx.Err() != nil {
		return Result{}, ErrInterrupted
	}
	paths := make([]string, len(names))
	for i, n := range names {
		paths[i] = filepath.Join(j.Dir, n)
	}
	if err := WriteFiles(paths, data); err != nil {
		return Result{}, err
	}
	return Result{Paths: paths, Pages: pdfRes.Pages}, nil
}

// Reconciled lists the sections whose rows are counted in every edition.
var Reconciled = report.ItemSheets

// Reconcile checks rows read = rows in the model = rows in each edition for
// every section, so no row is lost or invented on the way. editions maps an
// edition's Dutch name to its count per section.
func Reconcile(r *report.Report, editions map[string]map[string]int) error {
	names := make([]string, 0, len(editions))
	for n := range editions {
		names = append(names, n)
	}
	sort.Strings(names)
	var bad []string
	for _, s := range Reconciled {
		read, model := r.RowsRead(s), r.Count(s)
		ok := read == model
		line := fmt.Sprintf("%s: gelezen %d, in model %d", s, read, model)
		for _, n := range names {
			got := editions[n][s]
			ok = ok && got == model
			line += fmt.Sprintf(", in %s %d", n, got)
		}
		if !ok {
			bad = append(bad, line)
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("aantallen kloppen niet, er is niets geschreven:\n  %s", strings.Join(bad, "\n  "))
	}
	return nil
}

// Name is the base name of the outputs: "jaarverslag-2025-welzijn-gezondheid-zorg-en-diversiteit".
func Name(r *report.Report) string {
	if s := report.Slug(fmt.Sprintf("jaarverslag %d %s", r.Meta.Year, r.Meta.Portfolio)); s != "" {
		return s
	}
	return "jaarverslag"
}

// SourceDateEpoch reads SOURCE_DATE_EPOCH, the reproducible-builds way to
// fix "gebouwd op"; nil when it is not set.
func SourceDateEpoch() (*time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return nil, nil
	}
	var sec int64
	if _, err := fmt.Sscan(s, &sec); err != nil {
		return nil, fmt.Errorf("SOURCE_DATE_EPOCH %q is geen aantal seconden: %w", s, err)
	}
	t := time.Unix(sec, 0).UTC()
	return &t, nil
}
