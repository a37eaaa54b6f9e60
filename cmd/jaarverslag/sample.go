package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/sources"
)

// sampleModified is stored as the workbooks' modification date, so the
// sample set and the report built from it are the same on every machine.
var sampleModified = time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)

func runSample(args []string, stdout, stderr io.Writer) error {
	fl := newFlags("sample", "[--scale N] -o MAP", stderr)
	out := fl.String("o", "", "`MAP` voor de voorbeeldbestanden")
	scale := fl.Int("scale", 0, "maak een synthetische set van N keer de voorbeeldset (0: de echte Groningen-set)")
	rest, err := parse(fl, args)
	if err != nil {
		return err
	}
	if *out == "" || len(rest) > 0 || *scale < 0 {
		fl.Usage()
		return errUsage
	}
	var r *report.Report
	if *scale == 0 {
		r = sample.Groningen()
	} else {
		r = sample.Scaled(*scale)
	}
	for _, p := range sample.Split() {
		path := filepath.Join(*out, p.Name)
		err := output.WriteFile(path, func(w io.Writer) error {
			return sources.WriteWorkbook(w, r, p.Sheets, p.Domains, sampleModified)
		})
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, path)
	}
	return nil
}
