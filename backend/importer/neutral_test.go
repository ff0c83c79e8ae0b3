package importer

import "testing"

func TestUnneutralise(t *testing.T) {
	for in, want := range map[string]string{
		"'=1+1": "=1+1", "'+86 21": "+86 21", "'-5": "-5", "'@SUM(A1)": "@SUM(A1)",
		"'hello": "'hello", "''=x": "''=x", "'": "'", "=1+1": "=1+1", "": "",
	} {
		if got := unneutralise(in); got != want {
			t.Errorf("unneutralise(%q) = %q, want %q", in, got, want)
		}
	}
}
