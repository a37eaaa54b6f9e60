package sources

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"jaarverslag/report"
)

// GuideSheet is the first sheet of every workbook written here: how to fill
// it in. It is not a contract sheet; a reader should pass over it without a
// warning.
const GuideSheet = "Toelichting"

// ListSheet is the hidden, protected last sheet that holds the values the
// dropdowns offer, out of staff's way. Like the guide it is not a contract
// sheet and a reader passes over it.
const ListSheet = "Keuzelijsten"

// extraColumns is how many columns right of the contract's are open on a
// protected sheet, for staff's own columns (excelize writes one column
// definition per column, so not all 16,384).
const extraColumns = 20

// guardRows is how many rows below the written ones the dropdowns and the
// checks on typed values reach.
const guardRows = 10000

// The one font of every style, the default included. Arial is on every
// Windows and Mac machine and LibreOffice draws it with Liberation Sans, of
// the same widths; a style without a font is drawn by LibreOffice in its
// own default, DejaVu Serif.
const (
	fontName = "Arial"
	fontSize = 11
)

// DefaultDomains is the contract's default list of domains, in report order.
var DefaultDomains = []string{
	"Sociale basis",
	"Diversiteit en inclusie",
	"Publieke gezondheid",
	"Wonen en zorg",
	"Passende ondersteuning",
	"Jeugd",
	"Beschermd wonen en maatschappelijke opvang",
	"Zorg en veiligheid",
	"Nieuwkomers",
	"Armoede en schulden",
	"Evenementen",
}

// templateDate is the creation date stored in every workbook, so that the
// same input always gives the same bytes.
var templateDate = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteTemplate writes the blank input workbook: the guide, then every
// contract sheet with its headers, help texts and dropdowns, Rapport with
// its fields and Domeinen with the default domains. The bytes are the same
// on every call.
func WriteTemplate(w io.Writer) error {
	r := &report.Report{}
	for i, d := range DefaultDomains {
		r.Domains = append(r.Domains, report.Domain{Order: i + 1, Name: d})
	}
	names := make([]string, len(Schema))
	for i, s := range Schema {
		names[i] = s.Name
	}
	return writeBook(w, r, names, nil, templateDate)
}

// DepartmentSettings is what a department's workbook takes from F&C's
// file (the one with Rapport and Domeinen).
type DepartmentSettings struct {
	Domains []report.Domain // for the Domein dropdown; the default domains when empty
	// Meta is F&C's Rapport, for the Verslagjaar and the thresholds on the
	// Toelichting sheet; nil when it was not read, and the Toelichting then
	// says they are not known.
	Meta *report.Meta
	From string // F&C's file, named on the Toelichting sheet
}

// WriteDepartmentTemplate writes the input workbook for one department:
// every contract sheet but Rapport and Domeinen, which belong in exactly one
// file, so that departments' files merge without deleting sheets. The
// Domein dropdown offers domains, in their Volgorde (the default domains
// when there are none), from a list on the Toelichting sheet. The
// Toelichting describes only these sheets, shows F&C's Verslagjaar and
// thresholds, and asks nothing of staff but to fill in and send the file:
// no commands.
func WriteDepartmentTemplate(w io.Writer, set DepartmentSettings) error {
	r := &report.Report{Domains: set.Domains}
	if len(set.Domains) == 0 {
		for i, d := range DefaultDomains {
			r.Domains = append(r.Domains, report.Domain{Order: i + 1, Name: d})
		}
	}
	var names []string
	for _, s := range Schema {
		if s.Name != report.SheetReport && s.Name != report.SheetDomains {
			names = append(names, s.Name)
		}
	}
	ww, err := newWorkbookWriter(r, names, nil)
	if err != nil {
		return err
	}
	ww.dept = &set
	return ww.write(w, templateDate)
}

// WriteWorkbook writes the rows of r for the given contract sheets into a
// workbook styled like the template. On the per-domain sheets only rows whose
// Domein is in domains are written (all rows when domains is nil); Rapport
// and Domeinen are written whole. modified is stored as the workbook's last
// modification, so the bytes depend only on the arguments.
func WriteWorkbook(w io.Writer, r *report.Report, sheets []string, domains []string, modified time.Time) error {
	if r == nil {
		return errors.New("write workbook: no report")
	}
	return writeBook(w, r, sheets, domains, modified)
}

func writeBook(w io.Writer, r *report.Report, sheets, domains []string, modified time.Time) error {
	ww, err := newWorkbookWriter(r, sheets, domains)
	if err != nil {
		return err
	}
	return ww.write(w, modified)
}

