package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Outcome is what became of one of last year's plans.
type Outcome string

const (
	OutcomeDone     Outcome = "Gerealiseerd"
	OutcomePartly   Outcome = "Deels gerealiseerd"
	OutcomeMoved    Outcome = "Doorgeschoven"
	OutcomeNotDone  Outcome = "Niet gerealiseerd"
	OutcomeDropped  Outcome = "Vervallen"
	outcomeNotKnown Outcome = "" // only for counting rows that reached no valid outcome
)

// Outcomes lists the allowed values in the order reports show them.
var Outcomes = []Outcome{OutcomeDone, OutcomePartly, OutcomeMoved, OutcomeNotDone, OutcomeDropped}

// NeedsExplanation is true for every outcome but Gerealiseerd: the council
// is told why a promise was not (wholly) kept.
func (o Outcome) NeedsExplanation() bool { return o != OutcomeDone }

// PlanReview is one row of Terugblik: what became of one plan of last
// year's report. Domain and Plan are typed (or prefilled by the template)
// as a reminder; when last year's annex is known, Validate replaces them
// by the annex's values, which are the ones reported.
type PlanReview struct {
	PlanID      string  `col:"Plan-ID,required" validate:"required"`
	Outcome     Outcome `col:"Uitkomst,required" validate:"required,outcome"`
	Explanation string  `col:"Toelichting"`
	MovedTo     string  `col:"Doorgeschoven naar"`
	Domain      string  `col:"Domein"`
	Plan        string  `col:"Plan"`
	Src         Source  `validate:"-"`
}

// PreviousYear is last year's annex, as far as the Terugblik needs it: whose
// report it was and its plans (with their place in the annex).
type PreviousYear struct {
	File         string // as findings name it
	SHA256       string
	Municipality string
	Year         int
	Portfolio    string
	Plans        []Plan
}

// The annex carries these custom document properties (output/annex writes
// them), so that next year's build can tell whose report it belongs to
// (sources reads them).
const (
	AnnexMunicipality = "Gemeente"
	AnnexYear         = "Verslagjaar"
	AnnexPortfolio    = "Portefeuille"
)

// PreviousAnnex stands for last year's annex in Report.Unread when it was
// given but cannot be used: the rules that compare with it are then left out.
const PreviousAnnex = "bijlage van vorig jaar"

// Blank gives a Terugblik row for every plan of last year, with Domein and
// Plan filled in, for the template; with domains, only the plans of those
// domains (matched the way the contract matches names). The plans of a
// domain stand together, domains in the order they first come in the annex.
func (p *PreviousYear) Blank(domains ...string) []PlanReview {
	keep := map[string]bool{}
	for _, d := range domains {
		keep[Fold(d)] = true
	}
	rank := map[string]int{}
	var out []PlanReview
	for _, pl := range p.Plans {
		if len(keep) > 0 && !keep[Fold(pl.Domain)] {
			continue
		}
		if _, ok := rank[Fold(pl.Domain)]; !ok {
			rank[Fold(pl.Domain)] = len(rank)
		}
		out = append(out, PlanReview{PlanID: pl.ID, Domain: pl.Domain, Plan: pl.Text})
	}
	sort.SliceStable(out, func(i, j int) bool { return rank[Fold(out[i].Domain)] < rank[Fold(out[j].Domain)] })
	return out
}

