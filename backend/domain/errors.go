// Package domain holds the KAMS vocabulary: the records a key-account
// salesperson keeps, the book's scoring rules, and the errors that cross to
// the UI as translation keys rather than English sentences.
package domain

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes group errors for the UI; the translation key says what happened.
const (
	CodeValidation = "validation"
	CodeNotFound   = "not_found"
	CodeConflict   = "conflict"
	CodeInternal   = "internal"
	// CodeStorage is a write the database file refused (disk full,
	// read-only, in use): nothing was saved, and the user can act on it.
	CodeStorage = "storage"
)

// FieldError is one invalid field: the UI shows Key, translated with Params,
// beside the input named Field.
type FieldError struct {
	Field  string         `json:"field"`
	Key    string         `json:"key"`
	Params map[string]any `json:"params,omitempty"`
}

// Error is what every layer returns when the user has to be told something.
// It is rendered to the UI as JSON (see UIError), never as Error()'s text.
type Error struct {
	Code   string         `json:"code"`
	Key    string         `json:"key"`
	Params map[string]any `json:"params,omitempty"`
	Fields []FieldError   `json:"fields,omitempty"`
	cause  error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Code + ": " + e.Key)
	for _, f := range e.Fields {
		fmt.Fprintf(&b, "; %s: %s", f.Field, f.Key)
	}
	if e.cause != nil {
		b.WriteString(": " + e.cause.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.cause }

// Is makes errors.Is(err, ErrNotFound) true for any not-found error, whatever
// record it names.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code && t.Key == e.Key && t.Params == nil && t.Fields == nil
}

// ErrNotFound is the sentinel for a record that does not exist (or is in the
// trash when a live one was asked for).
var ErrNotFound = &Error{Code: CodeNotFound, Key: "error.notFound"}

// NotFound wraps ErrNotFound with the layer's context.
func NotFound(what string, id int64) error {
	return &Error{Code: CodeNotFound, Key: "error.notFound", Params: map[string]any{"what": what, "id": id}}
}

// Conflict is an error the user can fix, on one field.
func Conflict(field, key string, params map[string]any) error {
	return &Error{Code: CodeConflict, Key: key, Params: params,
		Fields: []FieldError{{Field: field, Key: key, Params: params}}}
}

// Storage is a write the database refused for a reason the user can act
// on (key says which); cause keeps the driver's message for the log.
func Storage(key string, cause error) error {
	return &Error{Code: CodeStorage, Key: key, cause: cause}
}

// Validation collects field errors; Err returns nil when there are none.
type Validation struct{ fields []FieldError }

// Add records that field is invalid with the given translation key.
func (v *Validation) Add(field, key string, params map[string]any) {
	v.fields = append(v.fields, FieldError{Field: field, Key: key, Params: params})
}

// Err is the collected validation error, or nil.
func (v *Validation) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &Error{Code: CodeValidation, Key: "error.validation", Fields: v.fields}
}

// UIError turns any error into the shape the frontend understands. Errors
// that are not *Error are internal faults: the UI shows a translated
// "something went wrong" with the technical detail as a parameter.
func UIError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Code: CodeInternal, Key: "error.internal", Params: map[string]any{"detail": err.Error()}}
}
