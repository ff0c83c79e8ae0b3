package store

import (
	"context"
	"fmt"
	"testing"

	"kams/backend/domain"
)

// Everything the UI says went to the trash can be found there, a page at a
// time, and restored: visits, deals, week items and development goals.
func TestTrashListsAndRestoresVisitsDealsAndPlanning(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	acct := create(t, s, account("澜沧精密"))
	gone := create(t, s, account("已删客户"))

	var visits []int64
	for i := range 3 {
		id, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: acct, Date: "2026-05-0" + fmt.Sprint(i+1), Kind: "visit", Summary: fmt.Sprint("拜访", i)})
		if err != nil {
			t.Fatal(err)
		}
		visits = append(visits, id)
	}
	hidden, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: gone, Date: "2026-05-01", Kind: "visit", Summary: "随客户删除"})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range append(visits[:2:2], hidden) {
		if err := s.TrashInteraction(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.TrashAccount(ctx, gone); err != nil {
		t.Fatal(err)
	}
	page, total, err := s.TrashedInteractionPage(ctx, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(page) != 1 {
		t.Fatalf("trashed visits: total %d, page %d rows; want 2 (those of live accounts) and 1", total, len(page))
	}
	if err := s.RestoreInteraction(ctx, visits[0]); err != nil {
		t.Fatal(err)
	}
	if _, total, _ = s.TrashedInteractionPage(ctx, 0, 10); total != 1 {
		t.Errorf("after a restore: %d trashed visits, want 1", total)
	}
	live, n, err := s.TimelinePage(ctx, acct, TimelineCursor{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || len(live) != 2 {
		t.Errorf("timeline after the restore: %d of %d, want 2 of 2", len(live), n)
	}

	for i := range 3 {
		id, err := s.CreateDeal(ctx, domain.Opportunity{AccountID: acct, Name: fmt.Sprint("商机", i), Amount: 1000, CloseDate: "2026-12-31",
			Stage: "lead", Status: domain.DealOpen}, "2026-05-01")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.TrashDeal(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	deals, total, err := s.TrashedDealPage(ctx, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if total != 3 || len(deals) != 1 || deals[0].Name != "商机1" {
		t.Errorf("trashed deals, second page of 1: total %d, %+v; want 3 and 商机1", total, deals)
	}

	item, err := s.SaveWeekItem(ctx, domain.WeekItem{Week: "2026-W19", Title: "拜访澜沧"})
	if err != nil {
		t.Fatal(err)
	}
	goal, err := s.SaveDevelopmentGoal(ctx, domain.DevelopmentGoal{Title: "学习谈判"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWeekItem(ctx, item); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDevelopmentGoal(ctx, goal); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWeekItem(ctx, item); !isNotFound(err) {
		t.Errorf("trash a week item twice: %v, want not found", err)
	}
	if items, _ := s.WeekItems(ctx, "2026-W19"); len(items) != 0 {
		t.Errorf("week items after delete: %+v, want none", items)
	}
	if goals, _ := s.DevelopmentGoals(ctx); len(goals) != 0 {
		t.Errorf("goals after delete: %+v, want none", goals)
	}
	entries, total, err := s.TrashedWeekPage(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(entries) != 2 {
		t.Fatalf("trashed week entries: %d of %d, want 2 of 2: %+v", len(entries), total, entries)
	}
	if err := s.RestoreWeekItem(ctx, item); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreDevelopmentGoal(ctx, goal); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreDevelopmentGoal(ctx, goal); !isNotFound(err) {
		t.Errorf("restore a live goal: %v, want not found", err)
	}
	if items, _ := s.WeekItems(ctx, "2026-W19"); len(items) != 1 {
		t.Errorf("week items after restore: %+v, want the one back", items)
	}
	if goals, _ := s.DevelopmentGoals(ctx); len(goals) != 1 {
		t.Errorf("goals after restore: %+v, want the one back", goals)
	}
	if _, total, _ = s.TrashedWeekPage(ctx, 0, 10); total != 0 {
		t.Errorf("trashed week entries after restoring both: %d, want 0", total)
	}
}
