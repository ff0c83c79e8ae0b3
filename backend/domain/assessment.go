package domain

import (
	"math"
	"strconv"
	"time"
)

// Metric is a main business indicator (主要业务指标) an assessment can take
// as a KPI item. How each is computed from a member's own data is written
// beside it; Manual metrics have no data in the app and are typed in.
type Metric string

const (
	// Σ amount of the deals the member owns that were won in the period.
	MetricWonRevenue Metric = "won_revenue"
	// won revenue ÷ the member's revenue target for the period (targets table), in %.
	MetricTargetAchievement Metric = "target_achievement"
	// won ÷ (won + lost) among the member's deals closed in the period, in %.
	MetricWinRate Metric = "win_rate"
	// face-to-face interactions the member logged in the period (visit, meeting,
	// technical exchange, demo, dinner): 拜访次数.
	MetricVisits Metric = "visits"
	// deals the member owns that were created in the period.
	MetricNewOpportunities Metric = "new_opportunities"
	// won revenue ÷ number of deals won in the period.
	MetricAvgDeal Metric = "avg_deal"
	// 回款率: the app keeps no payments, so the manager types it in (%).
	MetricCollectionRate Metric = "collection_rate"
	// 客户满意度: no survey data yet, typed in (%).
	MetricSatisfaction Metric = "satisfaction"
)

// MetricUnit says how a metric's target and actual read: money in minor
// units, a count, or a percentage.
type MetricUnit string

const (
	UnitMoney   MetricUnit = "money" // minor units
	UnitCount   MetricUnit = "count"
	UnitPercent MetricUnit = "percent"
	UnitRatio   MetricUnit = "ratio" // 1 = 100 %
	UnitDays    MetricUnit = "days"
	UnitScore   MetricUnit = "score" // 1–5
)

// MetricInfo describes a KPI metric for the template editor.
type MetricInfo struct {
	Key    Metric     `json:"key"`
	Unit   MetricUnit `json:"unit"`
	Manual bool       `json:"manual"`
}

// Metrics lists every KPI metric in the order the UI offers them.
var Metrics = []MetricInfo{
	{MetricWonRevenue, UnitMoney, false},
	{MetricTargetAchievement, UnitPercent, false},
	{MetricWinRate, UnitPercent, false},
	{MetricVisits, UnitCount, false},
	{MetricNewOpportunities, UnitCount, false},
	{MetricAvgDeal, UnitMoney, false},
	{MetricCollectionRate, UnitPercent, true},
	{MetricSatisfaction, UnitPercent, true},
}

// MetricOf returns the description of a metric key.
func MetricOf(k Metric) (MetricInfo, bool) {
	for _, m := range Metrics {
		if m.Key == k {
			return m, true
		}
	}
	return MetricInfo{}, false
}

// ItemKind: a KPI item is scored from a number against a target, a rating
// item from the manager's 1–5 rating.
type ItemKind string

const (
	ItemKPI    ItemKind = "kpi"
	ItemRating ItemKind = "rating"
)

// TemplateItem is one line of an assessment template (考核方案).
type TemplateItem struct {
	Kind   ItemKind `json:"kind"`
	Metric Metric   `json:"metric"` // KPI items only
	// Name overrides the metric's name on a KPI item; it is the name of a
	// rating item (competence, attitude, teamwork …).
	Name   string  `json:"name"`
	Weight int     `json:"weight"`
	Target float64 `json:"target"` // KPI items: in the metric's unit
	Cap    int     `json:"cap"`    // KPI items: % of target counted at most; 0 = the setting
}

// Template is an assessment scheme: its items' weights sum to 100.
type Template struct {
	ID        int64          `json:"id"`
	Name      string         `json:"name"`
	Items     []TemplateItem `json:"items"`
	UpdatedAt string         `json:"updatedAt"`
}

// WeightSum adds the items' weights.
func (t *Template) WeightSum() int {
	n := 0
	for _, it := range t.Items {
		n += it.Weight
	}
	return n
}

