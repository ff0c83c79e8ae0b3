package service

import (
	"context"
	"fmt"
	"io"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/ical"
	"kams/backend/store"
)

// Calendar exports the book's dated records — open next steps, open plan
// actions with a due day, plan review dates — as an iCalendar file.
type Calendar struct {
	store *store.Store
	now   clock.Clock
}

// NewCalendar builds the calendar export over a store.
func NewCalendar(s *store.Store, now clock.Clock) *Calendar { return &Calendar{store: s, now: now} }

// CalendarRange is the days an export covers, both included (YYYY-MM-DD).
type CalendarRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// Default range: a month back (what is overdue) to a year ahead.
const (
	calendarBackDays  = 30
	calendarAheadDays = 365
)

// calendarPage is how many entries one read brings (a test lowers it).
var calendarPage = 500

// DefaultRange is the range an export covers unless told: from 30 days
// ago to a year ahead.
func (c *Calendar) DefaultRange() CalendarRange {
	t := c.now()
	return CalendarRange{From: t.AddDate(0, 0, -calendarBackDays).Format(time.DateOnly),
		To: t.AddDate(0, 0, calendarAheadDays).Format(time.DateOnly)}
}

// CheckRange fills in a missing end from the default range and refuses a
// day that is not a date, out of the expected span, or an end before the
// start (error.dateOrder on "to").
func (c *Calendar) CheckRange(r CalendarRange) (CalendarRange, error) {
	r.From, r.To = domain.CleanLine(r.From), domain.CleanLine(r.To)
	def := c.DefaultRange()
	if r.From == "" {
		r.From = def.From
	}
	if r.To == "" {
		r.To = def.To
	}
	err := domain.CheckDates(nil, c.now.Today(), domain.DateField{Field: "from", Value: r.From, Span: domain.SpanExpected},
		domain.DateField{Field: "to", Value: r.To, Span: domain.SpanExpected})
	if err == nil && r.To < r.From {
		var v domain.Validation
		v.Add("to", "error.dateOrder", nil)
		err = v.Err()
	}
	return r, err
}

// calendarWords are the words of the export in each language.
var calendarWords = map[string]map[string]string{
	"zh": {"name": "KAMS 大客户", store.EntryStep: "下一步", store.EntryAction: "计划行动", store.EntryReview: "计划回顾",
		store.EntryActivity: "市场活动", "status.done": "已举办", "status.reviewed": "已复盘", "activity.planned": "计划",
		"plan": "%d 年客户计划", "owner": "负责人", "status.planned": "计划中", "status.doing": "进行中", "visit": "来自互动", "sep": "："},
	"en": {"name": "KAMS key accounts", store.EntryStep: "Next step", store.EntryAction: "Plan action", store.EntryReview: "Plan review",
		store.EntryActivity: "Marketing activity", "status.done": "held", "status.reviewed": "reviewed", "activity.planned": "planned",
		"plan": "Account plan %d", "owner": "Owner", "status.planned": "planned", "status.doing": "doing", "visit": "From the interaction", "sep": ": "},
}

// Export writes the entries in r as an iCalendar to w, in lang ("zh" or
// "en"), and says how many events it wrote. Entries are read a page at a
// time and written as they come, so the export of a big book holds one
// page in memory. Each event's UID is the record's kind and id at this
// book's id, so a calendar that imports a later export updates the events
// instead of doubling them.
func (c *Calendar) Export(ctx context.Context, r CalendarRange, lang string, w io.Writer) (int, error) {
	r, err := c.CheckRange(r)
	if err != nil {
		return 0, err
	}
	words, ok := calendarWords[lang]
	if !ok {
		words = calendarWords["zh"]
	}
	book, err := c.store.BookID(ctx)
	if err != nil {
		return 0, err
	}
	cw := ical.NewWriter(w, "-//KAMS//KAMS Calendar//"+map[bool]string{true: "ZH", false: "EN"}[lang != "en"], words["name"], c.now())
	n := 0
	size := min(calendarPage, store.MaxCalendarPage)
	set, err := c.store.Settings(ctx)
	if err != nil {
		return 0, err
	}
	types := map[string]string{}
	for _, t := range set.Marketing.AllTypes() {
		types[t.ID] = textIn(t.Name, lang)
	}
	for _, kind := range []string{store.EntryStep, store.EntryAction, store.EntryReview, store.EntryActivity} {
		var after store.CalendarCursor
		for {
			page, next, err := c.store.CalendarPage(ctx, kind, r.From, r.To, after, size)
			if err != nil {
				return n, err
			}
			for _, e := range page {
				ev, ok := calendarEvent(e, book, words, types)
				if ok {
					cw.Event(ev)
					n++
				}
			}
			if len(page) < size {
				break
			}
			after = next
		}
	}
	return n, cw.Close()
}

// sequenceEpoch is where an event's SEQUENCE counts from: the minutes
// since then of the record's last change rise with every change and stay
// within the 32-bit integer calendars keep.
var sequenceEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// calendarEvent makes the event of one entry; a day that does not parse is
// skipped (the write paths refuse such days).
func calendarEvent(e store.CalendarEntry, book string, words, types map[string]string) (ical.Event, bool) {
	day, err := time.Parse(time.DateOnly, e.Date)
	if err != nil {
		return ical.Event{}, false
	}
	ev := ical.Event{Day: day, Categories: []string{"KAMS", words[e.Kind]}}
	if t, err := time.Parse(time.RFC3339, e.UpdatedAt); err == nil {
		ev.Modified = t
		if m := int(t.Sub(sequenceEpoch).Minutes()); m > 0 {
			ev.Sequence = m
		}
	}
	plan := fmt.Sprintf(words["plan"], e.Year)
	switch e.Kind {
	case store.EntryStep:
		ev.UID = fmt.Sprintf("step-%d@%s", e.ID, book)
		ev.Summary = words[e.Kind] + words["sep"] + e.Title + " · " + e.AccountName
		if e.Detail != "" {
			ev.Description = words["visit"] + ": " + e.Detail
		}
	case store.EntryAction:
		ev.UID = fmt.Sprintf("action-%d@%s", e.ID, book)
		ev.Summary = words[e.Kind] + words["sep"] + e.Title + " · " + e.AccountName
		ev.Description = plan + " · " + words["status."+e.Status]
		if e.Detail != "" {
			ev.Description += " · " + words["owner"] + ": " + e.Detail
		}
	case store.EntryActivity:
		ev.UID = fmt.Sprintf("activity-%d@%s", e.ID, book)
		ev.Summary = words[e.Kind] + words["sep"] + e.Title
		if e.Detail != "" {
			ev.Summary += " · " + e.Detail // the place
		}
		status := words["status."+e.Status]
		if e.Status == domain.ActivityPlanned {
			status = words["activity.planned"]
		}
		ev.Description = types[e.Type] + " · " + status
		if last, err := time.Parse(time.DateOnly, e.End); err == nil {
			ev.Last = last
		}
	case store.EntryReview:
		ev.UID = fmt.Sprintf("review-%d-%d@%s", e.ID, e.Position, book)
		ev.Summary = words[e.Kind] + words["sep"] + e.AccountName + " · " + plan
		ev.Description = e.Title
	}
	return ev, true
}

// textIn is a two-language text in lang ("en" or Chinese), the other
// language when that one is blank.
func textIn(t domain.Text, lang string) string {
	if lang == "en" && t.En != "" || t.Zh == "" {
		return t.En
	}
	return t.Zh
}