// CheckPrevious checks that an annex is last year's of this report: the
// same municipality and Verslagjaar one less (errors), the same portfolio
// (a warning: portfolios are renamed now and then). ok is false when the
// annex cannot stand for last year.
func CheckPrevious(m Meta, p *PreviousYear) (fs Findings, ok bool) {
	pos := Pos{File: p.File}
	ok = true
	if m.Municipality != "" && municipality(p.Municipality) != municipality(m.Municipality) {
		fs.Add(Error, RulePrevious, pos, p.Municipality,
			"de bijlage van vorig jaar is van %s, dit verslag van %s; geef met --vorig-jaar de bijlage van het verslag van %s over %d",
			p.Municipality, m.Municipality, m.Municipality, m.Year-1)
		ok = false
	}
	if m.Year != 0 && p.Year != m.Year-1 {
		fs.Add(Error, RulePrevious, pos, fmt.Sprint(p.Year),
			"de bijlage van vorig jaar is van verslagjaar %d, maar dit verslag is over %d; geef met --vorig-jaar de bijlage over %d (jaarverslag-%d-…-bijlage.xlsx)",
			p.Year, m.Year, m.Year-1, m.Year-1)
		ok = false
	}
	if ok && m.Portfolio != "" && p.Portfolio != "" && Fold(p.Portfolio) != Fold(m.Portfolio) {
		fs.Add(Warning, RulePrevious, pos, p.Portfolio,
			"de bijlage van vorig jaar is van de portefeuille %q, dit verslag van %q; klopt dat? De terugblik gaat over de plannen in die bijlage",
			p.Portfolio, m.Portfolio)
	}
	return fs, ok
}

// municipality compares names with or without "Gemeente".
func municipality(s string) string {
	f := Fold(s)
	return strings.TrimPrefix(f, "gemeente ")
}

// previousRules checks last year's annex against this report. When it is
// not last year's, it counts as unread, so the Terugblik is not checked
// against it: every plan would be missing or unknown.
func previousRules(r *Report, u *unchecked) Findings {
	if r.Previous == nil || !u.need(SheetReport, "of de bijlage van vorig jaar bij dit verslag hoort", "") {
		return nil
	}
	fs, ok := CheckPrevious(r.Meta, r.Previous)
	if !ok {
		r.Unread = append(r.Unread, Unread{Sheet: PreviousAnnex, Pos: fs[0].Pos})
		r.Previous = nil
	}
	return fs
}

