package report

import (
	"io"
	"strconv"
	"strings"
	"time"

	"kams/backend/domain"
)

// ProfileData is what the customer profile form (客户档案表) shows: the
// account's profile as the user keeps it, its scores, where it stands in
// its group, its people and its open opportunities. The service fills it.
type ProfileData struct {
	Printed  time.Time
	Currency string
	Account  domain.Account
	Scores   domain.Scores
	// Threshold is the identification score a key account reaches.
	Threshold float64
	// Parent and Group name the parent account and the group's head ("":
	// none); Subsidiaries are the live accounts directly under it.
	Parent, Group string
	Subsidiaries  []string
	// People are the account's live people, key people first.
	People []domain.Contact
	// Deals are the open opportunities, largest first; Won is this year's
	// won amount, WonYear the year.
	Deals   []BriefDeal
	WonYear int
	Won     int64
}

// Profile writes the customer profile form as PDF in lang ("zh" or "en"):
// it flows over as many pages as the account's texts and people need.
func Profile(w io.Writer, p ProfileData, lang string) error {
	lang, err := NormalizeLang(lang)
	if err != nil {
		return err
	}
	d, err := newDoc(lang, p.Account.Name+" — "+tr(lang, "profile.title"), p.Printed, p)
	if err != nil {
		return err
	}
	d.header = d.t("profile.title") + " · " + p.Account.Name
	l := &profileLayout{doc: d, p: p}
	d.newPage(false)
	d.color(grey)
	d.text(margin, d.y, sizeSection, d.t("profile.title"))
	d.y += lineH(sizeSection) + 1
	d.title(p.Account.Name, sizeName)
	if p.Account.EnglishName != "" {
		d.note(p.Account.EnglishName)
	}
	d.rule(margin, pageW-margin, d.y, 0.35, 60)
	d.y += 1
	l.basics()
	l.business()
	l.ours()
	l.identification()
	l.classification()
	l.people()
	l.deals()
	d.heading(d.t("profile.notes"))
	d.paragraph(p.Account.Notes)
	return d.finish(w)
}

type profileLayout struct {
	*doc
	p ProfileData
}

func (l *profileLayout) money(m int64) string { return money(m, l.p.Currency, l.lang) }

// basics is the first block of the form: who the customer is.
func (l *profileLayout) basics() {
	a, t := l.p.Account, l.t
	l.heading(t("profile.basics"))
	employees := ""
	if a.Employees > 0 {
		employees = thousands(a.Employees)
	}
	revenue := ""
	if a.Revenue > 0 {
		revenue = l.money(a.Revenue)
	}
	subs := t("brief.none")
	if len(l.p.Subsidiaries) > 0 {
		subs = strings.Join(l.p.Subsidiaries, listSep(l.lang))
	}
	group := t("profile.noGroup")
	if l.p.Group != "" {
		group = l.p.Group
	}
	parent := t("brief.none")
	if l.p.Parent != "" {
		parent = l.p.Parent
	}
	l.fields([]field{
		{t("profile.name"), a.Name}, {t("profile.shortName"), a.ShortName}, {t("field.industry"), a.Industry},
		{t("field.region"), a.Region}, {t("profile.employees"), employees}, {t("profile.revenue"), revenue},
		{t("field.status"), t("status." + string(a.Status))}, {t("field.stage"), t("stage." + string(a.Stage))},
		{t("plan.manager"), a.Manager},
		{t("profile.group"), group}, {t("profile.parent"), parent}, {t("profile.subsidiaries"), subs},
	}, 3)
	l.fields([]field{{t("profile.address"), a.Address}}, 1)
}

// business is the customer's strategy, supply chain, procurement and the
// competitors present.
func (l *profileLayout) business() {
	a, t := l.p.Account, l.t
	l.heading(t("profile.business"))
	for _, s := range []struct{ title, body string }{
		{t("plan.strategy"), a.BusinessStrategy}, {t("profile.supply"), a.SupplyChainStrategy},
		{t("plan.procurement"), a.ProcurementPlans}, {t("plan.competitors"), a.Competitors},
	} {
		l.subheading(s.title)
		l.paragraph(s.body)
	}
}

// ours is our business with the customer.
func (l *profileLayout) ours() {
	a, t, p := l.p.Account, l.t, l.p
	l.heading(t("profile.ours"))
	var open, weighted int64
	for _, d := range p.Deals {
		open += d.Amount
		weighted += domain.Weighted(d.Amount, d.Probability)
	}
	spend := ""
	if a.CategorySpend > 0 {
		spend = l.money(a.CategorySpend)
	}
	l.fields([]field{
		{t("field.ourSales"), l.money(a.OurSales)}, {t("plan.spend"), spend}, {t("field.share"), percent(l.p.Scores.ShareOfWallet)},
		{t("plan.openPipeline"), l.money(open) + " · " + t("plan.dealCount", len(p.Deals))},
		{t("plan.weighted"), l.money(weighted)}, {t("profile.won", p.WonYear), l.money(p.Won)},
	}, 3)
}

