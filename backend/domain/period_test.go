package domain_test

import (
	"testing"
	"time"

	"kams/backend/domain"
)

func TestParsePeriod(t *testing.T) {
	cases := []struct {
		key, kind, from, to, prev string
		days                      int
	}{
		{"2026", domain.PeriodYear, "2026-01-01", "2026-12-31", "2025", 365},
		{"2024", domain.PeriodYear, "2024-01-01", "2024-12-31", "2023", 366},
		{"2026-H1", domain.PeriodHalf, "2026-01-01", "2026-06-30", "2025-H2", 181},
		{"2026-H2", domain.PeriodHalf, "2026-07-01", "2026-12-31", "2026-H1", 184},
		{"2026-Q1", domain.PeriodQuarter, "2026-01-01", "2026-03-31", "2025-Q4", 90},
		{"2026-Q4", domain.PeriodQuarter, "2026-10-01", "2026-12-31", "2026-Q3", 92},
		{"2024-02", domain.PeriodMonth, "2024-02-01", "2024-02-29", "2024-01", 29},
		{"2026-01", domain.PeriodMonth, "2026-01-01", "2026-01-31", "2025-12", 31},
		{"2026-12", domain.PeriodMonth, "2026-12-01", "2026-12-31", "2026-11", 31},
	}
	for _, c := range cases {
		p, err := domain.ParsePeriod(c.key)
		if err != nil {
			t.Fatalf("%s: %v", c.key, err)
		}
		if p.Kind != c.kind || p.From != c.from || p.To != c.to || p.Days() != c.days || p.Previous().Key != c.prev {
			t.Errorf("%s = %+v (days %d, previous %s), want %s %s..%s (%d), previous %s",
				c.key, p, p.Days(), p.Previous().Key, c.kind, c.from, c.to, c.days, c.prev)
		}
		if !p.Contains(c.from) || !p.Contains(c.to) {
			t.Errorf("%s does not contain its own first or last day", c.key)
		}
	}
	for _, bad := range []string{"", "26", "2026-", "2026-Q0", "2026-Q5", "2026-H3", "2026-00", "2026-13", "2026-1", "2026-W07", "1899", " 2026", "2026-q1"} {
		_, err := domain.ParsePeriod(bad)
		wantOneFieldError(t, err, "period", "error.period", map[string]any{"period": bad})
	}
}

func TestPeriodElapsedAndKeys(t *testing.T) {
	q, _ := domain.ParsePeriod("2026-Q2")
	for today, want := range map[string]int{"2026-03-31": 0, "2026-04-01": 1, "2026-05-01": 31, "2026-06-30": 91, "2027-01-01": 91} {
		if got := q.Elapsed(today); got != want {
			t.Errorf("Elapsed(%s) = %d, want %d", today, got, want)
		}
	}
	day := time.Date(2026, 8, 15, 23, 0, 0, 0, time.UTC)
	for kind, want := range map[string]string{domain.PeriodYear: "2026", domain.PeriodHalf: "2026-H2", domain.PeriodQuarter: "2026-Q3", domain.PeriodMonth: "2026-08"} {
		if got := domain.PeriodKey(kind, day); got != want {
			t.Errorf("PeriodKey(%s) = %s, want %s", kind, got, want)
		}
	}
}

func TestISOWeeks(t *testing.T) {
	cases := []struct{ key, from, to string }{
		{"2026-W01", "2025-12-29", "2026-01-04"},
		{"2026-W48", "2026-11-23", "2026-11-29"},
		{"2026-W53", "2026-12-28", "2027-01-03"}, // 2026 has 53 weeks (1 January is a Thursday)
		{"2021-W01", "2021-01-04", "2021-01-10"},
	}
	for _, c := range cases {
		w, err := domain.ParseWeek(c.key)
		if err != nil || w.From != c.from || w.To != c.to {
			t.Errorf("ParseWeek(%s) = %+v, %v; want %s..%s", c.key, w, err, c.from, c.to)
		}
		monday, _ := time.Parse(time.DateOnly, c.from)
		if got := domain.WeekKey(monday.AddDate(0, 0, 6)); got != c.key {
			t.Errorf("WeekKey(Sunday of %s) = %s", c.key, got)
		}
	}
	for _, bad := range []string{"", "2026", "2026-W00", "2025-W53", "2026-W54", "2026W07", "2026-W7"} {
		_, err := domain.ParseWeek(bad)
		wantOneFieldError(t, err, "week", "error.week", map[string]any{"week": bad})
	}
}

func TestAchievement(t *testing.T) {
	cases := []struct {
		actual, target int64
		want           float64
	}{
		{0, 100, 0}, {50, 100, 0.5}, {100, 100, 1}, {250, 100, 2.5},
		{0, 0, -1}, {500, 0, -1}, // no target: no percentage, not 0 % nor infinite
	}
	for _, c := range cases {
		if got := domain.Achievement(c.actual, c.target); got != c.want {
			t.Errorf("Achievement(%d, %d) = %v, want %v", c.actual, c.target, got, c.want)
		}
	}
}

func TestWeighAttention(t *testing.T) {
	at := func(tier domain.Quadrant, n int) domain.Attention {
		return domain.Attention{Tier: tier, Interactions: n}
	}
	cases := []struct {
		name string
		list []domain.Attention
		warn bool
		over []bool
	}{
		{"strategic ahead", []domain.Attention{at("strategic", 3), at("strategic", 2), at("maintain", 2)}, false, []bool{false, false, false}},
		{"one strategic neglected", []domain.Attention{at("strategic", 3), at("strategic", 0), at("opportunistic", 1), at("develop", 0)}, true, []bool{false, false, true, false}},
		{"no strategic account", []domain.Attention{at("maintain", 5)}, false, []bool{false}},
		{"nothing this week", []domain.Attention{at("strategic", 0), at("maintain", 0)}, false, []bool{false, false}},
	}
	for _, c := range cases {
		if got := domain.WeighAttention(c.list); got != c.warn {
			t.Errorf("%s: warning = %v, want %v", c.name, got, c.warn)
		}
		for i, a := range c.list {
			if a.OverStrategic != c.over[i] {
				t.Errorf("%s: account %d marked %v, want %v", c.name, i, a.OverStrategic, c.over[i])
			}
		}
	}
}
