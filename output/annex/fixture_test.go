package annex

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// testBuild is a fixed build identity, so outputs can be compared byte for byte.
var testBuild = report.Build{
	Version: "3f2a9c1b7e4d",
	Built:   time.Date(2026, 2, 3, 9, 30, 0, 0, time.UTC),
	Tool:    "v0.9.0-test",
}

// withSources fills in what the reader would: for every row the file (as
// sample.Split spreads them), the sheet as staff spelled it and the row, and
// the files with their row counts. A few rows get extra columns, spelled
// differently across files, and one extra column clashes with Bronbestand.
func withSources(r *report.Report) *report.Report { return withSourcesIn(r, sample.Split()) }

// withSourcesIn is withSources for a set spread over other parts.
func withSourcesIn(r *report.Report, parts []sample.Part) *report.Report {
	spelled := map[string]string{report.SheetBudget: "Financiën"} // as staff typed it
	type key struct{ file, sheet string }
	next := map[key]int{}
	files := map[string]*report.SourceFile{}
	for _, p := range parts {
		files[p.Name] = &report.SourceFile{Name: p.Name, Rows: map[string]int{}}
		for _, s := range p.Sheets {
			files[p.Name].Rows[s] = 0
		}
	}
	place := func(sheet, domain string, src *report.Source) {
		for _, p := range parts {
			if !p.Holds(sheet, domain) {
				continue
			}
			k := key{p.Name, sheet}
			if next[k] == 0 {
				next[k] = 2 // row 1 holds the headers
			}
			name := sheet
			if s, ok := spelled[sheet]; ok {
				name = s
			}
			*src = report.Source{File: p.Name, Sheet: name, Row: next[k], Extra: src.Extra, Cols: contractCols(sheet)}
			// An empty row after every seventh row: Row must come from Src, not from counting.
			next[k]++
			if next[k]%7 == 0 {
				next[k]++
			}
			files[p.Name].Rows[sheet]++
			return
		}
		panic(fmt.Sprintf("no file holds %s/%s", sheet, domain))
	}
	for i := range r.Actions {
		a := &r.Actions[i]
		switch {
		case i%3 == 0:
			a.Src.Extra = []report.Extra{{Header: "Opmerking", Value: "Besproken in de commissie Zorg en Welzijn"}}
		case i%3 == 1:
			a.Src.Extra = []report.Extra{{Header: " opmerking", Value: "Zie ook de raadsbrief van 12 maart"}}
		}
		place(report.SheetActions, a.Domain, &a.Src)
	}
	for i := range r.Achievements {
		place(report.SheetAchievements, r.Achievements[i].Domain, &r.Achievements[i].Src)
	}
	for i := range r.Plans {
		if i == 0 {
			r.Plans[i].Src.Extra = []report.Extra{{Header: "Bronbestand", Value: "Raadsvoorstel 2025-118"}}
		}
		place(report.SheetPlans, r.Plans[i].Domain, &r.Plans[i].Src)
	}
	for i := range r.Developments {
		place(report.SheetDevelopments, r.Developments[i].Domain, &r.Developments[i].Src)
	}
	for i := range r.KeyFigures {
		place(report.SheetKeyFigures, r.KeyFigures[i].Domain, &r.KeyFigures[i].Src)
	}
	for i := range r.Budget {
		r.Budget[i].Src.Extra = []report.Extra{{Header: "Kostenplaats", Value: fmt.Sprintf("KP-%04d", 3300+i)}}
		place(report.SheetBudget, r.Budget[i].Domain, &r.Budget[i].Src)
	}
	for i := range r.Domains {
		r.Domains[i].Src = report.Source{File: "rapport.xlsx", Sheet: report.SheetDomains, Row: i + 2, Cols: contractCols(report.SheetDomains)}
	}
	for i := range r.Reflections {
		place(report.SheetReflections, "", &r.Reflections[i].Src)
	}
	for i := range r.Reviews {
		place(report.SheetReview, r.Reviews[i].Domain, &r.Reviews[i].Src)
	}
	// Rapport is Veld | Waarde: each field's value in column B of its own row.
	r.Meta.Src = report.Source{File: "rapport.xlsx", Sheet: report.SheetReport, Cells: map[string]report.Pos{}}
	mt := reflect.TypeFor[report.Meta]()
	row := 2
	for i := 0; i < mt.NumField(); i++ {
		if _, _, ok := report.ColumnOf(mt.Field(i)); ok {
			r.Meta.Src.Cells[mt.Field(i).Name] = report.Pos{File: "rapport.xlsx", Sheet: report.SheetReport, Row: row, Col: 2}
			row++
		}
	}
	files["rapport.xlsx"].Rows[report.SheetReport] = row - 2
	files["rapport.xlsx"].Rows[report.SheetDomains] = len(r.Domains)
	r.Files = nil
	for i, p := range parts {
		f := files[p.Name]
		sum := sha256.Sum256([]byte(p.Name))
		f.SHA256 = hex.EncodeToString(sum[:])
		f.Size = int64(9000 + 1234*i)
		if i != 2 { // one file without a stored modification date
			f.Modified = time.Date(2026, 1, 10+i, 14, 5, 0, 0, time.UTC)
		}
		r.Files = append(r.Files, *f)
	}
	sort.Slice(r.Files, func(i, j int) bool { return r.Files[i].Name < r.Files[j].Name })
	return r
}

// groningen is the sample set as the reader would deliver it.
func groningen() *report.Report { return withSources(sample.Groningen()) }

// groningen2026 is the made-up second year, with a Terugblik on the plans
// of 2025 checked against them as last year's annex.
func groningen2026() *report.Report {
	r := sample.Reviewed(withSourcesIn(sample.Groningen2026(), sample.Split2026()), "jaarverslag-2025-bijlage.xlsx", "5e1f")
	return r
}

// contractHeaders are the headers of a row type's col tags, in order.
func contractHeaders(row any) []string {
	t := reflect.TypeOf(row)
	var out []string
	for i := 0; i < t.NumField(); i++ {
		if tag, ok := t.Field(i).Tag.Lookup("col"); ok {
			h, _, _ := strings.Cut(tag, ",")
			out = append(out, h)
		}
	}
	return out
}

// contractCols maps each contract field of a sheet's row type to its
// column, in the template's order, as the reader fills Source.Cols.
func contractCols(sheet string) map[string]int {
	var row any
	switch sheet {
	case report.SheetDomains:
		row = report.Domain{}
	case report.SheetActions:
		row = report.CoalitionAction{}
	case report.SheetAchievements:
		row = report.Achievement{}
	case report.SheetPlans:
		row = report.Plan{}
	case report.SheetDevelopments:
		row = report.Development{}
	case report.SheetKeyFigures:
		row = report.KeyFigure{}
	case report.SheetBudget:
		row = report.BudgetLine{}
	case report.SheetReflections:
		row = report.Reflection{}
	case report.SheetReview:
		row = report.PlanReview{}
	}
	t := reflect.TypeOf(row)
	cols := map[string]int{}
	n := 0
	for i := 0; i < t.NumField(); i++ {
		if _, _, ok := report.ColumnOf(t.Field(i)); ok {
			n++
			cols[t.Field(i).Name] = n
		}
	}
	return cols
}