func (ww *workbookWriter) write(w io.Writer, modified time.Time) error {
	defer ww.f.Close()
	if err := ww.writeAll(modified); err != nil {
		return err
	}
	// excelize writes streamed sheets in map order; sortedZip fixes the order.
	ww.f.SetZipWriter(func(w io.Writer) excelize.ZipWriter {
		return &sortedZip{w: w, modified: modified, files: map[string]*bytes.Buffer{}}
	})
	if _, err := ww.f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// workbookWriter holds what all sheets of one workbook share.
type workbookWriter struct {
	f       *excelize.File
	r       *report.Report
	sheets  []Sheet         // contract sheets in this file, in Schema order
	domains map[string]bool // folded domain names to keep; nil keeps all
	lists   map[string]string
	st      writeStyles
	dept    *DepartmentSettings // a department's workbook; nil for the others
}

// writeStyles are the workbook's cell styles. Headers, field names, the
// guide and the lists are locked; the cells staff fill in are not, so sheet
// protection keeps only the structure.
type writeStyles struct {
	head, headRequired               int // locked
	text, wrap, number, date, free   int // unlocked
	guideTitle, guideHead, guideText int // locked
}

func newWorkbookWriter(r *report.Report, names, domains []string) (*workbookWriter, error) {
	want := map[string]bool{}
	for _, n := range names {
		s, ok := Lookup(n)
		if !ok {
			return nil, fmt.Errorf("write workbook: %q is not a sheet of the contract", n)
		}
		want[s.Name] = true
	}
	ww := &workbookWriter{f: excelize.NewFile(), r: r, lists: map[string]string{}}
	for _, s := range Schema {
		if want[s.Name] {
			ww.sheets = append(ww.sheets, s)
		}
	}
	if domains != nil {
		ww.domains = map[string]bool{}
		for _, d := range domains {
			ww.domains[report.Fold(d)] = true
		}
	}
	if err := ww.makeStyles(); err != nil {
		ww.f.Close()
		return nil, err
	}
	return ww, nil
}

// Header colours. A required header differs from an optional one in more
// than colour: bold white on dark blue with a thick rule, against regular
// dark text on light grey-blue with a thin one.
const (
	darkBlue  = "1F3A5F"
	lightBlue = "E8ECF1"
)

func font(bold bool, size float64, color string) *excelize.Font {
	return &excelize.Font{Family: fontName, Size: size, Bold: bold, Color: color}
}

func (ww *workbookWriter) makeStyles() error {
	if err := ww.f.SetDefaultFont(fontName); err != nil {
		return fmt.Errorf("write workbook: font: %w", err)
	}
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	headAlign := &excelize.Alignment{Vertical: "center", WrapText: true}
	open := &excelize.Protection{Locked: false}
	body := font(false, fontSize, "")
	date := "dd-mm-yyyy"
	specs := []struct {
		id *int
		s  excelize.Style
	}{
		{&ww.st.head, excelize.Style{Font: font(false, fontSize, darkBlue), Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{lightBlue}}, Alignment: headAlign,
			Border: []excelize.Border{{Type: "bottom", Color: darkBlue, Style: 1}}}},
		{&ww.st.headRequired, excelize.Style{Font: font(true, fontSize, "FFFFFF"), Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{darkBlue}}, Alignment: headAlign,
			Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 5}}}},
		{&ww.st.text, excelize.Style{Font: body, Alignment: top, Protection: open}},
		{&ww.st.wrap, excelize.Style{Font: body, Alignment: wrapTop, Protection: open}},
		// Numbers are General, which shows what was typed: a format such
		// as #,##0 shows a typed 12,5 as 13 and 1.500,75 as 1.501. Excel
		// and Calc still give a cell typed as 1.500 or 12,5% that look.
		{&ww.st.number, excelize.Style{Font: body, NumFmt: 0, Alignment: top, Protection: open}},
		{&ww.st.date, excelize.Style{Font: body, CustomNumFmt: &date, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}, Protection: open}},
		// Columns right of the contract's, for staff's own extra columns.
		{&ww.st.free, excelize.Style{Font: body, Protection: open}},
		{&ww.st.guideTitle, excelize.Style{Font: font(true, 14, darkBlue)}},
		{&ww.st.guideHead, excelize.Style{Font: font(true, fontSize, darkBlue), Alignment: top}},
		{&ww.st.guideText, excelize.Style{Font: body, Alignment: wrapTop}},
	}
	for _, sp := range specs {
		id, err := ww.f.NewStyle(&sp.s)
		if err != nil {
			return fmt.Errorf("write workbook: style: %w", err)
		}
		*sp.id = id
	}
	return nil
}

func (ww *workbookWriter) writeAll(modified time.Time) error {
	// The default sheet becomes the guide, so it stays first and active.
	if err := ww.f.SetSheetName("Sheet1", GuideSheet); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	for _, s := range ww.sheets {
		if _, err := ww.f.NewSheet(s.Name); err != nil {
			return fmt.Errorf("write workbook: sheet %s: %w", s.Name, err)
		}
	}
	// The lists come before the sheets that refer to them, and are hidden
	// before any sheet is streamed: hiding reads every sheet.
	if err := ww.writeLists(); err != nil {
		return fmt.Errorf("write workbook: %s: %w", ListSheet, err)
	}
	if err := ww.writeGuide(); err != nil {
		return fmt.Errorf("write workbook: %s: %w", GuideSheet, err)
	}
	for _, s := range ww.sheets {
		var err error
		if s.KeyValue {
			err = ww.writeFields(s)
		} else {
			err = ww.writeTable(s)
		}
		if err != nil {
			return fmt.Errorf("write workbook: %s: %w", s.Name, err)
		}
	}
	err := ww.f.SetDocProps(&excelize.DocProperties{
		Creator:        "jaarverslag",
		LastModifiedBy: "jaarverslag",
		Title:          "Invoer jaarverslag",
		Language:       "nl-NL",
		Created:        templateDate.Format(time.RFC3339),
		Modified:       modified.UTC().Format(time.RFC3339),
	})
	if err != nil {
		return fmt.Errorf("write workbook: properties: %w", err)
	}
	return nil
}

// protection is what staff may still do on a protected sheet: everything
// but changing locked cells (headers, field names, the guide, the lists).
// There is no password: the protection guards against accidents, and
// whoever needs to can lift it (the guide says how).
var protection = excelize.SheetProtectionOptions{
	AutoFilter:          true,
	Sort:                true,
	InsertRows:          true,
	DeleteRows:          true,
	InsertColumns:       true,
	DeleteColumns:       true,
	FormatCells:         true,
	FormatColumns:       true,
	FormatRows:          true,
	InsertHyperlinks:    true,
	EditObjects:         true,
	SelectLockedCells:   true,
	SelectUnlockedCells: true,
}

// protect protects one sheet of the workbook; every sheet gets the same.
func (ww *workbookWriter) protect(sheet string) error {
	opts := protection
	return ww.f.ProtectSheet(sheet, &opts)
}

