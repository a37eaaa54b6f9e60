package annex

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// sheetInfo describes each sheet in the summary's table of contents.
func sheetInfo(m report.Meta) map[string]string {
	return map[string]string{
		report.SheetActions:      "acties uit het coalitieakkoord, met status en toelichting",
		report.SheetAchievements: fmt.Sprintf("wat in %d is bereikt, per niveau van de zorgpiramide", m.Year),
		report.SheetPlans:        fmt.Sprintf("wat we in %d gaan doen", m.PlanYear()),
		report.SheetDevelopments: "relevante ontwikkelingen per domein",
		report.SheetKeyFigures:   "kerncijfers per domein, met hun bron",
		report.SheetBudget:       "begroting en realisatie per regel, met de afwijking, V/N en totalen",
		report.SheetReport:       "de gegevens van het verslag, met de drempels voor een toelichting",
		report.SheetDomains:      "de domeinen in de volgorde van het verslag",
		SheetLinks:               "elke link uit de bijlage, één per rij",
		SheetLongTexts:           "teksten die te lang zijn voor één rij, in delen",
		report.SheetReflections:  "de hoofdstukken met vrije tekst",
		report.SheetReview:       fmt.Sprintf("wat er is geworden van de plannen voor %d", m.Year),
	}
}

// headerOf is the contract header of a field of a report row type.
func headerOf[T any](field string) string {
	f, _ := reflect.TypeFor[T]().FieldByName(field)
	h, _, _ := report.ColumnOf(f)
	return h
}

// summaryDomains lists the domains in report order, then any domain the
// rows use that Domeinen lacks, so the rows per domain add up to the totals.
func summaryDomains(r *report.Report) []string {
	var out []string
	known := func(name string) bool {
		for _, d := range out {
			if strings.EqualFold(d, name) {
				return true
			}
		}
		return false
	}
	for _, d := range r.OrderedDomains() {
		if !known(d.Name) {
			out = append(out, d.Name)
		}
	}
	for _, a := range r.Actions {
		if a.Domain != "" && !known(a.Domain) {
			out = append(out, a.Domain)
		}
	}
	for _, b := range r.Budget {
		if b.Domain != "" && !known(b.Domain) {
			out = append(out, b.Domain)
		}
	}
	return out
}

// rows writes a sheet top to bottom through a StreamWriter.
type rows struct {
	sw   *excelize.StreamWriter
	next int
}

func (w *rows) add(height float64, vals ...any) (int, error) {
	w.next++
	cell, _ := excelize.CoordinatesToCellName(1, w.next)
	opts := []excelize.RowOpts{}
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
	}
	return w.next, w.sw.SetRow(cell, vals, opts...)
}

func (w *rows) skip(n int) { w.next += n }

// pageBreak starts a new printed page at the next row.
func (w *rows) pageBreak() error { return w.sw.InsertPageBreak(fmt.Sprintf("A%d", w.next+1)) }

// Summary column widths in characters; px is how Excel turns them into pixels.
const (
	summaryFirstWidth  = 42
	summaryNumberWidth = 15
)

func px(width float64) int { return int(width*7 + 5) }

// chartCache holds, per cell range a chart reads, the values the range
// shows, so the chart can carry them: viewers that do not calculate
// (previews, Excel's protected view) draw a chart from those.
type chartCache map[string][]string

// put records a range of the Samenvatting and its values.
func (c chartCache) put(ref string, values ...string) { c[ref] = values }

