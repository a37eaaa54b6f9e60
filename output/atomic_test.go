package output

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "verslag.pdf")
	if err := os.WriteFile(a, []byte("oud"), 0o644); err != nil {
		t.Fatal(err)
	}
	blocker := filepath.Join(dir, "bestand")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// The second file cannot be staged, so the first must stay as it was.
	err := WriteFiles([]string{a, filepath.Join(blocker, "bijlage.xlsx")}, [][]byte{[]byte("nieuw"), []byte("x")})
	if err == nil {
		t.Fatal("no error for an impossible path")
	}
	if got, _ := os.ReadFile(a); string(got) != "oud" {
		t.Errorf("first file is %q after a failed pair write", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("temp files left: %v", entries)
	}
	b := filepath.Join(dir, "bijlage.xlsx")
	if err := WriteFiles([]string{a, b}, [][]byte{[]byte("nieuw"), []byte("ook")}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(b); string(got) != "ook" {
		t.Errorf("second file %q", got)
	}
}

// TestWriteErrors makes each class of write failure happen on a real file
// system and checks the message: Dutch, the path as given, what to do, and
// never the temp file's name.
func TestWriteErrors(t *testing.T) {
	ok := func(w io.Writer) error { _, err := w.Write([]byte("inhoud")); return err }
	tests := []struct {
		name string
		// setup makes the situation in dir and returns the path to write.
		setup   func(t *testing.T, dir string) string
		write   func(w io.Writer) error
		root    string // why the case cannot run as root; "" when it can
		problem Problem
		want    []string // in the message, with dir shown as "D"
	}{
		{
			name: "parent is a file",
			setup: func(t *testing.T, dir string) string {
				mustWrite(t, filepath.Join(dir, "eenbestand"))
				return filepath.Join(dir, "eenbestand", "verslag.pdf")
			},
			problem: ProblemNotDir,
			want:    []string{"D/eenbestand is een bestand, geen map", "kies een andere map met -o"},
		},
		{
			name: "folder further up is a file",
			setup: func(t *testing.T, dir string) string {
				mustWrite(t, filepath.Join(dir, "eenbestand"))
				return filepath.Join(dir, "eenbestand", "uit", "2025", "verslag.pdf")
			},
			problem: ProblemNotDir,
			want:    []string{"D/eenbestand is een bestand, geen map"},
		},
		{
			name:    "target is a folder",
			setup:   func(t *testing.T, dir string) string { return dir },
			problem: ProblemIsDir,
			want:    []string{"D is een map; geef een bestandsnaam met -o"},
		},
		{
			name:    "target ends in a slash",
			setup:   func(t *testing.T, dir string) string { return filepath.Join(dir, "s") + "/" },
			problem: ProblemIsDir,
			want:    []string{"D/s/ is een map; geef een bestandsnaam met -o"},
		},
		{
			name: "no write permission",
			setup: func(t *testing.T, dir string) string {
				ro := filepath.Join(dir, "ro2")
				if err := os.Mkdir(ro, 0o555); err != nil {
					t.Fatal(err)
				}
				return filepath.Join(ro, "verslag.pdf")
			},
			root:    "root may write in a folder without write permission; TestExplain covers the message",
			problem: ProblemPermission,
			want:    []string{"geen schrijfrechten in map D/ro2; kies een andere map met -o"},
		},
		{
			name: "no permission to make a subfolder",
			setup: func(t *testing.T, dir string) string {
				ro := filepath.Join(dir, "ro2")
				if err := os.Mkdir(ro, 0o555); err != nil {
					t.Fatal(err)
				}
				return filepath.Join(ro, "uit", "verslag.pdf")
			},
			root:    "root may write in a folder without write permission; TestExplain covers the message",
			problem: ProblemPermission,
			want:    []string{"geen schrijfrechten in map D/ro2"},
		},
		{
			name:  "disk full",
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "verslag.pdf") },
			// What *os.File.Write returns on a full disk.
			write: func(w io.Writer) error {
				return &fs.PathError{Op: "write", Path: w.(*os.File).Name(), Err: syscall.ENOSPC}
			},
			problem: ProblemDiskFull,
			want:    []string{"D/verslag.pdf is niet geschreven: de schijf is vol; maak ruimte vrij of kies een andere map met -o"},
		},
		{
			name:  "other failure",
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "verslag.pdf") },
			write: func(w io.Writer) error {
				return &fs.PathError{Op: "write", Path: w.(*os.File).Name(), Err: syscall.EIO}
			},
			problem: ProblemOther,
			want:    []string{"D/verslag.pdf kon niet worden geschreven: leesfout of schrijffout van de schijf"},
		},
	}
	for _, tt := range tests {
		for _, multi := range []bool{false, true} {
			name := tt.name
			if multi {
				name += "/WriteFiles"
			}
			t.Run(name, func(t *testing.T) {
				if tt.root != "" && os.Geteuid() == 0 {
					t.Skip(tt.root)
				}
				if multi && tt.write != nil {
					t.Skip("WriteFiles writes bytes, not through a write func")
				}
				dir := t.TempDir()
				path := tt.setup(t, dir)
				write := tt.write
				if write == nil {
					write = ok
				}
				var err error
				if multi {
					err = WriteFiles([]string{filepath.Join(dir, "eerst.pdf"), path}, [][]byte{[]byte("a"), []byte("b")})
				} else {
					err = WriteFile(path, write)
				}
				err = WithOption(err, "-o")
				var we *WriteError
				if !errors.As(err, &we) {
					t.Fatalf("error %v (%T), want a *WriteError", err, err)
				}
				if we.Problem != tt.problem {
					t.Errorf("problem %d, want %d: %v", we.Problem, tt.problem, err)
				}
				msg := strings.ReplaceAll(err.Error(), dir, "D")
				for _, w := range tt.want {
					if !strings.Contains(msg, w) {
						t.Errorf("message %q lacks %q", msg, w)
					}
				}
				for _, bad := range []string{".tmp", "permission denied", "not a directory", "file exists", "no space", "is a directory", "open ", "rename ", "mkdir "} {
					if strings.Contains(msg, bad) {
						t.Errorf("message %q contains %q", msg, bad)
					}
				}
				leftovers(t, dir)
			})
		}
	}
}

