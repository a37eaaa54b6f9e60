package sources

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// TestAnnotateInput marks a workbook named apart from its path (as the
// portal stores it) with only the findings that name it.
func TestAnnotateInput(t *testing.T) {
	// Stored as the portal stores it: under its hash, without an extension.
	in := Input{Path: filepath.Join(t.TempDir(), "9267d98494eed718"), Name: "Jeugd › status.xlsx"}
	src, err := os.ReadFile("../testdata/bad/status.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in.Path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	_, fs := LoadInputs([]Input{in}, Options{})
	other := report.Finding{Rule: "x", Pos: report.Pos{File: "Zorg › status.xlsx", Sheet: "Coalitieakkoord", Row: 2, Col: 1}, Message: "van een ander"}
	var buf bytes.Buffer
	if err := AnnotateInput(in, append(fs, other), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	comments, err := f.GetComments("Coalitieakkoord")
	if err != nil || len(comments) != 1 || comments[0].Cell != "F3" || !strings.Contains(comments[0].Paragraph[0].Text, "klaar") {
		t.Fatalf("comments %+v, %v; want one on F3 (not A2, another file's finding)", comments, err)
	}
	style, _ := f.GetCellStyle("Coalitieakkoord", "F3")
	st, err := f.GetStyle(style)
	if err != nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" {
		t.Errorf("F3 not filled red: %+v %v", st, err)
	}
}
