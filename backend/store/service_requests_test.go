package store

import (
	"context"
	"errors"
	"testing"

	"kams/backend/domain"
)

func TestServiceRequestsPageOverdueTrashAndSearch(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := create(t, s, account("江宁汽车"))
	b := create(t, s, account("苏电智能"))
	other, err := s.CreateContact(ctx, domain.Contact{AccountID: b, Name: "黄志明", Influence: domain.InfluenceHigh})
	if err != nil {
		t.Fatal(err)
	}
	req := func(account int64, title string, sev domain.Severity, status domain.ServiceStatus, opened string) int64 {
		t.Helper()
		r := domain.ServiceRequest{AccountID: account, Title: title, Type: "complaint", Severity: sev, Channel: "phone", Status: status, Opened: opened}
		if status.Done() {
			r.Resolved, r.Resolution = opened, "已处理"
		}
		id, err := s.CreateServiceRequest(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	late := req(a, "焊装线停线", "critical", "open", "2026-06-10")
	req(a, "发票错误", "low", "progress", "2026-06-10")
	req(b, "配网终端通讯中断", "high", "resolved", "2026-05-01")
	cut := OverdueCutoffs{"critical": "2026-06-14", "high": "2026-06-12", "medium": "2026-06-08", "low": "2026-06-01"}

	page, total, err := s.ServicePage(ctx, ServiceQuery{Overdue: true}, cut)
	if err != nil || total != 1 || page[0].ID != late {
		t.Fatalf("overdue: %v %d %+v", err, total, page)
	}
	if _, total, _ := s.ServicePage(ctx, ServiceQuery{OpenOnly: true}, cut); total != 2 {
		t.Errorf("open: %d, want 2", total)
	}
	if page, total, _ := s.ServicePage(ctx, ServiceQuery{AccountID: b}, cut); total != 1 || page[0].AccountName != "苏电智能" {
		t.Errorf("of b: %d %+v", total, page)
	}
	if _, total, _ := s.ServicePage(ctx, ServiceQuery{Text: "苏电"}, cut); total != 1 {
		t.Errorf("by account name: %d", total)
	}

	// A contact of another account is refused; nothing changes.
	r, _ := s.ServiceRequest(ctx, late)
	r.ContactID = other
	var de *domain.Error
	if err := s.UpdateServiceRequest(ctx, r); !errors.As(err, &de) || de.Key != "error.otherAccount" {
		t.Errorf("other account's contact: %v", err)
	}
	// A save from an old read is refused.
	r.ContactID, r.Title = 0, "焊装线停线（已升级）"
	if err := s.UpdateServiceRequest(ctx, r); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateServiceRequest(ctx, r); !errors.As(err, &de) || de.Key != "conflict.changedElsewhere" {
		t.Errorf("stale save: %v", err)
	}

	found, err := s.Search(ctx, "已升级")
	if err != nil || len(found.Services) != 1 || found.Services[0].AccountID != a {
		t.Fatalf("search: %v %+v", err, found.Services)
	}
	if err := s.TrashServiceRequest(ctx, late); err != nil {
		t.Fatal(err)
	}
	if found, _ := s.Search(ctx, "已升级"); len(found.Services) != 0 {
		t.Error("a trashed request is still found")
	}
	if _, total, _ := s.TrashedServicePage(ctx, 0, 10); total != 1 {
		t.Errorf("trash: %d", total)
	}
	if err := s.RestoreServiceRequest(ctx, late); err != nil {
		t.Fatal(err)
	}
	if found, _ := s.Search(ctx, "已升级"); len(found.Services) != 1 {
		t.Error("a restored request is not found")
	}
	if err := s.PurgeServiceRequest(ctx, late); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("purge of a live request: %v", err)
	}
	if err := s.TrashServiceRequest(ctx, late); err != nil {
		t.Fatal(err)
	}
	if err := s.PurgeServiceRequest(ctx, late); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ServiceRequest(ctx, late); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("purged: %v", err)
	}
}

func TestSatisfactionPerQuarter(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := create(t, s, account("江宁汽车"))
	for _, v := range []domain.Survey{
		{Period: "2026-Q1", Score: 4, Recommend: 9}, {Period: "2026-Q1", Score: 5, Recommend: 10}, {Period: "2026-Q1", Score: 3, Recommend: 6},
		{Period: "2026-Q2", Score: 2, Recommend: 3},
	} {
		v.AccountID, v.Date = a, "2026-06-01"
		if _, err := s.CreateSurvey(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Satisfaction(ctx, a, 8)
	if err != nil || len(got) != 2 {
		t.Fatalf("%v %+v", err, got)
	}
	if q := got[0]; q.Period != "2026-Q1" || q.Answers != 3 || q.Score != 4 || q.NPS != 33 {
		t.Errorf("Q1: %+v, want mean 4, NPS (2−1)/3 = 33", q)
	}
	if q := got[1]; q.Period != "2026-Q2" || q.NPS != -100 {
		t.Errorf("Q2: %+v", q)
	}
	in, _, _, _, err := s.AccountHealthInputs(ctx, a, "2026-06-15")
	if err != nil || in.Satisfaction != 2 {
		t.Errorf("the latest quarter's mean: %v %v", err, in.Satisfaction)
	}
}