// writeLists puts the values of every dropdown of this file's sheets on
// the hidden sheet Keuzelijsten, one column per list, and records where
// each list is. Domein draws from the Domeinen sheet when the file has it,
// so F&C's own list works; else from the domains this file may use. A file
// without dropdowns gets no list sheet.
func (ww *workbookWriter) writeLists() error {
	type list struct {
		header string
		values []string
	}
	var lists []list
	seen := map[string]bool{}
	for _, s := range ww.sheets {
		for _, c := range s.Columns {
			switch {
			case seen[c.Header]:
			case c.Allowed != nil:
				seen[c.Header] = true
				lists = append(lists, list{c.Header, c.Allowed})
			case c.Header == "Domein" && s.Name != report.SheetDomains:
				seen[c.Header] = true
				if ww.has(report.SheetDomains) {
					ww.lists[c.Header] = ww.domainsRange()
				} else if names := ww.domainNames(); len(names) > 0 {
					lists = append(lists, list{c.Header, names})
				}
			}
		}
	}
	if len(lists) == 0 {
		return nil
	}
	f, sh := ww.f, ListSheet
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	for i, l := range lists {
		col := report.ColumnName(i + 1)
		if err := f.SetCellValue(sh, col+"1", l.header); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, col+"1", col+"1", ww.st.headRequired); err != nil {
			return err
		}
		for j, v := range l.values {
			if err := f.SetCellValue(sh, col+strconv.Itoa(j+2), v); err != nil {
				return err
			}
		}
		last := len(l.values) + 1
		if err := f.SetCellStyle(sh, col+"2", col+strconv.Itoa(last), ww.st.guideText); err != nil {
			return err
		}
		if err := f.SetColWidth(sh, col, col, 40); err != nil {
			return err
		}
		if l.header == "Domein" {
			// Room below, so that staff can add a domain F&C has added.
			last = max(200, last+50)
		}
		ww.lists[l.header] = fmt.Sprintf("%s!$%s$2:$%s$%d", sh, col, col, last)
	}
	if err := f.SetSheetVisible(sh, false); err != nil {
		return err
	}
	return ww.protect(sh)
}

// has reports whether this file holds the named contract sheet.
func (ww *workbookWriter) has(name string) bool {
	for _, s := range ww.sheets {
		if s.Name == name {
			return true
		}
	}
	return false
}

// guideIntro is the top of the Toelichting sheet: topic and explanation.
var guideIntro = [][2]string{
	{"Waarvoor", "Met dit werkboek levert u de gegevens aan voor het jaarverslag: de pdf voor de gemeenteraad en de Excel-bijlage. Het programma jaarverslag leest de bladen hierna; dit blad Toelichting slaat het over."},
	{"Meerdere bestanden", "U mag het werk verdelen over meerdere bestanden, bijvoorbeeld één per afdeling. Bladen met dezelfde naam worden samengevoegd. De bladen Rapport en Domeinen staan samen in precies één bestand; een bestand voor een afdeling, zonder die twee bladen, maakt u met: jaarverslag template --afdeling. Een ID mag maar één keer voorkomen, ook over bestanden heen."},
	{"Kopregel", "De eerste rij van elk blad is de kopregel. Verander de kopteksten niet. Extra kolommen mogen, tot twintig rechts van de laatste: ze komen in de bijlage. Klik op een kopcel voor uitleg over de kolom. Welke kolommen verplicht zijn, ziet u aan de kop:"},
	{"Keuzelijsten", "De domeinen komen van het blad Domeinen: zet een nieuw domein daar eerst neer; dat kan zonder de beveiliging op te heffen. In een bestand zonder blad Domeinen staan ze op het verborgen blad " + ListSheet + "."},
	{"Links", "Meerdere webadressen in één cel: zet elk adres op een eigen regel (Alt+Enter) of scheid ze met een spatie of een puntkomma. Een webadres in de tekst van Uitvoering wordt in de pdf klikbaar."},
	{"Alinea’s", "Meerdere alinea’s in één cel: begin een nieuwe alinea met een lege regel (tweemaal Alt+Enter)."},
	{"Getallen en datums", "Vul getallen in als getal: 1.500 of 1.500,75. Bedragen in euro’s, zonder tekst erachter. Een percentage als 12,5 of 12,5%, alleen bij Kerncijfers met Eenheid % en bij de drempel in procenten op Rapport; elders is een percentage een fout. Datums als datum of als 31-12-2025. Formules mogen, zolang de uitkomst geen foutwaarde is (zoals #DEEL/0!). " + typedCheck},
	{"Beveiliging", protectionGuide + " Wilt u toch een kop veranderen of kolommen verplaatsen, hef de beveiliging dan op: " + unprotect + "."},
	{"Controleren", "Controleer uw bestand voordat u het instuurt, met: jaarverslag validate <bestand of map>. Heeft uw bestand geen bladen Rapport en Domeinen, geef dan ook het bestand mee dat ze wel heeft: jaarverslag validate rapport.xlsx <uw bestand>. Elk probleem wordt gemeld met bestand, blad en cel, bijvoorbeeld: acties.xlsx › Coalitieakkoord!C7: “Uitvoering” is verplicht."},
}

// typedCheck says what happens when a typed value is not what a column takes.
const typedCheck = "Typt u bij getallen of datums iets wat Excel niet als getal of datum herkent, dan vraagt Excel of u het toch wilt bewaren; het programma meldt het als het de waarde niet kan lezen. Een ID dat al op het blad staat, weigert Excel."

// protectionGuide and unprotect explain the sheet protection.
const (
	protectionGuide = "De bladen zijn beveiligd, zonder wachtwoord, zodat kopregels en keuzelijsten niet per ongeluk veranderen. " +
		"Invullen, rijen invoegen en verwijderen, sorteren, filteren, opmaken en extra kolommen toevoegen kan gewoon."
	unprotect = "in Excel met Controleren › Beveiliging blad opheffen, in LibreOffice met Extra › Blad beveiligen; er is geen wachtwoord"
)

