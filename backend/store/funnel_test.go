package store

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kams/backend/domain"
)

// funnelBook is the funnel tests' database: two accounts and ten deals
// whose stage histories are written through CreateDeal and UpdateDeal on
// the days given, so every figure below can be worked out by hand.
//
//	deal  acct  amount  close       prob  history (stage entered on; last: closed on)
//	D1    甲    10000   2026-03-15  10    lead 01-05
//	D2    甲    20000   2026-03-20  25    lead 01-05, qualify 01-15
//	D3    甲    30000   2026-04-10  60*   lead 01-01, qualify 01-11, solution 01-31
//	D4    乙    40000   2026-05-05  75    qualify 01-10, solution 01-20, bid 02-09
//	D5    乙      335   2026-02-28  90    bid 01-20, commit 02-01
//	D6    甲     5000   2026-05-01   5*   lead 01-02, qualify 01-12, solution 01-22, back to qualify 02-01
//	W1    甲    50000   2026-02-15        lead 01-01, qualify 01-06, solution 01-16, bid 01-20, commit 01-25, won 01-30
//	W2    乙     7000   2026-03-31        bid 01-03, won 03-05 (61 days)
//	L1    甲     9000   2026-03-01        qualify 01-04, solution 01-14, lost 02-13
//	L2    乙     1000   2026-02-01        lead 01-08, abandoned 01-18
//
// (* = overridden probability.) The deals are created on the test clock's
// 2026-01-02. Interactions tied to deals: D2 on 01-20, D4 on 02-10, D5 on
// 02-01, D3 on 02-15 (then trashed), W1 on 01-25; one on 甲 on 03-01 tied to
// no deal.
type funnelBook struct {
	s    *Store
	a, b int64
	id   map[string]int64
}

func newFunnelBook(t *testing.T) *funnelBook {
	t.Helper()
	s := newStore(t)
	f := &funnelBook{s: s, a: create(t, s, account("甲方")), b: create(t, s, account("乙方")), id: map[string]int64{}}
	f.deal(t, "D1", f.a, 10000, "2026-03-15", 0, "lead 2026-01-05")
	f.deal(t, "D2", f.a, 20000, "2026-03-20", 0, "lead 2026-01-05 qualify 2026-01-15")
	f.deal(t, "D3", f.a, 30000, "2026-04-10", 60, "lead 2026-01-01 qualify 2026-01-11 solution 2026-01-31")
	f.deal(t, "D4", f.b, 40000, "2026-05-05", 0, "qualify 2026-01-10 solution 2026-01-20 bid 2026-02-09")
	f.deal(t, "D5", f.b, 335, "2026-02-28", 0, "bid 2026-01-20 commit 2026-02-01")
	f.deal(t, "D6", f.a, 5000, "2026-05-01", 5, "lead 2026-01-02 qualify 2026-01-12 solution 2026-01-22 qualify 2026-02-01")
	f.deal(t, "W1", f.a, 50000, "2026-02-15", 0, "lead 2026-01-01 qualify 2026-01-06 solution 2026-01-16 bid 2026-01-20 commit 2026-01-25 won 2026-01-30")
	f.deal(t, "W2", f.b, 7000, "2026-03-31", 0, "bid 2026-01-03 won 2026-03-05")
	f.deal(t, "L1", f.a, 9000, "2026-03-01", 0, "qualify 2026-01-04 solution 2026-01-14 lost 2026-02-13")
	f.deal(t, "L2", f.b, 1000, "2026-02-01", 0, "lead 2026-01-08 abandoned 2026-01-18")
	f.touch(t, f.a, "D2", "2026-01-20")
	f.touch(t, f.b, "D4", "2026-02-10")
	f.touch(t, f.b, "D5", "2026-02-01")
	f.id["D3 touch"] = f.touch(t, f.a, "D3", "2026-02-15")
	if err := f.s.TrashInteraction(context.Background(), f.id["D3 touch"]); err != nil {
		t.Fatal(err)
	}
	f.touch(t, f.a, "W1", "2026-01-25")
	f.touch(t, f.a, "", "2026-03-01")
	return f
}

