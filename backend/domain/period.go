package domain

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Period kinds: the spans a target (目标管理计划) or an indicator is set for.
const (
	PeriodYear    = "year"
	PeriodHalf    = "half"
	PeriodQuarter = "quarter"
	PeriodMonth   = "month"
)

// Period is a span of calendar days named the way the targets table keys
// it: '2026', '2026-H1', '2026-Q3' or '2026-07'. From and To are inclusive
// YYYY-MM-DD dates, so "a date in the period" is a plain text comparison.
type Period struct {
	Key  string `json:"key"`
	Kind string `json:"kind"`
	Year int    `json:"year"`
	From string `json:"from"`
	To   string `json:"to"`
}

var periodPattern = regexp.MustCompile(`^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$`)

// ParsePeriod reads a period key. A bad key is a validation error on the
// field "period" (error.period), so the UI can say what it expects.
func ParsePeriod(key string) (Period, error) {
	m := periodPattern.FindStringSubmatch(key)
	if m == nil {
		return Period{}, periodError(key)
	}
	year, _ := strconv.Atoi(m[1])
	if year < 1900 {
		return Period{}, periodError(key)
	}
	first, months, kind := 1, 12, PeriodYear
	switch s := m[2]; {
	case s == "":
	case s[0] == 'H':
		kind, months, first = PeriodHalf, 6, 1+6*int(s[1]-'1')
	case s[0] == 'Q':
		kind, months, first = PeriodQuarter, 3, 1+3*int(s[1]-'1')
	default:
		kind, months = PeriodMonth, 1
		first, _ = strconv.Atoi(s)
	}
	start := time.Date(year, time.Month(first), 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, months, -1)
	return Period{Key: key, Kind: kind, Year: year, From: start.Format(time.DateOnly), To: end.Format(time.DateOnly)}, nil
}

func periodError(key string) error {
	var v Validation
	v.Add("period", "error.period", map[string]any{"period": key})
	return v.Err()
}

// Contains is true when the YYYY-MM-DD date falls in the period.
func (p Period) Contains(date string) bool { return date >= p.From && date <= p.To }

// Days is the number of calendar days in the period.
func (p Period) Days() int { return daysBetween(p.From, p.To) + 1 }

// Elapsed is how many of the period's days have passed by today
// (inclusive): 0 before it starts, Days() after it ends.
func (p Period) Elapsed(today string) int {
	switch {
	case today < p.From:
		return 0
	case today > p.To:
		return p.Days()
	}
	return daysBetween(p.From, today) + 1
}

// Previous is the same kind of period one step earlier (the base of a
// growth rate): the year before, the quarter before, the month before.
func (p Period) Previous() Period {
	start, _ := time.Parse(time.DateOnly, p.From)
	var key string
	switch p.Kind {
	case PeriodYear:
		key = strconv.Itoa(p.Year - 1)
	case PeriodHalf:
		key = PeriodKey(PeriodHalf, start.AddDate(0, -6, 0))
	case PeriodQuarter:
		key = PeriodKey(PeriodQuarter, start.AddDate(0, -3, 0))
	default:
		key = PeriodKey(PeriodMonth, start.AddDate(0, -1, 0))
	}
	prev, _ := ParsePeriod(key)
	return prev
}

// Quarters are the four quarter keys of a year.
func Quarters(year int) []string {
	return []string{fmt.Sprintf("%d-Q1", year), fmt.Sprintf("%d-Q2", year), fmt.Sprintf("%d-Q3", year), fmt.Sprintf("%d-Q4", year)}
}

// PeriodKey names the period of the given kind that holds the day t.
func PeriodKey(kind string, t time.Time) string {
	switch kind {
	case PeriodHalf:
		return fmt.Sprintf("%d-H%d", t.Year(), 1+(int(t.Month())-1)/6)
	case PeriodQuarter:
		return fmt.Sprintf("%d-Q%d", t.Year(), 1+(int(t.Month())-1)/3)
	case PeriodMonth:
		return fmt.Sprintf("%d-%02d", t.Year(), int(t.Month()))
	}
	return strconv.Itoa(t.Year())
}

func daysBetween(from, to string) int {
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(b.Sub(a).Hours() / 24)
}

// ISOWeek is a week as '2026-W07' (ISO 8601: weeks start on Monday; week 1
// holds the year's first Thursday), with its Monday and Sunday.
type ISOWeek struct {
	Key  string `json:"key"`
	From string `json:"from"`
	To   string `json:"to"`
}

var weekPattern = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)

// ParseWeek reads a week key; a bad one is error.week on the field "week".
func ParseWeek(key string) (ISOWeek, error) {
	m := weekPattern.FindStringSubmatch(key)
	bad := func() (ISOWeek, error) {
		var v Validation
		v.Add("week", "error.week", map[string]any{"week": key})
		return ISOWeek{}, v.Err()
	}
	if m == nil {
		return bad()
	}
	year, _ := strconv.Atoi(m[1])
	n, _ := strconv.Atoi(m[2])
	if year < 1900 || n < 1 {
		return bad()
	}
	// The Monday of week 1 is the Monday on or before 4 January.
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
	if y, w := monday.ISOWeek(); y != year || w != n {
		return bad() // week 53 of a year that has 52
	}
	return ISOWeek{Key: key, From: monday.Format(time.DateOnly), To: monday.AddDate(0, 0, 6).Format(time.DateOnly)}, nil
}

// WeekKey names the ISO week that holds the day t.
func WeekKey(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}
