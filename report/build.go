package report

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"time"
)

// Build identifies one build without using the wall clock, so the same
// input always gives the same output.
type Build struct {
	Version  string    // short hash over the hashes of all inputs
	Built    time.Time // shown as "gebouwd op"
	Tool     string    // version of jaarverslag ("v1.2.3", "0eb0ce6"); "" when unknown
	Editions Editions  // the files built together, set by the writer of them all
}

// Editions are the file names of the editions built together, so that each
// can name the others (the PDF names its accessible version); "" for an
// edition not built.
type Editions struct {
	PDF, Web, TaggedPDF, Annex string
}

// ToolName is how the outputs name the tool that made them: "jaarverslag
// v1.2.3", or plain "jaarverslag" when its version is not known.
func (b Build) ToolName() string {
	if b.Tool == "" {
		return "jaarverslag"
	}
	return "jaarverslag " + b.Tool
}

// BuiltAt is the "gebouwd op" time: Built, or the peildatum for a build
// made without one, so it is never the wall clock.
func (b Build) BuiltAt(m Meta) time.Time {
	if !b.Built.IsZero() {
		return b.Built
	}
	return m.CutoffDate
}

// NewBuild derives the build identity from the inputs. epoch is
// SOURCE_DATE_EPOCH when set; otherwise the newest modification date stored
// in the workbooks is used, else the peildatum. extra holds the SHA-256 of
// other inputs that change the output (layout settings, logo); last year's
// annex, which the Terugblik reports from, counts by itself.
func NewBuild(r *Report, epoch *time.Time, tool string, extra ...string) Build {
	hashes := append(make([]string, 0, len(r.Files)+len(extra)+1), extra...)
	if r.Previous != nil {
		hashes = append(hashes, r.Previous.SHA256)
	}
	var newest time.Time
	for _, f := range r.Files {
		hashes = append(hashes, f.SHA256)
		if f.Modified.After(newest) {
			newest = f.Modified
		}
	}
	sort.Strings(hashes)
	h := sha256.New()
	for _, s := range hashes {
		h.Write([]byte(s))
		h.Write([]byte{'\n'})
	}
	b := Build{Version: hex.EncodeToString(h.Sum(nil))[:12], Tool: tool}
	switch {
	case epoch != nil:
		b.Built = epoch.UTC()
	case !newest.IsZero():
		b.Built = newest.UTC()
	default:
		b.Built = r.Meta.CutoffDate.UTC()
	}
	return b
}
