package report

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"
)

// Validate checks every field and cross-row rule of the contract. It first
// makes matching values canonical (status, level, kind and domain written in
// another case or without accents become the listed spelling), so the
// writers can compare exactly.
//
// A rule that needs every row of a sheet that was not (all) read is left
// out, and that is said once per reason: its findings would only follow
// from the finding that says why the sheet was not read (see Report.Unread).
func Validate(r *Report) Findings {
	var fs Findings
	u := &unchecked{r: r}
	canonicalise(r)
	fs = append(fs, percentRules(r)...)
	fs = append(fs, fieldRules(r, u)...)
	fs = append(fs, sheetCounts(r, u)...)
	fs = append(fs, domainRules(r, u)...)
	fs = append(fs, idRules(r, u)...)
	fs = append(fs, noteRules(r, u)...)
	fs = append(fs, previousRules(r, u)...)
	fs = append(fs, reviewRules(r, u)...)
	fs = append(fs, u.findings()...)
	return fs
}

// unchecked counts the checks left out because a sheet they need was not
// read completely.
type unchecked struct {
	r      *Report
	checks []*skippedCheck
}

type skippedCheck struct {
	sheet, what string
	why         Unread
	n           int      // rows not checked
	on          []string // sheets whose rows were not checked; none for a check of the whole report
}

// need reports whether sheet was read completely; if not, it counts one
// check of what on a row of the sheet on ("" for a check of the whole
// report) as left out.
func (u *unchecked) need(sheet, what, on string) bool {
	ok, why := u.r.Complete(sheet)
	if ok {
		return true
	}
	for _, c := range u.checks {
		if c.sheet == sheet && c.what == what {
			c.n++
			if on != "" && !slices.Contains(c.on, on) {
				c.on = append(c.on, on)
			}
			return false
		}
	}
	c := &skippedCheck{sheet: sheet, what: what, why: why, n: 1}
	if on != "" {
		c.on = []string{on}
	}
	u.checks = append(u.checks, c)
	return false
}

// findings says once per reason what was not checked, at the finding that
// gives the reason.
func (u *unchecked) findings() Findings {
	var fs Findings
	var whys []Unread
	parts := map[Unread][]string{}
	for _, c := range u.checks {
		what := c.what
		if len(c.on) > 0 {
			rows := "rijen"
			if c.n == 1 {
				rows = "rij"
			}
			what += fmt.Sprintf(" in %d %s op %s", c.n, rows, strings.Join(c.on, " en "))
		}
		if _, ok := parts[c.why]; !ok {
			whys = append(whys, c.why)
		}
		parts[c.why] = append(parts[c.why], what)
	}
	for _, why := range whys {
		because := fmt.Sprintf("het blad %s niet (volledig) gelezen is", why.Sheet)
		switch why.Sheet {
		case "":
			because = fmt.Sprintf("%s niet gelezen kon worden", why.Pos.File)
		case PreviousAnnex:
			because = fmt.Sprintf("%s niet als bijlage van vorig jaar gebruikt kan worden", why.Pos.File)
		}
		fs.Add(Warning, RuleUnchecked, why.Pos, "",
			"niet gecontroleerd, omdat %s: %s. Los eerst die fout op en controleer opnieuw", because, strings.Join(parts[why], "; "))
	}
	return fs
}

func canonicalise(r *Report) {
	for i := range r.Actions {
		r.Actions[i].Status = Status(canonical(string(r.Actions[i].Status), toStrings(Statuses)))
	}
	for i := range r.Achievements {
		r.Achievements[i].Level = PyramidLevel(canonical(string(r.Achievements[i].Level), toStrings(PyramidLevels)))
	}
	for i := range r.Budget {
		r.Budget[i].Kind = BudgetKind(canonical(string(r.Budget[i].Kind), toStrings(BudgetKinds)))
	}
	for i := range r.Reviews {
		r.Reviews[i].Outcome = Outcome(canonical(string(r.Reviews[i].Outcome), toStrings(Outcomes)))
	}
	for i := range r.Reflections {
		f := &r.Reflections[i]
		// The layout's title "Wat heeft het gekost?" names a chapter too.
		v := strings.TrimSuffix(strings.TrimSpace(string(f.After)), "?")
		if c := Chapter(canonical(v, toStrings(Placeable))); isChapter(c) {
			f.After = c
		}
	}
}

