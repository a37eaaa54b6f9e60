// Package sources reads the input workbooks into the report model and
// reports every problem with its file, sheet and cell.
package sources

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

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
	// Unique: a value may occur once per sheet, across files (the ID
	// columns, which the validator's ID rule checks).
	Unique bool
	// Min and Max bound a number as its validate tag does (min, gte, max,
	// lte); nil when unbounded.
	Min, Max *float64
	// Hint: the validator checks a format here that Excel cannot (an ID,
	// Gereed in), so the help also shows on the data cells.
	Hint bool
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
	sheet(report.SheetReflections, report.Reflection{}, false, "Niet verplicht: hoofdstukken met vrije tekst, zoals een beschouwing, elk na het hoofdstuk dat u kiest."),
	sheet(report.SheetReview, report.PlanReview{}, false, "Niet verplicht: wat er is geworden van de plannen uit het verslag van vorig jaar, één rij per plan."),
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
		rules := strings.Split(f.Tag.Get("validate"), ",")
		c.Min, c.Max = bounds(rules)
		c.Unique = f.Name == "ID" || f.Name == "PlanID"
		c.Hint = c.Unique || slices.Contains(rules, "due")
		s.Columns = append(s.Columns, c)
	}
	return s
}

// bounds reads the number bounds of validate rules: min=, gte=, max=, lte=.
func bounds(rules []string) (lo, hi *float64) {
	for _, r := range rules {
		name, arg, ok := strings.Cut(r, "=")
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(arg, 64)
		if err != nil {
			continue
		}
		switch name {
		case "min", "gte":
			lo = &v
		case "max", "lte":
			hi = &v
		}
	}
	return lo, hi
}

var allowed = map[reflect.Type][]string{
	reflect.TypeOf(report.Status("")):       toStrings(report.Statuses),
	reflect.TypeOf(report.PyramidLevel("")): toStrings(report.PyramidLevels),
	reflect.TypeOf(report.BudgetKind("")):   toStrings(report.BudgetKinds),
	reflect.TypeOf(report.Outcome("")):      toStrings(report.Outcomes),
	reflect.TypeOf(report.Chapter("")):      toStrings(report.Placeable),
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
	"Resultaten.ID":                      "Unieke code, bijvoorbeeld R-001. Niet twee keer gebruiken, ook niet in andere bestanden.",
	"Resultaten.Domein":                  "Kies een domein uit de lijst in de cel (zie Keuzelijsten op het blad Toelichting).",
	"Resultaten.Piramideniveau":          "Kies het niveau van de zorgpiramide, van Fundament tot Crisis.",
	"Resultaten.Resultaat":               "Wat er in het verslagjaar is bereikt, in één of twee zinnen.",
	"Resultaten.Actie-ID":                "ID van de actie op het blad Coalitieakkoord (mag leeg).",
	"Resultaten.Link":                    "Webadres met meer informatie, of een koppeling (Ctrl+K) met een eigen tekst (mag leeg).",
	"Plannen.ID":                         "Unieke code, bijvoorbeeld P-01. Niet twee keer gebruiken, ook niet in andere bestanden.",
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
	"Beschouwingen.Titel":                "De titel van het hoofdstuk, bijvoorbeeld Waarom deze beweging?",
	"Beschouwingen.Tekst":                "De tekst; begin een nieuwe alinea met een lege regel (tweemaal Alt+Enter). Een regel die begint met •, - of * wordt een opsommingsteken.",
	"Beschouwingen.Na hoofdstuk":         "Na welk hoofdstuk dit hoofdstuk komt; leeg is direct na de Samenvatting.",
	"Beschouwingen.Volgorde":             "Volgorde van hoofdstukken na hetzelfde hoofdstuk (mag leeg).",
	"Terugblik.Plan-ID":                  "Het ID van het plan in het verslag van vorig jaar, bijvoorbeeld P-03.",
	"Terugblik.Uitkomst":                 "Kies: Gerealiseerd, Deels gerealiseerd, Doorgeschoven, Niet gerealiseerd of Vervallen.",
	"Terugblik.Toelichting":              "Verplicht bij elke Uitkomst behalve Gerealiseerd: waarom het plan niet (helemaal) is uitgevoerd.",
	"Terugblik.Doorgeschoven naar":       "Verplicht bij Doorgeschoven: het ID van het plan op het blad Plannen waarin dit plan verder gaat.",
	"Terugblik.Domein":                   "Ter herinnering: het domein van het plan vorig jaar. In het verslag staat het zoals vorig jaar.",
	"Terugblik.Plan":                     "Ter herinnering: het plan zoals het vorig jaar in het verslag stond. In het verslag staat het zoals vorig jaar.",
}
