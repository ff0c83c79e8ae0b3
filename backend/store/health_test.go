package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"kams/backend/domain"
)

// TestStoredHealthFollowsEveryWrite runs random writes through every path
// that feeds the health score (people and their visits, the stage, won
// deals, complaints, surveys, the weights, trash, restore and purge, and
// the days passing) and after each compares every account's stored
// health, last month's score, alert and this month's history entry with a
// recomputation from the raw rows.
func TestStoredHealthFollowsEveryWrite(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			healthWalk(t, rand.New(rand.NewPCG(seed, 13)), 250)
		})
	}
}

func healthWalk(t *testing.T, r *rand.Rand, steps int) {
	ctx := context.Background()
	s := newStore(t) // its clock moves a minute per read of it: days pass in the walk
	base := s.now
	skip := time.Duration(0)
	s.now = func() time.Time { return base().Add(skip) }
	for i := range 3 {
		create(t, s, account(fmt.Sprintf("客户%d", i)))
	}
	pick := func(query string) int64 {
		l := mustIDs(t, s, query)
		if len(l) == 0 {
			return 0
		}
		return l[r.IntN(len(l))]
	}
	today := func() string { return s.now.Today() }
	day := func() string { return s.now().AddDate(0, 0, -r.IntN(500)).Format(time.DateOnly) }
	roles := append([]domain.BuyingRole{""}, domain.BuyingRoles...)
	influences := []domain.Influence{domain.InfluenceHigh, domain.InfluenceMedium, domain.InfluenceLow}
	person := func(accountID int64, n int) domain.Contact {
		return domain.Contact{AccountID: accountID, Name: fmt.Sprint("人", n), Role: roles[r.IntN(len(roles))],
			Influence: influences[r.IntN(len(influences))], Attitude: r.IntN(5) - 2}
	}
	request := func(accountID int64, n int) domain.ServiceRequest {
		q := domain.ServiceRequest{AccountID: accountID, Title: fmt.Sprint("请求", n),
			Type: domain.ServiceTypes[r.IntN(2)], Severity: domain.Severities[r.IntN(4)], Channel: "phone",
			Status: domain.ServiceStatuses[r.IntN(4)], Opened: day()}
		if q.Status.Done() {
			q.Resolved, q.Resolution = q.Opened, "已处理"
		}
		return q
	}
	statuses := []string{domain.DealOpen, domain.DealWon, domain.DealWon, domain.DealLost}
	var err error
	reached := map[string]bool{}
	for step := range steps {
		op := r.IntN(25)
		err = nil
		switch op {
		case 0:
			_, err = s.CreateAccount(ctx, account(fmt.Sprint("新客户", step)))
		case 1:
			if id := pick("SELECT id FROM accounts"); id != 0 {
				a, _ := s.Account(ctx, id)
				a.Stage = domain.RelationshipStages[r.IntN(5)]
				err = s.UpdateAccount(ctx, a)
			}
		case 2:
			err = s.TrashAccount(ctx, pick("SELECT id FROM accounts"))
		case 3:
			err = s.RestoreAccount(ctx, pick("SELECT id FROM accounts"))
		case 4:
			if r.IntN(3) == 0 {
				err = s.PurgeAccount(ctx, pick("SELECT id FROM accounts"))
			}
		case 5, 6:
			_, err = s.CreateContact(ctx, person(pick("SELECT id FROM accounts"), step))
		case 7:
			if id := pick("SELECT id FROM contacts"); id != 0 {
				c, _ := s.Contact(ctx, id)
				p := person(c.AccountID, step)
				p.ID, p.Version = id, c.Version
				err = s.UpdateContact(ctx, p)
			}
		case 8:
			err = s.TrashContact(ctx, pick("SELECT id FROM contacts"))
		case 9:
			err = s.RestoreContact(ctx, pick("SELECT id FROM contacts"))
		case 10, 11:
			a := pick("SELECT id FROM accounts")
			people := mustIDs(t, s, fmt.Sprintf("SELECT id FROM contacts WHERE account_id = %d AND deleted_at IS NULL LIMIT 2", a))
			_, err = s.CreateInteraction(ctx, domain.Interaction{AccountID: a, Date: day(), Kind: "visit", Summary: "拜访", ContactIDs: people})
		case 12:
			err = s.TrashInteraction(ctx, pick("SELECT id FROM interactions"))
		case 13:
			o := domain.Opportunity{AccountID: pick("SELECT id FROM accounts"), Name: fmt.Sprint("商机", step),
				Amount: int64(1+r.IntN(5)) * 1000, CloseDate: today(), Stage: "lead", Status: statuses[r.IntN(4)]}
			_, err = s.CreateDeal(ctx, o, day())
		case 14:
			if id := pick("SELECT id FROM opportunities"); id != 0 {
				o, _ := s.Deal(ctx, id)
				o.Status, o.Amount = statuses[r.IntN(4)], int64(1+r.IntN(5))*1000
				err = s.UpdateDeal(ctx, o, day())
			}
		case 15:
			err = s.TrashDeal(ctx, pick("SELECT id FROM opportunities"))
		case 16, 17:
			_, err = s.CreateServiceRequest(ctx, request(pick("SELECT id FROM accounts"), step))
		case 18:
			if id := pick("SELECT id FROM service_requests WHERE deleted_at IS NULL"); id != 0 {
				q, _ := s.ServiceRequest(ctx, id)
				n := request(q.AccountID, step)
				n.ID, n.Version = id, q.Version
				err = s.UpdateServiceRequest(ctx, n)
			}
		case 19:
			err = s.TrashServiceRequest(ctx, pick("SELECT id FROM service_requests"))
		case 20:
			if r.IntN(2) == 0 {
				err = s.RestoreServiceRequest(ctx, pick("SELECT id FROM service_requests"))
			} else {
				err = s.PurgeServiceRequest(ctx, pick("SELECT id FROM service_requests"))
			}
		case 21:
			_, err = s.CreateSurvey(ctx, domain.Survey{AccountID: pick("SELECT id FROM accounts"),
				Period: fmt.Sprintf("2025-Q%d", 1+r.IntN(4)), Date: today(), Score: 1 + r.IntN(5), Recommend: r.IntN(11)})
		case 22:
			switch r.IntN(3) {
			case 0:
				err = s.TrashSurvey(ctx, pick("SELECT id FROM surveys"))
			case 1:
				err = s.RestoreSurvey(ctx, pick("SELECT id FROM surveys"))
			default:
				err = s.PurgeSurvey(ctx, pick("SELECT id FROM surveys"))
			}
		case 23, 24:
			switch r.IntN(3) {
			case 0: // the weights and the alert
				changeSettings(t, s, func(set *domain.Settings) {
					set.Health.Weights.Recency = r.IntN(30)
					set.Health.Weights.Revenue = r.IntN(30)
					set.Health.Threshold = 30 + r.IntN(40)
					set.Health.Drop = 1 + r.IntN(20)
				})
			case 1: // a month passes with no write: the reads settle the day
				skip += 31 * 24 * time.Hour
				err = s.SettleDay(ctx)
			default:
				skip += 24 * time.Hour
				err = s.SettleDay(ctx)
			}
		}
		var de *domain.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatalf("step %d (op %d): %v", step, op, err)
		}
		checkHealth(t, s, step, op)
		for _, q := range healthReachable {
			reached[q] = reached[q] || len(mustIDs(t, s, q)) > 0
		}
	}
	for _, q := range healthReachable {
		if !reached[q] {
			t.Errorf("the walk never reached %s", q)
		}
	}
}

