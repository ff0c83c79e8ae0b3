package domain

import (
	"math"
	"testing"
)

func TestComputeROI(t *testing.T) {
	for _, tc := range []struct {
		name          string
		revenue, cost int64
		ratio         float64
		ok            bool
	}{
		{"paid back three times", 400_00, 100_00, 3, true},
		{"broke even", 100_00, 100_00, 0, true},
		{"nothing won", 0, 250_00, -1, true},
		{"lost money", 50_00, 200_00, -0.75, true},
		{"free activity that won", 900_00, 0, 0, false},
		{"free activity, nothing won", 0, 0, 0, false},
		{"big numbers stay exact enough", MaxMoney, 1, float64(MaxMoney - 1), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ComputeROI(tc.revenue, tc.cost)
			if got.OK != tc.ok || math.Abs(got.Ratio-tc.ratio) > 1e-9 || got.Revenue != tc.revenue || got.Cost != tc.cost {
				t.Fatalf("ComputeROI(%d, %d) = %+v, want ratio %v ok %v", tc.revenue, tc.cost, got, tc.ratio, tc.ok)
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	won := func(id, amount int64) AttributedDeal {
		return AttributedDeal{ID: id, Status: "won", Amount: amount, Live: true}
	}
	for _, tc := range []struct {
		name       string
		linked     [][]AttributedDeal // per activity
		perFirst   int64              // AttributedRevenue of the first activity
		periodOnce int64              // PeriodRevenue of all
	}{
		{"no deals", [][]AttributedDeal{{}}, 0, 0},
		{"won deals count in full", [][]AttributedDeal{{won(1, 100), won(2, 50)}}, 150, 150},
		{"open, lost and abandoned count nothing", [][]AttributedDeal{{won(1, 100), {ID: 2, Status: "open", Amount: 70, Live: true},
			{ID: 3, Status: "lost", Amount: 80, Live: true}, {ID: 4, Status: "abandoned", Amount: 90, Live: true}}}, 100, 100},
		{"a won deal in the trash counts nothing", [][]AttributedDeal{{won(1, 100), {ID: 2, Status: "won", Amount: 500}}}, 100, 100},
		{"a deal linked to two activities: full for each, once in the period",
			[][]AttributedDeal{{won(1, 100), won(2, 30)}, {won(1, 100)}}, 130, 130},
		{"two activities, different deals add up", [][]AttributedDeal{{won(1, 100)}, {won(2, 40)}}, 100, 140},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := AttributedRevenue(tc.linked[0]); got != tc.perFirst {
				t.Errorf("AttributedRevenue = %d, want %d", got, tc.perFirst)
			}
			if got := PeriodRevenue(tc.linked); got != tc.periodOnce {
				t.Errorf("PeriodRevenue = %d, want %d", got, tc.periodOnce)
			}
		})
	}
}

func TestActivityValidate(t *testing.T) {
	set := DefaultMarketing()
	set.Types = []ActivityType{{ID: "u1", Name: Text{Zh: "线上研讨会", En: "Webinar"}}}
	ok := func() Activity {
		return Activity{Type: "seminar", Title: "智能制造技术交流会", Start: "2026-07-01", End: "2026-07-02",
			Status: ActivityPlanned, Accounts: []int64{1}, Costs: []Cost{{Category: "venue", Budget: 100, Actual: 90}}}
	}
	for _, tc := range []struct {
		name   string
		change func(*Activity)
		field  string
		key    string
	}{
		{"fine", func(*Activity) {}, "", ""},
		{"own type", func(a *Activity) { a.Type = "u1" }, "", ""},
		{"unknown type", func(a *Activity) { a.Type = "u9" }, "type", "error.choice"},
		{"no title", func(a *Activity) { a.Title = " " }, "title", "error.required"},
		{"no accounts", func(a *Activity) { a.Accounts = nil }, "accounts", "error.required"},
		{"ends before it starts", func(a *Activity) { a.End = "2026-06-30" }, "end", "marketing.error.endBeforeStart"},
		{"too long", func(a *Activity) { a.End = "2026-09-30" }, "end", "marketing.error.tooLong"},
		{"held before it starts", func(a *Activity) { a.Status = ActivityDone }, "status", "marketing.error.notYet"},
		{"unknown status", func(a *Activity) { a.Status = "cancelled" }, "status", "error.choice"},
		{"bad date", func(a *Activity) { a.Start = "2026-02-30" }, "start", "error.date"},
		{"unknown cost line", func(a *Activity) { a.Costs = []Cost{{Category: "bribes", Actual: 1}} }, "costs.bribes", "error.choice"},
		{"negative cost", func(a *Activity) { a.Costs = []Cost{{Category: "venue", Actual: -1}} }, "costs.venue.actual", "error.amount"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ok()
			tc.change(&a)
			err := a.Validate(set, "2026-06-15")
			if tc.field == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			e, _ := err.(*Error)
			if e == nil {
				t.Fatalf("Validate: nil, want %s on %s", tc.key, tc.field)
			}
			for _, f := range e.Fields {
				if f.Field == tc.field && f.Key == tc.key {
					return
				}
			}
			t.Fatalf("Validate: %v, want %s on %s", err, tc.key, tc.field)
		})
	}
}
