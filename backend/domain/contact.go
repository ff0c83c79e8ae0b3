package domain

import (
	"regexp"
	"time"
)

// BuyingRole is the contact's part in the purchase (Miller Heiman buying
// influences, plus the influencer); "" is not known yet.
type BuyingRole string

const (
	RoleEconomic   BuyingRole = "economic"   // 经济决策者: final approval, can veto
	RoleUser       BuyingRole = "user"       // 使用者: judges the impact on their work
	RoleTechnical  BuyingRole = "technical"  // 技术把关者: screens suppliers, can say no but not yes
	RoleCoach      BuyingRole = "coach"      // 教练: our ally inside
	RoleInfluencer BuyingRole = "influencer" // 影响者
)

// BuyingRoles lists the roles in the order the UI offers them.
var BuyingRoles = []BuyingRole{RoleEconomic, RoleUser, RoleTechnical, RoleCoach, RoleInfluencer}

// Influence is how much a contact weighs in the decision.
type Influence string

const (
	InfluenceHigh   Influence = "high"
	InfluenceMedium Influence = "medium"
	InfluenceLow    Influence = "low"
)

// Attitudes run from opponent (−2) to champion (+2).
const (
	AttitudeOpponent = -2 // 反对者
	AttitudeChampion = 2  // 支持者
)

// Contact is a person in a key account (关键人).
type Contact struct {
	ID          int64      `json:"id"`
	AccountID   int64      `json:"accountId"`
	AccountName string     `json:"accountName"` // read only
	Name        string     `json:"name"`
	Title       string     `json:"title"`
	Department  string     `json:"department"`
	ReportsTo   int64      `json:"reportsTo"` // another contact of the account, 0 for none
	Phone       string     `json:"phone"`
	Mobile      string     `json:"mobile"`
	Email       string     `json:"email"`
	WeChat      string     `json:"wechat"`
	Birthday    string     `json:"birthday"`  // YYYY-MM-DD, or "" when unknown
	Interests   string     `json:"interests"` // work, life, interests and hobbies
	Notes       string     `json:"notes"`
	Role        BuyingRole `json:"role"`
	Attitude    int        `json:"attitude"`    // −2 … +2
	Influence   Influence  `json:"influence"`   // high / medium / low
	Strength    int        `json:"strength"`    // relationship strength with our team 1–5, 0 unknown
	LastContact string     `json:"lastContact"` // computed from interactions: YYYY-MM-DD or ""
	CreatedAt   string     `json:"createdAt"`
	UpdatedAt   string     `json:"updatedAt"`
	DeletedAt   string     `json:"deletedAt"`
	// Version counts the saves of the record: a save carries the version it
	// read and is refused when another window saved since (stale.go).
	Version int64 `json:"version"`
}

var emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)

// TrimContact trims the one-line fields.
func TrimContact(c *Contact) {
	for _, p := range []*string{&c.Name, &c.Title, &c.Department, &c.Phone, &c.Mobile, &c.Email, &c.WeChat, &c.Birthday} {
		*p = CleanLine(*p)
	}
	c.Interests, c.Notes = CleanText(c.Interests), CleanText(c.Notes)
}

// Validate checks a contact as typed; the reports-to rules need the other
// contacts and live with the store.
func (c *Contact) Validate() error {
	var v Validation
	if c.AccountID <= 0 {
		v.Add("accountId", "error.required", nil)
	}
	if Blank(c.Name) {
		v.Add("name", "error.required", nil)
	}
	for f, s := range map[string]string{"name": c.Name, "title": c.Title, "department": c.Department,
		"phone": c.Phone, "mobile": c.Mobile, "email": c.Email, "wechat": c.WeChat} {
		checkLen(&v, f, s, MaxShortText)
	}
	checkLen(&v, "interests", c.Interests, MaxLongText)
	checkLen(&v, "notes", c.Notes, MaxLongText)
	if c.Email != "" && !emailPattern.MatchString(c.Email) {
		v.Add("email", "error.email", nil)
	}
	if c.Birthday != "" {
		if _, err := time.Parse(time.DateOnly, c.Birthday); err != nil {
			v.Add("birthday", "error.date", nil)
		}
	}
	if c.Role != "" && !inRoles(c.Role) {
		v.Add("role", "error.choice", nil)
	}
	if c.Attitude < AttitudeOpponent || c.Attitude > AttitudeChampion {
		v.Add("attitude", "error.range", map[string]any{"min": AttitudeOpponent, "max": AttitudeChampion})
	}
	if c.Influence != InfluenceHigh && c.Influence != InfluenceMedium && c.Influence != InfluenceLow {
		v.Add("influence", "error.choice", nil)
	}
	if c.Strength < 0 || c.Strength > 5 {
		v.Add("strength", "error.score", map[string]any{"min": 1, "max": 5})
	}
	if c.ReportsTo != 0 && c.ReportsTo == c.ID {
		v.Add("reportsTo", "error.reportsLoop", nil)
	}
	return v.Err()
}

func inRoles(r BuyingRole) bool {
	for _, x := range BuyingRoles {
		if r == x {
			return true
		}
	}
	return false
}
