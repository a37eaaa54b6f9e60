package sources

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

var (
	actionHeaders = []any{"ID", "Domein", "Beschreven actie", "Concrete invulling", "Uitvoering", "Status", "Links", "Toelichting"}
	figureHeaders = []any{"Domein", "Indicator", "Eenheid", "Verslagjaar", "Vorig jaar", "Streefwaarde", "Bron", "Peildatum", "Toelichting"}
)

func action(id string) []any {
	return []any{id, "Jeugd", "Actie " + id, "Invulling " + id, "Uitvoering " + id, "Gereed"}
}

// figure is a Kerncijfers row with the given Verslagjaar and Peildatum.
func figure(value, date any) []any {
	return []any{"Jeugd", "Jongeren in zorg", "aantal", value, nil, nil, "CBS", date}
}

// ruleCase reads the files it writes and compares the findings, as
// "rule position", with want.
type ruleCase struct {
	name  string
	opts  Options
	files func(t *testing.T, dir string) []string
	want  []string
	check func(t *testing.T, r *report.Report, fs report.Findings)
}

// book writes one workbook t.xlsx.
func book(edit func(*excelize.File), sheets ...tsheet) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string { return []string{xlsx(t, dir, "t.xlsx", edit, sheets...)} }
}

// raw writes one hand-made workbook t.xlsx.
func raw(sheets ...rawSheet) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string { return []string{rawXLSX(t, dir, "t.xlsx", sheets...)} }
}

func runCases(t *testing.T, cases []ruleCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, fs := Read(c.files(t, t.TempDir()), c.opts)
			if got := keys(fs); !slices.Equal(got, c.want) {
				t.Errorf("findings:\n got %q\nwant %q\n%v", got, c.want, fs)
			}
			if c.check != nil {
				c.check(t, r, fs)
			}
		})
	}
}

// message finds the message of the finding at pos.
func message(t *testing.T, fs report.Findings, pos string) string {
	t.Helper()
	for _, f := range fs {
		if f.Pos.String() == pos {
			return f.Message
		}
	}
	t.Fatalf("no finding at %s in %v", pos, fs)
	return ""
}

func wantMessage(t *testing.T, fs report.Findings, pos, want string) {
	t.Helper()
	if got := message(t, fs, pos); got != want {
		t.Errorf("message at %s:\n got %s\nwant %s", pos, got, want)
	}
}

