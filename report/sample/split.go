package sample

import "jaarverslag/report"

// Part is one workbook of the sample set, as a department would upload it:
// the sheets it holds and, for the per-domain sheets, the domains whose rows
// it holds. Domains nil means every domain; Rapport and Domeinen are always
// written whole.
type Part struct {
	Name    string
	Sheets  []string
	Domains []string
}

// Split spreads a sample set over the files that departments would send in.
// Every row lands in exactly one part, for Groningen and for every Scaled set.
func Split() []Part {
	perDomain := []string{report.SheetAchievements, report.SheetPlans, report.SheetDevelopments, report.SheetKeyFigures}
	return []Part{
		{Name: "rapport.xlsx", Sheets: []string{report.SheetReport, report.SheetDomains, report.SheetReflections}},
		{Name: "coalitieakkoord.xlsx", Sheets: []string{report.SheetActions}},
		{Name: "gezondheid-en-welzijn.xlsx", Sheets: perDomain, Domains: []string{SocialBasis, Diversity, PublicHealth, HousingCare, Support, Events}},
		{Name: "jeugd.xlsx", Sheets: perDomain, Domains: []string{Youth}},
		{Name: "opvang-en-nieuwkomers.xlsx", Sheets: perDomain, Domains: []string{Shelter, Newcomers}},
		{Name: "veiligheid-en-armoede.xlsx", Sheets: perDomain, Domains: []string{CareSafety, Poverty}},
		{Name: "financien.xlsx", Sheets: []string{report.SheetBudget}},
	}
}

// Holds reports whether the part has the rows of sheet in domain; domains
// match the way the contract matches them (case and accents ignored).
// Rows that belong to no domain are in every part that has their sheet.
func (p Part) Holds(sheet, domain string) bool {
	has := false
	for _, s := range p.Sheets {
		if s == sheet {
			has = true
		}
	}
	if !has {
		return false
	}
	if p.Domains == nil || !perDomain(sheet) {
		return true
	}
	for _, d := range p.Domains {
		if report.Fold(d) == report.Fold(domain) {
			return true
		}
	}
	return false
}

// perDomain reports whether a sheet's rows belong to a domain; Rapport,
// Domeinen and Beschouwingen belong to the whole report.
func perDomain(sheet string) bool {
	return sheet != report.SheetReport && sheet != report.SheetDomains && sheet != report.SheetReflections
}
