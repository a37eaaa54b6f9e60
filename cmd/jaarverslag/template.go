package main

import (
	"fmt"
	"io"

	"jaarverslag/sources"
)

func runTemplate(args []string, stdout, stderr io.Writer) error {
	fl := newFlags("template", "[-o BESTAND]", stderr)
	out := fl.String("o", "invoer-jaarverslag.xlsx", "het te schrijven `BESTAND`")
	rest, err := parse(fl, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "jaarverslag: template neemt geen paden, wel -o BESTAND\n")
		return errUsage
	}
	if err := writeAtomic(*out, sources.WriteTemplate); err != nil {
		return err
	}
	fmt.Fprintln(stdout, *out)
	return nil
}
