// Package annex writes the Excel annex of the annual report: every input
// row once, in input order, traceable to its source cell; a Samenvatting
// that counts and sums with live formulas and charts; and a Bronnen sheet
// with the provenance of the inputs.
//
// Links are HYPERLINK formulas, clickable in Excel and LibreOffice, whose
// text wraps at "/" in both (a cell hyperlink does not wrap in LibreOffice).
// A Coalitieakkoord row may have several URLs: the cell shows all of them,
// one per line, and links to the first. One cell per link would break the
// one-column-per-contract-column layout.
//
// Percentages (Kerncijfers with Eenheid "%") are stored as Excel shares:
// 12.5 in the input becomes 0.125 shown as 12,5%.
package annex

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// Sheet names of the annex besides the input sections.
const (
	SheetSummary = "Samenvatting"
	SheetSources = "Bronnen"
)

// Rendered counts the data rows written per section sheet, keyed by the
// report's sheet names, so the tool can check them against the rows read.
type Rendered struct {
	Rows map[string]int
}

// sections lists the input sections in the order of the sheets.
func sections(r *report.Report) []section {
	return append([]section{
		newSection(report.SheetActions, r.Actions, false),
		newSection(report.SheetAchievements, r.Achievements, false),
		newSection(report.SheetPlans, r.Plans, false),
		newSection(report.SheetDevelopments, r.Developments, false),
		newSection(report.SheetKeyFigures, r.KeyFigures, false),
		newSection(report.SheetBudget, r.Budget, true),
	}, optionalSections(r)...)
}

// Write writes the annex workbook to w. The same report and build give the
// same bytes: nothing depends on the clock or on map order.
func Write(w io.Writer, r *report.Report, b report.Build) (Rendered, error) {
	return WriteContext(context.Background(), w, r, b)
}

// WriteContext is Write that stops between sheets once ctx has ended and
// then returns ctx's error with nothing written to w.
func WriteContext(ctx context.Context, w io.Writer, r *report.Report, b report.Build) (Rendered, error) {
	out := Rendered{Rows: map[string]int{}}
	f := excelize.NewFile()
	defer f.Close()

	secs := sections(r)
	// Sheets are created in reading order: the summary, the sections, the sources.
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return out, err
	}
	for _, s := range secs {
		if _, err := f.NewSheet(s.name); err != nil {
			return out, err
		}
	}
	if _, err := f.NewSheet(SheetSources); err != nil {
		return out, err
	}
	if err := setProperties(f, r, b); err != nil {
		return out, err
	}

	st := newStyles(f)
	rules, err := statusRules(f, st.family)
	if err != nil {
		return out, err
	}
	page := pageSetup{title: title(r.Meta), municipality: r.Meta.Municipality, version: b.Version, statusRules: rules}

	done := map[string]written{}
	for _, s := range secs {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		wr, err := writeSection(f, st, page, s)
		if err != nil {
			return out, fmt.Errorf("annex: sheet %s: %w", s.name, err)
		}
		done[s.name] = wr
		out.Rows[s.name] = wr.rows
	}
	if err := writeSummary(f, st, page, r, done); err != nil {
		return out, fmt.Errorf("annex: sheet %s: %w", SheetSummary, err)
	}
	if err := writeSources(f, st, page, r, b, out); err != nil {
		return out, fmt.Errorf("annex: sheet %s: %w", SheetSources, err)
	}
	// The Samenvatting is active as the first sheet of a new file; calling
	// SetActiveSheet here would load every streamed sheet back into memory.
	if err := ctx.Err(); err != nil {
		return out, err
	}

	buf, err := f.WriteToBuffer()
	if err != nil {
		return out, fmt.Errorf("annex: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	if err := canonicalZip(w, buf.Bytes()); err != nil {
		return out, fmt.Errorf("annex: %w", err)
	}
	return out, nil
}

// title is the report title with its year, as on the cover.
func title(m report.Meta) string {
	year := strconv.Itoa(m.Year)
	if m.Year == 0 || strings.Contains(m.Title, year) {
		return m.Title
	}
	return strings.TrimSpace(m.Title + " " + year)
}

// setProperties fills the document properties from the report and the
// build, never from the clock, and asks viewers to recalculate on opening.
func setProperties(f *excelize.File, r *report.Report, b report.Build) error {
	built := b.Built.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:          title(r.Meta),
		Subject:        "Bijlage bij het jaarverslag: alle gegevens uit de invoerbestanden",
		Creator:        r.Meta.Municipality,
		LastModifiedBy: r.Meta.Municipality,
		Created:        built,
		Modified:       built,
		Language:       "nl-NL",
		Identifier:     b.Version,
		Keywords:       "jaarverslag; bijlage; " + r.Meta.Portfolio,
		Description:    "Gemaakt met " + b.ToolName() + ", versie " + b.Version,
	}); err != nil {
		return err
	}
	if err := f.SetAppProps(&excelize.AppProperties{
		Application: "jaarverslag", Company: r.Meta.Municipality,
	}); err != nil {
		return err
	}
	if err := setIdentity(f, r.Meta); err != nil {
		return err
	}
	full := true
	return f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full})
}
