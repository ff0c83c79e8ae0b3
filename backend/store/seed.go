package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"kams/backend/domain"
)

// SeedContact is a person to seed: Key names them within their account,
// ReportsTo names their manager's Key ("" for none).
type SeedContact struct {
	Account   string
	Key       string
	ReportsTo string
	Contact   domain.Contact
}

// SeedInteraction is an interaction to seed, with the Keys of the people
// present.
type SeedInteraction struct {
	Account     string
	People      []string
	Interaction domain.Interaction
}

// SeedDealPerson is a person (by Key) linked to a seeded deal, with their
// role in it.
type SeedDealPerson struct {
	Key  string
	Role domain.BuyingRole
}

// SeedDeal is a deal to seed with its dates already decided: Deal carries
// CloseDate and ClosedOn; Visits are its stage history, oldest first,
// written exactly as given (Entered, Left, Days); each of Touches is the
// date of an interaction about the deal, with its linked people present.
type SeedDeal struct {
	Account string
	Deal    domain.Opportunity
	People  []SeedDealPerson
	Visits  []domain.StageVisit
	Touches []string
}

// SeedPlan is an account plan to seed, for the account of that name.
type SeedPlan struct {
	Account string
	Plan    domain.AccountPlan
}

// Seed is a whole demo database: accounts, their people, the interactions,
// the deals, the account plans.
type Seed struct {
	Accounts     []domain.Account
	Contacts     []SeedContact
	Interactions []SeedInteraction
	Deals        []SeedDeal
	// MyName is the user's own member name (the "my name" setting);
	// Targets, WeekItems, WeekChecks and Goals are the targets and the
	// user's current week.
	MyName     string
	Targets    []SeedTarget
	WeekItems  []SeedWeekItem
	WeekChecks []SeedWeekCheck
	Goals      []domain.DevelopmentGoal
	Team       SeedTeam
	Plans      []SeedPlan
	// Parents put seeded accounts under their group's accounts, by name
	// (both in the same seed).
	Parents []SeedParent
	// Services, Surveys and HealthMonths are the service requests, the
	// satisfaction surveys and past months' health scores (§7).
	Services     []SeedService
	Surveys      []SeedSurvey
	HealthMonths []SeedHealthMonth
	// Activities and MarketingPlans are the marketing (seed_marketing.go).
	Activities     []SeedActivity
	MarketingPlans []domain.MarketingPlan
}

// SeedService is a service request of an account by name, its contact by
// Key ("" for none).
type SeedService struct {
	Account, Contact string
	Request          domain.ServiceRequest
}

// SeedSurvey is a survey answer of an account by name, its contact by Key.
type SeedSurvey struct {
	Account, Contact string
	Survey           domain.Survey
}

// SeedHealthMonth is an account's health score in a past month, for the
// trend line (this month's is settled from the data).
type SeedHealthMonth struct {
	Account, Month string
	Health         int
}

// SeedParent makes the account Parent the parent of Account (by names).
type SeedParent struct{ Account, Parent string }

// SeedTarget is a target of a member or an account, by name.
type SeedTarget struct {
	Member, Account string
	Target          domain.Target
}

// SeedWeekItem is a planned activity, tied to an account by name ("" for
// none).
type SeedWeekItem struct {
	Account string
	Item    domain.WeekItem
}

// SeedWeekCheck is a self-check item ticked in a week.
type SeedWeekCheck struct{ Week, Item string }

// ErrNotEmpty refuses to seed a database that holds accounts.
var ErrNotEmpty = &domain.Error{Code: domain.CodeConflict, Key: "error.sampleNotEmpty"}

// SeedAccounts seeds accounts only.
func (s *Store) SeedAccounts(ctx context.Context, list []domain.Account) error {
	return s.Seed(ctx, Seed{Accounts: list})
}

// Seed writes a whole demo database in one transaction into a database
// that has no accounts (live or in the trash); otherwise it returns
// ErrNotEmpty and writes nothing.
func (s *Store) Seed(ctx context.Context, seed Seed) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM accounts").Scan(&n); err != nil {
			return fmt.Errorf("store: count accounts: %w", err)
		}
		if n > 0 {
			return ErrNotEmpty
		}
		return s.seedInto(ctx, tx, seed)
	})
}

