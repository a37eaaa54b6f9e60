package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// reviewFlags are template's options for the Terugblik: last year's annex
// whose plans fill the sheet, and for a department its own domains.
type reviewFlags struct {
	previous string
	domains  names
}

func (f *reviewFlags) register(fs *flags) {
	fs.StringVar(&f.previous, "vorig-jaar", "", "vul het blad Terugblik met elk plan uit de bijlage van het verslag van vorig jaar (`BESTAND`, …-bijlage.xlsx)")
	fs.Var(&f.domains, "domein", "met --afdeling en --vorig-jaar: alleen de plannen van domein `NAAM` (mag vaker)")
}

// check says what is wrong with the combination of options, "" when nothing.
func (f *reviewFlags) check(dept bool) string {
	switch {
	case len(f.domains) > 0 && !dept:
		return "--domein alleen met --afdeling (de werkmap van F&C krijgt alle plannen)"
	case len(f.domains) > 0 && f.previous == "":
		return "--domein alleen met --vorig-jaar (het kiest de plannen van vorig jaar voor het blad Terugblik)"
	}
	return ""
}

// reviews reads last year's annex and makes a Terugblik row for each of its
// plans (of the given domains). meta is F&C's Rapport when it was read: the
// annex must then be last year's of that report.
func (f *reviewFlags) reviews(meta *report.Meta, stderr io.Writer) ([]report.PlanReview, int) {
	prev, fs := sources.ReadPrevious(f.previous, sources.Options{})
	if prev != nil && meta != nil {
		more, _ := report.CheckPrevious(*meta, prev)
		fs = append(fs, more...)
	}
	fs.Sort()
	for _, x := range fs {
		fmt.Fprintln(stderr, x)
	}
	if code := exitCode(fs); code != exitOK {
		fmt.Fprintf(stderr, "jaarverslag: %s is niet te gebruiken als bijlage van vorig jaar; er is niets geschreven\n", f.previous)
		return nil, code
	}
	known := map[string]string{}
	var listed []string
	for _, p := range prev.Plans {
		if k := report.Fold(p.Domain); known[k] == "" {
			known[k] = p.Domain
			listed = append(listed, p.Domain)
		}
	}
	for _, d := range f.domains {
		if known[report.Fold(d)] != "" {
			continue
		}
		msg := fmt.Sprintf("jaarverslag: --domein %q: de bijlage van vorig jaar heeft geen plannen in dat domein", d)
		if s := report.Closest(d, listed); s != "" {
			msg += fmt.Sprintf("; bedoelt u %q?", s)
		} else {
			msg += "; wel in: " + strings.Join(listed, ", ")
		}
		fmt.Fprintln(stderr, msg)
		return nil, exitFindings
	}
	reviews := prev.Blank(f.domains...)
	if len(reviews) == 0 {
		fmt.Fprintf(stderr, "jaarverslag: de bijlage van vorig jaar (%s) heeft geen plannen; er is niets geschreven\n", f.previous)
		return nil, exitFindings
	}
	return reviews, exitOK
}

// names is a flag that may be given more than once.
type names []string

func (n *names) String() string { return strings.Join(*n, ", ") }

func (n *names) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("leeg")
	}
	*n = append(*n, strings.TrimSpace(s))
	return nil
}

var _ flag.Value = (*names)(nil)