// TestExplain covers the classes a test cannot cause as root (where
// permissions do not stop a write) or without a special file system, with
// the errors the os package returns for them.
func TestExplain(t *testing.T) {
	tmp := "uit/.verslag.pdf.814581612.tmp"
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"create without permission", &fs.PathError{Op: "open", Path: tmp, Err: syscall.EACCES},
			"geen schrijfrechten in map uit; kies een andere map met -o"},
		{"mkdir without permission", &fs.PathError{Op: "mkdir", Path: "uit", Err: syscall.EACCES},
			"geen schrijfrechten in de huidige map; kies een andere map met -o"},
		{"rename without permission", &os.LinkError{Op: "rename", Old: tmp, New: "uit/verslag.pdf", Err: syscall.EPERM},
			"geen schrijfrechten in map uit; kies een andere map met -o"},
		{"read-only file system", &fs.PathError{Op: "open", Path: tmp, Err: syscall.EROFS},
			"map uit staat op een alleen-lezen schijf; kies een andere map met -o"},
		{"quota", &fs.PathError{Op: "write", Path: tmp, Err: syscall.EDQUOT},
			"uit/verslag.pdf is niet geschreven: de schijf is vol; maak ruimte vrij of kies een andere map met -o"},
		{"unknown cause", &fs.PathError{Op: "write", Path: tmp, Err: syscall.EXDEV},
			"uit/verslag.pdf kon niet worden geschreven: " + syscall.EXDEV.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := WithOption(explain("uit/verslag.pdf", "uit", tt.err), "-o")
			if err.Error() != tt.want {
				t.Errorf("got  %q\nwant %q", err, tt.want)
			}
			if !errors.Is(err, tt.err.(interface{ Unwrap() error }).Unwrap()) {
				t.Error("the cause is not kept for errors.Is")
			}
		})
	}
}

func mustWrite(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("geen map"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// leftovers fails when a temp file is left anywhere under dir.
func leftovers(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			t.Errorf("temp file left: %s", p)
		}
		return nil
	})
}
