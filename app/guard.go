package app

import (
	"fmt"
	goruntime "runtime"
	"runtime/debug"
	"strings"

	"kams/backend/domain"
)

// guard is the first statement of every bound method (`defer guard(&err)`,
// with named results; guard_test.go checks each one): a panic in the call
// — a bug of ours, a nil book, an index out of range — is written to the
// log with its stack and reaches the page as a translated error
// (error.panic, naming the call and the log file) instead of killing the
// window with everything typed in it. Wails does not recover panics in
// bound calls itself.
func guard(err *error) {
	r := recover()
	if r == nil {
		return
	}
	call := boundCall()
	logger().Error("panic", "call", call, "value", panicValue(r), "stack", string(debug.Stack()))
	*err = &domain.Error{Code: domain.CodeInternal, Key: "error.panic",
		Params: map[string]any{"call": call, "log": currentLogPath()}}
}

// panicValue is what the log keeps of a panic's value: the runtime's own
// message (index out of range, nil pointer), or for any other value its
// type and the first 120 characters of its text — the text of a panic is
// ours, not the user's, but a long one is cut all the same.
func panicValue(r any) string {
	if re, ok := r.(goruntime.Error); ok {
		return re.Error()
	}
	s := []rune(fmt.Sprint(r))
	if len(s) > 120 {
		s = append(s[:120], '…')
	}
	return fmt.Sprintf("%T: %s", r, string(s))
}

// boundCall names the bound method that panicked ("Accounts.Get"): the
// outermost method of this package on the stack below the panic, before
// the reflection that Wails calls it with.
func boundCall() string {
	pcs := make([]uintptr, 64)
	n := goruntime.Callers(3, pcs) // past Callers, boundCall, guard
	frames := goruntime.CallersFrames(pcs[:n])
	call := ""
	for {
		f, more := frames.Next()
		name := f.Function
		if strings.HasPrefix(name, "reflect.") || strings.HasPrefix(name, "testing.") {
			break
		}
		if rest, ok := strings.CutPrefix(name, "kams/app.(*"); ok {
			call = strings.Replace(rest, ").", ".", 1)
		}
		if !more {
			break
		}
	}
	if call == "" {
		return "?"
	}
	return call
}