func eq[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func floatAt(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestReadSheetsAndHeaders(t *testing.T) {
	runCases(t, []ruleCase{{
		name: "sheet names are matched ignoring case, spaces and accents",
		files: book(nil, tsheet{"FINANCIËN", [][]any{
			{"Domein", "omschrijving", " Soort ", "Begroting  na wijziging", "REALISATIE"},
			{"Jeugd", "Jeugdhulp", "Lasten", 1000, 1100},
		}}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			if len(r.Budget) != 1 {
				t.Fatalf("budget lines = %d", len(r.Budget))
			}
			b := r.Budget[0]
			eq(t, "sheet", b.Src.Sheet, "FINANCIËN")
			eq(t, "kind", b.Kind, report.Expenses)
			eq(t, "budget", floatAt(b.Budget), any(1000.0))
			eq(t, "actual", floatAt(b.Actual), any(1100.0))
			if !reflect.DeepEqual(r.Files[0].Rows, map[string]int{"Financien": 1}) {
				t.Errorf("rows = %v", r.Files[0].Rows)
			}
		},
	}, {
		name: "unrelated sheets warn; Toelichting and hidden sheets do not",
		files: book(func(f *excelize.File) {
			if err := f.SetSheetVisible("Lijsten", false); err != nil {
				t.Fatal(err)
			}
		},
			tsheet{"Blad1", nil},
			tsheet{"Instructie", [][]any{{"Vul de bladen in."}}},
			tsheet{"Toelichting", [][]any{{"Zo vult u dit in"}}},
			tsheet{"Lijsten", [][]any{{"Gereed"}}},
			tsheet{"Werkplannen", [][]any{{"Wat", "Wie"}, {"Overleg", "F&C"}}},
			tsheet{"Leeg", [][]any{{"Domein", "Omschrijving", "Soort", "Begroting na wijziging", "Realisatie"}}},
		),
		want: []string{"onbekend-blad t.xlsx › Blad1", "onbekend-blad t.xlsx › Instructie", "onbekend-blad t.xlsx › Leeg", "onbekend-blad t.xlsx › Werkplannen"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Instructie", `blad hoort niet bij het invoerformaat en wordt overgeslagen`)
			wantMessage(t, fs, "t.xlsx › Leeg", `blad hoort niet bij het invoerformaat en wordt overgeslagen (het heeft de kolommen van het blad Financien, maar geen rijen)`)
			for _, f := range fs {
				eq(t, "severity", f.Severity, report.Warning)
			}
			if len(r.Files[0].Rows) != 0 || len(r.Unread) != 0 {
				t.Errorf("rows = %v, unread = %v", r.Files[0].Rows, r.Unread)
			}
		},
	}, {
		name: "a sheet meant as a contract sheet under another name is an error",
		files: book(func(f *excelize.File) {
			if err := f.SetSheetVisible("Resultaat", false); err != nil {
				t.Fatal(err)
			}
		},
			tsheet{"Kerncijfers", [][]any{figureHeaders, figure(3, nil)}},
			tsheet{"Kerncijfers 2025", [][]any{figureHeaders, figure(5, nil)}},
			tsheet{"Coalitie akkoord", [][]any{actionHeaders, action("CA-01")}},
			tsheet{"financiën_jeugd", nil},
			tsheet{"Resultaat", [][]any{{"ID"}}},
			tsheet{"Blad2", [][]any{nil, {"Domein", "Omschrijving", "Soort", "Begroting na wijziging", "Realisatie", "Opmerking"}, {"Jeugd", "Jeugdhulp", "Lasten", 1, 2}}},
		),
		want: []string{
			"bladnaam t.xlsx › Blad2", "bladnaam t.xlsx › Coalitie akkoord", "bladnaam t.xlsx › Kerncijfers 2025",
			"bladnaam t.xlsx › Resultaat", "bladnaam t.xlsx › financiën_jeugd",
		},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Coalitie akkoord", `het blad "Coalitie akkoord" lijkt het blad "Coalitieakkoord", maar heeft een andere naam, dus de rijen zijn niet gelezen; noem het blad "Coalitieakkoord", of haal het blad weg als het geen invoer is`)
			wantMessage(t, fs, "t.xlsx › Kerncijfers 2025", `het blad "Kerncijfers 2025" lijkt het blad "Kerncijfers", maar heeft een andere naam, dus de rijen zijn niet gelezen; zet de rijen op het blad "Kerncijfers", of haal het blad weg als het geen invoer is`)
			wantMessage(t, fs, "t.xlsx › Blad2", `het blad "Blad2" heeft de kolommen van het blad Financien (Domein, Omschrijving, Soort, Begroting na wijziging, Realisatie) en 1 rij met gegevens, maar een andere naam, dus de rijen zijn niet gelezen; noem het blad "Financien", of haal het blad weg als het geen invoer is`)
			wantMessage(t, fs, "t.xlsx › Resultaat", `het blad "Resultaat" lijkt het blad "Resultaten", maar heeft een andere naam, dus de rijen zijn niet gelezen; noem het blad "Resultaten", of haal het blad weg als het geen invoer is (het blad is verborgen; maak het zichtbaar met een rechtermuisklik op een bladtab › Zichtbaar maken)`)
			for _, f := range fs {
				eq(t, "severity", f.Severity, report.Error)
			}
			var unread []string
			for _, u := range r.Unread {
				unread = append(unread, u.Sheet+"@"+u.Pos.String())
			}
			want := []string{"Kerncijfers@t.xlsx › Kerncijfers 2025", "Coalitieakkoord@t.xlsx › Coalitie akkoord", "Financien@t.xlsx › financiën_jeugd",
				"Resultaten@t.xlsx › Resultaat", "Financien@t.xlsx › Blad2"}
			if !slices.Equal(unread, want) {
				t.Errorf("unread = %v, want %v", unread, want)
			}
			eq(t, "figures", len(r.KeyFigures), 1)
		},
	}, {
		name: "header is the first non-empty row; columns in any order; empty rows skipped",
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			{"   "},
			nil,
			{"Status", "ID", "Uitvoering", "Domein", "Concrete invulling", "Beschreven actie"},
			{"Gereed", "CA-01", "Gedaan", "Jeugd", "Invulling", "Actie"},
			{nil, "", " "},
			{"Vertraagd", "CA-02", "Bezig", "Jeugd", "Invulling", "Actie"},
		}}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			if len(r.Actions) != 2 {
				t.Fatalf("actions = %d", len(r.Actions))
			}
			a, b := r.Actions[0], r.Actions[1]
			eq(t, "row", a.Src.Row, 4)
			eq(t, "row", b.Src.Row, 6)
			eq(t, "status", a.Status, report.StatusDone)
			eq(t, "id", b.ID, "CA-02")
			eq(t, "status cell", a.Src.At("Status").String(), "t.xlsx › Coalitieakkoord!A4")
			eq(t, "action cell", b.Src.At("Action").String(), "t.xlsx › Coalitieakkoord!F6")
			eq(t, "links cell", b.Src.At("Links").String(), "t.xlsx › Coalitieakkoord rij 6")
			eq(t, "shared columns", reflect.ValueOf(a.Src.Cols).Pointer(), reflect.ValueOf(b.Src.Cols).Pointer())
			eq(t, "rows", r.Files[0].Rows["Coalitieakkoord"], 2)
		},
	}, {
		name: "unknown columns warn, with a suggestion, and are kept",
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			append(slices.Clone(actionHeaders[:7]), "Toelichtng", "Opmerking"),
			append(action("CA-01"), nil, "toelichting", "opmerking"),
		}}),
		want: []string{"onbekende-kolom t.xlsx › Coalitieakkoord!H1", "onbekende-kolom t.xlsx › Coalitieakkoord!I1"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Coalitieakkoord!H1", `onbekende kolom "Toelichtng"; de waarden komen alleen in de bijlage; bedoelt u "Toelichting"?`)
			wantMessage(t, fs, "t.xlsx › Coalitieakkoord!I1", `onbekende kolom "Opmerking"; de waarden komen alleen in de bijlage`)
			want := []report.Extra{{Header: "Toelichtng", Value: "toelichting"}, {Header: "Opmerking", Value: "opmerking"}}
			if got := r.Actions[0].Src.Extra; !reflect.DeepEqual(got, want) {
				t.Errorf("extra = %v, want %v", got, want)
			}
		},
	}, {
		name: "a missing required column is one error at the header meant; the rows are counted, not read",
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			{"ID", "Domein", "Beschreven aktie", "Concrete invulling", "Uitvoering", "Status", "Opmerking"},
			{"CA-01", "Jeugd", "Actie", "Invulling", "Uitvoering", "Gereed"},
			{"CA-02", "Jeugd", "Actie", "", "", "onzin"},
		}}),
		want: []string{"kolom-ontbreekt t.xlsx › Coalitieakkoord!C1", "onbekende-kolom t.xlsx › Coalitieakkoord!G1"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Coalitieakkoord!C1",
				`kolom "Beschreven actie" ontbreekt; bedoelt u met "Beschreven aktie" de kolom "Beschreven actie"? Verbeter dan deze kop. Zolang de kolom ontbreekt, worden de rijen van dit blad niet gelezen`)
			eq(t, "severity", fs[0].Severity, report.Error)
			eq(t, "actions", len(r.Actions), 0)
			eq(t, "rows", r.Files[0].Rows["Coalitieakkoord"], 2)
			if len(r.Unread) != 1 || r.Unread[0].Sheet != "Coalitieakkoord" || r.Unread[0].Pos.String() != "t.xlsx › Coalitieakkoord!C1" {
				t.Errorf("unread = %v", r.Unread)
			}
		},
	}, {
		name: "a missing required column without a near miss is one error on the header row",
		files: book(nil, tsheet{"Plannen", [][]any{
			{"ID", "Domein", "Gereed in"},
			{"P-01", "Jeugd", "2026"},
		}}),
		want: []string{"kolom-ontbreekt t.xlsx › Plannen rij 1"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Plannen rij 1",
				`kolom "Plan" ontbreekt; gevonden: ID, Domein, Gereed in. Voeg de kolom toe; zolang die ontbreekt, worden de rijen van dit blad niet gelezen`)
			if len(r.Unread) != 1 || r.Unread[0].Sheet != "Plannen" {
				t.Errorf("unread = %v", r.Unread)
			}
		},
	}, {
		name: "a column twice is an error; the second is kept as extra",
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			append(slices.Clone(actionHeaders[:6]), "domein"),
			append(action("CA-01"), "Zorg"),
		}}),
		want: []string{"dubbele-kolom t.xlsx › Coalitieakkoord!G1"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Coalitieakkoord!G1", `kolom "Domein" staat twee keer in de kopregel (ook in B1); haal er één weg`)
			eq(t, "domain", r.Actions[0].Domain, "Jeugd")
			eq(t, "extra", r.Actions[0].Src.Extra[0], report.Extra{Header: "domein", Value: "Zorg"})
		},
	}, {
		name: "values in a column without a header are reported once and kept",
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			actionHeaders[:6],
			append(action("CA-01"), nil, nil, nil, "los"),
			append(action("CA-02"), nil, nil, nil, "ook los"),
		}}),
		want: []string{"onbekende-kolom t.xlsx › Coalitieakkoord!J1"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Coalitieakkoord!J1", `kolom J heeft geen kop maar wel waarden (bijvoorbeeld in J2); ze komen als "Kolom J" in de bijlage`)
			eq(t, "extra", r.Actions[1].Src.Extra[0], report.Extra{Header: "Kolom J", Value: "ook los"})
		},
	}, {
		name:  "an empty contract sheet warns; a sheet with only headers does not",
		files: book(nil, tsheet{"Plannen", nil}, tsheet{"Resultaten", [][]any{{"ID", "Domein", "Piramideniveau", "Resultaat"}}}),
		want:  []string{"leeg-blad t.xlsx › Plannen"},
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			if !reflect.DeepEqual(r.Files[0].Rows, map[string]int{"Plannen": 0, "Resultaten": 0}) {
				t.Errorf("rows = %v", r.Files[0].Rows)
			}
		},
	}, {
		name: "a second Rapport in one file is an error",
		files: book(nil,
			tsheet{"Rapport", [][]any{{"Veld", "Waarde"}, {"Gemeente", "Groningen"}}},
			tsheet{"rapport ", [][]any{{"Veld", "Waarde"}, {"Gemeente", "Haren"}}},
		),
		want: []string{"rapport-blad t.xlsx › rapport "},
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			eq(t, "municipality", r.Meta.Municipality, "Groningen")
		},
	}, {
		name: "more rows than MaxRows is one error and reading stops",
		opts: Options{MaxRows: 3},
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			actionHeaders, action("CA-01"), action("CA-02"), action("CA-03"), action("CA-04"), action("CA-05"),
		}}),
		want: []string{"te-veel-rijen t.xlsx › Coalitieakkoord"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Coalitieakkoord", "het blad heeft meer dan 3 rijen met gegevens; het lezen is gestopt bij rij 5. Verdeel de gegevens over meer bestanden of gebruik --max-rows")
			eq(t, "actions", len(r.Actions), 3)
			eq(t, "rows", r.Files[0].Rows["Coalitieakkoord"], 3)
			eq(t, "unread", len(r.Unread), 1)
		},
	}})
}

