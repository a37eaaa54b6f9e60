package report

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func ptr[T any](v T) *T { return &v }

// src places a row on a sheet with the usual column order of the template.
func src(file, sheet string, row int, fields ...string) Source {
	cols := map[string]int{}
	for i, f := range fields {
		cols[f] = i + 1
	}
	return Source{File: file, Sheet: sheet, Row: row, Cols: cols}
}

var (
	actionCols = []string{"ID", "Domain", "Action", "Approach", "Execution", "Status", "Links", "Explanation"}
	achCols    = []string{"ID", "Domain", "Level", "Text", "ActionID", "Link"}
	planCols   = []string{"ID", "Domain", "Text", "ActionID", "Due", "Link"}
	budgetCols = []string{"Domain", "Description", "Kind", "Primary", "Budget", "Actual", "Explanation"}
	kfCols     = []string{"Domain", "Indicator", "Unit", "Value", "Previous", "Target", "Source", "Date", "Explanation"}
)

// valid is a small report that breaks no rule; each case spoils one thing.
func valid() *Report {
	r := &Report{
		Meta: Meta{Municipality: "Groningen", Title: "Jaarverslag", Year: 2025, Portfolio: "Welzijn",
			CutoffDate: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), ThresholdEUR: ptr(250000.0), ThresholdPct: ptr(10.0),
			Src: Source{File: "rapport.xlsx", Sheet: "Rapport", Cells: map[string]Pos{"Municipality": {File: "rapport.xlsx", Sheet: "Rapport", Row: 2, Col: 2}}}},
		Domains: []Domain{
			{Order: 1, Name: "Jeugd", Src: src("rapport.xlsx", "Domeinen", 2, "Order", "Name")},
			{Order: 2, Name: "Publieke gezondheid", Src: src("rapport.xlsx", "Domeinen", 3, "Order", "Name")},
		},
		Actions: []CoalitionAction{
			{ID: "CA-01", Domain: "Jeugd", Action: "Basisjeugdhulp bij WIJ organiseren", Approach: "Basisjeugdhulp is geïmplementeerd",
				Execution: "Geïmplementeerd en geëvalueerd.", Status: StatusDone, Links: Links("https://gemeenteraad.groningen.nl/Documenten/Evaluatie.pdf"),
				Src: src("acties.xlsx", "Coalitieakkoord", 2, actionCols...)},
		},
		Achievements: []Achievement{
			{ID: "R-01", Domain: "Jeugd", Level: "Fundament", Text: "Extra inzet voor COC en de pride.", ActionID: "CA-01", Src: src("jeugd.xlsx", "Resultaten", 2, achCols...)},
		},
		Plans: []Plan{
			{ID: "P-01", Domain: "Jeugd", Text: "Pilots aanvullende hulp", Due: "Q3 2026", Src: src("jeugd.xlsx", "Plannen", 2, planCols...)},
		},
		KeyFigures: []KeyFigure{
			{Domain: "Jeugd", Indicator: "Plekken gesloten jeugdzorg", Unit: "plekken", Value: ptr(20.0), Source: "Jaarverslag", Src: src("jeugd.xlsx", "Kerncijfers", 2, kfCols...)},
		},
		Budget: []BudgetLine{
			{Domain: "Jeugd", Description: "Jeugdhulp", Kind: Expenses, Budget: ptr(1_000_000.0), Actual: ptr(1_050_000.0), Src: src("fin.xlsx", "Financien", 2, budgetCols...)},
		},
		Files: []SourceFile{
			{Name: "rapport.xlsx", Rows: map[string]int{SheetReport: 8, SheetDomains: 2}},
			{Name: "acties.xlsx", Rows: map[string]int{SheetActions: 1}},
		},
	}
	return r
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(r *Report)
		want  []string // "rule@position" of every finding, sorted
	}{
		{"valid", func(*Report) {}, nil},
		{"required text", func(r *Report) { r.Actions[0].Execution = "" }, []string{"verplicht@acties.xlsx › Coalitieakkoord!E2"}},
		{"required number", func(r *Report) { r.KeyFigures[0].Value = nil }, []string{"verplicht@jeugd.xlsx › Kerncijfers!D2"}},
		{"required meta field", func(r *Report) { r.Meta.Municipality = "" }, []string{"verplicht@rapport.xlsx › Rapport!B2"}},
		{"bad cell stays silent", func(r *Report) {
			r.KeyFigures[0].Value = nil
			r.KeyFigures[0].Src.Bad = map[string]bool{"Value": true}
		}, nil},
		{"status", func(r *Report) { r.Actions[0].Status = "klaar" }, []string{"status@acties.xlsx › Coalitieakkoord!F2"}},
		{"status other case is fine", func(r *Report) { r.Actions[0].Status = "op SCHEMA" }, nil},
		{"level", func(r *Report) { r.Achievements[0].Level = "Fundamenten" }, []string{"piramideniveau@jeugd.xlsx › Resultaten!C2"}},
		{"kind", func(r *Report) { r.Budget[0].Kind = "Uitgaven" }, []string{"soort@fin.xlsx › Financien!C2"}},
		{"url in links", func(r *Report) { r.Actions[0].Links = append(r.Actions[0].Links, Link{URL: "www.groningen.nl"}) }, []string{"url@acties.xlsx › Coalitieakkoord!G2"}},
		{"url in link", func(r *Report) { r.Plans[0].Link = Link{URL: "ftp://x.nl/a"} }, []string{"url@jeugd.xlsx › Plannen!F2"}},
		{"a link's text is free, its address is checked", func(r *Report) {
			r.Actions[0].Links = []Link{{URL: "https://x.nl/a", Text: "Raadsbrief aanpak onbegrepen gedrag"}}
			r.Achievements[0].Link = Link{URL: "https://x.nl/b", Text: "Evaluatie"}
		}, nil},
		{"a link with text and no address", func(r *Report) { r.Achievements[0].Link = Link{Text: "Evaluatie"} }, []string{"url@jeugd.xlsx › Resultaten!F2"}},
		{"due", func(r *Report) { r.Plans[0].Due = "volgend jaar" }, []string{"gereed-in@jeugd.xlsx › Plannen!E2"}},
		{"due forms", func(r *Report) { r.Plans[0].Due = "2026" }, nil},
		{"due date", func(r *Report) { r.Plans[0].Due = "30-09-2026" }, nil},
		{"due quarter any case", func(r *Report) { r.Plans[0].Due = " q4  2026 " }, nil},
		// It could not be written as "gereed op …": there is no such day.
		{"due date that does not exist", func(r *Report) { r.Plans[0].Due = "31-02-2026" }, []string{"gereed-in@jeugd.xlsx › Plannen!E2"}},
		{"year range", func(r *Report) { r.Meta.Year = 25 }, []string{"bereik@rapport.xlsx › Rapport"}},
		{"duplicate id across files", func(r *Report) {
			a := r.Actions[0]
			a.Src = src("jeugd.xlsx", "Coalitieakkoord", 7, actionCols...)
			a.ID = "ca-01"
			r.Actions = append(r.Actions, a)
		}, []string{"dubbel-id@jeugd.xlsx › Coalitieakkoord!A7"}},
		{"unknown action", func(r *Report) { r.Achievements[0].ActionID = "CA-99" }, []string{"onbekende-actie@jeugd.xlsx › Resultaten!E2"}},
		{"unknown domain", func(r *Report) { r.Plans[0].Domain = "Jeugt" }, []string{"onbekend-domein@jeugd.xlsx › Plannen!B2"}},
		{"domain other case is fine", func(r *Report) { r.Plans[0].Domain = "publieke GEZONDHEID" }, nil},
		{"duplicate domain", func(r *Report) {
			r.Domains = append(r.Domains, Domain{Order: 3, Name: "jeugd", Src: src("rapport.xlsx", "Domeinen", 4, "Order", "Name")})
		}, []string{"dubbel-domein@rapport.xlsx › Domeinen!B4"}},
		{"delayed needs note", func(r *Report) { r.Actions[0].Status = StatusDelayed }, []string{"toelichting-status@acties.xlsx › Coalitieakkoord!H2"}},
		{"stopped with note", func(r *Report) { r.Actions[0].Status = StatusStopped; r.Actions[0].Explanation = "Geen geld" }, nil},
		{"deviation over euro threshold", func(r *Report) { r.Budget[0].Actual = ptr(1_300_000.0) }, []string{"toelichting-afwijking@fin.xlsx › Financien!G2"}},
		{"deviation over percentage", func(r *Report) { r.Meta.ThresholdEUR = nil; r.Budget[0].Actual = ptr(1_150_000.0) }, []string{"toelichting-afwijking@fin.xlsx › Financien!G2"}},
		{"deviation under both", func(r *Report) { r.Budget[0].Actual = ptr(950_000.0) }, nil},
		{"no thresholds set", func(r *Report) { r.Meta.ThresholdEUR, r.Meta.ThresholdPct = nil, nil; r.Budget[0].Actual = ptr(9e6) }, nil},
		{"no rapport sheet", func(r *Report) { delete(r.Files[0].Rows, SheetReport) }, []string{"rapport-blad@rapport.xlsx"}},
		{"two domeinen sheets", func(r *Report) { r.Files[1].Rows[SheetDomains] = 3 }, []string{"domeinen-blad@acties.xlsx › Domeinen"}},
		{"two domeinen sheets, same list", func(r *Report) {
			// The second sheet is the error; its domains are not each one more.
			r.Files[1].Rows[SheetDomains] = 2
			for _, d := range r.Domains[:2] {
				d.Src.File = "acties.xlsx"
				r.Domains = append(r.Domains, d)
			}
		}, []string{"domeinen-blad@acties.xlsx › Domeinen"}},
		{"duplicate order", func(r *Report) { r.Domains[1].Order = 1 }, []string{"dubbele-volgorde@rapport.xlsx › Domeinen!A3"}},
		// A sheet that was not read: the rules that need its rows say once
		// that they were not checked, at the reader's finding.
		{"actions not read", func(r *Report) {
			r.Unread = []Unread{{Sheet: SheetActions, Pos: Pos{File: "acties.xlsx", Sheet: SheetActions, Row: 1, Col: 3}}}
			r.Actions = nil
			p := r.Plans[0]
			p.ActionID, p.ID = "CA-01", "P-02"
			r.Plans = append(r.Plans, p)
		}, []string{"niet-gecontroleerd@acties.xlsx › Coalitieakkoord!C1"}},
		{"domains not read", func(r *Report) {
			r.Unread = []Unread{{Sheet: SheetDomains, Pos: Pos{File: "rapport.xlsx", Sheet: "Domein"}}}
			r.Plans[0].Domain = "Jeugt"
		}, []string{"niet-gecontroleerd@rapport.xlsx › Domein"}},
		{"rapport not read", func(r *Report) {
			r.Unread = []Unread{{Sheet: SheetReport, Pos: Pos{File: "rapport.xlsx", Sheet: SheetReport, Row: 1}}}
			r.Meta = Meta{Src: r.Meta.Src}
			r.Budget[0].Actual = ptr(9e6)
		}, []string{"niet-gecontroleerd@rapport.xlsx › Rapport rij 1"}},
		{"a file not read hides no sheet that exists once", func(r *Report) {
			r.Unread = []Unread{{Pos: Pos{File: "jeugd.ods"}}}
			r.Plans[0].Domain = "Jeugt"
			r.Achievements[0].ActionID = "CA-99"
		}, []string{"niet-gecontroleerd@jeugd.ods", "onbekend-domein@jeugd.xlsx › Plannen!B2"}},
		{"a file not read may have been the Rapport", func(r *Report) {
			r.Unread = []Unread{{Pos: Pos{File: "rapport.ods"}}}
			delete(r.Files[0].Rows, SheetReport)
		}, []string{"niet-gecontroleerd@rapport.ods"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := valid()
			tt.spoil(r)
			fs := Validate(r)
			fs.Sort()
			var got []string
			for _, f := range fs {
				got = append(got, f.Rule+"@"+f.Pos.String())
				if f.Message == "" {
					t.Errorf("finding %s has no message", f.Rule)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s\nmessages: %v", strings.Join(got, "\n"), strings.Join(tt.want, "\n"), fs)
			}
		})
	}
}

