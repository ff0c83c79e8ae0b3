package domain

import (
	"time"
)

// WeekItem is an activity the account manager plans for a week (自我效能管理),
// optionally for one account, ticked when done.
type WeekItem struct {
	ID          int64  `json:"id"`
	Week        string `json:"week"` // '2026-W07'
	Title       string `json:"title"`
	AccountID   int64  `json:"accountId"`   // 0 for none
	AccountName string `json:"accountName"` // read only; "" when none or in the trash
	Done        bool   `json:"done"`
}

// MaxWeekTitle is the longest planned activity or goal, in characters.
const MaxWeekTitle = 200

// TrimWeekItem trims the title.
func TrimWeekItem(w *WeekItem) { w.Title = CleanLine(w.Title) }

// Validate checks a planned activity as typed.
func (w WeekItem) Validate() error {
	var v Validation
	if _, err := ParseWeek(w.Week); err != nil {
		v.Add("week", "error.week", map[string]any{"week": w.Week})
	}
	validateTitle(&v, w.Title)
	if w.AccountID < 0 {
		v.Add("accountId", "error.choice", nil)
	}
	return v.Err()
}

func validateTitle(v *Validation, title string) {
	switch n := len([]rune(title)); {
	case Blank(title):
		v.Add("title", "error.required", nil)
	case n > MaxWeekTitle:
		v.Add("title", "error.tooLong", map[string]any{"max": MaxWeekTitle, "length": n})
	}
}

// DevelopmentGoal is a personal development goal (个人发展目标): a skill
// to learn, a course, a certificate; open until ticked.
type DevelopmentGoal struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	Due   string `json:"due"` // YYYY-MM-DD or ""
	Done  bool   `json:"done"`
}

// Validate checks a goal as typed.
func (g *DevelopmentGoal) Validate() error {
	g.Title, g.Due = CleanLine(g.Title), CleanLine(g.Due)
	var v Validation
	validateTitle(&v, g.Title)
	if g.Due != "" && !validDate(g.Due) {
		v.Add("due", "error.date", nil)
	}
	return v.Err()
}

// SelfCheckItem is a question of the weekly self-check (自我检核).
type SelfCheckItem struct {
	Key  string `json:"key"`
	Text Text   `json:"text"`
}

// SelfCheck is the weekly self-check list. The book names self-checking
// (自我检核方法) as a skill of the key-account manager; its items here are
// the book's own controls turned into questions: the account plan, the key
// evaluation elements, the funnel, the buying roles (economic buyer,
// coach), the people not contacted, the interaction log with next steps,
// the targets and one's own development.
var SelfCheck = []SelfCheckItem{
	{"plan", Text{"回顾并更新了每个战略客户的大客户计划", "Reviewed and updated the account plan of every strategic account"}},
	{"elements", Text{"重新评估了在跟进商机的关键评估元素", "Re-scored the key evaluation elements of my open deals"}},
	{"funnel", Text{"检查了销售漏斗：停滞的商机都有下一步行动", "Checked the funnel: every stalled deal has a next step"}},
	{"economic", Text{"接触了重点商机的经济决策者", "Met the economic buyer of my most important deals"}},
	{"coach", Text{"每个重点商机都有教练（内线）", "Every important deal has a coach inside the customer"}},
	{"people", Text{"没有关键人长期未联系", "No key person has gone too long without contact"}},
	{"log", Text{"所有拜访都已记录，并写明下一步和完成日期", "Logged every visit with its next step and due date"}},
	{"promises", Text{"兑现了对客户承诺的每一件事", "Kept every promise made to a customer"}},
	{"targets", Text{"对照目标管理计划检查了本月进度", "Checked this month's progress against my targets"}},
	{"growth", Text{"为个人发展目标投入了时间", "Spent time on my personal development goals"}},
}

// IsSelfCheck is true for a key of the self-check list.
func IsSelfCheck(key string) bool {
	for _, c := range SelfCheck {
		if c.Key == key {
			return true
		}
	}
	return false
}

// Attention is the interactions of a week with one account, against its
// tier (客户类型).
type Attention struct {
	AccountID    int64    `json:"accountId"`
	AccountName  string   `json:"accountName"`
	Tier         Quadrant `json:"tier"`
	Interactions int      `json:"interactions"`
	// OverStrategic marks a lower-tier account that took more interactions
	// than the least attended strategic account.
	OverStrategic bool `json:"overStrategic"`
}

// WeighAttention marks the lower-tier accounts that took more interactions
// than some strategic account, and says whether any did: strategic
// accounts should get the most attention. Without strategic accounts
// there is nothing to compare with.
func WeighAttention(list []Attention) bool {
	least := -1
	for _, a := range list {
		if a.Tier == QuadrantStrategic && (least < 0 || a.Interactions < least) {
			least = a.Interactions
		}
	}
	warn := false
	for i := range list {
		a := &list[i]
		a.OverStrategic = least >= 0 && a.Tier != QuadrantStrategic && a.Interactions > least
		warn = warn || a.OverStrategic
	}
	return warn
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
