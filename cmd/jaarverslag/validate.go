package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/sources"
)

// inputFlags are the options validate and build share.
type inputFlags struct {
	strict   bool
	maxSize  int64
	maxRows  int
	previous string
}

func (f *inputFlags) register(fs interface {
	BoolVar(*bool, string, bool, string)
	Int64Var(*int64, string, int64, string)
	IntVar(*int, string, int, string)
	StringVar(*string, string, string, string)
}) {
	fs.BoolVar(&f.strict, "strict", false, "behandel waarschuwingen als fouten")
	fs.Int64Var(&f.maxSize, "max-size", 50, "grootste invoerbestand in `MB`")
	fs.IntVar(&f.maxRows, "max-rows", sources.DefaultMaxRows, "hoogstens `N` gegevensrijen per blad")
	fs.StringVar(&f.previous, "vorig-jaar", "", "de bijlage van het verslag van vorig jaar (`BESTAND`, …-bijlage.xlsx): elk plan daaruit moet precies één keer op het blad Terugblik staan")
}

// options are the reading options the flags set.
func (f *inputFlags) options() sources.Options {
	return sources.Options{MaxFileSize: f.maxSize << 20, MaxRows: f.maxRows, Strict: f.strict, Previous: f.previous}
}

func runValidate(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("validate", "[opties] PAD...", stdout, stderr)
	var in inputFlags
	in.register(fl)
	asJSON := fl.Bool("json", false, "schrijf de bevindingen als JSON")
	annotate := fl.String("annotate", "", "schrijf kopieën met rode cellen en opmerkingen in `MAP`")
	paths, err := fl.parsePaths(args)
	if err != nil {
		return 0, err
	}
	r, fs, err := load(ctx, paths, in.options())
	if err != nil {
		return 0, err
	}
	if *asJSON {
		if err := writeJSON(stdout, fs); err != nil {
			return 0, err
		}
	} else {
		writeText(stdout, fs, len(r.Files))
	}
	if *annotate != "" {
		written, err := sources.Annotate(paths, fs, *annotate, output.WriteFile)
		for _, p := range written {
			fmt.Fprintf(stderr, "jaarverslag: bevindingen gemarkeerd in %s\n", p)
		}
		if err != nil {
			return 0, output.WithOption(err, "--annotate")
		}
	}
	return exitCode(fs), nil
}

func exitCode(fs report.Findings) int {
	switch {
	case fs.Unreadable():
		return exitIO
	case fs.Errors(false) > 0:
		return exitFindings
	}
	return exitOK
}

// writeText prints one line per finding, then the totals and the count per rule.
func writeText(w io.Writer, fs report.Findings, files int) {
	for _, f := range fs {
		fmt.Fprintln(w, f)
	}
	errs := fs.Errors(false)
	warns := len(fs) - errs
	fmt.Fprintf(w, "%d %s gelezen: %d %s, %d %s\n", files, plural(files, "bestand", "bestanden"),
		errs, plural(errs, "fout", "fouten"), warns, plural(warns, "waarschuwing", "waarschuwingen"))
	counts := fs.Counts()
	rules := make([]string, 0, len(counts))
	for r := range counts {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		fmt.Fprintf(w, "  %-24s %d\n", r, counts[r])
	}
}

func plural(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}

func writeJSON(w io.Writer, fs report.Findings) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(fs.JSON())
}