func TestUncheckedMessages(t *testing.T) {
	r := valid()
	r.Unread = []Unread{{Sheet: SheetActions, Pos: Pos{File: "acties.xlsx", Sheet: SheetActions, Row: 1, Col: 3}}}
	for i := range 3 {
		p := r.Plans[0]
		p.ID, p.ActionID = fmt.Sprintf("P-%d", i+2), "CA-01"
		r.Plans = append(r.Plans, p)
	}
	fs := Validate(r)
	want := "niet gecontroleerd, omdat het blad Coalitieakkoord niet (volledig) gelezen is: verwijzingen naar een Actie-ID in 4 rijen op Resultaten en Plannen. Los eerst die fout op en controleer opnieuw"
	if len(fs) != 1 || fs[0].Message != want || fs[0].Severity != Warning {
		t.Errorf("findings %v\nwant one warning: %s", fs, want)
	}
	r = valid()
	r.Unread = []Unread{{Pos: Pos{File: "rapport.ods"}}}
	delete(r.Files[0].Rows, SheetReport)
	r.Meta = Meta{}
	fs = Validate(r)
	want = "niet gecontroleerd, omdat rapport.ods niet gelezen kon worden: of er een blad Rapport is; verwijzingen naar een Actie-ID in 1 rij op Resultaten; afwijkingen tegen de drempels in 1 rij op Financien. Los eerst die fout op en controleer opnieuw"
	if len(fs) != 1 || fs[0].Message != want {
		t.Errorf("findings %v\nwant: %s", fs, want)
	}
}

