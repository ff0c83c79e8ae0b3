package store

import (
	"context"
	"errors"
	"testing"

	"kams/backend/domain"
)

// figuresFixture: 王磊 leads 江宁 and 李娜 leads 苏电; the deals and
// interactions are spread over Q1 and Q2 of 2026. The store's clock stamps
// every deal as created on 2026-01-02.
func figuresFixture(t *testing.T) (*Store, int64) {
	t.Helper()
	ctx := context.Background()
	s := newStore(t)
	a := account("江宁新能源汽车股份有限公司")
	a.Manager = "王磊"
	b := account("苏电智能电网设备有限公司")
	b.Manager = "李娜"
	ja, err := s.CreateAccount(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := s.CreateAccount(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	deal := func(acc int64, name string, amount int64, status string, closed string) int64 {
		id, err := s.CreateDeal(ctx, domain.Opportunity{AccountID: acc, Name: name, Amount: amount, CloseDate: "2026-09-30",
			Stage: "commit", Status: status, ClosedOn: closed}, "2026-01-02")
		if err != nil {
			t.Fatalf("CreateDeal(%s): %v", name, err)
		}
		return id
	}
	deal(ja, "总装线一期", 200_0000_00, domain.DealWon, "2026-02-10")
	deal(ja, "电池包线", 100_0000_00, domain.DealWon, "2026-03-01")
	deal(ja, "涂装线", 80_0000_00, domain.DealLost, "2026-03-15")
	deal(ja, "备件框架", 50_0000_00, domain.DealWon, "2026-04-02")
	deal(ja, "二期规划", 300_0000_00, domain.DealOpen, "")
	trashed := deal(ja, "已删除的赢单", 70_0000_00, domain.DealWon, "2026-02-11")
	if err := s.TrashDeal(ctx, trashed); err != nil {
		t.Fatal(err)
	}
	deal(sb, "配网终端产线", 999_0000_00, domain.DealWon, "2026-02-01")
	for _, in := range []struct {
		acc        int64
		date, kind string
	}{{ja, "2026-01-10", "visit"}, {ja, "2026-01-12", "call"}, {ja, "2026-02-20", "meeting"}, {ja, "2026-04-01", "visit"}, {sb, "2026-01-11", "visit"}} {
		if _, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: in.acc, Date: in.date, Kind: domain.InteractionKind(in.kind)}); err != nil {
			t.Fatal(err)
		}
	}
	var wang int64
	if err := s.r.QueryRowContext(ctx, "SELECT id FROM members WHERE name = '王磊'").Scan(&wang); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, "INSERT INTO targets (period, member_id, revenue, updated_at) VALUES ('2026-Q1', ?, 250000000, '')", wang); err != nil {
		t.Fatal(err)
	}
	return s, wang
}

func TestMemberFigures(t *testing.T) {
	s, wang := figuresFixture(t)
	for _, c := range []struct {
		period string
		want   domain.MemberFigures
	}{
		{"2026-Q1", domain.MemberFigures{Won: 2, WonAmount: 300_0000_00, Lost: 1, Visits: 2, NewDeals: 5, Target: 250_0000_00, HasTarget: true}},
		{"2026-Q2", domain.MemberFigures{Won: 1, WonAmount: 50_0000_00, Visits: 1}},
		{"2026-H1", domain.MemberFigures{Won: 3, WonAmount: 350_0000_00, Lost: 1, Visits: 3, NewDeals: 5}},
		{"2025-Q4", domain.MemberFigures{}},
	} {
		from, to, err := domain.PeriodRange(c.period)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.MemberFigures(context.Background(), wang, c.period, from, to)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%s: figures = %+v, want %+v", c.period, got, c.want)
		}
	}
}

func TestDeleteMemberHandsOverTheAccountsTheyLead(t *testing.T) {
	ctx := context.Background()
	s, wang := figuresFixture(t)
	li, err := s.CreateMember(ctx, domain.Member{Name: "周杰", Role: domain.RolePreSales, Skills: []domain.Skill{}})
	if err != nil {
		t.Fatal(err)
	}
	accounts, _ := s.Accounts(ctx, false)
	var ja int64
	for _, a := range accounts {
		if a.Manager == "王磊" {
			ja = a.ID
		}
	}
	if err := s.SetAccountTeam(ctx, domain.AccountTeam{AccountID: ja, LeadID: wang,
		Members: []domain.AccountMember{{MemberID: li, Role: domain.RolePreSales}}}); err != nil {
		t.Fatal(err)
	}
	err = s.DeleteMember(ctx, wang, 0)
	if !errors.Is(err, ErrNeedsNewLead) {
		t.Fatalf("delete a lead without a new lead: %v, want error.needsNewLead", err)
	}
	if _, err := s.TeamMember(ctx, wang); err != nil {
		t.Fatalf("refused delete removed the member: %v", err)
	}
	if err := s.DeleteMember(ctx, wang, li); err != nil {
		t.Fatal(err)
	}
	team, err := s.AccountTeam(ctx, ja)
	if err != nil {
		t.Fatal(err)
	}
	if team.LeadID != li || len(team.Members) != 0 {
		t.Errorf("team after handover = %+v, want 周杰 leading alone", team)
	}
	if _, err := s.TeamMember(ctx, wang); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("deleted member still listed: %v", err)
	}
	// Their deals stay theirs: the figures still read.
	from, to, _ := domain.PeriodRange("2026-Q1")
	if f, err := s.MemberFigures(ctx, wang, "2026-Q1", from, to); err != nil || f.Won != 2 {
		t.Errorf("figures of a former member = %+v, %v", f, err)
	}
	names, err := s.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if n == "王磊" {
			t.Errorf("former member still offered as a manager: %v", names)
		}
	}
}
