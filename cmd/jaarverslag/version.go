package main

import (
	"regexp"
	"runtime/debug"
	"strings"
)

// version may be set with -ldflags "-X main.version=v1.2.3"; otherwise it
// comes from the build information (see toolVersion).
var version string

// toolVersion is the version the outputs and `jaarverslag version` name:
// the -ldflags version, a release tag ("v1.2.3") for `go install …@v1.2.3`,
// else the short commit of the checkout it was built from ("0eb0ce6", with
// "-dirty" when it had changes), else "" (a test binary, or a build with
// -buildvcs=false): the outputs then say just "jaarverslag".
func toolVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	return versionOf(bi)
}

// pseudo matches the timestamp-commit tail of a Go pseudo-version
// (v0.0.0-20260101120000-0eb0ce6abcde), which says no more than the
// commit and says it less readably.
var pseudo = regexp.MustCompile(`\d{14}-[0-9a-f]{12}`)

func versionOf(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	dirty := strings.HasSuffix(v, "+dirty")
	v = strings.TrimSuffix(v, "+dirty")
	if v != "" && v != "(devel)" && !pseudo.MatchString(v) {
		if dirty {
			v += "-dirty"
		}
		return v
	}
	var rev string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = dirty || s.Value == "true"
		}
	}
	if rev == "" {
		return ""
	}
	if len(rev) > 7 {
		rev = rev[:7]
	}
	if dirty {
		rev += "-dirty"
	}
	return rev
}