// writeSummary writes the Samenvatting: what is in the annex, actions per
// domain and status, results per pyramid level, and budget against
// realisation per domain. The numbers are formulas over the section tables
// by structured reference, so rows an analyst adds are counted; their
// values are cached so viewers that do not calculate show them too.
func writeSummary(f *excelize.File, st *styles, page pageSetup, r *report.Report, done map[string]written, sheets []string, cache chartCache) error {
	widths := []float64{summaryFirstWidth}
	for range 6 {
		widths = append(widths, summaryNumberWidth)
	}
	l := sheetLayout{widths: widths, landscape: true, scale: 100}
	l.fits = printedWidth(widths, 100) <= usable(true)
	if err := page.apply(f, SheetSummary, l, 0); err != nil {
		return err
	}
	noGrid := false
	if err := f.SetSheetView(SheetSummary, 0, &excelize.ViewOptions{ShowGridLines: &noGrid}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SheetSummary)
	if err != nil {
		return err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	chartWidth := 0
	for _, w := range widths {
		chartWidth += px(w)
	}

	style := st.collector(&err)
	titleStyle := style(cellStyle{bold: true, size: 16, colour: colourHeading})
	noteStyle := style(cellStyle{colour: colourGrey})
	headingStyle := style(cellStyle{bold: true, size: 12, colour: colourHeading})
	linkStyle := style(cellStyle{link: true})
	textStyle := style(cellStyle{})
	wrapStyle := style(cellStyle{wrap: true})
	headerStyle := style(cellStyle{bold: true, wrap: true, fill: colourHeader})
	numberHeader := style(cellStyle{bold: true, wrap: true, fill: colourHeader, align: "right"})
	countStyle := style(cellStyle{numFmt: fmtCount})
	euroStyle := style(cellStyle{numFmt: fmtEuro})
	totalText := style(cellStyle{bold: true, fill: colourHeader})
	totalCount := style(cellStyle{bold: true, fill: colourHeader, numFmt: fmtCount})
	totalEuro := style(cellStyle{bold: true, fill: colourHeader, numFmt: fmtEuro})
	statusHeader := map[report.Status]int{}
	for _, s := range report.Statuses {
		statusHeader[s] = style(cellStyle{bold: true, wrap: true, fill: tint(statusColour[s], 0.8), align: "right"})
	}
	if err != nil {
		return err
	}

	out := &rows{sw: sw}
	m := r.Meta
	if _, err := out.add(26, excelize.Cell{StyleID: titleStyle, Value: title(m)}); err != nil {
		return err
	}
	// Two short lines rather than one long one: a line wider than the tables
	// would widen the printed page.
	sub := []string{m.Portfolio}
	if m.Holder != "" {
		sub = append(sub, m.Holder)
	}
	if !m.CutoffDate.IsZero() {
		sub = append(sub, "peildatum "+report.ShortDate(m.CutoffDate))
	}
	for _, line := range []string{"Bijlage bij het jaarverslag · " + m.Municipality, strings.Join(sub, " · ")} {
		if _, err := out.add(0, excelize.Cell{StyleID: noteStyle, Value: line}); err != nil {
			return err
		}
	}
	out.skip(1)

	// Contents: one line per sheet, linking to it.
	if _, err := out.add(20, excelize.Cell{StyleID: headingStyle, Value: "In deze bijlage"}); err != nil {
		return err
	}
	info := sheetInfo(m)
	info[SheetSources] = "de invoerbestanden met controlegetallen, en de versie van deze bijlage"
	for _, name := range sheets {
		about := info[name]
		if w, ok := done[name]; ok && name != report.SheetReport {
			word := "rijen"
			if w.rows == 1 {
				word = "rij"
			}
			about = fmt.Sprintf("%d %s: %s", w.rows, word, about)
		}
		row, err := out.add(0, excelize.Cell{StyleID: linkStyle, Value: name}, excelize.Cell{StyleID: textStyle, Value: about})
		if err != nil {
			return err
		}
		if err := f.SetCellHyperLink(SheetSummary, fmt.Sprintf("A%d", row), sheetRef(name)+"!A1", "Location"); err != nil {
			return err
		}
	}
	over := "De tabellen hieronder rekenen met formules over de tabellen op de bladen Coalitieakkoord, Resultaten en Financien."
	if len(r.Reviews) > 0 {
		over = "De tabellen hieronder rekenen met formules over de tabellen op de bladen Coalitieakkoord, Resultaten, Financien en Terugblik."
	}
	if _, err := out.add(0, excelize.Cell{StyleID: noteStyle, Value: over}); err != nil {
		return err
	}
	out.skip(1)

	domains := summaryDomains(r)
	q := func(ref string) string { return fmt.Sprintf("%s!%s", SheetSummary, ref) }

	// Actions per domain and status.
	actions := done[report.SheetActions]
	domainR := actions.ref(headerOf[report.CoalitionAction]("Domain"))
	statusR := actions.ref(headerOf[report.CoalitionAction]("Status"))
	idR := actions.ref(headerOf[report.CoalitionAction]("ID"))
	// Each table starts a printed page, so no table or chart is cut in two:
	// the contents; actions with their chart; results and budget; the
	// budget chart.
	if err := out.pageBreak(); err != nil {
		return err
	}
	if _, err := out.add(20, excelize.Cell{StyleID: headingStyle, Value: "Acties uit het coalitieakkoord per domein en status"}); err != nil {
		return err
	}
	vals := []any{excelize.Cell{StyleID: headerStyle, Value: "Domein"}}
	for _, s := range report.Statuses {
		vals = append(vals, excelize.Cell{StyleID: statusHeader[s], Value: string(s)})
	}
	vals = append(vals, excelize.Cell{StyleID: numberHeader, Value: "Totaal"})
	head, err := out.add(32, vals...)
	if err != nil {
		return err
	}
	firstDomain := head + 1
	counts := make([][]string, len(report.Statuses))
	for _, d := range domains {
		row := out.next + 1
		vals := []any{excelize.Cell{StyleID: wrapStyle, Value: d}}
		total := 0
		for i, s := range report.Statuses {
			n := countActions(r, d, s)
			total += n
			counts[i] = append(counts[i], fmt.Sprint(n))
			col := report.ColumnName(i + 2)
			vals = append(vals, excelize.Cell{StyleID: countStyle, Value: n,
				Formula: fmt.Sprintf("COUNTIFS(%s,%s,%s,%s$%d)", domainR, exactly(fmt.Sprintf("$A%d", row)), statusR, col, head)})
		}
		vals = append(vals, excelize.Cell{StyleID: countStyle, Value: total, Formula: fmt.Sprintf("SUM(B%d:F%d)", row, row)})
		if _, err := out.add(nameHeight(d), vals...); err != nil {
			return err
		}
	}
	lastDomain := out.next
	vals = []any{excelize.Cell{StyleID: totalText, Value: "Totaal"}}
	for i, s := range report.Statuses {
		col := report.ColumnName(i + 2)
		vals = append(vals, excelize.Cell{StyleID: totalCount, Value: countActions(r, "", s),
			Formula: fmt.Sprintf("COUNTIFS(%s,%s$%d)", statusR, col, head)})
	}
	ids := 0
	for _, a := range r.Actions {
		if a.ID != "" {
			ids++
		}
	}
	vals = append(vals, excelize.Cell{StyleID: totalCount, Value: ids, Formula: fmt.Sprintf("COUNTA(%s)", idR)})
	if _, err := out.add(0, vals...); err != nil {
		return err
	}
	out.skip(1)
	if len(domains) > 0 {
		cats := q(fmt.Sprintf("$A$%d:$A$%d", firstDomain, lastDomain))
		cache.put(cats, domains...)
		for i, s := range report.Statuses {
			col := report.ColumnName(i + 2)
			cache.put(q(fmt.Sprintf("$%s$%d", col, head)), string(s))
			cache.put(q(fmt.Sprintf("$%s$%d:$%s$%d", col, firstDomain, col, lastDomain)), counts[i]...)
		}
		h := max(220, 60+22*len(domains))
		if err := f.AddChart(SheetSummary, fmt.Sprintf("A%d", out.next+1), statusChart(head, firstDomain, lastDomain, chartWidth, h)); err != nil {
			return err
		}
		// LibreOffice rows are 17 px, Excel's 20: leave room for the shorter ones.
		out.skip(h/17 + 2)
	}

	// Results per level of the care pyramid, from Fundament up as in the PDF.
	results := done[report.SheetAchievements]
	levelR := results.ref(headerOf[report.Achievement]("Level"))
	actionR := results.ref(headerOf[report.Achievement]("ActionID"))
	if err := out.pageBreak(); err != nil {
		return err
	}
	if _, err := out.add(20, excelize.Cell{StyleID: headingStyle, Value: "Resultaten per niveau van de zorgpiramide"}); err != nil {
		return err
	}
	if _, err := out.add(32, excelize.Cell{StyleID: headerStyle, Value: "Piramideniveau"},
		excelize.Cell{StyleID: numberHeader, Value: "Resultaten"},
		excelize.Cell{StyleID: numberHeader, Value: "waarvan bij een actie"}); err != nil {
		return err
	}
	for _, level := range report.PyramidLevels {
		row := out.next + 1
		n, linked := countResults(r, level)
		if _, err := out.add(nameHeight(string(level)),
			excelize.Cell{StyleID: wrapStyle, Value: string(level)},
			excelize.Cell{StyleID: countStyle, Value: n, Formula: fmt.Sprintf("COUNTIFS(%s,$A%d)", levelR, row)},
			excelize.Cell{StyleID: countStyle, Value: linked, Formula: fmt.Sprintf(`COUNTIFS(%s,$A%d,%s,"<>")`, levelR, row, actionR)},
		); err != nil {
			return err
		}
	}
	linked := 0
	for _, a := range r.Achievements {
		if a.ActionID != "" {
			linked++
		}
	}
	if _, err := out.add(0, excelize.Cell{StyleID: totalText, Value: "Totaal"},
		excelize.Cell{StyleID: totalCount, Value: len(r.Achievements), Formula: fmt.Sprintf("COUNTA(%s)", levelR)},
		excelize.Cell{StyleID: totalCount, Value: linked, Formula: fmt.Sprintf(`COUNTIFS(%s,"<>")`, actionR)},
	); err != nil {
		return err
	}
	out.skip(1)

	// Budget and realisation per domain.
	fin := done[report.SheetBudget]
	finDomain := fin.ref(headerOf[report.BudgetLine]("Domain"))
	finKind := fin.ref(headerOf[report.BudgetLine]("Kind"))
	finBudget := fin.ref(headerOf[report.BudgetLine]("Budget"))
	finActual := fin.ref(headerOf[report.BudgetLine]("Actual"))
	if _, err := out.add(20, excelize.Cell{StyleID: headingStyle, Value: "Begroting en realisatie per domein"}); err != nil {
		return err
	}
	vals = []any{excelize.Cell{StyleID: headerStyle, Value: "Domein"}}
	for _, k := range report.BudgetKinds {
		for _, h := range []string{"begroting na wijziging", "realisatie", "afwijking"} {
			vals = append(vals, excelize.Cell{StyleID: numberHeader, Value: string(k) + ": " + h})
		}
	}
	bhead, err := out.add(32, vals...)
	if err != nil {
		return err
	}
	amounts := map[string][]string{}
	sums := func(d string, row int) []any {
		crit := ""
		if d != "" {
			crit = fmt.Sprintf(",%s,%s", finDomain, exactly(fmt.Sprintf("$A%d", row)))
		}
		st := euroStyle
		if d == "" {
			st = totalEuro
		}
		var vals []any
		for i, k := range report.BudgetKinds {
			sum := sumBudget(r, d, k)
			budget, actual := sum.Budget, sum.Actual
			b := report.ColumnName(2 + 3*i)
			a := report.ColumnName(3 + 3*i)
			if d != "" {
				amounts[b] = append(amounts[b], strconv.FormatFloat(budget, 'f', -1, 64))
				amounts[a] = append(amounts[a], strconv.FormatFloat(actual, 'f', -1, 64))
			}
			vals = append(vals,
				excelize.Cell{StyleID: st, Value: budget,
					Formula: fmt.Sprintf("SUMIFS(%s%s,%s,%s)", finBudget, crit, finKind, formulaString(string(k)))},
				excelize.Cell{StyleID: st, Value: actual,
					Formula: fmt.Sprintf("SUMIFS(%s%s,%s,%s)", finActual, crit, finKind, formulaString(string(k)))},
				excelize.Cell{StyleID: st, Value: actual - budget,
					Formula: fmt.Sprintf("%s%d-%s%d", a, row, b, row)})
		}
		return vals
	}
	firstBudget := bhead + 1
	for _, d := range domains {
		row := out.next + 1
		if _, err := out.add(nameHeight(d), append([]any{excelize.Cell{StyleID: wrapStyle, Value: d}}, sums(d, row)...)...); err != nil {
			return err
		}
	}
	lastBudget := out.next
	if _, err := out.add(0, append([]any{excelize.Cell{StyleID: totalText, Value: "Totaal"}}, sums("", out.next+1)...)...); err != nil {
		return err
	}
	out.skip(1)
	if len(domains) > 0 {
		cache.put(q(fmt.Sprintf("$A$%d:$A$%d", firstBudget, lastBudget)), domains...)
		for _, col := range budgetChartCols {
			name := []string{}
			for i, k := range report.BudgetKinds {
				for j, h := range []string{"begroting na wijziging", "realisatie"} {
					if report.ColumnName(2+3*i+j) == col {
						name = append(name, string(k)+": "+h)
					}
				}
			}
			cache.put(q(fmt.Sprintf("$%s$%d", col, bhead)), name...)
			cache.put(q(fmt.Sprintf("$%s$%d:$%s$%d", col, firstBudget, col, lastBudget)), amounts[col]...)
		}
		if err := out.pageBreak(); err != nil {
			return err
		}
		// A row of room below the break: LibreOffice's shorter rows would
		// otherwise put the chart's top edge on the page before.
		out.skip(1)
		if err := f.AddChart(SheetSummary, fmt.Sprintf("A%d", out.next+1), budgetChart(bhead, firstBudget, lastBudget, chartWidth, 380)); err != nil {
			return err
		}
		out.skip(380/17 + 2)
	}
	if err := writeReviewSummary(out, st, r, done); err != nil {
		return err
	}
	return sw.Flush()
}

// nameHeight is the row height for a name in the first column, which wraps
// when it is longer than the column.
func nameHeight(name string) float64 { return rowHeight(lineCount(name, summaryFirstWidth)) }

// countResults mirrors the COUNTIFS per level: all results, and those with an Actie-ID.
func countResults(r *report.Report, level report.PyramidLevel) (n, linked int) {
	for _, a := range r.Achievements {
		if strings.EqualFold(string(a.Level), string(level)) {
			n++
			if a.ActionID != "" {
				linked++
			}
		}
	}
	return n, linked
}

// exactly is a COUNTIFS/SUMIFS criterion matching the text in cell as it
// is: a domain is the staff's own text, and "*", "?" or a leading "<" in it
// would otherwise be a pattern or a comparison and count other domains.
func exactly(cell string) string {
	return fmt.Sprintf(`"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(%s,"~","~~"),"*","~*"),"?","~?")`, cell)
}

// countActions mirrors the COUNTIFS: Excel compares text ignoring case.
func countActions(r *report.Report, domain string, s report.Status) int {
	n := 0
	for _, a := range r.Actions {
		if (domain == "" || strings.EqualFold(a.Domain, domain)) && strings.EqualFold(string(a.Status), string(s)) {
			n++
		}
	}
	return n
}

// sumBudget mirrors the SUMIFS for one domain ("" for all) and kind.
func sumBudget(r *report.Report, domain string, k report.BudgetKind) report.BudgetTotal {
	var t report.BudgetTotal
	for _, b := range r.Budget {
		if (domain == "" || strings.EqualFold(b.Domain, domain)) && strings.EqualFold(string(b.Kind), string(k)) {
			t.Add(b)
		}
	}
	return t
}

// axisFont keeps axis labels readable; the default is a pale grey.
var axisFont = excelize.Font{Color: "404040", Size: 10}

func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{
		Text: s, Font: &excelize.Font{Bold: true, Size: 12, Color: colourHeading},
	}}}
}

