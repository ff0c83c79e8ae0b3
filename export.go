package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"time"

	"kams/backend/domain"
	"kams/backend/report"
	"kams/backend/service"
	"kams/backend/store"
)

// exportFlags are the flags every export takes.
type exportFlags struct {
	fl            *flag.FlagSet
	db, out, lang *string
}

func newExportFlags(name string) exportFlags {
	fl := flag.NewFlagSet("kams export "+name, flag.ContinueOnError)
	return exportFlags{fl: fl, db: fl.String("db", "", "the database file"),
		out: fl.String("out", "", "the PDF file to write"), lang: fl.String("lang", "zh", "the language: zh or en")}
}

// open checks the common flags and opens the database; the caller closes it.
func (e exportFlags) open(name string) (*store.Store, string, error) {
	switch {
	case e.fl.NArg() > 0:
		return nil, "", fmt.Errorf("export %s: unexpected argument %q", name, e.fl.Arg(0))
	case *e.db == "":
		return nil, "", fmt.Errorf("export %s: --db PATH is required", name)
	case *e.out == "":
		return nil, "", fmt.Errorf("export %s: --out FILE.pdf is required", name)
	}
	l, err := report.NormalizeLang(*e.lang)
	if err != nil {
		return nil, "", fmt.Errorf("export %s: --lang: %q is not zh or en", name, *e.lang)
	}
	// store.Open would create a missing database: look first.
	if fi, err := os.Stat(*e.db); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "", fmt.Errorf("export %s: no database %s", name, *e.db)
		}
		return nil, "", fmt.Errorf("export %s: %w", name, err)
	} else if !fi.Mode().IsRegular() {
		return nil, "", fmt.Errorf("export %s: %s is not a database file", name, *e.db)
	}
	st, err := store.Open(context.Background(), *e.db)
	if err != nil {
		return nil, "", fmt.Errorf("export %s: %w", name, err)
	}
	return st, l, nil
}

// exportPlan prints an account's plan for a year to a PDF file; like the
// brief it writes nothing unless all went well.
func exportPlan(args []string, stdout io.Writer) error {
	e := newExportFlags("plan")
	account := e.fl.String("account", "", "the account: its id or its name")
	year := e.fl.String("year", strconv.Itoa(time.Now().Year()), "the plan's year, YYYY")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	if *account == "" {
		return errors.New("export plan: --account ID|NAME is required")
	}
	y, err := strconv.Atoi(*year)
	if err != nil || y < 2000 || y > 2100 {
		return fmt.Errorf("export plan: --year: %q is not a year such as 2026", *year)
	}
	st, lang, err := e.open("plan")
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	reports := service.NewReports(st, time.Now)
	a, err := reports.FindAccount(ctx, *account)
	if err != nil {
		return fmt.Errorf("export plan: %w in %s", err, *e.db)
	}
	var pdf bytes.Buffer
	if err := reports.Plan(ctx, a.ID, y, lang, &pdf); err != nil {
		return fmt.Errorf("export plan: %w", err)
	}
	if err := writeFileAtomic(*e.out, pdf.Bytes()); err != nil {
		return fmt.Errorf("export plan: cannot write %s: %w", *e.out, err)
	}
	fmt.Fprintf(stdout, "kams: account plan %d of %s written to %s\n", y, a.Name, *e.out)
	return nil
}

// exportReview prints the team performance review of a period.
func exportReview(args []string, stdout io.Writer) error {
	e := newExportFlags("review")
	period := e.fl.String("period", "", "the period: 2026, 2026-H1, 2026-Q3 or 2026-07")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	if *period == "" {
		return errors.New("export review: --period is required (2026, 2026-H1, 2026-Q3 or 2026-07)")
	}
	st, lang, err := e.open("review")
	if err != nil {
		return err
	}
	defer st.Close()
	var pdf bytes.Buffer
	err = service.NewReports(st, time.Now).Review(context.Background(), *period, lang, &pdf)
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Key == "error.noAssessments":
		return fmt.Errorf("export review: no assessments for period %s in %s", *period, *e.db)
	case errors.As(err, &de) && de.Code == domain.CodeValidation:
		return fmt.Errorf("export review: --period: %q is not a period such as 2026, 2026-H1, 2026-Q3 or 2026-07", *period)
	case err != nil:
		return fmt.Errorf("export review: %w", err)
	}
	if err := writeFileAtomic(*e.out, pdf.Bytes()); err != nil {
		return fmt.Errorf("export review: cannot write %s: %w", *e.out, err)
	}
	fmt.Fprintf(stdout, "kams: team review %s written to %s\n", *period, *e.out)
	return nil
}
