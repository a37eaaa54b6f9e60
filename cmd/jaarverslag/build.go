package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"jaarverslag/output"
	"jaarverslag/output/browser"
	"jaarverslag/report"
	"jaarverslag/sources"
	"jaarverslag/templates"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("build", "[-o MAP] [--strict] [-q] [--toegankelijke-pdf [--chromium PAD]] PAD...", stderr)
	var in inputFlags
	in.register(fl)
	outDir := fl.String("o", "output", "`MAP` voor het verslag, de bijlage en de webversie")
	quiet := fl.Bool("q", false, "geen voortgang tonen")
	layoutFile := fl.String("layout", "", "opmaakinstellingen (JSON) in plaats van de standaard in templates/")
	tagged := fl.Bool("toegankelijke-pdf", false, "maak ook een getagde PDF van de webversie, met headless Chromium")
	chromium := fl.String("chromium", "", "`PAD` van Chromium of Chrome voor --toegankelijke-pdf (standaard: gezocht op PATH)")
	paths, err := parsePaths(fl, args, stderr)
	if err != nil {
		return 0, err
	}
	if *chromium != "" && !*tagged {
		fmt.Fprintln(stderr, "jaarverslag: --chromium hoort bij --toegankelijke-pdf")
		return 0, errUsage
	}
	if *tagged {
		// Before reading anything: without a browser the build cannot finish.
		if _, err := browser.Find(*chromium); err != nil {
			return 0, fmt.Errorf("toegankelijke PDF: %w; er is niets geschreven", err)
		}
	}
	layout := templates.DefaultLayout()
	var extra []string // hashes of inputs besides the workbooks
	if *layoutFile != "" {
		if layout, extra, err = templates.ReadLayoutFile(*layoutFile); err != nil {
			return 0, err
		}
	}
	epoch, err := output.SourceDateEpoch()
	if err != nil {
		fmt.Fprintf(stderr, "jaarverslag: %v\n", err)
		return 0, errUsage
	}
	prog := newProgress(stderr, *quiet)

	// 1. Read and validate: nothing is written unless the input is clean.
	start := time.Now()
	prog.stage("invoer lezen en controleren")
	r, fs := sources.Load(paths, in.options())
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
	res, err := output.Write(ctx, output.Job{Report: r, Build: report.NewBuild(r, epoch, version, extra...), Layout: layout, Dir: *outDir,
		TaggedPDF: *tagged, Chromium: *chromium})
	if err != nil {
		return 0, err
	}
	prog.done(fmt.Sprintf("%d pagina's", res.Pages), start)
	for _, p := range res.Paths {
		fmt.Fprintln(stdout, p)
	}
	return exitOK, nil
}
