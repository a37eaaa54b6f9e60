package sample

import (
	"strings"

	"jaarverslag/report"
)

// paras joins paragraphs the way staff type them in one cell.
func paras(ps ...string) string { return strings.Join(ps, "\n\n") }

// developments are the topics of "Relevante ontwikkelingen" in the annual
// report chapter, plus topics from the progress updates.
func developments() []report.Development {
	return []report.Development{
		{
			Domain: SocialBasis, Topic: "Samenlevingsopbouw", Order: order(1),
			Text: paras(
				"We hebben verder uitvoering gegeven aan de actielijnen zoals beschreven in de nota ‘Sociale basis voor elkaar’ 2023-2026. Aan de actielijnen sociaal-culturele accommodaties, ouderen (inclusief dementie), eenzaamheid, mantelzorg en vrijwilligerswerk hebben we samen met partners en inwoners in onze wijken en dorpen stevig ingezet op de uitvoering. Dit doen we bijvoorbeeld door in onze wijken en dorpen voortdurend het gesprek te voeren met partners en inwoners (de doorgaande dialoog).",
				"Zo geven we samen uitvoering aan de actielijnen, stimuleren we integrale samenwerking door thema’s en actielijnen te verbinden en versterken we de sociale basis in een wijk of dorp. In 2025 werken we de actielijnen bewonersinitiatieven en bewonersorganisaties uit in een nota. Ook werken we aan de verdere ontwikkeling van de doorgaande dialoog en de inzet van sociaal werk voor de versterking van de sociale cohesie in onze dorpen en wijken.",
			),
		},
		{
			Domain: Diversity, Topic: "Diversiteit", Order: order(1),
			Text: paras(
				"Er is volop gewerkt aan de pijlers van de diversiteitsagenda. We hebben ingezet op de sociale acceptatie en zichtbaarheid van de lhbti+-gemeenschap. Groningen was de organisator van Roze Zaterdag en op 22 juni vierden we dit feest in de binnenstad. Ook zijn er op diverse plekken in de gemeente regenboogbankjes geplaatst en is er een regenboogstadswandeling beschikbaar.",
				"Het onderzoek naar de rol van Groningen in het slavernijverleden is afgerond. De burgemeester heeft vervolgens in mei, namens het college, excuses aangeboden voor deze rol. Het proces om te komen tot twee monumenten die verwijzen naar het slavernijverleden van zowel Oost als West is verder in gang gezet.",
				"Via het programma Veilige steden is de Orange the World-campagne georganiseerd en zijn er vijf pilots gedraaid met een Safe Space tijdens evenementen. Het programma Veilige steden moet bijdragen aan de bewustwording en de aanpak van (de gevolgen van) grensoverschrijdend gedrag.",
			),
		},
		{
			Domain: PublicHealth, Topic: "Publieke gezondheid", Order: order(1),
			Text: paras(
				"We hebben met de regio samengewerkt in Gezond Groningen en met de tien Groninger gemeenten een gezamenlijke begroting gemaakt, horend bij het Integraal Zorgakkoord (IZA). Hiermee zijn onder andere de voorbereidingen gedaan voor de regionale uitwerking en lokale implementatie van de ketenaanpakken die voortkomen uit het IZA: Welzijn op Recept, kinderen op gezond gewicht en de gecombineerde leefstijlinterventie voor volwassenen. Met de uitvoering van deze ketenaanpakken is in 2025 gestart.",
				"Daarnaast is voor de gemeente Groningen het Actieplan Mentale Gezondheid Jongeren opgeleverd en het Preventie- en Handhavingsplan Middelengebruik vastgesteld.",
			),
		},
		{
			Domain: PublicHealth, Topic: "Regionale samenwerking en mentale gezondheid", Order: order(2),
			Text: paras(
				"We werken steeds meer samen in de regio op gezondheid. De afgelopen tijd is meegewerkt aan regionale plannen om de mentale gezondheid van inwoners te verbeteren. Daarnaast weten we elkaar in de regio steeds beter te vinden in de gezamenlijke lobby richting het Rijk. Als Groningen lopen we voorop in uitdagingen en in oplossingen, en we profileren ons daar steeds steviger op.",
				"We werken hard aan het verbeteren van de mentale gezondheid van onze jongeren. Met onze aanpak zijn we één van de vier koplopers in Nederland: https://mindus.nl/veerkrachtcoalititie-gelanceerd-beweging-voor-studentenwelzijn-van-start-op-paleis-noordeinde/",
			),
		},
		{
			Domain: HousingCare, Topic: "Wonen en zorg", Order: order(1),
			Text: paras(
				"Er is gewerkt aan de opgaven zoals beschreven in het uitvoeringsprogramma ‘Wonen, samenleving en zorg’. Vanuit dit uitvoeringsprogramma zetten we ons in voor de toekomstbestendige huisvesting van aandachtsgroepen, zoals uitstromers uit Beschermd Wonen en voorzieningen in het kader van Maatschappelijke Opvang. We doen dit samen met ketenpartners, woningbouwcorporaties, ontwikkelaars, het zorgkantoor en zorgorganisaties. Voor uitstromers uit BW en MO is de behoefte aan tussenvormen van wonen onderzocht, voor die inwoners voor wie uitstroom naar volledig zelfstandig wonen nog een brug te ver is.",
				"Voor de huisvestingsopgave voor ouderen wordt ingezet op de realisatie van geclusterde woningen en zorggeschikte woningen. Met zorgorganisaties en corporaties is deze opgave op gebiedsniveau nader verkend en zijn afspraken gemaakt over een dekkend zorgaanbod per gebied. Daarnaast is een aantal woonleefconcepten voor ouderen gerealiseerd en worden gesprekken gevoerd over meerdere locaties.",
				"Een integrale stuurgroep, waarin naast de gemeente ook woningbouwcorporaties en zorgaanbieders zijn vertegenwoordigd, bewaakt de voortgang van het uitvoeringsprogramma en zorgt dat op trends en ontwikkelingen wordt ingespeeld.",
			),
		},
		{
			Domain: Support, Topic: "Passende ondersteuning", Order: order(1),
			Text: paras(
				"Een toenemende zorg is of de schaarse middelen voor zorg en ondersteuning op de juiste manier besteed worden. Daarom is er bij de toegang tot de ondersteuning (WIJ en De Toegang) extra aandacht voor de vraag of een zorgverlener de best passende partij is voor de zorgvrager: niet alleen wat betreft de budgetvaardigheid van de zorgvrager, maar ook wat betreft de kwaliteit van de zorgverlener. Dat speelt niet alleen bij persoonsgebonden budgetten; dit jaar is ook voor het eerst de Wet Bibob toegepast bij de aanbesteding van een nieuw contract (woonaanpassingen).",
				"Vooruitlopend op de afloop van de overeenkomsten voor de Wmo-begeleiding per 1 januari 2027 hebben we met diverse stakeholders teruggekeken op de afgelopen jaren en vooruitgekeken naar de toekomst. De input is meegenomen in een nota over de toekomst van de Wmo-begeleiding.",
			),
		},
		{
			Domain: Youth, Topic: "Jeugd", Order: order(1),
			Text: paras(
				"Onze visie is dat we alle kinderen kansrijk, gezond en veilig willen laten opgroeien. Door steeds meer in te zetten op het versterken van het normale leven van gezinnen thuis, in de buurt en op school zorgen we hier met elkaar voor: gezinnen, familie, vrienden en professionals samen. Waar nodig ondersteunen we dit met passende jeugdhulp. We zijn daarmee flink op weg; tegelijkertijd is deze transformatie van de jeugdhulp een doorgaand proces en hebben we nog veel te doen.",
				"In 2025 zijn behoorlijke stappen gezet in de wijze waarop de ondersteuning voor kinderen en gezinnen wordt aangeboden en georganiseerd. Hieronder staan acht thema’s, geordend naar hun plek in het jeugdhulplandschap:",
				"1. Investeren in een stevige sociale basis en preventie;\n"+
					"2. Versterken van een breed lokaal basisteam;\n"+
					"3. Vormgeven van aanvullende integrale ondersteuning in de thuis- en schoolnabije omgeving;\n"+
					"4. Doorontwikkeling van onderwijsondersteunende jeugdhulp;\n"+
					"5. Samenwerking in netwerkverband voor de meest kwetsbare doelgroepen (hoogspecialistische jeugdhulp);\n"+
					"6. Ontwikkelen van alternatieven voor de gesloten jeugdhulp;\n"+
					"7. Implementeren van het landelijke Toekomstscenario Kind- en Gezinsbescherming;\n"+
					"8. Verbeteren van de participatie van ouders, kinderen en professionals.",
				"Op alle thema’s is vooruitgang geboekt. We geven hiervan op hoofdlijnen een beeld.",
				"De sociale basis en preventie zijn versterkt met acties gericht op elkaar meer helpen en ondersteunen, bijvoorbeeld door het gebruik van gastgezinnen te stimuleren (1). De Basis Jeugdhulp heeft een nog steviger plek gekregen in het lokale jeugdlandschap. We blijven investeren in de relatie met huisartsen, onder andere via de Ondersteuner Jeugd en Gezin (OJG) (2). Er zijn stappen gezet om de verbinding tussen het lokale jeugdlandschap, diverse aanvullende jeugdhulpvoorzieningen en de toegang te versterken en mogelijk anders vorm te geven; dit proces is in de beginfase (3). Op het snijvlak van onderwijs en jeugdhulp hebben we slagen gemaakt met verdere collectivering van jeugdhulp op scholen voor speciaal onderwijs, naschoolse opvang plus en naschoolse groepsbegeleiding (4).",
				"Er is hard gewerkt aan een nieuwe opzet en regionale inkoop van de hoogspecialistische jeugdhulp; de verwachting is dat dit proces eind 2025 is afgerond (5). Er is een Rijksuitkering (SPUK) gehonoreerd voor de ombouw van de gesloten jeugdhulp naar kleinschalige woonvoorzieningen voor kinderen die niet meer bij hun ouders of verzorgers kunnen wonen. Dit werken we bovenregionaal uit met Friesland en Drenthe. Ook in dit licht versterken we de pleegzorg: ‘zo thuis mogelijk opgroeien’ is een belangrijk uitgangspunt (6). In het programma Toekomstscenario Kind- en Gezinsbescherming werken we regionaal en lokaal aan de hervorming van de veiligheids- en jeugdbeschermingsketen; in de regio Groningen zijn drie proeftuinen gestart, waaronder in de wijk Vinkhuizen (7). Op allerlei manieren komt de participatie van kinderen, ouders en professionals tot uiting, van informele tevredenheidspeilingen tot de impactmeting van de basisjeugdhulp (8).",
				"Ook voor de komende jaren blijft de transformatie van de jeugdhulp een grote opgave, mede in het licht van de landelijke Hervormingsagenda Jeugd (2023-2028). We pakken dit in vertrouwen en partnerschap op met alle Groninger gemeenten en onze netwerkpartners, met het belang van kinderen en hun gezin als uitgangspunt. Het doel is ook meer grip te krijgen op de financiën, omdat in 2025 meer geld is uitgegeven dan was begroot.",
				"Hierbij blijft de ambitie om kinderen zo goed mogelijk de wereld in te sturen vanaf het moment dat ze op hun 18e volwassen worden.",
			),
		},
		{
			Domain: Youth, Topic: "Jeugdbescherming", Order: order(2),
			Text: paras(
				"Er is veel tijd en aandacht besteed aan de jeugdbescherming. Het ging niet goed bij JB Noord en kinderen en ouders kregen niet de juiste kwaliteit van ondersteuning. Er is gewerkt aan een herstelplan en we investeren als gemeente extra geld, zodat er meer personeel kan worden ingezet.",
				"Daarnaast helpen we JB Noord met extra inzet van de sociale teams en het delen van expertise op diverse terreinen, en hebben we jeugdzorgorganisaties gevraagd om te helpen. Het harde werk van alle medewerkers van JB Noord laat mooie resultaten zien: de normen worden weer behaald en er is weer een regulier certificaat. Dat wil niet zeggen dat alles goed gaat; er zijn nog steeds aandachtspunten.",
			),
		},
		{
			Domain: Shelter, Topic: "Beschermd wonen en maatschappelijke opvang (regionaal samenwerkingsverband)", Order: order(1),
			Text: paras(
				"De regionale voorzieningen MO/VO worden door het Rijk gefinancierd via de DUMO en de DUVO. De centrumgemeente wordt niet gecompenseerd voor indexatie: die landt bij de regiogemeenten in het Gemeentefonds. Vanaf 2025 zijn we vanuit het regionale programma genoodzaakt om alle gemeenten (naar rato) om geld te vragen om de MO/VO-voorzieningen in stand te houden. Het regionale programma BW&O heeft scenario’s opgesteld en voorgelegd aan alle gemeentelijke bestuurders over de financiële houdbaarheid van de MO/VO-voorzieningen.",
				"De toename van dak- en thuisloze mensen die in de openbare ruimte verblijven lijkt zich voort te zetten. Dat zien we terug in het straatbeeld, in het bijzonder in het centrum van Groningen. We zien ook een flinke toename van het aantal mensen dat een beroep doet op opvang zonder specialistische zorgvraag, onder wie gezinnen. Samen met onze regiogemeenten en netwerkpartners onderzoeken we hoe we deze ongewenste ontwikkeling kunnen ombuigen. Tegelijkertijd voeren we het gesprek hierover in regionaal en landelijk verband, omdat niet alles op de Groningse tafel(s) opgelost kan worden.",
				"Na drie opeenvolgende jaren met een incidentele winternoodopvanglocatie is met ingang van de winter 2024-2025 een meer permanente winteropvang voor dak- en thuislozen gerealiseerd aan de Sontweg in Groningen. Daarmee is een belangrijke doelstelling uit het coalitieakkoord behaald.",
				"In de samenwerking rond Beschermd wonen in de regio Groningen werken we onder andere aan de beweging van beschermd wonen naar beschermd thuis. Elke gemeente heeft een decentrale toegang met een werkwijze die tot doel heeft om samen met de cliënt en de zorgaanbieder een effectieve door- en/of uitstroom te bewerkstelligen.",
			),
		},
		{
			Domain: CareSafety, Topic: "Zorg en veiligheid", Order: order(1),
			Text: paras(
				"We werkten aan de opgaven om Groningen leefbaar en veilig te houden voor onze meest kwetsbare inwoners, waaronder de opgaven uit het actieprogramma mensenhandel. Vanuit deze aanpak organiseerden we een bijeenkomst voor 300 professionals over criminele uitbuiting. Daarbij was er ook aandacht voor het verstevigen van weerbaarheid en veerkracht, om te voorkomen dat sekswerkers slachtoffer worden van criminele uitbuiting. Het Meetingpoint voor sekswerkers wordt steeds beter gevonden: ten opzichte van 2022 is het aantal bezoeken meer dan verdubbeld.",
				"Binnen jeugd en veiligheid hebben we ingezet op preventieve en repressieve interventies om jongeren perspectief te bieden en hen te behoeden voor criminele beïnvloeding. De nazorg aan ex-gedetineerden is verbeterd door vroegtijdige begeleiding en re-integratieprogramma’s. Ook hebben we de ondersteuning voor mensen met onbegrepen gedrag uitgebreid door domeinoverstijgende samenwerking te intensiveren, laagdrempelige hulp toegankelijker te maken en verder aan te sluiten bij het landelijke actieprogramma Grip op onbegrip.",
			),
		},
		{
			Domain: CareSafety, Topic: "Onbegrepen gedrag", Order: order(2),
			Text: "Er is veel ingezet op het verbeteren van de hulp aan mensen met onbegrepen gedrag. Samen met onze partners in zorg en veiligheid hebben we nagedacht over hoe het beter kan en wat prioriteit moet krijgen. Dat is uitgewerkt in een actieplan met concrete acties; met een aantal acties zijn we al gestart.",
		},
		{
			Domain: Newcomers, Topic: "Nieuwkomers", Order: order(1),
			Text: paras(
				"Er is gewerkt aan stabiele en structurele opvang voor verschillende doelgroepen. Voor Oekraïense ontheemden hebben we langdurige opvanglocaties vastgelegd en extra capaciteit gecreëerd. Zo is de Amanpuri-opvangboot vervangen door de opvanglocatie aan de Kastanjelaan en is Nescio uitgebreid met 60 plekken. In totaal vangen we als gemeente circa 1.500 Oekraïense ontheemden op, van wie circa 950 in de gemeentelijke opvang en circa 550 in de particuliere opvang. Deze locaties bieden een stabiele woonomgeving en dragen bij aan de humane opvang van deze doelgroep. Van Oekraïense vluchtelingen met eigen inkomsten innen we een eigen bijdrage van € 105 per maand.",
				"Voor asielzoekers werken we toe naar drie structurele opvanglocaties met in totaal 960 plekken, in lijn met de regionale bestuursovereenkomst en de Spreidingswet. De uitbreiding van de locatie aan de Sint Petersburgweg (van 110 naar 600 plekken) is sinds 2023 in gang gezet. De locatie aan de Eemsgolaan is in december 2024 opengegaan voor de eerste 150 asielzoekers; de overige 150 plekken volgden begin januari 2025. In 2025 opende ook de opvanglocatie aan de Canadalaan, die met 60 plekken bestemd is voor alleenstaande minderjarige vreemdelingen (amv’s) en de opvanglocatie bij Hanzeplaza vervangt. Afhankelijk van de opvangsituatie worden de overige noodopvanglocaties (Peizerweg, Europaweg, Gideonweg en Hanzeplaza) gefaseerd afgebouwd.",
				"De huisvesting van statushouders blijft een uitdaging, maar de taakstelling is behaald. Voor de komende jaren is de onzekerheid over de haalbaarheid gegroeid door het kabinetsvoornemen om het voorrangsbeleid voor statushouders bij woningtoewijzing af te schaffen. Dat kan de doorstroom in de asielketen verder bemoeilijken.",
				"Naast huisvesting en opvang zijn ook onderwijs, arbeidsparticipatie en zorg belangrijke aandachtspunten. De schoolbesturen organiseren het onderwijs voor alle leerplichtige kinderen; de gemeente ondersteunt waar dat mogelijk en nodig is. Samen zorgen we ervoor dat alle nieuwkomerskinderen een plek hebben op onze Groningse scholen, in nieuwkomersklassen en daarna in het reguliere onderwijs. Voor leerlingen die wachten op een plek op de ISK is er het programma GOTU (Geen Onderwijs Toch Uitdaging). Daarnaast ondersteunen we Oekraïners actief bij het vinden van werk. Verder zijn belangrijke stappen gezet in de zorg, zoals de start van een mobiele tandartspraktijk en psychosociale ondersteuning in eigen taal, in samenwerking met Work for Ukraine.",
				"Ondanks alle uitdagingen blijven we ons inzetten voor een humane en toekomstbestendige opvang van nieuwkomers in onze gemeente. Samenwerking met alle betrokken partijen blijft daarbij essentieel.",
			),
		},
		{
			Domain: Newcomers, Topic: "Asiel", Order: order(2),
			Text: paras(
				"Er is hard gewerkt aan meerdere nieuwe locaties waar we mensen duurzaam en humaan kunnen opvangen. De Canadalaan is geopend; daar vangen we alleenstaande minderjarige jongeren op. De Eemsgolaan is in gebruik genomen als noodopvang op locatie en wordt een regulier azc. Bij de Sint Petersburgweg is gestart met de bouw van de uitbreiding. Dat duurt helaas langer dan verwacht.",
				"Daarmee is straks alle noodopvang omgezet naar structurele plekken. In totaal moeten we 960 plekken realiseren en daar komen we straks bijna aan. We zoeken nog een locatie voor de laatste plekken.",
				"Daarnaast breiden we de opvang van Oekraïners uit, omdat de vraag naar plekken groter is dan het aanbod: https://gemeente.groningen.nl/vluchtelingen",
				"We werken aan een betere integratie en participatie van nieuwkomers en aan het meer betrekken van onze gemeenschap bij nieuwkomers. De insteek is dat we vanaf dag 1 inzetten op integratie en participatie, zodat we met elkaar werken aan een inclusieve en diverse samenleving in Groningen waarin iedereen zich thuis voelt.",
			),
		},
		{
			Domain: Poverty, Topic: "Armoede", Order: order(1),
			Text: paras(
				"We werken aan een nieuw maatschappelijk akkoord armoedebestrijding, waarvoor de financiële onderbouwing wordt uitgewerkt. Het akkoord past in de inzet van de Manifeststeden (een programma dat voortkomt uit de commissie-Halsema, met een aanvraag van 1 miljard euro voor 15 steden en 16 gebieden) en leidt tot een meer radicale aanpak van armoede.",
				"Met de academie Gro Next bundelen we kennis over armoede: professionals leren er meer over armoede en over hoe je die intern en extern bespreekbaar maakt. De gemeente werkt hierin samen met de Hanzehogeschool, de Moedige Dialoog en CMO STAMM.",
			),
		},
		{
			Domain: Poverty, Topic: "Schuldhulpverlening en herstel toeslagenaffaire", Order: order(2),
			Text: paras(
				"Ook in Groningen wonen mensen die geraakt zijn door de toeslagenaffaire. We weten van 355 gezinnen dat ze tot deze groep behoren. Een aantal heeft geen nadere hulp van de gemeente nodig; de grootste groep kunnen we gelukkig goed ondersteunen. Soms zijn hun vragen veel groter dan alleen die om herstel en dragen we bij via schuldhulpverlening of andere gemeentelijke ondersteuning.",
				"Regelingen voor noodzakelijke kosten maken we zo eenvoudig mogelijk aan te vragen. We gaan uit van het principe “Eens gegeven, blijft gegeven” (behalve bij evidente fraude).",
			),
		},
		{
			Domain: Events, Topic: "Evenementen", Order: order(1),
			Text: paras(
				"Ook dit jaar waren er weer veel evenementen, zoals drie grote concerten op de Drafbaan. Onze evenementen worden steeds groener en inclusiever. We weten ze steeds beter te verbinden met onze lokale ondernemers en de maatschappelijke impact wordt steeds groter.",
				"Vorig jaar hebben maar liefst 1,7 miljoen mensen onze evenementen bezocht!",
			),
		},
	}
}
