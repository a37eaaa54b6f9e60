package report

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Severity says whether a finding blocks the build.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "waarschuwing"
	}
	return "fout"
}

// MarshalText makes JSON show "error" or "warning".
func (s Severity) MarshalText() ([]byte, error) {
	if s == Warning {
		return []byte("warning"), nil
	}
	return []byte("error"), nil
}

// Pos is where a value came from. Row is 1-based as Excel shows it and Col
// is 1-based (A = 1). A zero Row means the whole sheet, an empty Sheet the
// whole file.
type Pos struct {
	File  string // name of the workbook: its base name, with folders when two files share it
	Sheet string
	Row   int
	Col   int
}

// Cell is the Excel reference ("F9"), "" when the position is not one cell.
func (p Pos) Cell() string {
	if p.Row == 0 || p.Col == 0 {
		return ""
	}
	return ColumnName(p.Col) + strconv.Itoa(p.Row)
}

// String gives "jeugd.xlsx › Coalitieakkoord!F9", shortened as the position allows.
func (p Pos) String() string {
	s := p.File
	if p.Sheet == "" {
		return s
	}
	s += " › " + p.Sheet
	switch {
	case p.Cell() != "":
		s += "!" + p.Cell()
	case p.Row > 0:
		s += " rij " + strconv.Itoa(p.Row)
	}
	return s
}

// ColumnName turns 1 into "A" and 28 into "AB".
func ColumnName(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}

// Finding is one problem in the input, with a stable rule name.
type Finding struct {
	Severity Severity
	Rule     string
	Pos      Pos
	Value    string
	Message  string // Dutch, without the position
}

func (f Finding) String() string {
	prefix := ""
	if f.Severity == Warning {
		prefix = "waarschuwing: "
	}
	return f.Pos.String() + ": " + prefix + f.Message
}

// Findings collects every problem of a run.
type Findings []Finding

// Add appends a finding built from a format.
func (fs *Findings) Add(sev Severity, rule string, pos Pos, value, format string, args ...any) {
	*fs = append(*fs, Finding{Severity: sev, Rule: rule, Pos: pos, Value: value, Message: fmt.Sprintf(format, args...)})
}

// Sort orders by file, sheet, row, column, then rule, so output is stable.
// Files that were skipped come last: after a long list of problems, that
// list is what is seen, and a file left out by mistake must not hide.
func (fs Findings) Sort() {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if sa, sb := a.Rule == RuleSkipped, b.Rule == RuleSkipped; sa != sb {
			return sb
		}
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Sheet != b.Pos.Sheet {
			return a.Pos.Sheet < b.Pos.Sheet
		}
		if a.Pos.Row != b.Pos.Row {
			return a.Pos.Row < b.Pos.Row
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

// Errors counts findings that block the build; strict counts warnings too.
func (fs Findings) Errors(strict bool) int {
	n := 0
	for _, f := range fs {
		if f.Severity == Error || strict {
			n++
		}
	}
	return n
}

// Unreadable reports whether a file could not be read at all, which the
// drivers answer with exit code 3 rather than 1.
func (fs Findings) Unreadable() bool {
	for _, f := range fs {
		if f.Rule == RuleUnreadable {
			return true
		}
	}
	return false
}

// Counts gives the number of findings per rule.
func (fs Findings) Counts() map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[f.Rule]++
	}
	return m
}

// Strict turns every warning into an error.
func (fs Findings) Strict() Findings {
	out := make(Findings, len(fs))
	for i, f := range fs {
		f.Severity = Error
		out[i] = f
	}
	return out
}

// Fold makes text comparable the way the contract matches headers, sheet
// names, domains and allowed values: case, accents, surrounding and repeated
// spaces ignored.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å':
		return "a"
	case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë':
		return "e"
	case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï':
		return "i"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö':
		return "o"
	case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü':
		return "u"
	case 'ý', 'ÿ', 'Ý':
		return "y"
	case 'ç', 'Ç':
		return "c"
	case 'ñ', 'Ñ':
		return "n"
	case '’', '‘':
		return "'"
	}
	return strings.ToLower(string(r))
}

// Closest returns the candidate nearest to s when it is a plausible typo
// (edit distance at most a third of its length), else "".
func Closest(s string, candidates []string) string {
	fs := Fold(s)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		d := distance(fs, Fold(c))
		if d < bestD {
			best, bestD = c, d
		}
	}
	limit := len([]rune(fs)) / 3
	if limit < 1 {
		limit = 1
	}
	if bestD == 0 || bestD > limit {
		return ""
	}
	return best
}

// distance is the Levenshtein edit distance over runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
