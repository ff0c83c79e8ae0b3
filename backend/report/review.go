package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"kams/backend/domain"
)

// ReviewData is what the team performance review (团队绩效考核) shows: a
// summary page, then exactly one page per member.
type ReviewData struct {
	Printed        time.Time
	Currency       string
	Team           string // the team's name, for the header
	Period         string // "2026-Q3"
	PreviousPeriod string // "2026-Q2", or "" when there is none
	Members        []ReviewMember
}

// ReviewMember is one member's assessment for the period.
type ReviewMember struct {
	Name string
	Role string // "kam", "rep", "presales", "service", "manager", or the user's own word
	// Total is the weighted score 0–100; PreviousTotal < 0 is unknown.
	Total, PreviousTotal float64
	Grade                string // A/B/C/D
	// Achievement is revenue actual ÷ target (1 = 100%); < 0 is no target.
	Achievement float64
	KPIs        []ReviewKPI
	Ratings     []ReviewRating
	Comments    string
	Training    []ReviewTraining
}

// ReviewKPI is a key performance indicator of the assessment. Its name is
// Name or, when that is empty, the Metric's own name in the document's
// language. Target and Actual print as given or, when empty, from the
// values in the Unit ("money" in minor units, "percent", "count").
type ReviewKPI struct {
	Name                     domain.Text
	Metric                   string
	Weight                   int // percent
	Target, Actual           string
	Unit                     string
	TargetValue, ActualValue float64
	NotComputable            bool    // the data cannot give the actual
	Score                    float64 // points out of Weight (more when over target)
	// PreviousScore < 0 is unknown.
	PreviousScore float64
}

// kpiName is the KPI's name in lang.
func kpiName(lang string, k ReviewKPI) string {
	if k.Name.Zh == "" && k.Name.En == "" && k.Metric != "" {
		return tr(lang, "metric."+k.Metric)
	}
	return text(lang, k.Name)
}

// kpiValue prints a target or an actual in the KPI's unit.
func kpiValue(lang, currency, unit string, v float64) string {
	switch unit {
	case "money":
		return money(int64(math.Round(v)), currency, lang)
	case "percent":
		return decimal(v, 1) + "%"
	}
	return decimal(v, 1)
}

// ReviewRating is a qualitative rating (competence, attitude, teamwork …).
type ReviewRating struct {
	Name  domain.Text
	Score int // 1–5, 0 not rated
}

// ReviewTraining is a course the member took.
type ReviewTraining struct {
	Course string
	Date   string
	Hours  float64
	Result string
}

// Review writes the team performance review as PDF in lang: the team
// summary, then one page per member, so it has len(Members)+1 pages.
func Review(w io.Writer, r ReviewData, lang string) error {
	lang, err := NormalizeLang(lang)
	if err != nil {
		return err
	}
	d, err := newDoc(lang, tr(lang, "review.title")+" "+r.Period, r.Printed, r)
	if err != nil {
		return err
	}
	d.header = d.t("review.header", r.Team, r.Period)
	if r.Team == "" {
		d.header = d.t("review.title") + " · " + r.Period
	}
	d.newPage(false)
	start := d.y
	d.noBreak = true
	limit := len(r.Members)
	for d.dry = true; limit > 1; limit -= max(1, limit/10) {
		d.y = start
		if reviewSummary(d, r, limit); d.y <= bodyBottom {
			break
		}
	}
	d.y, d.dry = start, false
	reviewSummary(d, r, limit)
	d.noBreak = false
	for _, m := range r.Members {
		d.newPage(false)
		start = d.y
		fit := memberFit(d, r, m, start)
		d.y, d.dry, d.noBreak = start, false, true
		memberPage(d, r, m, fit)
		d.noBreak = false
	}
	if n := d.pdf.PageCount(); n != len(r.Members)+1 {
		return fmt.Errorf("report: review has %d pages for %d members", n, len(r.Members))
	}
	return d.finish(w)
}

func roleName(lang, role string) string {
	if _, ok := messages["mrole."+role]; ok {
		return tr(lang, "mrole."+role)
	}
	return role
}

