// Command jaarverslag turns the workbooks staff fill in into the annual
// report for the city council: a PDF, an Excel annex and an accessible web page.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes, documented in the README.
const (
	exitOK       = 0
	exitFindings = 1 // the input has errors
	exitUsage    = 2
	exitIO       = 3 // a file could not be read or written
)

// version is set with -ldflags "-X main.version=…"; the build identity in
// the outputs comes from the inputs, not from this.
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `Gebruik: jaarverslag <opdracht> [opties]

Opdrachten:
  template [-o BESTAND]              schrijf het lege invoerbestand (standaard invoer-jaarverslag.xlsx)
  template --afdeling [-o BESTAND] [PAD...]
                                     hetzelfde zonder Rapport en Domeinen, voor een afdeling
  validate [opties] PAD...           controleer invoerbestanden of mappen en toon elke bevinding
  build [-o MAP] [opties] PAD...     controleer en maak het verslag (PDF), de bijlage (xlsx) en de
                                     toegankelijke webversie (html) in MAP (standaard output)
  sample [--scale N] -o MAP          schrijf een voorbeeldset invoerbestanden (Groningen 2025)
  version                            toon de versie

Gebruik "jaarverslag <opdracht> -h" voor de opties van een opdracht.
`

// errUsage marks a mistake in the command line (exit 2); help is not one.
var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	code := exitOK
	switch args[0] {
	case "template":
		code, err = runTemplate(args[1:], stdout, stderr)
	case "validate":
		code, err = runValidate(args[1:], stdout, stderr)
	case "build":
		code, err = runBuild(ctx, args[1:], stdout, stderr)
	case "sample":
		err = runSample(args[1:], stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "jaarverslag", version)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "jaarverslag: onbekende opdracht %q\n\n%s", args[0], usage)
		return exitUsage
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case err != nil:
		fmt.Fprintf(stderr, "jaarverslag: %v\n", err)
		return exitIO
	}
	return code
}

// newFlags makes a flag set whose errors and help go to stderr and which
// never exits the process.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Gebruik: jaarverslag %s %s\n\nOpties:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse turns flag errors into errUsage; -h stays flag.ErrHelp. Flags may
// follow the paths (jaarverslag validate testdata --json).
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// parsePaths parses flags and requires at least one input path.
func parsePaths(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, error) {
	paths, err := parse(fs, args)
	if err == nil && len(paths) == 0 {
		fmt.Fprintln(stderr, "jaarverslag: geef één of meer invoerbestanden of mappen op")
		fs.Usage()
		err = errUsage
	}
	return paths, err
}
