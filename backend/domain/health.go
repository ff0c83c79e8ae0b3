package domain

import (
	"math"
	"time"
)

// HealthPartID names a part of the relationship health score (§7).
type HealthPartID string

// The parts, in the order the breakdown shows them.
const (
	HealthRecency      HealthPartID = "recency"      // 关键人联系及时性
	HealthCoverage     HealthPartID = "coverage"     // 采购角色覆盖
	HealthAttitude     HealthPartID = "attitude"     // 态度平衡
	HealthComplaints   HealthPartID = "complaints"   // 未结投诉
	HealthSatisfaction HealthPartID = "satisfaction" // 满意度
	HealthStage        HealthPartID = "stage"        // 关系阶段
	HealthRevenue      HealthPartID = "revenue"      // 收入同比
)

// HealthParts lists the parts in breakdown order.
var HealthParts = []HealthPartID{HealthRecency, HealthCoverage, HealthAttitude, HealthComplaints,
	HealthSatisfaction, HealthStage, HealthRevenue}

// HealthWeights are each part's weight (0–100; they need not add to 100:
// the score is the weighted mean).
type HealthWeights struct {
	Recency      int `json:"recency"`
	Coverage     int `json:"coverage"`
	Attitude     int `json:"attitude"`
	Complaints   int `json:"complaints"`
	Satisfaction int `json:"satisfaction"`
	Stage        int `json:"stage"`
	Revenue      int `json:"revenue"`
}

func (w HealthWeights) of(p HealthPartID) int {
	switch p {
	case HealthRecency:
		return w.Recency
	case HealthCoverage:
		return w.Coverage
	case HealthAttitude:
		return w.Attitude
	case HealthComplaints:
		return w.Complaints
	case HealthSatisfaction:
		return w.Satisfaction
	case HealthStage:
		return w.Stage
	}
	return w.Revenue
}

// HealthSettings are the health score's weights and its alert.
type HealthSettings struct {
	Weights HealthWeights `json:"weights"`
	// Threshold: an account below it is at risk. Drop: so is one that fell
	// this many points or more below last month's score.
	Threshold int `json:"threshold"`
	Drop      int `json:"drop"`
	// RecentDays: a key person met within it counts in full; the credit
	// falls to nothing at three times it.
	RecentDays int `json:"recentDays"`
	// ComplaintPoints is what one open complaint of each severity takes
	// off the complaints part (out of 100).
	ComplaintPoints ServiceSettings `json:"complaintPoints"`
}

// DefaultHealth weighs the people most (recency, roles, attitudes), then
// complaints and satisfaction, then stage and revenue.
func DefaultHealth() HealthSettings {
	return HealthSettings{
		Weights:   HealthWeights{Recency: 20, Coverage: 15, Attitude: 15, Complaints: 15, Satisfaction: 15, Stage: 10, Revenue: 10},
		Threshold: 50, Drop: 15, RecentDays: 30,
		ComplaintPoints: ServiceSettings{Critical: 60, High: 30, Medium: 15, Low: 5},
	}
}

// Validate checks the weights (0–100, not all 0), the threshold, the drop,
// the recent days and the complaint points.
func (s HealthSettings) Validate() error {
	var v Validation
	sum := 0
	for _, p := range HealthParts {
		w := s.Weights.of(p)
		if w < 0 || w > 100 {
			v.Add("weights."+string(p), "error.range", map[string]any{"min": 0, "max": 100})
		}
		sum += w
	}
	if sum <= 0 {
		v.Add("weights", "error.weightsZero", nil)
	}
	if s.Threshold < 0 || s.Threshold > 100 {
		v.Add("threshold", "error.range", map[string]any{"min": 0, "max": 100})
	}
	if s.Drop < 1 || s.Drop > 100 {
		v.Add("drop", "error.range", map[string]any{"min": 1, "max": 100})
	}
	if s.RecentDays < 1 || s.RecentDays > 365 {
		v.Add("recentDays", "error.range", map[string]any{"min": 1, "max": 365})
	}
	for _, x := range []struct {
		f string
		n int
	}{{"critical", s.ComplaintPoints.Critical}, {"high", s.ComplaintPoints.High},
		{"medium", s.ComplaintPoints.Medium}, {"low", s.ComplaintPoints.Low}} {
		if x.n < 0 || x.n > 100 {
			v.Add("complaintPoints."+x.f, "error.range", map[string]any{"min": 0, "max": 100})
		}
	}
	return v.Err()
}

// HealthInputs are the facts of one account the score is made from.
type HealthInputs struct {
	// KeyContacts are the last-contact days of the account's live key
	// people (economic buyers and anyone of high influence), "" for one
	// never met.
	KeyContacts []string `json:"keyContacts"`
	// Roles is how many of the four buying roles (economic, user,
	// technical, coach) its live people fill.
	Roles int `json:"roles"`
	// AttitudeSum and AttitudeWeight: Σ attitude × influence weight (high 3,
	// medium 2, low 1) and Σ weight over the live people.
	AttitudeSum    int `json:"attitudeSum"`
	AttitudeWeight int `json:"attitudeWeight"`
	// Complaints are the open complaints by severity.
	Complaints ServiceSettings `json:"complaints"`
	// Satisfaction is the mean score (1–5) of its latest surveyed quarter,
	// 0 when never surveyed.
	Satisfaction float64 `json:"satisfaction"`
	// Stage is its relationship stage.
	Stage RelationshipStage `json:"stage"`
	// RevenueNow is the won revenue of this year to today, RevenueLast of
	// last year to the same day.
	RevenueNow  int64 `json:"revenueNow"`
	RevenueLast int64 `json:"revenueLast"`
}

