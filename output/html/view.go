package html

import (
	"strconv"
	"strings"

	"jaarverslag/report"
	"jaarverslag/templates"
)

// The page's data: what each template shows, built from the report's views
// so every number is the one the PDF shows. Templates only lay it out.

// heading is a heading with its anchor, for the contents.
type heading struct {
	ID    string
	Title string
}

// chapter is one chapter: its heading, the domains or parts below it (the
// contents lists them), and what its template shows.
type chapter struct {
	heading
	Subs []heading
	Data any
}

// anchors hands out unique, readable ids: "coalitieakkoord-jeugd".
type anchors map[string]bool

func (a anchors) id(parts ...string) string {
	base := report.Slug(strings.Join(parts, " "))
	if base == "" || base[0] >= '0' && base[0] <= '9' {
		base = "k-" + base
	}
	id := base
	for n := 2; a[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	a[id] = true
	return id
}

// builder holds what every chapter's view needs.
type builder struct {
	r            *report.Report
	b            report.Build
	lay          templates.Layout
	ids          anchors
	actionAnchor map[string]string // coalition action ID → anchor of its row
	status       map[report.Status]statusView
	count        map[string]int // rows per sheet the page shows
}

func (bd *builder) title(c report.Chapter) string {
	return bd.lay.Texts.Expand(bd.lay.Texts.Chapter(c), bd.r.Meta.Year)
}

// statusView is a status as word plus coloured mark: never colour alone.
type statusView struct {
	Name  string
	Class string
}

// item counts one input row of sheet as shown.
func (bd *builder) item(sheet string) string {
	bd.count[sheet]++
	return sheet
}

// actionRef is the note "actie CA-01" and where that action's row is.
type actionRef struct {
	ID     string
	Anchor string
}

func (bd *builder) actionRef(id string) *actionRef {
	if id == "" {
		return nil
	}
	return &actionRef{ID: line(id), Anchor: bd.actionAnchor[id]}
}

// summary

type summaryView struct {
	Intro    []report.Link
	Status   heading
	Statuses []statusView
	Rows     []statusRow
	Total    statusRow
	Chart    *chart
	Headline *heading
	Year     int
	Figures  []headlineRow
}

type statusRow struct {
	Domain string
	Counts []string
	Total  string
}

type headlineRow struct {
	Domain, Indicator, Previous, Value string
}

func (bd *builder) summary(ch *chapter) {
	r := bd.r
	v := &summaryView{Intro: flowing(r.SummaryIntro()), Year: r.Meta.Year}
	for _, s := range report.Statuses {
		v.Statuses = append(v.Statuses, bd.status[s])
	}
	row := func(sr report.StatusRow) statusRow {
		out := statusRow{Domain: line(sr.Domain), Total: strconv.Itoa(sr.Total)}
		for _, n := range sr.Counts {
			out.Counts = append(out.Counts, strconv.Itoa(n))
		}
		return out
	}
	rows, total := r.StatusTable()
	for _, sr := range rows {
		v.Rows = append(v.Rows, row(sr))
	}
	v.Total = row(total)
	v.Status = heading{bd.ids.id(ch.ID, "stand"), "Stand van het coalitieakkoord"}
	ch.Subs = append(ch.Subs, v.Status)
	v.Chart = bd.statusChart(rows)

	if picks := r.HeadlineFigures(); len(picks) > 0 {
		v.Headline = &heading{bd.ids.id(ch.ID, "kerncijfers"), "Kerncijfers in het kort"}
		ch.Subs = append(ch.Subs, *v.Headline)
		for _, k := range picks {
			ind := line(k.Indicator)
			if u := report.UnitLabel(k.Unit); u != "" {
				ind += " (" + line(u) + ")"
			}
			v.Figures = append(v.Figures, headlineRow{Domain: line(k.Domain), Indicator: ind,
				Previous: report.FigureText(k.Previous, k.Unit), Value: report.FigureText(k.Value, k.Unit)})
		}
	}
	ch.Data = v
}

// developments

type developmentsDomain struct {
	heading
	Description []report.Link
	Topics      []topic
}

type topic struct {
	Sheet string
	Title string
	Text  rich
}

func (bd *builder) developments(ch *chapter) {
	var v []developmentsDomain
	for _, g := range bd.r.DevelopmentsByDomain() {
		d := developmentsDomain{heading: bd.sub(ch, g.Domain.Name), Description: flowing(g.Domain.Description)}
		for _, dev := range g.Rows {
			d.Topics = append(d.Topics, topic{Sheet: bd.item(report.SheetDevelopments), Title: line(dev.Topic), Text: richText(dev.Text)})
		}
		v = append(v, d)
	}
	ch.Data = v
}

// sub is a heading under the chapter, listed in the contents.
func (bd *builder) sub(ch *chapter, title string) heading {
	h := heading{bd.ids.id(ch.ID, title), line(title)}
	ch.Subs = append(ch.Subs, h)
	return h
}

// actions

type actionsView struct {
	Intro   string
	Legend  []statusView
	Domains []actionsDomain
}

type actionsDomain struct {
	heading
	Count   string
	Caption string
	Rows    []actionRow
}

type actionRow struct {
	Sheet       string
	Anchor      string
	ID          string
	Action      rich
	Approach    rich
	Execution   rich
	Links       []report.Link
	Explanation []report.Link
	Status      statusView
}

func (bd *builder) actions(ch *chapter) {
	v := &actionsView{Intro: report.ActionsIntro}
	for _, s := range report.Statuses {
		v.Legend = append(v.Legend, bd.status[s])
	}
	for _, g := range bd.r.ActionsByDomain() {
		d := actionsDomain{heading: bd.sub(ch, g.Domain.Name), Caption: ch.Title + " · " + line(g.Domain.Name),
			Count: report.Plural(len(g.Rows), "actie", "acties")}
		for _, a := range g.Rows {
			row := actionRow{Sheet: bd.item(report.SheetActions), Anchor: bd.actionAnchor[a.ID], ID: line(a.ID),
				Action: richText(a.Action), Approach: richText(a.Approach), Execution: richText(a.Execution),
				Explanation: flowing(a.Explanation), Status: bd.statusOf(a.Status)}
			for _, l := range a.ExtraLinks() {
				row.Links = append(row.Links, link(l))
			}
			d.Rows = append(d.Rows, row)
		}
		v.Domains = append(v.Domains, d)
	}
	ch.Data = v
}

func (bd *builder) statusOf(s report.Status) statusView {
	if v, ok := bd.status[s]; ok {
		return v
	}
	return statusView{Name: line(string(s)), Class: "st-x"}
}

// achievements and plans: lists

type listItem struct {
	Sheet  string
	Text   []report.Link
	Note   string // domain, or due date
	Action *actionRef
	Link   *report.Link
}

type listGroup struct {
	heading
	Count string      // only for the levels of the care pyramid
	Icon  *pyramidSVG // the small pyramid with this level highlighted
	Items []listItem
}

type listView struct {
	Intro   []report.Link
	Pyramid *pyramidFigure // the care pyramid with every level's count
	Groups  []listGroup
}

func (bd *builder) achievements(ch *chapter) {
	v := &listView{Intro: flowing(bd.r.AchievementsIntro()), Pyramid: bd.pyramidFigure(bd.r.LevelCounts())}
	for rank, g := range bd.r.ByLevel() {
		lg := listGroup{heading: bd.sub(ch, string(g.Level)), Count: report.Plural(len(g.Achievements), "resultaat", "resultaten"),
			Icon: bd.levelIcon(rank, g.Level)}
		for _, a := range g.Achievements {
			lg.Items = append(lg.Items, listItem{Sheet: bd.item(report.SheetAchievements), Text: flowing(a.Text),
				Note: line(a.Domain), Action: bd.actionRef(a.ActionID), Link: optLink(a.ShownLink())})
		}
		v.Groups = append(v.Groups, lg)
	}
	ch.Data = v
}

func (bd *builder) plans(ch *chapter) {
	v := &listView{Intro: flowing(bd.r.PlansIntro())}
	for _, g := range bd.r.PlansByDomain() {
		lg := listGroup{heading: bd.sub(ch, g.Domain.Name)}
		for _, p := range g.Rows {
			it := listItem{Sheet: bd.item(report.SheetPlans), Text: flowing(p.Text),
				Action: bd.actionRef(p.ActionID), Link: optLink(p.ShownLink())}
			it.Note = line(report.DueText(p.Due))
			lg.Items = append(lg.Items, it)
		}
		v.Groups = append(v.Groups, lg)
	}
	ch.Data = v
}

// optLink is l as shown on its own, nil for the zero Link (none to show).
func optLink(l report.Link) *report.Link {
	if l.URL == "" {
		return nil
	}
	shown := link(l)
	return &shown
}

// key figures

type figuresDomain struct {
	heading
	Caption string
	Rows    []figureRow
}

type figureRow struct {
	Sheet                   string
	Indicator, Explanation  rich
	Unit                    string
	Previous, Value, Target string
	Source                  rich
	Date                    string
}

type figuresView struct {
	Intro   []report.Link
	Year    int
	Domains []figuresDomain
}

func (bd *builder) keyFigures(ch *chapter) {
	v := &figuresView{Intro: flowing(bd.r.KeyFiguresIntro()), Year: bd.r.Meta.Year}
	for _, g := range bd.r.KeyFiguresByDomain() {
		d := figuresDomain{heading: bd.sub(ch, g.Domain.Name), Caption: ch.Title + " · " + line(g.Domain.Name)}
		for _, k := range g.Rows {
			row := figureRow{Sheet: bd.item(report.SheetKeyFigures), Indicator: richText(k.Indicator),
				Explanation: richText(k.Explanation), Unit: line(k.Unit), Previous: report.FigureText(k.Previous, k.Unit),
				Value: report.FigureText(k.Value, k.Unit), Target: report.FigureText(k.Target, k.Unit), Source: richText(k.Source)}
			if k.Date != nil {
				row.Date = "peildatum " + report.ShortDate(*k.Date)
			}
			d.Rows = append(d.Rows, row)
		}
		v.Domains = append(v.Domains, d)
	}
	ch.Data = v
}

// budget

type budgetDomain struct {
	heading
	Caption string
	Rows    []budgetRow
	Totals  []amounts
}

type budgetRow struct {
	Sheet                    string
	Description, Explanation rich
	amounts
}

// amounts are the number columns of a budget row or total.
type amounts struct {
	Label, Kind                      string
	Budget, Actual, Deviation, Share string
}

type budgetView struct {
	Intro    []report.Link
	Domains  []budgetDomain
	Overall  *heading
	Overview []amounts
	Grand    []amounts
}

func amountsOf(label, kindText string, kind report.BudgetKind, budget, actual float64) amounts {
	a := report.BudgetAmounts(kind, budget, actual)
	return amounts{Label: label, Kind: kindText, Budget: a[0], Actual: a[1], Deviation: a[2], Share: a[3]}
}

func (bd *builder) budget(ch *chapter) {
	r := bd.r
	v := &budgetView{Intro: flowing(r.BudgetIntro())}
	for _, g := range r.BudgetByDomain() {
		d := budgetDomain{heading: bd.sub(ch, g.Domain.Name), Caption: ch.Title + " · " + line(g.Domain.Name)}
		for _, l := range g.Rows {
			b, a := l.Amounts()
			d.Rows = append(d.Rows, budgetRow{Sheet: bd.item(report.SheetBudget), Description: richText(l.Description),
				Explanation: richText(l.Explanation), amounts: amountsOf("", string(l.Kind), l.Kind, b, a)})
		}
		if len(d.Rows) > 0 {
			tot := r.BudgetTotals(g.Domain.Name)
			for _, kind := range report.BudgetKinds {
				if t := tot[kind]; t.Lines > 0 {
					d.Totals = append(d.Totals, amountsOf(kind.TotalLabel(), "", kind, t.Budget, t.Actual))
				}
			}
		}
		v.Domains = append(v.Domains, d)
	}
	if overview := r.BudgetOverview(); len(overview) > 0 {
		h := bd.sub(ch, "Totaal alle domeinen")
		v.Overall = &h
		for _, db := range overview {
			for _, kt := range db.Totals {
				v.Overview = append(v.Overview, amountsOf(line(db.Domain), string(kt.Kind), kt.Kind, kt.Budget, kt.Actual))
			}
		}
		grand := r.BudgetTotals("")
		for _, kind := range report.BudgetKinds {
			if t := grand[kind]; t.Lines > 0 {
				v.Grand = append(v.Grand, amountsOf(kind.TotalLabel(), "", kind, t.Budget, t.Actual))
			}
		}
	}
	ch.Data = v
}

// Beschouwingen: free chapters

type freeView struct {
	Sheet  string
	Blocks []freeBlock
}

// freeBlock is a paragraph, or a list of bullets that follow one another;
// each paragraph and bullet keeps the line breaks typed within it.
type freeBlock struct {
	Lines [][]report.Link   // a paragraph's lines
	Items [][][]report.Link // the bullets, each with its lines
}

// reflection is a chapter of free text, read as report.Blocks reads it
// for every edition.
func (bd *builder) reflection(ch *chapter, f report.Reflection) {
	v := &freeView{Sheet: bd.item(report.SheetReflections)}
	for _, b := range report.Blocks(clean(f.Text)) {
		var lines [][]report.Link
		for _, l := range b.Lines {
			lines = append(lines, report.Spans(l))
		}
		switch n := len(v.Blocks); {
		case !b.Bullet:
			v.Blocks = append(v.Blocks, freeBlock{Lines: lines})
		case n > 0 && v.Blocks[n-1].Items != nil:
			v.Blocks[n-1].Items = append(v.Blocks[n-1].Items, lines)
		default:
			v.Blocks = append(v.Blocks, freeBlock{Items: [][][]report.Link{lines}})
		}
	}
	ch.Data = v
}

// Terugblik

type reviewView struct {
	Intro   []report.Link
	Domains []reviewDomain
}

type reviewDomain struct {
	heading
	Caption string
	Rows    []reviewRow
}

type reviewRow struct {
	Sheet       string
	Plan        rich
	NoText      string // when last year's annex gave no text
	Outcome     string
	Explanation rich
	Moved       []report.Link // the plan of this year it goes on in
}

// review is the Terugblik: per domain every plan of last year, its
// outcome and why, as report.ReviewsByDomain orders them.
func (bd *builder) review(ch *chapter) {
	r := bd.r
	v := &reviewView{Intro: flowing(r.ReviewIntro())}
	moved := r.MovedNote()
	for _, g := range r.ReviewsByDomain() {
		d := reviewDomain{heading: bd.sub(ch, g.Title()), Caption: ch.Title + " · " + line(g.Title())}
		for _, p := range g.Reviews {
			row := reviewRow{Sheet: bd.item(report.SheetReview), Plan: richText(p.Plan), Outcome: line(string(p.Outcome)),
				Explanation: richText(p.Explanation), Moved: flowing(moved(p))}
			if len(row.Plan) == 0 {
				row.NoText = line(p.NoText())
			}
			d.Rows = append(d.Rows, row)
		}
		v.Domains = append(v.Domains, d)
	}
	ch.Data = v
}

// accountability

type accountabilityView struct {
	Intro          [][]report.Link
	Files          *heading
	FileRows       []fileRow
	Reconciliation heading
	Note           string
	Counts         []countRow
}

type fileRow struct {
	Name, Detail, SHA256 string
	Sheets               []string
}

type countRow struct {
	Sheet, Read, Shown string
}

// accountability comes last: its Aansluiting table shows how many rows
// of each sheet the chapters before it hold.
func (bd *builder) accountability(ch *chapter) {
	r := bd.r
	v := &accountabilityView{Note: report.ReconciliationNote}
	for _, s := range r.AccountabilityIntro(bd.b) {
		v.Intro = append(v.Intro, flowing(s))
	}
	if len(r.Files) > 0 {
		h := bd.sub(ch, "Invoerbestanden")
		v.Files = &h
		for _, f := range r.Files {
			row := fileRow{Name: line(f.Name), Detail: report.FileSize(f.Size), SHA256: f.SHA256}
			if !f.Modified.IsZero() {
				row.Detail += " · opgeslagen " + report.ShortDate(f.Modified.In(report.Amsterdam))
			}
			for _, sc := range f.SheetRows() {
				row.Sheets = append(row.Sheets, line(sc.Sheet)+": "+report.FormatInt(sc.Rows))
			}
			v.FileRows = append(v.FileRows, row)
		}
	}
	v.Reconciliation = bd.sub(ch, "Aansluiting")
	for _, s := range r.ListedSheets(bd.count) {
		v.Counts = append(v.Counts, countRow{Sheet: s, Read: report.FormatInt(r.RowsRead(s)), Shown: report.FormatInt(bd.count[s])})
	}
	ch.Data = v
}
