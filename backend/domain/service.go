package domain

import (
	"regexp"
	"time"
)

// ServiceType is what a service request is about (客户服务请求与投诉, §7).
type ServiceType string

// ServiceTypes: 投诉 complaint, 故障 fault, 咨询 inquiry, 维护 maintenance,
// 培训 training, 其他 other. Only complaints weigh on the health score.
var ServiceTypes = []ServiceType{"complaint", "fault", "inquiry", "maintenance", "training", "other"}

// TypeComplaint is the type the health score counts.
const TypeComplaint ServiceType = "complaint"

// Severity is how badly a request hurts the customer.
type Severity string

// Severities from worst to mildest: 紧急 critical, 高 high, 中 medium, 低 low.
var Severities = []Severity{"critical", "high", "medium", "low"}

// ServiceChannels are how the request reached us.
var ServiceChannels = []string{"phone", "email", "visit", "wechat", "portal", "other"}

// ServiceStatus is where a request stands: open 待处理 → progress 处理中 →
// resolved 已解决 → closed 已关闭 (the customer confirmed).
type ServiceStatus string

var ServiceStatuses = []ServiceStatus{"open", "progress", "resolved", "closed"}

// Done is true for a request that no longer waits on us.
func (s ServiceStatus) Done() bool { return s == "resolved" || s == "closed" }

// ServiceRequest is a customer's service request or complaint.
type ServiceRequest struct {
	ID          int64         `json:"id"`
	AccountID   int64         `json:"accountId"`
	AccountName string        `json:"accountName"` // read only
	ContactID   int64         `json:"contactId"`   // 0: none
	ContactName string        `json:"contactName"` // read only
	Owner       string        `json:"owner"`       // the team member handling it
	Type        ServiceType   `json:"type"`
	Severity    Severity      `json:"severity"`
	Channel     string        `json:"channel"`
	Status      ServiceStatus `json:"status"`
	Title       string        `json:"title"`
	Description string        `json:"description"`
	Opened      string        `json:"opened"`   // YYYY-MM-DD
	Resolved    string        `json:"resolved"` // YYYY-MM-DD, "" while not done
	Resolution  string        `json:"resolution"`
	// Read only, as of today: the days it took (or has taken so far), the
	// target for its severity, and whether it is (or was) past it.
	Days       int    `json:"days"`
	TargetDays int    `json:"targetDays"`
	Overdue    bool   `json:"overdue"`
	CreatedAt  string `json:"createdAt"`
	UpdatedAt  string `json:"updatedAt"`
	DeletedAt  string `json:"deletedAt"`
	Version    int64  `json:"version"`
}

// TrimServiceRequest trims what the user typed.
func TrimServiceRequest(r *ServiceRequest) {
	r.Owner, r.Title = CleanLine(r.Owner), CleanLine(r.Title)
	r.Opened, r.Resolved = CleanLine(r.Opened), CleanLine(r.Resolved)
	r.Description, r.Resolution = CleanText(r.Description), CleanText(r.Resolution)
}

// Validate checks a request as typed: a done request needs its resolved
// day (not before it opened) and how it was resolved; an open one has no
// resolved day.
func (r *ServiceRequest) Validate() error {
	var v Validation
	if r.AccountID <= 0 {
		v.Add("accountId", "error.required", nil)
	}
	if Blank(r.Title) {
		v.Add("title", "error.required", nil)
	}
	checkLen(&v, "title", r.Title, MaxShortText)
	checkLen(&v, "owner", r.Owner, MaxMemberName)
	checkLen(&v, "description", r.Description, MaxLongText)
	checkLen(&v, "resolution", r.Resolution, MaxLongText)
	if !oneOf(ServiceTypes, r.Type) {
		v.Add("type", "error.choice", nil)
	}
	if !oneOf(Severities, r.Severity) {
		v.Add("severity", "error.choice", nil)
	}
	if !contains(ServiceChannels, r.Channel) {
		v.Add("channel", "error.choice", nil)
	}
	if !oneOf(ServiceStatuses, r.Status) {
		v.Add("status", "error.choice", nil)
	}
	opened, err := time.Parse(time.DateOnly, r.Opened)
	if err != nil {
		v.Add("opened", "error.date", nil)
	}
	switch {
	case r.Status.Done() && r.Resolved == "":
		v.Add("resolved", "error.required", nil)
	case r.Status.Done():
		if res, rerr := time.Parse(time.DateOnly, r.Resolved); rerr != nil {
			v.Add("resolved", "error.date", nil)
		} else if err == nil && res.Before(opened) {
			v.Add("resolved", "error.resolvedBeforeOpened", nil)
		}
		if Blank(r.Resolution) {
			v.Add("resolution", "error.required", nil)
		}
	case r.Resolved != "":
		v.Add("resolved", "error.resolvedNotDone", nil)
	}
	return v.Err()
}

