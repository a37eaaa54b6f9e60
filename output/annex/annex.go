// Package annex writes the Excel annex of the annual report: every input
// row once, in the order the report shows it, traceable to its source cell;
// a Samenvatting that counts and sums with live formulas and charts; the
// Rapport and Domeinen data; every link and every long text on a sheet of
// its own; and a Bronnen sheet with the provenance of the inputs.
//
// Links are HYPERLINK formulas, clickable in Excel and LibreOffice, whose
// text wraps at "/" in both (a cell hyperlink does not wrap in LibreOffice).
// A cell with several links shows them all and leads to the Links sheet,
// where each is one click.
//
// Values keep their type: amounts and counts are numbers, dates are dates,
// percentages are Excel shares (12.5 in the input becomes 0.125 shown as
// 12,5%), a Gereed in of 2026 is a number, Q3 2026 text and 30-09-2026 a date.
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

// sections lists the input sections in the order of the sheets, each with
// its rows in report order.
func sections(r *report.Report) []section {
	domains := r.OrderedDomains()
	identity := make([]int, len(domains))
	for i := range identity {
		identity[i] = i
	}
	secs := append([]section{
		newSection(report.SheetActions, r.Actions, r.ActionOrder(), false, r),
		newSection(report.SheetAchievements, r.Achievements, r.AchievementOrder(), false, r),
		newSection(report.SheetPlans, r.Plans, r.PlanOrder(), false, r),
		newSection(report.SheetDevelopments, r.Developments, r.DevelopmentOrder(), false, r),
		newSection(report.SheetKeyFigures, r.KeyFigures, r.KeyFigureOrder(), false, r),
		newSection(report.SheetBudget, r.Budget, r.BudgetOrder(), true, r),
	}, optionalSections(r)...)
	return append(secs, newSection(report.SheetDomains, domains, identity, false, r))
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
	// Sheets are created in reading order: the summary, the sections, the
	// Rapport data; the companions and Bronnen once it is known which exist.
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return out, err
	}
	sheets := []string{}
	for _, s := range secs[:len(secs)-1] { // Domeinen goes after Rapport
		sheets = append(sheets, s.name)
	}
	sheets = append(sheets, report.SheetReport, report.SheetDomains)
	for _, name := range sheets {
		if _, err := f.NewSheet(name); err != nil {
			return out, err
		}
	}
	if err := setProperties(f, r, b); err != nil {
		return out, err
	}

	st := newStyles(f)
	statusRules, err := statusRules(f, st.family)
	if err != nil {
		return out, err
	}
	note, err := noteRule(f)
	if err != nil {
		return out, err
	}
	page := pageSetup{title: title(r.Meta), municipality: r.Meta.Municipality, version: b.Version,
		statusRules: statusRules, noteRule: note}

	// Rapport first: its cells get the names Financien's formulas use.
	if err := writeReportSheet(f, st, page, r.Meta); err != nil {
		return out, fmt.Errorf("annex: sheet %s: %w", report.SheetReport, err)
	}
	comp := &companions{}
	done := map[string]written{}
	for _, s := range secs {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		wr, err := writeSection(f, st, page, s, comp)
		if err != nil {
			return out, fmt.Errorf("annex: sheet %s: %w", s.name, err)
		}
		done[s.name] = wr
		out.Rows[s.name] = wr.rows
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	if len(comp.links) > 0 {
		sheets = append(sheets, SheetLinks)
		if err := newSheetWith(f, SheetLinks, func() error { return comp.writeLinks(f, st, page) }); err != nil {
			return out, err
		}
		done[SheetLinks] = written{rows: len(comp.links)}
	}
	if len(comp.texts) > 0 {
		sheets = append(sheets, SheetLongTexts)
		if err := newSheetWith(f, SheetLongTexts, func() error { return comp.writeTexts(f, st, page) }); err != nil {
			return out, err
		}
		done[SheetLongTexts] = written{rows: len(comp.texts)}
	}
	for _, n := range comp.names {
		if err := f.SetDefinedName(&n); err != nil {
			return out, fmt.Errorf("annex: %w", err)
		}
	}
	sheets = append(sheets, SheetSources)
	if err := newSheetWith(f, SheetSources, func() error { return writeSources(f, st, page, r, b, out) }); err != nil {
		return out, err
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	cache := chartCache{}
	if err := writeSummary(f, st, page, r, done, sheets, cache); err != nil {
		return out, fmt.Errorf("annex: sheet %s: %w", SheetSummary, err)
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
	if err := canonicalZip(w, buf.Bytes(), cache); err != nil {
		return out, fmt.Errorf("annex: %w", err)
	}
	return out, nil
}

// newSheetWith adds a sheet at the end and writes it.
func newSheetWith(f *excelize.File, name string, write func() error) error {
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if err := write(); err != nil {
		return fmt.Errorf("annex: sheet %s: %w", name, err)
	}
	return nil
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
// build, never from the clock: the same version and "gebouwd op" as the
// PDF, also as custom properties, and a request to recalculate on opening.
func setProperties(f *excelize.File, r *report.Report, b report.Build) error {
	built := b.BuiltAt(r.Meta)
	stamp := built.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:          title(r.Meta),
		Subject:        "Bijlage bij het jaarverslag: alle gegevens uit de invoerbestanden",
		Creator:        r.Meta.Municipality,
		LastModifiedBy: r.Meta.Municipality,
		Created:        stamp,
		Modified:       stamp,
		Language:       "nl-NL",
		Identifier:     b.Version,
		Version:        b.Version,
		Keywords:       "jaarverslag; bijlage; " + r.Meta.Portfolio,
		Description: fmt.Sprintf("Gemaakt met %s, versie %s, gebouwd op %s",
			b.ToolName(), b.Version, report.FormatDateTime(built)),
	}); err != nil {
		return err
	}
	for _, p := range []excelize.CustomProperty{
		{Name: "Versie", Value: b.Version},
		{Name: "Gebouwd op", Value: report.FormatDateTime(built)},
	} {
		if err := f.SetCustomProps(p); err != nil {
			return err
		}
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
