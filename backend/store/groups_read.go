package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// GroupLink is where an account stands among groups: its parent, the
// head of its group (0 when it is in none) and how many live subsidiaries
// report to it directly.
type GroupLink struct {
	ParentID     int64  `json:"parentId"`
	Parent       string `json:"parent"`
	GroupID      int64  `json:"groupId"`
	Group        string `json:"group"`
	GroupShort   string `json:"groupShort"` // the head's short name, else its name
	Subsidiaries int    `json:"subsidiaries"`
}

// GroupLinks reads the group links of the given accounts (a page's).
func (s *Store) GroupLinks(ctx context.Context, ids []int64) (map[int64]GroupLink, error) {
	out := make(map[int64]GroupLink, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT a.id, COALESCE(a.parent_id, 0), COALESCE(p.name, ''), COALESCE(a.group_id, 0), COALESCE(g.name, ''),
		COALESCE(NULLIF(g.short_name, ''), g.name, ''),
		(SELECT count(*) FROM accounts c WHERE c.parent_id = a.id AND c.deleted_at IS NULL)
		FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id LEFT JOIN accounts g ON g.id = a.group_id
		WHERE a.id IN (`+placeholders(len(ids))+`)`, idArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("store: group links: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var l GroupLink
		if err := rows.Scan(&id, &l.ParentID, &l.Parent, &l.GroupID, &l.Group, &l.GroupShort, &l.Subsidiaries); err != nil {
			return nil, fmt.Errorf("store: group links: %w", err)
		}
		out[id] = l
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: group links: %w", err)
	}
	return out, nil
}

// GroupRollup is a group (集团) with its subsidiaries' figures summed over
// its live accounts: the stored rollup of account_groups.
type GroupRollup struct {
	ID            int64  `json:"id"` // the head account's
	Name          string `json:"name"`
	ShortName     string `json:"shortName"`
	Manager       string `json:"manager"`
	HeadTrashed   bool   `json:"headTrashed"`
	Accounts      int    `json:"accounts"`
	Subsidiaries  int    `json:"subsidiaries"`
	OurSales      int64  `json:"ourSales"`
	CategorySpend int64  `json:"categorySpend"`
	People        int    `json:"people"`
	OpenDeals     int    `json:"openDeals"`
	OpenAmount    int64  `json:"openAmount"`
}

const groupRollupColumns = `g.group_id, h.name, h.short_name, COALESCE(m.name, ''), h.deleted_at IS NOT NULL,
	g.accounts, g.subsidiaries, g.our_sales, g.category_spend, g.people, g.open_deals, g.open_amount`

const groupRollupFrom = ` FROM account_groups g JOIN accounts h ON h.id = g.group_id LEFT JOIN members m ON m.id = h.manager_id`

func scanGroupRollup(row scanner) (GroupRollup, error) {
	var g GroupRollup
	err := row.Scan(&g.ID, &g.Name, &g.ShortName, &g.Manager, &g.HeadTrashed,
		&g.Accounts, &g.Subsidiaries, &g.OurSales, &g.CategorySpend, &g.People, &g.OpenDeals, &g.OpenAmount)
	return g, err
}

// Group reads the group whose head is id: not found when id heads no
// group with a live account.
func (s *Store) Group(ctx context.Context, id int64) (GroupRollup, error) {
	g, err := scanGroupRollup(s.r.QueryRowContext(ctx, "SELECT "+groupRollupColumns+groupRollupFrom+" WHERE g.group_id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return g, domain.NotFound("group", id)
	}
	if err != nil {
		return g, fmt.Errorf("store: load group %d: %w", id, err)
	}
	return g, nil
}

// GroupQuery is one page of the groups list.
type GroupQuery struct {
	Text string `json:"text"` // part of the head's name, short or English name
	// Sort is ourSales, openAmount, accounts, people or name ("" is ourSales, largest first).
	Sort   string `json:"sort"`
	Desc   bool   `json:"desc"`
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"`
}

// GroupPage reads one page of the groups, with how many match.
func (s *Store) GroupPage(ctx context.Context, q GroupQuery) ([]GroupRollup, int, error) {
	where, args := "1", []any{}
	if t := strings.TrimSpace(q.Text); t != "" {
		where = `(h.name LIKE ? ESCAPE '\' OR h.short_name LIKE ? ESCAPE '\' OR h.english_name LIKE ? ESCAPE '\')`
		p := likePattern(t)
		args = append(args, p, p, p)
	}
	order, desc := map[string]string{"ourSales": "g.our_sales", "openAmount": "g.open_amount", "accounts": "g.accounts",
		"people": "g.people", "name": "h.name_key"}[q.Sort], q.Desc
	if order == "" {
		order, desc = "g.our_sales", true
	}
	dir := " ASC"
	if desc {
		dir = " DESC"
	}
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*)"+groupRollupFrom+" WHERE "+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count groups: %w", err)
	}
	offset, limit := ClampPage(q.Offset, q.Limit)
	out, err := queryAll(ctx, s.r, "list groups", scanGroupRollup, "SELECT "+groupRollupColumns+groupRollupFrom+" WHERE "+where+
		" ORDER BY "+order+dir+", g.group_id"+dir+fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset), args...)
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// GroupMember is a live account of a group as the group page lists it:
// in tree order (each account under its parent, by name), with its depth.
type GroupMember struct {
	ID         int64           `json:"id"`
	ParentID   int64           `json:"parentId"`
	Depth      int             `json:"depth"`
	Name       string          `json:"name"`
	ShortName  string          `json:"shortName"`
	Manager    string          `json:"manager"`
	Status     string          `json:"status"`
	Tier       domain.Quadrant `json:"tier"`
	OurSales   int64           `json:"ourSales"`
	People     int             `json:"people"`
	OpenDeals  int             `json:"openDeals"`
	OpenAmount int64           `json:"openAmount"`
}

