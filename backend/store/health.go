package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// migrationService (issue 13, §7) adds service requests and complaints,
// satisfaction surveys, and each account's stored relationship health:
//
//   - accounts.health (0–100, as domain.ComputeHealth gave it),
//     health_prev (the latest score of an earlier month, −1 for none) and
//     health_risk (domain.HealthSettings.AtRisk of the two): the list's
//     column, its at-risk filter and sort, and Home's alert read them
//     through an index;
//   - health_history, the score per account and month (the month's last
//     settled value), for the trend line;
//   - health_dirty, the accounts a write may have changed the health of
//     (0: every account), filled by triggers in the write's own statement
//     on every input: the people's roles, attitudes, influence and last
//     contact, the complaints, the surveys, the stage, the won deals, the
//     health settings. Store.tx settles them in Go (settleHealth) before
//     it commits, so the stored health is exact in every write's own
//     transaction; the parts that move with the calendar (recency,
//     revenue to date) are settled for every account on the first write
//     of a new day, which opening the book and the reads make (SettleDay).
const migrationService = `CREATE TABLE service_requests (
		id          INTEGER PRIMARY KEY,
		account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		contact_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
		owner_id    INTEGER REFERENCES members(id) ON DELETE SET NULL,
		type        TEXT NOT NULL,
		severity    TEXT NOT NULL,
		channel     TEXT NOT NULL,
		status      TEXT NOT NULL,
		title       TEXT NOT NULL,
		description TEXT NOT NULL DEFAULT '',
		opened      TEXT NOT NULL,
		resolved    TEXT NOT NULL DEFAULT '',
		resolution  TEXT NOT NULL DEFAULT '',
		created_at  TEXT NOT NULL,
		updated_at  TEXT NOT NULL,
		deleted_at  TEXT,
		version     INTEGER NOT NULL DEFAULT 1
	) STRICT;
	CREATE INDEX service_account ON service_requests(account_id, opened);
	CREATE INDEX service_contact ON service_requests(contact_id) WHERE contact_id IS NOT NULL;
	CREATE INDEX service_owner ON service_requests(owner_id) WHERE owner_id IS NOT NULL;
	-- The book's list, open ones first and newest opened first, and the
	-- open ones by opened day (overdue is a range per severity).
	CREATE INDEX service_list ON service_requests(status IN ('resolved','closed'), opened DESC, id DESC) WHERE deleted_at IS NULL;
	CREATE INDEX service_open ON service_requests(severity, opened) WHERE deleted_at IS NULL AND status IN ('open','progress');
	CREATE INDEX service_trashed ON service_requests(deleted_at) WHERE deleted_at IS NOT NULL;

	CREATE TABLE surveys (
		id         INTEGER PRIMARY KEY,
		account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
		period     TEXT NOT NULL,
		date       TEXT NOT NULL,
		score      INTEGER NOT NULL,
		recommend  INTEGER NOT NULL,
		comments   TEXT NOT NULL DEFAULT '',
		created_at TEXT NOT NULL,
		updated_at TEXT NOT NULL,
		deleted_at TEXT
	) STRICT;
	CREATE INDEX surveys_account ON surveys(account_id, period) WHERE deleted_at IS NULL;
	CREATE INDEX surveys_contact ON surveys(contact_id) WHERE contact_id IS NOT NULL;
	CREATE INDEX surveys_trashed ON surveys(deleted_at) WHERE deleted_at IS NOT NULL;

	ALTER TABLE accounts ADD COLUMN health INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN health_prev INTEGER NOT NULL DEFAULT -1;
	ALTER TABLE accounts ADD COLUMN health_risk INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX accounts_health ON accounts(health, id) WHERE deleted_at IS NULL;
	CREATE INDEX accounts_at_risk ON accounts(health, id) WHERE deleted_at IS NULL AND health_risk = 1;

	CREATE TABLE health_history (
		account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		month      TEXT NOT NULL,
		health     INTEGER NOT NULL,
		PRIMARY KEY (account_id, month)
	) STRICT, WITHOUT ROWID;

	CREATE TABLE health_dirty (account_id INTEGER PRIMARY KEY) STRICT;

	CREATE TRIGGER health_contact_added AFTER INSERT ON contacts BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_contact_removed AFTER DELETE ON contacts BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (old.account_id);
	END;
	CREATE TRIGGER health_contact_changed AFTER UPDATE OF role, attitude, influence, last_contact, deleted_at, account_id ON contacts
		WHEN old.role IS NOT new.role OR old.attitude IS NOT new.attitude OR old.influence IS NOT new.influence
			OR old.last_contact IS NOT new.last_contact OR old.deleted_at IS NOT new.deleted_at OR old.account_id IS NOT new.account_id BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (old.account_id);
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_account_added AFTER INSERT ON accounts BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.id);
	END;
	CREATE TRIGGER health_account_stage AFTER UPDATE OF stage ON accounts WHEN old.stage IS NOT new.stage BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.id);
	END;
	CREATE TRIGGER health_deal_added AFTER INSERT ON opportunities WHEN new.status = 'won' BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_deal_removed AFTER DELETE ON opportunities WHEN old.status = 'won' BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (old.account_id);
	END;
	CREATE TRIGGER health_deal_changed AFTER UPDATE OF status, closed_on, amount, deleted_at, account_id ON opportunities
		WHEN old.status = 'won' OR new.status = 'won' BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (old.account_id);
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_service_added AFTER INSERT ON service_requests BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_service_removed AFTER DELETE ON service_requests BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (old.account_id);
	END;
	CREATE TRIGGER health_service_changed AFTER UPDATE OF type, severity, status, deleted_at ON service_requests BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_survey_added AFTER INSERT ON surveys BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_survey_removed AFTER DELETE ON surveys BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (old.account_id);
	END;
	CREATE TRIGGER health_survey_changed AFTER UPDATE OF period, score, deleted_at ON surveys BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (new.account_id);
	END;
	CREATE TRIGGER health_settings_added AFTER INSERT ON settings WHEN new.key = 'health' BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (0);
	END;
	CREATE TRIGGER health_settings_changed AFTER UPDATE ON settings WHEN new.key = 'health' AND new.value IS NOT old.value BEGIN
		INSERT OR IGNORE INTO health_dirty VALUES (0);
	END;`

