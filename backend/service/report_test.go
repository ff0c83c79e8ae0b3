package service_test

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
)

func TestBriefDataOfTheSample(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return time.Date(2026, 3, 16, 9, 0, 0, 0, time.Local) }
	st := newStoreAt(t, now)
	if err := service.NewSample(st, now).Load(ctx); err != nil {
		t.Fatal(err)
	}
	r := book.New(st).Reports
	a, err := r.FindAccount(ctx, "江宁新能源汽车股份有限公司")
	if err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{"江宁汽车", "jiangning new energy vehicle co., ltd.", " " + strconv.FormatInt(a.ID, 10) + " "} {
		if got, err := r.FindAccount(ctx, ref); err != nil || got.ID != a.ID {
			t.Errorf("FindAccount(%q) = %d, %v; want %d", ref, got.ID, err, a.ID)
		}
	}
	if _, err := r.FindAccount(ctx, "没有这个客户"); err == nil {
		t.Error("FindAccount of an unknown name succeeded")
	}

	b, err := r.BriefData(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if b.Account.ID != a.ID || b.Currency != "CNY" || !b.Printed.Equal(now()) {
		t.Errorf("brief of %d in %s printed %v", b.Account.ID, b.Currency, b.Printed)
	}
	if len(b.People) == 0 || len(b.People) > service.BriefPeople || b.PeopleTotal < len(b.People) {
		t.Errorf("%d people of %d", len(b.People), b.PeopleTotal)
	}
	// Key people first: no economic buyer or coach after anyone else.
	rank := func(c domain.Contact) int {
		switch {
		case c.Role == domain.RoleEconomic:
			return 0
		case c.Role == domain.RoleCoach:
			return 1
		case c.Influence == domain.InfluenceHigh:
			return 2
		}
		return 3
	}
	for i := 1; i < len(b.People); i++ {
		if rank(b.People[i]) < rank(b.People[i-1]) && rank(b.People[i]) < 3 {
			t.Errorf("%s (%s, %s) comes after %s", b.People[i].Name, b.People[i].Role, b.People[i].Influence, b.People[i-1].Name)
		}
	}
	if b.People[0].Role != domain.RoleEconomic {
		t.Errorf("first person %s is %s, want the economic buyer", b.People[0].Name, b.People[0].Role)
	}
	if len(b.Deals) == 0 || len(b.Deals) > service.BriefDeals {
		t.Errorf("%d deals", len(b.Deals))
	}
	for i, d := range b.Deals {
		if d.Stage.Zh == "" || d.Stage.En == "" || d.Stage.Zh == d.Stage.En {
			t.Errorf("deal %s has stage name %+v", d.Name, d.Stage)
		}
		if i > 0 && d.Amount > b.Deals[i-1].Amount {
			t.Errorf("deal %s (%d) after a smaller one", d.Name, d.Amount)
		}
	}
	if len(b.Interactions) != service.BriefInteractions || b.InteractionsTotal <= len(b.Interactions) {
		t.Errorf("%d interactions of %d", len(b.Interactions), b.InteractionsTotal)
	}
	for i := 1; i < len(b.Interactions); i++ {
		if b.Interactions[i].Date > b.Interactions[i-1].Date {
			t.Errorf("interactions not newest first")
		}
	}
	for i, s := range b.Steps {
		if s.NextStep == "" || s.NextDone {
			t.Errorf("step %q (done %v) is not open", s.NextStep, s.NextDone)
		}
		if i > 0 && s.NextDue < b.Steps[i-1].NextDue {
			t.Errorf("steps not soonest due first")
		}
	}

	var pdf bytes.Buffer
	if err := r.Brief(ctx, a.ID, "en", &pdf); err != nil || !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("Brief: %v", err)
	}
}

func TestBriefOfAMissingOrTrashedAccount(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	accounts := service.NewAccounts(st, st.Clock())
	v, err := accounts.Create(ctx, account("华为技术有限公司"))
	if err != nil {
		t.Fatal(err)
	}
	r := book.New(st).Reports
	var pdf bytes.Buffer
	if err := r.Brief(ctx, v.Account.ID+1, "zh", &pdf); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("brief of a missing account: %v", err)
	}
	if err := accounts.Delete(ctx, v.Account.ID); err != nil {
		t.Fatal(err)
	}
	if err := r.Brief(ctx, v.Account.ID, "zh", &pdf); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("brief of a trashed account: %v", err)
	}
	if _, err := r.FindAccount(ctx, "华为技术有限公司"); err == nil {
		t.Error("FindAccount found a trashed account")
	}
	if pdf.Len() != 0 {
		t.Error("a refused brief wrote output")
	}
}
