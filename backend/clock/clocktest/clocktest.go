// Package clocktest is the shared test clock: a clock that stands still
// until a test moves it, started on one fixed day in the local time zone.
//
// KAMS_TEST_START starts it on another day, so the whole suite can be run
// as if on that day and in that time zone (TZ), e.g.
//
//	KAMS_TEST_START=2027-02-28 TZ=Asia/Shanghai go test ./backend/...
//	KAMS_TEST_START='2026-12-31 23:30' TZ=America/Los_Angeles go test ./backend/...
//
// A test that asserts something about "today" takes it from the clock, never
// from the wall; a test that needs a particular day sets it with Set.
package clocktest

import (
	"fmt"
	"os"
	"sync"
	"time"

	"kams/backend/clock"
)

// Env is the variable that starts the shared clock on another day.
const Env = "KAMS_TEST_START"

// DefaultStart is the day the shared clock starts on unless Env says
// otherwise: 2026-06-15 10:00 local time, a Monday in the middle of a year.
var DefaultStart = [5]int{2026, 6, 15, 10, 0}

// Start is the moment the shared clock starts at, in the local time zone:
// Env's value ("YYYY-MM-DD" or "YYYY-MM-DD HH:MM") or DefaultStart. A value
// that does not parse panics, so a mistyped run never passes by accident.
func Start() time.Time {
	v := os.Getenv(Env)
	if v == "" {
		d := DefaultStart
		return time.Date(d[0], time.Month(d[1]), d[2], d[3], d[4], 0, 0, time.Local)
	}
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02T15:04", time.DateOnly} {
		if t, err := time.ParseInLocation(layout, v, time.Local); err == nil {
			if layout == time.DateOnly {
				t = t.Add(10 * time.Hour)
			}
			return t
		}
	}
	panic(fmt.Sprintf("clocktest: %s=%q is not YYYY-MM-DD or YYYY-MM-DD HH:MM", Env, v))
}

// Clock is a clock a test sets. It is safe for use by many goroutines.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// New is a clock standing at Start().
func New() *Clock { return At(Start()) }

// At is a clock standing at t.
func At(t time.Time) *Clock { return &Clock{now: t} }

// Now is the time the clock stands at.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Clock is the clock to hand to the code under test.
func (c *Clock) Clock() clock.Clock { return c.Now }

// Set moves the clock to t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	c.now = t
	c.mu.Unlock()
}

// Add moves the clock on by d.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// AddDays moves the clock on by n calendar days (back when n < 0), keeping
// the time of day.
func (c *Clock) AddDays(n int) {
	c.mu.Lock()
	c.now = c.now.AddDate(0, 0, n)
	c.mu.Unlock()
}

// Today is the day the clock stands on, YYYY-MM-DD.
func (c *Clock) Today() string { return c.Now().Format(time.DateOnly) }

// Day is the day n days from the clock's, YYYY-MM-DD.
func (c *Clock) Day(n int) string { return c.Now().AddDate(0, 0, n).Format(time.DateOnly) }

// Stopwatch starts timing a benchmark's single operation; it returns how
// long has passed since. It is the only way a test reads the wall clock,
// and only for durations.
func Stopwatch() func() time.Duration {
	start := time.Now()
	return func() time.Duration { return time.Since(start) }
}

// Wall is the wall clock's instant, for tests of what a library stamps
// with the wall clock itself (Litestream's replica files, which a
// point-in-time restore picks by).
func Wall() time.Time { return time.Now() }
