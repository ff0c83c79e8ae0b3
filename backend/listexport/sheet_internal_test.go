package listexport

import "testing"

// The CSV text of each kind of value: what import reads back.
func TestCSVText(t *testing.T) {
	for _, c := range []struct {
		in   any
		want string
	}{
		{"华为", "华为"}, {"=1+1", "'=1+1"}, {"+86 21 5555", "'+86 21 5555"}, {"-x", "'-x"}, {"@a", "'@a"},
		{"a=b", "a=b"}, {"'=x", "'=x"}, {"", ""}, {nil, ""},
		{Money(123456), "1234.56"}, {Money(5), "0.05"}, {Money(0), "0.00"}, {Money(100000000000000), "1000000000000.00"},
		{Date("2026-02-28"), "2026-02-28"}, {Date(""), ""},
		{Percent(0.25), "25.0%"}, {Percent(1.176), "117.6%"}, {Percent(-1), ""},
		{Decimal(88), "88.0"}, {3, "3"}, {int64(3900), "3900"}, {true, "1"},
	} {
		if got := csvText(c.in); got != c.want {
			t.Errorf("csvText(%#v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSheetName(t *testing.T) {
	for in, want := range map[string]string{"大客户": "大客户", "a/b:c?": "a-b-c-", "0123456789012345678901234567890123": "0123456789012345678901234567890"} {
		if got := sheetName(in); got != want {
			t.Errorf("sheetName(%q) = %q, want %q", in, got, want)
		}
	}
}
