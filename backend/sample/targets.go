package sample

import (
	"time"

	"kams/backend/domain"
)

// MyName is the sample's user: 王磊, the key-account manager of the two
// strategic accounts, so the home dashboard and the week have figures.
const MyName = wang

// Target is a sample target: for a member or an account (by name).
type Target struct {
	Member, Account string
	Target          domain.Target // Period and the three figures
}

// memberFactor scales each member's revenue target from last year's run
// rate, so that some end above 100 % and some below: 王磊 is ahead of a
// modest plan, 刘洋 has a plan and no win yet.
var memberFactor = map[string]float64{wang: 0.85, li: 1.3, chen: 0.95, liu: 1, zhao: 1.8}

// Targets are the sample's targets as of today: for the current year, its
// quarters and months, one set per member who manages a sample account;
// and year and quarter targets for the key accounts. Revenue targets are
// the revenue won over the past 365 days (the sample's deals are dated
// from today) times a factor, spread evenly over quarters and months, so
// achievement looks real whatever the day the sample is loaded; an
// account with a plan for the year aims at the plan's revenue objective.
func Targets(today time.Time) []Target {
	periods := yearPeriods(today)
	managerOf, accountsOf := map[string]string{}, map[string]int64{}
	var members []string
	for _, a := range Accounts() {
		managerOf[a.Name] = a.Manager
		if accountsOf[a.Manager] == 0 {
			members = append(members, a.Manager)
		}
		accountsOf[a.Manager]++
	}
	wonByMember, wonByAccount := map[string]int64{}, map[string]int64{}
	for _, d := range Deals() {
		if d.Opportunity.Status == domain.DealWon && d.ClosedDaysAgo <= 365 {
			wonByMember[managerOf[d.Account]] += d.Opportunity.Amount
			wonByAccount[d.Account] += d.Opportunity.Amount
		}
	}
	var out []Target
	for _, m := range members {
		yearly := roundWan(int64(float64(max(wonByMember[m], wan(200))) * memberFactor[m]))
		for _, p := range periods {
			n := share(p)
			out = append(out, Target{Member: m, Target: domain.Target{Period: p, Revenue: roundWan(yearly * n / 12),
				NewOpportunities: int((3*accountsOf[m]*n + 11) / 12), Visits: int((20*accountsOf[m]*n + 11) / 12)}})
		}
	}
	plannedRevenue := map[string]int64{}
	for _, p := range Plans() {
		if p.YearsAgo == 0 {
			plannedRevenue[p.Account] = p.Plan.RevenueTarget
		}
	}
	factors := []float64{0.9, 1.25, 1.05, 1.5}
	i := 0
	for _, a := range Accounts() {
		if !domain.Score(a, domain.DefaultScoring()).KeyAccount || a.Status == domain.StatusLost {
			continue
		}
		yearly := roundWan(int64(float64(max(wonByAccount[a.Name], wan(100))) * factors[i%len(factors)]))
		i++
		// An account with a plan for this year aims at its plan's revenue
		// objective: the plan and the targets show one number.
		if planned := plannedRevenue[a.Name]; planned > 0 {
			yearly = planned
		}
		for _, p := range periods[:5] {
			n := share(p)
			out = append(out, Target{Account: a.Name, Target: domain.Target{Period: p, Revenue: roundWan(yearly * n / 12),
				NewOpportunities: int((2*n + 11) / 12), Visits: int((24*n + 11) / 12)}})
		}
	}
	return out
}

// yearPeriods are the current year, its quarters and its months.
func yearPeriods(today time.Time) []string {
	year := today.Year()
	periods := append([]string{domain.PeriodKey(domain.PeriodYear, today)}, domain.Quarters(year)...)
	for m := 1; m <= 12; m++ {
		periods = append(periods, domain.PeriodKey(domain.PeriodMonth, time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)))
	}
	return periods
}

// share is a period's part of a year, in twelfths.
func share(p string) int64 {
	pp, _ := domain.ParsePeriod(p)
	switch pp.Kind {
	case domain.PeriodYear:
		return 12
	case domain.PeriodQuarter:
		return 3
	}
	return 1
}

// roundWan rounds an amount to 10 万元, as a plan would state it.
func roundWan(minor int64) int64 {
	step := wan(10)
	return (minor + step/2) / step * step
}

// WeekItem is a sample planned activity of the current week.
type WeekItem struct {
	Account string // "" for none
	Title   string
	Done    bool
}

// WeekPlan is what 王磊 planned for the current week.
func WeekPlan() []WeekItem {
	return []WeekItem{
		{"江宁新能源汽车股份有限公司", "与采购总监确认合肥基地总装线招标时间表", true},
		{"苏电智能电网设备有限公司", "提交配网终端产线改造技术方案初稿", false},
		{"蓝海智慧物流有限公司", "首次拜访：了解区域仓输送分拣需求", false},
		{"", "更新本季度销售漏斗预测", true},
	}
}

// WeekChecks are the self-check items ticked this week.
func WeekChecks() []string { return []string{"log", "funnel", "targets"} }

// Goals are 王磊's personal development goals.
func Goals(today time.Time) []domain.DevelopmentGoal {
	return []domain.DevelopmentGoal{
		{Title: "完成《大客户销售管理》课程并通过考核", Due: today.AddDate(0, 2, 0).Format(time.DateOnly)},
		{Title: "学习新能源电池包产线工艺，能独立做技术交流", Due: today.AddDate(0, 4, 0).Format(time.DateOnly)},
		{Title: "每月与一位客户高层单独交流", Done: true},
	}
}
