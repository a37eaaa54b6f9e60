// Package output renders every edition of a report and writes them as one:
// the PDF, the Excel annex, all complete or none. Both drivers (the command
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
// of the model, and only then writes them all at once.
func Write(ctx context.Context, j Job) (Result, error) {
	r := j.Report
	// The writers share nothing, so they render at the same time.
	var (
		pdfBuf, xlsBuf bytes.Buffer
		pdfRes         pdf.Rendered
		xlsRes         annex.Rendered
		pdfErr, xlsErr error
		wg             sync.WaitGroup
	)
	wg.Go(func() { pdfRes, pdfErr = pdf.Write(&pdfBuf, r, j.Build, j.Layout) })
	wg.Go(func() { xlsRes, xlsErr = annex.Write(&xlsBuf, r, j.Build) })
	wg.Wait()
	if pdfErr != nil {
		return Result{}, fmt.Errorf("verslag opmaken: %w", pdfErr)
	}
	if xlsErr != nil {
		return Result{}, fmt.Errorf("bijlage opmaken: %w", xlsErr)
	}
	if err := Reconcile(r, map[string]map[string]int{"verslag": pdfRes.Items, "bijlage": xlsRes.Rows}); err != nil {
		return Result{}, err
	}
	if ctx.Err() != nil {
		return Result{}, ErrInterrupted
	}
	name := Name(r)
	paths := []string{filepath.Join(j.Dir, name+".pdf"), filepath.Join(j.Dir, name+"-bijlage.xlsx")}
	if err := WriteFiles(paths, [][]byte{pdfBuf.Bytes(), xlsBuf.Bytes()}); err != nil {
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
