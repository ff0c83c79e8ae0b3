package report

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"kams/backend/domain"
)

// MarketingActivityData is one activity as 市场活动报告 prints it.
type MarketingActivityData struct {
	Printed  time.Time
	Currency string
	Type     domain.Text
	Title    string
	Start    string
	End      string
	Place    string
	Status   string // planned, done, reviewed
	Accounts []string
	People   []MarketingPerson
	Costs    []domain.Cost
	Deals    []MarketingDeal
	// Revenue is the won revenue of the linked deals (the attribution
	// rule's), Cost the actual cost.
	Revenue, Cost int64
	Notes, Review string
}

// MarketingPerson is a person invited to an activity.
type MarketingPerson struct {
	Name, Account string
	Attended      bool
}

// MarketingDeal is a deal linked to an activity.
type MarketingDeal struct {
	Name, Account, Status string
	Amount                int64
	Live                  bool
}

// MarketingLine is one line of plan against actual: a type, a quarter or
// the total.
type MarketingLine struct {
	Name           domain.Text
	PlanActivities int
	PlanBudget     int64
	PlanRevenue    int64
	Activities     int
	Held           int
	Cost           int64
	Revenue        int64
}

// MarketingRow is an activity in a period's list.
type MarketingRow struct {
	Start, Title, Status string
	Type                 domain.Text
	Accounts             int
	Cost, Won            int64
}

// MarketingPeriodData is a year's or quarter's 市场活动报告: plan against
// actual per type (and per quarter for a year), with ROI, and the
// activities.
type MarketingPeriodData struct {
	Printed  time.Time
	Currency string
	Period   string // '2026' or '2026-Q3'
	Lines    []MarketingLine
	Total    MarketingLine
	Quarters []MarketingLine
	// Activities are the period's activities (the first of
	// ActivitiesTotal when there are more).
	Activities      []MarketingRow
	ActivitiesTotal int
}

// roiText is (revenue − cost) ÷ cost as a signed percentage, "—" with no cost.
func roiText(revenue, cost int64) string {
	r := domain.ComputeROI(revenue, cost)
	if !r.OK {
		return "—"
	}
	pct := math.Round(r.Ratio * 100)
	switch {
	case pct > 0:
		return "+" + decimal(pct, 0) + "%"
	case pct < 0:
		return "−" + decimal(-pct, 0) + "%"
	}
	return "0%"
}

func (d *doc) dates(start, end string) string {
	if end == "" || end == start {
		return start
	}
	return start + " — " + end
}

