package service_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"kams/backend/domain"
	"kams/backend/service"
)

// parseICS reads an export with a real iCalendar parser, by UID.
func parseICS(t *testing.T, b []byte) map[string]*ics.VEvent {
	t.Helper()
	if bytes.Contains(bytes.ReplaceAll(b, []byte("\r\n"), nil), []byte("\n")) {
		t.Fatal("the export has a bare LF line end")
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, b)
	}
	out := map[string]*ics.VEvent{}
	for _, e := range cal.Events() {
		if _, dup := out[e.Id()]; dup {
			t.Errorf("UID %s twice", e.Id())
		}
		out[e.Id()] = e
	}
	return out
}

func summary(e *ics.VEvent) string {
	if p := e.GetProperty(ics.ComponentPropertySummary); p != nil {
		return p.Value
	}
	return ""
}

// The export holds the open next steps, the open plan actions with a due
// day and the review dates in the range, of live accounts, as all-day
// events whose UIDs stay the same from one export to the next.
func TestCalendarExport(t *testing.T) {
	ctx := context.Background()
	st := newStoreAt(t, func() time.Time { return time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC) })
	cal := service.NewCalendar(st, st.Clock())
	live, err := st.CreateAccount(ctx, account("华为技术"))
	if err != nil {
		t.Fatal(err)
	}
	gone, err := st.CreateAccount(ctx, account("已删除"))
	if err != nil {
		t.Fatal(err)
	}
	step := func(acc int64, next, due string) int64 {
		id, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: acc, Date: "2026-06-10", Kind: domain.InteractionKind("visit"),
			Summary: "谈了方案, 价格; 交期", NextStep: next, NextDue: due})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	open := step(live, "送报价", "2026-06-20")
	done := step(live, "已完成", "2026-06-21")
	if err := st.SetStepDone(ctx, done, true); err != nil {
		t.Fatal(err)
	}
	step(live, "太远", "2028-01-01")
	step(gone, "删除的客户", "2026-06-22")
	plan := domain.AccountPlan{AccountID: live, Year: 2026,
		Actions: []domain.PlanAction{
			{Item: "技术交流会", Owner: "王磊", Due: "2026-07-01", Status: domain.ActionPlanned},
			{Item: "done", Due: "2026-07-02", Status: domain.ActionDone},
			{Item: "undated", Status: domain.ActionPlanned}},
		Reviews: []domain.PlanReview{{Date: "2026-09-30", Note: "季度回顾"}, {Date: "", Note: "no day"}}}
	saved, err := st.SavePlan(ctx, plan, []domain.PlanSection{domain.SectionActions, domain.SectionReviews})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.TrashAccount(ctx, gone); err != nil {
		t.Fatal(err)
	}
	// A three-day seminar that began before the range (2026-05-16 on) and
	// runs into it; one that ended before it.
	mkt := service.NewMarketing(st, st.Clock())
	seminar, err := mkt.Save(ctx, domain.Activity{Type: "seminar", Title: "华东技术交流会", Start: "2026-05-14", End: "2026-05-16",
		Place: "上海", Status: domain.ActivityDone, Accounts: []int64{live}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mkt.Save(ctx, domain.Activity{Type: "exhibition", Title: "old", Start: "2026-05-01", End: "2026-05-02",
		Status: domain.ActivityDone, Accounts: []int64{live}}); err != nil {
		t.Fatal(err)
	}
	book, err := st.BookID(ctx)
	if err != nil || len(book) != 32 {
		t.Fatalf("book id %q (%v)", book, err)
	}
	var buf bytes.Buffer
	n, err := cal.Export(ctx, service.CalendarRange{}, "zh", &buf)
	if err != nil {
		t.Fatal(err)
	}
	events := parseICS(t, buf.Bytes())
	want := map[string]string{
		fmt.Sprintf("step-%d@%s", open, book):                 "下一步：送报价 · 华为技术",
		fmt.Sprintf("action-%d@%s", saved.ActionIDs[0], book): "计划行动：技术交流会 · 华为技术",
	}
	for uid, s := range want {
		if e := events[uid]; e == nil || summary(e) != s {
			t.Errorf("event %s = %v, want summary %q", uid, e, s)
		}
	}
	var review *ics.VEvent
	for uid, e := range events {
		if strings.HasPrefix(uid, "review-") {
			review = e
		}
	}
	if review == nil || summary(review) != "计划回顾：华为技术 · 2026 年客户计划" {
		t.Fatalf("no review event: %v", events)
	}
	if d, _ := review.GetAllDayStartAt(); d.Format(time.DateOnly) != "2026-09-30" {
		t.Errorf("review on %v, want 2026-09-30", d)
	}
	act := events[fmt.Sprintf("activity-%d@%s", seminar.Activity.ID, book)]
	if act == nil || summary(act) != "市场活动：华东技术交流会 · 上海" {
		t.Fatalf("the seminar: %v", act)
	}
	if d, _ := act.GetAllDayStartAt(); d.Format(time.DateOnly) != "2026-05-14" {
		t.Errorf("the seminar starts %v", d)
	}
	if d, _ := act.GetAllDayEndAt(); d.Format(time.DateOnly) != "2026-05-17" {
		t.Errorf("the seminar's DTEND %v, want 2026-05-17 (the day after its last)", d)
	}
	if d := act.GetProperty(ics.ComponentPropertyDescription); d == nil || d.Value != "技术交流会 · 已举办" {
		t.Errorf("the seminar's description %v", d)
	}
	if n != 4 || len(events) != 4 {
		t.Errorf("%d events written, %d parsed; want 4 (open step, dated open action, dated review, the seminar)", n, len(events))
	}

	// Again, in English, after the step moved: the same UIDs, the new day.
	if err := st.SetStepDone(ctx, open, false); err != nil {
		t.Fatal(err)
	}
	in, err := st.Interaction(ctx, open)
	if err != nil {
		t.Fatal(err)
	}
	in.NextDue = "2026-06-25"
	if err := st.UpdateInteraction(ctx, in); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if _, err := cal.Export(ctx, service.CalendarRange{}, "en", &buf); err != nil {
		t.Fatal(err)
	}
	again := parseICS(t, buf.Bytes())
	for uid := range events {
		if again[uid] == nil {
			t.Errorf("UID %s is gone from the second export", uid)
		}
	}
	e := again[fmt.Sprintf("step-%d@%s", open, book)]
	if d, _ := e.GetAllDayStartAt(); d.Format(time.DateOnly) != "2026-06-25" || summary(e) != "Next step: 送报价 · 华为技术" {
		t.Errorf("moved step on %v %q", d, summary(e))
	}
	if id2, _ := st.BookID(ctx); id2 != book {
		t.Errorf("book id changed: %s then %s", book, id2)
	}
}

// An export reads page by page: with pages of 2, every entry still comes
// once, in order of day.
func TestCalendarExportPages(t *testing.T) {
	defer service.SetCalendarPage(2)()
	ctx := context.Background()
	st := newStoreAt(t, func() time.Time { return time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC) })
	cal := service.NewCalendar(st, st.Clock())
	var actions []domain.PlanAction
	var reviews []domain.PlanReview
	for a := 0; a < 3; a++ {
		acc, err := st.CreateAccount(ctx, account(fmt.Sprintf("客户%d", a)))
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 5; i++ {
			day := fmt.Sprintf("2026-07-%02d", 1+i%2) // days repeat across ids
			if _, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: acc, Date: "2026-06-10",
				Kind: domain.InteractionKind("call"), NextStep: "s", NextDue: day}); err != nil {
				t.Fatal(err)
			}
		}
		actions = actions[:0]
		reviews = reviews[:0]
		for i := 0; i < 5; i++ {
			actions = append(actions, domain.PlanAction{Item: "a", Due: fmt.Sprintf("2026-08-%02d", 1+i%2), Status: domain.ActionDoing})
			reviews = append(reviews, domain.PlanReview{Date: fmt.Sprintf("2026-09-%02d", 1+i)})
		}
		if _, err := st.SavePlan(ctx, domain.AccountPlan{AccountID: acc, Year: 2026, Actions: actions, Reviews: reviews},
			[]domain.PlanSection{domain.SectionActions, domain.SectionReviews}); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	n, err := cal.Export(ctx, service.CalendarRange{From: "2026-06-01", To: "2026-12-31"}, "zh", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if events := parseICS(t, buf.Bytes()); n != 45 || len(events) != 45 {
		t.Errorf("%d written, %d distinct parsed; want 45 (15 steps, 15 actions, 15 reviews)", n, len(events))
	}
}

