package report

import (
	"io"
	"strconv"
	"time"

	"kams/backend/domain"
)

// PlanData is what the printed account plan (大客户计划) shows: the
// account's profile, people and deals as the app keeps them, and the
// plan's own sections and targets. The service fills it; empty parts print
// "not filled in".
type PlanData struct {
	Printed  time.Time
	Currency string // ISO code of the database's money
	Year     int
	Account  domain.Account
	Scores   domain.Scores
	// Contacts are the account's live people; ReportsTo draws the org chart.
	Contacts []domain.Contact
	// Stages are the sales stages in order, for the funnel and stage names.
	Stages []domain.Stage
	// Deals are the account's opportunities, with the effective probability.
	Deals   []domain.Opportunity
	Plan    PlanSections
	Targets []PlanTarget
	// Health is the stored relationship health, HealthRisk its alert,
	// Complaints the open complaints by severity.
	Health     int
	HealthRisk bool
	Complaints domain.ServiceSettings
}

// PlanSections are the parts of the plan the user writes.
type PlanSections struct {
	// The customer's situation.
	Business, Strategy, Organisation, Procurement string
	// Position is our position in words; SalesHistory our sales by period.
	Position     string
	SalesHistory []PlanSales
	Strengths    []string
	Weaknesses   []string
	Chances      []string // SWOT opportunities (Opportunities are deals)
	Threats      []string
	Objectives   []PlanObjective
	Strategies   []string
	Actions      []PlanAction
	Resources    []string
	Risks        []PlanRisk
	Reviews      []PlanReview
}

// PlanSales is our sales to the account in a period.
type PlanSales struct {
	Period string // "2025", "2025-H2" …
	Amount int64  // minor units
}

// PlanObjective is a measurable objective. Its target is Target as the
// user wrote it or, for the plan's own measures, an amount (minor units), a
// share of wallet in percent or a relationship stage, printed in the
// document's language.
type PlanObjective struct {
	Kind    string // "revenue", "share", "relationship" or "other"
	Text    string
	Measure string // how it is measured; "" prints the kind's own measure
	Target  string
	Amount  int64
	Percent int
	Stage   domain.RelationshipStage
	Due     string // YYYY-MM-DD or ""
}

// PlanAction is a step of the action plan.
type PlanAction struct {
	Item   string
	Owner  string
	Due    string // YYYY-MM-DD or ""
	Status string // "todo", "doing", "done" or "cancelled"
}

// PlanRisk is a risk with its counter-measure.
type PlanRisk struct{ Risk, Counter string }

// PlanReview is a date the plan is reviewed, with what is reviewed.
type PlanReview struct{ Date, Note string }

// PlanTarget is a period's targets and what was achieved.
type PlanTarget struct {
	Period                 string // "2026", "2026-Q3", "2026-07"
	RevenueTarget, Revenue int64  // minor units
	NewOppsTarget, NewOpps int
	VisitsTarget, Visits   int
}

// Plan writes the account plan as PDF in lang ("zh" or "en").
func Plan(w io.Writer, p PlanData, lang string) error {
	lang, err := NormalizeLang(lang)
	if err != nil {
		return err
	}
	d, err := newDoc(lang, p.Account.Name+" — "+tr(lang, "plan.title"), p.Printed, p)
	if err != nil {
		return err
	}
	d.header = d.t("plan.header", p.Account.Name, p.Year)
	pl := &planLayout{doc: d, p: p}
	pl.cover()
	d.newPage(false)
	pl.situation()
	pl.position()
	pl.swot()
	pl.objectives()
	d.heading(d.t("plan.strategies"))
	d.bullets(p.Plan.Strategies)
	pl.actions()
	d.heading(d.t("plan.resources"))
	d.bullets(p.Plan.Resources)
	pl.risks()
	pl.reviews()
	pl.deals()
	d.heading(d.t("plan.map"))
	d.orgChart(p.Contacts)
	pl.targets()
	return d.finish(w)
}

