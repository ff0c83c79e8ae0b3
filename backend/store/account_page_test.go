package store

import (
	"context"
	"fmt"
	"testing"

	"kams/backend/domain"
)

// TestAccountPageFiltersSortsAndCounts checks the page against a filter
// done in Go over every account.
func TestAccountPageFiltersSortsAndCounts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	for i := range 30 {
		a := account(fmt.Sprintf("客户%02d", i))
		a.ShortName = fmt.Sprint("S", i%7)
		a.Manager = []string{"", "王经理", "李经理"}[i%3]
		a.Industry = []string{"汽车", "汽车", "电子", ""}[i%4]
		a.Region = []string{"华东", "华南", "西南", "华北", "华东"}[i%5]
		a.Identification = domain.IdentificationScores{LargeOrders: i % 6, Strategic: 5, Influence: i % 4, Technology: 4}
		a.Classification.Volume, a.Classification.Coverage = 1+i%5, 1+(i/5)%5
		id := create(t, s, a)
		if i%4 == 0 {
			if _, err := s.CreateContact(ctx, domain.Contact{AccountID: id, Name: "教练", Role: domain.RoleCoach, Influence: domain.InfluenceLow}); err != nil {
				t.Fatal(err)
			}
			boss, err := s.CreateContact(ctx, domain.Contact{AccountID: id, Name: "老板", Role: domain.RoleEconomic, Influence: domain.InfluenceHigh})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: id, Date: "2025-12-01", Kind: "visit", ContactIDs: []int64{boss}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	sc := domain.DefaultScoring()
	all, total, err := s.AccountPage(ctx, AccountQuery{Sort: "name"}, "2026-01-01")
	if err != nil || total != 30 || len(all) != 30 || all[0].Name != "客户00" || all[29].Name != "客户29" {
		t.Fatalf("all: %d %d %v", total, len(all), err)
	}
	page, total, err := s.AccountPage(ctx, AccountQuery{Sort: "name", Desc: true, Offset: 5, Limit: 10}, "2026-01-01")
	if err != nil || total != 30 || len(page) != 10 || page[0].Name != "客户24" {
		t.Fatalf("page: %d %d %v", total, len(page), err)
	}
	cases := []struct {
		q    AccountQuery
		want func(a domain.Account, sc domain.Scores, i int) bool
	}{
		{AccountQuery{Text: "s3"}, func(a domain.Account, _ domain.Scores, _ int) bool { return a.ShortName == "S3" }},
		{AccountQuery{Managers: []string{"王经理"}}, func(a domain.Account, _ domain.Scores, _ int) bool { return a.Manager == "王经理" }},
		{AccountQuery{KeyOnly: true}, func(_ domain.Account, sc domain.Scores, _ int) bool { return sc.KeyAccount }},
		{AccountQuery{Quadrants: []string{"strategic", "maintain"}}, func(_ domain.Account, sc domain.Scores, _ int) bool {
			return sc.Quadrant == domain.QuadrantStrategic || sc.Quadrant == domain.QuadrantMaintain
		}},
		{AccountQuery{FlaggedOnly: true}, func(_ domain.Account, _ domain.Scores, i int) bool { return i%4 != 0 }},
		{AccountQuery{Industries: []string{"电子"}}, func(a domain.Account, _ domain.Scores, _ int) bool { return a.Industry == "电子" }},
		{AccountQuery{Regions: []string{"华东", "西南"}, Managers: []string{"李经理"}}, func(a domain.Account, _ domain.Scores, _ int) bool {
			return (a.Region == "华东" || a.Region == "西南") && a.Manager == "李经理"
		}},
	}
	// With a cutoff after the visit, the boss is stale: every account flags.
	if _, total, err := s.AccountPage(ctx, AccountQuery{FlaggedOnly: true}, "2026-01-01"); err != nil || total != 30 {
		t.Errorf("stale: %d %v", total, err)
	}
	for n, c := range cases {
		var want []string
		for i, a := range all {
			if c.want(a, domain.Score(a, sc), i) {
				want = append(want, a.Name)
			}
		}
		c.q.Sort = "name"
		got, total, err := s.AccountPage(ctx, c.q, "2020-01-01")
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, a := range got {
			names = append(names, a.Name)
		}
		if fmt.Sprint(names) != fmt.Sprint(want) || total != len(want) || len(want) == 0 {
			t.Errorf("case %d: got %v (%d), want %v", n, names, total, want)
		}
	}
	for _, sort := range []string{"identification", "attractiveness", "relationship", "potential", "updated", "flags", "ourSales", ""} {
		got, _, err := s.AccountPage(ctx, AccountQuery{Sort: sort, Limit: 7}, "2026-01-01")
		if err != nil || len(got) != 7 {
			t.Fatalf("sort %s: %d %v", sort, len(got), err)
		}
	}
	facets, err := s.Facets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Industries 汽车 ×16, 电子 ×7 (7 have none); regions 华东 ×12, the rest ×6 each, ties by value.
	if got := fmt.Sprint(facets); got != "{[{汽车 16} {电子 7}] [{华东 12} {华北 6} {华南 6} {西南 6}]}" {
		t.Errorf("facets: %s", got)
	}
	if err := s.TrashAccount(ctx, all[1].ID); err != nil { // 客户01: 汽车, 华南
		t.Fatal(err)
	}
	if facets, err = s.Facets(ctx); err != nil || fmt.Sprint(facets) != "{[{汽车 15} {电子 7}] [{华东 12} {华北 6} {西南 6} {华南 5}]}" {
		t.Errorf("facets after trash: %v %v", facets, err)
	}
	opts, err := s.AccountOptions(ctx, "客户1")
	if err != nil || len(opts) != 10 || opts[0].Name != "客户10" {
		t.Fatalf("options: %v %v", opts, err)
	}
}
