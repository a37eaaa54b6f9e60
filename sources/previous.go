package sources

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"jaarverslag/report"
)

// Sheets by which an annex is known. They are the annex's own names
// (output/annex), which sources cannot import.
const (
	annexSummary = "Samenvatting"
	annexSources = "Bronnen"
)

// annexPlan is a row of the annex's Plannen sheet, as far as the Terugblik
// needs it; the annex's other columns are not read.
type annexPlan struct {
	ID     string        `col:"ID,required"`
	Domain string        `col:"Domein,required"`
	Text   string        `col:"Plan,required"`
	Src    report.Source `validate:"-"`
}

var annexPlans = sheet(report.SheetPlans, annexPlan{}, false, "")

// loadPrevious reads last year's annex named in opts into r. An annex that
// cannot be used is marked unread, so the rules that compare with it say
// once that they were not checked rather than call every plan missing.
func loadPrevious(r *report.Report, opts Options) report.Findings {
	if opts.Previous == "" {
		return nil
	}
	prev, fs := ReadPrevious(opts.Previous, opts)
	if prev != nil {
		r.Previous = prev
		return fs
	}
	pos := report.Pos{File: filepath.Base(opts.Previous)}
	for _, f := range fs {
		if f.Severity == report.Error {
			pos = f.Pos
			break
		}
	}
	r.Unread = append(r.Unread, report.Unread{Sheet: report.PreviousAnnex, Pos: pos})
	return fs
}