type planLayout struct {
	*doc
	p PlanData
}

func (l *planLayout) money(m int64) string { return money(m, l.p.Currency, l.lang) }

// cover is the first page: title, account, year, manager, date and the key
// figures.
func (l *planLayout) cover() {
	d, p := l.doc, l.p
	d.newPage(true)
	d.y = margin + 40
	d.color(grey)
	d.text(margin, d.y, sizeSection, d.t("plan.title"))
	d.y += lineH(sizeSection) + 2
	d.title(p.Account.Name, 20)
	d.y += 2
	d.color(black)
	d.text(margin, d.y, 13, d.t("plan.year", p.Year))
	d.y += lineH(13) + 4
	d.rule(margin, pageW-margin, d.y, 0.4, 60)
	d.y += 3
	d.fields([]field{
		{d.t("plan.manager"), p.Account.Manager},
		{d.t("plan.printed"), p.Printed.Format(time.DateOnly)},
		{d.t("field.industry"), p.Account.Industry},
		{d.t("field.region"), p.Account.Region},
	}, 2)
	d.heading(d.t("plan.keyFigures"))
	open, weighted := int64(0), int64(0)
	for _, o := range p.Deals {
		if o.Status == domain.DealOpen {
			open += o.Amount
			weighted += o.Amount * int64(o.Probability) / 100
		}
	}
	// The plan's own revenue objective, else the year's target.
	target := "—"
	for _, t := range p.Targets {
		if t.Period == strconv.Itoa(p.Year) && t.RevenueTarget > 0 {
			target = l.money(t.RevenueTarget)
		}
	}
	for _, o := range p.Plan.Objectives {
		if o.Kind == "revenue" && o.Amount > 0 {
			target = l.money(o.Amount)
			break
		}
	}
	d.fields([]field{
		{d.t("field.ourSales"), l.money(p.Account.OurSales)},
		{d.t("plan.spend"), l.money(p.Account.CategorySpend)},
		{d.t("field.share"), percent(p.Scores.ShareOfWallet)},
		{d.t("plan.revenueTarget"), target},
		{d.t("plan.openPipeline"), l.money(open)},
		{d.t("plan.weighted"), l.money(weighted)},
		{d.t("field.stage"), stageName(d.lang, p.Account.Stage)},
		{d.t("field.quadrant"), d.t("quadrant." + string(orUnclassified(p.Scores.Quadrant)))},
		{d.t("plan.people"), d.t("plan.persons", len(p.Contacts))},
		{d.t("field.health"), healthLine(d.lang, p.Health, p.HealthRisk, p.Complaints)},
	}, 3)
}

func orUnclassified(q domain.Quadrant) domain.Quadrant {
	if q == "" {
		return domain.QuadrantUnclassified
	}
	return q
}

func stageName(lang string, s domain.RelationshipStage) string {
	if s == "" {
		return ""
	}
	return tr(lang, "stage."+string(s))
}

func (l *planLayout) situation() {
	d, s := l.doc, l.p.Plan
	d.heading(d.t("plan.situation"))
	for _, part := range []struct{ key, text string }{
		{"plan.business", s.Business}, {"plan.strategy", s.Strategy},
		{"plan.organisation", s.Organisation}, {"plan.procurement", s.Procurement},
	} {
		d.subheading(d.t(part.key))
		d.paragraph(part.text)
	}
}