// sheetRules adds the rules of a sheet that the column list does not show.
var sheetRules = map[string]string{
	report.SheetReport:       "Precies één blad Rapport over alle bestanden. Kolom A is het veld, kolom B de waarde. De plannen gaan over het jaar na het verslagjaar.",
	report.SheetDomains:      "Precies één blad Domeinen over alle bestanden. Elk domein op een ander blad moet hier staan. Het verslag volgt de Volgorde.",
	report.SheetActions:      "Bij Vertraagd en Gestopt is een Toelichting verplicht.",
	report.SheetAchievements: "Piramideniveau gaat van onder (Fundament) naar boven (Crisis). Een Actie-ID moet op het blad Coalitieakkoord staan.",
	report.SheetPlans:        "Gereed in: een jaar (2026), een kwartaal (Q3 2026) of een datum (30-09-2026). Een Actie-ID moet op het blad Coalitieakkoord staan.",
	report.SheetDevelopments: "Tekst mag meerdere alinea’s hebben. Volgorde bepaalt de volgorde binnen een domein.",
	report.SheetKeyFigures:   "Verslagjaar, Vorig jaar en Streefwaarde zijn getallen.",
	report.SheetBudget:       "Wijkt de Realisatie meer van de Begroting na wijziging af dan een drempel op het blad Rapport (in euro’s of in procenten), dan is een Toelichting verplicht.",
	report.SheetReflections:  "Elke rij is een hoofdstuk, in de inhoudsopgave en als bladwijzer. Tekst: begin een nieuwe alinea met een lege regel; een regel die begint met •, - of * wordt een opsommingsteken. Na hoofdstuk leeg: direct na de Samenvatting. Meer hoofdstukken na hetzelfde hoofdstuk volgen de Volgorde.",
	report.SheetReview:       "Eén rij voor elk plan uit het verslag van vorig jaar, niet meer en niet minder. Bij elke Uitkomst behalve Gerealiseerd is een Toelichting verplicht; bij Doorgeschoven ook Doorgeschoven naar: het ID van het plan op het blad Plannen. Domein en Plan staan er ter herinnering; in het verslag staan ze zoals vorig jaar.",
}

// deptGuide replaces topics of guideIntro in a department's workbook:
// staff there fill in and send the file, F&C does the rest, so no text
// names a command or a sheet the workbook lacks.
func deptGuide(set *DepartmentSettings) map[string]string {
	domains := "De domeinen in de lijst zijn die van F&C."
	if set.From == "" {
		domains = "De domeinen in de lijst zijn de standaarddomeinen."
	}
	domains += " Mist u een domein, vraag F&C het aan het verslag toe te voegen, en zet het daarna zelf onder de andere op het verborgen blad " + ListSheet +
		" (rechtermuisklik op een bladtab › Zichtbaar maken; hef op dat blad de beveiliging op zoals bij Beveiliging staat)."
	return map[string]string{
		"Waarvoor": "Met deze werkmap levert uw afdeling haar gegevens aan voor het jaarverslag: de pdf voor de gemeenteraad en de Excel-bijlage. " +
			"Vul de bladen hierna in en stuur de werkmap naar F&C. Dit blad Toelichting wordt niet gelezen.",
		"Meerdere bestanden": "Elke afdeling heeft een eigen werkmap; F&C voegt ze samen. Wat voor het hele verslag geldt (titel, verslagjaar, drempels, " +
			"de lijst met domeinen) beheert F&C in een eigen bestand; wat daarvan voor u van belang is, staat hierboven. " +
			"Een ID mag maar één keer voorkomen, ook in de werkmappen van andere afdelingen.",
		"Keuzelijsten": domains,
		"Getallen en datums": "Vul getallen in als getal: 1.500 of 1.500,75. Bedragen in euro’s, zonder tekst erachter. Een percentage als 12,5 of 12,5%, alleen bij Kerncijfers met Eenheid %; elders is een percentage een fout. " +
			"Datums als datum of als 31-12-2025. Formules mogen, zolang de uitkomst geen foutwaarde is (zoals #DEEL/0!). " + typedCheck,
		"Beveiliging": protectionGuide + " Wilt u toch een kop veranderen, hef de beveiliging dan op: " + unprotect + ".",
		"Controleren": "F&C controleert alle werkmappen samen en meldt elk probleem met bestand, blad en cel, bijvoorbeeld: " +
			"jeugd.xlsx › Resultaten!C7: “Resultaat” is verplicht. Desgewenst krijgt u een kopie van uw werkmap terug waarin de cellen met een probleem rood zijn, met de uitleg als opmerking.",
	}
}

// deptHelp replaces header help that points at a sheet a department's
// workbook lacks.
var deptHelp = map[string]string{
	report.SheetBudget + ".Toelichting": "Verplicht als de afwijking boven een drempel van F&C ligt; de drempels staan op het blad Toelichting.",
}

// unknown is said of what F&C's file would have told, when it was not given.
const unknown = "Niet bekend bij het maken van deze werkmap; vraag het F&C."

// facts are F&C's settings as a department needs them: the Verslagjaar,
// the thresholds and the rule they make, and where they come from.
func (set *DepartmentSettings) facts() [][2]string {
	year, eur, pct := unknown, unknown, unknown
	rule := "Wijkt op het blad Financien de Realisatie meer dan een drempel van F&C (in euro’s of in procenten) af van de Begroting na wijziging, dan is een Toelichting verplicht."
	if m := set.Meta; m != nil {
		if m.Year > 0 {
			year = fmt.Sprintf("%d. Resultaten, kerncijfers en financiën gaan over %d; de plannen over %d.", m.Year, m.Year, m.PlanYear())
		}
		none := "Geen: F&C heeft deze drempel niet ingevuld."
		eur, pct = none, none
		if t := m.ThresholdEUR; t != nil {
			eur = "€ " + report.FormatNumber(*t, 2)
		}
		if t := m.ThresholdPct; t != nil {
			pct = report.FormatNumber(*t, 2) + "%"
		}
		rule = thresholdRule(m)
	}
	out := [][2]string{
		{"Verslagjaar", year},
		{"Drempel toelichting (€)", eur},
		{"Drempel toelichting (%)", pct},
		{"Toelichting verplicht", rule},
	}
	if set.From != "" {
		out = append(out, [2]string{"Bron", fmt.Sprintf("%s van F&C, zoals het was toen deze werkmap werd gemaakt.", set.From)})
	}
	return out
}

// thresholdRule says when a budget line needs a Toelichting, with F&C's
// thresholds.
func thresholdRule(m *report.Meta) string {
	var over []string
	if t := m.ThresholdEUR; t != nil {
		over = append(over, "meer dan € "+report.FormatNumber(*t, 2))
	}
	if t := m.ThresholdPct; t != nil {
		over = append(over, "meer dan "+report.FormatNumber(*t, 2)+"%")
	}
	if len(over) == 0 {
		return "Nooit vanwege een drempel: F&C heeft geen drempels vastgesteld. Een Toelichting bij een afwijking op het blad Financien is welkom."
	}
	return "Wijkt op het blad Financien de Realisatie " + strings.Join(over, " of ") +
		" af van de Begroting na wijziging, dan is een Toelichting verplicht."
}