func TestValidateCanonicalises(t *testing.T) {
	r := valid()
	r.Actions[0].Status = "op schema"
	r.Achievements[0].Level = "veilig thuis, basis op orde"
	r.Plans[0].Domain = "Publieke Gezondheid"
	r.Budget[0].Kind = "lasten"
	if fs := Validate(r); len(fs) != 0 {
		t.Fatalf("unexpected findings: %v", fs)
	}
	if r.Actions[0].Status != StatusOnTrack || r.Achievements[0].Level != "Veilig thuis, basis op orde" ||
		r.Plans[0].Domain != "Publieke gezondheid" || r.Budget[0].Kind != Expenses {
		t.Errorf("not canonical: %q %q %q %q", r.Actions[0].Status, r.Achievements[0].Level, r.Plans[0].Domain, r.Budget[0].Kind)
	}
}

func TestMessages(t *testing.T) {
	r := valid()
	r.Actions[0].Status = "klaar"
	r.Plans[0].Domain = "Jeugt"
	fs := Validate(r)
	fs.Sort()
	want := []string{
		`acties.xlsx › Coalitieakkoord!F2: Status "klaar" is ongeldig; kies uit Gereed, Op schema, Vertraagd, Niet gestart, Gestopt`,
		`jeugd.xlsx › Plannen!B2: domein "Jeugt" staat niet op het blad Domeinen; bedoelt u "Jeugd"?`,
	}
	if len(fs) != len(want) {
		t.Fatalf("got %v", fs)
	}
	for i := range want {
		if fs[i].String() != want[i] {
			t.Errorf("got  %s\nwant %s", fs[i], want[i])
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		dec  int
		want string
	}{
		{1500, 0, "1.500"}, {1500.75, 2, "1.500,75"}, {12.5, 1, "12,5"}, {105, 2, "105"},
		{-3000.5, 2, "-3.000,5"}, {1250000, 0, "1.250.000"}, {0, 0, "0"}, {-0.001, 0, "0"}, {999, 0, "999"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.v, tt.dec); got != tt.want {
			t.Errorf("FormatNumber(%v, %d) = %q, want %q", tt.v, tt.dec, got, tt.want)
		}
	}
}

func TestFoldAndClosest(t *testing.T) {
	if Fold("  Financiën  ") != Fold("financien") || Fold("Beschreven   actie") != "beschreven actie" {
		t.Error("Fold does not ignore case, accents and repeated spaces")
	}
	if got := Closest("Beschreven aktie", []string{"ID", "Beschreven actie", "Concrete invulling"}); got != "Beschreven actie" {
		t.Errorf("Closest = %q", got)
	}
	if got := Closest("Totaal anders", []string{"ID", "Domein"}); got != "" {
		t.Errorf("Closest suggested %q for an unrelated word", got)
	}
}

func TestPos(t *testing.T) {
	for _, tt := range []struct {
		p    Pos
		want string
	}{
		{Pos{File: "a.xlsx", Sheet: "Plannen", Row: 9, Col: 6}, "a.xlsx › Plannen!F9"},
		{Pos{File: "a.xlsx", Sheet: "Plannen", Row: 9, Col: 28}, "a.xlsx › Plannen!AB9"},
		{Pos{File: "a.xlsx", Sheet: "Plannen", Row: 1}, "a.xlsx › Plannen rij 1"},
		{Pos{File: "a.xlsx", Sheet: "Plannen"}, "a.xlsx › Plannen"},
		{Pos{File: "a.xlsx"}, "a.xlsx"},
	} {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestNewBuild(t *testing.T) {
	r := valid()
	r.Files[0].SHA256, r.Files[1].SHA256 = "aa", "bb"
	b1 := NewBuild(r, nil, "dev")
	if !b1.Built.Equal(r.Meta.CutoffDate) {
		t.Errorf("without modification dates Built = %v, want peildatum", b1.Built)
	}
	mod := time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)
	r.Files[1].Modified = mod
	if b := NewBuild(r, nil, "dev"); !b.Built.Equal(mod) || b.Version != b1.Version {
		t.Errorf("Built = %v (want %v), version %s vs %s", b.Built, mod, b.Version, b1.Version)
	}
	epoch := time.Unix(1700000000, 0)
	if b := NewBuild(r, &epoch, "dev"); !b.Built.Equal(epoch) {
		t.Errorf("SOURCE_DATE_EPOCH ignored: %v", b.Built)
	}
	r.Files[0].SHA256 = "ab"
	if b := NewBuild(r, nil, "dev"); b.Version == b1.Version || len(b.Version) != 12 {
		t.Errorf("version %q does not follow the input hashes", b.Version)
	}
	if b := NewBuild(r, nil, "dev", "cc"); b.Version == NewBuild(r, nil, "dev").Version {
		t.Error("an extra input (layout) does not change the version")
	}
	r.Files[0], r.Files[1] = r.Files[1], r.Files[0]
	if a, b := NewBuild(r, nil, "dev"), NewBuild(r, nil, "dev"); a != b {
		t.Error(fmt.Sprint("not deterministic", a, b))
	}
}

func TestSectionAndCount(t *testing.T) {
	r := valid()
	for sheet, want := range map[string]int{SheetDomains: 2, SheetActions: 1, SheetAchievements: 1, SheetPlans: 1,
		SheetDevelopments: 0, SheetKeyFigures: 1, SheetBudget: 1, SheetReport: 0, "Onbekend": 0} {
		if got := r.Count(sheet); got != want {
			t.Errorf("Count(%s) = %d, want %d", sheet, got, want)
		}
	}
	if _, ok := r.Section(SheetActions).([]CoalitionAction); !ok {
		t.Error("Section(Coalitieakkoord) is not []CoalitionAction")
	}
}