// deal creates a deal in the first stage of history ("stage day …") and
// moves it through the rest; a status as the stage closes it that day.
func (f *funnelBook) deal(t *testing.T, name string, account, amount int64, closeDate string, override int, history string) {
	t.Helper()
	ctx := context.Background()
	steps := strings.Fields(history)
	o := domain.Opportunity{AccountID: account, Name: name, Amount: amount, CloseDate: closeDate, Stage: steps[0],
		Status: domain.DealOpen, Override: override > 0, Probability: override}
	id, err := f.s.CreateDeal(ctx, o, steps[1])
	if err != nil {
		t.Fatalf("CreateDeal(%s): %v", name, err)
	}
	f.id[name] = id
	for i := 2; i+1 < len(steps); i += 2 {
		o, err := f.s.Deal(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		switch steps[i] {
		case domain.DealWon, domain.DealLost, domain.DealAbandoned:
			o.Status = steps[i]
			if o.Status != domain.DealWon {
				o.LossReason = "价格"
			}
		default:
			o.Stage = steps[i]
		}
		if err := f.s.UpdateDeal(ctx, o, steps[i+1]); err != nil {
			t.Fatalf("UpdateDeal(%s, %s): %v", name, steps[i], err)
		}
	}
}

// touch logs an interaction on the account, tied to the named deal ("" for none).
func (f *funnelBook) touch(t *testing.T, account int64, deal, date string) int64 {
	t.Helper()
	id, err := f.s.CreateInteraction(context.Background(), domain.Interaction{AccountID: account, OpportunityID: f.id[deal],
		Date: date, Kind: "call", Summary: "跟进 " + deal})
	if err != nil {
		t.Fatalf("CreateInteraction(%s): %v", deal, err)
	}
	return id
}

func (f *funnelBook) ids(names ...string) []int64 {
	out := []int64{}
	for _, n := range names {
		out = append(out, f.id[n])
	}
	return out
}

// stageRows builds the funnel's stage rows in the default stages' order:
// each is {count, amount, weighted, conversion, avgDays}.
func stageRows(rows ...[5]float64) []domain.StageFigure {
	out := []domain.StageFigure{}
	for i, st := range domain.DefaultStages() {
		r := [5]float64{0, 0, 0, -1, -1}
		if i < len(rows) {
			r = rows[i]
		}
		out = append(out, domain.StageFigure{Stage: st.ID, Count: int(r[0]), Amount: int64(r[1]), Weighted: int64(r[2]),
			Conversion: r[3], AvgDays: r[4]})
	}
	return out
}

func emptyFunnel() domain.Funnel {
	return domain.Funnel{Stages: stageRows(), WinRate: -1, Months: []domain.PeriodFigure{}, Quarters: []domain.PeriodFigure{}, Stalled: []int64{}}
}

// wholeBook is the funnel of all ten deals, stalled since 2026-02-01.
func wholeBook(f *funnelBook) domain.Funnel {
	return domain.Funnel{
		Stages: stageRows(
			// lead: D1. Ever in lead: D1 D2 D3 D6 W1 L2, of whom D2 D3 D6 W1 reached qualify.
			// Finished stays: D2 10, D3 10, D6 10, W1 5, L2 10 days.
			[5]float64{1, 10000, 1000, 4.0 / 6, 45.0 / 5},
			// qualify: D2 (25%) and D6 (5% override: 250). Ever: D2 D3 D4 D6 W1 L1; on to
			// solution: D3 D4 D6 W1 L1. Finished: D3 20, D4 10, D6 10 (its first stay), W1 10, L1 10.
			[5]float64{2, 25000, 5000 + 250, 5.0 / 6, 60.0 / 5},
			// solution: D3 at 60% override. Ever: D3 D4 D6 W1 L1; on to bid: D4 W1.
			// Finished: D4 20, D6 10, W1 4, L1 30.
			[5]float64{1, 30000, 18000, 2.0 / 5, 64.0 / 4},
			// bid: D4. Ever: D4 D5 W1 W2; on to commit: D5 W1. Finished: D5 12, W1 5, W2 61.
			[5]float64{1, 40000, 30000, 2.0 / 4, 78.0 / 3},
			// commit: D5, 335 × 90% = 301.5 rounds to 302. Ever: D5 W1; won: W1. Finished: W1 5.
			[5]float64{1, 335, 302, 1.0 / 2, 5},
		),
		Open: 6, OpenAmount: 105335, Weighted: 1000 + 5250 + 18000 + 30000 + 302,
		Won: 2, WonAmount: 57000, Lost: 2, WinRate: 0.5,
		Months: []domain.PeriodFigure{
			{Period: "2026-01", Won: 50000}, // W1 closed on 01-30 though expected on 02-15
			{Period: "2026-02", Count: 1, Amount: 335, Weighted: 302},
			{Period: "2026-03", Count: 2, Amount: 30000, Weighted: 1000 + 5000, Won: 7000},
			{Period: "2026-04", Count: 1, Amount: 30000, Weighted: 18000},
			{Period: "2026-05", Count: 2, Amount: 45000, Weighted: 30000 + 250},
		},
		Quarters: []domain.PeriodFigure{
			{Period: "2026-Q1", Count: 3, Amount: 30335, Weighted: 6302, Won: 57000},
			{Period: "2026-Q2", Count: 3, Amount: 75000, Weighted: 48250},
		},
		// D1 D6 never touched; D2's touch is before the date; D3's is trashed;
		// D4 touched after it, D5 on it.
		Stalled: f.ids("D1", "D2", "D3", "D6"),
	}
}

// accountA is the funnel of 甲's deals: D1 D2 D3 D6 W1 L1.
func accountA(f *funnelBook) domain.Funnel {
	return domain.Funnel{
		Stages: stageRows(
			[5]float64{1, 10000, 1000, 4.0 / 5, 35.0 / 4},  // ever D1 D2 D3 D6 W1; finished D2 D3 D6 10, W1 5
			[5]float64{2, 25000, 5250, 4.0 / 5, 50.0 / 4},  // ever D2 D3 D6 W1 L1; finished D3 20, D6 W1 L1 10
			[5]float64{1, 30000, 18000, 1.0 / 4, 44.0 / 3}, // ever D3 D6 W1 L1; finished D6 10, W1 4, L1 30
			[5]float64{0, 0, 0, 1, 5},                      // W1 only
			[5]float64{0, 0, 0, 1, 5},
		),
		Open: 4, OpenAmount: 65000, Weighted: 24250, Won: 1, WonAmount: 50000, Lost: 1, WinRate: 0.5,
		Months: []domain.PeriodFigure{
			{Period: "2026-01", Won: 50000},
			{Period: "2026-03", Count: 2, Amount: 30000, Weighted: 6000},
			{Period: "2026-04", Count: 1, Amount: 30000, Weighted: 18000},
			{Period: "2026-05", Count: 1, Amount: 5000, Weighted: 250},
		},
		Quarters: []domain.PeriodFigure{
			{Period: "2026-Q1", Count: 2, Amount: 30000, Weighted: 6000, Won: 50000},
			{Period: "2026-Q2", Count: 2, Amount: 35000, Weighted: 18250},
		},
		Stalled: f.ids("D1", "D2", "D3", "D6"),
	}
}

func TestFunnel(t *testing.T) {
	tests := []struct {
		name  string
		prep  func(t *testing.T, f *funnelBook) // before the funnel is computed
		scope func(f *funnelBook) FunnelScope
		since string
		edit  func(f *funnelBook, s []domain.Stage) // the stages passed in
		want  func(f *funnelBook) domain.Funnel
	}{
		{name: "whole book", want: wholeBook},
		{
			name:  "a deal counts as touched from its creation",
			since: "2026-01-01", // every deal was created on 2026-01-02
			want: func(f *funnelBook) domain.Funnel {
				w := wholeBook(f)
				w.Stalled = []int64{}
				return w
			},
		},
		{
			name: "an interaction tied to the deal un-stalls it",
			prep: func(t *testing.T, f *funnelBook) {
				f.touch(t, f.a, "D1", "2026-02-20")
				if err := f.s.RestoreInteraction(context.Background(), f.id["D3 touch"]); err != nil {
					t.Fatal(err)
				}
			},
			want: func(f *funnelBook) domain.Funnel {
				w := wholeBook(f)
				w.Stalled = f.ids("D2", "D6") // D1 touched, D3's touch back from the trash
				return w
			},
		},
		{
			name: "stage defaults come from the stages given; overrides stay",
			edit: func(_ *funnelBook, s []domain.Stage) { s[1].Probability = 30; s[2].Probability = 10 },
			want: func(f *funnelBook) domain.Funnel {
				w := wholeBook(f)
				// D2 at 30% = 6000; D6 and D3 keep their overrides.
				w.Stages[1].Weighted = 6000 + 250
				w.Weighted += 1000
				w.Months[2].Weighted += 1000
				w.Quarters[0].Weighted += 1000
				return w
			},
		},
		{
			name:  "scope: one account",
			scope: func(f *funnelBook) FunnelScope { return FunnelScope{Accounts: []int64{f.a}} },
			want:  accountA,
		},
		{
			name:  "scope: no account",
			scope: func(f *funnelBook) FunnelScope { return FunnelScope{Accounts: []int64{}} },
			want:  func(*funnelBook) domain.Funnel { return emptyFunnel() },
		},
		{
			// Open deals by expected close, closed ones by the day they
			// closed: D1 D2 D3 and W2 (L1, expected 03-01, closed 02-13).
			name:  "scope: a period, bounds included",
			scope: func(*funnelBook) FunnelScope { return FunnelScope{From: "2026-03-01", To: "2026-04-30"} },
			want: func(f *funnelBook) domain.Funnel {
				return domain.Funnel{
					Stages: stageRows(
						[5]float64{1, 10000, 1000, 2.0 / 3, 10}, // ever D1 D2 D3; finished D2 D3 10
						[5]float64{1, 20000, 5000, 1.0 / 2, 20}, // ever D2 D3; finished D3 20
						[5]float64{1, 30000, 18000, 0, -1},      // D3 still there
						[5]float64{0, 0, 0, 0, 61},              // W2 won from bid
					),
					Open: 3, OpenAmount: 60000, Weighted: 24000, Won: 1, WonAmount: 7000, WinRate: 1,
					Months: []domain.PeriodFigure{
						{Period: "2026-03", Count: 2, Amount: 30000, Weighted: 6000, Won: 7000},
						{Period: "2026-04", Count: 1, Amount: 30000, Weighted: 18000},
					},
					Quarters: []domain.PeriodFigure{
						{Period: "2026-Q1", Count: 2, Amount: 30000, Weighted: 6000, Won: 7000},
						{Period: "2026-Q2", Count: 1, Amount: 30000, Weighted: 18000},
					},
					Stalled: f.ids("D1", "D2", "D3"),
				}
			},
		},
		{
			// D5 (02-28), W1 (01-30), L1 (02-13), L2 (01-18).
			name:  "scope: a period open at the start",
			scope: func(*funnelBook) FunnelScope { return FunnelScope{To: "2026-02-28"} },
			want: func(f *funnelBook) domain.Funnel {
				return domain.Funnel{
					Stages: stageRows(
						[5]float64{0, 0, 0, 1.0 / 2, 15.0 / 2},    // ever W1 L2; finished W1 5, L2 10
						[5]float64{0, 0, 0, 2.0 / 2, 20.0 / 2},    // ever W1 L1; finished 10 each
						[5]float64{0, 0, 0, 1.0 / 2, 34.0 / 2},    // ever W1 L1; finished W1 4, L1 30
						[5]float64{0, 0, 0, 2.0 / 2, 17.0 / 2},    // ever D5 W1; finished D5 12, W1 5
						[5]float64{1, 335, 302, 1.0 / 2, 5.0 / 1}, // ever D5 W1; W1 won
					),
					Open: 1, OpenAmount: 335, Weighted: 302, Won: 1, WonAmount: 50000, Lost: 2, WinRate: 1.0 / 3,
					Months: []domain.PeriodFigure{
						{Period: "2026-01", Won: 50000},
						{Period: "2026-02", Count: 1, Amount: 335, Weighted: 302},
					},
					Quarters: []domain.PeriodFigure{{Period: "2026-Q1", Count: 1, Amount: 335, Weighted: 302, Won: 50000}},
					Stalled:  []int64{},
				}
			},
		},
		{
			name: "a trashed deal is left out",
			prep: func(t *testing.T, f *funnelBook) {
				if err := f.s.TrashDeal(context.Background(), f.id["D4"]); err != nil {
					t.Fatal(err)
				}
			},
			want: func(f *funnelBook) domain.Funnel {
				w := wholeBook(f)
				w.Stages[1].Conversion, w.Stages[1].AvgDays = 4.0/5, 50.0/4 // without D4's qualify stay
				w.Stages[2].Conversion, w.Stages[2].AvgDays = 1.0/4, 44.0/3 // nor its solution stay
				w.Stages[3] = domain.StageFigure{Stage: "bid", Conversion: 2.0 / 3, AvgDays: 78.0 / 3}
				w.Open, w.OpenAmount, w.Weighted = 5, 65335, 24552
				w.Months[4] = domain.PeriodFigure{Period: "2026-05", Count: 1, Amount: 5000, Weighted: 250}
				w.Quarters[1] = domain.PeriodFigure{Period: "2026-Q2", Count: 2, Amount: 35000, Weighted: 18250}
				return w
			},
		},
		{
			name: "a restored deal is back",
			prep: func(t *testing.T, f *funnelBook) {
				ctx := context.Background()
				if err := f.s.TrashDeal(ctx, f.id["D4"]); err != nil {
					t.Fatal(err)
				}
				if err := f.s.RestoreDeal(ctx, f.id["D4"]); err != nil {
					t.Fatal(err)
				}
			},
			want: wholeBook,
		},
		{
			name: "a trashed account's deals are left out",
			prep: func(t *testing.T, f *funnelBook) {
				if err := f.s.TrashAccount(context.Background(), f.b); err != nil {
					t.Fatal(err)
				}
			},
			want: accountA,
		},
		{
			name: "a trashed account's deals are left out even when asked for",
			prep: func(t *testing.T, f *funnelBook) {
				if err := f.s.TrashAccount(context.Background(), f.b); err != nil {
					t.Fatal(err)
				}
			},
			scope: func(f *funnelBook) FunnelScope { return FunnelScope{Accounts: []int64{f.b}} },
			want:  func(*funnelBook) domain.Funnel { return emptyFunnel() },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFunnelBook(t)
			if tt.prep != nil {
				tt.prep(t, f)
			}
			var scope FunnelScope
			if tt.scope != nil {
				scope = tt.scope(f)
			}
			since := tt.since
			if since == "" {
				since = "2026-02-01"
			}
			stages := domain.DefaultStages()
			if tt.edit != nil {
				tt.edit(f, stages)
			}
			got, err := f.s.Funnel(context.Background(), stages, scope, since)
			if err != nil {
				t.Fatal(err)
			}
			assertFunnel(t, got, tt.want(f))
		})
	}
}

