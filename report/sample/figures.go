package sample

import "jaarverslag/report"

// Sources of the key figures, as a reader of the report would look them up.
const (
	srcAnnual   = "Jaarstukken, deelprogramma 3.3 – Relevante ontwikkelingen"
	srcUpdate   = "Voortgangsnotitie wethouder, 2025"
	srcEarlier  = "Voortgangsnotitie wethouder (eerdere editie)"
	srcDeck     = "Verantwoording coalitieakkoord 2025"
	srcRegister = "Registratie opvang Oekraïense ontheemden"
)

func keyFigures() []report.KeyFigure {
	peil := datep(2025, 12, 31)
	return []report.KeyFigure{
		{Domain: Newcomers, Indicator: "Oekraïense ontheemden in de opvang (totaal)", Unit: "aantal", Value: num(1500), Source: srcAnnual, Date: peil, Explanation: "Circa; gemeentelijke en particuliere opvang samen."},
		{Domain: Newcomers, Indicator: "waarvan in gemeentelijke opvang", Unit: "aantal", Value: num(950), Source: srcRegister, Date: peil},
		{Domain: Newcomers, Indicator: "waarvan in particuliere opvang", Unit: "aantal", Value: num(550), Source: srcRegister, Date: peil},
		{Domain: Newcomers, Indicator: "Eigen bijdrage Oekraïners met eigen inkomsten", Unit: "€ per maand", Value: num(105), Source: srcAnnual, Explanation: "Geïnd sinds 2024."},
		{Domain: Newcomers, Indicator: "Structurele opvangplekken asielzoekers", Unit: "plekken", Value: num(470), Previous: num(260), Target: num(960), Source: srcUpdate, Date: peil, Explanation: "Eemsgolaan 300, Sint Petersburgweg 110 en Canadalaan 60; de uitbreiding aan de Sint Petersburgweg volgt in 2026."},
		{Domain: Newcomers, Indicator: "Opvangplekken Sint Petersburgweg", Unit: "plekken", Value: num(110), Previous: num(110), Target: num(600), Source: srcAnnual, Date: peil, Explanation: "Uitbreiding duurt langer dan verwacht."},
		{Domain: Newcomers, Indicator: "Opvangplekken Eemsgolaan", Unit: "plekken", Value: num(300), Previous: num(150), Target: num(300), Source: srcAnnual, Date: peil, Explanation: "150 plekken in december 2024, de overige 150 begin januari 2025."},
		{Domain: Newcomers, Indicator: "Opvangplekken amv’s Canadalaan", Unit: "plekken", Value: num(60), Previous: num(0), Target: num(60), Source: srcAnnual, Date: peil},
		{Domain: Newcomers, Indicator: "Extra opvangplekken Oekraïners bij Nescio", Unit: "plekken", Value: num(60), Previous: num(0), Target: num(60), Source: srcAnnual},
		{Domain: Newcomers, Indicator: "Taakstelling huisvesting statushouders behaald", Unit: "%", Value: num(100), Previous: num(100), Target: num(100), Source: srcAnnual},
		{Domain: CareSafety, Indicator: "Professionals op de bijeenkomst criminele uitbuiting", Unit: "aantal", Value: num(300), Source: srcAnnual},
		{Domain: CareSafety, Indicator: "Groei bezoeken Meetingpoint sekswerkers ten opzichte van 2022", Unit: "%", Value: num(112.5), Source: srcAnnual, Explanation: "Het aantal bezoeken is meer dan verdubbeld."},
		{Domain: Poverty, Indicator: "Gezinnen geraakt door de toeslagenaffaire, bekend bij de gemeente", Unit: "gezinnen", Value: num(355), Source: srcEarlier},
		{Domain: Events, Indicator: "Bezoekers van evenementen", Unit: "aantal", Value: num(1700000), Source: srcUpdate, Explanation: "Bezoekers in het jaar vóór de voortgangsnotitie."},
		{Domain: Youth, Indicator: "Plekken gesloten jeugdzorg (Friesland, Drenthe en Groningen)", Unit: "plekken", Value: num(20), Source: srcDeck, Explanation: "Allemaal in kleine groepen; dit waren er ooit 144, in grote groepen."},
		{Domain: Youth, Indicator: "Proeftuinen Toekomstscenario in de regio Groningen", Unit: "aantal", Value: num(3), Source: srcAnnual},
		{Domain: PublicHealth, Indicator: "Wijken met een Kansrijke Start-netwerk", Unit: "%", Value: num(100), Target: num(100), Source: srcDeck},
		{Domain: PublicHealth, Indicator: "Groninger gemeenten in de gezamenlijke IZA-begroting", Unit: "gemeenten", Value: num(10), Source: srcAnnual},
		{Domain: Diversity, Indicator: "Monumenten slavernijverleden in voorbereiding", Unit: "aantal", Value: num(2), Target: num(2), Source: srcDeck},
		{Domain: Diversity, Indicator: "Pilots met een Safe Space tijdens evenementen", Unit: "aantal", Value: num(5), Source: srcAnnual},
		{Domain: Shelter, Indicator: "Permanente winteropvanglocaties voor dak- en thuislozen", Unit: "aantal", Value: num(1), Previous: num(0), Target: num(1), Source: srcAnnual, Explanation: "Sontweg, sinds de winter 2024-2025."},
	}
}

