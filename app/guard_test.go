package app

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"kams/backend/domain"
)

// Every exported method of every bound facade (what Wails binds: the
// types bound() hands it) has named results ending in err error, and its
// first statement is defer guard(&err): a panic in any call becomes a
// translated error and a log entry, never a vanished window. A new facade
// or method that forgets it fails here, by name.
func TestEveryBoundMethodIsGuarded(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	decls := map[string]*ast.FuncDecl{} // "Type.Method"
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
					continue
				}
				typ := fd.Recv.List[0].Type
				if st, ok := typ.(*ast.StarExpr); ok {
					typ = st.X
				}
				if id, ok := typ.(*ast.Ident); ok {
					decls[id.Name+"."+fd.Name.Name] = fd
				}
			}
		}
	}
	checked := 0
	for _, facade := range newFacades(nil, "").bound() {
		rt := reflect.TypeOf(facade)
		name := rt.Elem().Name()
		for i := range rt.NumMethod() {
			m := rt.Method(i).Name
			fd := decls[name+"."+m]
			if fd == nil {
				t.Errorf("%s.%s is bound but not declared in app/ on %s (promoted from an embedded type?): declare it here, guarded", name, m, name)
				continue
			}
			if why := unguarded(fd); why != "" {
				t.Errorf("%s: %s.%s %s: write `func (x *%s) %s(…) (…, err error) { defer guard(&err); … }`",
					fset.Position(fd.Pos()), name, m, why, name, m)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("checked %d bound methods: the scan lost them", checked)
	}
}

// unguarded says what is missing ("" when the method is guarded).
func unguarded(fd *ast.FuncDecl) string {
	rs := fd.Type.Results
	if rs == nil || len(rs.List) == 0 {
		return "returns nothing"
	}
	last := rs.List[len(rs.List)-1]
	if len(last.Names) == 0 {
		return "has unnamed results"
	}
	if id, ok := last.Type.(*ast.Ident); !ok || id.Name != "error" || last.Names[len(last.Names)-1].Name != "err" {
		return "does not end its results with err error"
	}
	if len(fd.Body.List) == 0 {
		return "has an empty body"
	}
	def, ok := fd.Body.List[0].(*ast.DeferStmt)
	if !ok {
		return "does not start with defer guard(&err)"
	}
	fn, ok := def.Call.Fun.(*ast.Ident)
	if !ok || fn.Name != "guard" || len(def.Call.Args) != 1 {
		return "does not start with defer guard(&err)"
	}
	u, ok := def.Call.Args[0].(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return "does not pass &err to guard"
	}
	if id, ok := u.X.(*ast.Ident); !ok || id.Name != "err" {
		return "does not pass &err to guard"
	}
	return ""
}

// A panic in a bound call — here a facade with no book behind it — comes
// back as error.panic naming the call and the log file, and the log holds
// the stack; the log never holds the panic's long text whole.
func TestGuardTurnsAPanicIntoAnErrorAndALogEntry(t *testing.T) {
	dir := t.TempDir()
	l, err := openLog(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	a := &Accounts{} // no service: Get dereferences nil
	_, err = a.Get(7)
	var e *domain.Error
	if !errors.As(err, &e) || e.Code != domain.CodeInternal || e.Key != "error.panic" {
		t.Fatalf("Get on a nil service = %v, want the error.panic error", err)
	}
	logFile := filepath.Join(dir, "log", "kams.log")
	if e.Params["call"] != "Accounts.Get" || e.Params["log"] != logFile {
		t.Errorf("params = %v, want call Accounts.Get and log %s", e.Params, logFile)
	}
	if ui := domain.UIError(err); ui != e {
		t.Errorf("UIError changed the panic's error: %v", ui)
	}
	long := strings.Repeat("张三的电话 13800000000 ", 20)
	func() (err error) {
		defer guard(&err)
		panic(long)
	}()
	got, err := os.ReadFile(logFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"level=ERROR msg=panic call=Accounts.Get", "nil pointer dereference", "app.(*Accounts).Get", "string: 张三"} {
		if !strings.Contains(string(got), want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(string(got), long) {
		t.Error("the log holds a panic's long text whole")
	}
	if fi, err := os.Stat(logFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("log file mode: %v %v, want 0600", fi.Mode(), err)
	}
}

// A panic on a goroutine of our own is logged and the program goes on.
func TestGoSafeLogsAPanic(t *testing.T) {
	dir := t.TempDir()
	l, err := openLog(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	done := make(chan struct{})
	goSafe("test loop", func() {
		defer close(done)
		var m map[string]int
		m["x"] = 1
	})
	<-done
	for range 100 {
		got, _ := os.ReadFile(filepath.Join(dir, "log", "kams.log"))
		if strings.Contains(string(got), `in="test loop"`) && strings.Contains(string(got), "assignment to entry in nil map") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Error("the goroutine's panic is not in the log")
}