// rule is the sheet rule shown on the Toelichting sheet.
func (ww *workbookWriter) rule(sheet string) string {
	if ww.dept != nil && sheet == report.SheetBudget {
		return "Boven een drempel van F&C is een Toelichting verplicht; de drempels staan bovenaan dit blad."
	}
	return sheetRules[sheet]
}

// prompt is the input message on a header cell.
func (ww *workbookWriter) prompt(sheet string, c Column) string {
	if h, ok := deptHelp[sheet+"."+c.Header]; ok && ww.dept != nil {
		c.Help = h
	}
	return promptText(c)
}

// writeGuide fills the Toelichting sheet and records where the dropdown
// lists are, for the contract sheets to refer to.
func (ww *workbookWriter) writeGuide() error {
	f, sh := ww.f, GuideSheet
	row := 1
	put := func(style int, height float64, values ...any) error {
		for i, v := range values {
			if v == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, row)
			if err := f.SetCellValue(sh, cell, v); err != nil {
				return err
			}
			if err := f.SetCellStyle(sh, cell, cell, style); err != nil {
				return err
			}
		}
		if len(values) > 1 {
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := f.SetCellStyle(sh, cell, cell, ww.st.guideHead); err != nil {
				return err
			}
		}
		if height > 0 {
			if err := f.SetRowHeight(sh, row, height); err != nil {
				return err
			}
		}
		row++
		return nil
	}
	// Printed, the guide fits the page width.
	fit, one, free := true, 1, 0
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{FitToWidth: &one, FitToHeight: &free}); err != nil {
		return err
	}
	if err := f.SetColWidth(sh, "A", "A", 24); err != nil {
		return err
	}
	if err := f.SetColWidth(sh, "B", "B", guideWidth); err != nil {
		return err
	}
	if err := put(ww.st.guideTitle, 24, "Invoer voor het jaarverslag"); err != nil {
		return err
	}
	row++
	intro, sheets := guideIntro, Schema
	if ww.dept != nil {
		// What F&C decided comes first: staff need it before they start.
		if err := put(ww.st.guideTitle, 20, "Van F&C"); err != nil {
			return err
		}
		for _, p := range ww.dept.facts() {
			if err := put(ww.st.guideText, guideHeight(p[1]), p[0], p[1]); err != nil {
				return err
			}
		}
		row++
		if err := put(ww.st.guideTitle, 20, "Invullen"); err != nil {
			return err
		}
		own := deptGuide(ww.dept)
		intro = make([][2]string, len(guideIntro))
		for i, p := range guideIntro {
			if t, ok := own[p[0]]; ok {
				p[1] = t
			}
			intro[i] = p
		}
		sheets = ww.sheets
	}
	for _, p := range intro {
		if p[0] == "Keuzelijsten" {
			p[1] = ww.listsGuide(sheets, p[1])
		}
		if err := put(ww.st.guideText, guideHeight(p[1]), p[0], p[1]); err != nil {
			return err
		}
		if p[0] != "Kopregel" {
			continue
		}
		// The legend: each label in the header style it explains.
		required := "Een kop als deze, donkerblauw met vette witte letters, is verplicht: vul de kolom op elke rij in."
		if ww.has(report.SheetReport) {
			required += " Voor een veldnaam op het blad " + report.SheetReport + " geldt hetzelfde."
		}
		legend := []struct {
			label, text string
			style       int
		}{
			{"Verplicht", required, ww.st.headRequired},
			{"Niet verplicht", "Een kop als deze, lichtblauw met gewone letters, mag leeg blijven.", ww.st.head},
		}
		for _, l := range legend {
			if err := put(ww.st.guideText, guideHeight(l.text), l.label, l.text); err != nil {
				return err
			}
			cell := fmt.Sprintf("A%d", row-1)
			if err := f.SetCellStyle(sh, cell, cell, l.style); err != nil {
				return err
			}
		}
	}
	row++
	if err := put(ww.st.guideTitle, 20, "De bladen"); err != nil {
		return err
	}
	for _, s := range sheets {
		text := sheetGuide(s, ww.rule(s.Name))
		if err := put(ww.st.guideText, guideHeight(text), s.Name, text); err != nil {
			return err
		}
	}
	return ww.protect(sh)
}

// listsGuide is the Keuzelijsten topic: which columns have a dropdown, and
// then what the topic says about domains.
func (ww *workbookWriter) listsGuide(sheets []Sheet, domains string) string {
	var names []string
	for _, s := range sheets {
		for _, c := range s.Columns {
			if (c.Allowed != nil || c.Header == "Domein" && s.Name != report.SheetDomains) && !slices.Contains(names, c.Header) {
				names = append(names, c.Header)
			}
		}
	}
	return andList(names) + " kiest u uit de lijst in de cel (het pijltje rechts van de cel); een andere waarde weigert Excel. " +
		"Welke waarden er zijn, staat hieronder bij elk blad. " + domains
}

// andList joins words the Dutch way: "a, b en c".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " en " + words[len(words)-1]
}

// guideWidth is the width of the guide's text column, in characters.
const guideWidth = 100

func guideHeight(text string) float64 { return rowHeight(wrappedLines(text, guideWidth)) }

// wrappedLines estimates how many lines a text takes in a wrapped column of
// the given width. Written rows get a height from it because neither Excel
// nor LibreOffice reliably sizes rows of a generated file when opening it.
func wrappedLines(text string, width float64) int {
	lines := 0
	for _, p := range strings.Split(text, "\n") {
		lines += max(1, int(math.Ceil(float64(len([]rune(p)))/(width*1.1))))
	}
	return lines
}

// rowHeight is the height in points for a number of lines, within Excel's maximum.
func rowHeight(lines int) float64 { return min(float64(lines)*15+3, 409) }