func solid(colour string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
}

// statusChart is a stacked bar per domain, first domain on top, in the
// status colours of the PDF.
func statusChart(head, first, last, width, height int) *excelize.Chart {
	cats := fmt.Sprintf("%s!$A$%d:$A$%d", SheetSummary, first, last)
	var series []excelize.ChartSeries
	for i, s := range report.Statuses {
		col := report.ColumnName(i + 2)
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", SheetSummary, col, head),
			Categories: cats,
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", SheetSummary, col, first, col, last),
			Fill:       solid(statusColour[s]),
		})
	}
	gap := uint(60)
	overlap := 100
	print := true
	return &excelize.Chart{
		Type:      excelize.BarStacked,
		Series:    series,
		Title:     chartTitle("Acties per domein en status"),
		Legend:    excelize.ChartLegend{Position: "bottom", Font: &axisFont},
		Dimension: excelize.ChartDimension{Width: uint(width), Height: uint(height)},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: fmtCount}, Font: axisFont},
		GapWidth:  &gap,
		Overlap:   &overlap,
		Format: excelize.GraphicOptions{
			PrintObject: &print,
			AltText:     "Gestapelde staafgrafiek: het aantal acties per status, per domein.",
		},
	}
}

// budgetChartCols are the budget and realisation columns of lasten and baten.
var budgetChartCols = []string{"B", "C", "E", "F"}

