package annex_test

import (
	"bytes"
	"fmt"
	"time"

	"jaarverslag/output/annex"
	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// Write renders the annex into any writer; the tool writes it to a
// temporary file and renames it. Rendered tells how many rows each section
// sheet holds, for the reconciliation with the rows read.
func ExampleWrite() {
	r := sample.Groningen()
	b := report.Build{Version: "3f2a9c1b7e4d", Built: time.Date(2026, 2, 3, 9, 30, 0, 0, time.UTC), Tool: "v1.0.0"}

	var buf bytes.Buffer
	out, err := annex.Write(&buf, r, b)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{report.SheetActions, report.SheetAchievements, report.SheetPlans,
		report.SheetDevelopments, report.SheetKeyFigures, report.SheetBudget} {
		fmt.Printf("%s: %d\n", s, out.Rows[s])
	}
	// Output:
	// Coalitieakkoord: 19
	// Resultaten: 54
	// Plannen: 16
	// Ontwikkelingen: 16
	// Kerncijfers: 21
	// Financien: 32
}