// Validate checks a template: a name, at least one item, each item well
// formed, and the weights summing to exactly 100.
func (t *Template) Validate() error {
	t.Name = CleanLine(t.Name)
	var v Validation
	if Blank(t.Name) {
		v.Add("name", "error.required", nil)
	}
	checkLen(&v, "name", t.Name, MaxShortText)
	if len(t.Items) == 0 {
		v.Add("items", "error.required", nil)
	}
	for i := range t.Items {
		it := &t.Items[i]
		it.Name = CleanLine(it.Name)
		f := "items." + strconv.Itoa(i)
		checkLen(&v, f+".name", it.Name, MaxShortText)
		if it.Weight < 0 || it.Weight > 100 {
			v.Add(f+".weight", "error.range", map[string]any{"min": 0, "max": 100})
		}
		switch it.Kind {
		case ItemKPI:
			if _, ok := MetricOf(it.Metric); !ok {
				v.Add(f+".metric", "error.choice", nil)
			}
			if !(it.Target > 0) || math.IsInf(it.Target, 0) {
				v.Add(f+".target", "error.positive", nil)
			}
			if it.Cap != 0 && (it.Cap < 100 || it.Cap > 300) {
				v.Add(f+".cap", "error.range", map[string]any{"min": 100, "max": 300})
			}
		case ItemRating:
			it.Metric, it.Target, it.Cap = "", 0, 0
			if Blank(it.Name) {
				v.Add(f+".name", "error.required", nil)
			}
		default:
			v.Add(f+".kind", "error.choice", nil)
		}
	}
	if len(t.Items) > 0 {
		if sum := t.WeightSum(); sum != 100 {
			v.Add("weights", "error.weightSum", map[string]any{"sum": sum})
		}
	}
	return v.Err()
}

// AssessmentSettings are the scoring rule's cap and the grade thresholds.
type AssessmentSettings struct {
	// Cap is how far above target a KPI still earns points, in % of target
	// (120: beating the target by half still scores as 120%), so one strong
	// number cannot carry a whole assessment. Totals may therefore pass 100.
	Cap int `json:"cap"`
	// A total at or above A is grade A, else at or above B is B, else at or
	// above C is C, else D.
	A float64 `json:"a"`
	B float64 `json:"b"`
	C float64 `json:"c"`
}

// DefaultAssessment: cap at 120%, A ≥ 90, B ≥ 75, C ≥ 60.
func DefaultAssessment() AssessmentSettings { return AssessmentSettings{Cap: 120, A: 90, B: 75, C: 60} }

// Validate keeps the cap between 100% and 300% and the thresholds strictly
// descending from A to C, all within 0–100.
func (s AssessmentSettings) Validate() error {
	var v Validation
	if s.Cap < 100 || s.Cap > 300 {
		v.Add("cap", "error.range", map[string]any{"min": 100, "max": 300})
	}
	for f, x := range map[string]float64{"a": s.A, "b": s.B, "c": s.C} {
		if !(x > 0 && x <= 100) { // NaN too
			v.Add(f, "error.range", map[string]any{"min": 1, "max": 100})
		}
	}
	if !(s.A > s.B && s.B > s.C) {
		v.Add("grades", "error.gradeOrder", nil)
	}
	return v.Err()
}

// Grade is the letter of a total.
func (s AssessmentSettings) Grade(total float64) string {
	switch {
	case total >= s.A:
		return "A"
	case total >= s.B:
		return "B"
	case total >= s.C:
		return "C"
	}
	return "D"
}

// KPIScore is weight × min(actual ÷ target, cap%): linear up to the target,
// then on to the cap. A negative actual scores nothing.
func KPIScore(weight int, target, actual float64, capPct int) float64 {
	if target <= 0 || actual <= 0 {
		return 0
	}
	return round1(float64(weight) * math.Min(actual/target, float64(capPct)/100))
}

// RatingScore is weight × rating ÷ 5; 0 (not rated) scores nothing.
func RatingScore(weight, rating int) float64 {
	if rating < 0 {
		rating = 0
	}
	return round1(float64(weight) * float64(min(rating, 5)) / 5)
}

// AssessmentStatus: a draft may be edited; a final one is locked until it is
// reopened.
type AssessmentStatus string

const (
	AssessmentDraft AssessmentStatus = "draft"
	AssessmentFinal AssessmentStatus = "final"
)

// AssessmentItem is a template item copied into an assessment, with the
// actual, the rating and the score.
type AssessmentItem struct {
	ID int64 `json:"id"`
	TemplateItem
	// Actual is computed from the data (Computable) or, for manual metrics,
	// typed in (Entered says whether it was).
	Actual     float64 `json:"actual"`
	Computable bool    `json:"computable"`
	Entered    bool    `json:"entered"`
	Rating     int     `json:"rating"` // rating items: 1–5, 0 = not yet
	Score      float64 `json:"score"`
}

// Reopen records a finalised assessment opened again for edits.
type Reopen struct {
	At     string `json:"at"`
	Reason string `json:"reason"`
}