// reviewRules checks the Terugblik: one row per plan, a Toelichting where a
// plan was not realised, a plan of this year where one was postponed, and,
// with last year's annex, every plan of last year there and nothing else.
// The annex's Domein and Plan replace the typed ones.
func reviewRules(r *Report, u *unchecked) Findings {
	var fs Findings
	seen := map[string]Source{}
	for _, v := range r.Reviews {
		if v.PlanID == "" {
			continue
		}
		k := Fold(v.PlanID)
		if first, ok := seen[k]; ok {
			fs.Add(Error, RuleReviewDuplicate, v.Src.At("PlanID"), v.PlanID,
				"Plan-ID %q staat al op %s; elk plan van vorig jaar staat precies één keer op het blad Terugblik, ook over bestanden heen. Haal een van beide rijen weg",
				v.PlanID, first.At("PlanID"))
			continue
		}
		seen[k] = v.Src
	}
	plans := map[string]Plan{}
	var planIDs []string
	for _, p := range r.Plans {
		if p.ID != "" {
			plans[Fold(p.ID)] = p
			planIDs = append(planIDs, p.ID)
		}
	}
	for _, v := range r.Reviews {
		if !v.Outcome.valid() {
			continue // the field rule says so
		}
		if v.Outcome.NeedsExplanation() && strings.TrimSpace(v.Explanation) == "" {
			fs.Add(Error, RuleOutcomeNote, cellOr(v.Src, "Explanation", "Outcome"), string(v.Outcome),
				"\"Toelichting\" is verplicht bij Uitkomst %s: vertel de raad waarom het plan niet (helemaal) is uitgevoerd", v.Outcome)
		}
		moved := strings.TrimSpace(v.MovedTo)
		switch {
		case moved == "" && v.Outcome == OutcomeMoved:
			fs.Add(Error, RuleMovedTo, cellOr(v.Src, "MovedTo", "Outcome"), "",
				"\"Doorgeschoven naar\" is verplicht bij Uitkomst Doorgeschoven: het ID van het plan op het blad Plannen (voor %d) waarin dit plan verder gaat", r.Meta.PlanYear())
		case moved == "" || !u.need(SheetPlans, "verwijzingen in Doorgeschoven naar", v.Src.Sheet):
		case plans[Fold(moved)].ID == "":
			msg := fmt.Sprintf("\"Doorgeschoven naar\" %q staat niet op het blad Plannen; gebruik het ID van het plan voor %d waarin dit plan verder gaat", moved, r.Meta.PlanYear())
			if s := Closest(moved, planIDs); s != "" {
				msg += fmt.Sprintf(" (bedoelt u %q?)", s)
			}
			fs = append(fs, Finding{Severity: Error, Rule: RuleMovedTo, Pos: v.Src.At("MovedTo"), Value: moved, Message: msg})
		}
	}
	if len(r.Reviews) == 0 && r.Previous == nil {
		return fs
	}
	const complete = "of elk plan van vorig jaar precies één keer op het blad Terugblik staat"
	if r.Previous == nil {
		if ok, _ := r.Complete(PreviousAnnex); !ok {
			u.need(PreviousAnnex, complete, "")
			return fs
		}
		fs.Add(Warning, RuleUnchecked, r.Reviews[0].Src.Pos().sheet(), "",
			"niet gecontroleerd %s en of elk Plan-ID een plan van vorig jaar is: geef daarvoor de bijlage van vorig jaar mee met --vorig-jaar VORIG-bijlage.xlsx", complete)
		return fs
	}
	prev := map[string]Plan{}
	var prevIDs []string
	for _, p := range r.Previous.Plans {
		prev[Fold(p.ID)] = p
		prevIDs = append(prevIDs, p.ID)
	}
	for i := range r.Reviews {
		v := &r.Reviews[i]
		if v.PlanID == "" {
			continue
		}
		p, ok := prev[Fold(v.PlanID)]
		if !ok {
			msg := fmt.Sprintf("Plan-ID %q staat niet op het blad Plannen van de bijlage van vorig jaar (%s)", v.PlanID, r.Previous.File)
			if s := Closest(v.PlanID, prevIDs); s != "" {
				msg += fmt.Sprintf("; bedoelt u %q?", s)
			} else {
				msg += "; gebruik het ID van een plan uit die bijlage"
			}
			fs = append(fs, Finding{Severity: Error, Rule: RuleReviewUnknown, Pos: v.Src.At("PlanID"), Value: v.PlanID, Message: msg})
			continue
		}
		fs = append(fs, reminderRules(v, p)...)
		v.PlanID, v.Domain, v.Plan = p.ID, p.Domain, p.Text
	}
	if !u.need(SheetReview, complete, "") {
		return fs
	}
	at := Pos{Sheet: SheetReview}
	switch in := r.filesWith(SheetReview); {
	case len(r.Reviews) > 0:
		at = r.Reviews[0].Src.Pos().sheet()
	case len(in) > 0:
		at.File = in[0]
	case len(r.Files) > 0:
		at = Pos{File: r.Files[0].Name}
	}
	for _, p := range r.Previous.Plans {
		if _, ok := seen[Fold(p.ID)]; ok || p.ID == "" {
			continue
		}
		fs.Add(Error, RuleReviewMissing, at, p.ID,
			"plan %s van vorig jaar ontbreekt op het blad Terugblik: %s – “%s” (%s); voeg een rij toe met Plan-ID %s en de Uitkomst",
			p.ID, p.Domain, short(p.Text), p.Src.At("ID"), p.ID)
	}
	return fs
}

