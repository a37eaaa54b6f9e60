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

	"jaarverslag/output"
	"jaarverslag/report"
)

// Exit codes, documented in the README.
const (
	exitOK          = 0
	exitFindings    = 1 // the input has errors
	exitUsage       = 2
	exitIO          = 3   // a file could not be read or written
	exitInterrupted = 130 // Ctrl-C or SIGTERM: 128 + SIGINT, as shells report a death by SIGINT
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go interrupts(sig, cancel, os.Stderr, os.Exit)
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// interrupts cancels the run on the first Ctrl-C (or SIGTERM), so that it
// stops cleanly and writes nothing, and exits at once on the second.
func interrupts(sig <-chan os.Signal, cancel context.CancelFunc, stderr io.Writer, exit func(int)) {
	<-sig
	cancel()
	<-sig
	fmt.Fprintln(stderr, "\njaarverslag: direct afgebroken")
	exit(exitInterrupted)
}

const usage = `Gebruik: jaarverslag <opdracht> [opties]

Opdrachten:
  template [-o BESTAND]          schrijf de lege invoerwerkmap
  template --afdeling [-o BESTAND] [PAD...]
                                 schrijf een werkmap voor een afdeling, zonder
                                 Rapport en Domeinen; gegevens uit PAD (F&C)
  template --vorig-jaar BIJLAGE  schrijf een werkmap met op het blad Terugblik
                                 elk plan uit de bijlage van vorig jaar
  validate [opties] PAD...       controleer invoerbestanden of mappen en toon
                                 elke bevinding
  build [opties] PAD...          controleer en maak het verslag (PDF), de
                                 bijlage (xlsx) en de toegankelijke webversie
                                 (html); met --toegankelijke-pdf ook een
                                 getagde PDF
  sample [--scale N] -o MAP      schrijf een voorbeeldset invoerbestanden
                                 (Groningen 2025)
  serve [opties]                 start het uploadportaal (standaard op
                                 127.0.0.1:8080)
  toegang [--data MAP] beheer | afdeling NAAM | intrekken NAAM
                                 maak of trek links voor het uploadportaal in
  version                        toon de versie

template en sample overschrijven geen bestaand bestand, tenzij met --force.
Gebruik "jaarverslag <opdracht> -h" voor alle opties van een opdracht.
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
		code, err = runValidate(ctx, args[1:], stdout, stderr)
	case "build":
		code, err = runBuild(ctx, args[1:], stdout, stderr)
	case "sample":
		err = runSample(ctx, args[1:], stdout, stderr)
	case "serve":
		code, err = runServe(ctx, args[1:], stdout, stderr)
	case "toegang":
		code, err = runToegang(ctx, args[1:], stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, report.Build{Tool: toolVersion()}.ToolName())
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
	case errors.Is(err, output.ErrInterrupted):
		fmt.Fprintf(stderr, "jaarverslag: %v\n", err)
		return exitInterrupted
	case err != nil:
		fmt.Fprintf(stderr, "jaarverslag: %v\n", err)
		return exitIO
	}
	return code
}