// MarketingActivity writes one activity's 市场活动报告 as PDF in lang: what
// it was, for whom, who came, the money by cost line, the deals it
// produced and its ROI under the attribution rule, notes and review.
func MarketingActivity(w io.Writer, a MarketingActivityData, lang string) error {
	lang, err := NormalizeLang(lang)
	if err != nil {
		return err
	}
	d, err := newDoc(lang, tr(lang, "mkt.title")+" "+a.Title, a.Printed, a)
	if err != nil {
		return err
	}
	d.header = d.t("mkt.title") + " · " + a.Title
	d.newPage(false)
	d.title(d.t("mkt.title"), 16)
	d.subheading(a.Title)
	var budget int64
	for _, c := range a.Costs {
		budget += c.Budget
	}
	d.fields([]field{{d.t("mkt.type"), text(lang, a.Type)}, {d.t("mkt.dates"), d.dates(a.Start, a.End)},
		{d.t("mkt.place"), a.Place}, {d.t("mkt.status"), d.t("mstatus." + a.Status)}}, 4)
	attended := 0
	for _, p := range a.People {
		if p.Attended {
			attended++
		}
	}
	d.fields([]field{{d.t("mkt.budget"), money(budget, a.Currency, lang)}, {d.t("mkt.cost"), money(a.Cost, a.Currency, lang)},
		{d.t("mkt.revenue"), money(a.Revenue, a.Currency, lang)}, {"ROI", roiText(a.Revenue, a.Cost)}}, 4)
	d.note(d.t("mkt.rule"))

	d.heading(d.t("mkt.accounts"))
	if len(a.Accounts) == 0 {
		d.notFilled()
	} else {
		d.paragraph(strings.Join(a.Accounts, listSep(lang)))
	}

	d.heading(d.t("mkt.people", len(a.People), attended))
	var rows [][]string
	for _, p := range a.People {
		came := d.t("mkt.absent")
		if p.Attended {
			came = d.t("mkt.attended")
		}
		rows = append(rows, []string{p.Name, p.Account, came})
	}
	d.table(scaleCols(column{head: d.t("col.name"), width: 40}, column{head: d.t("mkt.account"), width: 80},
		column{head: d.t("mkt.attendance"), width: 30}), rows, 2)

	d.heading(d.t("mkt.costs"))
	rows = nil
	for _, c := range a.Costs {
		rows = append(rows, []string{d.t("mcost." + c.Category), money(c.Budget, a.Currency, lang), money(c.Actual, a.Currency, lang),
			budgetShare(c.Actual, c.Budget)})
	}
	if len(rows) > 0 {
		rows = append(rows, []string{d.t("mkt.total"), money(budget, a.Currency, lang), money(a.Cost, a.Currency, lang), budgetShare(a.Cost, budget)})
	}
	d.table(scaleCols(column{head: d.t("mkt.costLine"), width: 40}, column{head: d.t("mkt.budget"), width: 35, right: true},
		column{head: d.t("mkt.actual"), width: 35, right: true}, column{head: d.t("mkt.ofBudget"), width: 25, right: true}), rows, 1)

	d.heading(d.t("mkt.deals"))
	rows = nil
	for _, x := range a.Deals {
		st := d.t("dstatus." + x.Status)
		if !x.Live {
			st = d.t("mkt.inTrash")
		}
		rows = append(rows, []string{x.Name, x.Account, st, money(x.Amount, a.Currency, lang)})
	}
	d.table(scaleCols(column{head: d.t("mkt.deal"), width: 60}, column{head: d.t("mkt.account"), width: 60},
		column{head: d.t("mkt.dealStatus"), width: 22}, column{head: d.t("mkt.amount"), width: 30, right: true}), rows, 2)

	d.heading(d.t("mkt.notes"))
	if strings.TrimSpace(a.Notes) == "" {
		d.notFilled()
	} else {
		d.paragraph(a.Notes)
	}
	d.heading(d.t("mkt.review"))
	if strings.TrimSpace(a.Review) == "" {
		d.notFilled()
	} else {
		d.paragraph(a.Review)
	}
	return d.finish(w)
}

// budgetShare is spent ÷ budget, "—" without a budget.
func budgetShare(spent, budget int64) string {
	if budget <= 0 {
		return "—"
	}
	return percent(float64(spent) / float64(budget))
}

