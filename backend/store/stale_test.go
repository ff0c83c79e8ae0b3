package store

import (
	"context"
	"errors"
	"testing"

	"kams/backend/domain"
)

// Two windows read the same record; the first saves, then the second saves
// what it read with its own edit: the second save is refused as changed
// elsewhere and the first one's edit stays. The first window, carrying the
// version its save returned, saves again without trouble.
func TestStaleSaveIsRefusedNotApplied(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	acct := create(t, s, account("澜沧精密"))
	wantStale := func(what string, err error) {
		t.Helper()
		if !errors.Is(err, domain.ErrChangedElsewhere) {
			t.Fatalf("%s: stale save err = %v, want changed elsewhere", what, err)
		}
		if e := domain.UIError(err); e.Code != domain.CodeConflict || e.Key != "conflict.changedElsewhere" {
			t.Fatalf("%s: UI error %+v, want conflict / conflict.changedElsewhere", what, e)
		}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	t.Run("account", func(t *testing.T) {
		a, _ := s.Account(ctx, acct)
		b := a
		a.Notes, b.Notes = "窗口一", "窗口二"
		must(s.UpdateAccount(ctx, a))
		wantStale("account", s.UpdateAccount(ctx, b))
		got, _ := s.Account(ctx, acct)
		if got.Notes != "窗口一" || got.Version != a.Version+1 {
			t.Fatalf("after the refused save: notes %q version %d, want 窗口一 and %d", got.Notes, got.Version, a.Version+1)
		}
		got.Notes = "窗口一再改"
		must(s.UpdateAccount(ctx, got))
	})

	t.Run("contact", func(t *testing.T) {
		id, err := s.CreateContact(ctx, domain.Contact{AccountID: acct, Name: "张伟", Influence: domain.InfluenceMedium})
		must(err)
		a, _ := s.Contact(ctx, id)
		b := a
		a.Title, b.Title = "采购总监", "总经理"
		must(s.UpdateContact(ctx, a))
		wantStale("contact", s.UpdateContact(ctx, b))
		got, _ := s.Contact(ctx, id)
		if got.Title != "采购总监" {
			t.Fatalf("title %q after the refused save, want 采购总监", got.Title)
		}
		got.Title = "采购副总"
		must(s.UpdateContact(ctx, got))
	})

	t.Run("deal", func(t *testing.T) {
		id, err := s.CreateDeal(ctx, domain.Opportunity{AccountID: acct, Name: "一期", Amount: 1000, CloseDate: "2026-12-31",
			Stage: "lead", Status: domain.DealOpen}, "2026-05-01")
		must(err)
		a, _ := s.Deal(ctx, id)
		b := a
		a.Amount, b.Amount = 2000, 3000
		b.Stage = "proposal" // a stage change is refused with the rest: no stage history written
		must(s.UpdateDeal(ctx, a, "2026-05-02"))
		wantStale("deal", s.UpdateDeal(ctx, b, "2026-05-02"))
		got, _ := s.Deal(ctx, id)
		if got.Amount != 2000 || got.Stage != "lead" {
			t.Fatalf("amount %d stage %s after the refused save, want 2000 in lead", got.Amount, got.Stage)
		}
		var stays int
		must(s.r.QueryRowContext(ctx, "SELECT count(*) FROM stage_visits WHERE opportunity_id = ?", id).Scan(&stays))
		if stays != 1 {
			t.Fatalf("%d stage stays after the refused move, want 1", stays)
		}
	})

	t.Run("member", func(t *testing.T) {
		id, err := s.CreateMember(ctx, domain.Member{Name: "王磊", Role: domain.RoleKeyAccountManager})
		must(err)
		a, _ := s.TeamMember(ctx, id)
		b := a
		a.Phone, b.Phone = "111", "222"
		must(s.UpdateMember(ctx, a))
		wantStale("member", s.UpdateMember(ctx, b))
		got, _ := s.TeamMember(ctx, id)
		if got.Phone != "111" {
			t.Fatalf("phone %q after the refused save, want 111", got.Phone)
		}
		if err := s.UpdateMember(ctx, domain.Member{ID: 404, Name: "无人", Role: domain.RoleKeyAccountManager}); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("a missing member: %v, want not found", err)
		}
	})

	t.Run("plan section", func(t *testing.T) {
		first, err := s.SavePlan(ctx, domain.AccountPlan{AccountID: acct, Year: 2026, Strengths: "起草"}, domain.PlanSections)
		must(err)
		read, _ := s.Plan(ctx, acct, 2026)
		a, b := read, read
		a.Strengths, b.Strengths = "窗口一", "窗口二"
		swot := []domain.PlanSection{domain.SectionSWOT}
		saved, err := s.SavePlan(ctx, a, swot)
		must(err)
		_, err = s.SavePlan(ctx, b, swot)
		wantStale("plan", err)
		// Another section of the stale window is still its own to save.
		b.Business = "窗口二的现状"
		_, err = s.SavePlan(ctx, b, []domain.PlanSection{domain.SectionSituation})
		must(err)
		// The first window autosaves twice in a row with the versions its
		// saves return.
		a.Versions[domain.SectionSWOT] = saved.Versions[domain.SectionSWOT]
		a.Strengths = "窗口一再改"
		again, err := s.SavePlan(ctx, a, swot)
		must(err)
		if again.Versions[domain.SectionSWOT] != first.Versions[domain.SectionSWOT]+2 || len(again.Versions) != 1 {
			t.Fatalf("versions after two saves: %v, want swot at %d only", again.Versions, first.Versions[domain.SectionSWOT]+2)
		}
		got, _ := s.Plan(ctx, acct, 2026)
		if got.Strengths != "窗口一再改" || got.Business != "窗口二的现状" {
			t.Fatalf("plan: strengths %q business %q", got.Strengths, got.Business)
		}
	})
}

// Steps stored before a due date was required get one a week after their
// visit, so Home lists them; done or empty steps keep none, and the stored
// due-day counts follow.
func TestMigrationDatesPendingSteps(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	acct := create(t, s, account("澜沧精密"))
	id := func(step string, done int) int64 {
		res, err := s.w.ExecContext(ctx, `INSERT INTO interactions (account_id, date, kind, summary, next_step, next_due, next_done, created_at, updated_at)
			VALUES (?, '2026-05-01', 'visit', '旧记录', ?, '', ?, '2026-05-01T00:00:00Z', '2026-05-01T00:00:00Z')`, acct, step, done)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := res.LastInsertId()
		return n
	}
	open, done, none := id("寄送样品", 0), id("已寄", 1), id("  ", 0)
	if _, err := s.w.ExecContext(ctx, datePendingSteps); err != nil {
		t.Fatal(err)
	}
	for in, want := range map[int64]string{open: "2026-05-08", done: "", none: ""} {
		var due string
		if err := s.r.QueryRowContext(ctx, "SELECT next_due FROM interactions WHERE id = ?", in).Scan(&due); err != nil {
			t.Fatal(err)
		}
		if due != want {
			t.Errorf("interaction %d: next_due %q, want %q", in, due, want)
		}
	}
	checkFacts(t, s, 0, 0)
}
