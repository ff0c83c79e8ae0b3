package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"

	"kams/backend/domain"
)

// exportMarketing prints 市场活动报告: one activity (--activity ID) or a
// year's or quarter's plan against actual with ROI (--period 2026|2026-Q3).
// An unknown activity, a period that is not a year or quarter, or one with
// neither activities nor a plan writes nothing and fails.
func exportMarketing(args []string, env Env) error {
	e := newExportFlags("marketing")
	period := e.fl.String("period", "", "the period: a year (2026) or a quarter (2026-Q3)")
	activity := e.fl.String("activity", "", "one activity: its id")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	if (*period == "") == (*activity == "") {
		return errors.New("export marketing: give --period 2026|2026-Q3 or --activity ID (one of them)")
	}
	var id int64
	if *activity != "" {
		n, err := strconv.ParseInt(*activity, 10, 64)
		if err != nil || n <= 0 {
			return fmt.Errorf("export marketing: --activity: %q is not an activity id", *activity)
		}
		id = n
	}
	b, lang, err := e.open("marketing", env)
	if err != nil {
		return err
	}
	defer b.Close()
	ctx := context.Background()
	var pdf bytes.Buffer
	if id != 0 {
		err = b.Marketing.ActivityReport(ctx, id, lang, &pdf)
		if errors.Is(err, domain.ErrNotFound) {
			return fmt.Errorf("export marketing: no activity %d in %s", id, *e.db)
		}
	} else {
		ctl, cerr := b.Marketing.Control(ctx, *period)
		var de *domain.Error
		switch {
		case errors.As(cerr, &de) && de.Code == domain.CodeValidation:
			return fmt.Errorf("export marketing: --period: %q is not a year or quarter such as 2026 or 2026-Q3", *period)
		case cerr != nil:
			return fmt.Errorf("export marketing: %w", cerr)
		}
		if ctl.Empty() {
			return fmt.Errorf("export marketing: no marketing activities or plan for %s in %s", *period, *e.db)
		}
		err = b.Marketing.PeriodReport(ctx, *period, lang, &pdf)
	}
	if err != nil {
		return fmt.Errorf("export marketing: %w", err)
	}
	if err := e.write("marketing", pdf.Bytes()); err != nil {
		return err
	}
	what := "period " + *period
	if id != 0 {
		what = "activity " + strconv.FormatInt(id, 10)
	}
	fmt.Fprintf(env.Stdout, "kams: marketing report of %s written to %s\n", what, *e.out)
	return nil
}
