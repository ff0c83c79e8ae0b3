package service_test

import (
	"context"
	"testing"

	"kams/backend/service"
	"kams/backend/store"
)

// The targets board lists the accounts a page at a time: by default those
// with a target in the period or led by the user, else every account;
// filtered by part of a name; the pages join up without gaps or repeats.
func TestTargetBoardPagesTheAccounts(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	if err := service.NewSample(st, st.Clock()).Load(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.NewTargets(st, st.Clock())
	year := st.Clock()().Format("2006")
	board, err := svc.Board(ctx, year)
	if err != nil {
		t.Fatal(err)
	}
	all, err := svc.Accounts(ctx, service.TargetAccountQuery{Period: year, All: true})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != 15 || len(all.Rows) != 15 {
		t.Fatalf("all accounts: %d rows of %d, want the sample's 15", len(all.Rows), all.Total)
	}
	accounts, err := service.NewAccounts(st, st.Clock()).Page(ctx, store.AccountQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	lead := map[int64]string{}
	for _, v := range accounts.Rows {
		lead[v.Account.ID] = v.Account.Manager
	}
	if board.Accounts.All || board.Accounts.Total == 0 || board.Accounts.Total >= 15 {
		t.Fatalf("board's first page: all %v, %d of 15; want the focus list", board.Accounts.All, board.Accounts.Total)
	}
	for _, v := range board.Accounts.Rows {
		if !v.Set && lead[v.Scope.AccountID] != board.MyName {
			t.Errorf("%s: neither a target nor led by %s", v.Name, board.MyName)
		}
	}
	for _, v := range all.Rows {
		if v.Set || lead[v.Scope.AccountID] == board.MyName {
			found := false
			for _, f := range board.Accounts.Rows {
				found = found || f.Scope == v.Scope
			}
			if !found {
				t.Errorf("%s is missing from the focus list", v.Name)
			}
		}
	}
	text, err := svc.Accounts(ctx, service.TargetAccountQuery{Period: year, All: true, Text: " 江宁 "})
	if err != nil {
		t.Fatal(err)
	}
	if text.Total != 1 || len(text.Rows) != 1 || text.Rows[0].Name != "江宁新能源汽车股份有限公司" {
		t.Errorf("text filter: %+v", text)
	}
	for _, q := range []string{"%", "_", `\`} { // LIKE's own characters match themselves
		if p, err := svc.Accounts(ctx, service.TargetAccountQuery{Period: year, All: true, Text: q}); err != nil || p.Total != 0 {
			t.Errorf("text %q: %d accounts, %v", q, p.Total, err)
		}
	}
	past, err := svc.Accounts(ctx, service.TargetAccountQuery{Period: year, All: true, Offset: 10})
	if err != nil {
		t.Fatal(err)
	}
	if past.Total != 15 || len(past.Rows) != 5 || past.Rows[0].Scope != all.Rows[10].Scope {
		t.Errorf("offset 10: %d rows of %d", len(past.Rows), past.Total)
	}
	for i, v := range all.Rows { // the page's figures are the single account's
		if i > 3 {
			break
		}
		one, err := svc.Achievement(ctx, v.Scope, year)
		if err != nil {
			t.Fatal(err)
		}
		if one.Revenue != v.Revenue || one.Visits != v.Visits || one.NewOpportunities != v.NewOpportunities {
			t.Errorf("%s: page %+v, alone %+v", v.Name, v, one)
		}
	}
	if _, err := svc.Accounts(ctx, service.TargetAccountQuery{Period: "2026-Q5"}); err == nil {
		t.Error("a bad period was accepted")
	}
}