// sheetGuide describes one sheet: purpose, columns, allowed values, rules.
func sheetGuide(s Sheet, rule string) string {
	var required, optional []string
	for _, c := range s.Columns {
		if c.Required {
			required = append(required, c.Header)
		} else {
			optional = append(optional, c.Header)
		}
	}
	noun := "Verplichte kolommen"
	if s.KeyValue {
		noun = "Verplichte velden"
	}
	lines := []string{s.Help, noun + ": " + strings.Join(required, ", ") + "."}
	if len(optional) > 0 {
		lines = append(lines, "Niet verplicht: "+strings.Join(optional, ", ")+".")
	}
	for _, c := range s.Columns {
		if c.Allowed != nil {
			lines = append(lines, c.Header+": "+strings.Join(c.Allowed, " · ")+".")
		}
	}
	if rule != "" {
		lines = append(lines, rule)
	}
	return strings.Join(lines, "\n")
}

// domainsRange is the dropdown source for Domein when Domeinen is in the
// same file, so staff's own list works.
func (ww *workbookWriter) domainsRange() string {
	s, _ := Lookup(report.SheetDomains)
	col := "B"
	for i, c := range s.Columns {
		if c.Header == "Domein" {
			col = report.ColumnName(i + 1)
		}
	}
	last := max(200, len(ww.r.Domains)+51)
	return fmt.Sprintf("%s!$%s$2:$%s$%d", report.SheetDomains, col, col, last)
}

// domainNames lists the domains this file may use, in report order.
func (ww *workbookWriter) domainNames() []string {
	var out []string
	for _, d := range ww.r.OrderedDomains() {
		if ww.keep(d.Name) {
			out = append(out, d.Name)
		}
	}
	return out
}

func (ww *workbookWriter) keep(domain string) bool {
	return ww.domains == nil || ww.domains[report.Fold(domain)]
}

// writeTable writes a sheet with a header row and one row per record.
func (ww *workbookWriter) writeTable(s Sheet) error {
	rows := ww.rowsOf(s.Name)
	sw, err := ww.f.NewStreamWriter(s.Name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(frozenHeader()); err != nil {
		return err
	}
	// excelize puts each new column definition first; going right to left
	// leaves them in the ascending order Excel requires. Columns right of
	// the contract's are open for staff's own.
	if err := sw.SetColStyle(len(s.Columns)+1, len(s.Columns)+extraColumns, ww.st.free); err != nil {
		return err
	}
	for i := len(s.Columns) - 1; i >= 0; i-- {
		c := s.Columns[i]
		if err := sw.SetColWidth(i+1, i+1, columnWidth(s.Name, c)); err != nil {
			return err
		}
		if err := sw.SetColStyle(i+1, i+1, ww.columnStyle(s.Name, c)); err != nil {
			return err
		}
	}
	head := make([]any, len(s.Columns))
	for i, c := range s.Columns {
		style := ww.st.head
		if c.Required {
			style = ww.st.headRequired
		}
		head[i] = excelize.Cell{StyleID: style, Value: c.Header}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	values := make([]any, len(s.Columns))
	for n, rec := range rows {
		lines := 1
		for i, c := range s.Columns {
			v, err := ww.cell(rec.FieldByName(c.Field), c)
			if err != nil {
				return fmt.Errorf("row %d: %w", n+2, err)
			}
			// A link with its own text is a hyperlink cell, as Excel's
			// Ctrl+K makes it: the text shown, the address behind it.
			if l, ok := v.(report.Link); ok {
				ref, _ := excelize.CoordinatesToCellName(i+1, n+2)
				if err := ww.f.SetCellHyperLink(s.Name, ref, l.URL, "External", excelize.HyperlinkOpts{Display: &l.Text}); err != nil {
					return err
				}
				v = l.Text
			}
			values[i] = v
			if text, ok := values[i].(string); ok && wrapsText(s.Name, c) {
				lines = max(lines, wrappedLines(text, columnWidth(s.Name, c)))
			}
		}
		var opts []excelize.RowOpts
		if lines > 1 {
			opts = append(opts, excelize.RowOpts{Height: rowHeight(lines)})
		}
		cell, _ := excelize.CoordinatesToCellName(1, n+2)
		if err := sw.SetRow(cell, values, opts...); err != nil {
			return err
		}
	}
	last := len(rows) + 1 + guardRows
	if err := ww.validations(s, last); err != nil {
		return err
	}
	// The filter reaches as far as the checks, so that rows staff add are
	// sorted and filtered with the others on a protected sheet too.
	ref := fmt.Sprintf("A1:%s%d", report.ColumnName(len(s.Columns)), last)
	if err := ww.f.AutoFilter(s.Name, ref, nil); err != nil {
		return err
	}
	if err := ww.protect(s.Name); err != nil {
		return err
	}
	return sw.Flush()
}

// writeFields writes Rapport: one Veld | Waarde row per field.
func (ww *workbookWriter) writeFields(s Sheet) error {
	sw, err := ww.f.NewStreamWriter(s.Name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(frozenHeader()); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 70); err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 30); err != nil {
		return err
	}
	head := []any{
		excelize.Cell{StyleID: ww.st.headRequired, Value: "Veld"},
		excelize.Cell{StyleID: ww.st.headRequired, Value: "Waarde"},
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	meta := reflect.ValueOf(ww.r.Meta)
	for i, c := range s.Columns {
		// A field name is locked and marked like a header; its value is open.
		style := ww.st.head
		if c.Required {
			style = ww.st.headRequired
		}
		// Rapport has no column styles, so each value carries its own.
		value, err := ww.cell(meta.FieldByName(c.Field), c)
		if err != nil {
			return err
		}
		if _, styled := value.(excelize.Cell); !styled {
			value = excelize.Cell{StyleID: ww.columnStyle(s.Name, c), Value: value}
		}
		row := []any{excelize.Cell{StyleID: style, Value: c.Header}, value}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+2), row); err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("A%d", i+2)
		dv.SetInput(promptTitle(c.Header), promptText(c))
		if err := ww.f.AddDataValidation(s.Name, dv); err != nil {
			return err
		}
		// The value cell shows the same help, with the check on its value.
		dv = ww.guard(s.Name, c, "B", i+2, i+2)
		if dv == nil {
			dv = excelize.NewDataValidation(true)
			dv.Sqref = fmt.Sprintf("B%d", i+2)
		}
		dv.SetInput(promptTitle(c.Header), promptText(c))
		if err := ww.f.AddDataValidation(s.Name, dv); err != nil {
			return err
		}
	}
	if err := ww.protect(s.Name); err != nil {
		return err
	}
	return sw.Flush()
}

