package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"kams/backend/domain"
	"kams/backend/service"
)

// exportICS writes the calendar of next steps, plan actions and plan
// reviews in a date range as an iCalendar file.
func exportICS(args []string, env Env) error {
	e := newExportFlags("ics")
	e.fl.Lookup("out").Usage = "the iCalendar file to write (.ics)"
	from := e.fl.String("from", "", "the first day, YYYY-MM-DD (default: 30 days ago)")
	to := e.fl.String("to", "", "the last day, YYYY-MM-DD (default: a year ahead)")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	if *e.out == "" {
		return errors.New("export ics: --out FILE.ics is required")
	}
	b, lang, err := e.open("ics", env)
	if err != nil {
		return err
	}
	defer b.Close()
	var buf bytes.Buffer
	r, err := b.Calendar.CheckRange(service.CalendarRange{From: *from, To: *to})
	n := 0
	if err == nil {
		n, err = b.Calendar.Export(context.Background(), r, lang, &buf)
	}
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.CodeValidation {
		for _, f := range de.Fields {
			switch f.Key {
			case "error.dateOrder":
				return fmt.Errorf("export ics: --to %s is before --from %s", r.To, r.From)
			case "error.dateRange":
				return fmt.Errorf("export ics: --%s: %s is out of range (%v to %v)", f.Field, map[string]string{"from": r.From, "to": r.To}[f.Field], f.Params["from"], f.Params["to"])
			default:
				return fmt.Errorf("export ics: --%s: %q is not a date such as 2026-07-01", f.Field, map[string]string{"from": *from, "to": *to}[f.Field])
			}
		}
	}
	if err != nil {
		return fmt.Errorf("export ics: %w", err)
	}
	if err := e.write("ics", buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "kams: %d calendar entries from %s to %s written to %s\n", n, r.From, r.To, *e.out)
	return nil
}