func (l *planLayout) position() {
	d, p := l.doc, l.p
	d.heading(d.t("plan.position"))
	d.fields([]field{
		{d.t("field.ourSales"), l.money(p.Account.OurSales)},
		{d.t("field.share"), percent(p.Scores.ShareOfWallet)},
		{d.t("field.stage"), stageName(d.lang, p.Account.Stage)},
	}, 3)
	if p.Account.Competitors != "" {
		d.subheading(d.t("plan.competitors"))
		d.paragraph(p.Account.Competitors)
	}
	d.subheading(d.t("plan.salesHistory"))
	if len(p.Plan.SalesHistory) > 0 {
		var rows [][]string
		for _, s := range p.Plan.SalesHistory {
			rows = append(rows, []string{s.Period, l.money(s.Amount)})
		}
		d.table(scaleCols(column{head: d.t("col.period"), width: 1}, column{head: d.t("col.sales"), width: 1, right: true}), rows, 0)
	}
	if p.Plan.Position != "" || len(p.Plan.SalesHistory) == 0 {
		d.paragraph(p.Plan.Position)
	}
}

// swot prints the four lists as a 2×2 grid: two tables of two columns,
// whose rows flow onto the next page when long.
func (l *planLayout) swot() {
	d, s := l.doc, l.p.Plan
	d.heading(d.t("plan.swot"))
	if len(s.Strengths)+len(s.Weaknesses)+len(s.Chances)+len(s.Threats) == 0 {
		d.notFilled()
		return
	}
	cols := func(a, b string) []column {
		return scaleCols(column{head: d.t(a), width: 1}, column{head: d.t(b), width: 1})
	}
	d.table(cols("plan.strengths", "plan.weaknesses"), pairRows(s.Strengths, s.Weaknesses, d.t("doc.notFilled")), 0)
	d.table(cols("plan.opportunities", "plan.threats"), pairRows(s.Chances, s.Threats, d.t("doc.notFilled")), 0)
}

// pairRows puts two lists side by side, one item a row, numbered.
func pairRows(a, b []string, empty string) [][]string {
	var rows [][]string
	item := func(list []string, i int) string {
		if i < len(list) {
			return strconv.Itoa(i+1) + ". " + list[i]
		}
		if i == 0 {
			return empty
		}
		return ""
	}
	for i := 0; i < max(len(a), len(b), 1); i++ {
		rows = append(rows, []string{item(a, i), item(b, i)})
	}
	return rows
}

func (l *planLayout) objectives() {
	d := l.doc
	d.heading(d.t("plan.objectives"))
	var rows [][]string
	for _, o := range l.p.Plan.Objectives {
		kind := o.Kind
		if _, ok := messages["objective."+kind]; ok {
			kind = d.t("objective." + kind)
		}
		text, measure, target := o.Text, o.Measure, o.Target
		if _, ok := messages["objective."+o.Kind+"Text"]; ok && text == "" {
			text = d.t("objective." + o.Kind + "Text")
		}
		if _, ok := messages["objective.measure."+o.Kind]; ok && measure == "" {
			measure = d.t("objective.measure." + o.Kind)
			if o.Kind == "revenue" {
				measure = d.t("objective.measure.revenue", l.p.Year)
			}
		}
		switch {
		case o.Amount > 0:
			target = l.money(o.Amount)
		case o.Percent > 0:
			target = strconv.Itoa(o.Percent) + "%"
		case o.Stage != "":
			target = stageName(d.lang, o.Stage)
		}
		rows = append(rows, []string{kind, text, measure, target, o.Due})
	}
	d.table(scaleCols(column{head: d.t("col.objKind"), width: 21}, column{head: d.t("col.objective"), width: 53},
		column{head: d.t("col.measure"), width: 44}, column{head: d.t("col.target"), width: 30}, column{head: d.t("col.due"), width: 22}), rows, 0)
}

func (l *planLayout) actions() {
	d := l.doc
	d.heading(d.t("plan.actions"))
	today := l.p.Printed.Format(time.DateOnly)
	var rows [][]string
	for _, a := range l.p.Plan.Actions {
		status := a.Status
		if _, ok := messages["action."+status]; ok {
			status = d.t("action." + status)
		}
		if a.Due != "" && a.Due < today && (a.Status == "todo" || a.Status == "doing") {
			status += " · " + d.t("brief.overdue")
		}
		rows = append(rows, []string{strconv.Itoa(len(rows) + 1), a.Item, a.Owner, a.Due, status})
	}
	d.table(scaleCols(column{head: "#", width: 8, right: true}, column{head: d.t("col.item"), width: 96},
		column{head: d.t("col.owner"), width: 28}, column{head: d.t("col.due"), width: 24}, column{head: d.t("col.status"), width: 30}), rows, 0)
}