func frozenHeader() *excelize.Panes {
	return &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}
}

// validations adds the help text on each header cell and the checks on
// the data cells below it, down to row last.
func (ww *workbookWriter) validations(s Sheet, last int) error {
	for i, c := range s.Columns {
		col := report.ColumnName(i + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = col + "1"
		dv.SetInput(promptTitle(c.Header), ww.prompt(s.Name, c))
		if err := ww.f.AddDataValidation(s.Name, dv); err != nil {
			return err
		}
		if dv := ww.guard(s.Name, c, col, 2, last); dv != nil {
			if err := ww.f.AddDataValidation(s.Name, dv); err != nil {
				return err
			}
		}
	}
	return nil
}

// Excel's own limits for a number, for a check on any number.
const (
	maxNumber = "9.99999999999999E+307"
	minNumber = "-9.99999999999999E+307"
	// 1 January 1900 and 31 December 9999 as Excel date serials.
	firstDate = "1"
	lastDate  = "2958465"
)

// guard is the check Excel makes on the cells of column col, rows first to
// last, for what the validator checks there and Excel can check too; nil
// when there is none. It is never stricter than the validator, so Excel
// never stops a value the build accepts:
//   - a dropdown (Allowed values, or Domein) refuses other values (stop),
//     as the validator does;
//   - an ID already in the column is refused (stop): EXACT after TRIM is
//     equal for the validator too, which also ignores case and accents;
//   - numbers and dates get a warning, not a stop, within the bounds of the
//     validate tag: staff may type what Excel does not take for a number but
//     the reader does (1 500, 1500.5, 31.12.2025, depending on Excel's
//     language), and Excel then asks whether to keep it. A percentage such
//     as 12,5% is a number to Excel and passes; whether one is meant there
//     is the validator's rule;
//   - a column whose format Excel cannot check (Gereed in) shows its help.
func (ww *workbookWriter) guard(sheet string, c Column, col string, first, last int) *excelize.DataValidation {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, first, col, last)
	if first == last {
		dv.Sqref = fmt.Sprintf("%s%d", col, first)
	}
	source := ww.lists[c.Header]
	switch {
	case source != "" && sheet != report.SheetDomains && !ownList(sheet, c.Header):
		dv.SetSqrefDropList(source)
		dv.SetError(excelize.DataValidationErrorStyleStop, "Kies uit de lijst", ww.listMessage(c))
	case c.Unique:
		dv.Type = "custom"
		// Without "<", which the formula would need escaped: the cell
		// itself always counts once.
		dv.Formula1 = fmt.Sprintf("SUMPRODUCT(--EXACT(TRIM($%s$%d:$%s$%d),TRIM(%s%d)))=1", col, first, col, last, col, first)
		dv.SetError(excelize.DataValidationErrorStyleStop, "Dit "+c.Header+" bestaat al",
			"Dit "+c.Header+" staat al in deze kolom. Een "+c.Header+" mag maar één keer voorkomen, ook over bestanden heen; kies een ander.")
	case c.Kind == Number:
		between(dv, "decimal", bound(c.Min, minNumber), bound(c.Max, maxNumber))
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Geen getal",
			fmt.Sprintf("Bij %s hoort %s.", c.Header, numberNoun("een getal", c, "1.500 of 1.500,75")))
	case c.Kind == Whole:
		between(dv, "whole", bound(c.Min, minNumber), bound(c.Max, maxNumber))
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Geen geheel getal",
			fmt.Sprintf("Bij %s hoort %s.", c.Header, numberNoun("een geheel getal", c, "1, 2 of 3")))
	case c.Kind == Date:
		between(dv, "date", firstDate, lastDate)
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Geen datum",
			fmt.Sprintf("Bij %s hoort een datum, zoals 31-12-2025.", c.Header))
	}
	if c.Hint {
		dv.SetInput(promptTitle(c.Header), ww.prompt(sheet, c))
	}
	if dv.Type == "" && !dv.ShowInputMessage {
		return nil
	}
	return dv
}

// between makes dv a check of type typ ("decimal", "whole", "date") for a
// value from lo to hi, formulas as Excel writes them. (excelize's SetRange
// takes floats only within float32, which Excel's limits are not.)
func between(dv *excelize.DataValidation, typ, lo, hi string) {
	dv.Type, dv.Operator, dv.Formula1, dv.Formula2 = typ, "between", lo, hi
}

// bound is a validate tag's bound as a formula, or the given default.
func bound(b *float64, def string) string {
	if b == nil {
		return def
	}
	return strconv.FormatFloat(*b, 'f', -1, 64)
}

// numberNoun names what a number column takes, with its bounds or else
// examples: "een geheel getal van 1900 tot en met 2999", "een getal van 0
// of meer, zoals 1.500 of 1.500,75".
func numberNoun(noun string, c Column, examples string) string {
	switch {
	case c.Min != nil && c.Max != nil:
		return fmt.Sprintf("%s van %s tot en met %s", noun, formatNumber(*c.Min), formatNumber(*c.Max))
	case c.Min != nil:
		noun = fmt.Sprintf("%s van %s of meer", noun, formatNumber(*c.Min))
	case c.Max != nil:
		noun = fmt.Sprintf("%s van hoogstens %s", noun, formatNumber(*c.Max))
	}
	return noun + ", zoals " + examples
}

