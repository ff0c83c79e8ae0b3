package store

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"testing"

	"kams/backend/domain"
)

// miniSample is a small sample with a record of every kind the real one
// writes: accounts with people, visits, deals, plans, account and member
// targets, week items, a self-check tick, a goal, a team with a training,
// and the user's name.
func miniSample() Seed {
	acc := func(name string) domain.Account {
		a := account(name)
		a.Manager = "样本经理"
		return a
	}
	person := func(account, key string) SeedContact {
		return SeedContact{Account: account, Key: key, Contact: domain.Contact{Name: key, Influence: domain.InfluenceMedium}}
	}
	visit := func(account, person, day string) SeedInteraction {
		return SeedInteraction{Account: account, People: []string{person},
			Interaction: domain.Interaction{Date: day, Kind: "visit", Summary: "样本拜访 " + account}}
	}
	return Seed{
		Accounts: []domain.Account{acc("样本甲"), acc("样本乙"), acc("样本丙")},
		Contacts: []SeedContact{person("样本甲", "甲一"), person("样本乙", "乙一"), person("样本丙", "丙一")},
		Interactions: []SeedInteraction{visit("样本甲", "甲一", "2025-12-20"), visit("样本乙", "乙一", "2025-12-21"),
			visit("样本丙", "丙一", "2025-12-22")},
		Deals: []SeedDeal{
			{Account: "样本甲", Deal: domain.Opportunity{Name: "甲项目", Amount: 100, Stage: "qualify", Status: domain.DealOpen, CloseDate: "2026-03-31"},
				Visits: []domain.StageVisit{{Stage: "qualify", Entered: "2025-12-01"}}, Touches: []string{"2025-12-10"}},
			{Account: "样本丙", Deal: domain.Opportunity{Name: "丙项目", Amount: 200, Stage: "commit", Status: domain.DealWon,
				CloseDate: "2025-12-15", ClosedOn: "2025-12-15"}, Visits: []domain.StageVisit{{Stage: "commit", Entered: "2025-11-01", Left: "2025-12-15", Days: 44}},
				Touches: []string{"2025-11-20"}},
		},
		MyName: "样本经理",
		Targets: []SeedTarget{{Member: "样本经理", Target: domain.Target{Period: "2026", Revenue: 1000}},
			{Account: "样本丙", Target: domain.Target{Period: "2026", Revenue: 500}}},
		WeekItems: []SeedWeekItem{{Account: "样本乙", Item: domain.WeekItem{Week: "2026-W01", Title: "见乙"}},
			{Item: domain.WeekItem{Week: "2026-W01", Title: "整理周报"}}},
		WeekChecks: []SeedWeekCheck{{Week: "2026-W01", Item: "plans"}},
		Goals:      []domain.DevelopmentGoal{{Title: "学习谈判"}, {Title: "考证书"}},
		Team: SeedTeam{Members: []domain.Member{{Name: "样本助理", Role: "presales"}},
			AccountTeams: []SeedAccountTeam{{Account: "样本丙", Members: []SeedTeamMember{{Name: "样本助理", Role: "presales"}}}},
			Trainings:    []SeedTraining{{Member: "样本助理", Training: domain.Training{Course: "课程", Date: "2025-10-01", Hours: 2}}}},
		Plans: []SeedPlan{{Account: "样本丙", Plan: domain.AccountPlan{Year: 2026, RevenueTarget: 500,
			Actions: []domain.PlanAction{{Item: "丙行动", Owner: "样本经理", Due: "2026-02-01", Status: domain.ActionPlanned}}}}},
	}
}

// checkAllSummaries compares every stored summary with a recomputation.
func checkAllSummaries(t *testing.T, s *Store, when string) {
	t.Helper()
	assertSummary(t, s, 0)
	checkVisitSummary(t, s, when)
	checkBookVisits(t, s, when)
	checkFacts(t, s, 0, 0)
}

