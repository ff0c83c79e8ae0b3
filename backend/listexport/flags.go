package listexport

import (
	"flag"
	"reflect"
	"strings"
)

// Flags adds a list's filter flags to fl (a field tagged `cli:"name"`
// with a usage in `usage:"…"`: a string is --name TEXT, a list of strings
// --name A,B, a bool --name) and returns the filter they fill once fl is
// parsed.
func Flags(name string, fl *flag.FlagSet) (func() any, error) {
	l, err := find(name)
	if err != nil {
		return nil, err
	}
	f := reflect.New(l.filter)
	var lists []func()
	for _, field := range reflect.VisibleFields(l.filter) {
		cli := field.Tag.Get("cli")
		if cli == "" || field.Anonymous {
			continue
		}
		v := f.Elem().FieldByIndex(field.Index)
		usage := field.Tag.Get("usage")
		switch v.Kind() {
		case reflect.String:
			fl.StringVar(v.Addr().Interface().(*string), cli, "", usage)
		case reflect.Bool:
			fl.BoolVar(v.Addr().Interface().(*bool), cli, false, usage)
		case reflect.Slice:
			raw := fl.String(cli, "", usage+" (comma-separated)")
			lists = append(lists, func() { v.Set(reflect.ValueOf(splitList(*raw))) })
		}
	}
	return func() any {
		for _, set := range lists {
			set()
		}
		return f.Interface()
	}, nil
}

// splitList is "a, b，c" as [a b c]; "" is none.
func splitList(s string) []string {
	out := []string{}
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