// num is a number cell with a cell format (see rawStyles).
func num(ref string, style int, v string) string {
	return fmt.Sprintf(`<c r="%s" s="%d"><v>%s</v></c>`, ref, style, v)
}

// TestReadPercentages: a number shown as a percentage holds a fraction;
// what staff typed and see, and what the report shows, is that × 100.
func TestReadPercentages(t *testing.T) {
	runCases(t, []ruleCase{{
		name: "percentage cells are read in percent and marked",
		files: raw(
			rawSheet{"Rapport", `<sheetData>` + headerRow(1, "Veld", "Waarde") +
				row(2, str("A2", "Drempel toelichting (%)"), num("B2", 3, "0.1")) + `</sheetData>`},
			rawSheet{"Kerncijfers", `<sheetData>` + headerRow(1, "Domein", "Indicator", "Eenheid", "Verslagjaar", "Vorig jaar", "Streefwaarde", "Bron", "Toelichting") +
				row(2, str("A2", "Jeugd"), str("B2", "Startkwalificatie"), str("C2", "%"), num("D2", 5, "0.125"), num("E2", 4, "7.0000000000000007E-2"),
					`<c r="F2" s="3"><f>0.3/2</f><v>0.15</v></c>`, str("G2", "CBS"), num("H2", 5, "0.125")) +
				row(3, str("A3", "Jeugd"), str("B3", "Roken"), str("C3", "%"), num("D3", 6, "12.5"), str("E3", " 12,5 % "), num("F3", 0, "10"), str("G3", "GGD")) +
				`</sheetData>`},
		),
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			eq(t, "threshold", floatAt(r.Meta.ThresholdPct), any(10.0))
			eq(t, "threshold marked", r.Meta.Src.Percent["ThresholdPct"], true)
			k, l := r.KeyFigures[0], r.KeyFigures[1]
			eq(t, "0.0%", floatAt(k.Value), any(12.5))
			eq(t, "0.00%, stored as a computer writes 0.07", floatAt(k.Previous), any(7.0))
			eq(t, "formula with 0%", floatAt(k.Target), any(15.0))
			eq(t, "text column shows what staff see", k.Explanation, "12,5%")
			if !reflect.DeepEqual(k.Src.Percent, map[string]bool{"Value": true, "Previous": true, "Target": true}) {
				t.Errorf("percent = %v", k.Src.Percent)
			}
			eq(t, `quoted " %" is no percentage`, floatAt(l.Value), any(12.5))
			eq(t, "typed 12,5 %", floatAt(l.Previous), any(12.5))
			if !reflect.DeepEqual(l.Src.Percent, map[string]bool{"Previous": true}) {
				t.Errorf("percent = %v", l.Src.Percent)
			}
			for _, f := range report.Validate(r) {
				if f.Rule == report.RulePercent {
					t.Errorf("percentage meant here: %v", f)
				}
			}
		},
	}, {
		name: "percentages where none is meant are reported by Validate",
		files: raw(
			rawSheet{"Kerncijfers", `<sheetData>` + headerRow(1, "Domein", "Indicator", "Eenheid", "Verslagjaar", "Bron") +
				row(2, str("A2", "Jeugd"), str("B2", "Jeugdigen"), str("C2", "aantal"), num("D2", 3, "0.125"), str("E2", "CBS")) + `</sheetData>`},
			rawSheet{"Financien", `<sheetData>` + headerRow(1, "Domein", "Omschrijving", "Soort", "Begroting na wijziging", "Realisatie") +
				row(2, str("A2", "Jeugd"), str("B2", "Hulp"), str("C2", "Lasten"), str("D2", "1.000"), str("E2", "95%")) + `</sheetData>`},
			rawSheet{"Domeinen", `<sheetData>` + headerRow(1, "Volgorde", "Domein") + row(2, num("A2", 4, "0.01"), str("B2", "Jeugd")) + `</sheetData>`},
		),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			var got []string
			for _, f := range report.Validate(r) {
				if f.Rule == report.RulePercent {
					got = append(got, f.Pos.String()+" "+f.Value)
				}
			}
			want := []string{"t.xlsx › Domeinen!A2 1%", "t.xlsx › Kerncijfers!D2 12,5%", "t.xlsx › Financien!E2 95%"}
			if !slices.Equal(got, want) {
				t.Errorf("procent findings %q, want %q", got, want)
			}
			if r.KeyFigures[0].Value != nil || r.Budget[0].Actual != nil {
				t.Error("a percentage where none is meant is left in the model")
			}
		},
	}})
}