func init() {
	for i, m := range migrations {
		if m == migrationService {
			afterMigration[i+1] = func(s *Store, ctx context.Context, tx *sql.Tx) error {
				return s.settleHealthAll(ctx, tx, s.now.Today())
			}
			return
		}
	}
	panic("store: migrationService is not in migrations")
}

// healthDayKey is the settings row holding the day every account's health
// was last settled on.
const healthDayKey = "healthDay"

// dirtyAllAbove is how many dirty accounts settle as the whole book: one
// pass of grouped reads beats hundreds of lookups.
const dirtyAllAbove = 400

// settleHealth stores the health of the accounts the transaction's writes
// made dirty, or of every account when the day changed or the settings
// did. Store.tx calls it before every commit.
func (s *Store) settleHealth(ctx context.Context, tx *sql.Tx) error {
	today := s.now.Today()
	var day string
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE((SELECT value FROM settings WHERE key = ?), '')", healthDayKey).Scan(&day); err != nil {
		return fmt.Errorf("store: settle health: %w", err)
	}
	if day != `"`+today+`"` {
		return s.settleHealthAll(ctx, tx, today)
	}
	ids, err := queryIDs(ctx, tx, "SELECT account_id FROM health_dirty LIMIT ?", dirtyAllAbove+1)
	if err != nil {
		return fmt.Errorf("store: settle health: %w", err)
	}
	if len(ids) == 0 {
		return nil
	}
	if len(ids) > dirtyAllAbove || ids[0] == 0 {
		return s.settleHealthAll(ctx, tx, today)
	}
	if err := settleHealthOf(ctx, tx, today, ids); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "DELETE FROM health_dirty")
	return err
}

// settleHealthAll stores every account's health as of today.
func (s *Store) settleHealthAll(ctx context.Context, tx *sql.Tx, today string) error {
	if err := settleHealthOf(ctx, tx, today, nil); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM health_dirty"); err != nil {
		return fmt.Errorf("store: settle health: %w", err)
	}
	if err := putSetting(ctx, tx, healthDayKey, today); err != nil {
		return err
	}
	s.healthDay.Store(today)
	return nil
}

