package sources_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"os"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
	"jaarverslag/report/sample"
	"jaarverslag/sources"
)

// guardedFiles are the workbooks staff get: the template, a department's
// template and one file of the sample set (no Domeinen, a domain filter).
func guardedFiles(t *testing.T) map[string][]byte {
	t.Helper()
	var dept bytes.Buffer
	if err := sources.WriteDepartmentTemplate(&dept, sources.DepartmentSettings{}); err != nil {
		t.Fatal(err)
	}
	jeugd := workbook(t, sample.Groningen(), []string{report.SheetAchievements, report.SheetPlans, report.SheetDevelopments, report.SheetKeyFigures}, []string{sample.Youth})
	return map[string][]byte{"template": template(t), "afdeling": dept.Bytes(), "jeugd": jeugd}
}

// contractSheets lists the contract sheets in a workbook.
func contractSheets(f *excelize.File) []sources.Sheet {
	var out []sources.Sheet
	for _, name := range f.GetSheetList() {
		if s, ok := sources.Lookup(name); ok {
			out = append(out, s)
		}
	}
	return out
}

// validationAt returns the validation covering a cell, nil when none; more
// than one is an error, as Excel keeps only one per cell.
func validationAt(t *testing.T, f *excelize.File, sheet, cell string) *excelize.DataValidation {
	t.Helper()
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col, row, err := excelize.CellNameToCoordinates(cell)
	if err != nil {
		t.Fatal(err)
	}
	var found *excelize.DataValidation
	for _, dv := range dvs {
		for _, ref := range strings.Fields(dv.Sqref) {
			from, to, ok := strings.Cut(ref, ":")
			if !ok {
				to = from
			}
			c1, r1, err1 := excelize.CellNameToCoordinates(from)
			c2, r2, err2 := excelize.CellNameToCoordinates(to)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: sqref %q", sheet, dv.Sqref)
			}
			if c1 <= col && col <= c2 && r1 <= row && row <= r2 {
				if found != nil {
					t.Errorf("%s!%s has two validations", sheet, cell)
				}
				found = dv
			}
		}
	}
	return found
}

