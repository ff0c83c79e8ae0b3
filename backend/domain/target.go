package domain

// VisitKinds are the interaction kinds that count as a visit (拜访) for the
// visit targets and the 拜访次数 indicator. A visit in the book's sense is
// being face to face with the customer: a call on site (visit), a meeting,
// a technical exchange (技术交流) and a demo (演示) all put us in front of
// the customer's people and move the sale, so each counts once. A call or
// an e-mail is contact, not a visit; a dinner (宴请) is relationship care
// that would inflate the count without a business agenda; "other" is
// unknown. The screens show this definition beside the figures.
var VisitKinds = []InteractionKind{"visit", "meeting", "tech", "demo"}

// TargetScope picks whose targets: exactly one of an account or a team
// member.
type TargetScope struct {
	AccountID int64 `json:"accountId"`
	MemberID  int64 `json:"memberId"`
}

// Validate accepts a scope with exactly one side set.
func (s TargetScope) Validate() error {
	var v Validation
	if (s.AccountID > 0) == (s.MemberID > 0) {
		v.Add("scope", "error.targetScope", nil)
	}
	return v.Err()
}

// Target is what is to be reached in a period (目标管理计划): revenue in
// minor units, new opportunities and visits.
type Target struct {
	Period           string `json:"period"`
	AccountID        int64  `json:"accountId"`
	MemberID         int64  `json:"memberId"`
	Revenue          int64  `json:"revenue"`
	NewOpportunities int    `json:"newOpportunities"`
	Visits           int    `json:"visits"`
	UpdatedAt        string `json:"updatedAt"`
}

// Validate checks a target as typed.
func (t Target) Validate() error {
	var v Validation
	if _, err := ParsePeriod(t.Period); err != nil {
		v.Add("period", "error.period", map[string]any{"period": t.Period})
	}
	if (t.AccountID > 0) == (t.MemberID > 0) {
		v.Add("scope", "error.targetScope", nil)
	}
	if t.Revenue < 0 || t.Revenue > MaxMoney {
		v.Add("revenue", "error.amount", nil)
	}
	if t.NewOpportunities < 0 || t.NewOpportunities > 100000 {
		v.Add("newOpportunities", "error.range", map[string]any{"min": 0, "max": 100000})
	}
	if t.Visits < 0 || t.Visits > 100000 {
		v.Add("visits", "error.range", map[string]any{"min": 0, "max": 100000})
	}
	return v.Err()
}

// Actuals are what was done in a period: revenue of the deals won in it,
// deals created in it, visits made in it.
type Actuals struct {
	Revenue          int64 `json:"revenue"`
	NewOpportunities int   `json:"newOpportunities"`
	Visits           int   `json:"visits"`
}

// Measure is one target line: the target, the actual and the achievement
// (actual ÷ target, 1 = 100 %). Achievement is −1 when the target is 0:
// nothing was asked, so there is no percentage (neither 0 % nor infinite).
type Measure struct {
	Target      int64   `json:"target"`
	Actual      int64   `json:"actual"`
	Achievement float64 `json:"achievement"`
}

// Achievement is actual ÷ target, or −1 for no target.
func Achievement(actual, target int64) float64 {
	if target <= 0 {
		return -1
	}
	return float64(actual) / float64(target)
}

// NewMeasure pairs a target with its actual.
func NewMeasure(target, actual int64) Measure {
	return Measure{Target: target, Actual: actual, Achievement: Achievement(actual, target)}
}

// TargetView is a scope's target and achievement in a period.
type TargetView struct {
	Period           string      `json:"period"`
	Scope            TargetScope `json:"scope"`
	Name             string      `json:"name"` // the account's or the member's name
	Set              bool        `json:"set"`  // a target row exists
	Revenue          Measure     `json:"revenue"`
	NewOpportunities Measure     `json:"newOpportunities"`
	Visits           Measure     `json:"visits"`
}

// NewTargetView combines a target (zero when none was set) with actuals.
func NewTargetView(period string, scope TargetScope, name string, t Target, set bool, a Actuals) TargetView {
	return TargetView{Period: period, Scope: scope, Name: name, Set: set,
		Revenue:          NewMeasure(t.Revenue, a.Revenue),
		NewOpportunities: NewMeasure(int64(t.NewOpportunities), int64(a.NewOpportunities)),
		Visits:           NewMeasure(int64(t.Visits), int64(a.Visits))}
}
