package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"kams/backend/domain"
)

// BoardFilter picks the deals of the board: one account's (AccountID), or
// those of the accounts Accounts picks; Text is a part of the deal's or
// its account's name. Trashed deals and the deals of trashed accounts are
// never on it.
type BoardFilter struct {
	AccountID int64
	Accounts  AccountFilter
	Text      string
	// resolved holds what Resolve read: the ids of the accounts Accounts
	// picks and of the deals Text matches (nil: not read, or no filter).
	accountIDs, dealIDs []int64
}

// Resolve reads once the accounts the filter's manager, tier and key
// filter pick and the deals its text matches, so that the board's several
// queries (sums, each column's cards) probe two lists instead of scoring
// every account and matching every name again.
func (s *Store) Resolve(ctx context.Context, f BoardFilter) (BoardFilter, error) {
	return resolve(ctx, s.r, f)
}

func resolve(ctx context.Context, db querier, f BoardFilter) (BoardFilter, error) {
	if !f.Accounts.Empty() {
		q, a := f.Accounts.ids()
		ids, err := queryIDs(ctx, db, q, a...)
		if err != nil {
			return f, fmt.Errorf("store: board accounts: %w", err)
		}
		f.Accounts, f.accountIDs = AccountFilter{}, ids
		if f.accountIDs == nil {
			f.accountIDs = []int64{}
		}
	}
	if text := strings.TrimSpace(f.Text); text != "" {
		like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(text) + "%"
		ids, err := queryIDs(ctx, db, `SELECT id FROM opportunities INDEXED BY opportunities_name WHERE deleted_at IS NULL AND name LIKE ?1 ESCAPE '\'
			UNION SELECT id FROM opportunities WHERE deleted_at IS NULL
			AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL AND name LIKE ?1 ESCAPE '\')`, like)
		if err != nil {
			return f, fmt.Errorf("store: board text: %w", err)
		}
		f.Text, f.dealIDs = "", ids
		if f.dealIDs == nil {
			f.dealIDs = []int64{}
		}
	}
	return f, nil
}

// BoardSum is what a column counts: all its matching deals, not only the
// cards read.
type BoardSum struct {
	Count    int
	Amount   int64
	Weighted int64
}

// BoardColumnClosed names the column of the deals closed (won, lost or
// abandoned) since a day, newest first; the others are stage ids.
const BoardColumnClosed = "closed"

