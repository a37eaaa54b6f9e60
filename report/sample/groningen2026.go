package sample

import (
	"fmt"

	"jaarverslag/report"
)

// Groningen2026 is a made-up second year after Groningen: the report over
// 2026, which looks back on the plans of the 2025 report (the plans for
// 2026). It exists to show the Terugblik as the
// chain it is (the 2025 annex → `template --vorig-jaar` → a filled
// Terugblik → `build --vorig-jaar`); testdata/groningen-2026 holds it as
// workbooks (go test ./cmd/jaarverslag -run TestSample2026 -update).
//
// Only what a Terugblik needs is made up: Rapport and Domeinen as in 2025,
// a Terugblik row for every plan of 2025 (Domein and Plan as the template
// fills them in), the results of 2026 that the realised plans became, the
// plans for 2027 (among them the two that were postponed) and one
// Beschouwing that says all this in the report itself. Coalitieakkoord,
// Ontwikkelingen, Kerncijfers and Financien are left out rather than
// invented, so those chapters say that nothing was given.
func Groningen2026() *report.Report {
	g := Groningen()
	m := g.Meta
	m.Title = "Jaarverslag 2026 – Welzijn, gezondheid, zorg en diversiteit"
	m.Year = 2026
	m.CutoffDate = date(2026, 12, 31)
	return &report.Report{
		Meta:         m,
		Domains:      g.Domains,
		Achievements: achievements2026(),
		Plans:        plans2027(),
		Reviews:      reviews2026(),
		Reflections: []report.Reflection{{
			Title: "Over dit voorbeeld",
			Text: "Dit verslag over 2026 is verzonnen. Het volgt op het voorbeeldverslag over 2025 van de gemeente Groningen " +
				"en laat zien hoe een verslag terugkijkt op de plannen van het jaar ervoor: het hoofdstuk Terugblik, vlak voor de plannen, " +
				"en de zin erover in de Samenvatting.\n\n" +
				"Alleen wat daarvoor nodig is, is ingevuld:\n" +
				"• de uitkomst van elk plan uit het verslag over 2025;\n" +
				"• de resultaten van 2026 die uit die plannen zijn voortgekomen;\n" +
				"• de plannen voor 2027, met de twee plannen die zijn doorgeschoven.\n\n" +
				"Het coalitieakkoord, de ontwikkelingen, de kerncijfers en de financiën zijn niet verzonnen; die hoofdstukken melden dat er niets is opgegeven.",
		}},
	}
}

// Split2026 spreads the 2026 set over the files F&C would gather: its own
// file, the department's results and plans, and the Terugblik made from
// last year's annex.
func Split2026() []Part {
	return []Part{
		{Name: "rapport.xlsx", Sheets: []string{report.SheetReport, report.SheetDomains, report.SheetReflections}},
		{Name: "resultaten-en-plannen.xlsx", Sheets: []string{report.SheetAchievements, report.SheetPlans}},
		{Name: "terugblik.xlsx", Sheets: []string{report.SheetReview}},
	}
}

// outcomes2026 is what became of each plan of the 2025 report.
var outcomes2026 = map[string]struct {
	outcome report.Outcome
	note    string
	movedTo string
}{
	"P-01": {report.OutcomePartly, "Met twaalf basisscholen zijn afspraken gemaakt over welzijn en jeugdhulp in de school; met het voortgezet onderwijs loopt het gesprek nog.", ""},
	"P-02": {report.OutcomeDone, "", ""},
	"P-03": {report.OutcomeMoved, "De regionale besluitvorming over de hoogspecialistische jeugdzorg liep een half jaar uit; de eerste stap zetten we in 2027.", "P27-01"},
	"P-04": {report.OutcomeDone, "", ""},
	"P-05": {report.OutcomeDone, "", ""},
	"P-06": {report.OutcomePartly, "De jeugdgezondheidszorg sluit aan bij de wijkteams; de aansluiting bij de scholen volgt.", ""},
	"P-07": {report.OutcomeDone, "", ""},
	"P-08": {report.OutcomeMoved, "De vergunning voor de verbouwing kwam later rond dan verwacht.", "P27-02"},
	"P-09": {report.OutcomeDone, "", ""},
	"P-10": {report.OutcomeDone, "", ""},
	"P-11": {report.OutcomeNotDone, "Er is geen geschikte locatie gevonden; de concepten komen terug in de nieuwe woonvisie.", ""},
	"P-12": {report.OutcomeDone, "", ""},
	"P-13": {report.OutcomeDone, "", ""},
	"P-14": {report.OutcomeDone, "", ""},
	"P-15": {report.OutcomePartly, "In twee van de vier wijken in Zuid werken bewoners en partners samen aan de wijkagenda.", ""},
	"P-16": {report.OutcomeDropped, "Het maatschappelijk akkoord is opgegaan in de landelijke aanpak van armoede en schulden; Gro Next loopt door als gewone subsidie.", ""},
}

