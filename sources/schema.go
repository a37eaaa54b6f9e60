// Package sources reads the input workbooks into the report model and
// reports every problem with its file, sheet and cell.
package sources

import (
	"reflect"

	"jaarverslag/report"
)

// Kind is how a column's cells are read.
type Kind int

const (
	Text   Kind = iota
	Whole       // whole number
	Number      // Dutch number, € and % allowed
	Date        // date cell or 31-12-2025
	Links       // zero or more URLs, or one Excel hyperlink with its text
	Link        // one URL, or one Excel hyperlink with its text
)

// Column is one column of the contract, taken from the report type's col tag.
type Column struct {
	Header   string
	Field    string // struct field in the report type
	Required bool
	Kind     Kind
	Allowed  []string // dropdown values, nil for free input
	Help     string   // input message in the template
}

// Sheet is one sheet of the contract.
type Sheet struct {
	Name string
	// KeyValue sheets (Rapport) hold one field per row in Veld | Waarde.
	KeyValue bool
	Columns  []Column
	Help     string
	row      reflect.Type
}

// Schema lists the sheets in template order.
var Schema = []Sheet{
	sheet(report.SheetReport, report.Meta{}, true, "Eén blad met de gegevens van het verslag: één veld per rij."),
	sheet(report.SheetDomains, report.Domain{}, false, "De domeinen in de volgorde van het verslag."),
	sheet(report.SheetActions, report.CoalitionAction{}, false, "De acties uit het coalitieakkoord en hoe ver ze zijn."),
	sheet(report.SheetAchievements, report.Achievement{}, false, "Wat in het verslagjaar is bereikt, per niveau van de zorgpiramide."),
	sheet(report.SheetPlans, report.Plan{}, false, "Wat we het volgende jaar gaan doen."),
	sheet(report.SheetDevelopments, report.Development{}, false, "Relevante ontwikkelingen per domein."),
	sheet(report.SheetKeyFigures, report.KeyFigure{}, false, "Kerncijfers per domein, met hun bron."),
	sheet(report.SheetBudget, report.BudgetLine{}, false, "Begroting en realisatie per domein, in euro's."),
}

// Lookup finds a contract sheet by name the way headers are matched.
func Lookup(name string) (Sheet, bool) {
	for _, s := range Schema {
		if report.Fold(s.Name) == report.Fold(name) {
			return s, true
		}
	}
	return Sheet{}, false
}

func sheet(name string, row any, keyValue bool, intro string) Sheet {
	t := reflect.TypeOf(row)
	s := Sheet{Name: name, KeyValue: keyValue, Help: intro, row: t}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		header, required, ok := report.ColumnOf(f)
		if !ok {
			continue
		}
		c := Column{Header: header, Field: f.Name, Required: required, Kind: kindOf(f.Type)}
		c.Allowed = allowed[f.Type]
		c.Help = help[name+"."+header]
		s.Columns = append(s.Columns, c)
	}
	return s
}

var allowed = map[reflect.Type][]string{
	reflect.TypeOf(report.Status("")):       toStrings(report.Statuses),
	reflect.TypeOf(report.PyramidLevel("")): toStrings(report.PyramidLevels),
	reflect.TypeOf(report.BudgetKind("")):   toStrings(report.BudgetKinds),
}

func toStrings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func kindOf(t reflect.Type) Kind {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t.Kind() == reflect.Int:
		return Whole
	case t.Kind() == reflect.Float64:
		return Number
	case t == reflect.TypeFor[[]report.Link]():
		return Links
	case t == reflect.TypeFor[report.Link]():
		return Link
	case t.String() == "time.Time":
		return Date
	}
	return Text
}