// identification is the book's five criteria, the total against the
// threshold, and the four characteristics.
func (l *profileLayout) identification() {
	a, s, t := l.p.Account, l.p.Scores, l.t
	l.heading(t("profile.identification"))
	id := a.Identification
	rows := [][]string{}
	for _, c := range []struct {
		key   string
		score int
	}{{"largeOrders", id.LargeOrders}, {"strategic", id.Strategic}, {"influence", id.Influence},
		{"technology", id.Technology}, {"market", id.Market}} {
		rows = append(rows, []string{t("ident." + c.key), strconv.Itoa(c.score) + " / 5"})
	}
	l.table(scaleCols(column{head: t("profile.criterion"), width: 150}, column{head: t("profile.score"), width: 36, right: true}), rows, 0)
	key := t("field.notKeyAccount")
	if s.KeyAccount {
		key = t("field.keyAccount")
	}
	l.fields([]field{{t("field.identification"), decimal(s.Identification, 1) + " / 100 · " + key},
		{t("profile.threshold"), decimal(l.p.Threshold, 1)}}, 2)
	kc := a.Characteristics
	yes := func(b bool) string {
		if b {
			return t("profile.yes")
		}
		return t("profile.no")
	}
	l.table(scaleCols(column{head: t("profile.characteristic"), width: 150}, column{head: t("profile.meets"), width: 36}),
		[][]string{{t("kc.highValue"), yes(kc.HighValue)}, {t("kc.barrier"), yes(kc.Barrier)},
			{t("kc.futureCompetition"), yes(kc.FutureCompetition)}, {t("kc.coreMarket"), yes(kc.CoreMarket)}}, 0)
}

// classification is the three dimensions with their sub-criteria and the
// tier they place the account in.
func (l *profileLayout) classification() {
	a, s, t := l.p.Account, l.p.Scores, l.t
	l.heading(t("profile.classification"))
	cl := a.Classification
	rate := func(n int) string {
		if n == 0 {
			return "—"
		}
		return strconv.Itoa(n) + " / 5"
	}
	dim := func(x float64) string {
		if x == 0 {
			return "—"
		}
		return decimal(x, 2)
	}
	rows := [][]string{
		{t("profile.attractiveness"), t("cl.volume"), rate(cl.Volume)}, {"", t("cl.profitability"), rate(cl.Profitability)},
		{"", t("cl.strategicFit"), rate(cl.StrategicFit)}, {"", t("cl.ease"), rate(cl.Ease)},
		{t("profile.potential"), t("cl.growth"), rate(cl.Growth)}, {"", t("cl.projects"), rate(cl.Projects)},
		{"", t("cl.shareRoom"), rate(cl.ShareRoom)}, {"", t("cl.techAbsorption"), rate(cl.TechAbsorption)},
		{t("profile.relationship"), t("cl.stage"), rate(s.StageScore)}, {"", t("cl.coverage"), rate(cl.Coverage)},
		{"", t("cl.satisfaction"), rate(cl.Satisfaction)}, {"", t("cl.share"), rate(s.ShareScore)},
	}
	l.table(scaleCols(column{head: t("profile.dimension"), width: 40}, column{head: t("profile.criterion"), width: 110},
		column{head: t("profile.score"), width: 36, right: true}), rows, 0)
	l.fields([]field{{t("profile.attractiveness"), dim(s.Attractiveness)}, {t("profile.potential"), dim(s.Potential)},
		{t("profile.relationship"), dim(s.Relationship)}, {t("field.quadrant"), t("quadrant." + string(s.Quadrant))}}, 4)
}

// people is the account's people, key people first.
func (l *profileLayout) people() {
	t := l.t
	l.heading(t("profile.people", len(l.p.People)))
	rows := make([][]string, 0, len(l.p.People))
	for _, c := range l.p.People {
		role := t("role.none")
		if c.Role != "" {
			role = t("role." + string(c.Role))
		}
		influence := ""
		if c.Influence != "" {
			influence = t("influence." + string(c.Influence))
		}
		phone := c.Mobile
		if phone == "" {
			phone = c.Phone
		}
		last := c.LastContact
		if last == "" {
			last = t("brief.never")
		}
		rows = append(rows, []string{c.Name, strings.TrimSpace(c.Title + " " + c.Department), role, influence,
			t("attitude." + strconv.Itoa(c.Attitude)), phone, last})
	}
	l.table(scaleCols(column{head: t("col.name"), width: 20}, column{head: t("col.title"), width: 40},
		column{head: t("col.role"), width: 24}, column{head: t("col.influence"), width: 14},
		column{head: t("col.attitude"), width: 16}, column{head: t("profile.phone"), width: 28},
		column{head: t("col.lastContact"), width: 22}), rows, 0)
}

// deals is the open opportunities.
func (l *profileLayout) deals() {
	t := l.t
	l.heading(t("profile.deals"))
	rows := make([][]string, 0, len(l.p.Deals))
	for _, d := range l.p.Deals {
		rows = append(rows, []string{d.Name, text(l.lang, d.Stage), l.money(d.Amount), d.CloseDate, strconv.Itoa(d.Probability) + "%"})
	}
	l.table(scaleCols(column{head: t("col.deal"), width: 80}, column{head: t("col.dealStage"), width: 36},
		column{head: t("col.amount"), width: 28, right: true}, column{head: t("col.closeDate"), width: 24},
		column{head: t("col.probability"), width: 18, right: true}), rows, 0)
}