// Assessment is one member's assessment (考核) for one period.
type Assessment struct {
	ID           int64            `json:"id"`
	MemberID     int64            `json:"memberId"`
	MemberName   string           `json:"memberName"`
	MemberRole   MemberRole       `json:"memberRole"`
	Period       string           `json:"period"`
	TemplateID   int64            `json:"templateId"`
	TemplateName string           `json:"templateName"`
	Status       AssessmentStatus `json:"status"`
	Comments     string           `json:"comments"`
	Total        float64          `json:"total"`
	Grade        string           `json:"grade"`
	Items        []AssessmentItem `json:"items"`
	Reopens      []Reopen         `json:"reopens"`
	FinalisedAt  string           `json:"finalisedAt"`
	UpdatedAt    string           `json:"updatedAt"`
}

// Rescore scores every item and sets the total and grade. A KPI item with
// no actual (not computable, nor typed in) scores nothing.
func (a *Assessment) Rescore(s AssessmentSettings) {
	total := 0.0
	for i := range a.Items {
		it := &a.Items[i]
		switch it.Kind {
		case ItemKPI:
			capPct := it.Cap
			if capPct == 0 {
				capPct = s.Cap
			}
			it.Score = 0
			if it.Computable || it.Entered {
				it.Score = KPIScore(it.Weight, it.Target, it.Actual, capPct)
			}
		case ItemRating:
			it.Score = RatingScore(it.Weight, it.Rating)
		}
		total += it.Score
	}
	a.Total = round1(total)
	a.Grade = s.Grade(a.Total)
}

// ItemEdit is what the manager may change on one item of a draft: the
// rating of a rating item, the actual of a manual KPI item.
type ItemEdit struct {
	ID      int64   `json:"id"`
	Rating  int     `json:"rating"`
	Actual  float64 `json:"actual"`
	Entered bool    `json:"entered"`
}

// AssessmentEdit is a save of a draft assessment.
type AssessmentEdit struct {
	ID       int64      `json:"id"`
	Comments string     `json:"comments"`
	Items    []ItemEdit `json:"items"`
}

// PeriodRange is the first and last day of an assessment period: a year
// '2026', a half-year '2026-H1' or a quarter '2026-Q3'. Months are periods
// for targets, not for assessments.
func PeriodRange(p string) (from, to string, err error) {
	per, err := ParsePeriod(p)
	if err != nil || per.Kind == PeriodMonth {
		return "", "", periodError(p)
	}
	return per.From, per.To, nil
}

// PreviousPeriod is the period of the same kind just before p ('2026-Q1'
// → '2025-Q4', '2026-H1' → '2025-H2', '2026' → '2025'); "" if p is not a
// period.
func PreviousPeriod(p string) string {
	per, err := ParsePeriod(p)
	if err != nil {
		return ""
	}
	return per.Previous().Key
}

// QuarterOf is the quarter a day falls in, as '2026-Q3'.
func QuarterOf(t time.Time) string { return PeriodKey(PeriodQuarter, t) }

// MemberFigures are what the data holds about one member in one period:
// the deals they own closed or created in it, the interactions they
// logged, and their revenue target if one is set.
type MemberFigures struct {
	Won       int64 `json:"won"`
	WonAmount int64 `json:"wonAmount"`
	Lost      int64 `json:"lost"`
	Visits    int64 `json:"visits"`
	NewDeals  int64 `json:"newDeals"`
	Target    int64 `json:"target"`
	HasTarget bool  `json:"hasTarget"`
}

// Actual is a metric's value from a member's figures, and whether the data
// can give it: a rate with nothing to divide by is not computable (not 0),
// nor is a manual metric.
func (f MemberFigures) Actual(m Metric) (float64, bool) {
	switch m {
	case MetricWonRevenue:
		return float64(f.WonAmount), true
	case MetricTargetAchievement:
		if !f.HasTarget || f.Target <= 0 {
			return 0, false
		}
		return round1(float64(f.WonAmount) * 100 / float64(f.Target)), true
	case MetricWinRate:
		if f.Won+f.Lost == 0 {
			return 0, false
		}
		return round1(float64(f.Won) * 100 / float64(f.Won+f.Lost)), true
	case MetricVisits:
		return float64(f.Visits), true
	case MetricNewOpportunities:
		return float64(f.NewDeals), true
	case MetricAvgDeal:
		if f.Won == 0 {
			return 0, false
		}
		return math.Round(float64(f.WonAmount) / float64(f.Won)), true
	}
	return 0, false
}

// Fill sets the computed actuals of the KPI items from a member's figures;
// manual items keep what was typed in.
func (a *Assessment) Fill(f MemberFigures) {
	for i := range a.Items {
		it := &a.Items[i]
		if it.Kind != ItemKPI {
			continue
		}
		if info, _ := MetricOf(it.Metric); info.Manual {
			it.Computable = false
			continue
		}
		it.Actual, it.Computable = f.Actual(it.Metric)
		it.Entered = false
	}
}
