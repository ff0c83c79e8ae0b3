package service_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// TestHomeAndListFromStoredFacts: Home's cards (their first rows and their
// totals) and the list's flags, read from the stored facts and indexes,
// equal the rules computed over every person and step, on many days
// (year ends, 28/29 February of common and leap years included).
func TestHomeAndListFromStoredFacts(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	r := rand.New(rand.NewPCG(9, 9))
	day := func(y int) string { return fmt.Sprintf("%d-%02d-%02d", y, 1+r.IntN(12), 1+r.IntN(28)) }
	birthdays := []string{"1980-02-29", "1979-02-28", "1990-12-31", "1985-01-01", "1970-03-01", ""}
	roles := append([]domain.BuyingRole{""}, domain.BuyingRoles...)
	var accounts []int64
	for i := range 40 {
		a := account(fmt.Sprint("客户", i))
		a.Identification = domain.IdentificationScores{LargeOrders: r.IntN(6), Strategic: r.IntN(6), Influence: 5, Technology: 5, Market: r.IntN(6)}
		id, err := st.CreateAccount(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		accounts = append(accounts, id)
		var people []int64
		for j := range r.IntN(12) {
			b := birthdays[r.IntN(len(birthdays))]
			if r.IntN(2) == 0 {
				b = day(1960 + r.IntN(40))
			}
			c := domain.Contact{AccountID: id, Name: fmt.Sprint("人", i, "-", j), Birthday: b, Role: roles[r.IntN(len(roles))],
				Influence: []domain.Influence{"high", "medium", "low"}[r.IntN(3)], Attitude: r.IntN(5) - 2}
			cid, err := st.CreateContact(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			people = append(people, cid)
		}
		for range r.IntN(15) {
			in := domain.Interaction{AccountID: id, Date: day(2025 + r.IntN(3)), Kind: "visit", NextStep: "跟进", NextDue: day(2025 + r.IntN(4))}
			if len(people) > 0 {
				in.ContactIDs = []int64{people[r.IntN(len(people))]}
			}
			in.NextDone = r.IntN(4) == 0
			if _, err := st.CreateInteraction(ctx, in); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, id := range accounts[:3] {
		if err := st.TrashAccount(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	set, err := st.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	days := []time.Time{time.Date(2026, 12, 25, 9, 0, 0, 0, beijing), time.Date(2027, 2, 20, 9, 0, 0, 0, beijing),
		time.Date(2027, 2, 28, 9, 0, 0, 0, beijing), time.Date(2028, 2, 20, 9, 0, 0, 0, beijing), time.Date(2027, 12, 31, 23, 0, 0, 0, beijing)}
	for range 25 {
		days = append(days, time.Date(2025+r.IntN(4), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, 0, 0, beijing))
	}
	var most service.Home
	for _, now := range days {
		clk := clocktest.At(now).Clock()
		h, err := service.NewPeople(st, clk).Home(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var everyone []domain.Contact
		flagged := 0
		page, err := service.NewAccounts(st, clk).Page(ctx, store.AccountQuery{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != len(accounts)-3 || len(page.Rows) != page.Total {
			t.Fatalf("page of %d rows, total %d", len(page.Rows), page.Total)
		}
		for _, v := range page.Rows {
			people, err := st.Contacts(ctx, v.Account.ID)
			if err != nil {
				t.Fatal(err)
			}
			everyone = append(everyone, people...)
			want := domain.ContactRedFlags(people, now, set.StaleDays)
			if !reflect.DeepEqual(v.Flags, want) {
				t.Fatalf("%s: %s: list flags %+v, rule %+v", now, v.Account.Name, v.Flags, want)
			}
			if v.Scores.KeyAccount && len(want) > 0 {
				flagged++
			}
		}
		if h.FlaggedTotal != flagged || len(h.Flagged) != min(flagged, service.HomeTop) {
			t.Errorf("%s: flagged %d (%d rows), want %d", now, h.FlaggedTotal, len(h.Flagged), flagged)
		}
		for _, v := range h.Flagged {
			if !v.Scores.KeyAccount || len(v.Flags) == 0 {
				t.Errorf("%s: %s on Home without being a flagged key account", now, v.Account.Name)
			}
		}
		// The rule's order among equals: by account, then person.
		sort.Slice(everyone, func(i, j int) bool {
			a, b := everyone[i], everyone[j]
			return a.AccountID < b.AccountID || a.AccountID == b.AccountID && a.ID < b.ID
		})
		want := service.UpcomingBirthdays(everyone, now, service.Horizon)
		if h.BirthdaysTotal != len(want) || !reflect.DeepEqual(h.Birthdays, want[:min(len(want), service.HomeTop)]) {
			t.Errorf("%s: birthdays %d %+v, want %d %+v", now, h.BirthdaysTotal, h.Birthdays, len(want), want)
		}
		steps, err := st.OpenSteps(ctx, now.AddDate(0, 0, service.Horizon).Format(time.DateOnly))
		if err != nil {
			t.Fatal(err)
		}
		most.StepsTotal = max(most.StepsTotal, h.StepsTotal)
		most.BirthdaysTotal = max(most.BirthdaysTotal, h.BirthdaysTotal)
		most.FlaggedTotal = max(most.FlaggedTotal, h.FlaggedTotal)
		if h.StepsTotal != len(steps) || !reflect.DeepEqual(h.Steps, steps[:min(len(steps), service.HomeTop)]) {
			t.Errorf("%s: steps %d, want %d", now, h.StepsTotal, len(steps))
		}
	}
	if most.StepsTotal <= service.HomeTop || most.BirthdaysTotal <= service.HomeTop || most.FlaggedTotal == 0 {
		t.Errorf("the book never filled a card: %+v", most)
	}
}
