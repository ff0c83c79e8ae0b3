package domain

import (
	"time"
)

// Text is a word the user may edit in both languages.
type Text struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// Stage is a step of our sales process (销售阶段) with its default
// probability, key tasks and exit criteria.
type Stage struct {
	ID          string `json:"id"`
	Name        Text   `json:"name"`
	Probability int    `json:"probability"` // percent
	Tasks       []Text `json:"tasks"`
	Exit        Text   `json:"exit"`
}

// DefaultStages are domain.md §3's stages. Won (100%) and lost (0%) are the
// statuses that end a deal, not stages.
func DefaultStages() []Stage {
	t := func(zh, en string) Text { return Text{zh, en} }
	return []Stage{
		{ID: "lead", Name: t("发现线索", "Lead"), Probability: 10,
			Tasks: []Text{t("确认客户的需求来源", "Confirm where the need comes from"), t("找到第一位联系人", "Find a first contact")},
			Exit:  t("客户有明确的需求或项目", "The customer has a clear need or project")},
		{ID: "qualify", Name: t("需求确认", "Qualify"), Probability: 25,
			Tasks: []Text{t("确认预算", "Confirm the budget"), t("识别经济决策者", "Identify the economic buyer"), t("了解决策流程和时间表", "Learn the decision process and timeline")},
			Exit:  t("需求、预算、决策人和时间都已确认", "Need, budget, decision makers and timeline confirmed")},
		{ID: "solution", Name: t("方案与技术交流", "Solution"), Probability: 50,
			Tasks: []Text{t("技术交流", "Technical exchange"), t("提交方案", "Submit the solution"), t("技术把关者认可", "Technical buyer approves")},
			Exit:  t("客户认可我方方案", "The customer accepts our solution")},
		{ID: "bid", Name: t("招投标与商务谈判", "Bid & negotiate"), Probability: 75,
			Tasks: []Text{t("投标", "Submit the bid"), t("商务谈判", "Negotiate terms"), t("经济决策者拜访", "Meet the economic buyer")},
			Exit:  t("中标或商务条款谈妥", "Bid won or terms agreed")},
		{ID: "commit", Name: t("签约", "Commit"), Probability: 90,
			Tasks: []Text{t("合同评审", "Review the contract"), t("签订合同", "Sign the contract")},
			Exit:  t("合同签订", "Contract signed")},
	}
}

// Deal statuses.
const (
	DealOpen      = "open"
	DealWon       = "won"
	DealLost      = "lost"
	DealAbandoned = "abandoned"
)

// ProcurementSteps are the customer's buying steps (大客户采购的关键环节),
// in order.
var ProcurementSteps = []string{"need", "budget", "spec", "evaluation", "tender", "negotiation", "contract", "delivery", "payment"}

// stageStep is the furthest procurement step a customer should have reached
// for our stage not to be ahead of them.
var stageStep = map[string]string{"lead": "need", "qualify": "budget", "solution": "spec", "bid": "tender", "commit": "negotiation"}

// Elements are the key evaluation elements (关键评估元素), each 0–5; the
// coverage of buying roles is computed from the people linked to the deal.
type Elements struct {
	Need          int `json:"need"`
	Budget        int `json:"budget"`
	Decision      int `json:"decision"`
	Timeline      int `json:"timeline"`
	Fit           int `json:"fit"`
	Competitive   int `json:"competitive"`
	Profitability int `json:"profitability"`
}

// DealPerson is a person of the account linked to a deal, with their role in it.
type DealPerson struct {
	ContactID   int64      `json:"contactId"`
	Name        string     `json:"name"` // read only
	Role        BuyingRole `json:"role"`
	Attitude    int        `json:"attitude"`    // read only
	Influence   Influence  `json:"influence"`   // read only
	LastContact string     `json:"lastContact"` // read only
}

