package store

import (
	"context"
	"testing"

	"kams/backend/domain"
)

// A new deal belongs to, and a new interaction is counted for, the account's
// lead manager at the time it is written: that is whose targets and
// assessment they count towards. An account with no manager leaves both unset.
func TestNewDealsAndInteractionsCountForTheLead(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	led := create(t, s, fullAccount("江宁汽车", "王磊"))
	unled := create(t, s, account("无人负责"))

	for _, tc := range []struct {
		account int64
		want    string
	}{{led, "王磊"}, {unled, ""}} {
		deal, err := s.CreateDeal(ctx, domain.Opportunity{AccountID: tc.account, Name: "产线改造", Amount: 100,
			CloseDate: "2026-12-01", Stage: "lead", Status: domain.DealOpen}, "2026-11-01")
		if err != nil {
			t.Fatal(err)
		}
		in, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: tc.account, Date: "2026-11-02", Kind: "visit", Summary: "拜访"})
		if err != nil {
			t.Fatal(err)
		}
		var owner, author string
		if err := s.r.QueryRowContext(ctx, `SELECT coalesce((SELECT name FROM members WHERE id = owner_id), '')
			FROM opportunities WHERE id = ?`, deal).Scan(&owner); err != nil {
			t.Fatal(err)
		}
		if err := s.r.QueryRowContext(ctx, `SELECT coalesce((SELECT name FROM members WHERE id = member_id), '')
			FROM interactions WHERE id = ?`, in).Scan(&author); err != nil {
			t.Fatal(err)
		}
		if owner != tc.want || author != tc.want {
			t.Errorf("account %d: deal owner %q, interaction by %q, want %q for both", tc.account, owner, author, tc.want)
		}
	}
}
