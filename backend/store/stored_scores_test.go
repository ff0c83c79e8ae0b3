package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
)

// randomRatings gives an account random ratings, stage and share of wallet.
func randomRatings(r *rand.Rand, a *domain.Account) {
	rate := func() int { return r.IntN(6) }
	a.Identification = domain.IdentificationScores{LargeOrders: rate(), Strategic: rate(), Influence: rate(), Technology: rate(), Market: rate()}
	a.Classification = domain.ClassificationInputs{Volume: rate(), Profitability: rate(), StrategicFit: rate(), Ease: rate(),
		Growth: rate(), Projects: rate(), ShareRoom: rate(), TechAbsorption: rate(), Coverage: rate(), Satisfaction: rate()}
	a.Stage = domain.RelationshipStages[r.IntN(len(domain.RelationshipStages))]
	a.CategorySpend = int64(r.IntN(3)) * int64(r.IntN(1_000_000))
	a.OurSales = int64(r.IntN(1_000_000))
}

// createRandomAccounts creates n accounts (客户0…) with random ratings,
// one write each.
func createRandomAccounts(t *testing.T, s *Store, r *rand.Rand, n int) {
	t.Helper()
	for i := range n {
		a := account(fmt.Sprint("客户", i))
		randomRatings(r, &a)
		create(t, s, a)
	}
}

// randomScoring is a set of weights with zeros, fractions that do not add
// up evenly and ties at the split and the threshold.
func randomScoring(r *rand.Rand) domain.ScoringSettings {
	w := func() float64 {
		switch r.IntN(4) {
		case 0:
			return 0
		case 1:
			return float64(r.IntN(100))
		default:
			return float64(r.IntN(10000)) / 97
		}
	}
	sc := domain.DefaultScoring()
	sc.Identification = domain.IdentificationWeights{LargeOrders: w(), Strategic: w(), Influence: w(), Technology: w(), Market: w() + 1}
	sc.Attractiveness = domain.AttractivenessWeights{Volume: w(), Profitability: w(), StrategicFit: w(), Ease: w() + 1}
	sc.Potential = domain.PotentialWeights{Growth: w(), Projects: w(), ShareRoom: w(), TechAbsorption: w() + 1}
	sc.Relationship = domain.RelationshipWeights{Stage: w(), Coverage: w(), Satisfaction: w(), ShareOfWallet: w() + 1}
	sc.Threshold = []float64{50, 60, 66.7, 73.3, float64(r.IntN(101))}[r.IntN(5)]
	sc.Split = []float64{2.5, 3, 3.33, 3.5, 1 + float64(r.IntN(41))/10}[r.IntN(5)]
	return sc
}

