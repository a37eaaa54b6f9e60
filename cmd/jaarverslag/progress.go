package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress tells on stderr which stage a long build is in, only when
// stderr is a terminal, so logs and pipes stay clean.
type progress struct {
	w  io.Writer
	on bool
}

func newProgress(stderr io.Writer, quiet bool) *progress {
	on := false
	if f, ok := stderr.(*os.File); ok && !quiet {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: stderr, on: on}
}

func (p *progress) stage(s string) {
	if p.on {
		fmt.Fprintf(p.w, "jaarverslag: %s …\n", s)
	}
}

func (p *progress) done(what string, since time.Time) {
	if p.on {
		fmt.Fprintf(p.w, "jaarverslag:   %s (%s)\n", what, time.Since(since).Round(time.Millisecond))
	}
}