// seedInto writes a whole seed inside tx.
func (s *Store) seedInto(ctx context.Context, tx *sql.Tx, seed Seed) error {
	accounts, err := s.seedRecords(ctx, tx, seed, false)
	if err != nil {
		return err
	}
	// Targets first: the team's finalised sample assessments read the
	// members' targets.
	if err := s.seedTargetsAndWeek(ctx, tx, seed, accounts); err != nil {
		return err
	}
	for _, sp := range seed.Plans {
		p := sp.Plan
		if p.AccountID = accounts[sp.Account]; p.AccountID == 0 {
			return fmt.Errorf("store: seed: no account %q for a plan", sp.Account)
		}
		if err := s.insertPlan(ctx, tx, p, revenueFill); err != nil {
			return err
		}
	}
	if err := s.seedTeam(ctx, tx, seed.Team, accounts); err != nil {
		return err
	}
	return s.seedMarketing(ctx, tx, seed, accounts)
}

// seedRecords writes a seed's accounts, their people (with whom each
// reports to), the interactions and the deals through the app's own
// inserts, and returns the new accounts' ids by name. The sample writes
// each deal's interactions right after the deal; a big book's batch writes
// all deals first (dealsFirst).
func (s *Store) seedRecords(ctx context.Context, tx *sql.Tx, seed Seed, dealsFirst bool) (map[string]int64, error) {
	accounts := map[string]int64{}
	for _, a := range seed.Accounts {
		id, err := s.insertAccount(ctx, tx, a)
		if err != nil {
			return nil, err
		}
		accounts[a.Name] = id
	}
	for _, p := range seed.Parents {
		id, parent := accounts[p.Account], accounts[p.Parent]
		if id == 0 || parent == 0 {
			return nil, fmt.Errorf("store: seed: no account %q or %q for a parent", p.Account, p.Parent)
		}
		if err := setParent(ctx, tx, id, parent); err != nil {
			return nil, err
		}
	}
	people := map[string]int64{} // account + "/" + key
	for _, sc := range seed.Contacts {
		c := sc.Contact
		if c.AccountID = accounts[sc.Account]; c.AccountID == 0 {
			return nil, fmt.Errorf("store: seed: no account %q for %s", sc.Account, sc.Key)
		}
		id, err := s.insertContact(ctx, tx, c)
		if err != nil {
			return nil, err
		}
		people[sc.Account+"/"+sc.Key] = id
	}
	for _, sc := range seed.Contacts {
		if sc.ReportsTo == "" {
			continue
		}
		manager := people[sc.Account+"/"+sc.ReportsTo]
		if manager == 0 {
			return nil, fmt.Errorf("store: seed: %s reports to unknown %s", sc.Key, sc.ReportsTo)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE contacts SET reports_to = ? WHERE id = ?", manager, people[sc.Account+"/"+sc.Key]); err != nil {
			return nil, fmt.Errorf("store: seed: %w", err)
		}
	}
	interactions := func() error {
		for _, si := range seed.Interactions {
			in := si.Interaction
			if in.AccountID = accounts[si.Account]; in.AccountID == 0 {
				return fmt.Errorf("store: seed: no account %q for an interaction", si.Account)
			}
			in.ContactIDs = nil
			for _, k := range si.People {
				id := people[si.Account+"/"+k]
				if id == 0 {
					return fmt.Errorf("store: seed: unknown person %s at %s", k, si.Account)
				}
				in.ContactIDs = append(in.ContactIDs, id)
			}
			if _, err := s.insertInteraction(ctx, tx, in, sql.NullInt64{}); err != nil {
				return err
			}
		}
		return nil
	}
	// A batch of a big book writes its deals before any interaction: a
	// deal's insert runs triggers, and each statement that does makes
	// FTS5 flush the search entries pending so far into a segment of their
	// own. Written first, the deals find few pending, and the batch's
	// interactions reach the index in a few large segments instead of one
	// small segment per deal, which FTS5 would then merge again and again.
	var later []func() error
	if !dealsFirst {
		if err := interactions(); err != nil {
			return nil, err
		}
	}
	for _, sd := range seed.Deals {
		touches, err := s.seedDeal(ctx, tx, sd, accounts[sd.Account], people)
		if err != nil {
			return nil, err
		}
		if !dealsFirst {
			if err := touches(); err != nil {
				return nil, err
			}
			continue
		}
		later = append(later, touches)
	}
	if dealsFirst {
		later = append([]func() error{interactions}, later...)
	}
	for _, f := range later {
		if err := f(); err != nil {
			return nil, err
		}
	}
	return accounts, s.seedService(ctx, tx, seed, accounts, people)
}