// assertFunnel compares field by field, so that a failure says where.
func assertFunnel(t *testing.T, got, want domain.Funnel) {
	t.Helper()
	if len(got.Stages) != len(want.Stages) {
		t.Fatalf("%d stages, want %d", len(got.Stages), len(want.Stages))
	}
	for i := range want.Stages {
		if got.Stages[i] != want.Stages[i] {
			t.Errorf("stage %s = %+v\n                want %+v", want.Stages[i].Stage, got.Stages[i], want.Stages[i])
		}
	}
	type totals struct {
		Open       int
		OpenAmount int64
		Weighted   int64
		Won        int
		WonAmount  int64
		Lost       int
		WinRate    float64
	}
	g := totals{got.Open, got.OpenAmount, got.Weighted, got.Won, got.WonAmount, got.Lost, got.WinRate}
	w := totals{want.Open, want.OpenAmount, want.Weighted, want.Won, want.WonAmount, want.Lost, want.WinRate}
	if g != w {
		t.Errorf("totals = %+v\n         want %+v", g, w)
	}
	if !reflect.DeepEqual(got.Months, want.Months) {
		t.Errorf("months = %+v\n   want %+v", got.Months, want.Months)
	}
	if !reflect.DeepEqual(got.Quarters, want.Quarters) {
		t.Errorf("quarters = %+v\n     want %+v", got.Quarters, want.Quarters)
	}
	// Stalled deals come longest untouched first; compare them as a set.
	stalled := append([]int64{}, slices.Sorted(slices.Values(got.Stalled))...)
	if !reflect.DeepEqual(stalled, want.Stalled) {
		t.Errorf("stalled = %v, want %v", got.Stalled, want.Stalled)
	}
	if got.StalledCount != len(want.Stalled) {
		t.Errorf("stalled count = %d, want %d", got.StalledCount, len(want.Stalled))
	}
}