// reminderRules warns when the typed Domein or Plan of a Terugblik row is
// not last year's: the report shows last year's, and what was typed
// instead would be lost without a word.
func reminderRules(v *PlanReview, p Plan) Findings {
	var fs Findings
	for _, c := range []struct{ field, typed, was, header string }{
		{"Domain", v.Domain, p.Domain, "Domein"},
		{"Plan", v.Plan, p.Text, "Plan"},
	} {
		if strings.TrimSpace(c.typed) == "" || Fold(c.typed) == Fold(c.was) {
			continue
		}
		fs.Add(Warning, RuleReviewReminder, v.Src.At(c.field), short(c.typed),
			"%q wijkt af van plan %s in de bijlage van vorig jaar (“%s”); in het verslag staat het zoals vorig jaar. Wat u wilt toevoegen, hoort in de Toelichting",
			c.header, p.ID, short(c.was))
	}
	return fs
}

// cellOr is the cell of field, or of the field instead when the sheet has
// no column for it.
func cellOr(src Source, field, instead string) Pos {
	if src.Cols != nil && src.Cols[field] == 0 {
		return src.At(instead)
	}
	return src.At(field)
}

// sheet is the position of the whole sheet.
func (p Pos) sheet() Pos { return Pos{File: p.File, Sheet: p.Sheet} }

func (o Outcome) valid() bool {
	for _, k := range Outcomes {
		if k == o {
			return true
		}
	}
	return false
}

// short shortens a text for a message.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const most = 80
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	return string([]rune(s)[:most]) + "…"
}

// ReviewGroup is one domain of the Terugblik with its rows.
type ReviewGroup struct {
	Domain  string // last year's name; "" when it is not known
	Reviews []PlanReview
}

// ReviewsByDomain groups the Terugblik per domain: the domains of this
// year's Domeinen first, in their order, then last year's domains that are
// gone, in the order they came; rows without a domain last. Within a domain
// the plans keep last year's order when the annex is known, else the order
// of the rows.
func (r *Report) ReviewsByDomain() []ReviewGroup {
	var gs []ReviewGroup
	for _, g := range r.reviewGroups() {
		rg := ReviewGroup{Domain: g.domain}
		for _, i := range g.idx {
			rg.Reviews = append(rg.Reviews, r.Reviews[i])
		}
		gs = append(gs, rg)
	}
	return gs
}

// ReviewOrder is the Terugblik rows by index, in the order of
// ReviewsByDomain, for the annex.
func (r *Report) ReviewOrder() []int {
	var out []int
	for _, g := range r.reviewGroups() {
		out = append(out, g.idx...)
	}
	return out
}

type reviewGroup struct {
	domain string
	idx    []int
}

func (r *Report) reviewGroups() []reviewGroup {
	rank := map[string]int{}
	for _, p := range r.orderOfPlans() {
		if _, ok := rank[Fold(p)]; !ok {
			rank[Fold(p)] = len(rank)
		}
	}
	byID := map[string]int{}
	if r.Previous != nil {
		for i, p := range r.Previous.Plans {
			byID[Fold(p.ID)] = i
		}
	}
	var gs []reviewGroup
	at := map[string]int{}
	for n, v := range r.Reviews {
		k := Fold(v.Domain)
		i, ok := at[k]
		if !ok {
			i = len(gs)
			at[k] = i
			gs = append(gs, reviewGroup{domain: v.Domain})
		}
		gs[i].idx = append(gs[i].idx, n)
	}
	pos := func(d string) int {
		if strings.TrimSpace(d) == "" {
			return len(rank) + 1
		}
		if i, ok := rank[Fold(d)]; ok {
			return i
		}
		return len(rank)
	}
	sort.SliceStable(gs, func(i, j int) bool { return pos(gs[i].domain) < pos(gs[j].domain) })
	if r.Previous != nil {
		for _, g := range gs {
			sort.SliceStable(g.idx, func(i, j int) bool {
				a, aok := byID[Fold(r.Reviews[g.idx[i]].PlanID)]
				b, bok := byID[Fold(r.Reviews[g.idx[j]].PlanID)]
				return aok && (!bok || a < b)
			})
		}
	}
	return gs
}

