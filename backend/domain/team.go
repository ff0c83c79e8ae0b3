package domain

import (
	"strconv"
	"strings"
	"time"
)

// MemberRole is a team member's job in the key-account team (domain.md §5).
type MemberRole string

const (
	RoleKeyAccountManager MemberRole = "kam"      // 大客户经理
	RoleSalesRep          MemberRole = "sales"    // 销售代表
	RolePreSales          MemberRole = "presales" // 售前工程师
	RoleService           MemberRole = "service"  // 服务工程师
	RoleManager           MemberRole = "manager"  // 主管
)

// MemberRoles lists the roles in the order the UI offers them.
var MemberRoles = []MemberRole{RoleKeyAccountManager, RoleSalesRep, RolePreSales, RoleService, RoleManager}

// Skill is one skill of a member, rated 1–5.
type Skill struct {
	Name  string `json:"name"`
	Level int    `json:"level"`
}

// Member is a person of our own team.
type Member struct {
	ID     int64      `json:"id"`
	Name   string     `json:"name"`
	Role   MemberRole `json:"role"`
	Title  string     `json:"title"`
	Phone  string     `json:"phone"`
	Email  string     `json:"email"`
	Skills []Skill    `json:"skills"`
	// Leads counts the live accounts this member leads (大客户经理制);
	// Serves those whose team they are on. Both are read-only, and counts:
	// a lead of a big book has hundreds of accounts, which the accounts
	// list shows filtered by lead.
	Leads     int    `json:"leads"`
	Serves    int    `json:"serves"`
	CreatedAt string `json:"createdAt"`
	// Version counts the saves of the record: a save carries the version it
	// read and is refused when another window saved since (stale.go).
	Version int64 `json:"version"`
}

// AccountMember is a member on an account's team with their role there.
type AccountMember struct {
	MemberID int64      `json:"memberId"`
	Name     string     `json:"name"`
	Role     MemberRole `json:"role"`
}

// AccountTeam is an account's one lead manager and its team.
type AccountTeam struct {
	AccountID int64           `json:"accountId"`
	LeadID    int64           `json:"leadId"`
	LeadName  string          `json:"leadName"`
	Members   []AccountMember `json:"members"`
}

// TrimMember trims the one-line fields and the skill names, dropping
// skills left without a name.
func TrimMember(m *Member) {
	for _, p := range []*string{&m.Name, &m.Title, &m.Phone, &m.Email} {
		*p = CleanLine(*p)
	}
	skills := []Skill{}
	for _, s := range m.Skills {
		s.Name = CleanLine(s.Name)
		if s.Name != "" {
			skills = append(skills, s)
		}
	}
	m.Skills = skills
}

// ValidRole is true for a known member role.
func ValidRole(r MemberRole) bool {
	for _, x := range MemberRoles {
		if r == x {
			return true
		}
	}
	return false
}

// Validate checks a member as typed.
func (m *Member) Validate() error {
	var v Validation
	if Blank(m.Name) {
		v.Add("name", "error.required", nil)
	}
	for f, s := range map[string]string{"name": m.Name, "title": m.Title, "phone": m.Phone, "email": m.Email} {
		checkLen(&v, f, s, MaxShortText)
	}
	if !ValidRole(m.Role) {
		v.Add("role", "error.choice", nil)
	}
	if m.Email != "" && !emailPattern.MatchString(m.Email) {
		v.Add("email", "error.email", nil)
	}
	seen := map[string]bool{}
	for i, s := range m.Skills {
		f := "skills." + strconv.Itoa(i)
		checkLen(&v, f, s.Name, MaxShortText)
		if s.Level < 1 || s.Level > 5 {
			v.Add(f, "error.score", map[string]any{"min": 1, "max": 5})
		}
		if seen[strings.ToLower(s.Name)] {
			v.Add(f, "error.duplicateSkill", map[string]any{"name": s.Name})
		}
		seen[strings.ToLower(s.Name)] = true
	}
	return v.Err()
}

// Validate checks an account team: a lead is required, nobody is on it
// twice, the lead is not also a member, every role is known.
func (t *AccountTeam) Validate() error {
	var v Validation
	if t.LeadID <= 0 {
		v.Add("leadId", "error.required", nil)
	}
	seen := map[int64]bool{t.LeadID: true}
	for i, m := range t.Members {
		f := "members." + strconv.Itoa(i)
		if !ValidRole(m.Role) {
			v.Add(f, "error.choice", nil)
		}
		if seen[m.MemberID] {
			v.Add(f, "error.teamTwice", nil)
		}
		seen[m.MemberID] = true
	}
	return v.Err()
}

// Training is one course a member took (培训管理).
type Training struct {
	ID         int64   `json:"id"`
	MemberID   int64   `json:"memberId"`
	MemberName string  `json:"memberName"`
	Course     string  `json:"course"`
	Date       string  `json:"date"`
	Hours      float64 `json:"hours"`
	Result     string  `json:"result"`
}

// Validate checks a training record as typed.
func (t *Training) Validate() error {
	t.Course, t.Result = CleanLine(t.Course), CleanLine(t.Result)
	var v Validation
	if t.MemberID <= 0 {
		v.Add("memberId", "error.required", nil)
	}
	if Blank(t.Course) {
		v.Add("course", "error.required", nil)
	}
	checkLen(&v, "course", t.Course, MaxShortText)
	checkLen(&v, "result", t.Result, MaxShortText)
	if _, err := time.Parse(time.DateOnly, t.Date); err != nil {
		v.Add("date", "error.date", nil)
	}
	if !(t.Hours > 0 && t.Hours <= 1000) { // NaN too
		v.Add("hours", "error.range", map[string]any{"min": 0.5, "max": 1000})
	}
	return v.Err()
}