// MarketingPeriod writes a year's or quarter's 市场活动报告 as PDF in lang:
// the key figures, plan against actual per type with ROI, the cost against
// the budget as bars, the quarters of a year, and the activities.
func MarketingPeriod(w io.Writer, p MarketingPeriodData, lang string) error {
	lang, err := NormalizeLang(lang)
	if err != nil {
		return err
	}
	d, err := newDoc(lang, tr(lang, "mkt.title")+" "+p.Period, p.Printed, p)
	if err != nil {
		return err
	}
	d.header = d.t("mkt.title") + " · " + p.Period
	d.newPage(false)
	d.title(d.t("mkt.periodTitle", p.Period), 16)
	t := p.Total
	d.fields([]field{{d.t("mkt.activities"), d.t("mkt.heldOf", t.Held, t.Activities, t.PlanActivities)},
		{d.t("mkt.cost"), money(t.Cost, p.Currency, lang) + " / " + money(t.PlanBudget, p.Currency, lang)},
		{d.t("mkt.revenue"), money(t.Revenue, p.Currency, lang) + " / " + money(t.PlanRevenue, p.Currency, lang)},
		{"ROI", roiText(t.Revenue, t.Cost)}}, 4)
	d.note(d.t("mkt.figuresNote"))

	d.heading(d.t("mkt.planVsActual"))
	cols := scaleCols(column{head: d.t("mkt.type"), width: 30},
		column{head: d.t("mkt.planCount"), width: 16, right: true}, column{head: d.t("mkt.actualCount"), width: 16, right: true},
		column{head: d.t("mkt.budget"), width: 24, right: true}, column{head: d.t("mkt.cost"), width: 24, right: true},
		column{head: d.t("mkt.planRevenue"), width: 26, right: true}, column{head: d.t("mkt.revenue"), width: 26, right: true},
		column{head: "ROI", width: 16, right: true})
	line := func(l MarketingLine, name string) []string {
		return []string{name, strconv.Itoa(l.PlanActivities), d.t("mkt.heldShort", l.Held, l.Activities),
			money(l.PlanBudget, p.Currency, lang), money(l.Cost, p.Currency, lang),
			money(l.PlanRevenue, p.Currency, lang), money(l.Revenue, p.Currency, lang), roiText(l.Revenue, l.Cost)}
	}
	var rows [][]string
	for _, l := range p.Lines {
		rows = append(rows, line(l, text(lang, l.Name)))
	}
	if len(rows) > 0 {
		rows = append(rows, line(t, d.t("mkt.total")))
	}
	d.table(cols, rows, 1)
	d.note(d.t("mkt.rule"))

	if len(p.Lines) > 0 {
		d.heading(d.t("mkt.costVsBudget"))
		var bars []hbar
		for _, l := range p.Lines {
			if l.PlanBudget <= 0 {
				bars = append(bars, hbar{label: text(lang, l.Name), value: 0, shown: d.t("mkt.noBudget")})
				continue
			}
			r := float64(l.Cost) / float64(l.PlanBudget)
			bars = append(bars, hbar{label: text(lang, l.Name), value: r, shown: percent(r)})
		}
		d.hbars(bars)
	}

	if len(p.Quarters) > 0 {
		d.heading(d.t("mkt.quarters"))
		rows = nil
		for _, q := range p.Quarters {
			rows = append(rows, line(q, text(lang, q.Name)))
		}
		d.table(cols, rows, 1)
	}

	d.heading(d.t("mkt.list") + shownNote(d, len(p.Activities), p.ActivitiesTotal))
	rows = nil
	for _, a := range p.Activities {
		rows = append(rows, []string{a.Start, text(lang, a.Type), a.Title, d.t("mstatus." + a.Status), strconv.Itoa(a.Accounts),
			money(a.Cost, p.Currency, lang), money(a.Won, p.Currency, lang), roiText(a.Won, a.Cost)})
	}
	d.table(scaleCols(column{head: d.t("col.date"), width: 20}, column{head: d.t("mkt.type"), width: 22},
		column{head: d.t("mkt.activity"), width: 56}, column{head: d.t("mkt.status"), width: 15},
		column{head: d.t("mkt.accountsN"), width: 12, right: true}, column{head: d.t("mkt.cost"), width: 22, right: true},
		column{head: d.t("mkt.revenue"), width: 22, right: true}, column{head: "ROI", width: 15, right: true}), rows, 2)
	return d.finish(w)
}

