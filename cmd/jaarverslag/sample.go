package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/sources"
)

// sampleModified is stored as the workbooks' modification date, so the
// sample set and the report built from it are the same on every machine.
var sampleModified = time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)

func runSample(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := newFlags("sample", "[--scale N] [--force] -o MAP", stdout, stderr)
	out := fl.String("o", "", "schrijf de voorbeeldbestanden in `MAP`")
	scale := fl.Int("scale", 0, "een synthetische set van `N` keer de voorbeeldset, voor belastingtests (0: de echte Groningen-set)")
	force := fl.Bool("force", false, "schrijf ook in een map met bestaande voorbeeldbestanden of andere werkmappen; bestanden met dezelfde naam worden overschreven")
	rest, err := fl.parse(args)
	if err != nil {
		return err
	}
	var problem string
	switch {
	case *out == "":
		problem = "geef met -o de map voor de voorbeeldbestanden"
	case len(rest) > 0:
		problem = fmt.Sprintf("sample neemt geen paden (%s); geef de map met -o", strings.Join(rest, " "))
	case *scale < 0:
		problem = "--scale is 0 of meer"
	}
	if problem != "" {
		fmt.Fprintf(stderr, "jaarverslag sample: %s\n\n", problem)
		fl.Usage()
		return errUsage
	}
	parts := sample.Split()
	paths := make([]string, len(parts))
	for i, p := range parts {
		paths[i] = filepath.Join(*out, p.Name)
	}
	if !*force {
		e := errSampleFolder{dir: *out, other: otherWorkbooks(*out, paths)}
		for _, p := range existing(paths) {
			e.exists = append(e.exists, filepath.Base(p))
		}
		if len(e.exists)+len(e.other) > 0 {
			return e
		}
	}
	var r *report.Report
	if *scale == 0 {
		r = sample.Groningen()
	} else {
		r = sample.Scaled(*scale)
	}
	// The set is written whole or not at all; even at scale 1000 it is a
	// few megabytes.
	data := make([][]byte, len(parts))
	for i, p := range parts {
		if ctx.Err() != nil {
			return output.ErrInterrupted
		}
		var buf bytes.Buffer
		if err := sources.WriteWorkbook(&buf, r, p.Sheets, p.Domains, sampleModified); err != nil {
			return err
		}
		data[i] = buf.Bytes()
	}
	if ctx.Err() != nil {
		return output.ErrInterrupted
	}
	if err := output.WriteFiles(paths, data); err != nil {
		return output.WithOption(err, "-o")
	}
	for _, p := range paths {
		fmt.Fprintln(stdout, p)
	}
	return nil
}
