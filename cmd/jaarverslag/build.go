package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
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

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("build", "[-o MAP] [--strict] [-q] PAD...", stderr)
	var in inputFlags
	in.register(fl)
	outDir := fl.String("o", "output", "`MAP` voor het verslag en de bijlage")
	quiet := fl.Bool("q", false, "geen voortgang tonen")
	layoutFile := fl.String("layout", "", "opmaakinstellingen (JSON) in plaats van de standaard in templates/")
	paths, err := parsePaths(fl, args, stderr)
	if err != nil {
		return 0, err
	}
	layout := templates.DefaultLayout()
	var extra []string // hashes of inputs besides the workbooks
	if *layoutFile != "" {
		data, err := os.ReadFile(*layoutFile)
		if err != nil {
			return 0, fmt.Errorf("opmaakinstellingen lezen: %w", err)
		}
		extra = append(extra, hash(data))
		if layout, err = templates.LoadLayout(data); err != nil {
			return 0, fmt.Errorf("%s: %w", *layoutFile, err)
		}
		if layout.Logo != "" {
			// A relative logo path is relative to the layout file, so the
			// pair can be kept together anywhere.
			logo := layout.Logo
			if !filepath.IsAbs(logo) {
				logo = filepath.Join(filepath.Dir(*layoutFile), logo)
			}
			if layout.LogoPNG, err = os.ReadFile(logo); err != nil {
				return 0, fmt.Errorf("logo uit %s lezen: %w", *layoutFile, err)
			}
			extra = append(extra, hash(layout.LogoPNG))
		}
	}
	epoch, err := sourceDateEpoch()
	if err != nil {
		fmt.Fprintf(stderr, "jaarverslag: %v\n", err)
		return 0, errUsage
	}
	prog := newProgress(stderr, *quiet)

	// 1. Read and validate: nothing is written unless the input is clean.
	start := time.Now()
	prog.stage("invoer lezen en controleren")
	r, fs, unreadable := in.load(paths)
	for _, f := range fs {
		fmt.Fprintf(stderr, "%s\n", f)
	}
	if code := exitCode(fs, unreadable); code != exitOK {
		fmt.Fprintf(stderr, "jaarverslag: %d %s; er is niets geschreven\n", fs.Errors(false), plural(fs.Errors(false), "fout", "fouten"))
		return code, nil
	}
	prog.done(fmt.Sprintf("%d bestanden, %d acties, %d resultaten", len(r.Files), len(r.Actions), len(r.Achievements)), start)

	// 2. Render both outputs into memory at once; their writers share nothing.
	b := report.NewBuild(r, epoch, version, extra...)
	start = time.Now()
	prog.stage("verslag en bijlage opmaken")
	var (
		pdfBuf, xlsBuf bytes.Buffer
		pdfRes         pdf.Rendered
		xlsRes         annex.Rendered
		pdfErr, xlsErr error
		wg             sync.WaitGroup
	)
	wg.Add(2)
	go func() { defer wg.Done(); pdfRes, pdfErr = pdf.Write(&pdfBuf, r, b, layout) }()
	go func() { defer wg.Done(); xlsRes, xlsErr = annex.Write(&xlsBuf, r, b) }()
	wg.Wait()
	if pdfErr != nil {
		return 0, fmt.Errorf("verslag opmaken: %w", pdfErr)
	}
	if xlsErr != nil {
		return 0, fmt.Errorf("bijlage opmaken: %w", xlsErr)
	}
	prog.done(fmt.Sprintf("%d pagina's", pdfRes.Pages), start)

	// 3. Reconcile: every row read is in the annex and in the PDF, once.
	if err := reconcile(r, pdfRes.Items, xlsRes.Rows); err != nil {
		return 0, err
	}

	// 4. Write both files atomically, unless the user interrupted.
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("afgebroken; bestaande uitvoer is niet aangeraakt")
	}
	name := OutputName(r)
	outputs := []string{filepath.Join(*outDir, name+".pdf"), filepath.Join(*outDir, name+"-bijlage.xlsx")}
	if err := writeAllAtomic(outputs, [][]byte{pdfBuf.Bytes(), xlsBuf.Bytes()}); err != nil {
		return 0, err
	}
	for _, p := range outputs {
		fmt.Fprintln(stdout, p)
	}
	return exitOK, nil
}

// counted lists the sections whose rows are reconciled.
var counted = []string{report.SheetActions, report.SheetAchievements, report.SheetPlans, report.SheetDevelopments, report.SheetKeyFigures, report.SheetBudget}

// reconcile checks rows read = rows in the model = rows in the annex =
// items in the PDF for every section, so no row is lost or invented.
func reconcile(r *report.Report, inPDF, inAnnex map[string]int) error {
	var bad []string
	for _, s := range counted {
		read, model := r.RowsRead(s), r.Count(s)
		if read != model || model != inAnnex[s] || model != inPDF[s] {
			bad = append(bad, fmt.Sprintf("%s: gelezen %d, in model %d, in bijlage %d, in verslag %d", s, read, model, inAnnex[s], inPDF[s]))
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("aantallen kloppen niet, er is niets geschreven:\n  %s", strings.Join(bad, "\n  "))
	}
	return nil
}

// OutputName is the base name of the outputs: "jaarverslag-2025-welzijn-gezondheid-zorg-en-diversiteit".
func OutputName(r *report.Report) string {
	return slug(fmt.Sprintf("jaarverslag %d %s", r.Meta.Year, r.Meta.Portfolio))
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range report.Fold(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > 80 {
		out = strings.TrimRight(out[:80], "-")
	}
	if out == "" {
		out = "jaarverslag"
	}
	return out
}

func hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
