package sample

import (
	"reflect"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
)

// The big book is the same however it is cut into batches, and the same
// again for the same day.
func TestScaledIsDeterministic(t *testing.T) {
	today := clocktest.Start()
	whole := Scaled(today, 0, 12)
	a, b := Scaled(today, 0, 5), Scaled(today, 5, 12)
	if !reflect.DeepEqual(whole.Accounts, append(a.Accounts, b.Accounts...)) ||
		!reflect.DeepEqual(whole.Interactions, append(a.Interactions, b.Interactions...)) ||
		!reflect.DeepEqual(whole.Deals, append(a.Deals, b.Deals...)) {
		t.Error("a book written in two batches differs from one written at once")
	}
	if !reflect.DeepEqual(whole, Scaled(today, 0, 12)) {
		t.Error("two books of the same day differ")
	}
}

func TestScaledNamesAreUnique(t *testing.T) {
	if MaxScaledAccounts() < 20_000 {
		t.Fatalf("only %d distinct names", MaxScaledAccounts())
	}
	seen := map[string]int{}
	for _, a := range Accounts() {
		seen[a.Name] = -1
	}
	for i := range MaxScaledAccounts() {
		c, core, tr := nameParts(i)
		name := c.zh + core.zh + tr.zh // the legal form is drawn apart
		if j, ok := seen[name]; ok {
			t.Fatalf("accounts %d and %d are both %s", j, i, name)
		}
		seen[name] = i
	}
}

// Every generated record passes the checks the app makes on a save, its
// dates lie within the five years before today, and each deal's history
// is in order: stays back to back, the last one open only while the deal is.
func TestScaledRecordsAreValid(t *testing.T) {
	today := clocktest.Start()
	day := func(d time.Time) string { return d.Format(time.DateOnly) }
	oldest, now := day(today.AddDate(-ScaleYears, 0, 0)), day(today)
	seed := Scaled(today, 100, 160)
	for _, a := range seed.Accounts {
		if err := a.Validate(); err != nil {
			t.Errorf("account %s: %v", a.Name, err)
		}
	}
	for _, c := range seed.Contacts {
		ct := c.Contact
		ct.AccountID = 1
		if err := ct.Validate(); err != nil {
			t.Errorf("%s at %s: %v", ct.Name, c.Account, err)
		}
	}
	ahead := 0
	for _, si := range seed.Interactions {
		in := si.Interaction
		in.AccountID = 1
		if err := in.Validate(); err != nil {
			t.Errorf("interaction at %s: %v", si.Account, err)
		}
		if in.Date <= oldest || in.Date > now {
			t.Errorf("interaction at %s on %s, outside (%s, %s]", si.Account, in.Date, oldest, now)
		}
		if in.NextStep != "" && in.NextDue > now {
			ahead++
			if in.NextDone {
				t.Errorf("a step due %s is done already", in.NextDue)
			}
		}
	}
	if ahead == 0 {
		t.Error("no next step lies ahead")
	}
	for _, d := range seed.Deals {
		o := d.Deal
		o.AccountID = 1
		if err := o.Validate(domain.DefaultStages()); err != nil {
			t.Errorf("deal %s: %v", o.Name, err)
		}
		v := d.Visits
		if len(v) == 0 || v[len(v)-1].Stage != o.Stage {
			t.Fatalf("deal %s in %s has stays %+v", o.Name, o.Stage, v)
		}
		if v[0].Entered <= oldest {
			t.Errorf("deal %s began %s, before %s", o.Name, v[0].Entered, oldest)
		}
		for i, s := range v {
			open := i == len(v)-1 && o.Status == domain.DealOpen
			if open != (s.Left == "") || (!open && (s.Left < s.Entered || s.Left > now)) {
				t.Errorf("deal %s (%s): stay %+v", o.Name, o.Status, s)
			}
			if i > 0 && v[i-1].Left != s.Entered {
				t.Errorf("deal %s: stay %+v does not follow %+v", o.Name, s, v[i-1])
			}
		}
		if o.Status != domain.DealOpen && o.ClosedOn != v[len(v)-1].Left {
			t.Errorf("deal %s closed %s, its last stay ended %s", o.Name, o.ClosedOn, v[len(v)-1].Left)
		}
		for _, touch := range d.Touches {
			if touch < v[0].Entered || touch > now {
				t.Errorf("deal %s touched %s, outside its life from %s", o.Name, touch, v[0].Entered)
			}
		}
	}
}
