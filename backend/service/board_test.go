package service_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
)

// TestBoardMatchesTheWholeList checks the board's counts, sums and pages
// against the whole list of deals filtered and sorted in Go, for each kind
// of filter, over the sample and random extra deals (some trashed, one
// account trashed).
func TestBoardMatchesTheWholeList(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	if err := service.NewSample(st, st.Clock()).Load(ctx); err != nil {
		t.Fatal(err)
	}
	deals := service.NewDeals(st, st.Clock())
	accounts, err := st.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 5))
	stages := domain.DefaultStages()
	today := st.Clock()()
	day := func(span int) string { return today.AddDate(0, 0, r.IntN(2*span)-span).Format(time.DateOnly) }
	for i := range 160 {
		a := accounts[r.IntN(len(accounts))]
		o := domain.Opportunity{AccountID: a.ID, Name: fmt.Sprintf("扩产项目 %03d", i), Amount: int64(r.IntN(90000)) * 137,
			CloseDate: day(200), Stage: stages[r.IntN(len(stages))].ID, Status: domain.DealOpen}
		if r.IntN(4) == 0 {
			o.Override, o.Probability = true, r.IntN(101)
		}
		v, err := deals.Create(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		switch r.IntN(6) {
		case 0:
			_, err = deals.Close(ctx, v.Deal.ID, domain.DealWon, "")
		case 1:
			_, err = deals.Close(ctx, v.Deal.ID, domain.DealLost, "价格")
		case 2:
			err = deals.Delete(ctx, v.Deal.ID)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := st.TrashAccount(ctx, accounts[0].ID); err != nil {
		t.Fatal(err)
	}
	set, err := st.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := deals.List(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]domain.Account{}
	for _, a := range accounts {
		byID[a.ID] = a
	}
	since := today.AddDate(0, 0, -service.RecentDays).Format(time.DateOnly)
	filters := []service.DealBoardFilter{{}, {AccountID: accounts[1].ID}, {AccountID: accounts[0].ID}, {Manager: accounts[2].Manager},
		{Tiers: []string{string(domain.QuadrantStrategic), string(domain.QuadrantDevelop)}}, {KeyOnly: true},
		{Text: "扩产"}, {Text: strings.ToLower(accounts[3].Name[:3])}, {Text: "%"},
		{Manager: accounts[2].Manager, Tiers: []string{string(domain.QuadrantMaintain)}, Text: "0"}}
	for _, f := range filters {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			match := func(v service.DealView) bool {
				a := byID[v.Deal.AccountID]
				sc := domain.Score(a, set.Scoring)
				text := strings.ToLower(f.Text)
				return (f.AccountID == 0 || a.ID == f.AccountID) && (f.Manager == "" || a.Manager == f.Manager) &&
					(len(f.Tiers) == 0 || slices.Contains(f.Tiers, string(sc.Quadrant))) && (!f.KeyOnly || sc.KeyAccount) &&
					(text == "" || strings.Contains(strings.ToLower(v.Deal.Name), text) || strings.Contains(strings.ToLower(a.Name), text))
			}
			b, err := deals.Board(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			total := 0
			want := map[string][]service.DealView{}
			for _, v := range all {
				if !match(v) {
					continue
				}
				total++
				switch {
				case v.Deal.Status == domain.DealOpen:
					want[v.Deal.Stage] = append(want[v.Deal.Stage], v)
				case v.Deal.ClosedOn >= since:
					want["closed"] = append(want["closed"], v)
				}
			}
			if b.HasDeals != (total > 0) {
				t.Errorf("has deals %v, want %d deals", b.HasDeals, total)
			}
			for _, c := range append(b.Columns, b.Closed) {
				w := want[c.Stage]
				if c.Stage == "closed" {
					slices.SortFunc(w, func(x, y service.DealView) int {
						return strings.Compare(y.Deal.ClosedOn, x.Deal.ClosedOn)*2 + cmpID(y.Deal.ID, x.Deal.ID)
					})
				} else {
					slices.SortFunc(w, func(x, y service.DealView) int {
						return strings.Compare(x.Deal.CloseDate, y.Deal.CloseDate)*2 + cmpID(x.Deal.ID, y.Deal.ID)
					})
				}
				// Weighted as the funnel weighs: per group of one
				// probability and month of expected close.
				var amount, weighted int64
				type group struct {
					override, probability int
					month                 string
				}
				groups := map[group]int64{}
				for _, v := range w {
					amount += v.Deal.Amount
					if c.Stage != "closed" {
						groups[group{boolInt(v.Deal.Override), v.Deal.Probability, v.Deal.CloseDate[:7]}] += v.Deal.Amount
					}
				}
				for g, sum := range groups {
					weighted += domain.Weighted(sum, g.probability)
				}
				if c.Count != len(w) || c.Amount != amount || c.Weighted != weighted {
					t.Errorf("column %s: %d deals %d %d, want %d %d %d", c.Stage, c.Count, c.Amount, c.Weighted, len(w), amount, weighted)
				}
				got := slices.Clone(c.Cards)
				for len(got) < c.Count {
					more, err := deals.Column(ctx, f, c.Stage, len(got), 7)
					if err != nil {
						t.Fatal(err)
					}
					if len(more) == 0 {
						t.Fatalf("column %s: no more after %d of %d", c.Stage, len(got), c.Count)
					}
					got = append(got, more...)
				}
				if len(c.Cards) != min(len(w), service.BoardPage) || !slices.EqualFunc(got, w, func(x, y service.DealView) bool {
					return x.Deal.ID == y.Deal.ID && x.Deal.StageSince == y.Deal.StageSince && len(x.Flags) == len(y.Flags)
				}) {
					t.Errorf("column %s: cards %v, want %v", c.Stage, ids(got), ids(w))
				}
			}
		})
	}
	// The unfiltered board and the funnel count and weigh the same.
	b, err := deals.Board(ctx, service.DealBoardFilter{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := deals.Funnel(ctx, domain.FunnelFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range b.Columns {
		if s := f.Stages[i]; s.Count != c.Count || s.Amount != c.Amount || s.Weighted != c.Weighted {
			t.Errorf("column %s: %d %d %d, the funnel's stage %+v", c.Stage, c.Count, c.Amount, c.Weighted, s)
		}
	}
	// The funnel's stalled list names deals by id: they come back in that
	// order, trashed ones left out.
	pick := []int64{all[5].Deal.ID, all[1].Deal.ID, 999999, all[3].Deal.ID}
	stalled, err := deals.Stalled(ctx, pick)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, s := range stalled {
		got = append(got, s.ID)
		if s.Name == "" || s.AccountName == "" || s.Stage == "" {
			t.Errorf("stalled deal %+v: its line lacks what it shows", s)
		}
	}
	if !slices.Equal(got, []int64{pick[0], pick[1], pick[3]}) {
		t.Errorf("stalled %v, want %v", got, pick)
	}
	if total := len(all); total < 100 {
		t.Fatalf("only %d live deals: the test tested little", total)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func cmpID(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func ids(list []service.DealView) []int64 {
	out := make([]int64, len(list))
	for i, v := range list {
		out[i] = v.Deal.ID
	}
	return out
}
