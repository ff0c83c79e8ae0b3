package ical_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"kams/backend/ical"
)

func TestText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{`a,b;c\d`, `a\,b\;c\\d`},
		{"line one\r\nline two\nthree", `line one\nline two\nthree`},
		{"tab\there\x00\x1f", "tab here"},
		{"华为，技术；有限", "华为，技术；有限"}, // full-width punctuation is text
	} {
		if got := ical.Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Every folded piece is at most 75 octets, holds whole UTF-8 characters,
// and unfolding (dropping CRLF + space) gives the line back.
func TestFold(t *testing.T) {
	for _, line := range []string{
		"SUMMARY:short",
		"SUMMARY:" + strings.Repeat("x", 67),   // exactly 75
		"SUMMARY:" + strings.Repeat("x", 68),   // 76
		"SUMMARY:" + strings.Repeat("大客户", 40), // 3-octet characters across the fold
		"DESCRIPTION:" + strings.Repeat("a大", 50),
	} {
		got := ical.Fold(line)
		if !strings.HasSuffix(got, "\r\n") {
			t.Fatalf("Fold(%q) does not end in CRLF", line)
		}
		pieces := strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n")
		for i, p := range pieces {
			if len(p) > 75 {
				t.Errorf("piece %d of %q is %d octets", i, line, len(p))
			}
			if i > 0 && !strings.HasPrefix(p, " ") {
				t.Errorf("continuation %d of %q does not start with a space", i, line)
			}
			if !utf8.ValidString(p) {
				t.Errorf("piece %d of %q splits a character", i, line)
			}
		}
		if un := strings.ReplaceAll(strings.TrimSuffix(got, "\r\n"), "\r\n ", ""); un != line {
			t.Errorf("unfolded %q, want %q", un, line)
		}
	}
}

// A calendar written here is read back by a real iCalendar parser with
// every value as it was given.
func TestWriterParses(t *testing.T) {
	var buf bytes.Buffer
	stamp := time.Date(2026, 6, 15, 2, 30, 0, 0, time.UTC)
	w := ical.NewWriter(&buf, "-//KAMS//Test//ZH", "KAMS 大客户", stamp)
	long := strings.Repeat("华为技术有限公司，下一步：演示; 报价\\确认。", 8)
	events := []ical.Event{
		{UID: "step-1@abc", Day: time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC), Summary: "下一步：" + long,
			Description: "line1\nline2, with; marks", Categories: []string{"KAMS", "下一步"},
			Modified: stamp.Add(-time.Hour), Sequence: 42},
		{UID: "action-2@abc", Day: time.Date(2026, 12, 31, 0, 0, 0, 0, time.Local), Summary: "Year end"},
	}
	for _, e := range events {
		w.Event(e)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Fatal("a line ends in a bare LF")
	}
	cal, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, out)
	}
	got := cal.Events()
	if len(got) != len(events) {
		t.Fatalf("%d events parsed, want %d", len(got), len(events))
	}
	for i, e := range events {
		g := got[i]
		if g.Id() != e.UID {
			t.Errorf("event %d UID %q, want %q", i, g.Id(), e.UID)
		}
		if s := g.GetProperty(ics.ComponentPropertySummary); s == nil || s.Value != e.Summary {
			t.Errorf("event %d SUMMARY %v, want %q", i, s, e.Summary)
		}
		start := g.GetProperty(ics.ComponentPropertyDtStart)
		if start == nil || start.ICalParameters["VALUE"][0] != "DATE" || start.Value != e.Day.Format("20060102") {
			t.Errorf("event %d DTSTART %+v, want the DATE %s", i, start, e.Day.Format("20060102"))
		}
		end, err := g.GetAllDayEndAt()
		if err != nil || end.Format(time.DateOnly) != e.Day.AddDate(0, 0, 1).Format(time.DateOnly) {
			t.Errorf("event %d ends %v (%v), want the next day", i, end, err)
		}
	}
	if d := got[0].GetProperty(ics.ComponentPropertyDescription); d == nil || d.Value != events[0].Description {
		t.Errorf("DESCRIPTION %v, want %q", d, events[0].Description)
	}
	if s, err := got[0].GetDtStampTime(); err != nil || !s.Equal(stamp) {
		t.Errorf("DTSTAMP %v (%v), want %v", s, err, stamp)
	}
}
