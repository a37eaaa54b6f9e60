package sources

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"jaarverslag/report"
)

// input is one file to read.
type input struct {
	path string
	// name is how findings, SourceFile and the outputs name the file: its
	// base name, with as many of its folders as make it unique among the
	// files of one run (2025/rapport.xlsx and kopie/rapport.xlsx).
	name string
}

// entry is a file met while collecting: read, or reported and left out.
type entry struct {
	path string
	read bool
	sev  report.Severity
	rule string
	why  func(lookup) string // the message
}

// lookup gives the name of another file of the run and whether it is read.
type lookup func(path string) (name string, read bool)

func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// collect expands folders and decides per file whether it is read. Files
// are sorted by base name (then path, when two folders hold the same name)
// and read once even when named twice. A spreadsheet in another format is
// an error wherever it is found: staff meant it as input, and a warning
// would lose their rows. Lock files, hidden files and files that are not
// spreadsheets are skipped with a warning.
func collect(paths []string, findings *report.Findings) []input {
	var entries []entry
	seen := map[string]bool{}
	add := func(e entry) {
		if key := absPath(e.path); !seen[key] {
			seen[key] = true
			entries = append(entries, e)
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			findings.Add(report.Error, report.RuleUnreadable, report.Pos{File: filepath.Base(p)}, "", "%s", openReason(err))
			continue
		}
		if !fi.IsDir() {
			// Named explicitly: attempted whatever its name, unless the
			// name says what it is.
			e := classify(p, false)
			e.read = e.rule == ""
			add(e)
			continue
		}
		dirEntries, err := os.ReadDir(p)
		if err != nil {
			findings.Add(report.Error, report.RuleUnreadable, report.Pos{File: filepath.Base(p)}, "", "%s", openReason(err))
			continue
		}
		books := 0
		for _, d := range dirEntries {
			full := filepath.Join(p, d.Name())
			switch {
			case d.IsDir() && strings.HasPrefix(d.Name(), "."):
				continue // .git and the like, passed over silently
			case d.IsDir():
				add(entry{path: full, sev: report.Warning, rule: report.RuleSkipped, why: fixed("map overgeslagen: alleen bestanden direct in de opgegeven map worden gelezen")})
				continue
			}
			e := classify(full, true)
			e.read = e.rule == ""
			if e.read || e.sev == report.Error {
				books++
			}
			add(e)
		}
		if books == 0 {
			findings.Add(report.Error, report.RuleUnreadable, report.Pos{File: filepath.Base(p)}, "",
				"de map %s bevat geen Excel-werkmappen (.xlsx of .xlsm)", p)
		}
	}

	all := make([]string, len(entries))
	for i, e := range entries {
		all[i] = e.path
	}
	names := uniqueNames(all)
	byPath := map[string]int{}
	for i, e := range entries {
		byPath[absPath(e.path)] = i
	}
	lookup := func(path string) (string, bool) {
		if i, ok := byPath[absPath(path)]; ok {
			return names[i], entries[i].read
		}
		return filepath.Base(path), false
	}
	var out []input
	for i, e := range entries {
		if e.read {
			out = append(out, input{path: e.path, name: names[i]})
			continue
		}
		findings.Add(e.sev, e.rule, report.Pos{File: names[i]}, "", "%s", e.why(lookup))
	}
	sort.SliceStable(out, func(i, j int) bool {
		bi, bj := filepath.Base(out[i].path), filepath.Base(out[j].path)
		if bi != bj {
			return bi < bj
		}
		return out[i].path < out[j].path
	})
	return out
}

func fixed(msg string) func(lookup) string {
	return func(lookup) string { return msg }
}

// Extensions of the workbooks that are read, and of other spreadsheets,
// which are refused with what to do.
var (
	workbookExt = map[string]bool{".xlsx": true, ".xlsm": true,
		// A legacy .xls is attempted, so it fails as what it really is
		// (an old workbook, a password-protected one, an HTML export).
		".xls": true}
	otherSpreadsheet = map[string]string{
		".ods":      "een OpenDocument-rekenblad (.ods, bijvoorbeeld uit LibreOffice)",
		".fods":     "een plat OpenDocument-rekenblad (.fods)",
		".ots":      "een OpenDocument-sjabloon (.ots)",
		".xlsb":     "een binaire Excel-werkmap (.xlsb)",
		".xltx":     "een Excel-sjabloon (.xltx)",
		".xltm":     "een Excel-sjabloon met macro's (.xltm)",
		".xlt":      "een oud Excel-sjabloon (.xlt)",
		".csv":      "een CSV-bestand",
		".tsv":      "een tekstbestand met tabs (.tsv)",
		".numbers":  "een Numbers-bestand (Apple)",
		".gnumeric": "een Gnumeric-bestand",
		".sxc":      "een oud StarOffice-rekenblad (.sxc)",
	}
)

