package domain

import (
	"time"
)

// InteractionKind is how we met the customer.
type InteractionKind string

// InteractionKinds: 拜访 visit, 电话 call, 会议 meeting, 邮件 e-mail,
// 技术交流 technical exchange, 演示 demo, 宴请 dinner, 其他 other.
var InteractionKinds = []InteractionKind{"visit", "call", "meeting", "email", "tech", "demo", "dinner", "other"}

// Interaction is one contact with the account (拜访/联系记录).
type Interaction struct {
	ID            int64           `json:"id"`
	AccountID     int64           `json:"accountId"`
	AccountName   string          `json:"accountName"` // read only
	Date          string          `json:"date"`        // YYYY-MM-DD
	Kind          InteractionKind `json:"kind"`
	OpportunityID int64           `json:"opportunityId"` // the deal it was about, 0 for none
	ContactIDs    []int64         `json:"contactIds"`    // the people present
	ContactNames  []string        `json:"contactNames"`  // read only, in ContactIDs order
	Summary       string          `json:"summary"`
	Outcome       string          `json:"outcome"`
	NextStep      string          `json:"nextStep"`
	NextDue       string          `json:"nextDue"` // YYYY-MM-DD or ""
	NextDone      bool            `json:"nextDone"`
	CreatedAt     string          `json:"createdAt"`
	UpdatedAt     string          `json:"updatedAt"`
	DeletedAt     string          `json:"deletedAt"`
}

// TrimInteraction trims the one-line fields and drops repeated contacts.
func TrimInteraction(i *Interaction) {
	i.Date, i.NextDue = CleanLine(i.Date), CleanLine(i.NextDue)
	i.Summary, i.Outcome, i.NextStep = CleanText(i.Summary), CleanText(i.Outcome), CleanText(i.NextStep)
	seen := map[int64]bool{}
	ids := []int64{}
	for _, id := range i.ContactIDs {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	i.ContactIDs = ids
}

// Validate checks an interaction as typed; that its contacts belong to its
// account is checked by the store.
func (i *Interaction) Validate() error {
	var v Validation
	if i.AccountID <= 0 {
		v.Add("accountId", "error.required", nil)
	}
	if _, err := time.Parse(time.DateOnly, i.Date); err != nil {
		v.Add("date", "error.date", nil)
	}
	ok := false
	for _, k := range InteractionKinds {
		ok = ok || i.Kind == k
	}
	if !ok {
		v.Add("kind", "error.choice", nil)
	}
	if Blank(i.Summary) {
		v.Add("summary", "error.required", nil)
	}
	checkLen(&v, "summary", i.Summary, MaxLongText)
	checkLen(&v, "outcome", i.Outcome, MaxLongText)
	checkLen(&v, "nextStep", i.NextStep, MaxLongText)
	switch {
	case !Blank(i.NextDue):
		if _, err := time.Parse(time.DateOnly, i.NextDue); err != nil {
			v.Add("nextDue", "error.date", nil)
		}
	case !Blank(i.NextStep) && !i.NextDone:
		// Home's 待办 lists steps by their day: an open step without one
		// would be accepted and never seen again.
		v.Add("nextDue", "error.nextDueRequired", nil)
	}
	if len(i.ContactIDs) > 200 {
		v.Add("contactIds", "error.range", map[string]any{"min": 0, "max": 200})
	}
	return v.Err()
}
