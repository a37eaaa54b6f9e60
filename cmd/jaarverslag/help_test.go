package main

import (
	"regexp"
	"strings"
	"testing"
)

// english catches what Go's flag package would print in English.
var english = regexp.MustCompile(`(?i)\b(string|int|int64|float|bool|default|value|flag|usage|provided|defined|invalid|argument|syntax)\b`)

// TestHelpInDutch: every command's -h lists every option, in Dutch, on
// stdout with exit 0, like the top-level help.
func TestHelpInDutch(t *testing.T) {
	options := map[string][]string{
		"template": {"-o BESTAND", "--afdeling", "--force", "(standaard: invoer-jaarverslag.xlsx)"},
		"validate": {"--json", "--strict", "--annotate MAP", "--max-size MB", "--max-rows N", "(standaard: 50)", "(standaard: 100000)"},
		"build":    {"-o MAP", "-q", "--strict", "--layout BESTAND", "--toegankelijke-pdf", "--chromium PAD", "--max-size MB", "--max-rows N", "(standaard: output)"},
		"sample":   {"-o MAP", "--scale N", "--force"},
	}
	for cmd, want := range options {
		for _, h := range []string{"-h", "--help"} {
			code, out, errOut := runCmd(t, cmd, h)
			if code != exitOK || errOut != "" {
				t.Errorf("%s %s: exit %d, stderr %q", cmd, h, code, errOut)
			}
			if !strings.HasPrefix(out, "Gebruik: jaarverslag "+cmd+" ") {
				t.Errorf("%s %s: stdout %q", cmd, h, out)
			}
			for _, w := range want {
				if !strings.Contains(out, "  "+w) && !strings.Contains(out, w) {
					t.Errorf("%s %s lacks %q:\n%s", cmd, h, w, out)
				}
			}
			if m := english.FindString(out); m != "" {
				t.Errorf("%s %s has the English word %q:\n%s", cmd, h, m, out)
			}
			if strings.Contains(out, "templates/") {
				t.Errorf("%s %s says the layout lives in templates/:\n%s", cmd, h, out)
			}
		}
	}
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}} {
		code, out, errOut := runCmd(t, args...)
		if code != exitOK || errOut != "" || !strings.HasPrefix(out, "Gebruik: jaarverslag <opdracht>") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
		for _, w := range []string{"template", "validate", "build", "sample", "version", "--force"} {
			if !strings.Contains(out, w) {
				t.Errorf("%v lacks %s", args, w)
			}
		}
	}
}

// TestUsageErrorsInDutch: a mistake on the command line is told in Dutch
// on stderr, followed by the command's help, with exit 2 and nothing on
// stdout.
func TestUsageErrorsInDutch(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"validate", "--onbekend", goodSet}, "jaarverslag validate: onbekende optie --onbekend"},
		{[]string{"validate", "-x", goodSet}, "jaarverslag validate: onbekende optie -x"},
		{[]string{"validate", "--max-rows", "veel", goodSet}, `ongeldige waarde "veel" voor --max-rows; geef een geheel getal`},
		{[]string{"validate", "--max-size", "99999999999999999999", goodSet}, "het getal is te groot"},
		{[]string{"validate", "--json=misschien", goodSet}, "geef true of false"},
		{[]string{"build", "-o"}, "jaarverslag build: optie -o heeft een waarde nodig"},
		{[]string{"build"}, "jaarverslag build: geef één of meer invoerbestanden of mappen op"},
		{[]string{"validate"}, "geef één of meer invoerbestanden of mappen op"},
		{[]string{"sample"}, "jaarverslag sample: geef met -o de map voor de voorbeeldbestanden"},
		{[]string{"sample", "-o", "x", "extra"}, "sample neemt geen paden (extra)"},
		{[]string{"sample", "-o", "x", "--scale", "-3"}, "--scale is 0 of meer"},
		{[]string{"template", goodSet}, "paden alleen met --afdeling"},
		{[]string{"bestaat-niet"}, `onbekende opdracht "bestaat-niet"`},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(t, tt.args...)
		if code != exitUsage || out != "" {
			t.Errorf("%v: exit %d, stdout %q", tt.args, code, out)
		}
		if !strings.Contains(errOut, tt.want) || !strings.Contains(errOut, "Gebruik: jaarverslag") {
			t.Errorf("%v: stderr lacks %q and the help:\n%s", tt.args, tt.want, errOut)
		}
		if m := english.FindString(errOut); m != "" {
			t.Errorf("%v: the English word %q:\n%s", tt.args, m, errOut)
		}
	}
}
