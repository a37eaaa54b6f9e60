package pdf_test

import (
	"fmt"
	"os"
	"time"

	"jaarverslag/output/pdf"
	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/templates"
)

// Write renders a report with the default layout; the command writes to a
// temporary file and renames it, so a failure leaves nothing behind.
func ExampleWrite() {
	r := sample.Groningen()
	epoch := time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)
	b := report.NewBuild(r, &epoch, "v1.0.0")

	f, err := os.CreateTemp("", "jaarverslag-*.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()

	res, err := pdf.Write(f, r, b, templates.DefaultLayout())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Items[report.SheetActions] == len(r.Actions), res.Pages > 20)
	// Output: true true
}
