package main

import (
	"fmt"
	"io"

	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/sources"
)

func runTemplate(args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("template", "[--afdeling] [--vorig-jaar BESTAND [--domein NAAM]...] [--force] [-o BESTAND] [PAD...]", stdout, stderr)
	out := fl.String("o", "invoer-jaarverslag.xlsx", "schrijf de werkmap naar `BESTAND`")
	force := fl.Bool("force", false, "overschrijf BESTAND als het al bestaat")
	dept := fl.Bool("afdeling", false, "werkmap voor een afdeling, zonder de bladen Rapport en Domeinen; domeinen, verslagjaar en drempels komen uit PAD (het bestand van F&C), zonder PAD de standaarddomeinen")
	var rf reviewFlags
	rf.register(fl)
	paths, err := fl.parse(args)
	if err != nil {
		return 0, err
	}
	problem := rf.check(*dept)
	if len(paths) > 0 && !*dept {
		problem = "paden alleen met --afdeling (om de domeinen uit te lezen)"
	}
	if problem != "" {
		fmt.Fprintf(stderr, "jaarverslag template: %s\n\n", problem)
		fl.Usage()
		return 0, errUsage
	}
	if len(existing([]string{*out})) > 0 && !*force {
		return 0, errExists{*out}
	}
	write := sources.WriteTemplate
	var set sources.DepartmentSettings
	if *dept {
		if len(paths) > 0 {
			var code int
			if set, code = readDepartment(paths, stderr); code != exitOK {
				return code, nil
			}
		}
		write = func(w io.Writer) error { return sources.WriteDepartmentTemplate(w, set) }
	}
	if rf.previous != "" {
		reviews, code := rf.reviews(set.Meta, stderr)
		if code != exitOK {
			return code, nil
		}
		write = func(w io.Writer) error { return sources.WriteReviewTemplate(w, reviews) }
		if *dept {
			write = func(w io.Writer) error { return sources.WriteDepartmentReviewTemplate(w, set, reviews) }
		}
	}
	if err := output.WriteFile(*out, write); err != nil {
		return 0, output.WithOption(err, "-o")
	}
	fmt.Fprintln(stdout, *out)
	return exitOK, nil
}

// readDepartment takes from the given workbooks (F&C's own file) the
// Domeinen list, so a department's dropdown offers the municipality's
// domains, and Rapport's Verslagjaar and thresholds for its Toelichting.
// Other findings there are not the department's business and stay
// unreported.
func readDepartment(paths []string, stderr io.Writer) (sources.DepartmentSettings, int) {
	var set sources.DepartmentSettings
	r, fs := sources.Read(paths, sources.Options{})
	code := exitOK
	for _, f := range fs {
		if f.Rule == report.RuleUnreadable {
			fmt.Fprintln(stderr, f)
			code = exitIO
		}
	}
	if code != exitOK {
		return set, code
	}
	set.Domains = r.DistinctDomains()
	if len(set.Domains) == 0 {
		fmt.Fprintf(stderr, "jaarverslag: geen domeinen gevonden; de paden moeten een blad Domeinen met ingevulde domeinen hebben\n")
		return set, exitFindings
	}
	set.From = set.Domains[0].Src.File
	if r.Meta.Src.Sheet != "" {
		meta := r.Meta
		set.Meta, set.From = &meta, meta.Src.File
	}
	return set, exitOK
}