// budgetChart is a clustered column per domain: budget after changes next to
// realisation, for expenses and for income.
func budgetChart(head, first, last, width, height int) *excelize.Chart {
	cats := fmt.Sprintf("%s!$A$%d:$A$%d", SheetSummary, first, last)
	colours := []string{"8EA9C8", colourHeading, "A5CFA7", "2E7D32"}
	var series []excelize.ChartSeries
	for i, col := range budgetChartCols {
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", SheetSummary, col, head),
			Categories: cats,
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", SheetSummary, col, first, col, last),
			Fill:       solid(colours[i]),
		})
	}
	gap := uint(80)
	print := true
	return &excelize.Chart{
		Type:      excelize.Col,
		Series:    series,
		Title:     chartTitle("Begroting na wijziging en realisatie per domein"),
		Legend:    excelize.ChartLegend{Position: "bottom", Font: &axisFont},
		Dimension: excelize.ChartDimension{Width: uint(width), Height: uint(height)},
		XAxis:     excelize.ChartAxis{Font: axisFont},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: fmtEuro}, Font: axisFont},
		GapWidth:  &gap,
		Format: excelize.GraphicOptions{
			PrintObject: &print,
			AltText:     "Kolomgrafiek: begroting na wijziging en realisatie van lasten en baten, per domein.",
		},
	}
}
