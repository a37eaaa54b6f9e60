// Package sample holds the report set of the municipality of Groningen,
// taken from the source documents, and synthetic sets of any size built from
// the same vocabulary. Tests, benchmarks and `jaarverslag sample` use them.
package sample

import (
	"time"

	"jaarverslag/report"
)

// Domain names, spelled once so the rows below cannot drift from the list.
const (
	SocialBasis  = "Sociale basis"
	Diversity    = "Diversiteit en inclusie"
	PublicHealth = "Publieke gezondheid"
	HousingCare  = "Wonen en zorg"
	Support      = "Passende ondersteuning"
	Youth        = "Jeugd"
	Shelter      = "Beschermd wonen en maatschappelijke opvang"
	CareSafety   = "Zorg en veiligheid"
	Newcomers    = "Nieuwkomers"
	Poverty      = "Armoede en schulden"
	Events       = "Evenementen"
)

// Pyramid levels, bottom to top as in report.PyramidLevels.
var (
	foundation = report.PyramidLevels[0]
	safeHome   = report.PyramidLevels[1]
	universal  = report.PyramidLevels[2]
	selective  = report.PyramidLevels[3]
	help       = report.PyramidLevels[4]
	care       = report.PyramidLevels[5]
	aftercare  = report.PyramidLevels[6]
	chronic    = report.PyramidLevels[7]
	crisis     = report.PyramidLevels[8]
)

// Groningen returns the report set of deelprogramma 3.3 over 2025, built from
// the municipality's accountability deck, annual-report chapter and progress
// updates. Every call returns a fresh copy; Src is left zero.
func Groningen() *report.Report {
	return &report.Report{
		Meta: report.Meta{
			Municipality: "Gemeente Groningen",
			Title:        "Jaarverslag 2025 – Welzijn, gezondheid, zorg en diversiteit",
			Year:         2025,
			Portfolio:    "Deelprogramma 3.3: Welzijn, gezondheid, zorg en diversiteit",
			Holder:       "wethouder Welzijn en Zorg",
			CutoffDate:   date(2025, 12, 31),
			ThresholdEUR: num(250000),
			ThresholdPct: num(10),
		},
		Domains:      domains(),
		Actions:      actions(),
		Achievements: achievements(),
		Plans:        plans(),
		Developments: developments(),
		KeyFigures:   keyFigures(),
		Budget:       budget(),
		Reflections:  reflections(),
	}
}

func num(v float64) *float64 { return &v }

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func datep(y int, m time.Month, d int) *time.Time {
	t := date(y, m, d)
	return &t
}

func order(n int) *int { return &n }

func domains() []report.Domain {
	return []report.Domain{
		{Order: 1, Name: SocialBasis, Description: "Samenlevingsopbouw, welzijn, vrijwilligerswerk en mantelzorg in wijken en dorpen."},
		{Order: 2, Name: Diversity, Description: "Diversiteitsagenda, acceptatie van lhbtiq+, antiracisme, slavernijverleden en toegankelijkheid."},
		{Order: 3, Name: PublicHealth, Description: "Gezondheidsbeleid, preventie en de regionale samenwerking in Gezond Groningen."},
		{Order: 4, Name: HousingCare, Description: "Huisvesting van aandachtsgroepen en woonvormen voor ouderen."},
		{Order: 5, Name: Support, Description: "Wmo-ondersteuning en de toegang via WIJ en De Toegang."},
		{Order: 6, Name: Youth, Description: "Jeugdhulp, jeugdbescherming en kansrijk opgroeien."},
		{Order: 7, Name: Shelter, Description: "Regionale voorzieningen voor beschermd wonen, maatschappelijke opvang en vrouwenopvang."},
		{Order: 8, Name: CareSafety, Description: "Huiselijk geweld, onbegrepen gedrag, mensenhandel en jeugd en veiligheid."},
		{Order: 9, Name: Newcomers, Description: "Opvang van asielzoekers en Oekraïense ontheemden, huisvesting van statushouders en integratie."},
		{Order: 10, Name: Poverty, Description: "Armoedebestrijding, schuldhulpverlening en herstel na de toeslagenaffaire."},
		{Order: 11, Name: Events, Description: "Evenementenbeleid: een bruisend, groen en inclusief Groningen."},
	}
}
