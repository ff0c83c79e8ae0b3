package store

import "strings"

// AccountFilter picks live accounts by their lead manager (a member's
// name), their quadrant (tier) and whether they pass the key-account
// threshold: the stored scores (migration 13), read through their indexes.
type AccountFilter struct {
	Manager string
	Tiers   []string
	KeyOnly bool
}

// Empty is true when the filter picks every account.
func (f AccountFilter) Empty() bool { return f.Manager == "" && len(f.Tiers) == 0 && !f.KeyOnly }

// ids is a query of the ids of the accounts the filter picks, with its
// arguments.
func (f AccountFilter) ids() (string, []any) {
	where := []string{"a.deleted_at IS NULL"}
	var args []any
	if f.Manager != "" {
		where = append(where, "a.manager_id IN (SELECT id FROM members WHERE name = ?)")
		args = append(args, f.Manager)
	}
	if len(f.Tiers) > 0 {
		where = append(where, "a.tier IN ("+placeholders(len(f.Tiers))+")")
		for _, t := range f.Tiers {
			args = append(args, t)
		}
	}
	if f.KeyOnly {
		where = append(where, "a.score_key = 1")
	}
	return "SELECT a.id FROM accounts a WHERE " + strings.Join(where, " AND "), args
}