// ReadPrevious reads last year's annex (the …-bijlage.xlsx that build
// wrote a year ago): whose report it was and its plans. prev is nil when the
// file is no such annex; the findings say why. A file that cannot be read at
// all is a finding with rule report.RuleUnreadable (exit code 3), like any
// input; a workbook that is not an annex has rule report.RulePrevious.
// Whether it is last year's of this report is for report.CheckPrevious.
func ReadPrevious(path string, opts Options) (prev *report.PreviousYear, fs report.Findings) {
	opts = opts.withDefaults()
	name := filepath.Base(path)
	at := report.Pos{File: name}
	f, err := os.Open(path)
	if err != nil {
		fs.Add(report.Error, report.RuleUnreadable, at, "", "bijlage van vorig jaar (--vorig-jaar): %s", openReason(err))
		return nil, fs
	}
	defer f.Close()
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = errors.New("dit is geen gewoon bestand")
	}
	if err != nil {
		fs.Add(report.Error, report.RuleUnreadable, at, "", "bijlage van vorig jaar (--vorig-jaar): %v", err)
		return nil, fs
	}
	wb, sum, err := openChecked(f, fi.Size(), opts)
	if err != nil {
		fs.Add(report.Error, report.RuleUnreadable, at, "", "bijlage van vorig jaar (--vorig-jaar): %v", err)
		return nil, fs
	}
	notAnnex := func(format string, args ...any) (*report.PreviousYear, report.Findings) {
		fs.Add(report.Error, report.RulePrevious, at, "", "%s; geef met --vorig-jaar de bijlage die jaarverslag build vorig jaar schreef (jaarverslag-JAAR-…-bijlage.xlsx)",
			fmt.Sprintf(format, args...))
		return nil, fs
	}
	var plans *sheetRef
	var names []string
	for i, s := range wb.sheets {
		names = append(names, s.name)
		if report.Fold(s.name) == report.Fold(report.SheetPlans) {
			plans = &wb.sheets[i]
		}
	}
	switch {
	case wb.has(report.SheetReport) && !wb.has(annexSummary):
		// The annex has a Rapport sheet too, beside its Samenvatting.
		return notAnnex("dit is een invoerwerkmap (met het blad Rapport), niet de bijlage van het verslag van vorig jaar")
	case plans == nil || plans.part == "" || !wb.has(annexSummary) || !wb.has(annexSources):
		return notAnnex("dit is geen bijlage van een jaarverslag: die heeft de bladen %s, %s en %s (gevonden: %s)",
			annexSummary, report.SheetPlans, annexSources, strings.Join(names, ", "))
	}
	props := wb.customProps()
	year, yearOK := wholeProp(props[report.Fold(report.AnnexYear)])
	town := strings.TrimSpace(props[report.Fold(report.AnnexMunicipality)])
	if town == "" || !yearOK {
		return notAnnex("de bijlage zegt niet van welke gemeente en welk verslagjaar ze is (de documenteigenschappen %s en %s ontbreken of zijn leeg); maak de bijlage van vorig jaar opnieuw met jaarverslag build",
			report.AnnexMunicipality, report.AnnexYear)
	}
	sr, err := readSheet(wb, name, *plans, annexPlans, opts.MaxRows)
	if err != nil {
		fs.Add(report.Error, report.RuleUnreadable, report.Pos{File: name, Sheet: plans.name}, "", "bijlage van vorig jaar (--vorig-jaar): %v", err)
		return nil, fs
	}
	rows := sr.rows.Interface().([]annexPlan)
	ours := map[int]bool{}
	if len(rows) > 0 {
		for _, c := range rows[0].Src.Cols {
			ours[c] = true
		}
	}
	bad := false
	for _, f := range sr.findings {
		// Only what the Terugblik reads matters; the annex's other
		// columns may hold anything.
		if f.Severity != report.Error || (sr.unread == nil && f.Pos.Col != 0 && !ours[f.Pos.Col]) {
			continue
		}
		f.Rule, f.Message = report.RulePrevious, "bijlage van vorig jaar: "+f.Message
		fs = append(fs, f)
		bad = true
	}
	prev = &report.PreviousYear{File: name, SHA256: sum, Municipality: town, Year: year,
		Portfolio: strings.TrimSpace(props[report.Fold(report.AnnexPortfolio)])}
	seen := map[string]report.Source{}
	for _, p := range rows {
		for _, field := range []struct{ value, name string }{{p.ID, "ID"}, {p.Domain, "Domain"}, {p.Text, "Text"}} {
			if strings.TrimSpace(field.value) == "" && !p.Src.Bad[field.name] {
				sf, _ := reflect.TypeFor[annexPlan]().FieldByName(field.name)
				header, _, _ := report.ColumnOf(sf)
				fs.Add(report.Error, report.RulePrevious, p.Src.At(field.name), "",
					"bijlage van vorig jaar: %q is leeg; een plan in de bijlage heeft altijd een ID, een Domein en een Plan, dus de bijlage is na het bouwen veranderd. Gebruik de bijlage zoals jaarverslag build die schreef", header)
				bad = true
			}
		}
		if k := report.Fold(p.ID); p.ID != "" {
			if first, ok := seen[k]; ok {
				fs.Add(report.Error, report.RulePrevious, p.Src.At("ID"), p.ID,
					"bijlage van vorig jaar: plan-ID %q staat ook op %s; in een bijlage is elk ID uniek, dus de bijlage is na het bouwen veranderd", p.ID, first.At("ID"))
				bad = true
				continue
			}
			seen[k] = p.Src
		}
		prev.Plans = append(prev.Plans, report.Plan{ID: p.ID, Domain: p.Domain, Text: p.Text, Src: p.Src})
	}
	if bad {
		return nil, fs
	}
	return prev, fs
}

// customProps reads the workbook's custom document properties by folded
// name: their values as text, whatever type they were stored as (a program
// that saves the file again may store a number as a double).
func (wb *workbook) customProps() map[string]string {
	pkg, err := wb.rels("_rels/.rels")
	if err != nil {
		return nil
	}
	part := pkg.target("", "/custom-properties", "docProps/custom.xml")
	if wb.parts[part] == nil {
		return nil
	}
	var doc struct {
		Props []struct {
			Name   string `xml:"name,attr"`
			Values []struct {
				Text string `xml:",chardata"`
			} `xml:",any"`
		} `xml:"property"`
	}
	if err := wb.decode(part, &doc); err != nil {
		return nil
	}
	out := map[string]string{}
	for _, p := range doc.Props {
		if len(p.Values) > 0 {
			out[report.Fold(p.Name)] = unescape(p.Values[0].Text)
		}
	}
	return out
}

// wholeProp reads a year stored as a number or as text.
func wholeProp(s string) (int, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || v != math.Trunc(v) || v < 1 || v > 9999 {
		return 0, false
	}
	return int(v), true
}
