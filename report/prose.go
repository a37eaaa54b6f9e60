package report

import (
	"fmt"
	"strings"
)

// The running text of the chapters, one wording for every edition.

// MunicipalityName is the name as the council calls it: "Gemeente Groningen".
func (m Meta) MunicipalityName() string {
	s := strings.TrimSpace(m.Municipality)
	if s == "" || strings.HasPrefix(Fold(s), "gemeente") {
		return s
	}
	return "Gemeente " + s
}

// SummaryIntro opens the Samenvatting with the counts of the report.
func (r *Report) SummaryIntro() string {
	_, total := r.StatusTable()
	n := len(r.Actions)
	intro := fmt.Sprintf("Dit verslag legt verantwoording af over de portefeuille %s in %d. "+
		"Het coalitieakkoord telt voor deze portefeuille %s.", r.Meta.Portfolio, r.Meta.Year, Plural(n, "actie", "acties"))
	var parts []string
	for i, s := range Statuses {
		if total.Counts[i] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", total.Counts[i], strings.ToLower(string(s))))
		}
	}
	if len(parts) > 0 {
		intro += fmt.Sprintf(" De stand op %s: %s.", FormatDate(r.Meta.CutoffDate), JoinDutch(parts))
	}
	if len(r.Achievements) > 0 || len(r.Plans) > 0 {
		intro += fmt.Sprintf(" In %d is gewerkt aan %s; voor %d staan %s op de agenda.",
			r.Meta.Year, Plural(len(r.Achievements), "resultaat", "resultaten"),
			r.Meta.PlanYear(), Plural(len(r.Plans), "plan", "plannen"))
	}
	if s := r.ReviewSentence(); s != "" {
		intro += " " + s
	}
	return intro
}

// ActionsIntro opens the Coalitieakkoord chapter; the status legend follows it.
const ActionsIntro = "Per domein de acties uit het coalitieakkoord: wat er is beschreven, hoe het concreet is ingevuld " +
	"en wat er is uitgevoerd. Het gekleurde vierkantje hoort bij de status die ernaast staat:"

// AchievementsIntro opens the Resultaten chapter.
func (r *Report) AchievementsIntro() string {
	return fmt.Sprintf("In %d is samen met partners, ambtenaren en collega’s gewerkt aan %s, "+
		"hieronder geordend naar de niveaus van de zorgpiramide: van het fundament (inclusief, rechtvaardig, "+
		"respectvol samenleven) tot crisis.", r.Meta.Year, Plural(len(r.Achievements), "resultaat", "resultaten"))
}

// KeyFiguresIntro opens the Kerncijfers chapter.
func (r *Report) KeyFiguresIntro() string {
	return fmt.Sprintf("De belangrijkste cijfers per domein over %d, met het jaar ervoor en de streefwaarde waar die er is.", r.Meta.Year)
}

// BudgetIntro opens the budget chapter.
func (r *Report) BudgetIntro() string {
	return fmt.Sprintf("Per domein de begroting na wijziging en de realisatie over %d, voor lasten en baten. "+
		"De afwijking is realisatie min begroting; V is voordelig en N nadelig voor de gemeente.", r.Meta.Year)
}

// PlansIntro opens the Plannen chapter.
func (r *Report) PlansIntro() string {
	return fmt.Sprintf("Wat gaan we doen in %d? Per domein de plannen, met wanneer ze gereed moeten zijn.", r.Meta.PlanYear())
}

// ReviewIntro opens the Terugblik chapter.
func (r *Report) ReviewIntro() string {
	return fmt.Sprintf("Wat is er terechtgekomen van de plannen voor %d uit het verslag van vorig jaar? %s "+
		"Hieronder per domein elk plan met zijn uitkomst en, waar het plan niet of niet helemaal is uitgevoerd, de toelichting.",
		r.Meta.Year, r.ReviewSentence())
}

// AccountabilityIntro opens the Verantwoording: when and from what the
// report was built, what its version string means, and which annex of last
// year the Terugblik was checked against.
func (r *Report) AccountabilityIntro(b Build) []string {
	files := Plural(len(r.Files), "invoerbestand", "invoerbestanden")
	var s string
	if newest := r.NewestFile(); !newest.Modified.IsZero() {
		s = fmt.Sprintf("Dit verslag is gebouwd op %s met de export van %s (%s, peildatum %s).",
			FormatDateTime(b.BuiltAt(r.Meta)), FormatDateTime(newest.Modified), files, FormatDate(r.Meta.CutoffDate))
	} else {
		s = fmt.Sprintf("Dit verslag is gebouwd op %s met de export van %s (peildatum %s).",
			FormatDateTime(b.BuiltAt(r.Meta)), files, FormatDate(r.Meta.CutoffDate))
	}
	s2 := fmt.Sprintf("Gemaakt met %s. De versie van dit verslag is %s: die code staat onderaan elke pagina "+
		"en is afgeleid van de inhoud van alle invoerbestanden, zodat een andere invoer altijd een andere versie geeft.",
		b.ToolName(), b.Version)
	out := []string{s, s2}
	if p := r.Previous; p != nil {
		out = append(out, fmt.Sprintf("De terugblik is getoetst aan de bijlage bij het verslag over %d, %s (SHA-256 %s): "+
			"elk plan daaruit staat precies één keer in de terugblik, met de tekst en het domein van toen.", p.Year, p.File, p.SHA256))
	}
	return out
}

// ReconciliationNote introduces the Aansluiting table.
const ReconciliationNote = "Elke rij uit de invoer staat in dit verslag en in de Excel-bijlage; deze tabel laat zien dat de aantallen sluiten."
