package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"kams/backend/domain"
)

const accountColumns = `a.id, a.name, a.short_name, a.english_name, a.industry, a.region, a.address,
	a.employees, a.revenue, a.business_strategy, a.supply_chain_strategy, a.procurement_plans,
	a.competitors, a.our_sales, a.category_spend, a.status, COALESCE(m.name, ''), a.stage, a.notes,
	a.id_large_orders, a.id_strategic, a.id_influence, a.id_technology, a.id_market,
	a.kc_high_value, a.kc_barrier, a.kc_future_competition, a.kc_core_market,
	a.cl_volume, a.cl_profitability, a.cl_strategic_fit, a.cl_ease,
	a.cl_growth, a.cl_projects, a.cl_share_room, a.cl_tech_absorption,
	a.cl_coverage, a.cl_satisfaction, a.created_at, a.updated_at, COALESCE(a.deleted_at, ''), a.version`

const accountFrom = ` FROM accounts a LEFT JOIN members m ON m.id = a.manager_id`

type scanner interface{ Scan(dest ...any) error }

func scanAccount(row scanner) (domain.Account, error) {
	var a domain.Account
	id, kc, cl := &a.Identification, &a.Characteristics, &a.Classification
	err := row.Scan(&a.ID, &a.Name, &a.ShortName, &a.EnglishName, &a.Industry, &a.Region, &a.Address,
		&a.Employees, &a.Revenue, &a.BusinessStrategy, &a.SupplyChainStrategy, &a.ProcurementPlans,
		&a.Competitors, &a.OurSales, &a.CategorySpend, &a.Status, &a.Manager, &a.Stage, &a.Notes,
		&id.LargeOrders, &id.Strategic, &id.Influence, &id.Technology, &id.Market,
		&kc.HighValue, &kc.Barrier, &kc.FutureCompetition, &kc.CoreMarket,
		&cl.Volume, &cl.Profitability, &cl.StrategicFit, &cl.Ease,
		&cl.Growth, &cl.Projects, &cl.ShareRoom, &cl.TechAbsorption,
		&cl.Coverage, &cl.Satisfaction, &a.CreatedAt, &a.UpdatedAt, &a.DeletedAt, &a.Version)
	return a, err
}

// Accounts lists the live accounts, or with trashed set the ones in the
// trash, most recently changed first.
func (s *Store) Accounts(ctx context.Context, trashed bool) ([]domain.Account, error) {
	where := " WHERE a.deleted_at IS NULL ORDER BY a.updated_at DESC, a.id DESC"
	if trashed {
		where = " WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id DESC"
	}
	return queryAll(ctx, s.r, "list accounts", scanAccount, "SELECT "+accountColumns+accountFrom+where)
}

// Account loads one account, live or trashed.
func (s *Store) Account(ctx context.Context, id int64) (domain.Account, error) {
	a, err := scanAccount(s.r.QueryRowContext(ctx, "SELECT "+accountColumns+accountFrom+" WHERE a.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, domain.NotFound("account", id)
	}
	if err != nil {
		return a, fmt.Errorf("store: load account %d: %w", id, err)
	}
	return a, nil
}

// CountAccounts counts live and trashed accounts: zero means a new database.
func (s *Store) CountAccounts(ctx context.Context) (int, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM accounts").Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count accounts: %w", err)
	}
	return n, nil
}

// CreateAccount inserts a validated account (and its manager, if new) and
// returns its id.
func (s *Store) CreateAccount(ctx context.Context, a domain.Account) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.insertAccount(ctx, tx, a)
		return err
	})
	return id, err
}

// CreateAccounts inserts many accounts in one transaction: all or none.
func (s *Store) CreateAccounts(ctx context.Context, list []domain.Account) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.insertAccounts(ctx, tx, list) })
}

func (s *Store) insertAccounts(ctx context.Context, tx *sql.Tx, list []domain.Account) error {
	for _, a := range list {
		if _, err := s.insertAccount(ctx, tx, a); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) insertAccount(ctx context.Context, tx *sql.Tx, a domain.Account) (int64, error) {
	if err := checkNameFree(ctx, tx, a.Name, 0); err != nil {
		return 0, err
	}
	mgr, err := memberID(ctx, tx, a.Manager, s.stamp())
	if err != nil {
		return 0, err
	}
	sc, err := scoringIn(ctx, tx)
	if err != nil {
		return 0, err
	}
	now := s.stamp()
	values := append(writableValues(a, mgr), derivedValues(a, sc)...)
	res, err := tx.ExecContext(ctx, `INSERT INTO accounts (`+writableColumns+`, `+derivedColumns+`, created_at, updated_at)
		VALUES (`+strings.Repeat("?, ", len(values))+`?, ?)`, append(values, now, now)...)
	if err != nil {
		return 0, fmt.Errorf("store: insert account %q: %w", a.Name, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: insert account %q: %w", a.Name, err)
	}
	return id, index(ctx, tx, kindAccount, id, accountText(a))
}

// UpdateAccount saves every field of a live account.
func (s *Store) UpdateAccount(ctx context.Context, a domain.Account) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		// A missing account is "not found" even when its new name is taken.
		if err := liveAccount(ctx, tx, a.ID); err != nil {
			return err
		}
		if err := checkNameFree(ctx, tx, a.Name, a.ID); err != nil {
			return err
		}
		mgr, err := memberID(ctx, tx, a.Manager, s.stamp())
		if err != nil {
			return err
		}
		sc, err := scoringIn(ctx, tx)
		if err != nil {
			return err
		}
		sets := strings.ReplaceAll(writableColumns+", "+derivedColumns, ",", " = ?,") + " = ?, updated_at = ?, version = version + 1"
		values := append(writableValues(a, mgr), derivedValues(a, sc)...)
		// liveAccount saw the row live in this transaction: it still is, so
		// no row means a save since the form read version a.Version.
		res, err := tx.ExecContext(ctx, "UPDATE accounts SET "+sets+" WHERE id = ? AND deleted_at IS NULL AND version = ?",
			append(values, s.stamp(), a.ID, a.Version)...)
		if err := sameVersion(res, err, "account", a.ID); err != nil {
			return err
		}
		return index(ctx, tx, kindAccount, a.ID, accountText(a))
	})
}