func countRows(t *testing.T, s *Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.r.QueryRowContext(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// The sample goes into a book that has the user's own records, and comes
// out again leaving every record the user made or edited: a sample account
// the user added a visit to, or whose person they edited, stays whole; an
// edited goal stays; what the user never touched goes, and the summaries
// stay exact throughout.
func TestSampleLoadsIntoABookAndLeavesTheUsersRecords(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	mine := create(t, s, account("我的客户"))
	me, err := s.CreateContact(ctx, domain.Contact{AccountID: mine, Name: "我的联系人", Influence: domain.InfluenceMedium})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: mine, Date: "2025-12-30", Kind: "visit", Summary: "我的拜访", ContactIDs: []int64{me}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveDevelopmentGoal(ctx, domain.DevelopmentGoal{Title: "我的目标"}); err != nil {
		t.Fatal(err)
	}
	if loaded, err := s.SampleLoaded(ctx); err != nil || loaded {
		t.Fatalf("SampleLoaded before = %v, %v", loaded, err)
	}
	if err := s.LoadSample(ctx, miniSample()); err != nil {
		t.Fatalf("loading the sample into a book with accounts: %v", err)
	}
	checkAllSummaries(t, s, "after the load")
	if loaded, err := s.SampleLoaded(ctx); err != nil || !loaded {
		t.Fatalf("SampleLoaded after = %v, %v", loaded, err)
	}
	if err := s.LoadSample(ctx, miniSample()); !errors.Is(err, ErrSampleLoaded) {
		t.Fatalf("loading it twice: %v, want ErrSampleLoaded", err)
	}

	ids := map[string]int64{}
	list, err := s.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		ids[a.Name] = a.ID
	}
	// The user logs a visit at 样本甲 and edits 样本乙's person and a goal.
	if _, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: ids["样本甲"], Date: "2026-01-02", Kind: "visit", Summary: "用户在样本甲的拜访"}); err != nil {
		t.Fatal(err)
	}
	people, err := s.Contacts(ctx, ids["样本乙"])
	if err != nil {
		t.Fatal(err)
	}
	people[0].Title = "用户改的职务"
	if err := s.UpdateContact(ctx, people[0]); err != nil {
		t.Fatal(err)
	}
	goals, err := s.DevelopmentGoals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range goals {
		if g.Title == "学习谈判" {
			g.Done = true
			if _, err := s.SaveDevelopmentGoal(ctx, g); err != nil {
				t.Fatal(err)
			}
		}
	}

	got, err := s.RemoveSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Removed != 1 || !slices.Equal(got.Kept, []string{"样本乙", "样本甲"}) && !slices.Equal(got.Kept, []string{"样本甲", "样本乙"}) {
		t.Errorf("removal = %+v, want 1 removed, 样本甲 and 样本乙 kept", got)
	}
	checkAllSummaries(t, s, "after the removal")
	for query, want := range map[string]int{
		"SELECT count(*) FROM accounts WHERE name = '样本丙'":                                          0,
		"SELECT count(*) FROM contacts WHERE name = '丙一'":                                           0,
		"SELECT count(*) FROM opportunities WHERE name = '丙项目'":                                     0,
		"SELECT count(*) FROM account_plans":                                                        0,
		"SELECT count(*) FROM accounts WHERE name IN ('我的客户', '样本甲', '样本乙')":                        3,
		"SELECT count(*) FROM interactions WHERE account_id = " + strconv.FormatInt(ids["样本甲"], 10): 3, // the sample's visit, its deal's touch, the user's
		"SELECT count(*) FROM opportunities WHERE name = '甲项目'":                                     1,
		"SELECT count(*) FROM contacts WHERE title = '用户改的职务'":                                      1,
		"SELECT count(*) FROM interactions WHERE summary = '我的拜访'":                                  1,
		"SELECT count(*) FROM development_goals":                                                    2, // the user's and the edited one
		"SELECT count(*) FROM week_items":                                                           1, // 样本乙's stays with it
		"SELECT count(*) FROM week_checks":                                                          0,
		"SELECT count(*) FROM trainings":                                                            0,
		"SELECT count(*) FROM targets":                                                              0,
		"SELECT count(*) FROM members WHERE name = '样本经理'":                                          1, // leads the kept accounts
		"SELECT count(*) FROM members WHERE name = '样本助理'":                                          0, // was only on 样本丙's team
		"SELECT count(*) FROM sample_records":                                                       0,
	} {
		if n := countRows(t, s, query); n != want {
			t.Errorf("%s = %d, want %d", query, n, want)
		}
	}
	set, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if set.MyName != "" {
		t.Errorf("my name after the removal = %q, want the sample's cleared", set.MyName)
	}
	if r, err := s.Search(ctx, "样本丙"); err != nil || len(r.Accounts)+len(r.Interactions) != 0 {
		t.Errorf("search still finds the removed account: %+v, %v", r, err)
	}
	if _, err := s.RemoveSample(ctx); !errors.Is(err, ErrNoSample) {
		t.Errorf("removing it again: %v, want ErrNoSample", err)
	}
	// 样本甲 is the user's now: the sample cannot take its name again.
	var e *domain.Error
	if err := s.LoadSample(ctx, miniSample()); !errors.As(err, &e) || e.Key != "error.sampleNameTaken" {
		t.Errorf("loading over a kept account: %v, want error.sampleNameTaken", err)
	}
	if n := countRows(t, s, "SELECT count(*) FROM accounts"); n != 3 {
		t.Errorf("a refused load wrote accounts: %d", n)
	}
}

// Loaded into an empty book and removed untouched, the sample leaves the
// book as empty as it was.
func TestSampleRemovedUntouchedLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	if err := s.LoadSample(ctx, miniSample()); err != nil {
		t.Fatal(err)
	}
	got, err := s.RemoveSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Removed != 3 || len(got.Kept) != 0 {
		t.Errorf("removal = %+v, want all 3 removed", got)
	}
	for _, table := range []string{"accounts", "contacts", "interactions", "opportunities", "stage_visits", "targets", "members",
		"week_items", "week_checks", "development_goals", "trainings", "account_plans", "plan_actions", "account_members"} {
		if n := countRows(t, s, "SELECT count(*) FROM "+table); n != 0 {
			t.Errorf("%s: %d rows left", table, n)
		}
	}
	checkAllSummaries(t, s, "after removing an untouched sample")
}