// A range that is not one writes nothing and says which day is wrong.
func TestCalendarExportRange(t *testing.T) {
	ctx := context.Background()
	st := newStoreAt(t, func() time.Time { return time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC) })
	cal := service.NewCalendar(st, st.Clock())
	for _, c := range []struct {
		r          service.CalendarRange
		field, key string
	}{
		{service.CalendarRange{From: "2026-13-01"}, "from", "error.date"},
		{service.CalendarRange{To: "tomorrow"}, "to", "error.date"},
		{service.CalendarRange{From: "2026-07-01", To: "2026-06-01"}, "to", "error.dateOrder"},
		{service.CalendarRange{From: "1900-01-01"}, "from", "error.dateRange"},
	} {
		var buf bytes.Buffer
		_, err := cal.Export(ctx, c.r, "zh", &buf)
		e := wantCode(t, err, domain.CodeValidation)
		if len(e.Fields) != 1 || e.Fields[0].Field != c.field || e.Fields[0].Key != c.key {
			t.Errorf("%+v: %+v, want %s on %s", c.r, e.Fields, c.key, c.field)
		}
		if buf.Len() != 0 {
			t.Errorf("%+v wrote %d bytes", c.r, buf.Len())
		}
	}
	r := cal.DefaultRange()
	if r.From != "2026-05-16" || r.To != "2027-06-15" {
		t.Errorf("default range %+v", r)
	}
}
