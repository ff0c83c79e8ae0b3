package domain

import (
	"fmt"
	"strconv"
	"strings"
)

// Themes the window can take: "system" follows the operating system's
// light or dark mode (prefers-color-scheme), the others fix it.
var Themes = []string{"system", "light", "dark"}

// LookSettings are how the window looks.
type LookSettings struct {
	Theme string `json:"theme"`
}

// DefaultLook follows the operating system.
func DefaultLook() LookSettings { return LookSettings{Theme: "system"} }

// Validate checks the theme is one the window knows.
func (l LookSettings) Validate() error {
	var v Validation
	if !contains(Themes, l.Theme) {
		v.Add("theme", "error.choice", nil)
	}
	return v.Err()
}

// ReminderSettings are the desktop notifications of the day's agenda: next
// steps due today, overdue plan actions, birthdays and the day's
// activities. They are off until the user agrees (Home asks once); when
// on, they come once a day when KAMS starts and again at Time (HH:MM, the
// user's local time) while it runs.
type ReminderSettings struct {
	Enabled bool   `json:"enabled"`
	Time    string `json:"time"`
}

// DefaultReminders: off, and at 09:00 once turned on.
func DefaultReminders() ReminderSettings { return ReminderSettings{Time: "09:00"} }

// Validate checks the time of day is HH:MM.
func (r ReminderSettings) Validate() error {
	var v Validation
	if _, ok := ClockMinutes(r.Time); !ok {
		v.Add("time", "error.timeOfDay", nil)
	}
	return v.Err()
}

// ClockMinutes reads a time of day "HH:MM" (00:00 to 23:59) as minutes
// after midnight.
func ClockMinutes(s string) (int, bool) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) != 2 || len(m) != 2 {
		return 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return 0, false
	}
	return hh*60 + mm, true
}

// addSub copies a sub-struct's field errors into v under prefix.
func addSub(v *Validation, prefix string, err error) {
	if err == nil {
		return
	}
	for _, f := range err.(*Error).Fields {
		v.Add(fmt.Sprintf("%s.%s", prefix, f.Field), f.Key, f.Params)
	}
}