// reviewSummary is the first page: ranking, grades and achievement, the
// ranking and the chart of the first limit members by score.
func reviewSummary(d *doc, r ReviewData, limit int) {
	d.title(d.t("review.title"), 16)
	sum := 0.0
	for _, m := range r.Members {
		sum += m.Total
	}
	avg := "—"
	if len(r.Members) > 0 {
		avg = decimal(sum/float64(len(r.Members)), 1)
	}
	fs := []field{{d.t("review.period"), r.Period},
		{d.t("review.members"), strconv.Itoa(len(r.Members))}, {d.t("review.average"), avg}}
	if r.Team != "" {
		fs = append([]field{{d.t("review.team"), r.Team}}, fs...)
	}
	d.fields(fs, 4)
	if len(r.Members) == 0 {
		d.heading(d.t("review.ranking"))
		d.paragraph(d.t("review.noMembers"))
		return
	}
	ranked := append([]ReviewMember(nil), r.Members...)
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].Total > ranked[j].Total })
	d.heading(d.t("review.ranking") + shownNote(d, min(limit, len(ranked)), len(ranked)))
	ranked = ranked[:min(limit, len(ranked))]
	var rows [][]string
	for i, m := range ranked {
		rows = append(rows, []string{strconv.Itoa(i + 1), m.Name, roleName(d.lang, m.Role), decimal(m.Total, 1), m.Grade})
	}
	d.table(scaleCols(column{head: d.t("col.rank"), width: 12, right: true}, column{head: d.t("col.member"), width: 60},
		column{head: d.t("col.mrole"), width: 50}, column{head: d.t("col.total"), width: 30, right: true},
		column{head: d.t("col.grade"), width: 20}), rows, 1)

	d.heading(d.t("review.grades"))
	counts := map[string]int{}
	for _, m := range r.Members {
		counts[m.Grade]++
	}
	var grades []hbar
	for _, g := range []string{"A", "B", "C", "D"} {
		grades = append(grades, hbar{label: g, value: float64(counts[g]) / float64(len(r.Members)),
			shown: d.t("review.gradeCount", g, counts[g])})
	}
	d.hbarsPlain(grades)

	d.heading(d.t("review.achievement") + shownNote(d, len(ranked), len(r.Members)))
	var bars []hbar
	for _, m := range ranked {
		shown := percent(m.Achievement)
		bars = append(bars, hbar{label: m.Name, value: m.Achievement, shown: shown})
	}
	d.hbars(bars)
}

// memberLimits are how much of a member's page the lists may take.
type memberLimits struct{ kpis, ratings, comment, training int }

var memberLevels = []memberLimits{
	{14, 8, 12, 10}, {12, 8, 9, 8}, {10, 6, 7, 6}, {8, 6, 5, 5}, {6, 4, 4, 4}, {5, 4, 3, 3}, {4, 3, 2, 2}, {3, 2, 1, 1},
}

// memberFit measures the member's page at each level until it fits.
func memberFit(d *doc, r ReviewData, m ReviewMember, start float64) memberLimits {
	d.dry, d.noBreak = true, true
	defer func() { d.dry = false }()
	for _, lv := range memberLevels {
		d.y = start
		memberPage(d, r, m, lv)
		if d.y <= bodyBottom {
			return lv
		}
	}
	return memberLevels[len(memberLevels)-1]
}