// healthReachable are states a walk must pass through to test anything.
var healthReachable = []string{
	"SELECT account_id FROM health_history GROUP BY account_id HAVING count(*) > 1",
	"SELECT id FROM accounts WHERE health_risk = 1", "SELECT id FROM accounts WHERE health_risk = 0",
	"SELECT id FROM accounts WHERE health_prev >= 0 AND health_prev - health >= 1",
	"SELECT account_id FROM service_requests WHERE type = 'complaint' AND status = 'open' AND deleted_at IS NULL",
	"SELECT account_id FROM surveys WHERE deleted_at IS NULL",
	"SELECT account_id FROM opportunities WHERE status = 'won' AND deleted_at IS NULL",
}

// checkHealth recomputes every account's health in Go from the raw rows
// (not through HealthInputs) and compares it with what is stored.
func checkHealth(t *testing.T, s *Store, step, op int) {
	t.Helper()
	ctx := context.Background()
	today := s.healthDay.Load().(string)
	if d := s.now.Today(); d != today {
		// No write since the day changed: a read settles first.
		if err := s.SettleDay(ctx); err != nil {
			t.Fatal(err)
		}
		today = d
	}
	set, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in := map[int64]*domain.HealthInputs{}
	type row struct{ health, prev, risk int }
	stored := map[int64]row{}
	rows, err := s.r.Query("SELECT id, stage, health, health_prev, health_risk FROM accounts")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var x domain.HealthInputs
		var h row
		if err := rows.Scan(&id, &x.Stage, &h.health, &h.prev, &h.risk); err != nil {
			t.Fatal(err)
		}
		in[id], stored[id] = &x, h
	}
	rows.Close()
	rows, err = s.r.Query("SELECT account_id, role, attitude, influence, last_contact, deleted_at IS NOT NULL FROM contacts")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for rows.Next() {
		var id int64
		var role, infl, last string
		var att int
		var trashed bool
		if err := rows.Scan(&id, &role, &att, &infl, &last, &trashed); err != nil {
			t.Fatal(err)
		}
		if trashed {
			continue
		}
		x := in[id]
		w := map[string]int{"high": 3, "medium": 2, "low": 1}[infl]
		x.AttitudeSum += att * w
		x.AttitudeWeight += w
		if k := fmt.Sprint(id, role); role != "" && role != "influencer" && !seen[k] {
			seen[k] = true
			x.Roles++
		}
		if role == "economic" || infl == "high" {
			x.KeyContacts = append(x.KeyContacts, last)
		}
	}
	rows.Close()
	rows, err = s.r.Query("SELECT account_id, type, severity, status, deleted_at IS NOT NULL FROM service_requests")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var typ, sev, status string
		var trashed bool
		if err := rows.Scan(&id, &typ, &sev, &status, &trashed); err != nil {
			t.Fatal(err)
		}
		if trashed || typ != "complaint" || domain.ServiceStatus(status).Done() {
			continue
		}
		c := &in[id].Complaints
		*map[string]*int{"critical": &c.Critical, "high": &c.High, "medium": &c.Medium, "low": &c.Low}[sev]++
	}
	rows.Close()
	type sat struct {
		period string
		sum, n int
	}
	sats := map[int64]*sat{}
	rows, err = s.r.Query("SELECT account_id, period, score FROM surveys WHERE deleted_at IS NULL")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var period string
		var score int
		if err := rows.Scan(&id, &period, &score); err != nil {
			t.Fatal(err)
		}
		x := sats[id]
		switch {
		case x == nil || period > x.period:
			sats[id] = &sat{period, score, 1}
		case period == x.period:
			x.sum, x.n = x.sum+score, x.n+1
		}
	}
	rows.Close()
	for id, x := range sats {
		in[id].Satisfaction = float64(x.sum) / float64(x.n)
	}
	t0, _ := time.Parse(time.DateOnly, today)
	yearAgo := t0.AddDate(-1, 0, 0)
	if yearAgo.Day() != t0.Day() {
		yearAgo = yearAgo.AddDate(0, 0, -yearAgo.Day())
	}
	rows, err = s.r.Query("SELECT account_id, amount, closed_on FROM opportunities WHERE status = 'won' AND deleted_at IS NULL")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, amount int64
		var closed string
		if err := rows.Scan(&id, &amount, &closed); err != nil {
			t.Fatal(err)
		}
		switch {
		case closed[:4] == today[:4] && closed <= today:
			in[id].RevenueNow += amount
		case closed[:4] == yearAgo.Format("2006") && closed <= yearAgo.Format(time.DateOnly):
			in[id].RevenueLast += amount
		}
	}
	rows.Close()
	month := today[:7]
	for id, x := range in {
		var prev, hist = -1, -1
		_ = s.r.QueryRow("SELECT health FROM health_history WHERE account_id = ? AND month < ? ORDER BY month DESC LIMIT 1", id, month).Scan(&prev)
		_ = s.r.QueryRow("SELECT health FROM health_history WHERE account_id = ? AND month = ?", id, month).Scan(&hist)
		score := domain.ComputeHealth(*x, set.Health, today).Score
		want := row{score, prev, b2i(set.Health.AtRisk(score, prev))}
		if got := stored[id]; got != want || hist != score {
			t.Fatalf("step %d (op %d), account %d on %s: stored %+v, history %d; recomputed %+v from %+v",
				step, op, id, today, got, hist, want, *x)
		}
	}
	if n := len(mustIDs(t, s, "SELECT account_id FROM health_dirty")); n != 0 {
		t.Fatalf("step %d: %d accounts left dirty", step, n)
	}
}
