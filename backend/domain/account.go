package domain

import (
	"unicode/utf8"
)

// AccountStatus is where the customer stands with us (domain.md §1).
type AccountStatus string

const (
	StatusProspect AccountStatus = "prospect" // 潜在
	StatusActive   AccountStatus = "active"   // 合作中
	StatusDormant  AccountStatus = "dormant"  // 休眠
	StatusLost     AccountStatus = "lost"     // 流失
)

// AccountStatuses lists the statuses in the order the UI offers them.
var AccountStatuses = []AccountStatus{StatusProspect, StatusActive, StatusDormant, StatusLost}

// RelationshipStage is McDonald's relationship development stage.
type RelationshipStage string

const (
	StageExploratory    RelationshipStage = "exploratory"    // 探索期
	StageBasic          RelationshipStage = "basic"          // 基础期
	StageCooperative    RelationshipStage = "cooperative"    // 合作期
	StageInterdependent RelationshipStage = "interdependent" // 互相依存期
	StageIntegrated     RelationshipStage = "integrated"     // 整合期
)

// RelationshipStages lists the stages from first contact to integration; the
// position (1–5) is the stage's sub-score in the relationship dimension.
var RelationshipStages = []RelationshipStage{StageExploratory, StageBasic, StageCooperative, StageInterdependent, StageIntegrated}

// IdentificationScores are the book's five key-account criteria, each 0–5.
type IdentificationScores struct {
	LargeOrders int `json:"largeOrders"` // 大订单及长期合约
	Strategic   int `json:"strategic"`   // 战略性项目
	Influence   int `json:"influence"`   // 影响力
	Technology  int `json:"technology"`  // 技术吸收和创新能力
	Market      int `json:"market"`      // 市场发展实力
}

// KeyCharacteristics is the book's checklist of the four traits of a key account.
type KeyCharacteristics struct {
	HighValue         bool `json:"highValue"`         // 价值高潜力大
	Barrier           bool `json:"barrier"`           // 进入壁垒、客户巩固效果强、持续销售
	FutureCompetition bool `json:"futureCompetition"` // 构成未来竞争的重要环节
	CoreMarket        bool `json:"coreMarket"`        // 未来主营业务发展的主要市场基础
}

// ClassificationInputs are the sub-criteria the user rates 1–5 (0 = not yet
// rated). The relationship stage and the share of wallet are not typed in:
// they come from the profile.
type ClassificationInputs struct {
	Volume         int `json:"volume"`         // 采购规模
	Profitability  int `json:"profitability"`  // 赢利性
	StrategicFit   int `json:"strategicFit"`   // 战略匹配
	Ease           int `json:"ease"`           // 合作便利性
	Growth         int `json:"growth"`         // 业务增长
	Projects       int `json:"projects"`       // 规划项目
	ShareRoom      int `json:"shareRoom"`      // 份额提升空间
	TechAbsorption int `json:"techAbsorption"` // 技术吸收能力
	Coverage       int `json:"coverage"`       // 决策层覆盖
	Satisfaction   int `json:"satisfaction"`   // 满意度
}

// Account is the customer profile (客户档案表). Money is in minor units (分)
// of the database's currency.
type Account struct {
	ID                  int64                `json:"id"`
	Name                string               `json:"name"`
	ShortName           string               `json:"shortName"`
	EnglishName         string               `json:"englishName"`
	Industry            string               `json:"industry"`
	Region              string               `json:"region"`
	Address             string               `json:"address"`
	Employees           int64                `json:"employees"`
	Revenue             int64                `json:"revenue"`
	BusinessStrategy    string               `json:"businessStrategy"`
	SupplyChainStrategy string               `json:"supplyChainStrategy"`
	ProcurementPlans    string               `json:"procurementPlans"`
	Competitors         string               `json:"competitors"`
	OurSales            int64                `json:"ourSales"`
	CategorySpend       int64                `json:"categorySpend"`
	Status              AccountStatus        `json:"status"`
	Manager             string               `json:"manager"`
	Stage               RelationshipStage    `json:"stage"`
	Notes               string               `json:"notes"`
	Identification      IdentificationScores `json:"identification"`
	Characteristics     KeyCharacteristics   `json:"characteristics"`
	Classification      ClassificationInputs `json:"classification"`
	CreatedAt           string               `json:"createdAt"`
	UpdatedAt           string               `json:"updatedAt"`
	DeletedAt           string               `json:"deletedAt"`
	// Version counts the saves of the record: a save carries the version it
	// read and is refused when another window saved since (stale.go).
	Version int64 `json:"version"`
}

// Text limits: a name fits a table cell, a long text a page or two.
const (
	MaxShortText = 200
	MaxLongText  = 20000
	MaxMoney     = int64(1e15) // 10 trillion in major units, and exact as a JavaScript number
)

