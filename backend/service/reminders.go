package service

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Notifier shows a desktop notification (package notify's Desktop in the
// app). Clicking one cannot open a record: the notification library sends
// no click back (see notify).
type Notifier interface {
	Notify(title, body string) error
}

// Reminders are the day's agenda as desktop notifications: next steps due
// today, overdue plan actions, today's birthdays and the marketing
// activities running today. They are off until
// the user agrees (Home asks once, Settings turns them on or off); when on
// they come once a day when KAMS starts and again at the user's time while
// it runs. Whether they are due is decided on the book's clock, so a test
// moves the day and the hour.
type Reminders struct {
	store  *store.Store
	now    clock.Clock
	notify Notifier
	// lang is the system's language when the settings follow the system.
	lang string
}

// NewReminders builds the reminders over a store; notify shows them (nil:
// none are shown, as in the command line), lang is the system language
// ("zh-CN", "en" or "" for unknown, which speaks Chinese).
func NewReminders(s *store.Store, now clock.Clock, notify Notifier, lang string) *Reminders {
	return &Reminders{store: s, now: now, notify: notify, lang: lang}
}

// SetNotifier sets what shows the notifications (the window, once it runs).
func (r *Reminders) SetNotifier(n Notifier) { r.notify = n }

// Markers beside the settings: whether Home has asked, and the days the
// reminders were last shown at start and at the chosen time.
const (
	markerAsked   = "remindersAsked"
	markerStarted = "remindersStartDay"
	markerTimed   = "remindersTimedDay"
)

// reminderTop is how many records of each kind a notification names.
const reminderTop = 3

// ReminderItem is one record a reminder names.
type ReminderItem struct {
	Kind      string `json:"kind"` // step, action, birthday, activity
	ID        int64  `json:"id"`
	AccountID int64  `json:"accountId"`
	Text      string `json:"text"`
}

// ReminderGroup is one notification: the first records of a kind and how
// many there are.
type ReminderGroup struct {
	Kind  string         `json:"kind"`
	Items []ReminderItem `json:"items"`
	Total int            `json:"total"`
}

// Agenda is what today's reminders hold, by kind, the empty kinds left
// out.
type Agenda struct {
	Day    string          `json:"day"`
	Groups []ReminderGroup `json:"groups"`
}

// Today gathers today's agenda: a few records of each kind (bounded reads)
// and the count of each.
func (r *Reminders) Today(ctx context.Context) (Agenda, error) {
	now := r.now()
	a := Agenda{Day: now.Format(time.DateOnly), Groups: []ReminderGroup{}}
	steps, n, err := r.store.StepsDueOn(ctx, a.Day, reminderTop)
	if err != nil {
		return a, err
	}
	g := ReminderGroup{Kind: "step", Total: n, Items: []ReminderItem{}}
	for _, s := range steps {
		g.Items = append(g.Items, ReminderItem{Kind: "step", ID: s.ID, AccountID: s.AccountID, Text: s.NextStep + " · " + s.AccountName})
	}
	a.add(g)
	overdue, n, err := r.store.OverdueActions(ctx, a.Day, 0, reminderTop)
	if err != nil {
		return a, err
	}
	g = ReminderGroup{Kind: "action", Total: n, Items: []ReminderItem{}}
	for _, o := range overdue {
		g.Items = append(g.Items, ReminderItem{Kind: "action", ID: o.ID, AccountID: o.AccountID, Text: o.Item + " · " + o.AccountName})
	}
	a.add(g)
	people, n, err := r.store.Birthdays(ctx, store.BirthdayWindow(now, 0), reminderTop)
	if err != nil {
		return a, err
	}
	g = ReminderGroup{Kind: "birthday", Total: n, Items: []ReminderItem{}}
	for _, c := range people {
		g.Items = append(g.Items, ReminderItem{Kind: "birthday", ID: c.ID, AccountID: c.AccountID, Text: c.Name + " · " + c.AccountName})
	}
	a.add(g)
	acts, n, err := r.store.ActivitiesOn(ctx, a.Day, reminderTop)
	if err != nil {
		return a, err
	}
	g = ReminderGroup{Kind: "activity", Total: n, Items: []ReminderItem{}}
	for _, x := range acts {
		text := x.Title
		if x.Place != "" {
			text += " · " + x.Place
		}
		g.Items = append(g.Items, ReminderItem{Kind: "activity", ID: x.ID, Text: text})
	}
	a.add(g)
	return a, nil
}

func (a *Agenda) add(g ReminderGroup) {
	if g.Total > 0 {
		a.Groups = append(a.Groups, g)
	}
}

// ReminderState is what Home and Settings need: whether Home asked yet.
type ReminderState struct {
	Asked   bool `json:"asked"`
	Enabled bool `json:"enabled"`
	// NotifyError says why today's reminders could not be shown just now
	// (no notification service on this desktop); they stay on.
	NotifyError string `json:"notifyError"`
}

// State says whether the user was asked and whether reminders are on.
func (r *Reminders) State(ctx context.Context) (ReminderState, error) {
	asked, err := r.store.Marker(ctx, markerAsked)
	if err != nil {
		return ReminderState{}, err
	}
	set, err := r.store.Settings(ctx)
	return ReminderState{Asked: asked != "", Enabled: set.Reminders.Enabled}, err
}

// Answer records the user's answer to Home's question: on turns the
// reminders on (at the time in Settings), off leaves them off; either way
// Home does not ask again. Turning them on shows today's at once, as a
// start would.
func (r *Reminders) Answer(ctx context.Context, on bool) (ReminderState, error) {
	set, err := r.store.Settings(ctx)
	if err != nil {
		return ReminderState{}, err
	}
	if on != set.Reminders.Enabled {
		set.Reminders.Enabled = on
		if err := r.store.SaveSettings(ctx, set); err != nil {
			return ReminderState{}, err
		}
	}
	if err := r.store.SetMarkers(ctx, map[string]string{markerAsked: r.now.Stamp()}); err != nil {
		return ReminderState{}, err
	}
	var shown error
	if on {
		_, shown = r.Tick(ctx, true)
	}
	st, err := r.State(ctx)
	var de *domain.Error
	if errors.As(shown, &de) && de.Key == "error.notify" {
		st.NotifyError = fmt.Sprint(de.Params["detail"])
	} else if shown != nil {
		return st, shown
	}
	return st, err
}

// Tick shows today's reminders when they are due and says how many
// notifications it showed: at start (starting) once a day, and once the
// clock has passed the user's time, once a day. A start after that time
// counts for both, so the user is not told twice within a minute. Nothing
// is shown while they are off, or when there is nothing to tell.
func (r *Reminders) Tick(ctx context.Context, starting bool) (int, error) {
	set, err := r.store.Settings(ctx)
	if err != nil || !set.Reminders.Enabled || r.notify == nil {
		return 0, err
	}
	now := r.now()
	day := now.Format(time.DateOnly)
	started, err := r.store.Marker(ctx, markerStarted)
	if err != nil {
		return 0, err
	}
	timed, err := r.store.Marker(ctx, markerTimed)
	if err != nil {
		return 0, err
	}
	at, _ := domain.ClockMinutes(set.Reminders.Time)
	pastTime := now.Hour()*60+now.Minute() >= at
	mark := map[string]string{}
	if starting && started != day {
		mark[markerStarted] = day
		if pastTime {
			mark[markerTimed] = day
		}
	} else if !starting && pastTime && timed != day {
		mark[markerTimed] = day
	}
	if len(mark) == 0 {
		return 0, nil
	}
	// Marked first: a notification that fails is not retried every tick.
	if err := r.store.SetMarkers(ctx, mark); err != nil {
		return 0, err
	}
	return r.Show(ctx)
}

// Show shows today's reminders now, one notification per kind, and says
// how many it showed.
func (r *Reminders) Show(ctx context.Context) (int, error) {
	if r.notify == nil {
		return 0, nil
	}
	agenda, err := r.Today(ctx)
	if err != nil {
		return 0, err
	}
	set, err := r.store.Settings(ctx)
	if err != nil {
		return 0, err
	}
	words := reminderWords[reminderLang(set.Language, r.lang)]
	shown := 0
	for _, g := range agenda.Groups {
		lines := make([]string, 0, len(g.Items)+1)
		for _, it := range g.Items {
			lines = append(lines, "• "+it.Text)
		}
		if more := g.Total - len(g.Items); more > 0 {
			lines = append(lines, fmt.Sprintf(words["more"], more))
		}
		title := fmt.Sprintf(words[g.Kind], g.Total)
		if err := r.notify.Notify(title, strings.Join(lines, "\n")); err != nil {
			return shown, &domain.Error{Code: domain.CodeConflict, Key: "error.notify", Params: map[string]any{"detail": err.Error()}}
		}
		shown++
	}
	return shown, nil
}

func reminderLang(setting, system string) string {
	switch {
	case setting == "en", setting == "" && system == "en":
		return "en"
	}
	return "zh"
}

var reminderWords = map[string]map[string]string{
	"zh": {"step": "KAMS · 今天到期的下一步（%d）", "action": "KAMS · 逾期的计划行动（%d）", "birthday": "KAMS · 今天生日（%d）", "activity": "KAMS · 今天的市场活动（%d）",
		"more": "…… 还有 %d 项，打开 KAMS 查看"},
	"en": {"step": "KAMS · Next steps due today (%d)", "action": "KAMS · Overdue plan actions (%d)", "birthday": "KAMS · Birthdays today (%d)", "activity": "KAMS · Marketing activities today (%d)",
		"more": "… and %d more in KAMS"},
}
