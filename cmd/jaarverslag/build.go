package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"jaarverslag/output"
	"jaarverslag/output/browser"
	"jaarverslag/report"
	"jaarverslag/sources"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("build", "[opties] PAD...", stdout, stderr)
	var in inputFlags
	in.register(fl)
	outDir := fl.String("o", "output", "schrijf het verslag, de bijlage en de webversie in `MAP`")
	quiet := fl.Bool("q", false, "geen voortgang tonen (die verschijnt alleen als de uitvoer een terminal is)")
	var lf lookFlags
	lf.register(fl)
	tagged := fl.Bool("toegankelijke-pdf", false, "maak ook een getagde PDF van de webversie (NAAM-toegankelijk.pdf), met headless Chromium")
	chromium := fl.String("chromium", "", "de Chromium of Chrome in `PAD` voor --toegankelijke-pdf (anders de eerste op PATH van: "+strings.Join(browser.Names, ", ")+")")
	paths, err := fl.parsePaths(args)
	if err != nil {
		return 0, err
	}
	if *chromium != "" && !*tagged {
		fmt.Fprintf(stderr, "jaarverslag build: --chromium hoort bij --toegankelijke-pdf\n\n")
		fl.Usage()
		return 0, errUsage
	}
	if *tagged {
		// Before reading anything: without a browser the build cannot finish.
		if _, err := browser.Find(*chromium); err != nil {
			return 0, fmt.Errorf("toegankelijke PDF: %w; er is niets geschreven", err)
		}
	}
	lk, err := lf.read(stderr)
	if err != nil {
		return 0, err
	}
	prog := newProgress(stderr, *quiet)

	// 1. Read and validate: nothing is written unless the input is clean.
	start := time.Now()
	prog.stage("invoer lezen en controleren")
	r, fs, err := load(ctx, paths, in.options())
	if err != nil {
		return 0, err
	}
	for _, f := range fs {
		fmt.Fprintf(stderr, "%s\n", f)
	}
	if code := exitCode(fs); code != exitOK {
		fmt.Fprintf(stderr, "jaarverslag: %d %s; er is niets geschreven\n", fs.Errors(false), plural(fs.Errors(false), "fout", "fouten"))
		return code, nil
	}
	prog.done(fmt.Sprintf("%d bestanden, %d acties, %d resultaten", len(r.Files), len(r.Actions), len(r.Achievements)), start)

	// 2. Render every edition, check them against the model, write them together.
	start = time.Now()
	prog.stage("verslag, bijlage en webversie opmaken")
	res, err := output.Write(ctx, output.Job{Report: r, Build: report.NewBuild(r, lk.epoch, toolVersion(), lk.extra...), Layout: lk.layout, Dir: *outDir,
		TaggedPDF: *tagged, Chromium: *chromium})
	if err != nil {
		return 0, output.WithOption(err, "-o")
	}
	prog.done(fmt.Sprintf("%d pagina's", res.Pages), start)
	for _, p := range res.Paths {
		fmt.Fprintln(stdout, p)
	}
	return exitOK, nil
}

// load is sources.Load that gives up at once when ctx ends: reading writes
// nothing, so the reader is left to finish on its own while the command
// exits.
func load(ctx context.Context, paths []string, opts sources.Options) (*report.Report, report.Findings, error) {
	type loaded struct {
		r  *report.Report
		fs report.Findings
	}
	done := make(chan loaded, 1)
	go func() {
		r, fs := sources.Load(paths, opts)
		done <- loaded{r, fs}
	}()
	select {
	case l := <-done:
		return l.r, l.fs, nil
	case <-ctx.Done():
		return nil, nil, output.ErrInterrupted
	}
}
