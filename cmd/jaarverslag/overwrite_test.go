package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTemplateRefusesToOverwrite: a filled-in workbook was lost to
// `template -o` once; now it stays unless --force says otherwise.
func TestTemplateRefusesToOverwrite(t *testing.T) {
	tests := []struct {
		name   string
		args   []string // before -o
		exists bool
		want   int
		kept   bool     // the earlier file is still there unchanged
		msg    []string // on stderr
	}{
		{"new file", nil, false, exitOK, false, nil},
		{"existing file", nil, true, exitIO, true, []string{"bestaat al", "er is niets geschreven", "--force"}},
		{"department, existing file", []string{"--afdeling"}, true, exitIO, true, []string{"bestaat al", "--force"}},
		{"existing file with --force", []string{"--force"}, true, exitOK, false, nil},
		{"department with --force", []string{"--afdeling", "--force"}, true, exitOK, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ingevuld.xlsx")
			if tt.exists {
				if err := os.WriteFile(path, []byte("het werk van een middag"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, _, errOut := runCmd(t, append(append([]string{"template"}, tt.args...), "-o", path)...)
			if code != tt.want {
				t.Fatalf("exit %d, want %d: %s", code, tt.want, errOut)
			}
			got, _ := os.ReadFile(path)
			if kept := string(got) == "het werk van een middag"; kept != tt.kept {
				t.Errorf("earlier file kept: %v, want %v", kept, tt.kept)
			}
			for _, m := range tt.msg {
				if !strings.Contains(errOut, m) {
					t.Errorf("stderr lacks %q: %s", m, errOut)
				}
			}
			if tt.kept && !strings.Contains(errOut, path) {
				t.Errorf("stderr does not name %s: %s", path, errOut)
			}
		})
	}
	// A folder is never replaced, --force or not.
	dir := t.TempDir()
	code, _, errOut := runCmd(t, "template", "--force", "-o", dir)
	if code != exitIO || !strings.Contains(errOut, dir+" is een map; geef een bestandsnaam met -o") {
		t.Errorf("template -o FOLDER: exit %d: %s", code, errOut)
	}
}

func TestSampleRefusesToOverwrite(t *testing.T) {
	tests := []struct {
		name  string
		files []string // already in the folder
		force bool
		want  int
		msg   []string
	}{
		{"empty folder", nil, false, exitOK, nil},
		{"unrelated files", []string{"LEESMIJ.txt", ".DS_Store", "~$jeugd.xlsx"}, false, exitOK, nil},
		{"one sample file exists", []string{"jeugd.xlsx"}, false, exitIO,
			[]string{"bevat al het bestand jeugd.xlsx", "er is niets geschreven", "--force"}},
		{"other workbooks", []string{"eigen.xlsx", "oud.ods"}, false, exitIO,
			[]string{"andere werkmappen (eigen.xlsx en oud.ods)", "er is niets geschreven", "--force"}},
		{"--force overwrites, deletes nothing", []string{"jeugd.xlsx", "eigen.xlsx"}, true, exitOK, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, f), []byte("van de gebruiker"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := []string{"sample", "-o", dir}
			if tt.force {
				args = append(args, "--force")
			}
			code, _, errOut := runCmd(t, args...)
			if code != tt.want {
				t.Fatalf("exit %d, want %d: %s", code, tt.want, errOut)
			}
			for _, m := range tt.msg {
				if !strings.Contains(errOut, m) {
					t.Errorf("stderr lacks %q: %s", m, errOut)
				}
			}
			entries, _ := os.ReadDir(dir)
			if code != exitOK {
				if len(entries) != len(tt.files) {
					t.Errorf("a refused sample wrote files: %v", entries)
				}
				for _, f := range tt.files {
					if b, _ := os.ReadFile(filepath.Join(dir, f)); string(b) != "van de gebruiker" {
						t.Errorf("%s changed by a refused sample", f)
					}
				}
				return
			}
			// Everything the user had is still there.
			for _, f := range tt.files {
				b, err := os.ReadFile(filepath.Join(dir, f))
				if err != nil {
					t.Errorf("%s is gone: %v", f, err)
				} else if f != "jeugd.xlsx" && string(b) != "van de gebruiker" {
					t.Errorf("%s, not a sample file, was changed", f)
				}
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "rapport.xlsx")); len(b) < 1000 {
				t.Error("the sample set was not written")
			}
		})
	}
}