func (l *planLayout) risks() {
	d := l.doc
	d.heading(d.t("plan.risks"))
	var rows [][]string
	for _, r := range l.p.Plan.Risks {
		rows = append(rows, []string{r.Risk, r.Counter})
	}
	d.table(scaleCols(column{head: d.t("col.risk"), width: 1}, column{head: d.t("col.counter"), width: 1}), rows, 0)
}

func (l *planLayout) reviews() {
	d := l.doc
	d.heading(d.t("plan.reviews"))
	var rows [][]string
	for _, r := range l.p.Plan.Reviews {
		rows = append(rows, []string{r.Date, r.Note})
	}
	d.table(scaleCols(column{head: d.t("col.date"), width: 24}, column{head: d.t("col.note"), width: 162}), rows, 0)
}

// deals prints the account's opportunities and the funnel of the open ones.
func (l *planLayout) deals() {
	d, p := l.doc, l.p
	d.heading(d.t("plan.deals"))
	var rows [][]string
	for _, o := range p.Deals {
		rows = append(rows, []string{o.Name, text(d.lang, dealStage(p.Stages, o.Stage)), l.money(o.Amount),
			strconv.Itoa(o.Probability) + "%", l.money(o.Amount * int64(o.Probability) / 100), o.CloseDate,
			d.t("dealStatus." + o.Status)})
	}
	d.table(scaleCols(column{head: d.t("col.deal"), width: 48}, column{head: d.t("col.dealStage"), width: 30},
		column{head: d.t("col.amount"), width: 26, right: true}, column{head: d.t("col.probability"), width: 18, right: true},
		column{head: d.t("col.weighted"), width: 26, right: true}, column{head: d.t("col.closeDate"), width: 22},
		column{head: d.t("col.status"), width: 16}), rows, 0)
	if len(p.Deals) > 0 {
		// The title goes to the next page with its chart, never alone.
		bars := funnelBars(p.Stages, p.Deals, d.lang)
		d.subheadingKeep(d.t("plan.funnel"), 0.3+funnelHeight(len(bars)))
		d.funnel(bars, p.Currency)
	}
}

// dealStage is the stage's name in both languages, or its id when the
// settings no longer have it.
func dealStage(stages []domain.Stage, id string) domain.Text {
	if i := domain.StageIndexOf(stages, id); i >= 0 {
		return stages[i].Name
	}
	return domain.Text{Zh: id, En: id}
}

func (l *planLayout) targets() {
	d := l.doc
	d.heading(d.t("plan.targets"))
	if len(l.p.Targets) > 0 {
		d.note(d.t("plan.targetsNote"))
	}
	var rows [][]string
	pair := func(actual, target int) string { return strconv.Itoa(actual) + " / " + strconv.Itoa(target) }
	for _, t := range l.p.Targets {
		achieved := "—"
		if t.RevenueTarget > 0 {
			achieved = percent(float64(t.Revenue) / float64(t.RevenueTarget))
		}
		rows = append(rows, []string{t.Period, l.money(t.RevenueTarget), l.money(t.Revenue), achieved,
			pair(t.NewOpps, t.NewOppsTarget), pair(t.Visits, t.VisitsTarget)})
	}
	d.table(scaleCols(column{head: d.t("col.period"), width: 22}, column{head: d.t("col.revTarget"), width: 34, right: true},
		column{head: d.t("col.revActual"), width: 34, right: true}, column{head: d.t("col.achieved"), width: 22, right: true},
		column{head: d.t("col.newOpps"), width: 34, right: true}, column{head: d.t("col.visits"), width: 30, right: true}), rows, 0)
}
