package report

import (
	"fmt"
	"strings"
	"testing"
)

var reviewCols = []string{"PlanID", "Outcome", "Explanation", "MovedTo", "Domain", "Plan"}

// withReview is valid() with last year's annex of three plans and a
// complete Terugblik for them.
func withReview() *Report {
	r := valid()
	r.Previous = &PreviousYear{File: "vorig-bijlage.xlsx", SHA256: "ab", Municipality: "Gemeente Groningen", Year: 2024, Portfolio: "Welzijn",
		Plans: []Plan{
			{ID: "P-01", Domain: "Jeugd", Text: "Pilots jeugdhulp", Src: src("vorig-bijlage.xlsx", "Plannen", 2, planCols...)},
			{ID: "P-02", Domain: "Jeugd", Text: "Kansrijke start in elke wijk", Src: src("vorig-bijlage.xlsx", "Plannen", 3, planCols...)},
			{ID: "P-03", Domain: "Sport", Text: "Sportakkoord", Src: src("vorig-bijlage.xlsx", "Plannen", 4, planCols...)},
		}}
	r.Reviews = []PlanReview{
		{PlanID: "P-01", Outcome: OutcomeDone, Domain: "Jeugd", Plan: "Pilots jeugdhulp", Src: src("terugblik.xlsx", SheetReview, 2, reviewCols...)},
		{PlanID: "P-02", Outcome: OutcomeMoved, Explanation: "Eerst de evaluatie", MovedTo: "P-01", Src: src("terugblik.xlsx", SheetReview, 3, reviewCols...)},
		{PlanID: "P-03", Outcome: OutcomeDropped, Explanation: "Ander domein", Src: src("terugblik.xlsx", SheetReview, 4, reviewCols...)},
	}
	r.Files = append(r.Files, SourceFile{Name: "terugblik.xlsx", Rows: map[string]int{SheetReview: 3}})
	return r
}