// Opportunity is a deal (商机) with an account.
type Opportunity struct {
	ID              int64        `json:"id"`
	AccountID       int64        `json:"accountId"`
	AccountName     string       `json:"accountName"` // read only
	Name            string       `json:"name"`
	Amount          int64        `json:"amount"`    // minor units
	CloseDate       string       `json:"closeDate"` // expected, YYYY-MM-DD
	Stage           string       `json:"stage"`
	Override        bool         `json:"override"`    // the probability is the user's, not the stage's
	Probability     int          `json:"probability"` // percent: the override, or (read) the effective one
	Competitors     string       `json:"competitors"`
	Solution        string       `json:"solution"`
	Criteria        string       `json:"criteria"`
	Status          string       `json:"status"`
	LossReason      string       `json:"lossReason"`
	Step            string       `json:"step"` // the customer's procurement step
	Elements        Elements     `json:"elements"`
	TasksDone       []string     `json:"tasksDone"` // "stage/index" of the key tasks ticked
	People          []DealPerson `json:"people"`
	ClosedOn        string       `json:"closedOn"`        // date it was won, lost or abandoned
	StageSince      string       `json:"stageSince"`      // date it entered its stage (read only)
	LastInteraction string       `json:"lastInteraction"` // read only
	CreatedAt       string       `json:"createdAt"`
	UpdatedAt       string       `json:"updatedAt"`
	DeletedAt       string       `json:"deletedAt"`
	// Version counts the saves of the record: a save carries the version it
	// read and is refused when another window saved since (stale.go).
	Version int64 `json:"version"`
}

// TrimOpportunity trims the one-line fields.
func TrimOpportunity(o *Opportunity) {
	o.Name, o.CloseDate, o.LossReason = CleanLine(o.Name), CleanLine(o.CloseDate), CleanLine(o.LossReason)
	o.Competitors, o.Solution, o.Criteria = CleanText(o.Competitors), CleanText(o.Solution), CleanText(o.Criteria)
}

// Validate checks a deal as typed, against the stages of the settings.
func (o *Opportunity) Validate(stages []Stage) error {
	var v Validation
	if o.AccountID <= 0 {
		v.Add("accountId", "error.required", nil)
	}
	if Blank(o.Name) {
		v.Add("name", "error.required", nil)
	}
	checkLen(&v, "name", o.Name, MaxShortText)
	checkLen(&v, "competitors", o.Competitors, MaxLongText)
	checkLen(&v, "solution", o.Solution, MaxLongText)
	checkLen(&v, "criteria", o.Criteria, MaxLongText)
	checkLen(&v, "lossReason", o.LossReason, MaxShortText)
	checkAmount(&v, "amount", o.Amount)
	if _, err := time.Parse(time.DateOnly, o.CloseDate); err != nil {
		v.Add("closeDate", "error.date", nil)
	}
	if StageIndexOf(stages, o.Stage) < 0 {
		v.Add("stage", "error.choice", nil)
	}
	if o.Override && (o.Probability < 0 || o.Probability > 100) {
		v.Add("probability", "error.range", map[string]any{"min": 0, "max": 100})
	}
	switch o.Status {
	case DealOpen, DealWon:
	case DealLost, DealAbandoned:
		if Blank(o.LossReason) {
			v.Add("lossReason", "error.required", nil)
		}
	default:
		v.Add("status", "error.choice", nil)
	}
	if o.Step != "" && stepIndex(o.Step) < 0 {
		v.Add("step", "error.choice", nil)
	}
	e := o.Elements
	for f, s := range map[string]int{"elements.need": e.Need, "elements.budget": e.Budget, "elements.decision": e.Decision,
		"elements.timeline": e.Timeline, "elements.fit": e.Fit, "elements.competitive": e.Competitive, "elements.profitability": e.Profitability} {
		checkScore(&v, f, s, 0)
	}
	return v.Err()
}

// StageIndexOf is the position of a stage, or −1.
func StageIndexOf(stages []Stage, id string) int {
	for i, s := range stages {
		if s.ID == id {
			return i
		}
	}
	return -1
}

func stepIndex(step string) int {
	for i, s := range ProcurementSteps {
		if s == step {
			return i
		}
	}
	return -1
}

// EffectiveProbability is the deal's probability: 100 won, 0 lost or
// abandoned, else the override or the stage's default.
func EffectiveProbability(o Opportunity, stages []Stage) int {
	switch o.Status {
	case DealWon:
		return 100
	case DealLost, DealAbandoned:
		return 0
	}
	if o.Override {
		return o.Probability
	}
	if i := StageIndexOf(stages, o.Stage); i >= 0 {
		return stages[i].Probability
	}
	return 0
}

// Weighted is amount × probability, rounded to the minor unit.
func Weighted(amount int64, probability int) int64 {
	return (amount*int64(probability) + 50) / 100
}
