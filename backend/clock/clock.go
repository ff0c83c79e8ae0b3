// Package clock is the one source of "now" in KAMS. The composition root
// (app/book) is handed the wall clock by main and passes it to the store and
// to every service; nothing else in backend/ or app/ reads the time of day.
// A test hands in a clock it sets (see clocktest), so no test depends on the
// day or the time zone it runs in.
//
// The time a Clock returns carries the user's time zone: its calendar day
// (Today) is the user's "today", and dates the user sees (a visit's day, the
// day a deal was created) are taken in that zone, while stamps are stored in
// UTC.
package clock

import "time"

// Clock returns the current time in the user's time zone.
type Clock func() time.Time

// Today is the clock's calendar day, YYYY-MM-DD.
func (c Clock) Today() string { return c().Format(time.DateOnly) }

// Stamp is the clock's instant in UTC, RFC 3339, as records store it.
func (c Clock) Stamp() string { return c().UTC().Format(time.RFC3339) }

// Location is the user's time zone, the clock's.
func (c Clock) Location() *time.Location { return c().Location() }
