package domain_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"kams/backend/domain"
)

// redFlagToday is half past midnight in Beijing: in UTC it is still the
// day before, so a DaysSince that read the UTC date would be off by one.
var redFlagToday = time.Date(2026, 5, 20, 0, 30, 0, 0, time.FixedZone("CST", 8*3600))

// ago is the date n days before redFlagToday.
func ago(n int) string { return time.Date(2026, 5, 20-n, 12, 0, 0, 0, time.UTC).Format(time.DateOnly) }

// person is a live contact of medium influence, neutral, met yesterday.
func person(id int64, name string, role domain.BuyingRole) domain.Contact {
	return domain.Contact{ID: id, AccountID: 1, Name: name, Role: role,
		Influence: domain.InfluenceMedium, LastContact: ago(1)}
}

func with(c domain.Contact, edit func(*domain.Contact)) domain.Contact {
	edit(&c)
	return c
}

func TestContactRedFlags(t *testing.T) {
	coach := person(1, "李娜", domain.RoleCoach)
	economic := person(2, "王强", domain.RoleEconomic)
	noCoach := domain.RedFlag{Code: domain.FlagNoCoach, Key: "flag.noCoach"}
	noEconomic := domain.RedFlag{Code: domain.FlagNoEconomicBuyer, Key: "flag.noEconomicBuyer"}
	stale := func(c domain.Contact, key string, days int) domain.RedFlag {
		code := domain.FlagHighInfluenceStale
		if c.Role == domain.RoleEconomic {
			code = domain.FlagEconomicBuyerStale
		}
		return domain.RedFlag{Code: code, Key: key, ContactID: c.ID, Params: map[string]any{"name": c.Name, "days": days}}
	}
	opponent := func(c domain.Contact) domain.RedFlag {
		return domain.RedFlag{Code: domain.FlagOpponent, Key: "flag.highInfluenceOpponent", ContactID: c.ID,
			Params: map[string]any{"name": c.Name}}
	}
	metAgo := func(c domain.Contact, days int) domain.Contact {
		return with(c, func(c *domain.Contact) { c.LastContact = ago(days) })
	}
	never := func(c domain.Contact) domain.Contact {
		return with(c, func(c *domain.Contact) { c.LastContact = "" })
	}
	high := func(c domain.Contact, attitude int) domain.Contact {
		return with(c, func(c *domain.Contact) { c.Influence, c.Attitude = domain.InfluenceHigh, attitude })
	}
	user := person(3, "张伟", domain.RoleUser)
	tech := person(4, "赵敏", domain.RoleTechnical)

	tests := []struct {
		name      string
		contacts  []domain.Contact
		staleDays int
		want      []domain.RedFlag
	}{
		{"no contacts", nil, 60, []domain.RedFlag{noCoach, noEconomic}},
		{"only a user", []domain.Contact{user}, 60, []domain.RedFlag{noCoach, noEconomic}},
		{"coach but no economic buyer", []domain.Contact{coach}, 60, []domain.RedFlag{noEconomic}},
		{"economic buyer but no coach", []domain.Contact{economic}, 60, []domain.RedFlag{noCoach}},
		{"coach and economic buyer met 10 days ago", []domain.Contact{coach, metAgo(economic, 10)}, 60, []domain.RedFlag{}},
		{"economic buyer met 61 days ago", []domain.Contact{coach, metAgo(economic, 61)}, 60,
			[]domain.RedFlag{stale(economic, "flag.economicBuyerStale", 61)}},
		{"economic buyer met exactly 60 days ago", []domain.Contact{coach, metAgo(economic, 60)}, 60, []domain.RedFlag{}},
		{"economic buyer never met", []domain.Contact{coach, never(economic)}, 60,
			[]domain.RedFlag{stale(economic, "flag.economicBuyerStaleNever", 0)}},
		{"economic buyer of low influence is still watched", []domain.Contact{coach,
			with(metAgo(economic, 90), func(c *domain.Contact) { c.Influence = domain.InfluenceLow })}, 60,
			[]domain.RedFlag{stale(economic, "flag.economicBuyerStale", 90)}},
		{"two economic buyers, only the stale one flagged", []domain.Contact{coach, economic,
			with(metAgo(economic, 70), func(c *domain.Contact) { c.ID, c.Name = 9, "孙丽" })}, 60,
			[]domain.RedFlag{stale(with(economic, func(c *domain.Contact) { c.ID, c.Name = 9, "孙丽" }), "flag.economicBuyerStale", 70)}},
		{"opponent with high influence", []domain.Contact{coach, economic, high(user, -2)}, 60,
			[]domain.RedFlag{opponent(user)}},
		{"opponent with medium influence", []domain.Contact{coach, economic,
			with(user, func(c *domain.Contact) { c.Attitude = -2 })}, 60, []domain.RedFlag{}},
		{"unhappy (−1) with high influence", []domain.Contact{coach, economic, high(user, -1)}, 60, []domain.RedFlag{}},
		{"high-influence opponent never met gets both flags", []domain.Contact{coach, economic, never(high(user, -2))}, 60,
			[]domain.RedFlag{opponent(user), stale(user, "flag.highInfluenceStaleNever", 0)}},
		{"high-influence person not met for 61 days", []domain.Contact{coach, economic, metAgo(high(tech, 1), 61)}, 60,
			[]domain.RedFlag{stale(tech, "flag.highInfluenceStale", 61)}},
		{"high-influence person met exactly 60 days ago", []domain.Contact{coach, economic, metAgo(high(tech, 1), 60)}, 60,
			[]domain.RedFlag{}},
		{"high-influence person never met", []domain.Contact{coach, economic, never(high(tech, 0))}, 60,
			[]domain.RedFlag{stale(tech, "flag.highInfluenceStaleNever", 0)}},
		{"medium-influence person never met", []domain.Contact{coach, economic, never(tech)}, 60, []domain.RedFlag{}},
		{"high-influence coach not met", []domain.Contact{never(high(coach, 2)), economic}, 60,
			[]domain.RedFlag{stale(coach, "flag.highInfluenceStaleNever", 0)}},
		{"stale days 30: met 45 days ago is stale", []domain.Contact{coach, metAgo(economic, 45), metAgo(high(tech, 0), 45)}, 30,
			[]domain.RedFlag{stale(economic, "flag.economicBuyerStale", 45), stale(tech, "flag.highInfluenceStale", 45)}},
		{"stale days 90: met 61 days ago is not", []domain.Contact{coach, metAgo(economic, 61), metAgo(high(tech, 0), 61)}, 90,
			[]domain.RedFlag{}},
		{"met on a future date (typo) is not stale", []domain.Contact{coach, metAgo(economic, -3)}, 60, []domain.RedFlag{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := domain.ContactRedFlags(tt.contacts, redFlagToday, tt.staleDays)
			if got == nil {
				t.Fatal("ContactRedFlags returned nil: the UI would receive null, not []")
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("flags\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// The flags cross to the UI as JSON: the message parameters must be there
// under the names the translations use.
func TestRedFlagJSON(t *testing.T) {
	c := person(7, "王强", domain.RoleEconomic)
	c.LastContact = ago(61)
	flags := domain.ContactRedFlags([]domain.Contact{c}, redFlagToday, domain.DefaultStaleDays)
	b, err := json.Marshal(flags)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"code":"noCoach","key":"flag.noCoach"},` +
		`{"code":"economicBuyerStale","key":"flag.economicBuyerStale","params":{"days":61,"name":"王强"},"contactId":7}]`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	empty, err := json.Marshal(domain.ContactRedFlags([]domain.Contact{person(1, "a", domain.RoleCoach), person(2, "b", domain.RoleEconomic)}, redFlagToday, 60))
	if err != nil || string(empty) != "[]" {
		t.Errorf("no flags marshal to %s (%v), want []", empty, err)
	}
}

func TestDaysSince(t *testing.T) {
	tests := []struct {
		date  string
		today time.Time
		days  int
		ok    bool
	}{
		{"2026-05-20", redFlagToday, 0, true},
		{"2026-05-19", redFlagToday, 1, true},
		{"2026-03-21", redFlagToday, 60, true},
		{"2025-05-20", redFlagToday, 365, true},
		{"2026-05-21", redFlagToday, -1, true},
		// Late evening west of Greenwich: UTC is already tomorrow.
		{"2026-05-19", time.Date(2026, 5, 20, 23, 30, 0, 0, time.FixedZone("EST", -5*3600)), 1, true},
		// Across 29 February and a DST change (Europe/Berlin, 29 March 2026).
		{"2024-02-28", time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC), 2, true},
		{"2026-03-28", time.Date(2026, 3, 30, 9, 0, 0, 0, time.FixedZone("CEST", 2*3600)), 2, true},
		{"", redFlagToday, 0, false},
		{"2026-02-30", redFlagToday, 0, false},
		{"20.05.2026", redFlagToday, 0, false},
		{"2026-05-20T10:00:00Z", redFlagToday, 0, false},
	}
	for _, tt := range tests {
		days, ok := domain.DaysSince(tt.date, tt.today)
		if days != tt.days || ok != tt.ok {
			t.Errorf("DaysSince(%q, %v) = %d, %v; want %d, %v", tt.date, tt.today, days, ok, tt.days, tt.ok)
		}
	}
}

func validContact() domain.Contact {
	return domain.Contact{AccountID: 1, Name: "张伟", Influence: domain.InfluenceMedium}
}

func TestContactValidateAcceptsValid(t *testing.T) {
	full := validContact()
	full.ID, full.ReportsTo = 5, 4
	full.Title, full.Department = "采购总监", "采购部"
	full.Email, full.Birthday = "zhang.wei@huawei.com", "2000-02-29"
	full.Attitude, full.Strength, full.Influence = -2, 5, domain.InfluenceHigh
	full.Interests = strings.Repeat("钓", domain.MaxLongText)
	full.Name = strings.Repeat("张", domain.MaxShortText)
	list := []domain.Contact{validContact(), full}
	for _, r := range domain.BuyingRoles {
		c := validContact()
		c.Role, c.Attitude, c.Influence = r, 2, domain.InfluenceLow
		list = append(list, c)
	}
	for _, c := range list {
		if err := c.Validate(); err != nil {
			t.Errorf("Validate(%+v) = %v, want nil", c, err)
		}
	}
}

func TestContactValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*domain.Contact)
		field  string
		key    string
		params map[string]any
	}{
		{"no account", func(c *domain.Contact) { c.AccountID = 0 }, "accountId", "error.required", nil},
		{"empty name", func(c *domain.Contact) { c.Name = "" }, "name", "error.required", nil},
		{"name too long", func(c *domain.Contact) { c.Name = strings.Repeat("张", domain.MaxShortText+1) }, "name", "error.tooLong",
			map[string]any{"max": domain.MaxShortText, "length": domain.MaxShortText + 1}},
		{"notes too long", func(c *domain.Contact) { c.Notes = strings.Repeat("n", domain.MaxLongText+1) }, "notes", "error.tooLong", nil},
		{"e-mail without domain", func(c *domain.Contact) { c.Email = "zhang.wei@" }, "email", "error.email", nil},
		{"e-mail without @", func(c *domain.Contact) { c.Email = "zhang.wei.huawei.com" }, "email", "error.email", nil},
		{"e-mail with a space", func(c *domain.Contact) { c.Email = "zhang wei@huawei.com" }, "email", "error.email", nil},
		{"e-mail with two @", func(c *domain.Contact) { c.Email = "a@b@huawei.com" }, "email", "error.email", nil},
		{"birthday 30 February", func(c *domain.Contact) { c.Birthday = "1980-02-30" }, "birthday", "error.date", nil},
		{"birthday with slashes", func(c *domain.Contact) { c.Birthday = "1980/01/02" }, "birthday", "error.date", nil},
		{"birthday month and day only", func(c *domain.Contact) { c.Birthday = "01-02" }, "birthday", "error.date", nil},
		{"attitude 3", func(c *domain.Contact) { c.Attitude = 3 }, "attitude", "error.range", map[string]any{"min": -2, "max": 2}},
		{"attitude −3", func(c *domain.Contact) { c.Attitude = -3 }, "attitude", "error.range", nil},
		{"influence huge", func(c *domain.Contact) { c.Influence = "huge" }, "influence", "error.choice", nil},
		{"influence empty", func(c *domain.Contact) { c.Influence = "" }, "influence", "error.choice", nil},
		{"influence in capitals", func(c *domain.Contact) { c.Influence = "HIGH" }, "influence", "error.choice", nil},
		{"strength 6", func(c *domain.Contact) { c.Strength = 6 }, "strength", "error.score", nil},
		{"strength negative", func(c *domain.Contact) { c.Strength = -1 }, "strength", "error.score", nil},
		{"unknown role", func(c *domain.Contact) { c.Role = "boss" }, "role", "error.choice", nil},
		{"reports to self", func(c *domain.Contact) { c.ID, c.ReportsTo = 3, 3 }, "reportsTo", "error.reportsLoop", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validContact()
			tt.edit(&c)
			wantOneFieldError(t, c.Validate(), tt.field, tt.key, tt.params)
		})
	}
}

func TestTrimContact(t *testing.T) {
	c := domain.Contact{Name: " 张伟\u3000", Email: " a@b.cn\t", Birthday: " 1980-01-02 ", Interests: "  钓鱼\n"}
	domain.TrimContact(&c)
	if c.Name != "张伟" || c.Email != "a@b.cn" || c.Birthday != "1980-01-02" {
		t.Errorf("name, email, birthday = %q, %q, %q; want them trimmed", c.Name, c.Email, c.Birthday)
	}
	if c.Interests != "  钓鱼\n" {
		t.Errorf("Interests = %q, want it as typed", c.Interests)
	}
}

func validInteraction() domain.Interaction {
	return domain.Interaction{AccountID: 1, Date: "2026-05-20", Kind: "visit", Summary: "拜访采购部，介绍方案"}
}

func TestInteractionValidateAcceptsValid(t *testing.T) {
	for _, k := range domain.InteractionKinds {
		in := validInteraction()
		in.Kind, in.NextDue, in.ContactIDs = k, "2026-06-01", make([]int64, 200)
		if err := in.Validate(); err != nil {
			t.Errorf("kind %q: Validate() = %v, want nil", k, err)
		}
	}
}

func TestInteractionValidateRejects(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*domain.Interaction)
		field string
		key   string
	}{
		{"no account", func(i *domain.Interaction) { i.AccountID = 0 }, "accountId", "error.required"},
		{"empty summary", func(i *domain.Interaction) { i.Summary = "" }, "summary", "error.required"},
		{"blank summary", func(i *domain.Interaction) { i.Summary = " \n\t\u3000" }, "summary", "error.required"},
		{"summary too long", func(i *domain.Interaction) { i.Summary = strings.Repeat("谈", domain.MaxLongText+1) }, "summary", "error.tooLong"},
		{"outcome too long", func(i *domain.Interaction) { i.Outcome = strings.Repeat("o", domain.MaxLongText+1) }, "outcome", "error.tooLong"},
		{"empty date", func(i *domain.Interaction) { i.Date = "" }, "date", "error.date"},
		{"bad date", func(i *domain.Interaction) { i.Date = "2026-02-30" }, "date", "error.date"},
		{"date with time", func(i *domain.Interaction) { i.Date = "2026-05-20 10:00" }, "date", "error.date"},
		{"bad kind", func(i *domain.Interaction) { i.Kind = "lunch" }, "kind", "error.choice"},
		{"empty kind", func(i *domain.Interaction) { i.Kind = "" }, "kind", "error.choice"},
		{"kind in Chinese", func(i *domain.Interaction) { i.Kind = "拜访" }, "kind", "error.choice"},
		{"bad due date", func(i *domain.Interaction) { i.NextDue = "next week" }, "nextDue", "error.date"},
		{"too many people", func(i *domain.Interaction) { i.ContactIDs = make([]int64, 201) }, "contactIds", "error.range"},
		// An open next step without a day would never reach Home's 待办.
		{"next step without a due date", func(i *domain.Interaction) { i.NextStep = "寄送样品" }, "nextDue", "error.nextDueRequired"},
		{"blank due date", func(i *domain.Interaction) { i.NextStep, i.NextDue = "寄送样品", " " }, "nextDue", "error.nextDueRequired"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := validInteraction()
			tt.edit(&in)
			wantOneFieldError(t, in.Validate(), tt.field, tt.key, nil)
		})
	}
}

// A step already done, or no step at all, needs no due date.
func TestInteractionValidateUndatedStepWhenNoneOpen(t *testing.T) {
	done := validInteraction()
	done.NextStep, done.NextDone = "寄送样品", true
	blank := validInteraction()
	blank.NextStep = " \n"
	for _, in := range []domain.Interaction{done, blank, validInteraction()} {
		if err := in.Validate(); err != nil {
			t.Errorf("Validate(%+v) = %v, want nil", in, err)
		}
	}
}

func TestTrimInteraction(t *testing.T) {
	in := domain.Interaction{Date: " 2026-05-20 ", NextDue: "\t2026-06-01\n", ContactIDs: []int64{3, 1, 3, 2, 1}, Summary: " 保留 "}
	domain.TrimInteraction(&in)
	if in.Date != "2026-05-20" || in.NextDue != "2026-06-01" {
		t.Errorf("date, due = %q, %q; want them trimmed", in.Date, in.NextDue)
	}
	if !reflect.DeepEqual(in.ContactIDs, []int64{3, 1, 2}) {
		t.Errorf("ContactIDs = %v, want [3 1 2] (first occurrence kept, order kept)", in.ContactIDs)
	}
	if in.Summary != " 保留 " {
		t.Errorf("Summary = %q, want it as typed", in.Summary)
	}
	in = domain.Interaction{}
	domain.TrimInteraction(&in)
	if in.ContactIDs == nil {
		t.Error("ContactIDs is nil after trim: the UI would receive null")
	}
}