// TrashAccount moves a live account to the trash. Its people and
// interactions stay as they are, hidden with it.
func (s *Store) TrashAccount(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE accounts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: trash account %d: %w", id, err)
		}
		if err := mustAffect(res, "account", id); err != nil {
			return err
		}
		if err := unindex(ctx, tx, kindAccount, id); err != nil {
			return err
		}
		return indexChildren(ctx, tx, id, false)
	})
}

// RestoreAccount brings an account back from the trash, unless a live
// account has taken its name meanwhile.
func (s *Store) RestoreAccount(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var a domain.Account
		err := tx.QueryRowContext(ctx, "SELECT id, name, short_name, english_name, industry, region FROM accounts WHERE id = ? AND deleted_at IS NOT NULL", id).
			Scan(&a.ID, &a.Name, &a.ShortName, &a.EnglishName, &a.Industry, &a.Region)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.NotFound("account", id)
		}
		if err != nil {
			return fmt.Errorf("store: restore account %d: %w", id, err)
		}
		if err := checkNameFree(ctx, tx, a.Name, id); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE accounts SET deleted_at = NULL, updated_at = ? WHERE id = ?", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: restore account %d: %w", id, err)
		}
		if err := mustAffect(res, "account", id); err != nil {
			return err
		}
		if err := index(ctx, tx, kindAccount, id, accountText(a)); err != nil {
			return err
		}
		return indexChildren(ctx, tx, id, true)
	})
}

// PurgeAccount deletes an account for good, with its people and
// interactions; only one already in the trash.
func (s *Store) PurgeAccount(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for kind, query := range map[int64]string{
			kindContact:     "SELECT id FROM contacts WHERE account_id = ?",
			kindInteraction: "SELECT id FROM interactions WHERE account_id = ?",
		} {
			ids, err := queryIDs(ctx, tx, query, id)
			if err != nil {
				return fmt.Errorf("store: purge account %d: %w", id, err)
			}
			for _, rid := range ids {
				if err := unindex(ctx, tx, kind, rid); err != nil {
					return err
				}
			}
		}
		if err := trashedAccount(ctx, tx, id); err != nil {
			return err
		}
		if err := unlinkTree(ctx, tx, id); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM accounts WHERE id = ? AND deleted_at IS NOT NULL", id)
		if err != nil {
			return fmt.Errorf("store: purge account %d: %w", id, err)
		}
		return mustAffect(res, "account", id)
	})
}

func mustAffect(res sql.Result, what string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: %s %d: %w", what, id, err)
	}
	if n == 0 {
		return domain.NotFound(what, id)
	}
	return nil
}

// checkNameFree refuses a name another live account has (case-insensitive
// for Latin letters, as the unique index is).
func checkNameFree(ctx context.Context, tx *sql.Tx, name string, self int64) error {
	var other int64
	err := tx.QueryRowContext(ctx,
		"SELECT id FROM accounts WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND id <> ?", name, self).Scan(&other)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("store: check account name: %w", err)
	}
	return domain.Conflict("name", "error.duplicateName", map[string]any{"name": name})
}

const writableColumns = `name, short_name, english_name, industry, region, address,
	employees, revenue, business_strategy, supply_chain_strategy, procurement_plans,
	competitors, our_sales, category_spend, status, manager_id, stage, notes,
	id_large_orders, id_strategic, id_influence, id_technology, id_market,
	kc_high_value, kc_barrier, kc_future_competition, kc_core_market,
	cl_volume, cl_profitability, cl_strategic_fit, cl_ease,
	cl_growth, cl_projects, cl_share_room, cl_tech_absorption,
	cl_coverage, cl_satisfaction`

func writableValues(a domain.Account, manager sql.NullInt64) []any {
	id, kc, cl := a.Identification, a.Characteristics, a.Classification
	return []any{a.Name, a.ShortName, a.EnglishName, a.Industry, a.Region, a.Address,
		a.Employees, a.Revenue, a.BusinessStrategy, a.SupplyChainStrategy, a.ProcurementPlans,
		a.Competitors, a.OurSales, a.CategorySpend, string(a.Status), manager, string(a.Stage), a.Notes,
		id.LargeOrders, id.Strategic, id.Influence, id.Technology, id.Market,
		boolInt(kc.HighValue), boolInt(kc.Barrier), boolInt(kc.FutureCompetition), boolInt(kc.CoreMarket),
		cl.Volume, cl.Profitability, cl.StrategicFit, cl.Ease,
		cl.Growth, cl.Projects, cl.ShareRoom, cl.TechAbsorption,
		cl.Coverage, cl.Satisfaction}
}