// TestReadHyperlinks: an Excel hyperlink in a Links or Link cell gives its
// target as the URL and its text as the link text, as Excel writes it
// (hyperlinks after the rows, targets in the sheet's relationships).
func TestReadHyperlinks(t *testing.T) {
	actions := `<sheetData>` + headerRow(1, "ID", "Domein", "Beschreven actie", "Concrete invulling", "Uitvoering", "Status", "Links", "Toelichting") +
		row(2, str("A2", "CA-01"), str("G2", "Raadsbrief aanpak onbegrepen gedrag"), str("H2", "zie de raadsbrief")) +
		row(3, str("A3", "CA-02"), str("G3", "https://a.nl\nhttps://b.nl")) +
		row(4, str("A4", "CA-03"), str("G4", "www.groningen.nl")) +
		row(5, str("A5", "CA-04"), str("G5", "https://x.nl/")) +
		row(6, str("A6", "CA-05"), str("G6", "https://e.nl")) +
		row(7, str("A7", "CA-06"), str("G7", "Brief")) +
		row(8, str("A8", "CA-07"), str("G8", "Ook brief")) +
		row(9, str("A9", "CA-08"), str("G9", "Zonder doel")) +
		`</sheetData><hyperlinks>` +
		`<hyperlink ref="G2" r:id="rId1" display="Raadsbrief aanpak onbegrepen gedrag"/><hyperlink ref="H2" r:id="rId1"/>` +
		`<hyperlink ref="G3" r:id="rId2"/><hyperlink ref="G4" r:id="rId3"/><hyperlink ref="G5" r:id="rId4"/>` +
		`<hyperlink ref="G6" location="Blad2!A1" display="intern"/><hyperlink ref="G7:G8" r:id="rId5" location="p2"/>` +
		`<hyperlink ref="G9" r:id="rId9"/></hyperlinks>`
	rels := hyperlinkRel("rId1", "https://gemeenteraad.groningen.nl/raadsbrief.pdf") + hyperlinkRel("rId2", "https://a.nl") +
		hyperlinkRel("rId3", "http://www.groningen.nl/") + hyperlinkRel("rId4", "https://x.nl") + hyperlinkRel("rId5", "https://y.nl/brief.pdf") +
		`<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/a.png"/>`
	results := `<sheetData>` + headerRow(1, "ID", "Domein", "Piramideniveau", "Resultaat", "Link") +
		row(2, str("A2", "R-01"), str("E2", "Evaluatie basisjeugdhulp")) + row(3, str("A3", "R-02"), str("E3", "https://z.nl")) +
		`</sheetData><hyperlinks><hyperlink ref="E2" r:id="rId1"/></hyperlinks>`
	runCases(t, []ruleCase{{
		name: "hyperlinks",
		files: func(t *testing.T, dir string) []string {
			b := rawBookRels(t, map[string]string{"Coalitieakkoord": rels, "Resultaten": hyperlinkRel("rId1", "https://x.nl/evaluatie.pdf")},
				rawSheet{"Coalitieakkoord", actions}, rawSheet{"Resultaten", results})
			return []string{writeFile(t, dir, "t.xlsx", b)}
		},
		want: []string{"koppeling t.xlsx › Coalitieakkoord!H2"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			want := [][]report.Link{
				{{URL: "https://gemeenteraad.groningen.nl/raadsbrief.pdf", Text: "Raadsbrief aanpak onbegrepen gedrag"}},
				report.Links("https://a.nl", "https://b.nl"), // two addresses, linked to the first by Excel: both kept
				{{URL: "http://www.groningen.nl/", Text: "www.groningen.nl"}},
				report.Links("https://x.nl"),
				report.Links("https://e.nl"), // a link within the workbook is no web address
				{{URL: "https://y.nl/brief.pdf#p2", Text: "Brief"}},
				{{URL: "https://y.nl/brief.pdf#p2", Text: "Ook brief"}},
				report.Links("Zonder", "doel"), // no external target: the text, which the url rule reports
			}
			for i, w := range want {
				if got := r.Actions[i].Links; !slices.Equal(got, w) {
					t.Errorf("%s links = %q, want %q", r.Actions[i].ID, got, w)
				}
			}
			eq(t, "link with text", r.Achievements[0].Link, report.Link{URL: "https://x.nl/evaluatie.pdf", Text: "Evaluatie basisjeugdhulp"})
			eq(t, "plain link", r.Achievements[1].Link, report.Link{URL: "https://z.nl"})
			eq(t, "text kept", r.Actions[0].Explanation, "zie de raadsbrief")
			wantMessage(t, fs, "t.xlsx › Coalitieakkoord!H2", `"Toelichting": de cel is een koppeling naar https://gemeenteraad.groningen.nl/raadsbrief.pdf; alleen de tekst wordt overgenomen. Zet het webadres in de tekst, of in de kolom Links of Link`)
		},
	}})
}