// canonical returns the allowed spelling of v, or v itself when none matches.
func canonical(v string, allowed []string) string {
	f := Fold(v)
	for _, a := range allowed {
		if Fold(a) == f {
			return a
		}
	}
	return v
}

func toStrings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

var (
	validate     *validator.Validate
	validateOnce sync.Once
)

func validatorInstance() *validator.Validate {
	validateOnce.Do(func() {
		v := validator.New(validator.WithRequiredStructEnabled())
		oneOf := func(allowed []string) validator.Func {
			return func(fl validator.FieldLevel) bool {
				s := fl.Field().String()
				for _, a := range allowed {
					if s == a {
						return true
					}
				}
				return false
			}
		}
		must(v.RegisterValidation("status", oneOf(toStrings(Statuses))))
		must(v.RegisterValidation("level", oneOf(toStrings(PyramidLevels))))
		must(v.RegisterValidation("kind", oneOf(toStrings(BudgetKinds))))
		must(v.RegisterValidation("outcome", oneOf(toStrings(Outcomes))))
		must(v.RegisterValidation("chapter", oneOf(toStrings(Placeable))))
		must(v.RegisterValidation("weburl", func(fl validator.FieldLevel) bool { return IsWebURL(fl.Field().String()) }))
		// A Link is validated by its address; its text is free, but a text
		// without an address is not a link.
		v.RegisterCustomTypeFunc(func(f reflect.Value) any {
			l := f.Interface().(Link)
			if l.URL == "" && l.Text != "" {
				return l.Text
			}
			return l.URL
		}, Link{})
		must(v.RegisterValidation("due", func(fl validator.FieldLevel) bool { _, ok := ParseDue(fl.Field().String()); return ok }))
		validate = v
	})
	return validate
}

func must(err error) {
	if err != nil {
		panic(err) // only on a programming error in the tags above
	}
}

// IsWebURL accepts absolute http(s) URLs with a host.
func IsWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t\n")
}

// percentRules checks that every percentage stands where one is meant: the
// Kerncijfers of a unit in percent and the percentage threshold. Anywhere
// else, a cell shown as 12,5% holds 0.125 while 12,5 is shown, and no one
// can tell which was meant; the value is reported, left out and marked bad
// so that no rule builds on it.
func percentRules(r *Report) Findings {
	var fs Findings
	// meant says for a field whether a percentage is meant there, and if
	// not, what it is instead and what to do.
	type meant func(field string) (ok bool, instead, do string)
	check := func(row reflect.Value, src *Source, m meant) {
		for _, field := range slices.Sorted(maps.Keys(src.Percent)) {
			ok, instead, do := m(field)
			if ok {
				continue
			}
			f := row.FieldByName(field)
			sf, _ := row.Type().FieldByName(field)
			header, _, _ := ColumnOf(sf)
			shown := percentShown(f)
			f.SetZero()
			if src.Bad == nil {
				src.Bad = map[string]bool{}
			}
			src.Bad[field] = true
			fs.Add(Error, RulePercent, src.At(field), shown,
				"%q is ingevuld als percentage (%s), maar %s; %s en geef de cel de getalnotatie Standaard of Getal", header, shown, instead, do)
		}
	}
	number := func(instead string) meant {
		return func(string) (bool, string, string) { return false, instead, "vul het getal in zonder %" }
	}
	amount := func(string) (bool, string, string) {
		return false, "het is een bedrag in euro's", "vul het bedrag in zonder %"
	}
	check(reflect.ValueOf(&r.Meta).Elem(), &r.Meta.Src, func(field string) (bool, string, string) {
		switch field {
		case "ThresholdPct":
			return true, "", ""
		case "ThresholdEUR":
			return amount(field)
		}
		return number("het is geen percentage")(field)
	})
	for i := range r.Domains {
		check(reflect.ValueOf(&r.Domains[i]).Elem(), &r.Domains[i].Src, number("de volgorde is geen percentage"))
	}
	for i := range r.Developments {
		check(reflect.ValueOf(&r.Developments[i]).Elem(), &r.Developments[i].Src, number("de volgorde is geen percentage"))
	}
	for i := range r.Reflections {
		check(reflect.ValueOf(&r.Reflections[i]).Elem(), &r.Reflections[i].Src, number("de volgorde is geen percentage"))
	}
	for i := range r.KeyFigures {
		k := &r.KeyFigures[i]
		check(reflect.ValueOf(k).Elem(), &k.Src, func(string) (bool, string, string) {
			// Without an Eenheid the required rule speaks; this one waits.
			if PercentUnit(k.Unit) || strings.TrimSpace(k.Unit) == "" {
				return true, "", ""
			}
			return false, fmt.Sprintf("de Eenheid is %q", k.Unit), "is het een percentage, zet dan de Eenheid op %; zo niet, vul het getal in zonder %"
		})
	}
	for i := range r.Budget {
		check(reflect.ValueOf(&r.Budget[i]).Elem(), &r.Budget[i].Src, amount)
	}
	return fs
}