// listMessage is the error shown when a value is not in a dropdown's list:
// the values, when they fit Excel's 255 characters (not the domains on a
// Domeinen sheet, which F&C changes), and for Domein where a new domain
// goes, when that fits too.
func (ww *workbookWriter) listMessage(c Column) string {
	values, after := c.Allowed, ""
	if c.Header == "Domein" {
		values, after = ww.domainNames(), " Mist u een domein, vraag F&C het toe te voegen."
		if ww.has(report.SheetDomains) {
			values, after = nil, " Een nieuw domein zet u eerst op het blad "+report.SheetDomains+"."
		}
	}
	fits := func(s string) bool { return len([]rune(s)) <= 255 }
	msg := fmt.Sprintf("Kies bij %s een van: %s.", c.Header, strings.Join(values, "; "))
	switch {
	case values != nil && fits(msg+after):
		return msg + after
	case values != nil && fits(msg):
		return msg // the guide says where a new domain goes
	}
	return fmt.Sprintf("Kies bij %s een waarde uit de lijst in de cel (het pijltje rechts van de cel).", c.Header) + after
}

// promptTitle fits Excel's limit of 32 characters for an input title.
func promptTitle(header string) string {
	r := []rune(header)
	if len(r) > 32 {
		return string(r[:31]) + "…"
	}
	return header
}

// promptText is the input message, within Excel's limit of 255 characters.
func promptText(c Column) string {
	msg := c.Help
	if c.Required {
		msg = "(verplicht) " + msg
	}
	if r := []rune(msg); len(r) > 255 {
		msg = string(r[:254]) + "…"
	}
	return msg
}

// columnWidth sizes a column for what is typed in it.
func columnWidth(sheet string, c Column) float64 {
	switch c.Header {
	case "Tekst":
		return 100
	case "Resultaat", "Plan", "Uitvoering":
		return 70
	case "Beschreven actie", "Concrete invulling", "Links", "Toelichting", "Indicator", "Domein":
		// Domein fits the longest default domain in Arial.
		return 45
	case "Omschrijving":
		if sheet == report.SheetDomains {
			return 70
		}
		return 45
	case "Piramideniveau", "Bron", "Onderwerp", "Link", "Titel":
		return 36
	case "Status", "Soort", "Eenheid", "Gereed in":
		return 14
	case "Uitkomst", "Na hoofdstuk", "Doorgeschoven naar":
		return 22
	}
	switch c.Kind {
	case Number:
		return 18
	case Date:
		return 13
	}
	return float64(max(12, len([]rune(c.Header))+4))
}

// wrapsText reports whether a column holds running text.
func wrapsText(sheet string, c Column) bool {
	return c.Kind == Links || (c.Kind == Text && columnWidth(sheet, c) >= 45)
}

func (ww *workbookWriter) columnStyle(sheet string, c Column) int {
	switch c.Kind {
	case Whole, Number:
		return ww.st.number
	case Date:
		return ww.st.date
	case Links:
		return ww.st.wrap
	}
	if wrapsText(sheet, c) {
		return ww.st.wrap
	}
	return ww.st.text
}

// cell turns a model field into a cell value: nil for empty, numbers as
// numbers, dates as dates, links one per line, and a link with its own
// text as that report.Link, for a hyperlink cell. One cell holds one
// hyperlink, so links with a text cannot share a cell with other links.
func (ww *workbookWriter) cell(v reflect.Value, c Column) (any, error) {
	if !v.IsValid() {
		return nil, nil
	}
	pointer := v.Kind() == reflect.Pointer
	if pointer {
		if v.IsNil() {
			return nil, nil
		}
		v = v.Elem()
	}
	switch c.Kind {
	case Links:
		links := v.Interface().([]report.Link)
		if len(links) == 1 && links[0].Text != "" {
			return links[0], nil
		}
		urls := make([]string, len(links))
		for i, l := range links {
			if l.Text != "" {
				return nil, fmt.Errorf("%s: a cell holds one hyperlink; %q cannot share it with other links", c.Header, l.Text)
			}
			urls[i] = l.URL
		}
		if len(urls) == 0 {
			return nil, nil
		}
		return strings.Join(urls, "\n"), nil
	case Link:
		l := v.Interface().(report.Link)
		switch {
		case l.Text != "":
			return l, nil
		case l.URL == "":
			return nil, nil
		}
		return l.URL, nil
	case Date:
		t := v.Interface().(time.Time)
		if t.IsZero() {
			return nil, nil
		}
		return t, nil
	case Whole:
		if v.Int() == 0 && !pointer {
			return nil, nil
		}
		return int(v.Int()), nil
	case Number:
		return v.Float(), nil
	}
	if v.String() == "" {
		return nil, nil
	}
	return v.String(), nil
}

// rowsOf returns the records of a table sheet that belong in this file.
func (ww *workbookWriter) rowsOf(sheet string) []reflect.Value {
	rows := reflect.ValueOf(ww.r.Section(sheet))
	if !rows.IsValid() {
		return nil
	}
	out := make([]reflect.Value, 0, rows.Len())
	for i := 0; i < rows.Len(); i++ {
		rec := rows.Index(i)
		if d := rec.FieldByName("Domain"); d.IsValid() && sheet != report.SheetDomains && !ww.keep(d.String()) {
			continue
		}
		out = append(out, rec)
	}
	return out
}

// sortedZip buffers the parts of a workbook and writes them in a fixed
// order with a fixed time, so equal workbooks are equal bytes.
type sortedZip struct {
	w        io.Writer
	modified time.Time
	files    map[string]*bytes.Buffer
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	b := new(bytes.Buffer)
	z.files[name] = b
	return b, nil
}

func (z *sortedZip) AddFS(fs.FS) error { return errors.New("sorted zip: AddFS not supported") }

func (z *sortedZip) Close() error {
	names := make([]string, 0, len(z.files))
	for n := range z.files {
		names = append(names, n)
	}
	// [Content_Types].xml first, as Office writes it; some readers expect that.
	sort.Slice(names, func(i, j int) bool {
		ci, cj := names[i] == "[Content_Types].xml", names[j] == "[Content_Types].xml"
		if ci != cj {
			return ci
		}
		return names[i] < names[j]
	})
	zw := zip.NewWriter(z.w)
	for _, n := range names {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: z.modified.UTC()})
		if err != nil {
			return err
		}
		if _, err := fw.Write(z.files[n].Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}
