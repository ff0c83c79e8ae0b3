package domain

import (
	"errors"
	"time"
)

// DaySpan is how far, in years, a kind of date may lie before and after
// today. Go's date parsing already refuses 2026-02-30; the span refuses the
// real but absurd dates (9999-12-31, 0001-01-01) that a typo or a scripted
// call can send and that would skew days in stage, ages and the funnel.
type DaySpan struct{ Back, Ahead int }

var (
	// SpanHappened is a day something happened: never after today.
	SpanHappened = DaySpan{Back: 50, Ahead: 0}
	// SpanLogged is a day the user records (a visit, a training): it may be
	// entered a little ahead.
	SpanLogged = DaySpan{Back: 50, Ahead: 1}
	// SpanExpected is a day something is expected (a close, a due date).
	SpanExpected = DaySpan{Back: 50, Ahead: 20}
)

// DateField is one date of a record to check against today; an empty
// Value is left to the record's own rules (required or optional).
type DateField struct {
	Field string
	Value string
	Span  DaySpan
}

// CheckDates adds to err (nil or a validation error of the same record) an
// error.date for each date that is not a calendar date and an
// error.dateRange for each outside its span around today ("YYYY-MM-DD"),
// skipping fields err already marks. Any other error is returned as is.
func CheckDates(err error, today string, dates ...DateField) error {
	var v Validation
	var e *Error
	if err != nil {
		if !errors.As(err, &e) || e.Code != CodeValidation {
			return err
		}
		v.fields = append(v.fields, e.Fields...)
	}
	t, perr := time.Parse(time.DateOnly, today)
	if perr != nil {
		return errors.Join(err, perr)
	}
	marked := map[string]bool{}
	for _, f := range v.fields {
		marked[f.Field] = true
	}
	for _, d := range dates {
		if d.Value == "" || marked[d.Field] {
			continue
		}
		day, perr := time.Parse(time.DateOnly, d.Value)
		if perr != nil {
			v.Add(d.Field, "error.date", nil)
			continue
		}
		from, to := t.AddDate(-d.Span.Back, 0, 0), t.AddDate(d.Span.Ahead, 0, 0)
		if day.Before(from) || day.After(to) {
			v.Add(d.Field, "error.dateRange", map[string]any{"from": from.Format(time.DateOnly), "to": to.Format(time.DateOnly)})
		}
	}
	return v.Err()
}
