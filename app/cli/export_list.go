package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/listexport"
	"kams/backend/report"
)

// listUsage is the usage line of kams export list.
func listUsage() string {
	return "kams export list " + strings.Join(listexport.Names(), "|") +
		" --db PATH --out FILE.xlsx|FILE.csv [filters…] [--lang zh|en]"
}

// exportList writes one of the app's lists, under the filters its flags
// give, to an .xlsx or .csv file; nothing is written unless all went well.
func exportList(args []string, env Env) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return errors.New("export list: which list? " + listUsage())
	}
	name := args[0]
	fl := flag.NewFlagSet("kams export list "+name, flag.ContinueOnError)
	db := fl.String("db", "", "the database file")
	out := fl.String("out", "", "the file to write: .xlsx or .csv (UTF-8)")
	lang := fl.String("lang", "zh", "the language of headers and labels: zh or en")
	filter, err := listexport.Flags(name, fl)
	if err != nil {
		return fmt.Errorf("export list: no list %q; %s", name, listUsage())
	}
	if err := fl.Parse(args[1:]); err != nil {
		return err
	}
	switch {
	case fl.NArg() > 0:
		return fmt.Errorf("export list %s: unexpected argument %q", name, fl.Arg(0))
	case *db == "":
		return fmt.Errorf("export list %s: --db PATH is required", name)
	case *out == "":
		return fmt.Errorf("export list %s: --out FILE.xlsx or FILE.csv is required", name)
	}
	if _, ok := listexport.FormatOf(*out); !ok {
		return fmt.Errorf("export list %s: --out: %s is neither .xlsx nor .csv", name, *out)
	}
	l, err := report.NormalizeLang(*lang)
	if err != nil {
		return fmt.Errorf("export list %s: --lang: %q is not zh or en", name, *lang)
	}
	if err := existingBook(*db, "export list "+name); err != nil {
		return err
	}
	b, err := book.Open(context.Background(), *db, env.Clock)
	if err != nil {
		return fmt.Errorf("export list %s: %w", name, err)
	}
	defer b.Close()
	res, err := listexport.WriteFile(context.Background(), b.Lists, name, filter(), l, *out)
	if err != nil {
		return fmt.Errorf("export list %s: %s", name, describe(err))
	}
	fmt.Fprintf(env.Stdout, "kams: %d %s written to %s\n", res.Rows, name, *out)
	return nil
}

// describe says a domain error as the command line's flags name it:
// "--tier: "gold" is not one of the choices".
func describe(err error) string {
	var de *domain.Error
	if !errors.As(err, &de) {
		return err.Error()
	}
	var parts []string
	for _, f := range de.Fields {
		what := map[string]string{"error.choice": "is not one of the choices", "error.date": "is not a day (YYYY-MM-DD)",
			"error.period": "is not a period such as 2026, 2026-H1, 2026-Q3 or 2026-07"}[f.Key]
		if what == "" {
			what = f.Key
		}
		v, ok := f.Params["value"]
		if !ok {
			v, ok = f.Params["period"]
		}
		if ok {
			parts = append(parts, fmt.Sprintf("--%s: %q %s", f.Field, fmt.Sprint(v), what))
		} else {
			parts = append(parts, fmt.Sprintf("--%s: %s", f.Field, what))
		}
	}
	switch {
	case len(parts) > 0:
		return strings.Join(parts, "; ")
	case de.Code == domain.CodeNotFound:
		return fmt.Sprintf("no %v %v", de.Params["what"], de.Params["id"])
	case de.Key == "error.sheetFull":
		return fmt.Sprintf("an Excel sheet holds at most %v rows: write a .csv file, or narrow the filters", de.Params["max"])
	case de.Key == "error.cannotWrite":
		return fmt.Sprintf("cannot write %v: %v", de.Params["path"], de.Params["detail"])
	}
	return err.Error()
}
