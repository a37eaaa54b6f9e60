package html_test

import (
	"bytes"
	"fmt"
	"time"

	"jaarverslag/output/html"
	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/templates"
)

// Write renders the web page of a report; output.Write does this for every
// build, beside the PDF, and checks the counts against the model.
func ExampleWrite() {
	r := sample.Groningen()
	epoch := time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)
	b := report.NewBuild(r, &epoch, "v1.0.0")

	var page bytes.Buffer
	res, err := html.Write(&page, r, b, templates.DefaultLayout())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Items[report.SheetActions] == len(r.Actions), bytes.HasPrefix(page.Bytes(), []byte("<!doctype html>\n<html lang=\"nl\">")))
	// Output: true true
}