// SettleDay settles every account's health when the day changed since
// it was last settled (the recency and revenue parts move with the
// calendar): opening the book and the screens that show health call it.
func (s *Store) SettleDay(ctx context.Context) error {
	if d, _ := s.healthDay.Load().(string); d == s.now.Today() {
		return nil
	}
	return s.tx(ctx, func(*sql.Tx) error { return nil }) // settleHealth sees the new day
}

// healthSettingsIn reads the health settings inside a transaction.
func healthSettingsIn(ctx context.Context, q rowQuerier) (domain.HealthSettings, error) {
	hs := domain.DefaultHealth()
	var v string
	err := q.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = 'health'").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return hs, nil
	}
	if err != nil {
		return hs, fmt.Errorf("store: load health settings: %w", err)
	}
	if err := json.Unmarshal([]byte(v), &hs); err != nil {
		return hs, fmt.Errorf("store: load health settings: %w", err)
	}
	return hs, nil
}

// healthState is what an account's row holds of its health.
type healthState struct{ health, prev, risk int }

// HealthInputs reads the inputs of the given accounts (nil: every account,
// trashed ones too) as of today.
func HealthInputs(ctx context.Context, q readQuerier, today string, ids []int64) (map[int64]*domain.HealthInputs, error) {
	in := map[int64]*domain.HealthInputs{}
	filter := func(col string) (string, []any) {
		if ids == nil {
			return "", nil
		}
		return " AND " + col + " IN (" + placeholders(len(ids)) + ")", idArgs(ids)
	}
	f, args := filter("id")
	rows, err := q.QueryContext(ctx, "SELECT id, stage FROM accounts WHERE 1"+f, args...)
	if err != nil {
		return nil, fmt.Errorf("store: health accounts: %w", err)
	}
	for rows.Next() {
		var id int64
		x := &domain.HealthInputs{KeyContacts: []string{}}
		if err := rows.Scan(&id, &x.Stage); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: health accounts: %w", err)
		}
		in[id] = x
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: health accounts: %w", err)
	}
	read := func(what, query string, args []any, scan func(*sql.Rows) error) error {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("store: health %s: %w", what, err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return fmt.Errorf("store: health %s: %w", what, err)
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: health %s: %w", what, err)
		}
		return nil
	}
	// The people: roles filled, attitudes weighted by influence, the key
	// people's last contacts.
	f, args = filter("account_id")
	roles := map[int64]map[string]bool{}
	err = read("people", `SELECT account_id, role, attitude, influence, last_contact FROM contacts WHERE deleted_at IS NULL`+f+
		` ORDER BY account_id, id`, args, func(r *sql.Rows) error {
		var id int64
		var role, influence, last string
		var attitude int
		if err := r.Scan(&id, &role, &attitude, &influence, &last); err != nil {
			return err
		}
		x := in[id]
		if x == nil {
			return nil
		}
		w := domain.InfluenceWeight(domain.Influence(influence))
		x.AttitudeSum += attitude * w
		x.AttitudeWeight += w
		switch role {
		case "economic", "user", "technical", "coach":
			if roles[id] == nil {
				roles[id] = map[string]bool{}
			}
			if !roles[id][role] {
				roles[id][role] = true
				x.Roles++
			}
		}
		if role == "economic" || influence == "high" {
			x.KeyContacts = append(x.KeyContacts, last)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("complaints", `SELECT account_id, severity, count(*) FROM service_requests WHERE deleted_at IS NULL
		AND type = 'complaint' AND status IN ('open','progress')`+f+` GROUP BY 1, 2`, args, func(r *sql.Rows) error {
		var id int64
		var sev string
		var n int
		if err := r.Scan(&id, &sev, &n); err != nil {
			return err
		}
		if x := in[id]; x != nil {
			switch domain.Severity(sev) {
			case "critical":
				x.Complaints.Critical += n
			case "high":
				x.Complaints.High += n
			case "medium":
				x.Complaints.Medium += n
			default:
				x.Complaints.Low += n
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("satisfaction", `SELECT account_id, avg(score) FROM surveys v WHERE deleted_at IS NULL`+f+`
		AND period = (SELECT max(period) FROM surveys w WHERE w.account_id = v.account_id AND w.deleted_at IS NULL)
		GROUP BY account_id`, args, func(r *sql.Rows) error {
		var id int64
		var avg float64
		if err := r.Scan(&id, &avg); err != nil {
			return err
		}
		if x := in[id]; x != nil {
			x.Satisfaction = avg
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	fromNow, toNow, fromLast, toLast := domain.RevenueSpans(today)
	err = read("revenue", `SELECT account_id, COALESCE(sum(amount) FILTER (WHERE closed_on BETWEEN ?1 AND ?2), 0),
		COALESCE(sum(amount) FILTER (WHERE closed_on BETWEEN ?3 AND ?4), 0)
		FROM opportunities WHERE deleted_at IS NULL AND status = 'won' AND closed_on BETWEEN ?3 AND ?2`+f+` GROUP BY account_id`,
		append([]any{fromNow, toNow, fromLast, toLast}, args...), func(r *sql.Rows) error {
			var id, now, last int64
			if err := r.Scan(&id, &now, &last); err != nil {
				return err
			}
			if x := in[id]; x != nil {
				x.RevenueNow, x.RevenueLast = now, last
			}
			return nil
		})
	return in, err
}

// prevHealth reads each account's latest score of a month before month.
func prevHealth(ctx context.Context, q querier, month string, ids []int64) (map[int64]int, error) {
	f, args := "", []any{month}
	if ids != nil {
		f, args = " AND account_id IN ("+placeholders(len(ids))+")", append(args, idArgs(ids)...)
	}
	rows, err := q.QueryContext(ctx, "SELECT account_id, health, max(month) FROM health_history WHERE month < ?"+f+" GROUP BY account_id", args...)
	if err != nil {
		return nil, fmt.Errorf("store: previous health: %w", err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var h int
		var m string
		if err := rows.Scan(&id, &h, &m); err != nil {
			return nil, fmt.Errorf("store: previous health: %w", err)
		}
		out[id] = h
	}
	return out, rows.Err()
}

// settleHealthOf computes and stores the health of the given accounts (nil:
// all) as of today, and this month's history entry of each.
func settleHealthOf(ctx context.Context, tx *sql.Tx, today string, ids []int64) error {
	hs, err := healthSettingsIn(ctx, tx)
	if err != nil {
		return err
	}
	in, err := HealthInputs(ctx, tx, today, ids)
	if err != nil {
		return err
	}
	month := today[:7]
	prev, err := prevHealth(ctx, tx, month, ids)
	if err != nil {
		return err
	}
	f, args := "", []any(nil)
	if ids != nil {
		f, args = " WHERE id IN ("+placeholders(len(ids))+")", idArgs(ids)
	}
	old := map[int64]healthState{}
	rows, err := tx.QueryContext(ctx, "SELECT id, health, health_prev, health_risk FROM accounts"+f, args...)
	if err != nil {
		return fmt.Errorf("store: settle health: %w", err)
	}
	for rows.Next() {
		var id int64
		var h healthState
		if err := rows.Scan(&id, &h.health, &h.prev, &h.risk); err != nil {
			rows.Close()
			return fmt.Errorf("store: settle health: %w", err)
		}
		old[id] = h
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: settle health: %w", err)
	}
	upd, err := tx.PrepareContext(ctx, "UPDATE accounts SET health = ?, health_prev = ?, health_risk = ? WHERE id = ?")
	if err != nil {
		return fmt.Errorf("store: settle health: %w", err)
	}
	defer upd.Close()
	hist, err := tx.PrepareContext(ctx, `INSERT INTO health_history (account_id, month, health) VALUES (?, ?, ?)
		ON CONFLICT DO UPDATE SET health = excluded.health WHERE health <> excluded.health`)
	if err != nil {
		return fmt.Errorf("store: settle health: %w", err)
	}
	defer hist.Close()
	for id, x := range in {
		now := storedHealth(*x, hs, today, prevOr(prev, id))
		if now != old[id] {
			if _, err := upd.ExecContext(ctx, now.health, now.prev, now.risk, id); err != nil {
				return fmt.Errorf("store: settle health of %d: %w", id, err)
			}
		}
		if _, err := hist.ExecContext(ctx, id, month, now.health); err != nil {
			return fmt.Errorf("store: settle health history of %d: %w", id, err)
		}
	}
	return nil
}

func prevOr(prev map[int64]int, id int64) int {
	if p, ok := prev[id]; ok {
		return p
	}
	return -1
}

// storedHealth is what an account's row stores of its health.
func storedHealth(in domain.HealthInputs, hs domain.HealthSettings, today string, prev int) healthState {
	score := domain.ComputeHealth(in, hs, today).Score
	return healthState{health: score, prev: prev, risk: boolInt(hs.AtRisk(score, prev))}
}

// HealthMonth is an account's score in one month.
type HealthMonth struct {
	Month  string `json:"month"`
	Health int    `json:"health"`
}

// HealthHistory is an account's monthly scores, oldest first, of the last
// limit months it has.
func (s *Store) HealthHistory(ctx context.Context, account int64, limit int) ([]HealthMonth, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT month, health FROM health_history WHERE account_id = ? ORDER BY month DESC LIMIT ?`,
		account, limit)
	if err != nil {
		return nil, fmt.Errorf("store: health history: %w", err)
	}
	defer rows.Close()
	out := []HealthMonth{}
	for rows.Next() {
		var m HealthMonth
		if err := rows.Scan(&m.Month, &m.Health); err != nil {
			return nil, fmt.Errorf("store: health history: %w", err)
		}
		out = append([]HealthMonth{m}, out...)
	}
	return out, rows.Err()
}

// AccountHealthInputs reads one account's health inputs as of today, and
// what its row stores (score, last month's, alert).
func (s *Store) AccountHealthInputs(ctx context.Context, account int64, today string) (domain.HealthInputs, int, int, bool, error) {
	var health, prev int
	var risk bool
	err := s.r.QueryRowContext(ctx, "SELECT health, health_prev, health_risk FROM accounts WHERE id = ?", account).Scan(&health, &prev, &risk)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.HealthInputs{}, 0, 0, false, domain.NotFound("account", account)
	}
	if err != nil {
		return domain.HealthInputs{}, 0, 0, false, fmt.Errorf("store: account health: %w", err)
	}
	in, err := HealthInputs(ctx, s.r, today, []int64{account})
	if err != nil || in[account] == nil {
		return domain.HealthInputs{}, 0, 0, false, err
	}
	return *in[account], health, prev, risk, nil
}

// AtRiskAccount is a row of the health alert.
type AtRiskAccount struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Manager string `json:"manager"`
	Tier    string `json:"tier"`
	Health  int    `json:"health"`
	Prev    int    `json:"prev"` // last month's score, −1 for none
}

// AtRiskPage reads one page of the live accounts in the health alert,
// lowest score first, and how many there are: a range of accounts_at_risk.
func (s *Store) AtRiskPage(ctx context.Context, offset, limit int) ([]AtRiskAccount, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM accounts INDEXED BY accounts_at_risk WHERE deleted_at IS NULL AND health_risk = 1").
		Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count accounts at risk: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	rows, err := s.r.QueryContext(ctx, `SELECT a.id, a.name, COALESCE(m.name, ''), a.tier, a.health, a.health_prev
		FROM accounts a INDEXED BY accounts_at_risk LEFT JOIN members m ON m.id = a.manager_id
		WHERE a.deleted_at IS NULL AND a.health_risk = 1 ORDER BY a.health, a.id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: accounts at risk: %w", err)
	}
	defer rows.Close()
	out := []AtRiskAccount{}
	for rows.Next() {
		var a AtRiskAccount
		if err := rows.Scan(&a.ID, &a.Name, &a.Manager, &a.Tier, &a.Health, &a.Prev); err != nil {
			return nil, 0, fmt.Errorf("store: accounts at risk: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: accounts at risk: %w", err)
	}
	return out, total, nil
}

// StoredHealthOf is an account's stored score and alert.
type StoredHealthOf struct {
	Health int  `json:"health"`
	Risk   bool `json:"risk"`
}

// HealthOf reads the stored health of the given accounts (a page's).
func (s *Store) HealthOf(ctx context.Context, ids []int64) (map[int64]StoredHealthOf, error) {
	out := map[int64]StoredHealthOf{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT id, health, health_risk FROM accounts WHERE id IN ("+placeholders(len(ids))+")", idArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("store: health of accounts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var h StoredHealthOf
		if err := rows.Scan(&id, &h.Health, &h.Risk); err != nil {
			return nil, fmt.Errorf("store: health of accounts: %w", err)
		}
		out[id] = h
	}
	return out, rows.Err()
}
