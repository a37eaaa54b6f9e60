package sample

import "jaarverslag/report"

// reflections are the free texts of the accountability deck (003_…): the
// wider movement beyond the coalition agreement, why, and the criticism
// that leading the way brings. The deck's line breaks, made by its slides,
// are joined; its lists are bullets and numbered lines.
func reflections() []report.Reflection {
	return []report.Reflection{
		{
			Title: "Welke bredere beweging zetten we in gang?",
			After: report.ChapterActions,
			Order: order(1),
			Text: "Wat kan er nog extra gedaan worden bovenop het coalitieakkoord? Oftewel: welke bredere beweging zetten we in gang? Dat roept de vragen op:\n" +
				"1. Hoe hangen de verschillende inhoudelijke domeinen met elkaar samen?\n" +
				"2. Welke beweging is wenselijk vanuit de totale portefeuille?\n\n" +
				"De piramide in het hoofdstuk Resultaten geeft alle onderdelen een plek, met de gewenste beweging en de noodzakelijke randvoorwaarden. " +
				"Iedere nieuwe stap die gezet wordt, draagt bij aan de gewenste beweging en het verbeteren van de randvoorwaarden.\n\n" +
				"Gemeenschap centraal in plaats van individu:\n" +
				"1. Voorkomen instroom hulp en zorg.\n" +
				"2. Voorkomen zwaardere problematiek.\n" +
				"3. Proactief mensen in kwetsbare omstandigheden helpen.\n" +
				"4. Perspectief bieden aan mensen die chronisch in kwetsbare omstandigheden leven.\n" +
				"5. Verbeteren kwaliteit ondersteuning en zorg.\n\n" +
				"Randvoorwaarden:\n" +
				"1. Verbeteren integraliteit.\n" +
				"2. Meer aanbod op de juiste plek.\n" +
				"3. Normaliseren (in plaats van problematiseren), collectiveren (in plaats van individuele indicaties) en demedicaliseren (in plaats van stoornis als toegang tot hulp).",
		},
		{
			Title: "Waarom deze beweging?",
			After: report.ChapterActions,
			Order: order(2),
			Text: "Waardegedreven:\n" +
				"• Medemenselijkheid\n" +
				"• Warme gemeenschap\n" +
				"• Solidariteit\n" +
				"• Rechtvaardigheid\n" +
				"• Eerlijke verdeling schaarste\n" +
				"• Mensen in kwetsbare omstandigheden\n\n" +
				"In 2025 is gewerkt aan de beweging op alle onderdelen:\n" +
				"• Er is geen standaard reisplanner die gegarandeerd tot succes leidt.\n" +
				"• Niet alles lukt altijd: we zijn pilots gestart die we ook weer hebben beëindigd.\n" +
				"• We werken zoveel mogelijk samen vanuit gelijkwaardig partnerschap met betrokken maatschappelijke organisaties.\n" +
				"• We maken gebruik van ervaringsdeskundigheid, inwoners denken waar mogelijk mee, en we benutten de kennis van uitvoerende professionals.",
		},
		{
			Title: "Vooroplopen zorgt ook voor kritiek",
			After: report.ChapterAchievements,
			Text: "• Onze werkwijze met beschikkingsarm werken krijgt regelmatig aandacht in de media.\n\n" +
				"We hebben in de hervormingsagenda met het Rijk afgesproken om dienstverlening dichtbij en met zo min mogelijk drempels te organiseren. " +
				"Dat doen we met de Basis Jeugdhulp via WIJ. Als een inwoner het niet eens is met deze inzet, dan kan deze alsnog een individuele aanvraag indienen, " +
				"wordt er onderzoek uitgevoerd en ontvangt men een besluit waartegen bezwaar kan worden ingediend.\n\n" +
				"• Het openen van opvang van diverse doelgroepen krijgt ook regelmatig aandacht in de media.\n\n" +
				"Asielzoekers, alleenstaande jongere asielzoekers, Oekraïners, mensen die dak- of thuisloos zijn, ongedocumenteerd zijn of met spoed een woning nodig hebben: " +
				"het zijn voor ons mensen, net zoals al onze inwoners die een woon- of verblijfsplek nodig hebben.\n\n" +
				"Per locatie wegen we af wat een passend proces is, waarbij we ons houden aan de afspraken die zijn gemaakt met de raad over participatie. " +
				"Dat betekent niet dat altijd iedereen het met ons eens is over de locatiekeuze of dat we überhaupt opvang realiseren in Groningen voor bepaalde doelgroepen. " +
				"Daarbij gaan we ervan uit dat mensen niet zorgen voor veiligheidsproblemen in een buurt omdat ze “een bepaalde doelgroep zijn”; dat is ook niet onze ervaring tot nu toe.\n\n" +
				"We zijn van mening dat iedereen recht heeft op een menswaardig bestaan en dat het hebben van een bed en dak boven je hoofd daarbij de basis is, " +
				"van waaruit mensen verder kunnen werken aan een goed perspectief. In Groningen zijn goede locaties voor opvang en wonen schaars; " +
				"we maken dus waar mogelijk gebruik van beschikbare locaties om zoveel mogelijk mensen een goede basis te kunnen bieden.",
		},
	}
}
