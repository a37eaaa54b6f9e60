package report

import "fmt"

// FindingsJSON is the findings of one run as validate --json writes them
// and the portal's API sends them: {"findings":[…],"counts":{…}}. Both
// encode through it, so the two cannot drift apart.
type FindingsJSON struct {
	Findings []FindingJSON  `json:"findings"`
	Counts   map[string]int `json:"counts"`
}

// FindingJSON is one finding with its position spelled out: row 1-based as
// Excel shows it, column and cell as Excel letters ("" when the finding is
// about a whole row, sheet or file).
type FindingJSON struct {
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	File     string   `json:"file"`
	Sheet    string   `json:"sheet"`
	Cell     string   `json:"cell"`
	Row      int      `json:"row"`
	Column   string   `json:"column"`
	Value    string   `json:"value"`
	Message  string   `json:"message"`
}

// JSON gives the findings in their JSON form; an empty list is [], not null.
func (fs Findings) JSON() FindingsJSON {
	out := FindingsJSON{Findings: make([]FindingJSON, 0, len(fs)), Counts: fs.Counts()}
	for _, f := range fs {
		col := ""
		if f.Pos.Col > 0 {
			col = ColumnName(f.Pos.Col)
		}
		out.Findings = append(out.Findings, FindingJSON{f.Severity, f.Rule, f.Pos.File, f.Pos.Sheet, f.Pos.Cell(), f.Pos.Row, col, f.Value, f.Message})
	}
	return out
}

// UnmarshalText reads "error" or "warning", so clients of the JSON (the
// portal's tests, scripts in Go) can decode findings.
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	default:
		return fmt.Errorf("onbekende ernst %q", b)
	}
	return nil
}