// seedService writes a seed's service requests, surveys and past health
// scores through the app's own inserts.
func (s *Store) seedService(ctx context.Context, tx *sql.Tx, seed Seed, accounts, people map[string]int64) error {
	person := func(account, key string) (int64, error) {
		if key == "" {
			return 0, nil
		}
		if id := people[account+"/"+key]; id != 0 {
			return id, nil
		}
		return 0, fmt.Errorf("store: seed: unknown person %s at %s", key, account)
	}
	for _, ss := range seed.Services {
		r := ss.Request
		if r.AccountID = accounts[ss.Account]; r.AccountID == 0 {
			return fmt.Errorf("store: seed: no account %q for a service request", ss.Account)
		}
		var err error
		if r.ContactID, err = person(ss.Account, ss.Contact); err != nil {
			return err
		}
		if _, err := s.insertServiceRequest(ctx, tx, r); err != nil {
			return err
		}
	}
	for _, sv := range seed.Surveys {
		v := sv.Survey
		if v.AccountID = accounts[sv.Account]; v.AccountID == 0 {
			return fmt.Errorf("store: seed: no account %q for a survey", sv.Account)
		}
		var err error
		if v.ContactID, err = person(sv.Account, sv.Contact); err != nil {
			return err
		}
		if _, err := s.insertSurvey(ctx, tx, v); err != nil {
			return err
		}
	}
	for _, h := range seed.HealthMonths {
		id := accounts[h.Account]
		if id == 0 {
			return fmt.Errorf("store: seed: no account %q for a health month", h.Account)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO health_history (account_id, month, health) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
			id, h.Month, h.Health); err != nil {
			return fmt.Errorf("store: seed health history: %w", err)
		}
	}
	return nil
}

// seedDeal writes one deal with its people and its stage history as given,
// and returns the writing of an interaction for each touch, for the caller
// to run now or later. The deal counts as created the day it entered its
// first stage.
func (s *Store) seedDeal(ctx context.Context, tx *sql.Tx, sd SeedDeal, account int64, people map[string]int64) (touches func() error, err error) {
	o := sd.Deal
	if o.AccountID = account; account == 0 {
		return nil, fmt.Errorf("store: seed: no account %q for deal %q", sd.Account, o.Name)
	}
	o.People = nil
	var present []int64
	for _, p := range sd.People {
		id := people[sd.Account+"/"+p.Key]
		if id == 0 {
			return nil, fmt.Errorf("store: seed: deal %q: unknown person %s at %s", o.Name, p.Key, sd.Account)
		}
		o.People = append(o.People, domain.DealPerson{ContactID: id, Role: p.Role})
		present = append(present, id)
	}
	at := s.now()
	now := at.UTC().Format(time.RFC3339)
	created, createdOn := now, at.Format(time.DateOnly)
	if len(sd.Visits) > 0 {
		created, createdOn = sd.Visits[0].Entered+"T00:00:00Z", sd.Visits[0].Entered
	}
	id, err := s.insertDealRow(ctx, tx, o, created, createdOn, now)
	if err != nil {
		return nil, err
	}
	for _, v := range sd.Visits {
		if err := addVisit(ctx, tx, id, v); err != nil {
			return nil, err
		}
	}
	return func() error {
		for i, day := range sd.Touches {
			kind := domain.InteractionKind("meeting")
			if i%2 == 1 {
				kind = "call"
			}
			in := domain.Interaction{AccountID: account, OpportunityID: id, Date: day, Kind: kind,
				Summary: "跟进商机：" + o.Name, ContactIDs: present}
			if _, err := s.insertInteraction(ctx, tx, in, sql.NullInt64{}); err != nil {
				return err
			}
		}
		return nil
	}, nil
}