// checkStoredScores compares every account's stored scores (trashed ones
// too) with domain.Score of the account under the saved settings, and the
// tier and key filters with a filter done in Go.
func checkStoredScores(t *testing.T, s *Store, step string) {
	t.Helper()
	ctx := context.Background()
	set, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.r.QueryContext(ctx, "SELECT a.id, "+derivedColumns+" FROM accounts a ORDER BY a.id")
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]stored{}
	keys := map[int64][]byte{}
	for rows.Next() {
		var id int64
		var x stored
		var key []byte
		if err := rows.Scan(&id, &x.identification, &x.key, &x.attractiveness, &x.potential, &x.relationship, &x.tier, &key); err != nil {
			t.Fatal(err)
		}
		got[id], keys[id] = x, key
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	live, err := s.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	trashed, err := s.Accounts(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(live)+len(trashed) {
		t.Fatalf("%s: %d rows, %d accounts", step, len(got), len(live)+len(trashed))
	}
	for _, a := range append(live, trashed...) {
		if want := storedOf(domain.Score(a, set.Scoring)); got[a.ID] != want {
			t.Fatalf("%s: account %d stores %+v, domain.Score gives %+v (weights %+v)", step, a.ID, got[a.ID], want, set.Scoring)
		}
		if !bytes.Equal(keys[a.ID], nameKey(a.Name)) {
			t.Fatalf("%s: account %d (%s) stores the name key %x, want %x", step, a.ID, a.Name, keys[a.ID], nameKey(a.Name))
		}
	}
	all := []string{"strategic", "develop", "maintain", "opportunistic", "unclassified"}
	for i, tiers := range [][]string{{all[len(step)%5]}, {"strategic", "maintain"}, nil} {
		f := AccountFilter{Tiers: tiers, KeyOnly: i != 2}
		q, args := f.ids()
		picked, err := queryIDs(ctx, s.r, q+" ORDER BY a.id", args...)
		if err != nil {
			t.Fatal(err)
		}
		want := []int64{}
		for _, a := range live {
			sc := domain.Score(a, set.Scoring)
			if (len(tiers) == 0 || slices.Contains(tiers, string(sc.Quadrant))) && (!f.KeyOnly || sc.KeyAccount) {
				want = append(want, a.ID)
			}
		}
		slices.Sort(want)
		if fmt.Sprint(picked) != fmt.Sprint(want) {
			t.Fatalf("%s: filter %+v picks %v, domain.Score %v", step, f, picked, want)
		}
	}
}

// changeSettings saves the settings as change leaves them.
func changeSettings(t *testing.T, s *Store, change func(*domain.Settings)) {
	t.Helper()
	set, err := s.Settings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	change(&set)
	if err := s.SaveSettings(context.Background(), set); err != nil {
		t.Fatal(err)
	}
}

// TestStoredScoresFollowEveryWrite walks random writes — new accounts one
// by one and in a batch, saved ratings, other weights, trash, restore and
// purge — and after each compares the stored scores with a recomputation.
func TestStoredScoresFollowEveryWrite(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	r := rand.New(rand.NewPCG(13, 2026))
	var batch []domain.Account
	for i := range 40 {
		a := account(fmt.Sprint("批量客户", i))
		randomRatings(r, &a)
		batch = append(batch, a)
	}
	if err := s.CreateAccounts(ctx, batch); err != nil {
		t.Fatal(err)
	}
	checkStoredScores(t, s, "batch")
	quadrants := map[string]bool{}
	for step := range 150 {
		live, err := s.Accounts(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		trashed, err := s.Accounts(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		var what string
		switch k := r.IntN(10); {
		case k < 2:
			a := account(fmt.Sprint("新客户", step))
			randomRatings(r, &a)
			create(t, s, a)
			what = "create"
		case k < 5 && len(live) > 0:
			a := live[r.IntN(len(live))]
			randomRatings(r, &a)
			if r.IntN(3) == 0 {
				a.Name = fmt.Sprint([]string{"长江", "阿里", "Zeta ", "北京"}[r.IntN(4)], step)
			}
			if err := s.UpdateAccount(ctx, a); err != nil {
				t.Fatal(err)
			}
			what = "update"
		case k < 6:
			changeSettings(t, s, func(set *domain.Settings) { set.Scoring = randomScoring(r) })
			what = "weights"
		case k < 7:
			changeSettings(t, s, func(set *domain.Settings) { set.StaleDays++ }) // the weights stay
			what = "other settings"
		case k < 8 && len(live) > 0:
			if err := s.TrashAccount(ctx, live[r.IntN(len(live))].ID); err != nil {
				t.Fatal(err)
			}
			what = "trash"
		case k < 9 && len(trashed) > 0:
			if err := s.RestoreAccount(ctx, trashed[r.IntN(len(trashed))].ID); err != nil {
				t.Fatal(err)
			}
			what = "restore"
		case len(trashed) > 0:
			if err := s.PurgeAccount(ctx, trashed[r.IntN(len(trashed))].ID); err != nil {
				t.Fatal(err)
			}
			what = "purge"
		default:
			continue
		}
		checkStoredScores(t, s, fmt.Sprintf("step %d (%s)", step, what))
		rows, err := s.r.QueryContext(ctx, "SELECT DISTINCT tier FROM accounts")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var q string
			if err := rows.Scan(&q); err != nil {
				t.Fatal(err)
			}
			quadrants[q] = true
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	if len(quadrants) != 5 {
		t.Fatalf("only tiers %v occurred: the walk tested little", quadrants)
	}
}

// TestRescoreAllMendsEveryRow: the migration's steps score and key rows
// whose stored scores and name keys are wrong (as every row's are before
// it runs).
func TestRescoreAllMendsEveryRow(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	createRandomAccounts(t, s, rand.New(rand.NewPCG(7, 13)), 30)
	if _, err := s.w.ExecContext(ctx, `UPDATE accounts SET score_identification = 0, score_key = 0, score_attractiveness = 0,
		score_potential = 0, score_relationship = 0, tier = 'unclassified', name_key = x'' WHERE id % 2 = 0`); err != nil {
		t.Fatal(err)
	}
	if err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := rescoreAll(ctx, tx); err != nil {
			return err
		}
		return fillNameKeys(ctx, tx)
	}); err != nil {
		t.Fatal(err)
	}
	checkStoredScores(t, s, "rescored")
}

// TestAccountPageSortsByStoredScores: each score sort of the list gives
// the order of domain.Score, ties by id.
func TestAccountPageSortsByStoredScores(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	createRandomAccounts(t, s, rand.New(rand.NewPCG(5, 8)), 45)
	set, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]func(domain.Scores) float64{
		"identification": func(x domain.Scores) float64 { return x.Identification },
		"attractiveness": func(x domain.Scores) float64 { return x.Attractiveness },
		"potential":      func(x domain.Scores) float64 { return x.Potential },
		"relationship":   func(x domain.Scores) float64 { return x.Relationship },
	}
	for name, score := range by {
		for _, desc := range []bool{false, true} {
			want := slices.Clone(all)
			sort.Slice(want, func(i, j int) bool {
				x, y := score(domain.Score(want[i], set.Scoring)), score(domain.Score(want[j], set.Scoring))
				if x != y {
					return x < y != desc
				}
				return want[i].ID < want[j].ID != desc
			})
			got, total, err := s.AccountPage(ctx, AccountQuery{Sort: name, Desc: desc, Offset: 10, Limit: 20}, "2026-01-01")
			if err != nil || total != len(all) {
				t.Fatalf("%s: %d %v", name, total, err)
			}
			for i, a := range got {
				if a.ID != want[10+i].ID {
					t.Fatalf("%s desc=%v: row %d is %d, want %d", name, desc, 10+i, a.ID, want[10+i].ID)
				}
			}
		}
	}
}

// TestPortfolioChangesCountWhatTheMatrixShows: every write that can move
// the matrix counts; a visit, a person (whose facts the account's row
// takes) or a flag does not, so the matrix stays cached across them.
func TestPortfolioChangesCountWhatTheMatrixShows(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	last := int64(-1)
	step := func(what string, moves bool, write func() error) {
		t.Helper()
		if err := write(); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		n, err := s.PortfolioChanges(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if moved := n != last; last >= 0 && moved != moves {
			t.Errorf("%s: counted %v, want %v", what, moved, moves)
		}
		last = n
	}
	var id, member int64
	a := account("江宁汽车")
	step("start", true, func() error { return nil })
	step("new account", true, func() (err error) { id, err = s.CreateAccount(ctx, a); return })
	var boss int64
	step("new person", false, func() (err error) {
		boss, err = s.CreateContact(ctx, domain.Contact{AccountID: id, Name: "老板", Role: domain.RoleEconomic, Influence: domain.InfluenceHigh})
		return
	})
	step("visit", false, func() error {
		_, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: id, Date: "2026-06-01", Kind: "visit", ContactIDs: []int64{boss}})
		return err
	})
	step("flag", false, func() error { return s.SetFlag(ctx, "benchmark", true) })
	a.ID, a.Identification.Strategic = id, 5
	step("ratings", true, func() error { return s.UpdateAccount(ctx, a) })
	step("new member", true, func() (err error) {
		member, err = s.CreateMember(ctx, domain.Member{Name: "李娜", Role: "manager"})
		return
	})
	step("renamed member", true, func() error {
		return s.UpdateMember(ctx, domain.Member{ID: member, Name: "李娜娜", Role: "manager"})
	})
	set, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The first save writes the weights' row (the defaults until then).
	step("first settings", true, func() error { return s.SaveSettings(ctx, set) })
	set.StaleDays++
	step("other settings", false, func() error { return s.SaveSettings(ctx, set) })
	set.Scoring.Split = 2.5
	step("weights", true, func() error { return s.SaveSettings(ctx, set) })
	step("trash", true, func() error { return s.TrashAccount(ctx, id) })
	step("restore", true, func() error { return s.RestoreAccount(ctx, id) })
	step("trash again", true, func() error { return s.TrashAccount(ctx, id) })
	step("purge", true, func() error { return s.PurgeAccount(ctx, id) })
}

