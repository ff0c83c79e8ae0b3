package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"kams/app/book"
)

func writeCSV(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "in.csv")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// kams import creates the book when it does not exist, prints "imported N"
// and exits 0; a second run of the same file prints every duplicate as
// "row N · field · reason", exits non-zero and writes nothing.
func TestImportPrintsCountOrEveryProblem(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new", "kams.db")
	if err := os.MkdirAll(filepath.Dir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	in := writeCSV(t, "公司名称,状态\n甲公司,合作中\n乙公司,潜在\n")
	var out bytes.Buffer
	if err := run(t, []string{"import", "accounts", "--db", db, "--file", in}, &out); err != nil {
		t.Fatal(err, out.String())
	}
	if out.String() != "imported 2\n" {
		t.Fatalf("printed %q", out.String())
	}
	out.Reset()
	err := run(t, []string{"import", "accounts", "--db", db, "--file", in, "--lang", "en"}, &out)
	if !errors.Is(err, ErrNotImported) {
		t.Fatalf("second run: %v", err)
	}
	want := "row 2 · 公司名称 · “甲公司” is already an account: an import never changes existing records\n" +
		"row 3 · 公司名称 · “乙公司” is already an account: an import never changes existing records\n"
	if out.String() != want {
		t.Fatalf("printed %q\nwant %q", out.String(), want)
	}
}

func TestImportJSONDryRunAndWholeFileErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kams.db")
	in := writeCSV(t, "Name,Employees\nA,12\nB,-1\n")
	var out bytes.Buffer
	err := run(t, []string{"import", "accounts", "--db", db, "--file", in, "--json", "--lang", "en"}, &out)
	if !errors.Is(err, ErrNotImported) {
		t.Fatal(err)
	}
	var res struct {
		Imported int `json:"imported"`
		Errors   []struct {
			Row                  int
			Field, Code, Message string
		} `json:"errors"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err, out.String())
	}
	if res.Imported != 0 || len(res.Errors) != 1 || res.Errors[0].Row != 3 || res.Errors[0].Field != "Employees" ||
		res.Errors[0].Code != "negative" || res.Errors[0].Message != "“-1” cannot be negative" {
		t.Fatalf("got %+v", res)
	}
	if !strings.Contains(out.String(), `"imported":0,"errors":[{"row":3,"field":"Employees","code":"negative","message":`) {
		t.Errorf("JSON shape: %s", out.String())
	}

	good := writeCSV(t, "Name\nA\n")
	out.Reset()
	if err := run(t, []string{"import", "accounts", "--db", db, "--file", good, "--dry-run"}, &out); err != nil {
		t.Fatal(err)
	}
	if out.String() != "dry run: would import 1\n" {
		t.Fatalf("dry run printed %q", out.String())
	}
	out.Reset()
	if err := run(t, []string{"import", "accounts", "--db", db, "--file", good, "--json"}, &out); err != nil {
		t.Fatal(err)
	}
	if out.String() != "{\"imported\":1,\"errors\":[]}\n" {
		t.Fatalf("json printed %q", out.String())
	}

	empty := filepath.Join(t.TempDir(), "empty.xlsx")
	os.WriteFile(empty, nil, 0o600)
	out.Reset()
	err = run(t, []string{"import", "contacts", "--db", db, "--file", empty, "--json"}, &out)
	if !errors.Is(err, ErrNotImported) || out.String() != "{\"imported\":0,\"errors\":[{\"row\":0,\"field\":\"\",\"code\":\"empty_file\",\"message\":\"文件是空的\"}]}\n" {
		t.Fatalf("empty: %v %q", err, out.String())
	}
}

func TestImportRefusesBadArguments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kams.db")
	in := writeCSV(t, "Name\nA\n")
	for _, args := range [][]string{
		{"import"},
		{"import", "targets", "--db", db, "--file", in},
		{"import", "accounts", "--file", in},
		{"import", "accounts", "--db", db},
		{"import", "accounts", "--db", db, "--file", in, "--lang", "fr"},
		{"import", "accounts", "--db", db, "--file", in, "extra"},
	} {
		var out bytes.Buffer
		if err := run(t, args, &out); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	var out bytes.Buffer
	err := run(t, []string{"import", "accounts", "--db", db, "--file", in, "--sheet", "Nope", "--lang", "en"}, &out)
	if !errors.Is(err, ErrNotImported) || out.String() != "row 0 · sheet · the file has no sheet named “Nope”\n" {
		t.Fatalf("unknown sheet: %v %q", err, out.String())
	}
	if got := listNames(t, db); !reflect.DeepEqual(got, []string{}) {
		t.Fatalf("wrote %v", got)
	}
}

// listNames are the live accounts of the book at db.
func listNames(t *testing.T, db string) []string {
	t.Helper()
	b, err := book.Open(context.Background(), db, testClock.Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	list, err := b.Store.Accounts(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, a := range list {
		out = append(out, a.Name)
	}
	return out
}