// orderOfPlans lists domain names in the order the Terugblik shows them:
// this year's domains, then those of last year's plans, then the typed ones.
func (r *Report) orderOfPlans() []string {
	var out []string
	for _, d := range r.OrderedDomains() {
		out = append(out, d.Name)
	}
	if r.Previous != nil {
		for _, p := range r.Previous.Plans {
			out = append(out, p.Domain)
		}
	}
	for _, v := range r.Reviews {
		if strings.TrimSpace(v.Domain) != "" {
			out = append(out, v.Domain)
		}
	}
	return out
}

// OutcomeCounts counts the Terugblik rows per outcome.
func (r *Report) OutcomeCounts() map[Outcome]int {
	m := map[Outcome]int{}
	for _, v := range r.Reviews {
		if v.Outcome.valid() {
			m[v.Outcome]++
		} else {
			m[outcomeNotKnown]++
		}
	}
	return m
}

// ReviewSentence is what the Samenvatting says of the Terugblik: "Van de 15
// plannen voor 2025 zijn er 9 gerealiseerd, 3 deels, 2 doorgeschoven en 1
// vervallen." Outcomes nobody had are left out; one plan, or one outcome
// for all, get a sentence of their own. "" without a Terugblik.
func (r *Report) ReviewSentence() string {
	n := len(r.Reviews)
	if n == 0 {
		return ""
	}
	counts := r.OutcomeCounts()
	label := func(o Outcome) string {
		if o == outcomeNotKnown {
			return "zonder geldige uitkomst"
		}
		return strings.ToLower(string(o))
	}
	year := r.Meta.Year
	var parts []string
	var only Outcome
	for _, o := range append(Outcomes[:len(Outcomes):len(Outcomes)], outcomeNotKnown) {
		c := counts[o]
		if c == 0 {
			continue
		}
		only = o
		l := label(o)
		if o == OutcomePartly && counts[OutcomeDone] > 0 {
			l = "deels" // right after "… gerealiseerd"
		}
		parts = append(parts, FormatNumber(float64(c), 0)+" "+l)
	}
	switch {
	case n == 1 && only == outcomeNotKnown:
		return fmt.Sprintf("Het enige plan voor %d heeft geen geldige uitkomst.", year)
	case n == 1:
		return fmt.Sprintf("Het enige plan voor %d is %s.", year, label(only))
	case len(parts) == 1 && only != outcomeNotKnown:
		return fmt.Sprintf("Alle %s plannen voor %d zijn %s.", FormatNumber(float64(n), 0), year, label(only))
	}
	return fmt.Sprintf("Van de %s plannen voor %d zijn er %s.", FormatNumber(float64(n), 0), year, JoinDutch(parts))
}

// Title is the heading of a Terugblik domain.
func (g ReviewGroup) Title() string {
	if g.Domain == "" {
		return "Domein niet opgegeven"
	}
	return g.Domain
}

// NoText stands in for a plan whose text last year's annex did not give.
func (v PlanReview) NoText() string { return "(plan " + v.PlanID + "; de tekst is niet opgegeven)" }

// MovedNote gives what the Terugblik says below a row's Toelichting when a
// plan goes on in a plan of this year: "Gaat verder in 2026: “…”", or
// the ID when this year's Plannen lack it; "" for a row without one.
func (r *Report) MovedNote() func(PlanReview) string {
	plans := map[string]Plan{}
	for _, p := range r.Plans {
		plans[Fold(p.ID)] = p
	}
	return func(v PlanReview) string {
		if v.MovedTo == "" {
			return ""
		}
		if p, ok := plans[Fold(v.MovedTo)]; ok {
			return fmt.Sprintf("Gaat verder in %d: “%s”", r.Meta.PlanYear(), p.Text)
		}
		return "Gaat verder als plan " + v.MovedTo + "."
	}
}