// percentShown is a percentage as staff see it: "12,5%".
func percentShown(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Float64:
		return FormatNumber(v.Float(), 10) + "%"
	case reflect.Int:
		return FormatNumber(float64(v.Int()), 0) + "%"
	}
	return ""
}

// fieldRules runs the validator tags on every row and turns each failure
// into a finding at the field's cell.
func fieldRules(r *Report, u *unchecked) Findings {
	var fs Findings
	check := func(row any, src Source) {
		err := validatorInstance().Struct(row)
		var ves validator.ValidationErrors
		if !errors.As(err, &ves) {
			return
		}
		t := reflect.TypeOf(row)
		for _, fe := range ves {
			field, _, _ := strings.Cut(fe.StructField(), "[")
			if src.Bad[field] {
				continue
			}
			sf, _ := t.FieldByName(field)
			header, _, _ := ColumnOf(sf)
			fs = append(fs, fieldFinding(fe, header, src.At(field)))
		}
	}
	if r.Meta.Src.File != "" && u.need(SheetReport, "de velden van Rapport", "") {
		check(r.Meta, r.Meta.Src)
	}
	for _, d := range r.Domains {
		check(d, d.Src)
	}
	for _, a := range r.Actions {
		check(a, a.Src)
	}
	for _, a := range r.Achievements {
		check(a, a.Src)
	}
	for _, p := range r.Plans {
		check(p, p.Src)
	}
	for _, d := range r.Developments {
		check(d, d.Src)
	}
	for _, k := range r.KeyFigures {
		check(k, k.Src)
	}
	for _, b := range r.Budget {
		check(b, b.Src)
	}
	for _, f := range r.Reflections {
		check(f, f.Src)
	}
	for _, v := range r.Reviews {
		check(v, v.Src)
	}
	return fs
}

// fieldFinding writes the Dutch message for one failed tag.
func fieldFinding(fe validator.FieldError, header string, pos Pos) Finding {
	value := fmt.Sprint(fe.Value())
	if p, ok := fe.Value().(*float64); ok && p != nil {
		value = fmt.Sprint(*p)
	}
	f := Finding{Severity: Error, Pos: pos, Value: value}
	switch fe.Tag() {
	case "required":
		f.Rule, f.Value = RuleRequired, ""
		f.Message = fmt.Sprintf("%q is verplicht", header)
	case "status":
		f.Rule = RuleStatus
		f.Message = fmt.Sprintf("Status %q is ongeldig; kies uit %s", value, strings.Join(toStrings(Statuses), ", "))
	case "level":
		f.Rule = RuleLevel
		f.Message = fmt.Sprintf("Piramideniveau %q is ongeldig; kies uit %s", value, strings.Join(toStrings(PyramidLevels), "; "))
		if s := Closest(value, toStrings(PyramidLevels)); s != "" {
			f.Message += fmt.Sprintf(" (bedoelt u %q?)", s)
		}
	case "kind":
		f.Rule = RuleKind
		f.Message = fmt.Sprintf("Soort %q is ongeldig; kies uit Lasten of Baten", value)
	case "outcome":
		f.Rule = RuleOutcome
		f.Message = fmt.Sprintf("Uitkomst %q is ongeldig; kies uit %s", value, strings.Join(toStrings(Outcomes), ", "))
		if s := Closest(value, toStrings(Outcomes)); s != "" {
			f.Message += fmt.Sprintf(" (bedoelt u %q?)", s)
		}
	case "chapter":
		f.Rule = RuleChapter
		f.Message = fmt.Sprintf("Na hoofdstuk %q is geen hoofdstuk van het verslag; kies uit %s, of laat de cel leeg voor direct na de Samenvatting", value, strings.Join(toStrings(Placeable), ", "))
		if s := Closest(value, toStrings(Placeable)); s != "" {
			f.Message += fmt.Sprintf(" (bedoelt u %q?)", s)
		}
	case "weburl":
		f.Rule = RuleURL
		f.Message = fmt.Sprintf("%q bevat geen geldig webadres: %q; gebruik een volledig adres dat begint met https:// of http://", header, value)
	case "due":
		f.Rule = RuleDue
		f.Message = fmt.Sprintf("%q %q is ongeldig; gebruik een jaar (2026), een kwartaal (Q3 2026) of een datum (30-09-2026)", header, value)
	case "min", "max", "gte", "lte":
		f.Rule = RuleRange
		f.Message = fmt.Sprintf("%q %s valt buiten het toegestane bereik (%s %s)", header, value, rangeWord(fe.Tag()), fe.Param())
	default:
		f.Rule = fe.Tag()
		f.Message = fmt.Sprintf("%q is ongeldig (%s)", header, fe.Tag())
	}
	return f
}