// TestAccountsSortByPinyin: the list and the pickers order Chinese names
// by pinyin, Latin names first, case ignored — not by code point, which
// put 长江 (U+957F) after 阿里 (U+963F) only by accident.
func TestAccountsSortByPinyin(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	for _, n := range []string{"张家港钢铁", "阿里云", "zeta 精工", "北京汽车", "Alpha 电子", "东方纺织", "测试机械"} {
		create(t, s, account(n))
	}
	want := "[Alpha 电子 zeta 精工 阿里云 北京汽车 测试机械 东方纺织 张家港钢铁]"
	for _, q := range []AccountQuery{{Sort: "name"}, {Sort: "name", Text: "", Statuses: []string{"active"}}} {
		page, _, err := s.AccountPage(ctx, q, "2026-01-01")
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, a := range page {
			names = append(names, a.Name)
		}
		if fmt.Sprint(names) != want {
			t.Errorf("%+v: %v, want %s", q, names, want)
		}
	}
	opts, err := s.AccountOptions(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range opts {
		names = append(names, o.Name)
	}
	if fmt.Sprint(names) != want {
		t.Errorf("options: %v, want %s", names, want)
	}
}

// TestMigration13ScoresAndKeysTheAccountsOfAnOlderBook opens a book made
// at schema 12 with accounts in it: the migration stores their scores and
// name keys (every other test makes its accounts after it ran).
func TestMigration13ScoresAndKeysTheAccountsOfAnOlderBook(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	all := migrations
	migrations = all[:12]
	old, err := Open(ctx, path, clocktest.New().Clock())
	migrations = all
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"张家港钢铁", "阿里云", "北京汽车"} {
		if _, err := old.w.ExecContext(ctx, `INSERT INTO accounts (name, status, stage, id_strategic, id_market, cl_volume,
			cl_profitability, cl_coverage, created_at, updated_at) VALUES (?, 'active', 'cooperative', ?, 5, ?, 4, ?, '2026-01-01', '2026-01-01')`,
			name, i+3, i+2, 5-i); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkStoredScores(t, s, "migrated")
	page, _, err := s.AccountPage(ctx, AccountQuery{Sort: "name"}, "2026-01-01")
	if err != nil || len(page) != 3 || page[0].Name != "阿里云" || page[2].Name != "张家港钢铁" {
		t.Fatalf("by name after the migration: %v %v", page, err)
	}
}