func TestReadValues(t *testing.T) {
	runCases(t, []ruleCase{{
		name: "numbers from numeric cells and Dutch text",
		files: book(nil, tsheet{"Kerncijfers", [][]any{
			figureHeaders,
			figure(1500.5, nil),
			figure("1.500", nil),
			figure("1.500,75", nil),
			figure("€ 105", nil),
			figure("€105", nil),
			figure("12,5%", nil),
			figure("-€ 3.000", nil),
			figure("1500.5", nil),
			figure("veel", nil),
			figure("1,500", nil),
			figure(7, nil),
		}}),
		want: []string{"getal t.xlsx › Kerncijfers!D10"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			want := []any{1500.5, 1500.0, 1500.75, 105.0, 105.0, 12.5, -3000.0, 1500.5, nil, 1.5, 7.0}
			for i, k := range r.KeyFigures {
				eq(t, k.Src.At("Value").Cell(), floatAt(k.Value), want[i])
				eq(t, "previous", floatAt(k.Previous), nil)
			}
			wantMessage(t, fs, "t.xlsx › Kerncijfers!D10", `"Verslagjaar" moet een getal zijn, zoals 1.500 of 12,5; gevonden "veel"`)
			eq(t, "value", fs[0].Value, "veel")
			eq(t, "bad", r.KeyFigures[8].Src.Bad["Value"], true)
			eq(t, "bad elsewhere", len(r.KeyFigures[7].Src.Bad), 0)
		},
	}, {
		name: "whole numbers refuse fractions",
		files: book(nil, tsheet{"Domeinen", [][]any{
			{"Volgorde", "Domein"},
			{1, "Jeugd"}, {"2", "Zorg"}, {3.0, "Wonen"}, {2.5, "Armoede"}, {"1.000", "Sport"}, {"twee", "Cultuur"},
		}}),
		want: []string{"geheel-getal t.xlsx › Domeinen!A5", "geheel-getal t.xlsx › Domeinen!A7"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			var got []int
			for _, d := range r.Domains {
				got = append(got, d.Order)
			}
			if !slices.Equal(got, []int{1, 2, 3, 0, 1000, 0}) {
				t.Errorf("orders = %v", got)
			}
			wantMessage(t, fs, "t.xlsx › Domeinen!A5", `"Volgorde" moet een geheel getal zijn, zoals 3 of 1.500; gevonden "2,5"`)
			eq(t, "bad", r.Domains[5].Src.Bad["Order"], true)
		},
	}, {
		name: "dates from date cells and Dutch text",
		files: book(nil, tsheet{"Kerncijfers", [][]any{
			figureHeaders,
			figure(1, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)),
			figure(1, "31-12-2025"),
			figure(1, "2025-12-31"),
			figure(1, "31 december 2025"),
			figure(1, "31-12-25"),
			figure(1, 46022),
			figure(1, "1-2-2025"),
			figure(1, "31-02-2025"),
			figure(1, "1 mrt. 2025"),
		}}),
		want: []string{"datum t.xlsx › Kerncijfers!H6", "datum t.xlsx › Kerncijfers!H7", "datum t.xlsx › Kerncijfers!H9"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			want := []string{"2025-12-31", "2025-12-31", "2025-12-31", "2025-12-31", "", "", "2025-02-01", "", "2025-03-01"}
			for i, k := range r.KeyFigures {
				got := ""
				if k.Date != nil {
					got = k.Date.Format(time.DateOnly)
				}
				eq(t, k.Src.At("Date").Cell(), got, want[i])
			}
			wantMessage(t, fs, "t.xlsx › Kerncijfers!H6", `"Peildatum" moet een datum zijn, zoals 31-12-2025; gevonden "31-12-25"`)
			wantMessage(t, fs, "t.xlsx › Kerncijfers!H7", `"Peildatum" moet een datum zijn, zoals 31-12-2025; gevonden "46022"`)
		},
	}, {
		name: "date formats and ISO date cells",
		files: raw(rawSheet{"Kerncijfers", `<sheetData>` + headerRow(1, "Domein", "Indicator", "Eenheid", "Verslagjaar", "Bron", "Peildatum") +
			row(2, str("A2", "Jeugd"), str("B2", "x"), str("C2", "aantal"), `<c r="D2"><v>1</v></c>`, str("E2", "CBS"), `<c r="F2" s="2"><v>46022.75</v></c>`) +
			row(3, str("A3", "Jeugd"), str("B3", "x"), str("C3", "aantal"), `<c r="D3" s="1"><v>46022</v></c>`, str("E3", "CBS"), `<c r="F3" t="d"><v>2025-12-31T00:00:00</v></c>`) +
			`</sheetData>`}),
		want: []string{"getal t.xlsx › Kerncijfers!D3"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			for _, k := range r.KeyFigures {
				eq(t, "date", k.Date.Format(time.DateOnly), "2025-12-31")
			}
			wantMessage(t, fs, "t.xlsx › Kerncijfers!D3", `"Verslagjaar" moet een getal zijn, zoals 1.500 of 12,5; gevonden "31-12-2025"`)
		},
	}, {
		name: "numbers, dates and booleans in text fields read as staff see them",
		files: book(nil,
			tsheet{"Coalitieakkoord", [][]any{actionHeaders, {12, "Jeugd", 2.5, "Invulling", "Uitvoering", "Gereed", nil, true}}},
			tsheet{"Plannen", [][]any{{"ID", "Domein", "Plan", "Gereed in"}, {"P-1", "Jeugd", "Plan", time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)}, {"P-2", "Jeugd", "Plan", 2026}}},
		),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			a := r.Actions[0]
			eq(t, "id", a.ID, "12")
			eq(t, "action", a.Action, "2,5")
			eq(t, "explanation", a.Explanation, "WAAR")
			eq(t, "due", r.Plans[0].Due, "30-09-2026")
			eq(t, "due", r.Plans[1].Due, "2026")
		},
	}, {
		name: "links split on spaces, line breaks and semicolons",
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			actionHeaders,
			append(action("CA-01"), "https://a.nl\nhttps://b.nl; https://c.nl  https://d.nl;"),
		}}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			want := report.Links("https://a.nl", "https://b.nl", "https://c.nl", "https://d.nl")
			if got := r.Actions[0].Links; !slices.Equal(got, want) {
				t.Errorf("links = %q", got)
			}
		},
	}, {
		name: "text is trimmed, control characters removed, emoji and right-to-left text kept",
		files: book(nil, tsheet{"Coalitieakkoord", [][]any{
			actionHeaders,
			{"CA-01", " Jeugd\u00a0", "Inclusie 🏳️‍🌈 voor iedereen 👍🏽", "مرحبا بالعالم", "  Eerste regel\r\nTweede regel  ", "Gereed"},
		}}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			a := r.Actions[0]
			eq(t, "domain", a.Domain, "Jeugd")
			eq(t, "action", a.Action, "Inclusie 🏳️‍🌈 voor iedereen 👍🏽")
			eq(t, "approach", a.Approach, "مرحبا بالعالم")
			eq(t, "execution", a.Execution, "Eerste regel\nTweede regel")
		},
	}, {
		name: "control characters written raw into the XML are dropped",
		files: raw(rawSheet{"Domeinen", `<sheetData>` + headerRow(1, "Volgorde", "Domein", "Omschrijving") +
			row(2, `<c r="A2"><v>1</v></c>`, str("B2", "Jeu\x01gd\x7f"), str("C2", "een\u0085 twee\x0b drie\r\nvier")) + `</sheetData>`}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			eq(t, "domain", r.Domains[0].Name, "Jeugd")
			eq(t, "description", r.Domains[0].Description, "een twee drie\nvier")
		},
	}, {
		name: "Excel's _xHHHH_ escapes are decoded before cleaning",
		files: raw(rawSheet{"Domeinen", `<sheetData>` + headerRow(1, "Volgorde", "Domein", "Omschrijving") +
			row(2, `<c r="A2"><v>1</v></c>`, str("B2", "Jeugd_x0007_"), str("C2", "regel_x000D__x000A_twee en _x005F_x0041_")) + `</sheetData>`}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			eq(t, "domain", r.Domains[0].Name, "Jeugd")
			eq(t, "description", r.Domains[0].Description, "regel\ntwee en _x0041_")
		},
	}, {
		name: "a cell over 32,767 characters is an error",
		files: raw(rawSheet{"Domeinen", `<sheetData>` + headerRow(1, "Volgorde", "Domein", "Omschrijving") +
			row(2, `<c r="A2"><v>1</v></c>`, str("B2", "Jeugd"), str("C2", strings.Repeat("a", MaxCellChars+1))) +
			row(3, `<c r="A3"><v>2</v></c>`, str("B3", "Zorg"), str("C3", strings.Repeat("é", MaxCellChars))) + `</sheetData>`}),
		want: []string{"te-lange-tekst t.xlsx › Domeinen!C2"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			wantMessage(t, fs, "t.xlsx › Domeinen!C2", `"Omschrijving" is te lang: 32.768 tekens, een cel mag er hoogstens 32.767 hebben`)
			eq(t, "bad", r.Domains[0].Src.Bad["Description"], true)
			eq(t, "kept", len([]rune(r.Domains[1].Description)), MaxCellChars)
			if n := len(fs[0].Value); n > 100 {
				t.Errorf("finding value is %d bytes; want it shortened", n)
			}
		},
	}})
}