// help holds the input message shown on each header in the template.
var help = map[string]string{
	"Rapport.Gemeente":                   "Naam van de gemeente, bijvoorbeeld Groningen.",
	"Rapport.Titel":                      "Titel op de voorkant van het verslag.",
	"Rapport.Verslagjaar":                "Het jaar waarover verantwoord wordt, bijvoorbeeld 2025. De plannen gaan over het jaar erna.",
	"Rapport.Portefeuille":               "Naam van de portefeuille of het deelprogramma.",
	"Rapport.Portefeuillehouder":         "Naam van de wethouder (mag leeg).",
	"Rapport.Peildatum":                  "Datum van de gegevens, als 31-12-2025.",
	"Rapport.Drempel toelichting (€)":    "Afwijkingen boven dit bedrag moeten een toelichting hebben (mag leeg).",
	"Rapport.Drempel toelichting (%)":    "Afwijkingen boven dit percentage moeten een toelichting hebben (mag leeg).",
	"Domeinen.Volgorde":                  "Volgorde in het verslag: 1, 2, 3, …",
	"Domeinen.Domein":                    "Naam van het domein zoals die op de andere bladen staat.",
	"Domeinen.Omschrijving":              "Korte omschrijving (mag leeg).",
	"Coalitieakkoord.ID":                 "Unieke code, bijvoorbeeld CA-01. Niet twee keer gebruiken, ook niet in andere bestanden.",
	"Coalitieakkoord.Domein":             "Kies een domein uit de lijst in de cel (zie Keuzelijsten op het blad Toelichting).",
	"Coalitieakkoord.Beschreven actie":   "De actie zoals die in het coalitieakkoord staat.",
	"Coalitieakkoord.Concrete invulling": "Hoe de actie is ingevuld.",
	"Coalitieakkoord.Uitvoering":         "Wat er is gedaan. Links in de tekst worden klikbaar.",
	"Coalitieakkoord.Status":             "Kies: Gereed, Op schema, Vertraagd, Niet gestart of Gestopt.",
	"Coalitieakkoord.Links":              "Eén of meer webadressen (https://…), gescheiden door een spatie, ; of een nieuwe regel; of één koppeling (Ctrl+K) met een eigen tekst.",
	"Coalitieakkoord.Toelichting":        "Verplicht bij Vertraagd en Gestopt.",
	"Resultaten.ID":                      "Unieke code, bijvoorbeeld R-01.",
	"Resultaten.Domein":                  "Kies een domein uit de lijst in de cel (zie Keuzelijsten op het blad Toelichting).",
	"Resultaten.Piramideniveau":          "Kies het niveau van de zorgpiramide, van Fundament tot Crisis.",
	"Resultaten.Resultaat":               "Wat er in het verslagjaar is bereikt, in één of twee zinnen.",
	"Resultaten.Actie-ID":                "ID van de actie op het blad Coalitieakkoord (mag leeg).",
	"Resultaten.Link":                    "Webadres met meer informatie, of een koppeling (Ctrl+K) met een eigen tekst (mag leeg).",
	"Plannen.ID":                         "Unieke code, bijvoorbeeld P-01.",
	"Plannen.Domein":                     "Kies een domein uit de lijst in de cel (zie Keuzelijsten op het blad Toelichting).",
	"Plannen.Plan":                       "Wat we het volgende jaar gaan doen.",
	"Plannen.Actie-ID":                   "ID van de actie op het blad Coalitieakkoord (mag leeg).",
	"Plannen.Gereed in":                  "Jaar, kwartaal of datum: 2026, Q3 2026 of 30-09-2026 (mag leeg).",
	"Plannen.Link":                       "Webadres met meer informatie, of een koppeling (Ctrl+K) met een eigen tekst (mag leeg).",
	"Ontwikkelingen.Domein":              "Kies een domein uit de lijst in de cel (zie Keuzelijsten op het blad Toelichting).",
	"Ontwikkelingen.Onderwerp":           "Kop boven de tekst.",
	"Ontwikkelingen.Tekst":               "De tekst; begin een nieuwe alinea met een lege regel (Alt+Enter).",
	"Ontwikkelingen.Volgorde":            "Volgorde binnen het domein (mag leeg).",
	"Kerncijfers.Domein":                 "Kies een domein uit de lijst in de cel (zie Keuzelijsten op het blad Toelichting).",
	"Kerncijfers.Indicator":              "Wat er gemeten is.",
	"Kerncijfers.Eenheid":                "aantal, %, €, plekken of een eigen eenheid.",
	"Kerncijfers.Verslagjaar":            "De waarde in het verslagjaar, als getal (1.500 of 12,5); bij Eenheid % mag ook 12,5%.",
	"Kerncijfers.Vorig jaar":             "De waarde een jaar eerder (mag leeg).",
	"Kerncijfers.Streefwaarde":           "Het doel (mag leeg).",
	"Kerncijfers.Bron":                   "Waar het cijfer vandaan komt.",
	"Kerncijfers.Peildatum":              "Datum van het cijfer (mag leeg).",
	"Kerncijfers.Toelichting":            "Toelichting (mag leeg).",
	"Financien.Domein":                   "Kies een domein uit de lijst in de cel (zie Keuzelijsten op het blad Toelichting).",
	"Financien.Omschrijving":             "Waar het geld voor is.",
	"Financien.Soort":                    "Kies Lasten of Baten.",
	"Financien.Primaire begroting":       "Bedrag in euro's (mag leeg).",
	"Financien.Begroting na wijziging":   "Bedrag in euro's.",
	"Financien.Realisatie":               "Bedrag in euro's.",
	"Financien.Toelichting":              "Verplicht als de afwijking boven de drempel op het blad Rapport ligt.",
}