// The words of 市场活动报告, in both languages; they join messages at start.
var marketingMessages = map[string][2]string{ // zh, en
	"mkt.title":         {"市场活动报告", "Marketing activity report"},
	"mkt.periodTitle":   {"市场活动报告 · %s", "Marketing activity report · %s"},
	"mkt.type":          {"类型", "Type"},
	"mkt.dates":         {"日期", "Dates"},
	"mkt.place":         {"地点", "Place"},
	"mkt.status":        {"状态", "Status"},
	"mkt.budget":        {"预算", "Budget"},
	"mkt.cost":          {"实际费用", "Actual cost"},
	"mkt.actual":        {"实际", "Actual"},
	"mkt.revenue":       {"赢单收入", "Won revenue"},
	"mkt.rule":          {"归因规则：ROI =（关联商机的赢单收入 − 实际费用）÷ 实际费用。用户关联到活动的赢单商机全额计入该活动；一个商机关联多个活动时每个活动都计入，期间合计只计一次。未结束、输单和回收站中的商机不计；没有费用则没有 ROI。", "Attribution rule: ROI = (won revenue of the linked deals − actual cost) ÷ actual cost. A won deal linked to an activity counts in full for it; a deal linked to several activities counts for each, and once in a period's total. Open, lost and trashed deals count nothing; with no cost there is no ROI."},
	"mkt.accounts":      {"目标客户", "Target accounts"},
	"mkt.account":       {"客户", "Account"},
	"mkt.people":        {"邀请的人（%d 人，到场 %d 人）", "People invited (%d, %d attended)"},
	"mkt.attendance":    {"到场", "Attended"},
	"mkt.attended":      {"到场", "Attended"},
	"mkt.absent":        {"未到", "Did not come"},
	"mkt.costs":         {"预算与费用", "Budget and cost"},
	"mkt.costLine":      {"费用项", "Cost line"},
	"mkt.ofBudget":      {"占预算", "Of budget"},
	"mkt.total":         {"合计", "Total"},
	"mkt.deals":         {"产出的商机", "Deals it produced"},
	"mkt.deal":          {"商机", "Deal"},
	"mkt.dealStatus":    {"状态", "Status"},
	"mkt.amount":        {"金额", "Amount"},
	"mkt.inTrash":       {"在回收站", "In the Trash"},
	"mkt.notes":         {"备注", "Notes"},
	"mkt.review":        {"复盘", "Review"},
	"mkt.activities":    {"活动（已举办 / 开始 / 计划）", "Activities (held / started / planned)"},
	"mkt.heldOf":        {"%d / %d / %d", "%d / %d / %d"},
	"mkt.heldShort":     {"%d / %d", "%d / %d"},
	"mkt.figuresNote":   {"费用与收入：实际 / 计划。", "Cost and revenue: actual / planned."},
	"mkt.planVsActual":  {"计划与实际（按活动类型）", "Plan against actual, by type"},
	"mkt.planCount":     {"计划场次", "Planned"},
	"mkt.actualCount":   {"举办/开始", "Held/all"},
	"mkt.planRevenue":   {"目标收入", "Revenue target"},
	"mkt.costVsBudget":  {"费用占预算", "Cost against budget"},
	"mkt.noBudget":      {"无预算", "no budget"},
	"mkt.quarters":      {"按季度", "By quarter"},
	"mkt.list":          {"活动清单", "Activities"},
	"mkt.activity":      {"活动", "Activity"},
	"mkt.accountsN":     {"客户", "Accts"},
	"mstatus.planned":   {"计划中", "Planned"},
	"mstatus.done":      {"已举办", "Held"},
	"mstatus.reviewed":  {"已复盘", "Reviewed"},
	"mcost.venue":       {"场地", "Venue"},
	"mcost.catering":    {"餐饮", "Catering"},
	"mcost.travel":      {"差旅", "Travel"},
	"mcost.materials":   {"物料", "Materials"},
	"mcost.gifts":       {"礼品", "Gifts"},
	"mcost.speakers":    {"讲师", "Speakers"},
	"mcost.other":       {"其他", "Other"},
	"dstatus.open":      {"进行中", "Open"},
	"dstatus.won":       {"赢单", "Won"},
	"dstatus.lost":      {"输单", "Lost"},
	"dstatus.abandoned": {"放弃", "Abandoned"},
}

func init() {
	for k, v := range marketingMessages {
		if _, dup := messages[k]; dup {
			panic("report: message " + k + " is defined twice")
		}
		messages[k] = v
	}
}