// dataRows is how many rows a sheet of a written workbook has below its header.
func dataRows(t *testing.T, f *excelize.File, sheet string) int {
	t.Helper()
	return len(rawRows(t, f, sheet)) - 1
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// guardWant is the check Excel makes on a column's data cells.
type guardWant struct {
	typ, style, op, f1, f2 string
	hint                   bool // the help shows on the data cells
}

// wantGuards: every rule of the validator that Excel can check, and
// nothing stricter. Columns not named have no check on their data cells;
// a sheet not named at all (one added later) is held to derivedGuard.
var wantGuards = map[string]guardWant{
	"Rapport.Verslagjaar":              {typ: "whole", style: "warning", op: "between", f1: "1900", f2: "2999"},
	"Rapport.Peildatum":                {typ: "date", style: "warning", op: "between", f1: "1", f2: "2958465"},
	"Rapport.Drempel toelichting (€)":  {typ: "decimal", style: "warning", op: "between", f1: "0", f2: "9.99999999999999E+307"},
	"Rapport.Drempel toelichting (%)":  {typ: "decimal", style: "warning", op: "between", f1: "0", f2: "9.99999999999999E+307"},
	"Domeinen.Volgorde":                {typ: "whole", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Coalitieakkoord.ID":               {typ: "custom", style: "stop", hint: true},
	"Coalitieakkoord.Domein":           {typ: "list", style: "stop"},
	"Coalitieakkoord.Status":           {typ: "list", style: "stop"},
	"Resultaten.ID":                    {typ: "custom", style: "stop", hint: true},
	"Resultaten.Domein":                {typ: "list", style: "stop"},
	"Resultaten.Piramideniveau":        {typ: "list", style: "stop"},
	"Plannen.ID":                       {typ: "custom", style: "stop", hint: true},
	"Plannen.Domein":                   {typ: "list", style: "stop"},
	"Plannen.Gereed in":                {hint: true},
	"Ontwikkelingen.Domein":            {typ: "list", style: "stop"},
	"Ontwikkelingen.Volgorde":          {typ: "whole", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Kerncijfers.Domein":               {typ: "list", style: "stop"},
	"Kerncijfers.Verslagjaar":          {typ: "decimal", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Kerncijfers.Vorig jaar":           {typ: "decimal", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Kerncijfers.Streefwaarde":         {typ: "decimal", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Kerncijfers.Peildatum":            {typ: "date", style: "warning", op: "between", f1: "1", f2: "2958465"},
	"Financien.Domein":                 {typ: "list", style: "stop"},
	"Financien.Soort":                  {typ: "list", style: "stop"},
	"Financien.Primaire begroting":     {typ: "decimal", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Financien.Begroting na wijziging": {typ: "decimal", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Financien.Realisatie":             {typ: "decimal", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Beschouwingen.Na hoofdstuk":       {typ: "list", style: "stop"},
	"Beschouwingen.Volgorde":           {typ: "whole", style: "warning", op: "between", f1: "-9.99999999999999E+307", f2: "9.99999999999999E+307"},
	"Terugblik.Plan-ID":                {typ: "custom", style: "stop", hint: true},
	"Terugblik.Uitkomst":               {typ: "list", style: "stop"},
	// Terugblik.Domein has no check: it holds last year's domains.
}

// listed reports whether wantGuards names the columns of a sheet.
func listed(sheet string) bool {
	for k := range wantGuards {
		if strings.HasPrefix(k, sheet+".") {
			return true
		}
	}
	return false
}

// derivedGuard is the check a column of a sheet that wantGuards does not
// list yet should have, from its kind and rules.
func derivedGuard(c sources.Column) guardWant {
	orDefault := func(b *float64, def string) string {
		if b == nil {
			return def
		}
		return strconv.FormatFloat(*b, 'f', -1, 64)
	}
	lo, hi := orDefault(c.Min, "-9.99999999999999E+307"), orDefault(c.Max, "9.99999999999999E+307")
	switch {
	case c.Allowed != nil || c.Header == "Domein":
		return guardWant{typ: "list", style: "stop", hint: c.Hint}
	case c.Unique:
		return guardWant{typ: "custom", style: "stop", hint: true}
	case c.Kind == sources.Number:
		return guardWant{typ: "decimal", style: "warning", op: "between", f1: lo, f2: hi, hint: c.Hint}
	case c.Kind == sources.Whole:
		return guardWant{typ: "whole", style: "warning", op: "between", f1: lo, f2: hi, hint: c.Hint}
	case c.Kind == sources.Date:
		return guardWant{typ: "date", style: "warning", op: "between", f1: "1", f2: "2958465", hint: c.Hint}
	}
	return guardWant{hint: c.Hint}
}

// TestGuardsOnDataCells reads back the checks on every column's data cells:
// type, operator, bounds, error style and Dutch messages, from the first
// data row down to at least 10,000 rows below the written ones, and none
// on the header.
func TestGuardsOnDataCells(t *testing.T) {
	for name, b := range guardedFiles(t) {
		f := open(t, b)
		for _, s := range contractSheets(f) {
			for i, c := range s.Columns {
				key := s.Name + "." + c.Header
				t.Run(name+"/"+key, func(t *testing.T) {
					want, ok := wantGuards[key]
					if !ok && !listed(s.Name) {
						want = derivedGuard(c)
					}
					col := report.ColumnName(i + 1)
					cells := []string{col + "2", col + strconv.Itoa(dataRows(t, f, s.Name)+10001)}
					if s.KeyValue {
						col = "B"
						cells = []string{fmt.Sprintf("B%d", i+2)}
						want.hint = true // every field shows its help
					}
					dv := validationAt(t, f, s.Name, cells[0])
					if !s.KeyValue && dv != nil {
						if end := validationAt(t, f, s.Name, cells[1]); end == nil || end.Sqref != dv.Sqref {
							t.Errorf("the check on %s does not reach %s", cells[0], cells[1])
						}
					}
					if !s.KeyValue {
						if head := validationAt(t, f, s.Name, col+"1"); head == nil || head.Type != "" && head.Type != "none" {
							t.Errorf("header %s1: %+v, want only its help", col, head)
						}
					}
					if want == (guardWant{}) {
						if dv != nil {
							t.Errorf("%s: unexpected check %s %q", cells[0], dv.Type, dv.Formula1)
						}
						return
					}
					if dv == nil {
						t.Fatalf("%s: no check", cells[0])
					}
					if typ := strings.TrimPrefix(dv.Type, "none"); typ != want.typ || dv.Operator != want.op {
						t.Errorf("type %q operator %q, want %q %q", dv.Type, dv.Operator, want.typ, want.op)
					}
					if want.f1 != "" && (dv.Formula1 != want.f1 || dv.Formula2 != want.f2) {
						t.Errorf("bounds %q %q, want %q %q", dv.Formula1, dv.Formula2, want.f1, want.f2)
					}
					if want.typ == "custom" {
						ref := fmt.Sprintf("$%s$2:$%s$%d", col, col, dataRows(t, f, s.Name)+10001)
						if w := fmt.Sprintf("SUMPRODUCT(--EXACT(TRIM(%s),TRIM(%s2)))=1", ref, col); dv.Formula1 != w {
							t.Errorf("formula %q, want %q", dv.Formula1, w)
						}
					}
					if want.style != "" {
						if str(dv.ErrorStyle) != want.style || !dv.ShowErrorMessage {
							t.Errorf("error style %q shown %v, want %q", str(dv.ErrorStyle), dv.ShowErrorMessage, want.style)
						}
						title, msg := str(dv.ErrorTitle), str(dv.Error)
						if title == "" || len([]rune(title)) > 32 || msg == "" || len([]rune(msg)) > 255 || !strings.Contains(msg, c.Header) {
							t.Errorf("error %q: %q; want a title of at most 32 and a message of at most 255 characters naming %s", title, msg, c.Header)
						}
						for _, v := range c.Allowed {
							if !strings.Contains(msg, v) {
								t.Errorf("message %q does not list %q", msg, v)
							}
						}
						if at, _ := f.GetSheetIndex(report.SheetDomains); c.Header == "Domein" && at < 0 {
							// The domains are fixed in this file: all are named.
							for _, v := range listSource(t, f, dv.Formula1) {
								if !strings.Contains(msg, v) {
									t.Errorf("message %q does not list %q", msg, v)
								}
							}
						}
					}
					if hint := dv.ShowInputMessage && strings.Contains(str(dv.Prompt), c.Help); hint != want.hint {
						t.Errorf("help on the data cells %v (%q), want %v", hint, str(dv.Prompt), want.hint)
					}
				})
			}
		}
	}
}

// TestGuardXML checks the raw XML that Excel reads: the dropdowns and the ID
// check stop with their message, the number checks warn.
func TestGuardXML(t *testing.T) {
	b := template(t)
	x := sheetXML(t, b, report.SheetActions)
	for _, want := range []string{
		`errorStyle="stop"`, `showErrorMessage="true"`, `type="list"`, `type="custom"`, `sqref="F2:F10001"`,
		`<formula1>Keuzelijsten!$A$2:$A$6</formula1>`, `errorTitle="Kies uit de lijst"`,
	} {
		if !strings.Contains(x, want) {
			t.Errorf("Coalitieakkoord XML lacks %s", want)
		}
	}
	x = sheetXML(t, b, report.SheetBudget)
	for _, want := range []string{`type="decimal"`, `errorStyle="warning"`, `operator="between"`, `<formula1>-9.99999999999999E+307</formula1>`} {
		if !strings.Contains(x, want) {
			t.Errorf("Financien XML lacks %s", want)
		}
	}
}

// TestStopOnlyWhereTheBuildStops: every value a stop-style check refuses is
// an error of the build too, so Excel never stops what the build would
// take. Each stop check of the template is tried on a filled workbook: a
// value outside the dropdown's list, or the ID of the row above.
func TestStopOnlyWhereTheBuildStops(t *testing.T) {
	tmpl := open(t, template(t))
	filled := workbook(t, sample.Groningen(), allSheets(), nil)
	// The sample's second year has Terugblik rows to try the checks on.
	next := workbook(t, sample.Groningen2026(), allSheets(), nil)
	n := 0
	for _, s := range contractSheets(tmpl) {
		for i, c := range s.Columns {
			col := report.ColumnName(i + 1)
			dv := validationAt(t, tmpl, s.Name, col+"2")
			if dv == nil || str(dv.ErrorStyle) != "stop" {
				continue
			}
			n++
			t.Run(s.Name+"."+c.Header, func(t *testing.T) {
				f := open(t, filled)
				if s.Name == report.SheetReview {
					f = open(t, next)
				}
				cell := col + "3"
				value := "Niet in de lijst"
				if dv.Type == "custom" {
					value, _ = f.GetCellValue(s.Name, col+"2")
				}
				if err := f.SetCellValue(s.Name, cell, value); err != nil {
					t.Fatal(err)
				}
				fs := loadBytes(t, f)
				for _, fi := range fs {
					if fi.Severity == report.Error && fi.Pos.Sheet == s.Name && fi.Pos.Cell() == cell {
						return
					}
				}
				t.Errorf("%s!%s = %q: Excel stops it, the build reports no error there; findings: %v", s.Name, cell, value, fs)
			})
		}
	}
	if n < 6 {
		t.Errorf("%d stop checks tried, want every dropdown and ID column", n)
	}
}

// TestNumberGuardsAsLooseAsTheBuild: the bounds of a number check are the
// validator's: a value at the bound is read without a finding, one just
// past it is an error. Other number checks take any number Excel holds,
// a fraction such as 12,5% (0.125) included.
func TestNumberGuardsAsLooseAsTheBuild(t *testing.T) {
	tests := []struct {
		cell        string
		ok, outside float64
	}{
		{"B4", 1900, 1899}, // Verslagjaar
		{"B4", 2999, 3000},
		{"B8", 0, -1}, // Drempel toelichting (€)
		{"B9", 0, -0.5},
	}
	filled := workbook(t, sample.Groningen(), allSheets(), nil)
	for _, tt := range tests {
		for _, v := range []float64{tt.ok, tt.outside} {
			f := open(t, filled)
			if err := f.SetCellValue(report.SheetReport, tt.cell, v); err != nil {
				t.Fatal(err)
			}
			errs := 0
			for _, fi := range loadBytes(t, f) {
				if fi.Severity == report.Error && fi.Pos.Cell() == tt.cell {
					errs++
				}
			}
			if (errs > 0) != (v == tt.outside) {
				t.Errorf("Rapport!%s = %v: %d errors", tt.cell, v, errs)
			}
		}
	}
	f := open(t, template(t))
	for _, s := range contractSheets(f) {
		for i, c := range s.Columns {
			if c.Kind != sources.Number || c.Min != nil || c.Max != nil {
				continue
			}
			dv := validationAt(t, f, s.Name, report.ColumnName(i+1)+"2")
			lo, _ := strconv.ParseFloat(dv.Formula1, 64)
			hi, _ := strconv.ParseFloat(dv.Formula2, 64)
			if lo > -1e300 || hi < 1e300 {
				t.Errorf("%s.%s takes %v to %v, want any number", s.Name, c.Header, lo, hi)
			}
		}
	}
}

// loadBytes saves f and reads and validates it as the build does.
func loadBytes(t *testing.T, f *excelize.File) report.Findings {
	t.Helper()
	p := t.TempDir() + "/invoer.xlsx"
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	_, fs := sources.Load([]string{p}, sources.Options{})
	return fs
}

// part returns one part of a workbook, such as xl/styles.xml.
func part(t *testing.T, b []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			data, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return data
		}
	}
	t.Fatalf("no %s in the workbook", name)
	return nil
}

// sheetXML returns the XML of a sheet, found through the workbook's relations.
func sheetXML(t *testing.T, b []byte, sheet string) string {
	t.Helper()
	read := func(name string) []byte { return part(t, b, name) }
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(read("xl/workbook.xml"), &wb); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(read("xl/_rels/workbook.xml.rels"), &rels); err != nil {
		t.Fatal(err)
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.ID {
				target := strings.TrimPrefix(r.Target, "/")
				if !strings.HasPrefix(target, "xl/") {
					target = path.Join("xl", target)
				}
				return string(read(target))
			}
		}
	}
	t.Fatalf("no sheet %s", sheet)
	return ""
}

// protectionAttrs returns the attributes of a sheet's sheetProtection element.
func protectionAttrs(t *testing.T, sheetXML string) map[string]string {
	t.Helper()
	i := strings.Index(sheetXML, "<sheetProtection")
	if i < 0 {
		return nil
	}
	end := strings.Index(sheetXML[i:], ">")
	var el struct {
		Attrs []xml.Attr `xml:",any,attr"`
	}
	if err := xml.Unmarshal([]byte(strings.TrimSuffix(sheetXML[i:i+end], "/")+"/>"), &el); err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, a := range el.Attrs {
		m[a.Name.Local] = a.Value
	}
	return m
}

// allowed is what staff may still do on a protected sheet: in OOXML an
// attribute that is false (or absent) allows it.
var allowed = []string{"autoFilter", "sort", "insertRows", "deleteRows", "insertColumns", "deleteColumns",
	"formatCells", "formatColumns", "formatRows", "insertHyperlinks", "selectLockedCells", "selectUnlockedCells", "objects"}

func isTrue(v string) bool { return v == "1" || v == "true" }

// locked reports whether a cell is locked on a protected sheet.
func locked(t *testing.T, f *excelize.File, sheet, cell string) bool {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st.Protection == nil || st.Protection.Locked
}

// TestProtection: every sheet is protected without a password, allowing
// everything but changing locked cells; headers, field names, the guide and
// the lists are locked, the cells staff fill in (down to the last checked
// row, and 20 columns right of the contract's) are open.
func TestProtection(t *testing.T) {
	for name, b := range guardedFiles(t) {
		f := open(t, b)
		for _, sheet := range f.GetSheetList() {
			t.Run(name+"/"+sheet, func(t *testing.T) {
				attrs := protectionAttrs(t, sheetXML(t, b, sheet))
				if attrs == nil || !isTrue(attrs["sheet"]) {
					t.Fatalf("not protected: %v", attrs)
				}
				for _, a := range []string{"password", "hashValue", "algorithmName"} {
					if attrs[a] != "" {
						t.Errorf("protected with a %s", a)
					}
				}
				for _, a := range allowed {
					if isTrue(attrs[a]) {
						t.Errorf("%s not allowed (%s=%q)", a, a, attrs[a])
					}
				}
				s, contract := sources.Lookup(sheet)
				switch {
				case !contract:
					rows, _ := f.GetRows(sheet)
					for r, row := range rows {
						for c := range row {
							if cell, _ := excelize.CoordinatesToCellName(c+1, r+1); !locked(t, f, sheet, cell) {
								t.Errorf("%s is open", cell)
							}
						}
					}
				case s.KeyValue:
					for i := range s.Columns {
						if !locked(t, f, sheet, fmt.Sprintf("A%d", i+2)) || locked(t, f, sheet, fmt.Sprintf("B%d", i+2)) {
							t.Errorf("row %d: want the field name locked and the value open", i+2)
						}
					}
				default:
					last := dataRows(t, f, sheet) + 10001
					for i := range s.Columns {
						col := report.ColumnName(i + 1)
						if !locked(t, f, sheet, col+"1") {
							t.Errorf("header %s1 is open", col)
						}
						for _, r := range []int{2, last} {
							if locked(t, f, sheet, col+strconv.Itoa(r)) {
								t.Errorf("%s%d is locked", col, r)
							}
						}
					}
					extra, beyond := report.ColumnName(len(s.Columns)+20), report.ColumnName(len(s.Columns)+21)
					if locked(t, f, sheet, extra+"1") || locked(t, f, sheet, extra+"2") {
						t.Errorf("extra column %s is locked", extra)
					}
					if !locked(t, f, sheet, beyond+"2") {
						t.Errorf("column %s is open; want 20 extra columns", beyond)
					}
				}
			})
		}
	}
}

// TestListSheet: the lists are on the hidden, protected sheet Keuzelijsten
// (Domein on Domeinen when the file has it), not on the Toelichting; the
// reader passes over the sheet, hidden or not.
func TestListSheet(t *testing.T) {
	for name, b := range guardedFiles(t) {
		f := open(t, b)
		if visible, err := f.GetSheetVisible(sources.ListSheet); err != nil || visible {
			t.Errorf("%s: %s visible %v (%v)", name, sources.ListSheet, visible, err)
		}
		if list := f.GetSheetList(); list[len(list)-1] != sources.ListSheet || f.GetActiveSheetIndex() != 0 {
			t.Errorf("%s: sheets %v, active %d; want the list sheet last and the guide active", name, list, f.GetActiveSheetIndex())
		}
		guide, _ := f.GetRows(sources.GuideSheet)
		for _, s := range contractSheets(f) {
			for i, c := range s.Columns {
				dv := validationAt(t, f, s.Name, report.ColumnName(i+1)+"2")
				if dv == nil || dv.Type != "list" {
					continue
				}
				source, _, _ := strings.Cut(dv.Formula1, "!")
				if source != sources.ListSheet && !(c.Header == "Domein" && source == report.SheetDomains) {
					t.Errorf("%s: %s.%s draws from %q", name, s.Name, c.Header, dv.Formula1)
				}
				for _, v := range listSource(t, f, dv.Formula1) {
					for _, row := range guide {
						if len(row) > 1 && row[1] == v {
							t.Errorf("%s: list value %q stands on %s", name, v, sources.GuideSheet)
						}
					}
				}
			}
		}
	}
	// Unhidden, the list sheet is still passed over without a finding.
	f := open(t, template(t))
	if err := f.SetSheetVisible(sources.ListSheet, true); err != nil {
		t.Fatal(err)
	}
	for _, fi := range loadBytes(t, f) {
		if fi.Pos.Sheet == sources.ListSheet {
			t.Errorf("finding on the list sheet: %s", fi)
		}
	}
}

// TestFonts: every font of every workbook names Arial and a size, the
// default included, so LibreOffice draws no header in DejaVu Serif.
func TestFonts(t *testing.T) {
	files := guardedFiles(t)
	files["sample rapport"] = workbook(t, sample.Groningen(), []string{report.SheetReport, report.SheetDomains}, nil)
	for name, b := range files {
		f := open(t, b)
		x := part(t, b, "xl/styles.xml")
		var styles struct {
			Fonts []struct {
				Name *struct {
					Val string `xml:"val,attr"`
				} `xml:"name"`
				Size *struct {
					Val string `xml:"val,attr"`
				} `xml:"sz"`
			} `xml:"fonts>font"`
		}
		if err := xml.Unmarshal(x, &styles); err != nil {
			t.Fatal(err)
		}
		for i, fn := range styles.Fonts {
			if fn.Name == nil || fn.Name.Val != "Arial" || fn.Size == nil || fn.Size.Val == "" {
				t.Errorf("%s: font %d has no Arial or no size: %+v", name, i, fn)
			}
		}
		if len(styles.Fonts) < 2 {
			t.Errorf("%s: %d fonts", name, len(styles.Fonts))
		}
		if got, _ := f.GetDefaultFont(); got != "Arial" {
			t.Errorf("%s: default font %q", name, got)
		}
	}
}

// TestRequiredMarkers: a required header (or Rapport field name) differs
// from an optional one in weight as well as colour, and the legend on the
// Toelichting shows both styles with what they mean.
func TestRequiredMarkers(t *testing.T) {
	for name, b := range guardedFiles(t) {
		f := open(t, b)
		styleOf := func(sheet, cell string) (int, *excelize.Style) {
			id, _ := f.GetCellStyle(sheet, cell)
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			return id, st
		}
		marks := map[bool]int{}
		for _, s := range contractSheets(f) {
			for i, c := range s.Columns {
				cell := report.ColumnName(i+1) + "1"
				if s.KeyValue {
					cell = fmt.Sprintf("A%d", i+2)
				}
				id, st := styleOf(s.Name, cell)
				bold := st.Font != nil && st.Font.Bold
				dark := len(st.Fill.Color) == 1 && st.Fill.Color[0] == "1F3A5F"
				if bold != c.Required || dark != c.Required {
					t.Errorf("%s: %s!%s (%s, required %v): bold %v, dark fill %v", name, s.Name, cell, c.Header, c.Required, bold, dark)
				}
				if m, ok := marks[c.Required]; ok && m != id {
					t.Errorf("%s: %s!%s has another style than other headers", name, s.Name, cell)
				}
				marks[c.Required] = id
			}
		}
		legend := map[string]bool{"Verplicht": true, "Niet verplicht": false}
		rows, _ := f.GetRows(sources.GuideSheet)
		for r, row := range rows {
			if len(row) < 2 {
				continue
			}
			required, ok := legend[row[0]]
			if !ok {
				continue
			}
			delete(legend, row[0])
			if id, _ := styleOf(sources.GuideSheet, fmt.Sprintf("A%d", r+1)); id != marks[required] {
				t.Errorf("%s: legend %q is not in the style of those headers", name, row[0])
			}
			if !strings.Contains(row[1], "vette") && !strings.Contains(row[1], "gewone letters") {
				t.Errorf("%s: legend %q says %q, want the weight named", name, row[0], row[1])
			}
		}
		if len(legend) > 0 {
			t.Errorf("%s: no legend for %v", name, slices.Sorted(maps.Keys(legend)))
		}
	}
}

// TestFilledTemplateReads fills the blank template as staff would (cell by
// cell, numbers as numbers, links as Ctrl+K hyperlinks) with the Groningen
// set and reads it back: the same report, and not one finding.
func TestFilledTemplateReads(t *testing.T) {
	want := sample.Groningen()
	src := open(t, workbook(t, want, allSheets(), nil))
	f := open(t, template(t))
	for _, s := range sources.Schema {
		rows := rawRows(t, src, s.Name)
		for r := 1; r < len(rows); r++ {
			for c := range rows[r] {
				if s.KeyValue && c == 0 {
					continue // the field names are in the template
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				copyCell(t, src, f, s.Name, cell)
			}
		}
	}
	p := t.TempDir() + "/ingevuld.xlsx"
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	got, fs := sources.Load([]string{p}, sources.Options{Strict: true})
	for _, fi := range fs {
		t.Errorf("%s [%s]", fi, fi.Rule)
	}
	if !reflect.DeepEqual(withoutSources(got), want) {
		t.Error("the filled-in template reads back to another report than the one typed in")
	}
}

// copyCell copies one cell's value as its type, and its hyperlink.
func copyCell(t *testing.T, from, to *excelize.File, sheet, cell string) {
	t.Helper()
	v, err := from.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	typ, _ := from.GetCellType(sheet, cell)
	var value any = v
	switch {
	case v == "":
		return
	case typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset:
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("%s!%s: %v", sheet, cell, err)
		}
		value = x
	}
	if err := to.SetCellValue(sheet, cell, value); err != nil {
		t.Fatal(err)
	}
	if ok, target, _ := from.GetCellHyperLink(sheet, cell); ok {
		if err := to.SetCellHyperLink(sheet, cell, target, "External", excelize.HyperlinkOpts{Display: &v}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAnnotateKeepsCellsOpen: a problem cell marked red in an annotated
// copy keeps its font and stays open on the protected sheet, so staff can
// fix it there.
func TestAnnotateKeepsCellsOpen(t *testing.T) {
	dir := t.TempDir()
	in := dir + "/invoer.xlsx"
	if err := os.WriteFile(in, template(t), 0o644); err != nil {
		t.Fatal(err)
	}
	pos := report.Pos{File: "invoer.xlsx", Sheet: report.SheetActions, Row: 2, Col: 6}
	fs := report.Findings{{Severity: report.Error, Rule: report.RuleRequired, Pos: pos, Message: "\"Status\" is verplicht"}}
	out := t.TempDir()
	written, err := sources.Annotate([]string{in}, fs, out, func(p string, content func(io.Writer) error) error {
		w, err := os.Create(p)
		if err != nil {
			return err
		}
		defer w.Close()
		return content(w)
	})
	if err != nil || len(written) != 1 {
		t.Fatalf("annotate: %v %v", written, err)
	}
	b, err := os.ReadFile(written[0])
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, b)
	id, _ := f.GetCellStyle(report.SheetActions, "F2")
	st, _ := f.GetStyle(id)
	if st.Font == nil || st.Font.Family != "Arial" || !st.Font.Bold || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" {
		t.Errorf("F2 style %+v %+v, want red fill and bold Arial", st.Font, st.Fill)
	}
	if locked(t, f, report.SheetActions, "F2") {
		t.Error("the marked cell is locked")
	}
}

// TestDerivedGuardMatchesTable: for every column of today's sheets the
// derived check is the one wantGuards names, so a sheet added later is held
// to the same rules.
func TestDerivedGuardMatchesTable(t *testing.T) {
	for _, s := range sources.Schema {
		for _, c := range s.Columns {
			key := s.Name + "." + c.Header
			want := wantGuards[key]
			got := derivedGuard(c)
			if c.Header == "Domein" && (s.Name == report.SheetDomains || s.Name == report.SheetReview) {
				continue // the list itself, and last year's domains, have no dropdown
			}
			if got != want {
				t.Errorf("%s: derived %+v, table %+v", key, got, want)
			}
		}
	}
}
