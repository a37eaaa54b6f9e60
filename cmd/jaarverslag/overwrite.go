package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// existing lists the paths that are already there as files. Folders are
// left to output.WriteFile, which never replaces one.
func existing(paths []string) []string {
	var out []string
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			out = append(out, p)
		}
	}
	return out
}

// errExists says that a file would be overwritten: what exists, that
// nothing was written, and how to go on.
type errExists struct{ path string }

func (e errExists) Error() string {
	return fmt.Sprintf("%s bestaat al; er is niets geschreven. Kies een andere naam met -o, of overschrijf het bestand met --force", e.path)
}

// errSampleFolder says that sample would overwrite files or mix its set
// with other workbooks in the folder.
type errSampleFolder struct {
	dir           string
	exists, other []string // base names
}

func (e errSampleFolder) Error() string {
	var what string
	if len(e.exists) > 0 {
		what = plural(len(e.exists), "het bestand ", "de bestanden ") + list(e.exists)
	}
	if len(e.other) > 0 {
		if what != "" {
			what += ", en ook "
		}
		what += fmt.Sprintf("andere werkmappen (%s), die validate en build samen met de voorbeeldset zouden lezen", list(e.other))
	}
	return fmt.Sprintf("map %s bevat al %s; er is niets geschreven. Kies een lege map met -o, of schrijf er toch in met --force "+
		"(voorbeeldbestanden met dezelfde naam worden overschreven; er wordt niets verwijderd)", e.dir, what)
}

// otherWorkbooks lists the spreadsheets in dir besides the ones about to
// be written: validate and build read a whole folder, so they would be
// mixed with the sample set. Lock and hidden files do not count.
func otherWorkbooks(dir string, ours []string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	skip := map[string]bool{}
	for _, p := range ours {
		skip[filepath.Base(p)] = true
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || skip[name] || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
			continue
		}
		switch strings.ToLower(filepath.Ext(name)) {
		case ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".fods", ".csv", ".numbers":
			out = append(out, name)
		}
	}
	return out
}

// list joins names as "a, b en c".
func list(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " en " + names[len(names)-1]
}
