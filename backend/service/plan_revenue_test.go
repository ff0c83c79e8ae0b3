package service_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
)

// The plan's revenue objective and the account's target for the year are
// one number: entered in the plan it is the target, entered on the targets
// board it is the plan's; the plan PDF prints that one figure in its key
// figures, its objectives and its targets table, and never the other.
func TestPlanRevenueIsTheYearsTarget(t *testing.T) {
	ctx := context.Background()
	st := newStoreAt(t, func() time.Time { return time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC) })
	now := st.Clock()
	targets := service.NewTargets(st, now)
	plans := service.NewPlans(st, now, targets)
	reports := service.NewReports(st, now, service.ReportSources{Accounts: service.NewAccounts(st, now), People: service.NewPeople(st, now),
		Deals: service.NewDeals(st, now), Targets: targets, Plans: plans, Assessments: service.NewAssessments(st, now)})
	id, err := st.CreateAccount(ctx, account("江宁新能源"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := targets.Save(ctx, domain.Target{Period: "2026", AccountID: id, Revenue: 1080_0000_00, Visits: 24}); err != nil {
		t.Fatal(err)
	}
	view, err := plans.Get(ctx, id, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if view.Plan.RevenueTarget != 1080_0000_00 {
		t.Errorf("a new plan's revenue objective = %d, want the target's 1,080万", view.Plan.RevenueTarget)
	}
	p := view.Plan
	p.RevenueTarget, p.Objectives = 6000_0000_00, "赢合肥"
	if _, err := plans.Save(ctx, p, []domain.PlanSection{domain.SectionObjectives}); err != nil {
		t.Fatal(err)
	}
	board, err := targets.AccountYear(ctx, id, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if len(board) == 0 || board[0].Revenue.Target != 6000_0000_00 || board[0].Visits.Target != 24 {
		t.Fatalf("the year's target after saving the plan = %+v, want revenue 6,000万, visits 24", board)
	}

	var pdf bytes.Buffer
	if err := reports.Plan(ctx, id, 2026, "en", &pdf); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, pdf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	text := string(out)
	if n := strings.Count(text, "60,000,000"); n < 3 {
		t.Errorf("the PDF shows 60,000,000 %d times, want it in the key figures, the objectives and the targets table:\n%s", n, text)
	}
	if strings.Contains(text, "10,800,000") {
		t.Errorf("the PDF still shows the old target 10,800,000:\n%s", text)
	}
}
