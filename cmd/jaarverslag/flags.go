package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// flags is a subcommand's flag set with help and errors in Dutch: the flag
// package prints type names ("string", "int") and "(default …)" in English,
// so the help is ours. Help (-h) goes to stdout, mistakes to stderr.
type flags struct {
	*flag.FlagSet
	synopsis       string
	stdout, stderr io.Writer
}

// newFlags makes a flag set that never exits the process and never prints
// on its own.
func newFlags(name, synopsis string, stdout, stderr io.Writer) *flags {
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), synopsis: synopsis, stdout: stdout, stderr: stderr}
	f.SetOutput(io.Discard)
	f.FlagSet.Usage = func() { f.usage(f.stderr) }
	return f
}

// dash is how a flag is written: -o, --strict.
func dash(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// placeholders names the value of a flag whose help has no `WORD`.
var placeholders = map[string]string{"string": "TEKST", "int": "N", "uint": "N", "float": "GETAL", "duration": "DUUR", "value": "WAARDE"}

// usage prints the synopsis and every option with its Dutch help and, when
// it has one, its default.
func (f *flags) usage(w io.Writer) {
	fmt.Fprintf(w, "Gebruik: jaarverslag %s %s\n", f.Name(), f.synopsis)
	type option struct {
		label string
		words []string // the help; the default is one word, never broken
	}
	var opts []option
	width := 0
	f.VisitAll(func(fl *flag.Flag) {
		value, help := flag.UnquoteUsage(fl)
		if p, ok := placeholders[value]; ok {
			value = p
		}
		label := dash(fl.Name)
		if value != "" {
			label += " " + value
		}
		words := strings.Fields(help)
		switch fl.DefValue {
		case "", "0", "false":
		default:
			words = append(words, fmt.Sprintf("(standaard: %s)", fl.DefValue))
		}
		opts = append(opts, option{label, words})
		width = max(width, len(label))
	})
	if len(opts) == 0 {
		return
	}
	fmt.Fprintf(w, "\nOpties:\n")
	indent := strings.Repeat(" ", width+4)
	for _, o := range opts {
		fmt.Fprintf(w, "  %-*s  %s\n", width, o.label, strings.Join(wrap(o.words, max(40, helpWidth-len(indent))), "\n"+indent))
	}
}

// helpWidth is the width of the help, in characters.
const helpWidth = 80

// wrap puts words on lines of at most n characters (a longer word gets a
// line of its own).
func wrap(words []string, n int) []string {
	var lines []string
	line := ""
	for _, w := range words {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > n {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// parse parses flags, which may also follow the paths (jaarverslag
// validate testdata --json), and returns the paths. -h prints the help on
// stdout and returns flag.ErrHelp; a mistake is told on stderr, in Dutch,
// with the help, as errUsage.
func (f *flags) parse(args []string) ([]string, error) {
	usage := f.FlagSet.Usage
	f.FlagSet.Usage = func() {} // the flag package calls it on -h and on errors; we print ourselves
	defer func() { f.FlagSet.Usage = usage }()
	var rest []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				f.usage(f.stdout)
				return nil, err
			}
			fmt.Fprintf(f.stderr, "jaarverslag %s: %s\n\n", f.Name(), f.dutch(err))
			f.usage(f.stderr)
			return nil, errUsage
		}
		args = f.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// parsePaths parses flags and requires at least one input path.
func (f *flags) parsePaths(args []string) ([]string, error) {
	paths, err := f.parse(args)
	if err == nil && len(paths) == 0 {
		fmt.Fprintf(f.stderr, "jaarverslag %s: geef één of meer invoerbestanden of mappen op\n\n", f.Name())
		f.usage(f.stderr)
		err = errUsage
	}
	return paths, err
}

// The flag package's parse errors, which have no types to tell them apart.
var (
	reUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	reNoValue   = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	reBadValue  = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]*): `)
	reSyntax    = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// dutch says a parse error in Dutch.
func (f *flags) dutch(err error) string {
	msg := err.Error()
	if m := reUndefined.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("onbekende optie %s", dash(m[1]))
	}
	if m := reNoValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("optie %s heeft een waarde nodig", dash(m[1]))
	}
	if m := reBadValue.FindStringSubmatch(msg); m != nil {
		s := fmt.Sprintf("ongeldige waarde %q voor %s", m[1], dash(m[2]))
		isBool := false
		if fl := f.Lookup(m[2]); fl != nil {
			bf, ok := fl.Value.(interface{ IsBoolFlag() bool })
			isBool = ok && bf.IsBoolFlag()
		}
		switch {
		case isBool:
			s += "; geef true of false, of laat de waarde weg"
		case strings.HasSuffix(msg, "value out of range"):
			s += "; het getal is te groot"
		case strings.HasSuffix(msg, "parse error"):
			s += "; geef een geheel getal"
		}
		return s
	}
	if m := reSyntax.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("onjuiste optie %s", m[1])
	}
	return msg
}
