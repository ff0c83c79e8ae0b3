package domain

import "testing"

// Every header and alias of a list names exactly one of its columns, so a
// file's header never matches two fields.
func TestSheetHeadersNameOneColumn(t *testing.T) {
	for _, kind := range SheetKinds {
		cols := SheetColumns(kind)
		if len(cols) == 0 {
			t.Fatalf("%s: no columns", kind)
		}
		for _, c := range cols {
			for _, h := range append([]string{c.Zh, c.En, c.Key}, c.Aliases...) {
				n := 0
				for _, other := range cols {
					if other.Matches(h) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%s: header %q matches %d columns", kind, h, n)
				}
			}
			if c.Type == ColEnum && len(Choices(c.Enum, DefaultStages())) == 0 {
				t.Errorf("%s.%s: enum %q has no choices", kind, c.Key, c.Enum)
			}
		}
	}
}

func TestHeaderMatchingIgnoresCaseMarksAndUnits(t *testing.T) {
	for _, h := range []string{"公司名称", " NAME ", "*公司名称", "name*", "Account  name", "客户名称"} {
		if c, ok := MatchColumn(SheetAccounts, h); !ok || c.Key != "name" {
			t.Errorf("%q: got %v %v", h, c.Key, ok)
		}
	}
	if c, ok := MatchColumn(SheetAccounts, "我方年销售额（元）"); !ok || c.Key != "ourSales" {
		t.Errorf("unit suffix: got %v %v", c.Key, ok)
	}
	if _, ok := MatchColumn(SheetAccounts, "README"); ok {
		t.Error("README matched a column")
	}
}

func TestChoicesByEitherLabel(t *testing.T) {
	for cell, want := range map[string]string{"合作中": "active", "ACTIVE": "active", "active": "active", " Dormant": "dormant"} {
		if c, ok := ChoiceOf(EnumAccountStatus, nil, cell); !ok || c.Value != want {
			t.Errorf("%q: got %v %v", cell, c.Value, ok)
		}
	}
	if c, ok := ChoiceOf(EnumDealStage, DefaultStages(), "bid & negotiate"); !ok || c.Value != "bid" {
		t.Errorf("stage: %v %v", c, ok)
	}
	if _, ok := ChoiceOf(EnumAttitude, nil, "很好"); ok {
		t.Error("unknown attitude accepted")
	}
}
