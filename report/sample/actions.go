package sample

import "jaarverslag/report"

// actions are the three "COALITIE AKKOORD" tables of the accountability
// deck, plus three coalition goals the other documents report on (winter
// shelter, asylum places, poverty agreement).
func actions() []report.CoalitionAction {
	return []report.CoalitionAction{
		// COALITIE AKKOORD 1
		{
			ID:        "CA-01",
			Domain:    PublicHealth,
			Action:    "Extra inzet suïcidepreventie en mentale gezondheid jongeren",
			Approach:  "Actieplan mentale gezondheid jongeren opgesteld met jongeren.",
			Execution: "We lopen landelijk voorop: https://mindus.nl/aanpak/veerkrachtcoalitie/",
			Status:    report.StatusDone,
			Links:     report.Links("https://mindus.nl/aanpak/veerkrachtcoalitie/"),
		},
		{
			ID:        "CA-02",
			Domain:    CareSafety,
			Action:    "Verbeteren aanpak onbegrepen gedrag",
			Approach:  "De aanpak is herijkt met professionals, waardoor er een betere verbinding is tussen sociaal en medisch domein.",
			Execution: "Concrete verbeteracties voor betere zorg en een menswaardig bestaan.",
			Status:    report.StatusOnTrack,
			// As staff enter it in Excel: a hyperlink with its own text.
			Links: []report.Link{{
				URL:  "https://gemeenteraad.groningen.nl/Documenten/Bijlage-2-Actieplan-2025-2028-onbegrepen-gedrag-met-een-veiligheidsrisico.pdf",
				Text: "Actieplan onbegrepen gedrag met een veiligheidsrisico 2025-2028",
			}},
		},
		{
			ID:        "CA-03",
			Domain:    PublicHealth,
			Action:    "Intensiveren aanpak Kansrijke Start",
			Approach:  "In iedere wijk is nu een Kansrijke Start-netwerk aanwezig.",
			Execution: "Met inwoners en professionals doorontwikkeld van een stedelijk naar een wijkgericht netwerk: https://www.kansrijkestartgroningen.nl/",
			Status:    report.StatusDone,
			Links:     report.Links("https://www.kansrijkestartgroningen.nl/"),
		},
		{
			ID:        "CA-04",
			Domain:    Youth,
			Action:    "Verminderen marktwerking in de jeugdzorg",
			Approach:  "Implementatie bij basisjeugdhulp en jeugdbescherming, besluitvorming over aanvullende hulp en hoogspecialistische hulp.",
			Execution: "We werken voor het kind vanuit het gezin aan alle vormen van jeugdhulp.",
			Status:    report.StatusOnTrack,
			Links:     report.Links("https://gemeenteraad.groningen.nl/Documenten/Bijlage-Voortgangsnotitie-ontwikkelingen-jeugdhulp-gemeente-Groningen-2025.pdf"),
		},
		{
			ID:        "CA-05",
			Domain:    Youth,
			Action:    "Basisjeugdhulp bij WIJ organiseren",
			Approach:  "Basisjeugdhulp is geïmplementeerd.",
			Execution: "Geïmplementeerd en geëvalueerd. Landelijk zijn we inspiratie voor anderen.",
			Status:    report.StatusDone,
			Links: report.Links(
				"https://gemeenteraad.groningen.nl/Documenten/Evaluatie-Basis-jeugdhulp-2023-2024.pdf",
				"https://sociaalwerknederland.nl/actueel/basis-jeugdhulp-in-groningen-een-aanbieder-dichtbij-het-gezin",
			),
		},
		{
			ID:        "CA-06",
			Domain:    Youth,
			Action:    "Betrekken jongeren en professionals bij beleid",
			Approach:  "Zij hebben meegedacht bij communicatiecampagnes en nieuwe initiatieven.",
			Execution: "Actieplan middelengebruik, actieplan mentale gezondheid, evenementenvisie, ervaringsdeskundigen bij de aanpak van huiselijk geweld, kindermishandeling & femicide, professionals en jongeren bij het verbeteren van de jeugdzorg, professionals bij de herijking van onbegrepen gedrag.",
			Status:    report.StatusDone,
		},
		// COALITIE AKKOORD 2
		{
			ID:        "CA-07",
			Domain:    PublicHealth,
			Action:    "Verkleinen gezondheidsverschillen door focus op inwoners/gebieden met een lage sociaaleconomische positie",
			Approach:  "In de lokale en regionale aanpak wordt maximaal ingezet op het verkleinen van verschillen.",
			Execution: "Er wordt gewerkt aan concrete activiteiten in diverse wijken: https://gemeenteraad.groningen.nl/Documenten/Collegebrieven/Evaluatie-2024-en-uitvoeringsplan-2025-gezondheidsbeleid",
			Status:    report.StatusOnTrack,
			Links:     report.Links("https://gemeenteraad.groningen.nl/Documenten/Collegebrieven/Evaluatie-2024-en-uitvoeringsplan-2025-gezondheidsbeleid"),
		},
		{
			ID:        "CA-08",
			Domain:    PublicHealth,
			Action:    "Preventieakkoord gezondheid doorzetten",
			Approach:  "Regionaal wordt intensief samengewerkt aan preventie.",
			Execution: "Een intensieve regionale samenwerking aan concrete preventieve activiteiten zoals welzijn op recept, verbeteren van de mentale gezondheid en valpreventie.",
			Status:    report.StatusOnTrack,
			Links:     report.Links("https://gezondgroningen.nl/netwerk/regiovisie/"),
		},
		{
			ID:        "CA-09",
			Domain:    Events,
			Action:    "Verduurzaming evenementen",
			Approach:  "Subsidieregeling voor vergroening van evenementen en inzet van GROENN, waarbij grote organisatoren anderen ondersteunen bij het verduurzamen van hun evenement.",
			Execution: "De subsidies zijn beschikbaar: https://gemeente.groningen.nl/subsidie-voor-duurzame-evenementen\nConcrete hulp via: https://www.wijzijngroenn.nl/",
			Status:    report.StatusDone,
			Links: report.Links(
				"https://gemeente.groningen.nl/subsidie-voor-duurzame-evenementen",
				"https://www.wijzijngroenn.nl/",
			),
		},
		{
			ID:        "CA-10",
			Domain:    Diversity,
			Action:    "VN-verdrag gelijke rechten mensen met een beperking",
			Approach:  "Jaarlijks uitvoeringsplan opgesteld en uitgevoerd met de werkgroep toegankelijkheid.",
			Execution: "Uitvoeringsagenda Toegankelijk Groningen 2022-2025 uitgevoerd. Er wordt nu gewerkt aan de doorontwikkeling van toegankelijkheid.",
			Status:    report.StatusOnTrack,
			Links:     report.Links("https://gemeenteraad.groningen.nl/Documenten/Bijlage/Bijlage-2-Uitvoeringsagenda-Toegankelijk-Groningen-2022-2025.pdf"),
		},
		{
			ID:        "CA-11",
			Domain:    CareSafety,
			Action:    "Versnellen aanpak huiselijk geweld en aandacht voor huisdieren",
			Approach:  "Actieplan huiselijk geweld en kindermishandeling, Filomena en regionale aanpak seksueel geweld.",
			Execution: "Tweede steunpunt femicide in Nederland: https://filomenagroningen.nl/\nConcrete acties voor ieder veilig thuis.\nHuisdieren mogen mee de opvang in: https://www.wender.nl/huisdieren-vrouwenopvang-groningen/",
			Status:    report.StatusOnTrack,
			Links: report.Links(
				"https://filomenagroningen.nl/",
				"https://gemeenteraad.groningen.nl/Documenten/Bijlage-Voortgangsrapportage-Actieplan-huiselijk-geweld-kindermishandeling-en-geweld-tegen-vrouwen-juli-2025.pdf",
				"https://gemeenteraad.groningen.nl/Documenten/Bijlage/Bijlage-Gronings-offensief-tegen-seksueel-geweld.pdf",
				"https://www.wender.nl/huisdieren-vrouwenopvang-groningen/",
			),
		},
		// COALITIE AKKOORD 3
		{
			ID:        "CA-12",
			Domain:    Newcomers,
			Action:    "Doorzetten LVV-pilot",
			Approach:  "Opvang van ongedocumenteerden voortzetten na afloop van de landelijke pilot, samen met INLIA.",
			Execution: "We vangen ook in 2026 en 2027 ongedocumenteerden op, ondanks dat we hiervoor geen geld krijgen van het Rijk.",
			Status:    report.StatusOnTrack,
			Links:     report.Links("https://gemeenteraad.groningen.nl/Documenten/Gebruik-en-doorontwikkeling-opvanglocatie-Helsinkiweg.pdf"),
		},
		{
			ID:        "CA-13",
			Domain:    CareSafety,
			Action:    "Preventie met gezag, aanpak problematische jeugdgroepen",
			Approach:  "Geïmplementeerd, waarbij preventie het uitgangspunt is.",
			Execution: "Het lukt om snel problematische jeugdgroepen te doorbreken en kinderen en gezinnen op de juiste manier te ondersteunen.",
			Status:    report.StatusDone,
			Links:     report.Links("https://gemeenteraad.groningen.nl/Documenten/Stand-van-zaken-problematische-jeugdgroepen-per-februari-2025.pdf"),
		},
		{
			ID:        "CA-14",
			Domain:    PublicHealth,
			Action:    "Minder overlast houtrook",
			Approach:  "Communicatiecampagne in de afgelopen twee jaar.",
			Execution: "Vanaf volgend jaar een verbod op stoken bij code rood (met enorm veel inzet van de raad): https://gemeenteraad.groningen.nl/Documenten/Beantwoording-vragen-ex-art-36-RvO-GL-en-PvdD-over-het-tegengaan-van-overlast-door-houtrook.pdf",
			Status:    report.StatusOnTrack,
			Links:     report.Links("https://gemeenteraad.groningen.nl/Documenten/Beantwoording-vragen-ex-art-36-RvO-GL-en-PvdD-over-het-tegengaan-van-overlast-door-houtrook.pdf"),
		},
		{
			ID:        "CA-15",
			Domain:    Diversity,
			Action:    "Voorloper blijven op inclusie en acceptatie lhbtqia+",
			Approach:  "Voorlichting, campagnes, Roze Zaterdag en de Pride.",
			Execution: "Voorlichting, campagnes, Roze Zaterdag, plus op de Pride; extra middelen voor het COC voor een extra impuls.",
			Status:    report.StatusOnTrack,
		},
		{
			ID:        "CA-16",
			Domain:    Diversity,
			Action:    "Aandacht voor het slavernijverleden",
			Approach:  "Excuses namens het stadsbestuur, twee monumenten en structureel geld voor herdenking en viering.",
			Execution: "Er wordt gewerkt aan twee monumenten, er zijn excuses aangeboden namens het stadsbestuur en er is nu structureel geld beschikbaar voor de herdenking en de viering. Bij alles wat we doen staat draagvlak bij de nazaten centraal.",
			Status:    report.StatusOnTrack,
			Links:     report.Links("https://gemeente.groningen.nl/groninger-slavernijverleden"),
		},
		// Coalition goals reported on in the annual-report chapter and the progress updates.
		{
			ID:        "CA-17",
			Domain:    Shelter,
			Action:    "Permanente winteropvang voor dak- en thuislozen",
			Approach:  "Na drie jaar incidentele winternoodopvang een vaste winteropvanglocatie.",
			Execution: "Met ingang van de winter 2024-2025 is een meer permanente winteropvang gerealiseerd aan de Sontweg in Groningen.",
			Status:    report.StatusDone,
		},
		{
			ID:          "CA-18",
			Domain:      Newcomers,
			Action:      "Structurele, humane opvang van asielzoekers",
			Approach:    "Drie structurele opvanglocaties met in totaal 960 plekken, in lijn met de regionale bestuursovereenkomst en de Spreidingswet.",
			Execution:   "Canadalaan geopend voor alleenstaande minderjarige vreemdelingen, Eemsgolaan in gebruik en bij de Sint Petersburgweg is de bouw van de uitbreiding gestart. Meer informatie: https://gemeente.groningen.nl/vluchtelingen",
			Status:      report.StatusDelayed,
			Links:       report.Links("https://gemeente.groningen.nl/vluchtelingen"),
			Explanation: "De uitbreiding aan de Sint Petersburgweg (van 110 naar 600 plekken) duurt langer dan verwacht; oplevering nu in 2026. Voor de laatste plekken zoeken we nog een locatie.",
		},
		{
			ID:          "CA-19",
			Domain:      Poverty,
			Action:      "Nieuw maatschappelijk akkoord armoedebestrijding",
			Approach:    "Een akkoord met maatschappelijke partners dat past in de inzet van de Manifeststeden.",
			Execution:   "De financiële onderbouwing wordt uitgewerkt; ondertekening volgt.",
			Status:      report.StatusNotStarted,
			Explanation: "De ondertekening wacht op het besluit van het Rijk over de aanvraag van de Manifeststeden; tot die tijd werken we met de bestaande afspraken.",
		},
	}
}