// reviews2026 is the Terugblik: every plan of the 2025 report once, with
// Domein and Plan as `template --vorig-jaar` fills them in.
func reviews2026() []report.PlanReview {
	var out []report.PlanReview
	for _, p := range plans() {
		o, ok := outcomes2026[p.ID]
		if !ok {
			panic(fmt.Sprintf("sample: no outcome for plan %s", p.ID)) // caught by the tests
		}
		out = append(out, report.PlanReview{PlanID: p.ID, Outcome: o.outcome, Explanation: o.note, MovedTo: o.movedTo, Domain: p.Domain, Plan: p.Text})
	}
	return out
}

// achievements2026 are what the realised plans became.
func achievements2026() []report.Achievement {
	type a = report.Achievement
	return []report.Achievement{
		a{ID: "R26-01", Domain: Youth, Level: help, Text: "Pilots aanvullende hulp in drie wijken: hulp dichtbij, met minder aanbieders in het middensegment."},
		a{ID: "R26-02", Domain: Youth, Level: selective, Text: "Vijf innovatieve acties in de jeugdzorg ondersteund, waaronder gezinsgerichte hulp thuis."},
		a{ID: "R26-03", Domain: PublicHealth, Level: universal, Text: "Het Aanvullend Zorg- en Welzijnsakkoord (AZWA) is in uitvoering, met de regio samen.", Link: report.Link{URL: "https://gezondgroningen.nl/netwerk/regiovisie/"}},
		a{ID: "R26-04", Domain: Shelter, Level: crisis, Text: "Het INLIA-pand is gesplitst: extra bedden voor mensen die met spoed een bed en een dak boven hun hoofd nodig hebben."},
		a{ID: "R26-05", Domain: Newcomers, Level: safeHome, Text: "De opvang aan de Sint Petersburgweg is klaar en in gebruik."},
		a{ID: "R26-06", Domain: SocialBasis, Level: foundation, Text: "Het sociaal domein doet mee in de Gele Loper."},
		a{ID: "R26-07", Domain: Newcomers, Level: foundation, Text: "Meedoen vanaf dag 1: nieuwkomers krijgen vanaf de eerste dag taal, participatie en integratie."},
		a{ID: "R26-08", Domain: Events, Level: foundation, Text: "Een goed gevulde evenementenkalender, groen en toegankelijk."},
		a{ID: "R26-09", Domain: Youth, Level: aftercare, Text: "JB Noord en Veilig Thuis voldoen aan de normen; de wachttijden zijn korter."},
		a{ID: "R26-10", Domain: Youth, Level: universal, Text: "Afspraken met twaalf basisscholen over welzijn en jeugdhulp in de school."},
	}
}

// plans2027 are the plans for 2027: the two postponed plans go on here.
func plans2027() []report.Plan {
	type p = report.Plan
	return []report.Plan{
		p{ID: "P27-01", Domain: Youth, Due: "Q2 2027", Text: "De eerste stap in anders werken met de hoogspecialistische jeugdzorg zetten, na de regionale besluitvorming."},
		p{ID: "P27-02", Domain: HousingCare, Due: "2027", Text: "De Europaweg verbouwen tot woonplek voor verschillende doelgroepen."},
		p{ID: "P27-03", Domain: Youth, Due: "2027", Text: "Afspraken met het voortgezet onderwijs over welzijn en jeugdhulp in de school."},
		p{ID: "P27-04", Domain: SocialBasis, Due: "Q4 2027", Text: "De wijkagenda in de andere twee wijken van Zuid samen met bewoners opstellen."},
		p{ID: "P27-05", Domain: HousingCare, Due: "2027", Text: "Woon-zorg-opvangconcepten uitwerken in de nieuwe woonvisie."},
	}
}

// Reviewed gives r, the 2026 sample, the 2025 sample as last year's annex,
// named file with SHA-256 sum, and validates it, as --vorig-jaar does: the
// Terugblik then carries last year's Domein and Plan. It panics when the
// result has findings, which is a defect in the samples.
func Reviewed(r *report.Report, file, sum string) *report.Report {
	g := Groningen()
	r.Previous = &report.PreviousYear{File: file, SHA256: sum, Municipality: g.Meta.Municipality,
		Year: g.Meta.Year, Portfolio: g.Meta.Portfolio, Plans: g.Plans}
	if fs := report.Validate(r); len(fs) > 0 {
		panic(fmt.Sprint(fs))
	}
	return r
}