// classify decides what happens to a file by its name: rule is "" when it
// is to be read. inFolder is false for a file named explicitly, which is
// attempted unless its name says it is a lock file or another spreadsheet.
func classify(path string, inFolder bool) entry {
	base := filepath.Base(path)
	ext := strings.ToLower(filepath.Ext(base))
	e := entry{path: path}
	skip := func(msg string) entry {
		e.sev, e.rule, e.why = report.Warning, report.RuleSkipped, fixed(msg)
		return e
	}
	if owner, program, ok := lockOwner(base); ok {
		e.sev, e.rule = report.Warning, report.RuleSkipped
		e.why = func(l lookup) string { return lockMessage(filepath.Join(filepath.Dir(path), owner), program, l) }
		return e
	}
	if what, ok := otherSpreadsheet[ext]; ok {
		e.sev, e.rule = report.Error, report.RuleUnreadable
		e.why = fixed(fmt.Sprintf("dit is %s, geen Excel-werkmap, en wordt niet gelezen; open het en sla het op als Excel-werkmap (.xlsx)", what))
		return e
	}
	switch {
	case !inFolder, workbookExt[ext] && !strings.HasPrefix(base, "."):
		return e
	case strings.HasPrefix(base, "."):
		return skip("overgeslagen: verborgen bestand")
	}
	return skip("overgeslagen: geen Excel-werkmap (.xlsx of .xlsm)")
}

// lockOwner recognises the lock file Excel (~$jeugd.xlsx) or LibreOffice
// (.~lock.jeugd.xlsx#) keeps beside a workbook while it is open, and returns
// the workbook's name.
func lockOwner(base string) (owner, program string, ok bool) {
	if rest, found := strings.CutPrefix(base, "~$"); found && rest != "" {
		return rest, "Excel", true
	}
	if rest, found := strings.CutPrefix(base, ".~lock."); found && strings.HasSuffix(rest, "#") && len(rest) > 1 {
		return strings.TrimSuffix(rest, "#"), "LibreOffice", true
	}
	return "", "", false
}

// lockMessage says what a lock file means for the run: its workbook is
// open, so what was typed since it was last saved is not in this run.
// Excel names the lock file after the whole workbook name; Word-style names
// drop its first two characters, so a workbook with that tail counts too.
func lockMessage(owner, program string, l lookup) string {
	if _, err := os.Stat(owner); err != nil {
		if alt := twoCharOwner(owner); alt != "" {
			owner = alt
		}
	}
	shown, read := l(owner)
	switch _, err := os.Stat(owner); {
	case err != nil:
		return fmt.Sprintf("overgeslagen: tijdelijk bestand van %s voor %s, dat hier niet (meer) staat; het is geen invoer en mag weg als %s niet meer geopend is",
			program, shown, shown)
	case !read:
		return fmt.Sprintf("overgeslagen: tijdelijk bestand van %s: %s is geopend in %s. Sla %s op, sluit het en geef %s zelf op",
			program, shown, program, shown, shown)
	}
	return fmt.Sprintf("overgeslagen: tijdelijk bestand van %s: %s is geopend in %s, dus de laatst opgeslagen versie wordt gebruikt en wat nog niet is opgeslagen ontbreekt. Sla %s op, sluit het en controleer opnieuw",
		program, shown, program, shown)
}

// twoCharOwner finds a workbook beside a Word-style lock file, whose name
// lost its first two characters: ~$groting.xlsx for begroting.xlsx.
func twoCharOwner(owner string) string {
	dir, tail := filepath.Dir(owner), filepath.Base(owner)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		if n := e.Name(); len(n) == len(tail)+2 && strings.HasSuffix(n, tail) && !strings.HasPrefix(n, "~$") {
			return filepath.Join(dir, n)
		}
	}
	return ""
}

// uniqueNames gives every path its base name, with as many parent folders
// as it takes to tell it apart from the others: the whole point of a name
// in a finding is to find the file.
func uniqueNames(paths []string) []string {
	parts := make([][]string, len(paths)) // components, file name first
	for i, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = p
		}
		var rev []string
		for _, c := range strings.Split(filepath.ToSlash(abs), "/") {
			if c != "" {
				rev = append([]string{c}, rev...)
			}
		}
		if len(rev) == 0 {
			rev = []string{p}
		}
		parts[i] = rev
	}
	depth := make([]int, len(paths))
	name := func(i int) string {
		var b []string
		for k := depth[i] - 1; k >= 0; k-- {
			b = append(b, parts[i][k])
		}
		return strings.Join(b, string(filepath.Separator))
	}
	for i := range depth {
		depth[i] = 1
	}
	for {
		groups := map[string][]int{}
		for i := range paths {
			groups[name(i)] = append(groups[name(i)], i)
		}
		grown := false
		for _, g := range groups {
			if len(g) < 2 {
				continue
			}
			for _, i := range g {
				if depth[i] < len(parts[i]) {
					depth[i]++
					grown = true
				}
			}
		}
		if !grown {
			break
		}
	}
	out := make([]string, len(paths))
	for i := range paths {
		out[i] = name(i)
	}
	return out
}

// openReason is the Dutch reason a path cannot be opened.
func openReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "bestand of map niet gevonden"
	case errors.Is(err, fs.ErrPermission):
		return "geen toegang tot het bestand (rechten)"
	}
	return "het bestand kan niet geopend worden: " + err.Error()
}