// budget is plausible for a city of 240,000: amounts are invented, the
// direction of the deviations follows the documents (youth care over budget,
// more shelter and refugee costs).
func budget() []report.BudgetLine {
	type b = report.BudgetLine
	const L, B = report.Expenses, report.Income
	return []report.BudgetLine{
		b{Domain: SocialBasis, Description: "Sociale basis en wijkaccommodaties", Kind: L, Primary: num(28400000), Budget: num(29100000), Actual: num(28950000)},
		b{Domain: SocialBasis, Description: "Sociaal werk en welzijn WIJ", Kind: L, Primary: num(34200000), Budget: num(34800000), Actual: num(34745000)},
		b{Domain: SocialBasis, Description: "Huuropbrengsten accommodaties", Kind: B, Primary: num(1200000), Budget: num(1200000), Actual: num(1310000)},
		b{Domain: Diversity, Description: "Diversiteitsagenda en emancipatie", Kind: L, Primary: num(1650000), Budget: num(1850000), Actual: num(2060000), Explanation: "Extra impuls voor het COC en de Pride en structureel geld voor herdenking en viering van het slavernijverleden."},
		b{Domain: Diversity, Description: "Toegankelijkheid (VN-verdrag)", Kind: L, Primary: num(650000), Budget: num(650000), Actual: num(610000)},
		b{Domain: PublicHealth, Description: "GGD Groningen, gemeentelijke bijdrage", Kind: L, Primary: num(14100000), Budget: num(14300000), Actual: num(14350000)},
		b{Domain: PublicHealth, Description: "Gezondheidsbeleid en preventie (IZA, GALA)", Kind: L, Primary: num(4800000), Budget: num(4800000), Actual: num(4350000), Explanation: "De ketenaanpakken zijn later in het jaar gestart; het restant schuift door naar 2026."},
		b{Domain: PublicHealth, Description: "Specifieke uitkering IZA en GALA", Kind: B, Primary: num(3900000), Budget: num(3900000), Actual: num(3750000)},
		b{Domain: HousingCare, Description: "Uitvoeringsprogramma Wonen, samenleving en zorg", Kind: L, Primary: num(2400000), Budget: num(2400000), Actual: num(2300000)},
		b{Domain: Support, Description: "Wmo-begeleiding", Kind: L, Primary: num(57200000), Budget: num(58500000), Actual: num(60100000), Explanation: "Meer cliënten en hogere tarieven na indexatie; de toegang let scherper op passende zorg."},
		b{Domain: Support, Description: "Hulpmiddelen en woonaanpassingen", Kind: L, Primary: num(14200000), Budget: num(14200000), Actual: num(14050000)},
		b{Domain: Support, Description: "Huishoudelijke ondersteuning", Kind: L, Primary: num(27100000), Budget: num(27600000), Actual: num(27750000)},
		b{Domain: Support, Description: "Eigen bijdragen Wmo (CAK)", Kind: B, Primary: num(2100000), Budget: num(2100000), Actual: num(1950000)},
		b{Domain: Youth, Description: "Basisjeugdhulp en lokale jeugdhulp (WIJ)", Kind: L, Primary: num(37800000), Budget: num(38500000), Actual: num(39200000), Explanation: "Meer inzet van de basisjeugdhulp op scholen (NSO plus) en in de wijken."},
		b{Domain: Youth, Description: "Aanvullende en hoogspecialistische jeugdhulp", Kind: L, Primary: num(68000000), Budget: num(72000000), Actual: num(79400000), Explanation: "Er is meer geld uitgegeven dan begroot: meer jeugdigen in zwaardere trajecten en hogere tarieven. Met de nieuwe regionale inkoop en de pilots aanvullende hulp willen we meer grip krijgen."},
		b{Domain: Youth, Description: "Jeugdbescherming en jeugdreclassering (JB Noord)", Kind: L, Primary: num(9100000), Budget: num(9600000), Actual: num(10400000), Explanation: "Extra geld voor het herstelplan van JB Noord, zodat er meer personeel kan worden ingezet."},
		b{Domain: Youth, Description: "Rijksbijdrage Hervormingsagenda Jeugd", Kind: B, Primary: num(2500000), Budget: num(2500000), Actual: num(2500000)},
		b{Domain: Shelter, Description: "Beschermd wonen (centrumgemeente)", Kind: L, Primary: num(66500000), Budget: num(68000000), Actual: num(68900000), Explanation: "Langer verblijf door gebrek aan uitstroomwoningen."},
		b{Domain: Shelter, Description: "Maatschappelijke opvang en winteropvang", Kind: L, Primary: num(20800000), Budget: num(21500000), Actual: num(22100000), Explanation: "Meer dak- en thuislozen, ook gezinnen, en de permanente winteropvang aan de Sontweg."},
		b{Domain: Shelter, Description: "Decentralisatie-uitkeringen MO en VO (DUMO, DUVO)", Kind: B, Primary: num(84000000), Budget: num(84000000), Actual: num(84000000)},
		b{Domain: Shelter, Description: "Bijdrage regiogemeenten MO/VO", Kind: B, Primary: num(1800000), Budget: num(1800000), Actual: num(1800000)},
		b{Domain: CareSafety, Description: "Zorg- en Veiligheidshuis en aanpak onbegrepen gedrag", Kind: L, Primary: num(3100000), Budget: num(3100000), Actual: num(3150000)},
		b{Domain: CareSafety, Description: "Aanpak huiselijk geweld en Veilig Thuis", Kind: L, Primary: num(12100000), Budget: num(12400000), Actual: num(12600000)},
		b{Domain: Newcomers, Description: "Opvang Oekraïense ontheemden", Kind: L, Primary: num(28000000), Budget: num(31000000), Actual: num(33400000), Explanation: "Uitbreiding van de opvang op bestaande locaties en bij Nescio."},
		b{Domain: Newcomers, Description: "Rijksvergoeding opvang Oekraïners (normbedrag)", Kind: B, Primary: num(27000000), Budget: num(29500000), Actual: num(32100000), Explanation: "Meer opvangplekken, dus een hogere vergoeding van het Rijk."},
		b{Domain: Newcomers, Description: "Eigen bijdrage Oekraïners", Kind: B, Primary: num(900000), Budget: num(900000), Actual: num(740000), Explanation: "Minder Oekraïners met eigen inkomsten dan geraamd (€ 105 per maand)."},
		b{Domain: Newcomers, Description: "Inburgering en Meedoen vanaf dag 1", Kind: L, Primary: num(6200000), Budget: num(6200000), Actual: num(5900000), Explanation: "Het actieplan Meedoen vanaf dag 1 is later gestart dan gepland."},
		b{Domain: Poverty, Description: "Schuldhulpverlening", Kind: L, Primary: num(7800000), Budget: num(7800000), Actual: num(7700000)},
		b{Domain: Poverty, Description: "Herstelaanpak toeslagenaffaire", Kind: L, Primary: num(1400000), Budget: num(1400000), Actual: num(1100000), Explanation: "Een deel van de 355 gezinnen had geen nadere hulp van de gemeente nodig."},
		b{Domain: Poverty, Description: "Rijksbijdrage herstelaanpak toeslagenaffaire", Kind: B, Primary: num(1400000), Budget: num(1400000), Actual: num(1100000), Explanation: "Volgt de lagere uitgaven; het Rijk vergoedt de werkelijke kosten."},
		b{Domain: Events, Description: "Evenementenbeleid en subsidies", Kind: L, Primary: num(3600000), Budget: num(3600000), Actual: num(3750000)},
		b{Domain: Events, Description: "Subsidieregeling duurzame evenementen", Kind: L, Primary: num(400000), Budget: num(400000), Actual: num(280000), Explanation: "Minder aanvragen dan verwacht; organisatoren krijgen ook hulp via GROENN."},
	}
}
