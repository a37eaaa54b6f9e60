package sample

import "jaarverslag/report"

// achievements are the ✓ items of the deck's nine "In 2025 … gewerkt aan"
// slides; the slides go up the care pyramid, one level each.
func achievements() []report.Achievement {
	type a = report.Achievement
	return []report.Achievement{
		// Fundament: inclusief, rechtvaardig, respectvol samenleven
		a{ID: "R-001", Domain: Diversity, Level: foundation, Text: "Gewerkt aan een antiracisme-actieplan met een klankbordgroep; besluitvorming volgt in 2026."},
		a{ID: "R-002", Domain: Diversity, Level: foundation, ActionID: "CA-16", Text: "Herdenking en viering van het slavernijverleden en de Indië-herdenking ondersteund.", Link: report.Link{URL: "https://gemeente.groningen.nl/groninger-slavernijverleden"}},
		a{ID: "R-003", Domain: Diversity, Level: foundation, ActionID: "CA-15", Text: "Extra inzet voor het COC en de Pride."},
		a{ID: "R-004", Domain: Diversity, Level: foundation, Text: "Extra inzet via Jasmijn voor jonge meiden."},
		a{ID: "R-005", Domain: Diversity, Level: foundation, ActionID: "CA-10", Text: "Toegankelijkheid verbeterd op diverse gebieden."},
		a{ID: "R-006", Domain: Newcomers, Level: foundation, Text: "Meedoen vanaf dag 1 voor nieuwkomers: we slepen niet meer met mensen, maar helpen ze vanaf dag 1 met taal, participatie en integratie."},
		a{ID: "R-007", Domain: SocialBasis, Level: foundation, Text: "Uitvoering van de Wijkagenda’s Zuid, die met behulp van inwoners zijn opgesteld."},
		a{ID: "R-008", Domain: Events, Level: foundation, Text: "Summerstage en vele andere mooie evenementen."},
		a{ID: "R-009", Domain: SocialBasis, Level: foundation, Text: "Plus alle reguliere acties gericht op inclusief, respectvol en rechtvaardig samenleven."},

		// Veilig thuis, basis op orde
		a{ID: "R-010", Domain: CareSafety, Level: safeHome, ActionID: "CA-11", Text: "Uitvoering van het actieplan huiselijk geweld en kindermishandeling."},
		a{ID: "R-011", Domain: CareSafety, Level: safeHome, ActionID: "CA-11", Text: "Extra aandacht voor een interculturele aanpak van huiselijk geweld met sleutelfiguren, bijeenkomsten en het opbouwen van een alliantie."},
		a{ID: "R-012", Domain: CareSafety, Level: safeHome, ActionID: "CA-11", Text: "Hard gewerkt aan een poging om huiselijk geweld in het IZA-transformatieplan te krijgen. Dat is helaas niet gelukt, maar we zijn wel gestart met een regionale aanpak huiselijk geweld en kindermishandeling."},
		a{ID: "R-013", Domain: CareSafety, Level: safeHome, ActionID: "CA-11", Text: "Uitbreiding van de inzet van Filomena: er is veel vraag naar ondersteuning bij intieme terreur.", Link: report.Link{URL: "https://filomenagroningen.nl/"}},
		a{ID: "R-014", Domain: Youth, Level: safeHome, Text: "De jeugdbescherming voldoet weer beter aan de normen en heeft weer een regulier certificaat."},

		// Universele preventie
		a{ID: "R-015", Domain: Youth, Level: universal, Text: "Diverse pilots om preventieve ondersteuning nabij te organiseren vanuit het Transformatiebudget Jeugd."},
		a{ID: "R-016", Domain: PublicHealth, Level: universal, ActionID: "CA-01", Text: "Verbeteren van de mentale gezondheid van jongeren: de #Kutdagmag-campagne en lid van de Veerkrachtcoalitie.", Link: report.Link{URL: "https://mindus.nl/aanpak/veerkrachtcoalitie/"}},
		a{ID: "R-017", Domain: PublicHealth, Level: universal, Text: "Opgroeien in een Kansrijke Omgeving (preventie middelengebruik) en uitbreiding van de rookvrije zones."},
		a{ID: "R-018", Domain: Youth, Level: universal, Text: "Structureel bekostigen van vrij toegankelijke voorzieningen en ondersteuning, zoals de Open Studio’s en Kind aan Huis."},
		a{ID: "R-019", Domain: Diversity, Level: universal, Text: "Uitbreiding van de activiteiten van Orange the World; het landelijke monument tegen seksueel geweld staat in Winschoten."},
		a{ID: "R-020", Domain: PublicHealth, Level: universal, ActionID: "CA-08", Text: "Ketenaanpak kinderen op gezond gewicht; Welzijn op Recept is in Groningen bij huisartsen beschikbaar."},
		a{ID: "R-021", Domain: Support, Level: universal, Text: "Veel gesprekken met aanbieders en netwerkpartners over demedicaliseren en normaliseren."},
		a{ID: "R-022", Domain: Events, Level: universal, ActionID: "CA-09", Text: "Verbeteren van de toegankelijkheid en inclusiviteit van evenementen."},

		// Selectieve preventie en vroegbehandeling
		a{ID: "R-023", Domain: Youth, Level: selective, Text: "Uitbreiding van KIEM: preventie en vroegsignalering bij opgroeien in kwetsbare omstandigheden."},
		a{ID: "R-024", Domain: PublicHealth, Level: selective, ActionID: "CA-01", Text: "Aanpak STORM (suïcidepreventie jeugd) en KOPP (kinderen van ouders met psychische problemen)."},
		a{ID: "R-025", Domain: CareSafety, Level: selective, ActionID: "CA-11", Text: "Doorbreken van huiselijk geweld door betere hulp aan slachtoffers, kinderen en plegers."},
		a{ID: "R-026", Domain: CareSafety, Level: selective, ActionID: "CA-13", Text: "Preventie met gezag: preventieve activiteiten zoals extra jongerenwerk en een groepsgerichte aanpak."},
		a{ID: "R-027", Domain: PublicHealth, Level: selective, ActionID: "CA-08", Text: "Implementatie van de ketenaanpakken uit GALA en IZA."},
		a{ID: "R-028", Domain: Support, Level: selective, Text: "Het respijthuis is voorbereid en opent in 2026."},
		a{ID: "R-029", Domain: PublicHealth, Level: selective, ActionID: "CA-03", Text: "Kansrijke Start heeft nu in iedere wijk een goed netwerk. Zo investeren we maximaal in de eerste 1000 dagen van kinderen, met wijkgericht een plus van 700 dagen doordat we investeren van −9 maanden tot 4 jaar.", Link: report.Link{URL: "https://www.kansrijkestartgroningen.nl/"}},

		// Hulp en ondersteuning
		a{ID: "R-030", Domain: Youth, Level: help, ActionID: "CA-04", Text: "Besluitvorming over aanvullende hulp: we verminderen het aantal aanbieders in het middensegment en organiseren hulp dichterbij, te beginnen met pilots."},
		a{ID: "R-031", Domain: Youth, Level: help, ActionID: "CA-05", Text: "Implementatie van de basisjeugdhulp afgerond. Lichte hulp is beschikkingsarm, flexibel en zonder wachtlijst beschikbaar.", Link: report.Link{URL: "https://gemeenteraad.groningen.nl/Documenten/Evaluatie-Basis-jeugdhulp-2023-2024.pdf"}},
		a{ID: "R-032", Domain: Youth, Level: help, Text: "Meer collectief aanbod in scholen: op steeds meer scholen is via vaste gezichten een basisaanbod aan welzijn of jeugdzorg beschikbaar."},
		a{ID: "R-033", Domain: Youth, Level: help, Text: "NSO plus: kinderen uit het speciaal onderwijs kunnen met schoolgenoten naar de buitenschoolse opvang."},
		a{ID: "R-034", Domain: Newcomers, Level: help, ActionID: "CA-12", Text: "Nieuwe afspraken met INLIA over de opvang van ongedocumenteerden."},
		a{ID: "R-035", Domain: Newcomers, Level: help, ActionID: "CA-18", Text: "Drie nieuwe structurele opvanglocaties voor nieuwkomers: de Canadalaan, de Sint Petersburgweg en Hoogkerk."},
		a{ID: "R-036", Domain: Newcomers, Level: help, Text: "Uitbreiding van de opvangplekken voor Oekraïners op bestaande locaties.", Link: report.Link{URL: "https://gemeente.groningen.nl/vluchtelingen"}},

		// Zorg
		a{ID: "R-037", Domain: Youth, Level: care, Text: "De verordening Jeugd is aangepast om de beweging vast te leggen naar meer algemeen toegankelijke voorzieningen, duidelijkheid over de verantwoordelijkheid van ouders en de nieuwe werkwijze van de basisjeugdhulp."},
		a{ID: "R-038", Domain: Youth, Level: care, Text: "Een gedeelde verklarende analyse is het uitgangspunt bij uithuisplaatsingen en doorplaatsingen. Zo voorkomen we dat kinderen op een plek terechtkomen die niet bij hen past, waardoor ze vaak moeten verhuizen."},
		a{ID: "R-039", Domain: Youth, Level: care, Text: "Extra inzet op voldoende jeugdbescherming en Veilig Thuis en op de beschikbaarheid van zorg als er een jeugdbeschermer betrokken is."},
		a{ID: "R-040", Domain: Youth, Level: care, Text: "Proeftuin Toekomstscenario in Vinkhuizen: partijen werken beter samen om het verschil te maken voor kinderen en hun ouders als er zorgen zijn over veiligheid."},
		a{ID: "R-041", Domain: Youth, Level: care, Text: "Datagestuurd werken krijgt steeds meer vorm. We weten nu welke kinderen bijzondere jeugdzorgpaden volgen en sturen daar steeds meer op bij."},

		// Nazorg ter voorkoming van crisis
		a{ID: "R-042", Domain: Youth, Level: aftercare, Text: "Consultatiefunctie jeugdzorg om snel op en af te kunnen schalen; inmiddels weer gestopt wegens onvoldoende gebruik."},
		a{ID: "R-043", Domain: CareSafety, Level: aftercare, ActionID: "CA-11", Text: "Aanpak voor plegers en kinderen bij huiselijk geweld."},
		a{ID: "R-044", Domain: CareSafety, Level: aftercare, ActionID: "CA-02", Text: "Betere samenwerking tussen medisch, sociaal en veiligheidsdomein bij crisisopnames in de ggz, waarmee de nazorg geborgd wordt."},
		a{ID: "R-045", Domain: Support, Level: aftercare, Text: "Analyse van wat we kunnen verbeteren om intergenerationele multiproblematiek te doorbreken, met een vervolg in 2026."},

		// Chronische zorg
		a{ID: "R-046", Domain: Youth, Level: chronic, ActionID: "CA-04", Text: "Regionale besluitvorming over de hoogspecialistische jeugdzorg."},
		a{ID: "R-047", Domain: Support, Level: chronic, Text: "Voorbereiding van de inkoop van intensieve ambulante begeleiding; start in 2026."},
		a{ID: "R-048", Domain: Shelter, Level: chronic, Text: "Afspraken over de verbinding tussen medisch, sociaal en veiligheidsdomein voor inwoners met chronische ggz-problematiek."},
		a{ID: "R-049", Domain: CareSafety, Level: chronic, ActionID: "CA-11", Text: "Verbetering van de aanpak van huiselijk geweld en kindermishandeling."},
		a{ID: "R-050", Domain: Youth, Level: chronic, Text: "Betere kwaliteit van de gesloten jeugdzorg door verdere omvorming naar kleinschalige voorzieningen en verdere afbouw. Er zijn nu nog 20 plekken voor Friesland, Drenthe en Groningen, allemaal in kleine groepen (dit waren er ooit 144, in grote groepen)."},

		// Crisis
		a{ID: "R-051", Domain: CareSafety, Level: crisis, ActionID: "CA-02", Text: "Afspraken over de verbinding tussen sociaal, medisch en veiligheidsdomein bij gedwongen ggz."},
		a{ID: "R-052", Domain: CareSafety, Level: crisis, Text: "Enorme inzet op het verbeteren van de beschikbaarheid van beveiligde beddencapaciteit."},
		a{ID: "R-053", Domain: Youth, Level: crisis, Text: "Doorzetten van de afspraken Spoed voor Jeugd."},
		a{ID: "R-054", Domain: Youth, Level: crisis, Text: "Gewerkt aan een rode knop/escalatieladder voor crises in de jeugdzorg, die in 2026 in gebruik wordt genomen. Daarmee is er sneller passende hulp beschikbaar."},
	}
}