func oneOf[T ~string](list []T, x T) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// ServiceSettings are the targets for time to resolve, in days per
// severity.
type ServiceSettings struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
}

// DefaultService: a critical request within a day, a high one in three,
// medium in a week, low in two.
func DefaultService() ServiceSettings {
	return ServiceSettings{Critical: 1, High: 3, Medium: 7, Low: 14}
}

// Target is the days allowed for a severity.
func (s ServiceSettings) Target(sev Severity) int {
	switch sev {
	case "critical":
		return s.Critical
	case "high":
		return s.High
	case "medium":
		return s.Medium
	}
	return s.Low
}

// Validate keeps each target within a year.
func (s ServiceSettings) Validate() error {
	var v Validation
	for _, x := range []struct {
		f string
		n int
	}{{"critical", s.Critical}, {"high", s.High}, {"medium", s.Medium}, {"low", s.Low}} {
		if x.n < 1 || x.n > 365 {
			v.Add(x.f, "error.range", map[string]any{"min": 1, "max": 365})
		}
	}
	return v.Err()
}

// TimeToResolve fills the request's read-only facts as of today: its days
// from opened to resolved (to today while not done; 0 on the day it
// opened), its severity's target and whether it is past it.
func (r *ServiceRequest) TimeToResolve(s ServiceSettings, today string) {
	end := today
	if r.Status.Done() && r.Resolved != "" {
		end = r.Resolved
	}
	r.Days = max(0, daysBetween(r.Opened, end))
	r.TargetDays = s.Target(r.Severity)
	r.Overdue = r.Days > r.TargetDays
}

// Survey is one contact's answer to a satisfaction survey (满意度调查) for
// an account and a quarter.
type Survey struct {
	ID          int64  `json:"id"`
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"` // read only
	ContactID   int64  `json:"contactId"`   // 0: the account as a whole
	ContactName string `json:"contactName"` // read only
	Period      string `json:"period"`      // a quarter, "2026-Q2"
	Date        string `json:"date"`        // the day it was answered
	Score       int    `json:"score"`       // satisfaction 1–5
	Recommend   int    `json:"recommend"`   // likelihood to recommend 0–10
	Comments    string `json:"comments"`
	CreatedAt   string `json:"createdAt"`
	UpdatedAt   string `json:"updatedAt"`
	DeletedAt   string `json:"deletedAt"`
}

var quarterKey = regexp.MustCompile(`^\d{4}-Q[1-4]$`)

// TrimSurvey trims what the user typed.
func TrimSurvey(s *Survey) {
	s.Period, s.Date, s.Comments = CleanLine(s.Period), CleanLine(s.Date), CleanText(s.Comments)
}

// Validate checks a survey answer as typed.
func (s *Survey) Validate() error {
	var v Validation
	if s.AccountID <= 0 {
		v.Add("accountId", "error.required", nil)
	}
	if !quarterKey.MatchString(s.Period) {
		v.Add("period", "error.period", nil)
	}
	if _, err := time.Parse(time.DateOnly, s.Date); err != nil {
		v.Add("date", "error.date", nil)
	}
	if s.Score < 1 || s.Score > 5 {
		v.Add("score", "error.range", map[string]any{"min": 1, "max": 5})
	}
	if s.Recommend < 0 || s.Recommend > 10 {
		v.Add("recommend", "error.range", map[string]any{"min": 0, "max": 10})
	}
	checkLen(&v, "comments", s.Comments, MaxLongText)
	return v.Err()
}

// SatisfactionPoint is an account's satisfaction in one quarter: the mean
// score (1–5), the mean likelihood to recommend, and the net promoter
// score (promoters 9–10 minus detractors 0–6, in % of the answers).
type SatisfactionPoint struct {
	Period    string  `json:"period"`
	Answers   int     `json:"answers"`
	Score     float64 `json:"score"`
	Recommend float64 `json:"recommend"`
	NPS       int     `json:"nps"`
}
