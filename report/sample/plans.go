package sample

import "jaarverslag/report"

// plans are the bullets of "Wat gaan we doen in 2026?", plus the poverty
// agreement that has to wait for 2026.
func plans() []report.Plan {
	type p = report.Plan
	return []report.Plan{
		p{ID: "P-01", Domain: Youth, Due: "2026", Text: "Nog sterkere samenwerking tussen Jeugd, Welzijn en Onderwijs."},
		p{ID: "P-02", Domain: Youth, ActionID: "CA-04", Due: "Q2 2026", Text: "Pilots aanvullende hulp."},
		p{ID: "P-03", Domain: Youth, ActionID: "CA-04", Due: "Q4 2026", Text: "Eerste stap in anders werken met de hoogspecialistische jeugdzorg."},
		p{ID: "P-04", Domain: Youth, Due: "2026", Text: "Diverse innovatieve acties in de jeugdzorg ondersteunen."},
		p{ID: "P-05", Domain: PublicHealth, ActionID: "CA-08", Due: "2026", Text: "Het Aanvullend Zorg- en Welzijnsakkoord (AZWA) uitvoeren.", Link: report.Link{URL: "https://gezondgroningen.nl/netwerk/regiovisie/"}},
		p{ID: "P-06", Domain: PublicHealth, Due: "Q3 2026", Text: "De jeugdgezondheidszorg beter laten aansluiten op het jeugdbeleid."},
		p{ID: "P-07", Domain: Shelter, ActionID: "CA-12", Due: "01-07-2026", Text: "Het INLIA-pand splitsen naar twee-onder-een-kap, zodat we extra bedden kunnen inzetten voor mensen die met spoed een bed en een dak boven hun hoofd nodig hebben."},
		p{ID: "P-08", Domain: HousingCare, Due: "2026", Text: "De Europaweg doorontwikkelen naar een woonplek voor verschillende doelgroepen."},
		p{ID: "P-09", Domain: Newcomers, ActionID: "CA-18", Due: "Q3 2026", Text: "Sint Petersburgweg eindelijk klaar!", Link: report.Link{URL: "https://gemeente.groningen.nl/vluchtelingen"}},
		p{ID: "P-10", Domain: SocialBasis, Due: "2026", Text: "Inzet in de Gele Loper vanuit het sociaal domein."},
		p{ID: "P-11", Domain: HousingCare, Due: "Q4 2026", Text: "Nieuwe woon-zorg-opvangconcepten ontwikkelen voor mensen die met spoed een dak boven hun hoofd nodig hebben."},
		p{ID: "P-12", Domain: Newcomers, Due: "2026", Text: "Uitvoering van Meedoen vanaf dag 1, zodat nieuwkomers zich zo snel mogelijk thuis voelen en hier hun toekomst kunnen bouwen."},
		p{ID: "P-13", Domain: Events, ActionID: "CA-09", Due: "2026", Text: "Een bruisend Groningen met een goed gevulde evenementenkalender."},
		p{ID: "P-14", Domain: Youth, Due: "2026", Text: "Blijvend aandacht voor JB Noord en Veilig Thuis."},
		p{ID: "P-15", Domain: SocialBasis, Due: "2026", Text: "Verder bouwen aan het fundament van goed samenleven in de wijk, door samen met bewoners en partners te werken in Zuid."},
		p{ID: "P-16", Domain: Poverty, ActionID: "CA-19", Due: "Q4 2026", Text: "Het maatschappelijk akkoord armoedebestrijding afsluiten en de academie Gro Next verder uitbouwen."},
	}
}
