package domain

import "time"

// DealRole coverage counts these four buying influences.
var coverageRoles = []BuyingRole{RoleEconomic, RoleUser, RoleTechnical, RoleCoach}

// Coverage rates 0–5 how many of the four buying influences are linked to
// the deal.
func Coverage(people []DealPerson) int {
	n := 0
	for _, r := range coverageRoles {
		for _, p := range people {
			if p.Role == r {
				n++
				break
			}
		}
	}
	return (n*5 + 2) / 4
}

// EvaluationScore is the key evaluation elements (with the computed
// coverage) as a score out of 100.
func EvaluationScore(o Opportunity) int {
	e := o.Elements
	sum := e.Need + e.Budget + e.Decision + e.Timeline + e.Fit + e.Competitive + e.Profitability + Coverage(o.People)
	return (sum*100 + 20) / 40
}

// DealRedFlags are the warnings shown beside a deal's probability.
func DealRedFlags(o Opportunity, today time.Time, staleDays int) []RedFlag {
	flags := []RedFlag{}
	if o.Status != DealOpen {
		return flags
	}
	add := func(code string, params map[string]any) {
		flags = append(flags, RedFlag{Code: code, Key: "dealFlag." + code, Params: params})
	}
	var coach, economic bool
	for _, p := range o.People {
		coach = coach || p.Role == RoleCoach
		if p.Role == RoleEconomic {
			economic = true
			if days, met := DaysSince(p.LastContact, today); !met || days > staleDays {
				add("economicNotMet", map[string]any{"name": p.Name})
			}
		}
		if p.Attitude == AttitudeOpponent && p.Influence == InfluenceHigh {
			add("opponent", map[string]any{"name": p.Name})
		}
	}
	if !coach {
		add("noCoach", nil)
	}
	if !economic {
		add("noEconomic", nil)
	}
	e := o.Elements
	if e.Need == 0 || e.Budget == 0 || e.Decision == 0 || e.Timeline == 0 || e.Fit == 0 || e.Competitive == 0 || e.Profitability == 0 {
		add("unscored", nil)
	}
	if o.Step != "" && stepIndex(o.Step) < stepIndex(stageStep[o.Stage]) {
		add("aheadOfCustomer", nil)
	}
	if days, ok := DaysSince(o.CloseDate, today); ok && days > 0 {
		add("closeDatePast", map[string]any{"days": days})
	}
	return flags
}

// StageVisit is one stay of a deal in a stage; Left is "" while it is there.
// Days is stored when it leaves, so averages need no date arithmetic.
type StageVisit struct {
	DealID  int64  `json:"dealId"`
	Stage   string `json:"stage"`
	Entered string `json:"entered"`
	Left    string `json:"left"`
	Days    int    `json:"days"`
}

// StageFigure is one row of the funnel.
type StageFigure struct {
	Stage      string  `json:"stage"`
	Count      int     `json:"count"`
	Amount     int64   `json:"amount"`
	Weighted   int64   `json:"weighted"`
	Conversion float64 `json:"conversion"` // share that went on to the next stage (or won, after the last); −1 when none passed
	AvgDays    float64 `json:"avgDays"`    // mean days of finished stays; −1 when none
}

// PeriodFigure is a month ("2026-11") or quarter ("2026-Q4") of the forecast.
type PeriodFigure struct {
	Period   string `json:"period"`
	Count    int    `json:"count"`    // open deals expected to close
	Amount   int64  `json:"amount"`   // their amount
	Weighted int64  `json:"weighted"` // their weighted amount
	Won      int64  `json:"won"`      // revenue won in the period
}

// FunnelFilter narrows the funnel: to some accounts (by manager or tier,
// resolved by the service; nil means all) and to deals closing (or closed)
// within a period of dates (empty bounds are open).
type FunnelFilter struct {
	Manager string   `json:"manager"`
	Tiers   []string `json:"tiers"`
	From    string   `json:"from"`
	To      string   `json:"to"`
}

// Funnel is the sales funnel (销售漏斗) of a set of deals.
type Funnel struct {
	Stages     []StageFigure  `json:"stages"`
	Open       int            `json:"open"`
	OpenAmount int64          `json:"openAmount"`
	Weighted   int64          `json:"weighted"`
	Won        int            `json:"won"`
	WonAmount  int64          `json:"wonAmount"`
	Lost       int            `json:"lost"`    // lost or abandoned
	WinRate    float64        `json:"winRate"` // won ÷ (won + lost); −1 when none closed
	Months     []PeriodFigure `json:"months"`
	Quarters   []PeriodFigure `json:"quarters"`
	// Stalled lists the open deals with no interaction for the stalled days,
	// longest untouched first (at most a few hundred); StalledCount counts
	// them all.
	Stalled      []int64 `json:"stalled"`
	StalledCount int     `json:"stalledCount"`
}
