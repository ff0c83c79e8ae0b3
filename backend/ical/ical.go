// Package ical writes iCalendar (RFC 5545) files: the calendar export of
// KAMS's dated records, for Outlook, Apple Calendar, WPS and the rest.
//
// It writes only what the export needs — all-day events — and writes it
// strictly: CRLF line ends, content lines folded at 75 octets without
// splitting a UTF-8 character, TEXT values escaped, DATE values for the
// days and UTC DATE-TIME values for the stamps.
package ical

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
)

// Event is one all-day event, of one day or several.
type Event struct {
	// UID is the event's identity across exports: a calendar that imports
	// the same UID again updates the event instead of adding another.
	UID string
	Day time.Time // the event's (first) day (its date part only)
	// Last is the last day of an event of several days; zero for one day.
	Last        time.Time
	Summary     string
	Description string
	Categories  []string
	// Modified is when the record last changed; Sequence rises with every
	// change, so calendars take a newer export over an older one.
	Modified time.Time
	Sequence int
}

// Writer writes one VCALENDAR to an io.Writer, event by event.
type Writer struct {
	w     *bufio.Writer
	stamp string
	err   error
}

// NewWriter starts a calendar named name; prodID names the program
// (PRODID), stamp is the DTSTAMP every event carries (the export's time).
func NewWriter(w io.Writer, prodID, name string, stamp time.Time) *Writer {
	cw := &Writer{w: bufio.NewWriterSize(w, 64<<10), stamp: stamp.UTC().Format("20060102T150405Z")}
	cw.line("BEGIN", "VCALENDAR")
	cw.line("VERSION", "2.0")
	cw.line("PRODID", prodID)
	cw.line("CALSCALE", "GREGORIAN")
	cw.line("METHOD", "PUBLISH")
	cw.line("X-WR-CALNAME", Text(name))
	return cw
}

// Event writes one all-day event.
func (cw *Writer) Event(e Event) {
	cw.line("BEGIN", "VEVENT")
	cw.line("UID", Text(e.UID))
	cw.line("DTSTAMP", cw.stamp)
	d := time.Date(e.Day.Year(), e.Day.Month(), e.Day.Day(), 0, 0, 0, 0, time.UTC)
	cw.line("DTSTART;VALUE=DATE", d.Format("20060102"))
	end := d
	if !e.Last.IsZero() {
		if l := time.Date(e.Last.Year(), e.Last.Month(), e.Last.Day(), 0, 0, 0, 0, time.UTC); l.After(d) {
			end = l
		}
	}
	// DTEND of an all-day event is the day after its last (exclusive).
	cw.line("DTEND;VALUE=DATE", end.AddDate(0, 0, 1).Format("20060102"))
	cw.line("SUMMARY", Text(e.Summary))
	if e.Description != "" {
		cw.line("DESCRIPTION", Text(e.Description))
	}
	if len(e.Categories) > 0 {
		parts := make([]string, len(e.Categories))
		for i, c := range e.Categories {
			parts[i] = Text(c)
		}
		cw.line("CATEGORIES", strings.Join(parts, ","))
	}
	if !e.Modified.IsZero() {
		cw.line("LAST-MODIFIED", e.Modified.UTC().Format("20060102T150405Z"))
	}
	if e.Sequence > 0 {
		cw.line("SEQUENCE", strconv.Itoa(e.Sequence))
	}
	// An all-day reminder does not block the user's time.
	cw.line("TRANSP", "TRANSPARENT")
	cw.line("END", "VEVENT")
}

// Close ends the calendar and flushes it; it returns the first error of
// any write.
func (cw *Writer) Close() error {
	cw.line("END", "VCALENDAR")
	if cw.err == nil {
		cw.err = cw.w.Flush()
	}
	return cw.err
}

// line writes "name:value" as one content line, folded.
func (cw *Writer) line(name, value string) {
	if cw.err != nil {
		return
	}
	_, cw.err = cw.w.WriteString(Fold(name + ":" + value))
}

// Text escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and
// comma get a backslash, a line break becomes \n; other control characters,
// which a content line may not hold, are dropped.
func Text(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Fold ends a content line with CRLF and breaks it so that no line is
// longer than 75 octets, each continuation starting with a space (RFC 5545
// §3.1); a UTF-8 character is never split.
func Fold(line string) string {
	const max = 75
	if len(line) <= max {
		return line + "\r\n"
	}
	var b strings.Builder
	width := max
	n := 0
	for _, r := range line {
		size := len(string(r))
		if n+size > width {
			b.WriteString("\r\n ")
			n, width = 0, max-1 // the leading space counts
		}
		b.WriteRune(r)
		n += size
	}
	b.WriteString("\r\n")
	return b.String()
}
