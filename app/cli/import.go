package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/importer"
	"kams/backend/report"
)

// ErrNotImported is the exit of an import that found problems: they are
// printed, nothing was written, and the command exits non-zero.
var ErrNotImported = errors.New("import: nothing imported")

// importUsage is the import command's help.
const importUsage = `usage: kams import accounts|contacts|deals|visits --db FILE --file FILE [--sheet NAME] [--dry-run] [--json] [--lang zh|en]

Reads the records from an .xlsx or .csv file, matching columns by their header
in Chinese or English, and imports all of them in one transaction or, when any
row is wrong, none: every problem is printed as "row N · field · reason".
--dry-run checks the file and writes nothing. The database is created if it
does not exist.`

// importResult is the --json output.
type importResult struct {
	Imported int                `json:"imported"`
	Errors   []importer.Problem `json:"errors"`
}

func importCmd(args []string, env Env) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(env.Stdout, importUsage)
		if len(args) == 0 {
			return errors.New("import: which records? accounts, contacts, deals or visits")
		}
		return nil
	}
	kind := domain.SheetKind(args[0])
	if domain.SheetColumns(kind) == nil {
		return fmt.Errorf("import: %q is not accounts, contacts, deals or visits", args[0])
	}
	fl := flag.NewFlagSet("kams import "+args[0], flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	db := fl.String("db", "", "the database file (created if it does not exist)")
	file := fl.String("file", "", "the .xlsx or .csv file to import")
	sheet := fl.String("sheet", "", "the sheet of a workbook (default: the first that is a table)")
	dry := fl.Bool("dry-run", false, "check the file, write nothing")
	asJSON := fl.Bool("json", false, "print the result as JSON")
	lang := fl.String("lang", "zh", "the language of the reasons: zh or en")
	if err := fl.Parse(args[1:]); err != nil {
		return fmt.Errorf("import: %w\n%s", err, importUsage)
	}
	switch {
	case fl.NArg() > 0:
		return fmt.Errorf("import: unexpected argument %q", fl.Arg(0))
	case *db == "":
		return errors.New("import: --db FILE is required")
	case *file == "":
		return errors.New("import: --file FILE is required")
	}
	l, err := report.NormalizeLang(*lang)
	if err != nil {
		return fmt.Errorf("import: --lang: %q is not zh or en", *lang)
	}
	ctx := context.Background()
	b, err := book.Open(ctx, *db, env.Clock)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer b.Close()
	plan, err := b.Import.Check(ctx, importer.Request{Kind: kind, Path: *file, Sheet: *sheet, Lang: l})
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	res := importResult{Errors: plan.Errors}
	if plan.OK() && !*dry {
		if res.Imported, err = b.Import.Write(ctx, plan); err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			return err
		}
	} else {
		for _, p := range plan.Errors {
			field := p.Field
			if field == "" {
				field = "-"
			}
			fmt.Fprintf(env.Stdout, "row %d · %s · %s\n", p.Row, field, p.Message)
		}
		switch {
		case plan.OK() && *dry:
			fmt.Fprintf(env.Stdout, "dry run: would import %d\n", plan.Rows)
		case plan.OK():
			fmt.Fprintf(env.Stdout, "imported %d\n", res.Imported)
		}
	}
	if !plan.OK() {
		return ErrNotImported
	}
	return nil
}