func rangeWord(tag string) string {
	switch tag {
	case "min", "gte":
		return "minimaal"
	}
	return "maximaal"
}

// sheetCounts checks that Rapport and Domeinen each appear exactly once.
func sheetCounts(r *Report, u *unchecked) Findings {
	var fs Findings
	for _, c := range []struct{ sheet, rule string }{{SheetReport, RuleReportSheet}, {SheetDomains, RuleDomainsSheet}} {
		in := r.filesWith(c.sheet)
		switch {
		case len(in) == 0 && len(r.Files) > 0 && u.need(c.sheet, "of er een blad "+c.sheet+" is", ""):
			fs.Add(Error, c.rule, Pos{File: r.Files[0].Name}, "",
				"het blad %q ontbreekt; precies één bestand moet dit blad hebben (maak het met jaarverslag template). Controleert u het bestand van een afdeling, geef dan ook het bestand met Rapport en Domeinen mee, bijvoorbeeld: jaarverslag validate rapport.xlsx %s", c.sheet, r.Files[0].Name)
		case len(in) > 1:
			for _, name := range in[1:] {
				fs.Add(Error, c.rule, Pos{File: name, Sheet: c.sheet}, "",
					"het blad %q staat in meer dan één bestand (%s); houd het in één bestand", c.sheet, strings.Join(in, ", "))
			}
		}
	}
	return fs
}

// domainRules checks the Domeinen list itself and makes every domain used
// elsewhere canonical, or reports it with the closest listed name.
func domainRules(r *Report, u *unchecked) Findings {
	var fs Findings
	byFold := map[string]string{}
	// Duplicates count within one file: a second Domeinen sheet in another
	// file is one domeinen-blad error, not one more error per domain.
	type key struct{ file, name string }
	type order struct {
		file string
		n    int
	}
	seen := map[key]string{}
	orders := map[order]string{}
	var names []string
	for _, d := range r.Domains {
		if d.Name == "" {
			continue
		}
		k := Fold(d.Name)
		if first, ok := seen[key{d.Src.File, k}]; ok {
			fs.Add(Error, RuleDuplicateDomain, d.Src.At("Name"), d.Name, "domein %q staat al eerder in de lijst (%q)", d.Name, first)
			continue
		}
		seen[key{d.Src.File, k}] = d.Name
		if other, ok := orders[order{d.Src.File, d.Order}]; ok && d.Order != 0 {
			fs.Add(Warning, RuleDuplicateOrder, d.Src.At("Order"), fmt.Sprint(d.Order), "volgorde %d is ook gebruikt voor %q", d.Order, other)
		}
		orders[order{d.Src.File, d.Order}] = d.Name
		if _, ok := byFold[k]; !ok {
			byFold[k] = d.Name
			names = append(names, d.Name)
		}
	}
	if len(r.Domains) == 0 {
		return fs // reported by sheetCounts or the reader; every row would repeat it
	}
	fix := func(domain *string, src Source) {
		if *domain == "" || !u.need(SheetDomains, "domeinnamen", src.Sheet) {
			return
		}
		if name, ok := byFold[Fold(*domain)]; ok {
			*domain = name
			return
		}
		msg := fmt.Sprintf("domein %q staat niet op het blad Domeinen", *domain)
		if s := Closest(*domain, names); s != "" {
			msg += fmt.Sprintf("; bedoelt u %q?", s)
		} else {
			msg += "; kies uit " + strings.Join(names, ", ")
		}
		fs = append(fs, Finding{Severity: Error, Rule: RuleUnknownDomain, Pos: src.At("Domain"), Value: *domain, Message: msg})
	}
	for i := range r.Actions {
		fix(&r.Actions[i].Domain, r.Actions[i].Src)
	}
	for i := range r.Achievements {
		fix(&r.Achievements[i].Domain, r.Achievements[i].Src)
	}
	for i := range r.Plans {
		fix(&r.Plans[i].Domain, r.Plans[i].Src)
	}
	for i := range r.Developments {
		fix(&r.Developments[i].Domain, r.Developments[i].Src)
	}
	for i := range r.KeyFigures {
		fix(&r.KeyFigures[i].Domain, r.KeyFigures[i].Src)
	}
	for i := range r.Budget {
		fix(&r.Budget[i].Domain, r.Budget[i].Src)
	}
	return fs
}