// memberPage lays out one member's page within the limits.
func memberPage(d *doc, r ReviewData, m ReviewMember, lim memberLimits) {
	d.title(d.t("review.member", m.Name), 14)
	prev := "—"
	if m.PreviousTotal >= 0 {
		prev = decimal(m.PreviousTotal, 1)
	}
	d.fields([]field{{d.t("col.mrole"), roleName(d.lang, m.Role)}, {d.t("review.total"), decimal(m.Total, 1)},
		{d.t("col.grade"), m.Grade}, {d.t("review.prevPeriod", r.PreviousPeriod), prev}}, 4)

	kpis := m.KPIs[:min(len(m.KPIs), lim.kpis)]
	d.heading(d.t("review.kpis") + shownNote(d, len(kpis), len(m.KPIs)))
	var rows [][]string
	for _, k := range kpis {
		target, actual := k.Target, k.Actual
		if target == "" && k.Unit != "" {
			target = kpiValue(d.lang, r.Currency, k.Unit, k.TargetValue)
		}
		if actual == "" && k.Unit != "" {
			actual = kpiValue(d.lang, r.Currency, k.Unit, k.ActualValue)
		}
		if k.NotComputable {
			actual = d.t("review.notComputable")
		}
		rows = append(rows, []string{kpiName(d.lang, k), strconv.Itoa(k.Weight) + "%", target, actual, decimal(k.Score, 1)})
	}
	d.table(scaleCols(column{head: d.t("col.kpi"), width: 70}, column{head: d.t("col.weight"), width: 18, right: true},
		column{head: d.t("col.target"), width: 34, right: true}, column{head: d.t("col.actual"), width: 34, right: true},
		column{head: d.t("col.score"), width: 20, right: true}), rows, 1)

	ratings := m.Ratings[:min(len(m.Ratings), lim.ratings)]
	d.heading(d.t("review.ratings") + shownNote(d, len(ratings), len(m.Ratings)))
	var fs []field
	for _, rt := range ratings {
		v := "—"
		if rt.Score > 0 {
			v = strings.Repeat("●", rt.Score) + strings.Repeat("○", max(0, 5-rt.Score)) + "  " + strconv.Itoa(rt.Score)
		}
		fs = append(fs, field{text(d.lang, rt.Name), v})
	}
	if len(fs) == 0 {
		d.notFilled()
	} else {
		d.fields(fs, 4)
	}

	d.heading(d.t("review.comments"))
	d.clippedParagraph(m.Comments, lim.comment)

	d.heading(d.t("review.compare"))
	var pairs []pairBar
	for _, k := range kpis {
		pairs = append(pairs, pairBar{label: kpiName(d.lang, k), now: k.Score, prior: k.PreviousScore})
	}
	pairs = append(pairs, pairBar{label: d.t("review.total"), now: m.Total, prior: m.PreviousTotal})
	d.pairBars(pairs, d.t("review.thisPeriod", r.Period), d.t("review.prevPeriod", r.PreviousPeriod))

	training := m.Training[:min(len(m.Training), lim.training)]
	d.heading(d.t("review.training") + shownNote(d, len(training), len(m.Training)))
	rows = nil
	for _, t := range training {
		rows = append(rows, []string{t.Course, t.Date, decimal(t.Hours, 1), t.Result})
	}
	d.table(scaleCols(column{head: d.t("col.course"), width: 80}, column{head: d.t("col.date"), width: 26},
		column{head: d.t("col.hours"), width: 18, right: true}, column{head: d.t("col.result"), width: 52}), rows, 1)
}

func shownNote(d *doc, shown, total int) string {
	if shown < total {
		return d.t("brief.shown", shown, total)
	}
	return ""
}

// clippedParagraph prints at most n lines of text, the last cut with "…"
// and a note of how many lines show.
func (d *doc) clippedParagraph(s string, n int) {
	if strings.TrimSpace(s) == "" {
		d.notFilled()
		return
	}
	w := d.measure(sizeBody)
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, wrap(para, contentW-cellPad, w)...)
	}
	cut := len(lines) > n
	lines = clip(lines, n, contentW-cellPad, w)
	d.color(black)
	for _, line := range lines {
		d.text(margin+cellPad, d.y, sizeBody, line)
		d.y += lineH(sizeBody)
	}
	if cut {
		d.note(d.t("review.linesShown", n))
	}
}

// hbarsPlain is a bar chart of shares without the 100% line.
func (d *doc) hbarsPlain(rows []hbar) {
	const rowH, labelW, valueW = 5.6, 20.0, 30.0
	area := contentW - labelW - valueW
	for _, r := range rows {
		d.ensure(rowH)
		if r.value > 0 {
			d.box(margin+labelW, d.y+1, area*r.value, rowH-2, &barFill, &barLine, 0.2)
		}
		d.color(black)
		d.text(margin+cellPad, d.y+(rowH-lineH(sizeBody))/2, sizeBody, r.label)
		d.text(margin+labelW+area+cellPad, d.y+(rowH-lineH(sizeBody))/2, sizeBody, r.shown)
		d.y += rowH
	}
	d.y += 1
}
