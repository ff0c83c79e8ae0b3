package store

import (
	"context"
	"fmt"
	"strings"
)

// dealGroup is one group of the funnel's first grouping: deals of one
// status, stage, month and probability.
type dealGroup struct {
	status, stage, month string
	override             bool
	probability          int
}

type groupSum struct {
	deals  int
	amount int64
}

// reachedKey is one group of the second grouping: deals of one status
// that reached the same set of stages.
type reachedKey struct {
	mask   int64
	status string
}

// trashedAccountDeals are the live deals of trashed accounts, found through
// the account index: the summary tables count them, the funnel does not.
const trashedAccountDeals = "deleted_at IS NULL AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)"

// summaryGroups reads both groupings from the summary tables and takes
// away the deals of trashed accounts (few, and found by index).
func summaryGroups(ctx context.Context, q readQuerier, stages int) (map[dealGroup]groupSum, map[reachedKey][]int, error) {
	groups, err := summaryDealGroups(ctx, q, false)
	if err != nil {
		return nil, nil, err
	}
	reached, err := scanReachedGroups(ctx, q, `SELECT reached, status, deals, `+digestColumns(stages, "")+` FROM funnel_reached`, nil, stages)
	if err != nil {
		return nil, nil, err
	}
	gone, err := reachedGroups(ctx, q, "opportunities o INDEXED BY opportunities_account", trashedAccountDeals, nil, stages)
	if err != nil {
		return nil, nil, err
	}
	for g, t := range gone {
		sums := reached[g]
		for i := range sums {
			sums[i] -= t[i]
		}
		if len(sums) == 0 || sums[0] == 0 {
			delete(reached, g)
		}
	}
	return groups, reached, nil
}

// summaryDealGroups reads the first grouping (status, stage, month,
// probability) from its summary table, less the deals of trashed
// accounts; openOnly reads the open deals' groups only (the board's).
func summaryDealGroups(ctx context.Context, q readQuerier, openOnly bool) (map[dealGroup]groupSum, error) {
	where, trashedWhere := "", trashedAccountDeals
	if openOnly {
		where, trashedWhere = " WHERE status = 'open'", trashedAccountDeals+" AND status = 'open'"
	}
	groups, err := scanDealGroups(ctx, q, `SELECT status, stage, month, override, probability, deals, amount FROM funnel_groups`+where)
	if err != nil {
		return nil, err
	}
	trashed, err := dealGroups(ctx, q, "opportunities o INDEXED BY opportunities_account", trashedWhere, nil)
	if err != nil {
		return nil, err
	}
	for g, t := range trashed {
		sum := groups[g]
		sum.deals -= t.deals
		sum.amount -= t.amount
		if sum.deals == 0 {
			delete(groups, g)
		} else {
			groups[g] = sum
		}
	}

	return groups, nil
}

// dealGroups groups the deals of from (a table with its index) that match
// where by status, stage, month and probability.
func dealGroups(ctx context.Context, q readQuerier, from, where string, args []any) (map[dealGroup]groupSum, error) {
	return scanDealGroups(ctx, q, `SELECT status, stage, `+funnelMonth+`, override, probability, count(*), sum(amount)
		FROM `+from+` WHERE `+where+` GROUP BY 1, 2, 3, 4, 5`, args...)
}

func scanDealGroups(ctx context.Context, q readQuerier, query string, args ...any) (map[dealGroup]groupSum, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: funnel: %w", err)
	}
	defer rows.Close()
	out := map[dealGroup]groupSum{}
	for rows.Next() {
		var g dealGroup
		var sum groupSum
		if err := rows.Scan(&g.status, &g.stage, &g.month, &g.override, &g.probability, &sum.deals, &sum.amount); err != nil {
			return nil, fmt.Errorf("store: funnel: %w", err)
		}
		out[g] = sum
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: funnel: %w", err)
	}
	return out, nil
}

// reachedGroups groups the deals of from that match where by the stages
// they reached and their status, summing their digests.
func reachedGroups(ctx context.Context, q readQuerier, from, where string, args []any, stages int) (map[reachedKey][]int, error) {
	return scanReachedGroups(ctx, q, `SELECT reached, status, count(*), `+digestColumns(stages, "sum")+`
		FROM `+from+` WHERE `+where+` GROUP BY 1, 2`, args, stages)
}

// digestColumns lists days_i and stays_i of the first stages, each wrapped
// in the aggregate given ("" for none).
func digestColumns(stages int, aggregate string) string {
	var cols []string
	for i := range stages {
		cols = append(cols, fmt.Sprintf("%s(days_%d), %s(stays_%d)", aggregate, i, aggregate, i))
	}
	return strings.Join(cols, ", ")
}

func scanReachedGroups(ctx context.Context, q readQuerier, query string, args []any, stages int) (map[reachedKey][]int, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: funnel stages: %w", err)
	}
	defer rows.Close()
	out := map[reachedKey][]int{}
	for rows.Next() {
		var g reachedKey
		sums := make([]int, 1+2*stages)
		dest := []any{&g.mask, &g.status}
		for i := range sums {
			dest = append(dest, &sums[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("store: funnel stages: %w", err)
		}
		out[g] = sums
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: funnel stages: %w", err)
	}
	return out, nil
}
