package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/store/storetest"
)

// Migration 15 merges each plan's revenue objective into its year's target
// without losing a number: no target → the plan's figure becomes it; a
// target of 0 → filled (its other figures kept); the same figure → left;
// two different figures → the target stays and the plan's figure is kept
// in the plan's objectives text. The old column is zeroed; the plan then
// reads the target. The data is written as a schema-14 book held it and
// the book opened again, so the migration itself runs.
func TestMergePlanRevenueKeepsBothNumbers(t *testing.T) {
	ctx := context.Background()
	path := storetest.Fresh(t, func(path string) error {
		s, err := Open(ctx, path, clocktest.New().Clock())
		if err != nil {
			return err
		}
		return s.Close()
	})
	s := openAt(t, path)
	ids := map[string]int64{}
	for _, name := range []string{"differ", "none", "zero", "same"} {
		ids[name] = create(t, s, account(name))
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.w.ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	// Plans and targets as a database of schema 14 held them.
	plan := func(name string, revenue int64, objectives string) {
		exec(`INSERT INTO account_plans (account_id, year, revenue_target, objectives, created_at, updated_at)
			VALUES (?, 2026, ?, ?, 'x', 'x')`, ids[name], revenue, objectives)
	}
	target := func(name string, revenue int64, visits int) {
		exec(`INSERT INTO targets (period, account_id, revenue, visits, updated_at) VALUES ('2026', ?, ?, ?, 'x')`, ids[name], revenue, visits)
	}
	plan("differ", 6000_0000_00, "赢合肥")
	target("differ", 1080_0000_00, 24)
	plan("none", 500_0000_00, "")
	plan("zero", 300_0000_00, "")
	target("zero", 0, 12)
	plan("same", 700_0000_00, "")
	target("same", 700_0000_00, 0)

	// Back to the schema before migration 15, then opened again: the
	// migration runs, its Go step included, and the ones after it.
	method := slices.Index(migrations, migrationMethod)
	for i := len(migrations) - 1; i > method; i-- {
		undo, ok := undoMigration[migrations[i]]
		if !ok {
			t.Fatalf("migration %d has no undo in undoMigration (migration_undo_test.go)", i+1)
		}
		exec(undo)
	}
	exec(fmt.Sprintf("DROP INDEX plan_actions_overdue; DROP TABLE sample_records; PRAGMA user_version = %d", method))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path)
	want := map[string]int64{"differ": 1080_0000_00, "none": 500_0000_00, "zero": 300_0000_00, "same": 700_0000_00}
	for name, revenue := range want {
		p, err := s.Plan(ctx, ids[name], 2026)
		if err != nil {
			t.Fatal(err)
		}
		if p.RevenueTarget != revenue {
			t.Errorf("%s: plan's revenue objective %d, want %d", name, p.RevenueTarget, revenue)
		}
		var got int64
		var visits int
		if err := s.r.QueryRowContext(ctx, "SELECT revenue, visits FROM targets WHERE account_id = ? AND period = '2026'", ids[name]).
			Scan(&got, &visits); err != nil {
			t.Fatalf("%s: target: %v", name, err)
		}
		if got != revenue {
			t.Errorf("%s: target %d, want %d", name, got, revenue)
		}
		if name == "zero" && visits != 12 {
			t.Errorf("zero: the target's visits became %d, want 12 kept", visits)
		}
		if name == "differ" {
			if !strings.HasPrefix(p.Objectives, "赢合肥\n") || !strings.Contains(p.Objectives, "CNY 60,000,000") ||
				!strings.Contains(p.Objectives, "CNY 10,800,000") {
				t.Errorf("differ: objectives = %q, want the old text then the plan's former 60,000,000 beside the target", p.Objectives)
			}
		} else if strings.Contains(p.Objectives, "CNY") {
			t.Errorf("%s: objectives got a note: %q", name, p.Objectives)
		}
	}
	var left int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM account_plans WHERE revenue_target <> 0").Scan(&left); err != nil || left != 0 {
		t.Errorf("plans still holding a revenue_target: %d (%v)", left, err)
	}

	// From now on the plan's objective and the target are one number.
	p, err := s.Plan(ctx, ids["differ"], 2026)
	if err != nil {
		t.Fatal(err)
	}
	p.RevenueTarget = 2000_0000_00
	if _, err := s.SavePlan(ctx, p, []domain.PlanSection{domain.SectionObjectives}); err != nil {
		t.Fatal(err)
	}
	targets, err := s.PeriodTargets(ctx, "2026", []int64{ids["differ"]})
	if err != nil {
		t.Fatal(err)
	}
	if len(targets) != 1 || targets[0].Revenue != 2000_0000_00 || targets[0].Visits != 24 {
		t.Errorf("after saving the plan, targets = %+v; want revenue 2,000万 and the 24 visits kept", targets)
	}
	if err := s.SaveTarget(ctx, domain.Target{Period: "2026", AccountID: ids["differ"], Revenue: 900_0000_00, Visits: 24}); err != nil {
		t.Fatal(err)
	}
	if p, _ = s.Plan(ctx, ids["differ"], 2026); p.RevenueTarget != 900_0000_00 {
		t.Errorf("after editing the target, the plan reads %d, want 900万", p.RevenueTarget)
	}
}
