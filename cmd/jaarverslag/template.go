package main

import (
	"fmt"
	"io"

	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/sources"
)

func runTemplate(args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("template", "[--afdeling] [-o BESTAND] [PAD...]", stderr)
	out := fl.String("o", "invoer-jaarverslag.xlsx", "het te schrijven `BESTAND`")
	dept := fl.Bool("afdeling", false, "zonder de bladen Rapport en Domeinen, voor een afdeling; de domeinen komen uit PAD (standaard: de standaardlijst)")
	paths, err := parse(fl, args)
	if err != nil {
		return 0, err
	}
	if len(paths) > 0 && !*dept {
		fmt.Fprintf(stderr, "jaarverslag: template neemt alleen paden met --afdeling (om de domeinen uit te lezen)\n")
		return 0, errUsage
	}
	write := sources.WriteTemplate
	if *dept {
		var domains []report.Domain
		if len(paths) > 0 {
			var code int
			if domains, code = readDomains(paths, stderr); code != exitOK {
				return code, nil
			}
		}
		write = func(w io.Writer) error { return sources.WriteDepartmentTemplate(w, domains) }
	}
	if err := output.WriteFile(*out, write); err != nil {
		return 0, err
	}
	fmt.Fprintln(stdout, *out)
	return exitOK, nil
}

// readDomains takes the Domeinen list from the given workbooks (F&C's own
// file), so a department's dropdown offers the municipality's domains. Other
// findings there are not the department's business and stay unreported.
func readDomains(paths []string, stderr io.Writer) ([]report.Domain, int) {
	r, fs := sources.Read(paths, sources.Options{})
	code := exitOK
	for _, f := range fs {
		if f.Rule == report.RuleUnreadable {
			fmt.Fprintln(stderr, f)
			code = exitIO
		}
	}
	if code != exitOK {
		return nil, code
	}
	out := r.DistinctDomains()
	if len(out) == 0 {
		fmt.Fprintf(stderr, "jaarverslag: geen domeinen gevonden; de paden moeten een blad Domeinen met ingevulde domeinen hebben\n")
		return nil, exitFindings
	}
	return out, exitOK
}
