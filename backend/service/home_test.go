package service_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
)

var beijing = time.FixedZone("CST", 8*3600)

func TestUpcomingBirthdays(t *testing.T) {
	may20 := time.Date(2026, 5, 20, 10, 0, 0, 0, beijing)
	tests := []struct {
		name     string
		now      time.Time
		birthday string
		date     string // "" when not listed
		inDays   int
	}{
		{"today", may20, "1980-05-20", "2026-05-20", 0},
		{"tomorrow", may20, "1980-05-21", "2026-05-21", 1},
		{"in 14 days", may20, "1975-06-03", "2026-06-03", 14},
		{"in 15 days", may20, "1975-06-04", "", 0},
		{"yesterday: next year, too far", may20, "1990-05-19", "", 0},
		{"born this year, later", may20, "2026-05-25", "2026-05-25", 5},
		{"year wrap", time.Date(2026, 12, 25, 9, 0, 0, 0, beijing), "1988-01-03", "2027-01-03", 9},
		{"year wrap, 31 December from 18 December", time.Date(2026, 12, 18, 9, 0, 0, 0, beijing), "1988-12-31", "2026-12-31", 13},
		{"29 February in a common year falls on 28 February", time.Date(2027, 2, 20, 9, 0, 0, 0, beijing), "1992-02-29", "2027-02-28", 8},
		{"29 February on 28 February of a common year is today", time.Date(2027, 2, 28, 9, 0, 0, 0, beijing), "1992-02-29", "2027-02-28", 0},
		{"29 February in a leap year", time.Date(2028, 2, 20, 9, 0, 0, 0, beijing), "1992-02-29", "2028-02-29", 9},
		{"29 February seen from 1 March of a common year: next is a year away", time.Date(2027, 3, 1, 9, 0, 0, 0, beijing), "1992-02-29", "", 0},
		{"28 February seen from a leap year's 20 February", time.Date(2028, 2, 20, 9, 0, 0, 0, beijing), "1990-02-28", "2028-02-28", 8},
		// Half past midnight in Beijing is still yesterday in UTC: the
		// local date counts.
		{"local date, not UTC", time.Date(2026, 5, 20, 0, 30, 0, 0, beijing), "1980-05-19", "", 0},
		{"local date, not UTC: today", time.Date(2026, 5, 20, 0, 30, 0, 0, beijing), "1980-05-20", "2026-05-20", 0},
		{"unknown birthday", may20, "", "", 0},
		{"not a date", may20, "05-21", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := domain.Contact{ID: 7, AccountID: 3, AccountName: "华为技术有限公司", Name: "张伟", Title: "采购总监", Birthday: tt.birthday}
			got := service.UpcomingBirthdays([]domain.Contact{c}, tt.now, service.Horizon)
			if got == nil {
				t.Fatal("UpcomingBirthdays returned nil: the UI would receive null, not []")
			}
			if tt.date == "" {
				if len(got) != 0 {
					t.Errorf("got %+v, want no birthday", got)
				}
				return
			}
			want := []service.Birthday{{ContactID: 7, AccountID: 3, Name: "张伟", Title: "采购总监",
				AccountName: "华为技术有限公司", Date: tt.date, InDays: tt.inDays}}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestUpcomingBirthdaysSoonestFirst(t *testing.T) {
	now := time.Date(2026, 12, 25, 9, 0, 0, 0, beijing)
	contacts := []domain.Contact{
		{ID: 1, Name: "一", Birthday: "1980-01-05"}, // 11
		{ID: 2, Name: "二", Birthday: "1980-12-25"}, // 0
		{ID: 3, Name: "三", Birthday: "1980-12-24"}, // yesterday: out
		{ID: 4, Name: "四", Birthday: "1980-01-01"}, // 7
		{ID: 5, Name: "五", Birthday: "1981-01-05"}, // 11, after 1 (stable)
		{ID: 6, Name: "六", Birthday: "1980-12-31"}, // 6
		{ID: 7, Name: "七", Birthday: "1980-01-09"}, // 15: out
	}
	got := service.UpcomingBirthdays(contacts, now, service.Horizon)
	var ids []int64
	var days []int
	for _, b := range got {
		ids, days = append(ids, b.ContactID), append(days, b.InDays)
	}
	if !reflect.DeepEqual(ids, []int64{2, 6, 4, 1, 5}) || !reflect.DeepEqual(days, []int{0, 6, 7, 11, 11}) {
		t.Errorf("ids %v in days %v; want [2 6 4 1 5] in [0 6 7 11 11]", ids, days)
	}
	// A shorter horizon keeps fewer.
	if got := service.UpcomingBirthdays(contacts, now, 6); len(got) != 2 {
		t.Errorf("horizon 6: %d birthdays, want 2", len(got))
	}
}

// TestHomeAgenda: the home screen lists the open next steps due up to 14
// days ahead (overdue ones first), not the done ones, the later ones, the
// trashed ones or those of a trashed account; and the birthdays of live
// people of live accounts.
func TestHomeAgenda(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 5, 20, 10, 0, 0, 0, beijing)
	clock := func() time.Time { return now }
	st := newStoreAt(t, clock)
	people := service.NewPeople(st, clock)
	accounts := service.NewAccounts(st, clock)

	live, err := accounts.Create(ctx, account("华为技术有限公司"))
	if err != nil {
		t.Fatal(err)
	}
	gone, err := accounts.Create(ctx, account("中兴通讯"))
	if err != nil {
		t.Fatal(err)
	}
	contact := func(accountID int64, name, birthday string) domain.Contact {
		t.Helper()
		c, err := people.CreateContact(ctx, domain.Contact{AccountID: accountID, Name: name, Birthday: birthday, Influence: domain.InfluenceMedium})
		if err != nil {
			t.Fatalf("CreateContact(%s): %v", name, err)
		}
		return c
	}
	zhang := contact(live.Account.ID, "张伟", "1980-05-27")   // in 7 days
	contact(live.Account.ID, "李娜", "1985-05-20")            // today
	contact(live.Account.ID, "王强", "1985-06-10")            // too far
	trashed := contact(live.Account.ID, "赵敏", "1985-05-21") // in the trash
	contact(gone.Account.ID, "孙丽", "1985-05-22")            // trashed account

	step := func(accountID int64, summary, due string, done bool) int64 {
		t.Helper()
		in, err := people.LogInteraction(ctx, domain.Interaction{AccountID: accountID, Date: "2026-05-01", Kind: "visit",
			Summary: summary, NextStep: "跟进：" + summary, NextDue: due, NextDone: done})
		if err != nil {
			t.Fatalf("LogInteraction(%s): %v", summary, err)
		}
		return in.ID
	}
	inTwoWeeks := step(live.Account.ID, "两周内", "2026-06-03", false)
	overdue := step(live.Account.ID, "已逾期", "2026-05-01", false)
	today := step(live.Account.ID, "今天", "2026-05-20", false)
	step(live.Account.ID, "太远", "2026-06-04", false)
	step(live.Account.ID, "已完成", "2026-05-10", true)
	// An open next step without a day would never reach 待办: refused.
	if _, err := people.LogInteraction(ctx, domain.Interaction{AccountID: live.Account.ID, Date: "2026-05-01", Kind: "visit",
		Summary: "无日期", NextStep: "跟进：无日期"}); domain.UIError(err).Fields == nil || domain.UIError(err).Fields[0].Key != "error.nextDueRequired" {
		t.Errorf("an undated open step: err = %v, want nextDue: error.nextDueRequired", err)
	}
	ticked := step(live.Account.ID, "刚完成", "2026-05-19", false)
	binned := step(live.Account.ID, "已删除", "2026-05-15", false)
	step(gone.Account.ID, "已删除客户", "2026-05-12", false)

	if err := people.SetStepDone(ctx, ticked, true); err != nil {
		t.Fatal(err)
	}
	if err := people.DeleteInteraction(ctx, binned); err != nil {
		t.Fatal(err)
	}
	if err := people.DeleteContact(ctx, trashed.ID); err != nil {
		t.Fatal(err)
	}
	if err := accounts.Delete(ctx, gone.Account.ID); err != nil {
		t.Fatal(err)
	}

	h, err := people.Home(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h.Today != "2026-05-20" {
		t.Errorf("Today = %q, want 2026-05-20", h.Today)
	}
	var steps []int64
	for _, s := range h.Steps {
		steps = append(steps, s.ID)
		if s.AccountName != "华为技术有限公司" || s.NextStep == "" {
			t.Errorf("step %d: account %q, next step %q", s.ID, s.AccountName, s.NextStep)
		}
	}
	if want := []int64{overdue, today, inTwoWeeks}; !reflect.DeepEqual(steps, want) {
		t.Errorf("steps %v, want %v (overdue, today, in 14 days)", steps, want)
	}
	var birthdays []string
	for _, b := range h.Birthdays {
		birthdays = append(birthdays, b.Name)
	}
	if want := []string{"李娜", "张伟"}; !reflect.DeepEqual(birthdays, want) {
		t.Errorf("birthdays %v, want %v", birthdays, want)
	}
	if len(h.Birthdays) == 2 && (h.Birthdays[1].ContactID != zhang.ID || h.Birthdays[1].InDays != 7 ||
		h.Birthdays[1].AccountName != "华为技术有限公司" || h.Birthdays[1].Date != "2026-05-27") {
		t.Errorf("birthday = %+v", h.Birthdays[1])
	}

	// Unticking brings the step back; restoring the account brings its step.
	if err := people.SetStepDone(ctx, ticked, false); err != nil {
		t.Fatal(err)
	}
	if err := accounts.Restore(ctx, gone.Account.ID); err != nil {
		t.Fatal(err)
	}
	h, err = people.Home(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Steps) != 5 || len(h.Birthdays) != 3 {
		t.Errorf("after untick and restore: %d steps (want 5), %d birthdays (want 3)", len(h.Steps), len(h.Birthdays))
	}
}

func TestHomeEmpty(t *testing.T) {
	h, err := service.NewPeople(newStore(t), clocktest.New().Clock()).Home(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if h.Steps == nil || h.Birthdays == nil || len(h.Steps)+len(h.Birthdays) != 0 {
		t.Errorf("empty home = %+v, want empty non-nil lists", h)
	}
}
