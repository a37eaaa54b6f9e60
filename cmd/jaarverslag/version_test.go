package main

import (
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestVersionOf(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	tests := []struct {
		name     string
		version  string
		settings []debug.BuildSetting
		want     string
	}{
		{"test binary or -buildvcs=false", "(devel)", nil, ""},
		{"no version at all", "", nil, ""},
		{"checkout, clean", "v0.0.0-20261202100854-d68374fdb661", vcs("d68374fdb6617abb7969669a1b30231ed97e4818", "false"), "d68374f"},
		{"checkout, changed", "v0.0.0-20261202100854-d68374fdb661+dirty", vcs("d68374fdb6617abb7969669a1b30231ed97e4818", "true"), "d68374f-dirty"},
		{"older Go: (devel) with revision", "(devel)", vcs("0eb0ce6b7c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a", "false"), "0eb0ce6"},
		{"go install …@v1.2.3", "v1.2.3", nil, "v1.2.3"},
		{"tagged checkout, changed", "v1.2.3+dirty", vcs("0eb0ce6b7c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a", "true"), "v1.2.3-dirty"},
		{"pre-release pseudo-version", "v1.2.4-0.20261202100854-d68374fdb661", vcs("d68374fdb6617abb7969669a1b30231ed97e4818", "false"), "d68374f"},
	}
	for _, tt := range tests {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "jaarverslag", Version: tt.version}, Settings: tt.settings}
		if got := versionOf(bi); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestVersionUnknown: a test binary has no version, so `version` and the
// outputs say plain "jaarverslag", never "jaarverslag dev".
func TestVersionUnknown(t *testing.T) {
	if code, out, _ := runCmd(t, "version"); code != exitOK || out != "jaarverslag\n" {
		t.Errorf("version: exit %d, %q", code, out)
	}
	dir := t.TempDir()
	if code, _, errOut := runCmd(t, "build", "-q", "-o", dir, goodSet); code != exitOK {
		t.Fatal(errOut)
	}
	annexes, _ := filepath.Glob(filepath.Join(dir, "*-bijlage.xlsx"))
	f, err := excelize.OpenFile(annexes[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Bronnen")
	found := false
	for _, row := range rows {
		if len(row) > 1 && row[0] == "Gemaakt met" {
			found = true
			if row[1] != "jaarverslag" {
				t.Errorf("Gemaakt met %q, want jaarverslag", row[1])
			}
		}
	}
	if !found {
		t.Error("Bronnen has no Gemaakt met")
	}
	props, _ := f.GetDocProps()
	if !strings.HasPrefix(props.Description, "Gemaakt met jaarverslag, versie "+props.Identifier+", gebouwd op ") {
		t.Errorf("description %q", props.Description)
	}
}