// idRules checks that IDs are unique per sheet across files and that every
// Actie-ID refers to a coalition action.
func idRules(r *Report, u *unchecked) Findings {
	var fs Findings
	unique := func(sheet, id string, src Source, seen map[string]Source) {
		if id == "" {
			return
		}
		k := Fold(id)
		if first, ok := seen[k]; ok {
			fs.Add(Error, RuleDuplicateID, src.At("ID"), id, "ID %q komt al voor op %s; elk ID mag op het blad %s maar één keer voorkomen, ook over bestanden heen", id, first.At("ID"), sheet)
			return
		}
		seen[k] = src
	}
	actions := map[string]Source{}
	for _, a := range r.Actions {
		unique(SheetActions, a.ID, a.Src, actions)
	}
	seen := map[string]Source{}
	for _, a := range r.Achievements {
		unique(SheetAchievements, a.ID, a.Src, seen)
	}
	seen = map[string]Source{}
	for _, p := range r.Plans {
		unique(SheetPlans, p.ID, p.Src, seen)
	}
	ref := func(id string, src Source) {
		if id == "" || !u.need(SheetActions, "verwijzingen naar een Actie-ID", src.Sheet) {
			return
		}
		if _, ok := actions[Fold(id)]; !ok {
			fs.Add(Error, RuleUnknownAction, src.At("ActionID"), id, "Actie-ID %q staat niet op het blad Coalitieakkoord; laat het leeg of gebruik een bestaand ID", id)
		}
	}
	for _, a := range r.Achievements {
		ref(a.ActionID, a.Src)
	}
	for _, p := range r.Plans {
		ref(p.ActionID, p.Src)
	}
	return fs
}

// noteRules requires a Toelichting where the council must be told why.
func noteRules(r *Report, u *unchecked) Findings {
	var fs Findings
	for _, a := range r.Actions {
		if a.Status.NeedsExplanation() && strings.TrimSpace(a.Explanation) == "" {
			pos := a.Src.At("Explanation")
			if a.Src.Cols != nil && a.Src.Cols["Explanation"] == 0 {
				pos = a.Src.At("Status")
			}
			fs.Add(Error, RuleStatusNote, pos, string(a.Status), "\"Toelichting\" is verplicht bij status %s", a.Status)
		}
	}
	for _, b := range r.Budget {
		if strings.TrimSpace(b.Explanation) != "" || b.Budget == nil || b.Actual == nil {
			continue
		}
		if !u.need(SheetReport, "afwijkingen tegen de drempels", b.Src.Sheet) {
			continue
		}
		dev := b.Deviation()
		eur, pct := r.Meta.OverThreshold(b)
		var over []string
		if eur {
			over = append(over, fmt.Sprintf("meer dan € %s", FormatNumber(*r.Meta.ThresholdEUR, 0)))
		}
		if pct {
			over = append(over, fmt.Sprintf("meer dan %s%%", FormatNumber(*r.Meta.ThresholdPct, 1)))
		}
		if len(over) == 0 {
			continue
		}
		pos := b.Src.At("Explanation")
		if b.Src.Cols != nil && b.Src.Cols["Explanation"] == 0 {
			pos = b.Src.At("Actual")
		}
		fs.Add(Error, RuleDeviationNote, pos, FormatNumber(dev, 2),
			"\"Toelichting\" is verplicht: de realisatie wijkt € %s af van de begroting na wijziging (%s)", FormatNumber(dev, 0), strings.Join(over, " en "))
	}
	return fs
}