func stay(deal int64, stage, entered, left string, days int) domain.StageVisit {
	return domain.StageVisit{DealID: deal, Stage: stage, Entered: entered, Left: left, Days: days}
}

// TestFunnelStageHistory checks the stays the funnel averages, as the
// store writes them: a move closes the stay with its days, a move back
// opens a new one, closing ends the last, reopening starts another.
func TestFunnelStageHistory(t *testing.T) {
	f := newFunnelBook(t)
	ctx := context.Background()
	visits := func(name string) []domain.StageVisit {
		out, err := f.s.StageVisits(ctx, f.id[name])
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	d6 := f.id["D6"]
	want := []domain.StageVisit{
		stay(d6, "lead", "2026-01-02", "2026-01-12", 10),
		stay(d6, "qualify", "2026-01-12", "2026-01-22", 10),
		stay(d6, "solution", "2026-01-22", "2026-02-01", 10),
		stay(d6, "qualify", "2026-02-01", "", 0),
	}
	if got := visits("D6"); !reflect.DeepEqual(got, want) {
		t.Errorf("D6 stays = %+v\nwant %+v", got, want)
	}
	w2 := f.id["W2"]
	if got, want := visits("W2"), []domain.StageVisit{stay(w2, "bid", "2026-01-03", "2026-03-05", 61)}; !reflect.DeepEqual(got, want) {
		t.Errorf("W2 stays = %+v, want %+v", got, want)
	}

	// Reopened on 03-10: a new stay in its stage; won again on 03-20.
	o, err := f.s.Deal(ctx, w2)
	if err != nil {
		t.Fatal(err)
	}
	o.Status = domain.DealOpen
	if err := f.s.UpdateDeal(ctx, o, "2026-03-10"); err != nil {
		t.Fatal(err)
	}
	if o, err = f.s.Deal(ctx, w2); err != nil || o.ClosedOn != "" || o.StageSince != "2026-03-10" {
		t.Errorf("reopened: closedOn %q, stageSince %q, %v", o.ClosedOn, o.StageSince, err)
	}
	o.Status = domain.DealWon
	if err := f.s.UpdateDeal(ctx, o, "2026-03-20"); err != nil {
		t.Fatal(err)
	}
	want = []domain.StageVisit{stay(w2, "bid", "2026-01-03", "2026-03-05", 61), stay(w2, "bid", "2026-03-10", "2026-03-20", 10)}
	if got := visits("W2"); !reflect.DeepEqual(got, want) {
		t.Errorf("W2 stays = %+v, want %+v", got, want)
	}
	got, err := f.s.Funnel(ctx, domain.DefaultStages(), FunnelScope{}, "2026-02-01")
	if err != nil {
		t.Fatal(err)
	}
	// bid's finished stays: D5 12, W1 5, W2 61 and 10; W2 now won in March 20.
	if b := got.Stages[3]; b.AvgDays != 88.0/4 || b.Conversion != 2.0/4 {
		t.Errorf("bid = %+v, want avg 22 days and conversion 0.5", b)
	}
	if m := got.Months[2]; m.Period != "2026-03" || m.Won != 7000 {
		t.Errorf("March = %+v, want 7000 won", m)
	}
}