func TestReadFormulas(t *testing.T) {
	runCases(t, []ruleCase{{
		name: "cached results are used; errors and missing results are errors",
		files: raw(rawSheet{"Financien", `<sheetData>` + headerRow(1, "Domein", "Omschrijving", "Soort", "Primaire begroting", "Begroting na wijziging", "Realisatie", "Toelichting") +
			row(2, str("A2", "Jeugd"), str("B2", "Hulp"), str("C2", "Lasten"), `<c r="E2"><f>500*2</f><v>1000</v></c>`, `<c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c>`) +
			row(3, str("A3", "Jeugd"), str("B3", "Hulp"), str("C3", "Lasten"), `<c r="E3"><f>SUM(X1:X2)</f></c>`, `<c r="F3" t="str"><f>A1</f><v>#N/A</v></c>`, `<c r="G3" t="str"><f>"tekst"</f><v>tekst</v></c>`) +
			row(4, str("A4", "Jeugd"), str("B4", "Hulp"), str("C4", "Lasten"), `<c r="E4"><v>5</v></c>`, `<c r="F4" t="e"><v>#REF!</v></c>`, `<c r="G4" t="str"><f>""</f><v></v></c>`) +
			`</sheetData>`}),
		want: []string{"formule t.xlsx › Financien!F2", "formule t.xlsx › Financien!E3", "formule t.xlsx › Financien!F3", "formule t.xlsx › Financien!F4"},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			b := r.Budget
			eq(t, "budget", floatAt(b[0].Budget), any(1000.0))
			eq(t, "bad", b[0].Src.Bad["Actual"], true)
			eq(t, "bad", b[1].Src.Bad["Budget"], true)
			eq(t, "explanation", b[1].Explanation, "tekst")
			eq(t, "empty result", b[2].Explanation, "")
			wantMessage(t, fs, "t.xlsx › Financien!F2", `"Realisatie": de formule geeft de fout #DIV/0!; herstel de formule in Excel`)
			wantMessage(t, fs, "t.xlsx › Financien!E3", `"Begroting na wijziging": de formule heeft geen opgeslagen uitkomst; open het bestand in Excel en sla het opnieuw op`)
			wantMessage(t, fs, "t.xlsx › Financien!F4", `"Realisatie": de cel bevat de foutwaarde #REF!`)
			eq(t, "value", fs[0].Value, "#DIV/0!")
		},
	}, {
		name: "a formula written without a result (as excelize writes them) is an error",
		files: book(func(f *excelize.File) {
			if err := f.SetCellFormula("Coalitieakkoord", "H2", `CONCAT("a","b")`); err != nil {
				t.Fatal(err)
			}
		}, tsheet{"Coalitieakkoord", [][]any{actionHeaders, action("CA-01")}}),
		want: []string{"formule t.xlsx › Coalitieakkoord!H2"},
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			eq(t, "bad", r.Actions[0].Src.Bad["Explanation"], true)
		},
	}})
}