// accountTexts are the account's text fields with their length limits.
var accountTexts = []struct {
	field string
	max   int
	value func(*Account) *string
}{
	{"name", MaxShortText, func(a *Account) *string { return &a.Name }},
	{"shortName", MaxShortText, func(a *Account) *string { return &a.ShortName }},
	{"englishName", MaxShortText, func(a *Account) *string { return &a.EnglishName }},
	{"industry", MaxShortText, func(a *Account) *string { return &a.Industry }},
	{"region", MaxShortText, func(a *Account) *string { return &a.Region }},
	{"address", MaxShortText, func(a *Account) *string { return &a.Address }},
	{"manager", MaxShortText, func(a *Account) *string { return &a.Manager }},
	{"competitors", MaxLongText, func(a *Account) *string { return &a.Competitors }},
	{"businessStrategy", MaxLongText, func(a *Account) *string { return &a.BusinessStrategy }},
	{"supplyChainStrategy", MaxLongText, func(a *Account) *string { return &a.SupplyChainStrategy }},
	{"procurementPlans", MaxLongText, func(a *Account) *string { return &a.ProcurementPlans }},
	{"notes", MaxLongText, func(a *Account) *string { return &a.Notes }},
}

// AccountTextLimits gives the UI each text field's limit in characters, so
// it can refuse a pasted book before sending it across.
func AccountTextLimits() map[string]int {
	out := make(map[string]int, len(accountTexts))
	for _, f := range accountTexts {
		out[f.field] = f.max
	}
	return out
}

// TrimAccount trims the one-line fields, so " 华为 " and "华为" are one name,
// and drops control characters from the long texts (see CleanText).
func TrimAccount(a *Account) {
	for _, f := range accountTexts {
		p := f.value(a)
		if f.max == MaxShortText {
			*p = CleanLine(*p)
		} else {
			*p = CleanText(*p)
		}
	}
}

// Validate checks an account as the user typed it. It does not know the
// other accounts: the duplicate-name rule lives with the store.
func (a *Account) Validate() error {
	var v Validation
	if Blank(a.Name) {
		v.Add("name", "error.required", nil)
	}
	for _, f := range accountTexts {
		checkLen(&v, f.field, *f.value(a), f.max)
	}
	checkAmount(&v, "revenue", a.Revenue)
	checkAmount(&v, "ourSales", a.OurSales)
	checkAmount(&v, "categorySpend", a.CategorySpend)
	if a.Employees < 0 || a.Employees > 100_000_000 {
		v.Add("employees", "error.range", map[string]any{"min": 0, "max": 100_000_000})
	}
	if !validStatus(a.Status) {
		v.Add("status", "error.choice", nil)
	}
	if !validStage(a.Stage) {
		v.Add("stage", "error.choice", nil)
	}
	id := a.Identification
	for f, s := range map[string]int{
		"identification.largeOrders": id.LargeOrders, "identification.strategic": id.Strategic,
		"identification.influence": id.Influence, "identification.technology": id.Technology,
		"identification.market": id.Market,
	} {
		checkScore(&v, f, s, 0)
	}
	c := a.Classification
	for f, s := range map[string]int{
		"classification.volume": c.Volume, "classification.profitability": c.Profitability,
		"classification.strategicFit": c.StrategicFit, "classification.ease": c.Ease,
		"classification.growth": c.Growth, "classification.projects": c.Projects,
		"classification.shareRoom": c.ShareRoom, "classification.techAbsorption": c.TechAbsorption,
		"classification.coverage": c.Coverage, "classification.satisfaction": c.Satisfaction,
	} {
		checkScore(&v, f, s, 0)
	}
	return v.Err()
}

func checkLen(v *Validation, field, s string, max int) {
	if n := utf8.RuneCountInString(s); n > max {
		v.Add(field, "error.tooLong", map[string]any{"max": max, "length": n})
	}
}

func checkAmount(v *Validation, field string, m int64) {
	if m < 0 || m > MaxMoney {
		v.Add(field, "error.amount", nil)
	}
}

// checkScore accepts 0 (not rated) and min..5 is the caller's business: the
// identification scale is 0–5, the classification scale 1–5 with 0 unrated,
// so both accept 0–5.
func checkScore(v *Validation, field string, s, min int) {
	if s < min || s > 5 {
		v.Add(field, "error.score", map[string]any{"min": min, "max": 5})
	}
}

func validStatus(s AccountStatus) bool {
	for _, x := range AccountStatuses {
		if s == x {
			return true
		}
	}
	return false
}

func validStage(s RelationshipStage) bool {
	return StageIndex(s) > 0
}

// StageIndex is the stage's position, 1 (exploratory) to 5 (integrated), or
// 0 for an unknown stage.
func StageIndex(s RelationshipStage) int {
	for i, x := range RelationshipStages {
		if s == x {
			return i + 1
		}
	}
	return 0
}
