package report

import (
	"io"
	"strconv"
	"time"

	"kams/backend/domain"
)

// FunnelData is what the funnel table (销售漏斗表) shows for a period and
// one lead or the whole team: the funnel's figures per stage, the totals,
// per lead (the team's table) and the deals themselves.
type FunnelData struct {
	Printed  time.Time
	Currency string
	Period   domain.Period
	Lead     string // "" is the whole team
	Stages   []domain.Stage
	Funnel   domain.Funnel
	Leads    []FunnelLead
	// Deals are the period's deals in print order (open by stage, then
	// won, then lost), DealsTotal how many there are in all.
	Deals      []FunnelDeal
	DealsTotal int
}

// FunnelLead is a lead's line of the team's table.
type FunnelLead struct {
	Name                 string
	Open                 int
	OpenAmount, Weighted int64
	Won                  int
	WonAmount            int64
	Lost                 int
}

// FunnelDeal is a deal of the table.
type FunnelDeal struct {
	Account, Name, Lead string
	Stage               domain.Text
	Status              string
	Amount, Weighted    int64
	Probability         int
	Date                string // expected close, or the close of a closed deal
}

// FunnelTable writes the funnel table as PDF in lang ("zh" or "en").
func FunnelTable(w io.Writer, f FunnelData, lang string) error {
	lang, err := NormalizeLang(lang)
	if err != nil {
		return err
	}
	who := f.Lead
	if who == "" {
		who = tr(lang, "funnel.team")
	}
	d, err := newDoc(lang, tr(lang, "funnel.title")+" "+f.Period.Key, f.Printed, f)
	if err != nil {
		return err
	}
	d.header = d.t("funnel.title") + " · " + f.Period.Key + " · " + who
	l := &funnelLayout{doc: d, f: f}
	d.newPage(false)
	d.color(grey)
	d.text(margin, d.y, sizeSection, d.t("funnel.title"))
	d.y += lineH(sizeSection) + 1
	d.title(who+" · "+f.Period.Key, sizeName)
	d.note(d.t("funnel.span", f.Period.From, f.Period.To))
	d.rule(margin, pageW-margin, d.y, 0.35, 60)
	d.y += 1
	l.totals()
	l.stages()
	if f.Lead == "" {
		l.leads()
	}
	l.deals()
	return d.finish(w)
}

type funnelLayout struct {
	*doc
	f FunnelData
}

func (l *funnelLayout) money(m int64) string { return money(m, l.f.Currency, l.lang) }

func (l *funnelLayout) totals() {
	f, t := l.f.Funnel, l.t
	l.heading(t("funnel.totals"))
	win := "—"
	if f.WinRate >= 0 {
		win = percent(f.WinRate)
	}
	l.fields([]field{
		{t("funnel.open"), strconv.Itoa(f.Open) + " · " + l.money(f.OpenAmount)}, {t("plan.weighted"), l.money(f.Weighted)},
		{t("funnel.won"), strconv.Itoa(f.Won) + " · " + l.money(f.WonAmount)}, {t("funnel.lost"), strconv.Itoa(f.Lost)},
		{t("funnel.winRate"), win}, {t("funnel.stalled"), strconv.Itoa(f.StalledCount)},
	}, 3)
}

// stages is the funnel: count, amount and weighted amount of the open
// deals per stage, the conversion to the next and the days in stage.
func (l *funnelLayout) stages() {
	t := l.t
	l.heading(t("funnel.byStage"))
	rows := [][]string{}
	for i, s := range l.f.Funnel.Stages {
		name := s.Stage
		if i < len(l.f.Stages) {
			name = text(l.lang, l.f.Stages[i].Name)
		}
		conv, days := "—", "—"
		if s.Conversion >= 0 {
			conv = percent(s.Conversion)
		}
		if s.AvgDays >= 0 {
			days = decimal(s.AvgDays, 1)
		}
		rows = append(rows, []string{name, strconv.Itoa(s.Count), l.money(s.Amount), l.money(s.Weighted), conv, days})
	}
	l.table(scaleCols(column{head: t("col.dealStage"), width: 50}, column{head: t("funnel.count"), width: 18, right: true},
		column{head: t("col.amount"), width: 30, right: true}, column{head: t("col.weighted"), width: 30, right: true},
		column{head: t("funnel.conversion"), width: 28, right: true}, column{head: t("funnel.days"), width: 28, right: true}), rows, 0)
	l.note(t("funnel.stageNote"))
}

// leads is the team's table, a line per lead.
func (l *funnelLayout) leads() {
	t := l.t
	l.heading(t("funnel.byLead"))
	rows := [][]string{}
	for _, x := range l.f.Leads {
		name := x.Name
		if name == "" {
			name = t("funnel.noLead")
		}
		rows = append(rows, []string{name, strconv.Itoa(x.Open), l.money(x.OpenAmount), l.money(x.Weighted),
			strconv.Itoa(x.Won), l.money(x.WonAmount), strconv.Itoa(x.Lost)})
	}
	l.table(scaleCols(column{head: t("funnel.lead"), width: 30}, column{head: t("funnel.open"), width: 16, right: true},
		column{head: t("plan.openPipeline"), width: 30, right: true}, column{head: t("col.weighted"), width: 28, right: true},
		column{head: t("funnel.won"), width: 16, right: true}, column{head: t("funnel.wonAmount"), width: 30, right: true},
		column{head: t("funnel.lost"), width: 16, right: true}), rows, 0)
}

// deals lists the period's deals.
func (l *funnelLayout) deals() {
	t := l.t
	title := t("funnel.deals4")
	if l.f.Lead != "" {
		title = t("funnel.deals3")
	}
	if n := len(l.f.Deals); n < l.f.DealsTotal {
		title += t("brief.shown", n, l.f.DealsTotal)
	}
	l.heading(title)
	rows := make([][]string, 0, len(l.f.Deals))
	for _, x := range l.f.Deals {
		stage := text(l.lang, x.Stage)
		if x.Status != domain.DealOpen {
			stage = t("dealStatus." + x.Status)
		}
		rows = append(rows, []string{x.Account, x.Name, x.Lead, stage, l.money(x.Amount), strconv.Itoa(x.Probability) + "%",
			l.money(x.Weighted), x.Date})
	}
	l.table(scaleCols(column{head: t("funnel.account"), width: 26}, column{head: t("col.deal"), width: 36},
		column{head: t("funnel.lead"), width: 16}, column{head: t("col.dealStage"), width: 26},
		column{head: t("col.amount"), width: 22, right: true}, column{head: t("col.probability"), width: 17, right: true},
		column{head: t("col.weighted"), width: 22, right: true}, column{head: t("funnel.date"), width: 20}), rows, 0)
}
