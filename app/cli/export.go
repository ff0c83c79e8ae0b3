package cli

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

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/report"
	"kams/backend/service"
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

// existingBook refuses what store.Open would make into a new book: a
// missing file, or an empty one (a KAMS book is never empty), and anything
// but a regular file. Commands that read a book never create one.
func existingBook(path, what string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no database %s", what, path)
	case err != nil:
		return fmt.Errorf("%s: %w", what, err)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s: %s is not a database file", what, path)
	case fi.Size() == 0:
		return fmt.Errorf("%s: %s is empty, not a KAMS database", what, path)
	}
	return nil
}

// open checks the common flags and opens the book; the caller closes it.
func (e exportFlags) open(name string, env Env) (*book.Book, string, error) {
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
	if err := existingBook(*e.db, "export "+name); err != nil {
		return nil, "", err
	}
	b, err := book.Open(context.Background(), *e.db, env.Clock)
	if err != nil {
		return nil, "", fmt.Errorf("export %s: %w", name, err)
	}
	return b, l, nil
}

// write writes the PDF whole or not at all: it is made in memory, written
// to a temporary file beside --out and renamed over it.
func (e exportFlags) write(name string, pdf []byte) error {
	if err := report.WriteFileAtomic(*e.out, pdf); err != nil {
		return fmt.Errorf("export %s: cannot write %s: %w", name, *e.out, err)
	}
	return nil
}

// accountPDF prints the document render makes of the live account that ref
// names (its id or one of its names); it writes nothing unless all went
// well.
func (e exportFlags) accountPDF(env Env, name, ref string,
	render func(ctx context.Context, r *service.Reports, a domain.Account, lang string, w io.Writer) error) (domain.Account, error) {
	if ref == "" {
		return domain.Account{}, fmt.Errorf("export %s: --account ID|NAME is required", name)
	}
	b, lang, err := e.open(name, env)
	if err != nil {
		return domain.Account{}, err
	}
	defer b.Close()
	ctx := context.Background()
	reports := b.Reports
	a, err := reports.FindAccount(ctx, ref)
	if err != nil {
		return a, fmt.Errorf("export %s: %w in %s", name, err, *e.db)
	}
	var pdf bytes.Buffer
	if err := render(ctx, reports, a, lang, &pdf); err != nil {
		return a, fmt.Errorf("export %s: %w", name, err)
	}
	return a, e.write(name, pdf.Bytes())
}

// exportBrief prints an account's one-page meeting brief.
func exportBrief(args []string, env Env) error {
	e := newExportFlags("brief")
	account := e.fl.String("account", "", "the account: its id or its name")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	a, err := e.accountPDF(env, "brief", *account, func(ctx context.Context, r *service.Reports, a domain.Account, lang string, w io.Writer) error {
		return r.Brief(ctx, a.ID, lang, w)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "kams: meeting brief of %s written to %s\n", a.Name, *e.out)
	return nil
}

// exportPlan prints an account's plan for a year.
func exportPlan(args []string, env Env) error {
	e := newExportFlags("plan")
	account := e.fl.String("account", "", "the account: its id or its name")
	year := e.fl.String("year", strconv.Itoa(env.Clock().Year()), "the plan's year, YYYY")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	y, err := strconv.Atoi(*year)
	if err != nil || y < domain.MinPlanYear || y > domain.MaxPlanYear {
		return fmt.Errorf("export plan: --year: %q is not a year such as 2026", *year)
	}
	a, err := e.accountPDF(env, "plan", *account, func(ctx context.Context, r *service.Reports, a domain.Account, lang string, w io.Writer) error {
		return r.Plan(ctx, a.ID, y, lang, w)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "kams: account plan %d of %s written to %s\n", y, a.Name, *e.out)
	return nil
}

// exportReview prints the team performance review of a period.
func exportReview(args []string, env Env) error {
	e := newExportFlags("review")
	period := e.fl.String("period", "", "the period: 2026, 2026-H1 or 2026-Q3")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	if *period == "" {
		return errors.New("export review: --period is required (2026, 2026-H1 or 2026-Q3)")
	}
	b, lang, err := e.open("review", env)
	if err != nil {
		return err
	}
	defer b.Close()
	var pdf bytes.Buffer
	err = b.Reports.Review(context.Background(), *period, lang, &pdf)
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Key == "error.noAssessments":
		return fmt.Errorf("export review: no assessments for period %s in %s", *period, *e.db)
	case errors.As(err, &de) && de.Code == domain.CodeValidation:
		return fmt.Errorf("export review: --period: %q is not a period such as 2026, 2026-H1 or 2026-Q3", *period)
	case err != nil:
		return fmt.Errorf("export review: %w", err)
	}
	if err := e.write("review", pdf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "kams: team review %s written to %s\n", *period, *e.out)
	return nil
}

// exportProfile prints an account's customer profile form.
func exportProfile(args []string, env Env) error {
	e := newExportFlags("profile")
	account := e.fl.String("account", "", "the account: its id or its name")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	a, err := e.accountPDF(env, "profile", *account, func(ctx context.Context, r *service.Reports, a domain.Account, lang string, w io.Writer) error {
		return r.Profile(ctx, a.ID, lang, w)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "kams: customer profile of %s written to %s\n", a.Name, *e.out)
	return nil
}

// exportFunnel prints the funnel table of a period for a lead or the team.
func exportFunnel(args []string, env Env) error {
	e := newExportFlags("funnel")
	period := e.fl.String("period", "", "the period: 2026, 2026-H1, 2026-Q3 or 2026-07")
	member := e.fl.String("member", "", "the lead: a member's id or name (default: the whole team)")
	if err := e.fl.Parse(args); err != nil {
		return err
	}
	if *period == "" {
		return errors.New("export funnel: --period is required (2026, 2026-H1, 2026-Q3 or 2026-07)")
	}
	if _, err := domain.ParsePeriod(*period); err != nil {
		return fmt.Errorf("export funnel: --period: %q is not a period such as 2026, 2026-H1, 2026-Q3 or 2026-07", *period)
	}
	b, lang, err := e.open("funnel", env)
	if err != nil {
		return err
	}
	defer b.Close()
	var pdf bytes.Buffer
	err = b.Reports.FunnelTable(context.Background(), *period, *member, lang, &pdf)
	switch {
	case errors.Is(err, domain.ErrNotFound):
		return fmt.Errorf("export funnel: no team member %q in %s (give the id or the name)", *member, *e.db)
	case err != nil:
		return fmt.Errorf("export funnel: %w", err)
	}
	if err := e.write("funnel", pdf.Bytes()); err != nil {
		return err
	}
	who := "the team"
	if *member != "" {
		who = *member
	}
	fmt.Fprintf(env.Stdout, "kams: funnel table %s of %s written to %s\n", *period, who, *e.out)
	return nil
}
