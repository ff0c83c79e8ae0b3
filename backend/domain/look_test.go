package domain

import "testing"

func TestLookAndReminderSettings(t *testing.T) {
	s := DefaultSettings()
	if s.Look.Theme != "system" || s.Reminders.Enabled || s.Reminders.Time != "09:00" {
		t.Fatalf("defaults %+v %+v: want the system theme and reminders off at 09:00", s.Look, s.Reminders)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		theme, time, field, key string
	}{
		{"dark", "18:30", "", ""},
		{"light", "00:00", "", ""},
		{"blue", "09:00", "look.theme", "error.choice"},
		{"", "09:00", "look.theme", "error.choice"},
		{"dark", "24:00", "reminders.time", "error.timeOfDay"},
		{"dark", "9:00", "reminders.time", "error.timeOfDay"},
		{"dark", "09:60", "reminders.time", "error.timeOfDay"},
		{"dark", "", "reminders.time", "error.timeOfDay"},
	} {
		s := DefaultSettings()
		s.Look.Theme, s.Reminders.Time = c.theme, c.time
		err := s.Validate()
		if c.field == "" {
			if err != nil {
				t.Errorf("%q %q: %v", c.theme, c.time, err)
			}
			continue
		}
		e, ok := err.(*Error)
		if !ok || len(e.Fields) != 1 || e.Fields[0].Field != c.field || e.Fields[0].Key != c.key {
			t.Errorf("%q %q: %v, want %s on %s", c.theme, c.time, err, c.key, c.field)
		}
	}
	if m, ok := ClockMinutes("18:45"); !ok || m != 18*60+45 {
		t.Errorf("ClockMinutes(18:45) = %d %v", m, ok)
	}
}