// InfluenceWeight is how much a person's attitude counts in the balance.
func InfluenceWeight(i Influence) int {
	switch i {
	case InfluenceHigh:
		return 3
	case InfluenceMedium:
		return 2
	}
	return 1
}

// HealthPart is one part of the score: its value 0–1, weight, and the
// points it gives out of 100.
type HealthPart struct {
	ID     HealthPartID `json:"id"`
	Value  float64      `json:"value"`
	Weight int          `json:"weight"`
	Points float64      `json:"points"`
}

// Health is an account's relationship health: the score 0–100 and how it
// was made.
type Health struct {
	Score int          `json:"score"`
	Parts []HealthPart `json:"parts"`
}

// HealthPartValue is one part's value 0–1 (see ComputeHealth).
func HealthPartValue(p HealthPartID, in HealthInputs, s HealthSettings, today string) float64 {
	switch p {
	case HealthRecency:
		return recencyValue(in.KeyContacts, s.RecentDays, today)
	case HealthCoverage:
		return float64(in.Roles) / 4
	case HealthAttitude:
		if in.AttitudeWeight == 0 {
			return 0.5 // nobody known: neither for nor against
		}
		return (float64(in.AttitudeSum)/float64(in.AttitudeWeight) + 2) / 4
	case HealthComplaints:
		c, pts := in.Complaints, s.ComplaintPoints
		off := c.Critical*pts.Critical + c.High*pts.High + c.Medium*pts.Medium + c.Low*pts.Low
		return math.Max(0, 1-float64(off)/100)
	case HealthSatisfaction:
		if in.Satisfaction == 0 {
			return 0.5 // never surveyed: unknown, not bad
		}
		return (in.Satisfaction - 1) / 4
	case HealthStage:
		for i, st := range RelationshipStages {
			if st == in.Stage {
				return float64(i) / 4
			}
		}
		return 0
	}
	return revenueValue(in.RevenueNow, in.RevenueLast)
}

// recencyValue is the mean credit of the key people: 1 when met within
// recent days, falling in a straight line to 0 at three times it; never
// met 0. No key people at all is 0: nobody who decides is known.
func recencyValue(days []string, recent int, today string) float64 {
	if len(days) == 0 {
		return 0
	}
	sum := 0.0
	for _, d := range days {
		if d == "" {
			continue
		}
		ago := float64(daysBetween(d, today))
		switch {
		case ago <= float64(recent):
			sum++
		case ago < float64(3*recent):
			sum += 1 - (ago-float64(recent))/float64(2*recent)
		}
	}
	return sum / float64(len(days))
}

// revenueValue compares this year's won revenue to date with last year's
// to the same day: level is 0.5, +50% or better 1, −50% or worse 0. No
// revenue in either is level; revenue only this year is 1.
func revenueValue(now, last int64) float64 {
	switch {
	case last == 0 && now == 0:
		return 0.5
	case last == 0:
		return 1
	}
	r := float64(now) / float64(last)
	return math.Min(1, math.Max(0, 0.5+(r-1)))
}

// ComputeHealth is the account's health score under the settings as of
// today ("YYYY-MM-DD"): each part's value 0–1 times its weight, over the
// sum of the weights, as points out of 100; the score is their sum,
// rounded.
func ComputeHealth(in HealthInputs, s HealthSettings, today string) Health {
	total := 0
	for _, p := range HealthParts {
		total += s.Weights.of(p)
	}
	h := Health{Parts: make([]HealthPart, 0, len(HealthParts))}
	sum := 0.0
	for _, p := range HealthParts {
		v := HealthPartValue(p, in, s, today)
		w := s.Weights.of(p)
		pts := 0.0
		if total > 0 {
			pts = 100 * v * float64(w) / float64(total)
		}
		sum += pts
		h.Parts = append(h.Parts, HealthPart{ID: p, Value: math.Round(v*1000) / 1000, Weight: w, Points: math.Round(pts*10) / 10})
	}
	h.Score = int(math.Round(sum))
	return h
}

// AtRisk says whether an account with this score, and last month's score
// (−1 when it has none), is in the alert.
func (s HealthSettings) AtRisk(score, prev int) bool {
	return score < s.Threshold || (prev >= 0 && prev-score >= s.Drop)
}

// RevenueSpans are this year's days to today and last year's to the same
// day (29 February falls back to the 28th), the spans the revenue part
// compares.
func RevenueSpans(today string) (fromNow, toNow, fromLast, toLast string) {
	t, err := time.Parse(time.DateOnly, today)
	if err != nil {
		return today, today, today, today
	}
	y := t.Year()
	last := time.Date(y-1, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if last.Month() != t.Month() {
		last = time.Date(y-1, t.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), today,
		time.Date(y-1, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), last.Format(time.DateOnly)
}