func TestReviewRules(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(r *Report)
		want  []string // "rule@position"
		sub   string   // in the first finding's message
	}{
		{"valid", func(*Report) {}, nil, ""},
		{"missing plan", func(r *Report) { r.Reviews = r.Reviews[:2] },
			[]string{"terugblik-ontbreekt@terugblik.xlsx › Terugblik"}, `plan P-03 van vorig jaar ontbreekt op het blad Terugblik: Sport – “Sportakkoord” (vorig-bijlage.xlsx › Plannen!A4)`},
		{"no Terugblik at all", func(r *Report) { r.Reviews = nil; r.Files = r.Files[:2] },
			[]string{"terugblik-ontbreekt@rapport.xlsx", "terugblik-ontbreekt@rapport.xlsx", "terugblik-ontbreekt@rapport.xlsx"}, "plan P-01"},
		{"duplicate", func(r *Report) {
			v := r.Reviews[0]
			v.PlanID, v.Src = "p-01", src("jeugd.xlsx", SheetReview, 9, reviewCols...)
			r.Reviews = append(r.Reviews, v)
		}, []string{"terugblik-dubbel@jeugd.xlsx › Terugblik!A9"}, `staat al op terugblik.xlsx › Terugblik!A2`},
		{"unknown plan", func(r *Report) { r.Reviews[2].PlanID = "PP-03" },
			[]string{"terugblik-ontbreekt@terugblik.xlsx › Terugblik", "terugblik-onbekend@terugblik.xlsx › Terugblik!A4"}, "plan P-03"},
		{"unknown plan besides the known ones", func(r *Report) {
			v := r.Reviews[0]
			v.PlanID, v.Src = "PP-03", src("terugblik.xlsx", SheetReview, 5, reviewCols...)
			r.Reviews = append(r.Reviews, v)
		}, []string{"terugblik-onbekend@terugblik.xlsx › Terugblik!A5"}, `staat niet op het blad Plannen van de bijlage van vorig jaar (vorig-bijlage.xlsx); bedoelt u "P-03"?`},
		{"invalid outcome", func(r *Report) { r.Reviews[0].Outcome = "Gerealiseert" },
			[]string{"uitkomst@terugblik.xlsx › Terugblik!B2"}, `(bedoelt u "Gerealiseerd"?)`},
		{"outcome other case is fine", func(r *Report) { r.Reviews[0].Outcome = "gerealiseerd" }, nil, ""},
		{"not done needs a note", func(r *Report) { r.Reviews[0].Outcome = OutcomeNotDone },
			[]string{"toelichting-uitkomst@terugblik.xlsx › Terugblik!C2"}, "bij Uitkomst Niet gerealiseerd"},
		{"partly needs a note", func(r *Report) { r.Reviews[0].Outcome = OutcomePartly },
			[]string{"toelichting-uitkomst@terugblik.xlsx › Terugblik!C2"}, ""},
		{"note at Uitkomst without the column", func(r *Report) {
			r.Reviews[0].Outcome = OutcomePartly
			delete(r.Reviews[0].Src.Cols, "Explanation")
		}, []string{"toelichting-uitkomst@terugblik.xlsx › Terugblik!B2"}, ""},
		{"moved without a plan", func(r *Report) { r.Reviews[1].MovedTo = "" },
			[]string{"doorgeschoven-naar@terugblik.xlsx › Terugblik!D3"}, "het ID van het plan op het blad Plannen (voor 2026)"},
		{"moved to an unknown plan", func(r *Report) { r.Reviews[1].MovedTo = "P-07" },
			[]string{"doorgeschoven-naar@terugblik.xlsx › Terugblik!D3"}, `"Doorgeschoven naar" "P-07" staat niet op het blad Plannen`},
		{"moved to another case", func(r *Report) { r.Reviews[1].MovedTo = "p-01" }, nil, ""},
		{"a typed plan that differs warns", func(r *Report) { r.Reviews[0].Plan = "Pilots jeugdhulp en meer" },
			[]string{"terugblik-herinnering@terugblik.xlsx › Terugblik!F2"}, "in het verslag staat het zoals vorig jaar"},
		{"another municipality", func(r *Report) { r.Previous.Municipality = "Gemeente Assen"; r.Reviews[2].PlanID = "X" },
			[]string{"niet-gecontroleerd@vorig-bijlage.xlsx", "vorig-jaar@vorig-bijlage.xlsx"}, ""},
		{"not last year", func(r *Report) { r.Previous.Year = 2023 },
			[]string{"niet-gecontroleerd@vorig-bijlage.xlsx", "vorig-jaar@vorig-bijlage.xlsx"}, ""},
		{"without Gemeente is the same municipality", func(r *Report) { r.Previous.Municipality = "groningen" }, nil, ""},
		{"another portfolio warns", func(r *Report) { r.Previous.Portfolio = "Sport" }, []string{"vorig-jaar@vorig-bijlage.xlsx"}, "klopt dat?"},
		{"annex not usable", func(r *Report) {
			r.Previous = nil
			r.Unread = append(r.Unread, Unread{Sheet: PreviousAnnex, Pos: Pos{File: "rapport-2024.xlsx"}})
		}, []string{"niet-gecontroleerd@rapport-2024.xlsx"}, "niet als bijlage van vorig jaar gebruikt kan worden"},
		{"without the annex", func(r *Report) { r.Previous = nil; r.Reviews = r.Reviews[:1] },
			[]string{"niet-gecontroleerd@terugblik.xlsx › Terugblik"}, "geef daarvoor de bijlage van vorig jaar mee met --vorig-jaar"},
		{"without the annex, duplicates still count", func(r *Report) {
			r.Previous = nil
			r.Reviews[1].PlanID = "P-01"
		}, []string{"niet-gecontroleerd@terugblik.xlsx › Terugblik", "terugblik-dubbel@terugblik.xlsx › Terugblik!A3"}, ""},
		{"Terugblik not read", func(r *Report) {
			r.Reviews = nil
			r.Unread = append(r.Unread, Unread{Sheet: SheetReview, Pos: Pos{File: "terugblik.xlsx", Sheet: SheetReview, Row: 1}})
		}, []string{"niet-gecontroleerd@terugblik.xlsx › Terugblik rij 1"}, "of elk plan van vorig jaar precies één keer op het blad Terugblik staat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := withReview()
			tt.spoil(r)
			fs := Validate(r)
			fs.Sort()
			var got []string
			for _, f := range fs {
				got = append(got, f.Rule+"@"+f.Pos.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Fatalf("findings:\n%s\nwant:\n%s\nmessages: %v", strings.Join(got, "\n"), strings.Join(tt.want, "\n"), fs)
			}
			if tt.sub != "" && !strings.Contains(fs[0].Message, tt.sub) {
				t.Errorf("message %q lacks %q", fs[0].Message, tt.sub)
			}
		})
	}
}

// TestReviewTakesLastYearsText: the report shows the plan as it was
// promised, whatever the row says.
func TestReviewTakesLastYearsText(t *testing.T) {
	r := withReview()
	r.Reviews[0].Plan, r.Reviews[0].Domain = "Iets anders", "jeugd"
	r.Reviews[2].PlanID = "p-03"
	Validate(r)
	for i, want := range []PlanReview{{PlanID: "P-01", Domain: "Jeugd", Plan: "Pilots jeugdhulp"}, {PlanID: "P-02", Domain: "Jeugd", Plan: "Kansrijke start in elke wijk"}, {PlanID: "P-03", Domain: "Sport", Plan: "Sportakkoord"}} {
		got := r.Reviews[i]
		if got.PlanID != want.PlanID || got.Domain != want.Domain || got.Plan != want.Plan {
			t.Errorf("row %d: %s / %s / %s, want %s / %s / %s", i, got.PlanID, got.Domain, got.Plan, want.PlanID, want.Domain, want.Plan)
		}
	}
}

