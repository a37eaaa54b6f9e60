package pdf

import (
	"strings"
	"time"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// built is the fixed build time of the tests.
var built = time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)

// groningen is the sample report with the provenance the reader adds.
func groningen() (*report.Report, report.Build) { return withFiles(sample.Groningen()) }

func scaled(n int) (*report.Report, report.Build) { return withFiles(sample.Scaled(n)) }

// groningen2026 is the made-up second year, its Terugblik checked against
// the 2025 sample as last year's annex.
func groningen2026() (*report.Report, report.Build) {
	r := sample.Reviewed(sample.Groningen2026(), "jaarverslag-2025-bijlage.xlsx", "5e1f0c")
	return withFiles(r)
}

// longRows is the sample with texts no page can hold in one piece: a
// coalition action whose Uitvoering runs over several pages, a topic of
// one endless paragraph, long words and URLs in narrow columns.
func longRows() (*report.Report, report.Build) {
	r := sample.Groningen()
	r.Actions[3].Execution = strings.Repeat("Een lange uitvoeringstekst over wat er in de wijken is gebeurd, met inwoners en professionals. ", 70) +
		"\n\nZie https://gemeenteraad.groningen.nl/Documenten/Bijlage-Voortgangsrapportage-Actieplan-huiselijk-geweld-kindermishandeling-en-geweld-tegen-vrouwen-juli-2025.pdf."
	r.Actions[3].Action = "Arbeidsmarktparticipatiebevorderingsprogrammaonderdelen voor jongeren"
	r.Developments[0].Text = strings.Repeat("Een lange alinea zonder einde over de sociale basis in Groningen, met ë, ï, é, € 105, ‘quotes’ en “aanhalingstekens” – en een gedachtestreepje. ", 90)
	return withFiles(r)
}

func withFiles(r *report.Report) (*report.Report, report.Build) {
	r.Files = []report.SourceFile{
		{Name: "acties-en-resultaten.xlsx", SHA256: "9f2c4e1a7b3d5f60812a9c4e7b1d3f5a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d", Size: 48211,
			Modified: time.Date(2026, 1, 14, 15, 12, 0, 0, time.UTC),
			Rows: map[string]int{report.SheetActions: len(r.Actions), report.SheetAchievements: len(r.Achievements),
				report.SheetPlans: len(r.Plans)}},
		{Name: "rapport-en-cijfers.xlsx", SHA256: "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c", Size: 30977,
			Modified: time.Date(2026, 1, 13, 9, 40, 0, 0, time.UTC),
			Rows: map[string]int{report.SheetReport: 8, report.SheetDomains: len(r.Domains),
				report.SheetDevelopments: len(r.Developments), report.SheetKeyFigures: len(r.KeyFigures), report.SheetBudget: len(r.Budget)}},
	}
	return r, report.NewBuild(r, &built, "v0.9.0-test")
}
