package output

import (
	"os"
	"path/filepath"
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
