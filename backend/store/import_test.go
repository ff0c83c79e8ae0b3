package store

import (
	"context"
	"testing"

	"kams/backend/domain"
)

// An import goes through the forms' own inserts: the stored facts (last
// contacts, red-flag counts, visit summaries) equal a recomputation after
// it, and a batch that fails half-way leaves the book as it was.
func TestImportKeepsStoredFacts(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	b := ImportBatch{Accounts: []domain.Account{{Name: "甲", Status: "active", Stage: "basic", Manager: "王磊"}, {Name: "乙", Status: "prospect", Stage: "exploratory"}}}
	if n, err := s.Import(ctx, b, "2026-06-15"); err != nil || n != 2 {
		t.Fatalf("%d %v", n, err)
	}
	ids, err := s.AccountsNamed(ctx, []string{"甲", "乙"})
	if err != nil {
		t.Fatal(err)
	}
	people := ImportBatch{Contacts: []ImportContact{
		{Contact: domain.Contact{AccountID: ids["甲"], Name: "张", Influence: "high", Attitude: -2, Role: "economic"}, ReportsToRow: -1},
		{Contact: domain.Contact{AccountID: ids["甲"], Name: "李", Influence: "low", Role: "coach"}, ReportsToRow: 0},
	}}
	if _, err := s.Import(ctx, people, "2026-06-15"); err != nil {
		t.Fatal(err)
	}
	named, _ := s.PeopleNamed(ctx, []int64{ids["甲"]})
	if _, err := s.Import(ctx, ImportBatch{Deals: []domain.Opportunity{{AccountID: ids["甲"], Name: "一期", Amount: 100, CloseDate: "2026-09-30", Stage: "lead", Status: "open"}}}, "2026-06-15"); err != nil {
		t.Fatal(err)
	}
	visits := ImportBatch{Visits: []domain.Interaction{{AccountID: ids["甲"], Date: "2026-06-01", Kind: "visit", Summary: "拜访", ContactIDs: []int64{named[0].ID, named[1].ID}}}}
	if _, err := s.Import(ctx, visits, "2026-06-15"); err != nil {
		t.Fatal(err)
	}
	checkFacts(t, s, 0, 0)
	checkVisitSummary(t, s, "after the import")

	// The second visit names an account that is gone: nothing of the batch stays.
	before := s.Writes()
	bad := ImportBatch{Visits: []domain.Interaction{{AccountID: ids["乙"], Date: "2026-06-02", Kind: "call", Summary: "电话"},
		{AccountID: 99999, Date: "2026-06-02", Kind: "call", Summary: "电话"}}}
	if _, err := s.Import(ctx, bad, "2026-06-15"); err == nil {
		t.Fatal("imported a visit of no account")
	}
	if got, _ := s.Interactions(ctx, ids["乙"]); len(got) != 0 || s.Writes() != before {
		t.Fatalf("half a batch written: %v", got)
	}
	checkFacts(t, s, 1, 0)
}