func TestReadMergedCells(t *testing.T) {
	merge := func(ranges ...[2]string) func(*excelize.File) {
		return func(f *excelize.File) {
			sheet := f.GetSheetName(0)
			for _, r := range ranges {
				if err := f.MergeCell(sheet, r[0], r[1]); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	runCases(t, []ruleCase{{
		name: "a merged cell's value fills every cell of its range",
		files: book(merge([2]string{"B2", "B5"}, [2]string{"D2", "E2"}), tsheet{"Coalitieakkoord", [][]any{
			actionHeaders,
			{"CA-01", "Jeugd", "Actie", "Samen", nil, "Gereed"},
			{"CA-02", nil, "Actie", "Invulling", "Uitvoering", "Gereed"},
			{"CA-03", nil, "Actie", "Invulling", "Uitvoering", "Gereed"},
			// Row 5 holds only the merged cell: not a row.
		}}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			if len(r.Actions) != 3 {
				t.Fatalf("actions = %d", len(r.Actions))
			}
			for _, a := range r.Actions {
				eq(t, a.ID+" domain", a.Domain, "Jeugd")
			}
			eq(t, "execution", r.Actions[0].Execution, "Samen")
			eq(t, "domain cell", r.Actions[2].Src.At("Domain").String(), "t.xlsx › Coalitieakkoord!B4")
			eq(t, "rows", r.Files[0].Rows["Coalitieakkoord"], 3)
		},
	}, {
		name: "a bad merged value is reported once, at its first cell",
		files: book(merge([2]string{"D2", "D3"}), tsheet{"Kerncijfers", [][]any{
			figureHeaders, figure("veel", nil), figure(nil, nil),
		}}),
		want: []string{"getal t.xlsx › Kerncijfers!D2"},
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			for _, k := range r.KeyFigures {
				eq(t, "bad", k.Src.Bad["Value"], true)
			}
		},
	}, {
		name: "a merge starting in the header row does not fill data rows",
		files: book(merge([2]string{"A1", "A2"}), tsheet{"Domeinen", [][]any{
			{"Volgorde", "Domein"}, {nil, "Jeugd"},
		}}),
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			eq(t, "order", r.Domains[0].Order, 0)
		},
	}})
}

func TestReadReportSheet(t *testing.T) {
	runCases(t, []ruleCase{{
		name: "Veld | Waarde rows fill Meta",
		files: book(nil, tsheet{"Rapport", [][]any{
			{"Veld", "Waarde", "Opmerking"},
			{"Gemeente", "Groningen"},
			{"titel", "Jaarverslag 2025"},
			{"Verslagjaar", "twintig"},
			{"Peildatum", time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)},
			{"Drempel toelichting (€)", "€ 10.000", "ter info"},
			{"Drempel toelichtng (%)", "10"},
			{"Gemeente", "Haren"},
			{nil, "wees"},
		}}),
		want: []string{
			"onbekende-kolom t.xlsx › Rapport!C1",
			"geheel-getal t.xlsx › Rapport!B4",
			"onbekend-veld t.xlsx › Rapport!A7",
			"dubbel-veld t.xlsx › Rapport!A8",
			"onbekend-veld t.xlsx › Rapport!A9",
		},
		check: func(t *testing.T, r *report.Report, fs report.Findings) {
			m := r.Meta
			eq(t, "municipality", m.Municipality, "Groningen")
			eq(t, "title", m.Title, "Jaarverslag 2025")
			eq(t, "year", m.Year, 0)
			eq(t, "bad year", m.Src.Bad["Year"], true)
			eq(t, "cutoff", m.CutoffDate, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC))
			eq(t, "threshold", floatAt(m.ThresholdEUR), any(10000.0))
			eq(t, "percent", floatAt(m.ThresholdPct), nil)
			eq(t, "file", m.Src.File, "t.xlsx")
			eq(t, "sheet", m.Src.Sheet, "Rapport")
			eq(t, "municipality cell", m.Src.At("Municipality").String(), "t.xlsx › Rapport!B2")
			eq(t, "year cell", m.Src.At("Year").String(), "t.xlsx › Rapport!B4")
			eq(t, "missing portfolio", m.Src.At("Portfolio").String(), "t.xlsx › Rapport")
			eq(t, "extra", m.Src.Extra[0], report.Extra{Header: "Opmerking", Value: "ter info"})
			eq(t, "rows", r.Files[0].Rows["Rapport"], 8)
			wantMessage(t, fs, "t.xlsx › Rapport!A7", `onbekend veld "Drempel toelichtng (%)"; het wordt overgeslagen; bedoelt u "Drempel toelichting (%)"?`)
			wantMessage(t, fs, "t.xlsx › Rapport!A8", `veld "Gemeente" staat twee keer op het blad (ook in rij 2); alleen de eerste telt`)
			wantMessage(t, fs, "t.xlsx › Rapport!B4", `"Verslagjaar" moet een geheel getal zijn, zoals 3 of 1.500; gevonden "twintig"`)
		},
	}, {
		name:  "Rapport without Veld and Waarde headers",
		files: book(nil, tsheet{"Rapport", [][]any{{"Gemeente", "Groningen"}}}),
		want:  []string{"kolom-ontbreekt t.xlsx › Rapport rij 1", "kolom-ontbreekt t.xlsx › Rapport rij 1", "onbekende-kolom t.xlsx › Rapport!A1", "onbekende-kolom t.xlsx › Rapport!B1"},
		check: func(t *testing.T, r *report.Report, _ report.Findings) {
			eq(t, "sheet", r.Meta.Src.Sheet, "Rapport")
			eq(t, "missing field", r.Meta.Src.At("Title").String(), "t.xlsx › Rapport")
		},
	}})
}
