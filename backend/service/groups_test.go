package service_test

import (
	"context"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// The sample's group: 江宁新能源汽车 heads three of the sample's own
// accounts, and the group page sums exactly what its accounts hold.
func TestSampleGroup(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 27, 9, 0, 0, 0, time.Local)
	st := newStoreAt(t, func() time.Time { return today })
	if err := st.Seed(ctx, service.Demo(today)); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st); n != 15 {
		t.Fatalf("the sample has %d accounts, want 15", n)
	}
	g := service.NewGroups(st, st.Clock())
	page, err := g.Page(ctx, store.GroupQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 1 || len(page.Rows) != 1 {
		t.Fatalf("groups %+v, want one", page)
	}
	head := page.Rows[0]
	if head.Name != "江宁新能源汽车股份有限公司" || head.Subsidiaries != 3 || head.Accounts != 4 {
		t.Fatalf("group %+v, want 江宁 with three subsidiaries", head)
	}
	v, err := g.Get(ctx, head.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.MemberTotal != 4 || len(v.Members) != 4 || v.Members[0].ID != head.ID || v.Members[0].Depth != 0 {
		t.Fatalf("members %+v, want the head then three", v.Members)
	}
	var sales, amount int64
	var people, deals int
	accounts := service.NewAccounts(st, st.Clock())
	for _, m := range v.Members[1:] {
		if m.Depth != 1 || m.ParentID != head.ID {
			t.Errorf("member %s at depth %d under %d", m.Name, m.Depth, m.ParentID)
		}
		a, err := accounts.Get(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.Group.GroupID != head.ID || a.Group.Parent != head.Name {
			t.Errorf("%s's link %+v", m.Name, a.Group)
		}
	}
	for _, m := range v.Members {
		sales += m.OurSales
		people += m.People
		deals += m.OpenDeals
		amount += m.OpenAmount
	}
	if sales != head.OurSales || people != head.People || deals != head.OpenDeals || amount != head.OpenAmount {
		t.Errorf("rollup %+v, members sum to sales %d people %d deals %d amount %d", head, sales, people, deals, amount)
	}
	if v.Weighted <= 0 || v.Weighted > head.OpenAmount || len(v.KeyPeople) == 0 {
		t.Errorf("weighted %d of %d open, %d key people", v.Weighted, head.OpenAmount, len(v.KeyPeople))
	}
	// The health rolls up the members' stored health, weighted by our sales.
	if !v.Health.Available || v.Health.Accounts != 4 || v.Health.Score <= 0 || v.Health.Score > 100 {
		t.Errorf("group health %+v", v.Health)
	}
	// The list filters and groups by group.
	list, err := accounts.Page(ctx, store.AccountQuery{Group: head.ID, Sort: "group"})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 4 || list.Rows[0].Account.ID != head.ID || list.Rows[0].Group.Subsidiaries != 3 {
		t.Fatalf("group filter: %d rows, first %s", list.Total, list.Rows[0].Account.Name)
	}
	all, err := accounts.Page(ctx, store.AccountQuery{Sort: "group", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i, r := range all.Rows {
		if r.Account.ID == head.ID {
			at = i
		}
	}
	for i := 1; i <= 3; i++ {
		if r := all.Rows[at+i]; r.Group.GroupID != head.ID {
			t.Errorf("row %d after the head is %s, not of its group", i, r.Account.Name)
		}
	}
}

// Setting a parent refuses itself, one in the trash, and a loop, with a
// translated key on the parent field, and changes nothing.
func TestSetParentRefuses(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	accounts := service.NewAccounts(st, st.Clock())
	g := service.NewGroups(st, st.Clock())
	ids := map[string]int64{}
	for _, n := range []string{"集团", "子公司", "孙公司", "回收站"} {
		v, err := accounts.Create(ctx, account(n))
		if err != nil {
			t.Fatal(err)
		}
		ids[n] = v.Account.ID
	}
	if _, err := g.SetParent(ctx, ids["子公司"], ids["集团"]); err != nil {
		t.Fatal(err)
	}
	link, err := g.SetParent(ctx, ids["孙公司"], ids["子公司"])
	if err != nil {
		t.Fatal(err)
	}
	if link.GroupID != ids["集团"] || link.Group != "集团" || link.Parent != "子公司" {
		t.Fatalf("link %+v", link)
	}
	if err := accounts.Delete(ctx, ids["回收站"]); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id, parent int64
		key        string
	}{
		{ids["集团"], ids["集团"], "error.parentSelf"},
		{ids["集团"], ids["孙公司"], "error.parentLoop"},
		{ids["子公司"], ids["孙公司"], "error.parentLoop"},
		{ids["集团"], ids["回收站"], "error.parentMissing"},
		{ids["集团"], 99999, "error.parentMissing"},
	} {
		_, err := g.SetParent(ctx, c.id, c.parent)
		e := wantCode(t, err, domain.CodeConflict)
		if e.Key != c.key || len(e.Fields) != 1 || e.Fields[0].Field != "parent" {
			t.Errorf("SetParent(%d, %d) = %v, want %s on parent", c.id, c.parent, err, c.key)
		}
	}
	if _, err := g.SetParent(ctx, 99999, ids["集团"]); err == nil {
		t.Error("a missing account took a parent")
	}
	v, err := g.Get(ctx, ids["集团"])
	if err != nil {
		t.Fatal(err)
	}
	if v.Group.Accounts != 3 || v.Members[2].Depth != 2 {
		t.Errorf("after refusals: %+v %+v", v.Group, v.Members)
	}
	// Clearing the middle parent splits the tree: 子公司 heads 孙公司 now,
	// and 集团 stands alone, no longer a group.
	if _, err := g.SetParent(ctx, ids["子公司"], 0); err != nil {
		t.Fatal(err)
	}
	if _, err := g.Get(ctx, ids["集团"]); err == nil {
		t.Error("集团 is still a group")
	}
	if v, err := g.Get(ctx, ids["子公司"]); err != nil || v.Group.Accounts != 2 {
		t.Errorf("子公司's group: %+v, %v", v.Group, err)
	}
}
