package app

import (
	"context"
	"math"
	"path/filepath"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
)

// inputBook is a new book on 2026-06-15 with one account and one member,
// and the facades the UI calls.
func inputBook(t *testing.T) (*facades, int64, int64) {
	t.Helper()
	clk := clocktest.At(time.Date(2026, 6, 15, 10, 0, 0, 0, time.Local))
	b, err := book.Open(context.Background(), filepath.Join(t.TempDir(), "kams.db"), clk.Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	f := newFacades(b, "test")
	acc, err := f.accounts.Create(domain.Account{Name: "上海恒通汽车", Status: domain.StatusActive, Stage: domain.StageBasic})
	if err != nil {
		t.Fatal(err)
	}
	m, err := f.team.Create(domain.Member{Name: "王磊", Role: domain.RoleKeyAccountManager})
	if err != nil {
		t.Fatal(err)
	}
	return f, acc.Account.ID, m.ID
}

// wantFieldError checks that err reaches the UI as a validation error with
// key on field: a message by the input, not "something went wrong".
func wantFieldError(t *testing.T, what string, err error, field, key string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: accepted, want a validation error on %s", what, field)
		return
	}
	ui := domain.UIError(err)
	if ui.Code != domain.CodeValidation {
		t.Errorf("%s: error %v, want a validation error on %s", what, err, field)
		return
	}
	for _, f := range ui.Fields {
		if f.Field == field {
			if f.Key != key {
				t.Errorf("%s: %s has %s, want %s", what, field, f.Key, key)
			}
			return
		}
	}
	t.Errorf("%s: no error on %s: %+v", what, field, ui.Fields)
}

func TestDealDatesAreChecked(t *testing.T) {
	f, account, _ := inputBook(t)
	deal := func(closeDate, closedOn string) domain.Opportunity {
		return domain.Opportunity{AccountID: account, Name: "总装线改造", Amount: 1_000_000, Stage: "commit",
			Status: domain.DealWon, CloseDate: closeDate, ClosedOn: closedOn}
	}
	for _, c := range []struct {
		name                string
		closeDate, closedOn string
		field, key          string
	}{
		{"closed on Feb 30", "2026-06-01", "2026-02-30", "closedOn", "error.date"},
		{"closed on a word", "2026-06-01", "yesterday", "closedOn", "error.date"},
		{"closed in 9999", "2026-06-01", "9999-12-31", "closedOn", "error.dateRange"},
		{"closed tomorrow", "2026-06-01", "2026-06-16", "closedOn", "error.dateRange"},
		{"closed in year 1", "2026-06-01", "0001-01-01", "closedOn", "error.dateRange"},
		{"expected in 9999", "9999-12-31", "2026-06-01", "closeDate", "error.dateRange"},
		{"expected on Feb 30", "2026-02-30", "2026-06-01", "closeDate", "error.date"},
	} {
		_, err := f.deals.Create(deal(c.closeDate, c.closedOn))
		wantFieldError(t, c.name, err, c.field, c.key)
	}
	v, err := f.deals.Create(deal("2026-06-01", "2026-06-10"))
	if err != nil {
		t.Fatalf("a deal won last week: %v", err)
	}
	if v.Deal.ClosedOn != "2026-06-10" {
		t.Errorf("closedOn = %q, want 2026-06-10", v.Deal.ClosedOn)
	}
}

func TestInteractionAndTrainingDatesAreChecked(t *testing.T) {
	f, account, member := inputBook(t)
	visit := domain.Interaction{AccountID: account, Date: "9999-12-31", Kind: "meeting", Summary: "拜访"}
	_, err := f.log.Log(visit)
	wantFieldError(t, "visit in 9999", err, "date", "error.dateRange")
	visit.Date, visit.NextStep, visit.NextDue = "2026-06-15", "报价", "2999-01-01"
	_, err = f.log.Log(visit)
	wantFieldError(t, "next step due in 2999", err, "nextDue", "error.dateRange")

	tr := domain.Training{MemberID: member, Course: "顾问式销售", Date: "9999-12-31", Hours: 8}
	_, err = f.team.SaveTraining(tr)
	wantFieldError(t, "training in 9999", err, "date", "error.dateRange")
}

func TestNonNumbersAreFieldErrors(t *testing.T) {
	f, _, member := inputBook(t)
	for _, h := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		_, err := f.team.SaveTraining(domain.Training{MemberID: member, Course: "顾问式销售", Date: "2026-06-01", Hours: h})
		wantFieldError(t, "training hours", err, "hours", "error.range")
	}
	set, err := f.settings.Get()
	if err != nil {
		t.Fatal(err)
	}
	set.Assessment.B = math.NaN()
	_, err = f.settings.Save(set)
	wantFieldError(t, "grade B NaN", err, "assessment.b", "error.range")
}

func TestUnknownReportLanguageIsAFieldError(t *testing.T) {
	f, account, _ := inputBook(t)
	out := filepath.Join(t.TempDir(), "brief.pdf")
	_, err := f.reports.WriteBrief(account, "fr", out)
	wantFieldError(t, "brief in fr", err, "lang", "error.choice")
	_, err = f.reports.WritePlan(account, 2026, "xx", out)
	wantFieldError(t, "plan in xx", err, "lang", "error.choice")
	_, err = f.reports.WriteReview("2026", "", out)
	if domain.UIError(err).Code == domain.CodeInternal {
		t.Errorf("review in no language: internal error %v", err)
	}
}

func TestPlanDatesAreChecked(t *testing.T) {
	f, account, _ := inputBook(t)
	plan := domain.AccountPlan{AccountID: account, Year: 2026,
		Actions: []domain.PlanAction{{Item: "高层拜访", Due: "9999-12-31", Status: domain.ActionPlanned}},
		Reviews: []domain.PlanReview{{Date: "2026-02-30"}}}
	_, err := f.plans.Save(plan, nil)
	wantFieldError(t, "action due in 9999", err, "actions.0.due", "error.dateRange")
	wantFieldError(t, "review on Feb 30", err, "reviews.0.date", "error.date")
}
