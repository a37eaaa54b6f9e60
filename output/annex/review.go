package annex

import (
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// optionalSections are the sheets only some reports have, written when
// they have rows: the Beschouwingen and the Terugblik.
func optionalSections(r *report.Report) []section {
	var out []section
	if len(r.Reflections) > 0 {
		out = append(out, newSection(report.SheetReflections, r.Reflections, r.ReflectionOrder(), false, r))
	}
	if len(r.Reviews) > 0 {
		out = append(out, newSection(report.SheetReview, r.Reviews, r.ReviewOrder(), false, r))
	}
	return out
}

// sourceSheets are the contract sheets the Bronnen sheet counts rows of,
// in template order: the optional ones only when some file has them.
func sourceSheets(r *report.Report) []string {
	var out []string
	for _, s := range report.ContractSheets {
		if !slices.Contains(report.OptionalSheets, s) || slices.ContainsFunc(r.Files, func(f report.SourceFile) bool { _, ok := f.Rows[s]; return ok }) {
			out = append(out, s)
		}
	}
	return out
}

// setIdentity stores whose report this annex is, as custom document
// properties: next year, `--vorig-jaar` reads them to check that the annex
// is last year's of the same municipality.
func setIdentity(f *excelize.File, m report.Meta) error {
	for _, p := range []excelize.CustomProperty{
		{Name: report.AnnexMunicipality, Value: m.Municipality},
		{Name: report.AnnexYear, Value: int32(m.Year)},
		{Name: report.AnnexPortfolio, Value: m.Portfolio},
	} {
		if err := f.SetCustomProps(p); err != nil {
			return err
		}
	}
	return nil
}

// writeReviewSummary adds to the Samenvatting how many of last year's
// plans reached each outcome, counted with formulas over the Terugblik
// sheet, with the values cached for viewers that do not calculate.
func writeReviewSummary(out *rows, st *styles, r *report.Report, done map[string]written) error {
	if len(r.Reviews) == 0 {
		return nil
	}
	var err error
	style := st.collector(&err)
	headingStyle := style(cellStyle{bold: true, size: 12, colour: colourHeading})
	headerStyle := style(cellStyle{bold: true, wrap: true, fill: colourHeader})
	numberHeader := style(cellStyle{bold: true, wrap: true, fill: colourHeader, align: "right"})
	textStyle := style(cellStyle{})
	countStyle := style(cellStyle{numFmt: fmtCount})
	totalText := style(cellStyle{bold: true, fill: colourHeader})
	totalCount := style(cellStyle{bold: true, fill: colourHeader, numFmt: fmtCount})
	noteStyle := style(cellStyle{colour: colourGrey})
	if err != nil {
		return err
	}
	sheet := done[report.SheetReview]
	outcomeR := sheet.ref(headerOf[report.PlanReview]("Outcome"))
	idR := sheet.ref(headerOf[report.PlanReview]("PlanID"))
	if _, err := out.add(20, excelize.Cell{StyleID: headingStyle, Value: fmt.Sprintf("Terugblik op de plannen voor %d", r.Meta.Year)}); err != nil {
		return err
	}
	if _, err := out.add(0, excelize.Cell{StyleID: headerStyle, Value: "Uitkomst"}, excelize.Cell{StyleID: numberHeader, Value: "Plannen"}); err != nil {
		return err
	}
	counts := r.OutcomeCounts()
	for _, o := range report.Outcomes {
		row := out.next + 1
		if _, err := out.add(0,
			excelize.Cell{StyleID: textStyle, Value: string(o)},
			excelize.Cell{StyleID: countStyle, Value: counts[o], Formula: fmt.Sprintf("COUNTIFS(%s,%s)", outcomeR, exactly(fmt.Sprintf("$A%d", row)))},
		); err != nil {
			return err
		}
	}
	if _, err := out.add(0,
		excelize.Cell{StyleID: totalText, Value: "Totaal"},
		excelize.Cell{StyleID: totalCount, Value: len(r.Reviews), Formula: fmt.Sprintf("COUNTA(%s)", idR)},
	); err != nil {
		return err
	}
	_, err = out.add(0, excelize.Cell{StyleID: noteStyle, Value: "Per plan de uitkomst en de toelichting: zie het blad Terugblik."})
	return err
}
