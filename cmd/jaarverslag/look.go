package main

import (
	"fmt"
	"io"
	"time"

	"jaarverslag/output"
	"jaarverslag/templates"
)

// lookFlags are what build and serve share about how a report looks and
// when it says it was made: the layout file, and SOURCE_DATE_EPOCH.
type lookFlags struct{ layout string }

func (l *lookFlags) register(fl *flags) {
	fl.StringVar(&l.layout, "layout", "", "opmaakinstellingen in `BESTAND` (JSON: kleuren, teksten, logo) in plaats van de ingebouwde standaardopmaak")
}

// look is the layout, the hashes of the files it came from (they go into
// the version string) and the fixed build time, if any. A SOURCE_DATE_EPOCH
// that is not a number of seconds is a usage error.
type look struct {
	layout templates.Layout
	extra  []string
	epoch  *time.Time
}

func (l *lookFlags) read(stderr io.Writer) (look, error) {
	lk := look{layout: templates.DefaultLayout()}
	var err error
	if l.layout != "" {
		if lk.layout, lk.extra, err = templates.ReadLayoutFile(l.layout); err != nil {
			return look{}, err
		}
	}
	if lk.epoch, err = output.SourceDateEpoch(); err != nil {
		fmt.Fprintf(stderr, "jaarverslag: %v\n", err)
		return look{}, errUsage
	}
	return lk, nil
}