// GroupMembers reads a page of the live accounts of the group headed by
// head, in tree order, and how many there are. An account in the trash is
// left out; its subsidiaries stay, one level deeper than their parent.
func (s *Store) GroupMembers(ctx context.Context, head int64, offset, limit int) ([]GroupMember, int, error) {
	const tree = `WITH RECURSIVE tree(id, depth, path) AS (
		SELECT id, 0, name_key || char(1) || id FROM accounts WHERE id = ?1 AND group_id = ?1
		UNION ALL SELECT x.id, t.depth + 1, t.path || char(2) || x.name_key || char(1) || x.id
			FROM accounts x JOIN tree t ON x.parent_id = t.id WHERE t.depth < 64) `
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM accounts WHERE group_id = ? AND deleted_at IS NULL", head).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count group %d: %w", head, err)
	}
	offset, limit = ClampPage(offset, limit)
	rows, err := s.r.QueryContext(ctx, tree+`SELECT a.id, COALESCE(a.parent_id, 0), t.depth, a.name, a.short_name, COALESCE(m.name, ''),
		a.status, a.tier, a.our_sales,
		(SELECT count(*) FROM contacts c WHERE c.account_id = a.id AND c.deleted_at IS NULL),
		(SELECT count(*) FROM opportunities o WHERE o.account_id = a.id AND o.deleted_at IS NULL AND o.status = 'open'),
		(SELECT COALESCE(sum(amount), 0) FROM opportunities o WHERE o.account_id = a.id AND o.deleted_at IS NULL AND o.status = 'open')
		FROM tree t JOIN accounts a ON a.id = t.id LEFT JOIN members m ON m.id = a.manager_id
		WHERE a.deleted_at IS NULL ORDER BY t.path LIMIT ?2 OFFSET ?3`, head, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: group %d: %w", head, err)
	}
	defer rows.Close()
	out := []GroupMember{}
	for rows.Next() {
		var x GroupMember
		if err := rows.Scan(&x.ID, &x.ParentID, &x.Depth, &x.Name, &x.ShortName, &x.Manager, &x.Status, &x.Tier, &x.OurSales,
			&x.People, &x.OpenDeals, &x.OpenAmount); err != nil {
			return nil, 0, fmt.Errorf("store: group %d: %w", head, err)
		}
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: group %d: %w", head, err)
	}
	return out, total, nil
}

// GroupWon sums the deals the group's live accounts won between from and
// to (YYYY-MM-DD, inclusive): their count and amount.
func (s *Store) GroupWon(ctx context.Context, head int64, from, to string) (int, int64, error) {
	var n int
	var amount int64
	err := s.r.QueryRowContext(ctx, `SELECT count(*), COALESCE(sum(o.amount), 0) FROM accounts a
		JOIN opportunities o ON o.account_id = a.id AND o.deleted_at IS NULL AND o.status = 'won' AND o.closed_on BETWEEN ? AND ?
		WHERE a.group_id = ? AND a.deleted_at IS NULL`, from, to, head).Scan(&n, &amount)
	if err != nil {
		return 0, 0, fmt.Errorf("store: group %d won: %w", head, err)
	}
	return n, amount, nil
}