func TestReviewsByDomain(t *testing.T) {
	r := withReview()
	// Rows in another order than last year's plans; a domain of last year
	// that is gone (Sport) comes after this year's.
	r.Reviews[0], r.Reviews[2] = r.Reviews[2], r.Reviews[0]
	if fs := Validate(r); len(fs) > 0 {
		t.Fatal(fs)
	}
	var got []string
	for _, g := range r.ReviewsByDomain() {
		var ids []string
		for _, v := range g.Reviews {
			ids = append(ids, v.PlanID)
		}
		got = append(got, g.Domain+": "+strings.Join(ids, ", "))
	}
	if want := "Jeugd: P-01, P-02 | Sport: P-03"; strings.Join(got, " | ") != want {
		t.Errorf("groups %q, want %q", strings.Join(got, " | "), want)
	}
	// Without the annex: row order, and rows without a domain last.
	r = &Report{Domains: r.Domains, Reviews: []PlanReview{{PlanID: "X"}, {PlanID: "B", Domain: "Publieke gezondheid"}, {PlanID: "A", Domain: "Jeugd"}, {PlanID: "C", Domain: "Publieke gezondheid"}}}
	got = nil
	for _, g := range r.ReviewsByDomain() {
		var ids []string
		for _, v := range g.Reviews {
			ids = append(ids, v.PlanID)
		}
		got = append(got, g.Domain+": "+strings.Join(ids, ", "))
	}
	if want := "Jeugd: A | Publieke gezondheid: B, C | : X"; strings.Join(got, " | ") != want {
		t.Errorf("groups %q, want %q", strings.Join(got, " | "), want)
	}
}

func TestReviewSentence(t *testing.T) {
	count := func(pairs ...any) *Report {
		r := &Report{Meta: Meta{Year: 2025}}
		for i := 0; i < len(pairs); i += 2 {
			for range pairs[i+1].(int) {
				r.Reviews = append(r.Reviews, PlanReview{Outcome: pairs[i].(Outcome)})
			}
		}
		return r
	}
	tests := []struct {
		r    *Report
		want string
	}{
		{count(OutcomeDone, 9, OutcomePartly, 3, OutcomeMoved, 2, OutcomeDropped, 1),
			"Van de 15 plannen voor 2025 zijn er 9 gerealiseerd, 3 deels, 2 doorgeschoven en 1 vervallen."},
		{count(OutcomeDone, 1, OutcomeNotDone, 1), "Van de 2 plannen voor 2025 zijn er 1 gerealiseerd en 1 niet gerealiseerd."},
		// "deels" alone reads wrong without "gerealiseerd" before it.
		{count(OutcomePartly, 2, OutcomeMoved, 1), "Van de 3 plannen voor 2025 zijn er 2 deels gerealiseerd en 1 doorgeschoven."},
		{count(OutcomeDone, 4), "Alle 4 plannen voor 2025 zijn gerealiseerd."},
		{count(OutcomeDropped, 2), "Alle 2 plannen voor 2025 zijn vervallen."},
		{count(OutcomeMoved, 1), "Het enige plan voor 2025 is doorgeschoven."},
		{count(OutcomePartly, 1), "Het enige plan voor 2025 is deels gerealiseerd."},
		{count(OutcomeDone, 1200, OutcomeMoved, 3), "Van de 1.203 plannen voor 2025 zijn er 1.200 gerealiseerd en 3 doorgeschoven."},
		{count(), ""},
		// Validation refuses other outcomes; were one to get here, it is counted, not lost.
		{count(OutcomeDone, 2, Outcome("Half"), 1), "Van de 3 plannen voor 2025 zijn er 2 gerealiseerd en 1 zonder geldige uitkomst."},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(len(tt.r.Reviews)), func(t *testing.T) {
			if got := tt.r.ReviewSentence(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestBlankReviews(t *testing.T) {
	p := withReview().Previous
	if got := len(p.Blank()); got != 3 {
		t.Errorf("all plans: %d rows", got)
	}
	got := p.Blank("jeugd")
	if len(got) != 2 || got[0].PlanID != "P-01" || got[0].Domain != "Jeugd" || got[0].Plan != "Pilots jeugdhulp" || got[0].Outcome != "" {
		t.Errorf("Jeugd: %+v", got)
	}
	// A domain's plans together, in the order of the annex.
	p.Plans = append(p.Plans, Plan{ID: "P-04", Domain: "Jeugd", Text: "Nog een"})
	var ids []string
	for _, v := range p.Blank() {
		ids = append(ids, v.PlanID)
	}
	if strings.Join(ids, " ") != "P-01 P-02 P-04 P-03" {
		t.Errorf("order %v", ids)
	}
}

func TestBuildHashesLastYearsAnnex(t *testing.T) {
	r := withReview()
	a := NewBuild(r, nil, "")
	r.Previous.SHA256 = "cd"
	if b := NewBuild(r, nil, ""); a.Version == b.Version {
		t.Error("another annex of last year gives the same version")
	}
}