// BoardSums counts the open deals of each stage with their amount and
// weighted amount (weighted per group of one probability, as the funnel
// weighs, so the board's columns and the funnel's stages agree), and the
// deals closed since closedSince. Unfiltered, the open deals come from the
// funnel's summary table less the deals of trashed accounts. hasDeals
// says whether any deal at all matches (asked only when no column has
// one: "no deals yet" from "none open").
func (s *Store) BoardSums(ctx context.Context, f BoardFilter, stages []domain.Stage, closedSince string) (sums map[string]BoardSum, closed BoardSum, hasDeals bool, err error) {
	sums = map[string]BoardSum{}
	err = s.readTx(ctx, func(tx *sql.Tx) error {
		where, args, err := boardWhere(ctx, tx, f)
		if err != nil {
			return err
		}
		var groups map[dealGroup]groupSum
		if f.AccountID == 0 && f.Accounts.Empty() && strings.TrimSpace(f.Text) == "" && f.accountIDs == nil && f.dealIDs == nil {
			groups, err = summaryDealGroups(ctx, tx, true)
		} else {
			from := "opportunities o INDEXED BY opportunities_funnel"
			if f.AccountID != 0 || f.dealIDs != nil || strings.TrimSpace(f.Text) != "" {
				from = "opportunities o" // one account's or the text's few deals
			}
			groups, err = dealGroups(ctx, tx, from, "status = 'open' AND "+where, args)
		}
		if err != nil {
			return err
		}
		for g, sum := range groups {
			if g.status != domain.DealOpen {
				continue
			}
			deal := domain.Opportunity{Status: g.status, Stage: g.stage, Override: g.override, Probability: g.probability}
			c := sums[g.stage]
			c.Count += sum.deals
			c.Amount += sum.amount
			c.Weighted += domain.Weighted(sum.amount, domain.EffectiveProbability(deal, stages))
			sums[g.stage] = c
		}
		err = tx.QueryRowContext(ctx, `SELECT count(*), COALESCE(sum(amount), 0) FROM opportunities o INDEXED BY opportunities_closed
			WHERE status <> 'open' AND closed_on >= ? AND `+where, append([]any{closedSince}, args...)...).Scan(&closed.Count, &closed.Amount)
		if err != nil {
			return fmt.Errorf("store: board closed: %w", err)
		}
		hasDeals = closed.Count > 0
		for _, c := range sums {
			hasDeals = hasDeals || c.Count > 0
		}
		if !hasDeals {
			if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM opportunities o WHERE `+where+`)`, args...).Scan(&hasDeals); err != nil {
				return fmt.Errorf("store: board any deal: %w", err)
			}
		}
		return nil
	})
	return sums, closed, hasDeals, err
}

// BoardCards reads a page of a column's cards: an open stage's deals by
// expected close date, or (BoardColumnClosed) the deals closed since
// closedSince, newest first; ties go by id.
func (s *Store) BoardCards(ctx context.Context, f BoardFilter, column, closedSince string, offset, limit int) ([]domain.Opportunity, error) {
	var out []domain.Opportunity
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		where, args, err := boardWhere(ctx, tx, f)
		if err != nil {
			return err
		}
		q, args := columnPage(column, closedSince, where, args)
		out, err = queryDealsSQL(ctx, tx, "SELECT "+dealColumns+pageFrom(f, column)+" "+q+" LIMIT ? OFFSET ?", append(args, limit, offset)...)
		return err
	})
	return out, err
}

// BoardFirstCards reads the first limit cards of each column in one
// statement (a UNION ALL of each column's page), and their people in one
// more, instead of two statements per column.
func (s *Store) BoardFirstCards(ctx context.Context, f BoardFilter, columns []string, closedSince string, limit int) (map[string][]domain.Opportunity, error) {
	out := map[string][]domain.Opportunity{}
	if len(columns) == 0 {
		return out, nil
	}
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		where, wargs, err := boardWhere(ctx, tx, f)
		if err != nil {
			return err
		}
		var parts []string
		var args []any
		for _, c := range columns {
			q, a := columnPage(c, closedSince, where, wargs)
			parts = append(parts, "SELECT * FROM (SELECT "+dealColumns+pageFrom(f, c)+" "+q+" LIMIT ?)")
			args = append(append(args, a...), limit)
		}
		list, err := queryDealsSQL(ctx, tx, strings.Join(parts, " UNION ALL "), args...)
		if err != nil {
			return err
		}
		for _, o := range list {
			c := o.Stage
			if o.Status != domain.DealOpen {
				c = BoardColumnClosed
			}
			out[c] = append(out[c], o)
		}
		return nil
	})
	return out, err
}

// pageFrom is the FROM of a column's page. Filtered by a set of accounts
// (a manager, tiers), the column is read in its order from its index,
// probing the set, and stops at the page's end; else SQLite drives from
// the set and sorts all its deals. One account's deals or a text's are
// few: the planner's choice (from them) is the right one.
func pageFrom(f BoardFilter, column string) string {
	if f.AccountID != 0 || f.dealIDs != nil || f.accountIDs == nil {
		return dealFrom
	}
	if column == BoardColumnClosed {
		return " FROM opportunities o INDEXED BY opportunities_closed JOIN accounts a ON a.id = o.account_id"
	}
	return " FROM opportunities o INDEXED BY opportunities_board JOIN accounts a ON a.id = o.account_id"
}

// columnPage is the WHERE and ORDER BY of a column's cards, with their
// arguments, around the filter's where.
func columnPage(column, closedSince, where string, args []any) (string, []any) {
	if column == BoardColumnClosed {
		return "WHERE o.status <> 'open' AND o.closed_on >= ? AND " + where + " ORDER BY o.closed_on DESC, o.id DESC",
			append([]any{closedSince}, args...)
	}
	return "WHERE o.status = 'open' AND o.stage = ? AND " + where + " ORDER BY o.close_date, o.id", append([]any{column}, args...)
}

// readTx runs reads in one read transaction, so that counts and cards
// agree with each other.
func (s *Store) readTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: read: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read only
	return fn(tx)
}

// boardWhere selects the filter's live deals of live accounts (columns of
// o); a filter not resolved yet is resolved here.
func boardWhere(ctx context.Context, tx *sql.Tx, f BoardFilter) (string, []any, error) {
	where := []string{"o.deleted_at IS NULL"}
	var args []any
	if f.AccountID != 0 {
		where = append(where, "o.account_id = ?", "o.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)")
		args = append(args, f.AccountID)
	} else {
		where = append(where, "o.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)")
	}
	f, err := resolve(ctx, tx, f)
	if err != nil {
		return "", nil, err
	}
	if f.accountIDs != nil {
		list, _ := json.Marshal(f.accountIDs)
		where = append(where, "o.account_id IN (SELECT value FROM json_each(?))")
		args = append(args, string(list))
	}
	if f.dealIDs != nil {
		list, _ := json.Marshal(f.dealIDs)
		where = append(where, "o.id IN (SELECT value FROM json_each(?))")
		args = append(args, string(list))
	}
	return strings.Join(where, " AND "), args, nil
}

// probabilitySQL is domain.EffectiveProbability of an open deal o: its own
// when overridden, else its stage's (integers, printed exactly).
func probabilitySQL(stages []domain.Stage) string {
	var b strings.Builder
	b.WriteString("(CASE WHEN override THEN probability ELSE (CASE stage")
	for _, st := range stages {
		b.WriteString(" WHEN " + sqlString(st.ID) + " THEN " + strconv.Itoa(st.Probability))
	}
	b.WriteString(" ELSE 0 END) END)")
	return b.String()
}

// DealsOf lists the live deals of live accounts among ids, in the order of
// ids.
func (s *Store) DealsOf(ctx context.Context, ids []int64) ([]domain.Opportunity, error) {
	list, _ := json.Marshal(ids)
	found, err := s.queryDeals(ctx, "WHERE o.id IN (SELECT value FROM json_each(?)) AND o.deleted_at IS NULL AND a.deleted_at IS NULL", string(list))
	if err != nil {
		return nil, err
	}
	at := map[int64]int{}
	for i, id := range ids {
		at[id] = i
	}
	slices.SortFunc(found, func(a, b domain.Opportunity) int { return at[a.ID] - at[b.ID] })
	return found, nil
}