// GroupPerson is a key person of a group's account: an economic buyer or
// someone of high influence.
type GroupPerson struct {
	ID          int64  `json:"id"`
	AccountID   int64  `json:"accountId"`
	Account     string `json:"account"`
	Name        string `json:"name"`
	Title       string `json:"title"`
	Role        string `json:"role"`
	Influence   string `json:"influence"`
	Attitude    int    `json:"attitude"`
	LastContact string `json:"lastContact"`
}

// GroupKeyPeople lists up to limit key people of the group's live
// accounts, the economic buyers first, then by last contact (oldest and
// never met first: those the group is losing).
func (s *Store) GroupKeyPeople(ctx context.Context, head int64, limit int) ([]GroupPerson, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT c.id, a.id, COALESCE(NULLIF(a.short_name, ''), a.name), c.name, c.title, c.role, c.influence, c.attitude, c.last_contact
		FROM accounts a JOIN contacts c ON c.account_id = a.id AND c.deleted_at IS NULL AND `+keyPerson+`
		WHERE a.group_id = ? AND a.deleted_at IS NULL
		ORDER BY c.role <> 'economic', c.last_contact, c.id LIMIT ?`, head, limit)
	if err != nil {
		return nil, fmt.Errorf("store: group %d people: %w", head, err)
	}
	defer rows.Close()
	out := []GroupPerson{}
	for rows.Next() {
		var p GroupPerson
		if err := rows.Scan(&p.ID, &p.AccountID, &p.Account, &p.Name, &p.Title, &p.Role, &p.Influence, &p.Attitude, &p.LastContact); err != nil {
			return nil, fmt.Errorf("store: group %d people: %w", head, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: group %d people: %w", head, err)
	}
	return out, nil
}

// GroupAccountIDs lists the ids of the group's live accounts.
func (s *Store) GroupAccountIDs(ctx context.Context, head int64) ([]int64, error) {
	ids, err := queryIDs(ctx, s.r, "SELECT id FROM accounts WHERE group_id = ? AND deleted_at IS NULL", head)
	if err != nil {
		return nil, fmt.Errorf("store: group %d accounts: %w", head, err)
	}
	if ids == nil {
		ids = []int64{}
	}
	return ids, nil
}

// Subsidiaries lists the live accounts directly under id, by name (at
// most MaxPage).
func (s *Store) Subsidiaries(ctx context.Context, id int64) ([]Named, error) {
	return s.named(ctx, `SELECT id, name FROM accounts WHERE parent_id = ? AND deleted_at IS NULL
		ORDER BY name_key, id LIMIT ?`, id, MaxPage)
}

// AccountGroups maps every live account in a group to its group's head,
// from the group index alone (the matrix's group filter).
func (s *Store) AccountGroups(ctx context.Context) (map[int64]int64, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT id, group_id FROM accounts INDEXED BY accounts_group WHERE group_id IS NOT NULL AND deleted_at IS NULL")
	if err != nil {
		return nil, fmt.Errorf("store: account groups: %w", err)
	}
	defer rows.Close()
	out := map[int64]int64{}
	for rows.Next() {
		var id, g int64
		if err := rows.Scan(&id, &g); err != nil {
			return nil, fmt.Errorf("store: account groups: %w", err)
		}
		out[id] = g
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: account groups: %w", err)
	}
	return out, nil
}

// GroupHealth rolls the stored health (0–100, settled before every
// commit) of the group's live accounts up: how many, their mean weighted
// by our sales (each account at least 1 unit), and how many are at risk.
func (s *Store) GroupHealth(ctx context.Context, head int64) (accounts, score, atRisk int, err error) {
	err = s.r.QueryRowContext(ctx, `SELECT count(*),
		COALESCE(CAST(round(sum(health * max(our_sales, 1) * 1.0) / sum(max(our_sales, 1))) AS INTEGER), 0),
		COALESCE(sum(health_risk), 0)
		FROM accounts WHERE group_id = ? AND deleted_at IS NULL`, head).Scan(&accounts, &score, &atRisk)
	if err != nil {
		err = fmt.Errorf("store: group %d health: %w", head, err)
	}
	return accounts, score, atRisk, err
}
