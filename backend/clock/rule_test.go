package clock_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// wallClockAllowed are the only files that may read the wall clock: main,
// which hands the one clock to the composition root, and the test clock's
// stopwatch, which times benchmarks.
var wallClockAllowed = map[string]bool{
	"main.go":                              true,
	"backend/clock/clocktest/clocktest.go": true,
}

// sqlClock finds SQL that reads the time itself: SQLite's 'now' and
// 'localtime' and the CURRENT_* keywords.
var sqlClock = regexp.MustCompile(`(?i)'now'|'localtime'|\bcurrent_(timestamp|date|time)\b`)

// TestOneClock: nothing in backend/ or app/ reads the wall clock, in Go or in
// SQL, except through the clock main hands to the composition root
// (app/book), which passes it to store.Open and to every service. A test
// sets its "today" with clocktest.
func TestOneClock(t *testing.T) {
	root := filepath.Join("..", "..")
	var files []string
	for _, dir := range []string{"backend", "app"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	files = append(files, filepath.Join(root, "main.go"))
	if len(files) < 50 {
		t.Fatalf("found only %d Go files under %s: wrong root?", len(files), root)
	}
	const why = "read the time only through the clock the composition root hands out " +
		"(store.Open's and each service's clock.Clock; in tests, clocktest)"
	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		timePkg := ""
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "time" {
				timePkg = "time"
				if imp.Name != nil {
					timePkg = imp.Name.Name
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				x, ok := n.X.(*ast.Ident)
				if !ok || timePkg == "" || x.Name != timePkg || wallClockAllowed[rel] {
					return true
				}
				switch n.Sel.Name {
				case "Now", "Since", "Until":
					t.Errorf("%s:%d: time.%s reads the wall clock; %s", rel, fset.Position(n.Pos()).Line, n.Sel.Name, why)
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING && sqlClock.MatchString(n.Value) && !strings.HasSuffix(rel, "clock/rule_test.go") {
					t.Errorf("%s:%d: SQL %q reads the clock of the process; pass the day or the stamp from the clock instead (%s)",
						rel, fset.Position(n.Pos()).Line, sqlClock.FindString(n.Value), why)
				}
			}
			return true
		})
	}
}
