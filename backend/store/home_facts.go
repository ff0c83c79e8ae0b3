package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"kams/backend/domain"
)

// openStep is a next step not done, of a live interaction, due on or
// before a day: the partial index interactions_due holds exactly these.
const openStep = `i.next_due <> '' AND i.next_done = 0 AND i.deleted_at IS NULL AND i.next_due <= ?`

// DueSteps reads the first limit next steps due on or before until
// (overdue ones first) of live accounts, soonest first, and how many
// there are: the per-day counts (due_steps) are summed, then the few steps
// of trashed accounts (found through the account index) taken away.
func (s *Store) DueSteps(ctx context.Context, until string, limit int) ([]domain.Interaction, int, error) {
	var all, trashed int
	err := s.r.QueryRowContext(ctx, `SELECT COALESCE(sum(steps), 0) FROM due_steps WHERE day <= ?`, until).Scan(&all)
	if err == nil {
		err = s.r.QueryRowContext(ctx, `SELECT count(*) FROM interactions i INDEXED BY interactions_account_date
			WHERE i.account_id IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL) AND `+openStep, until).Scan(&trashed)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("store: count due steps: %w", err)
	}
	_, limit = ClampPage(0, limit)
	list, err := s.queryInteractions(ctx, `WHERE `+openStep+
		` AND a.deleted_at IS NULL ORDER BY i.next_due, i.id LIMIT ?`, until, limit)
	return list, all - trashed, err
}

// birthdayDay is the month and day of a birthday: the expression of the
// partial index contacts_birthday, with its conditions.
const birthdayDay = `substr(c.birthday, 6)`
const birthdayIndexed = `c.birthday <> '' AND c.deleted_at IS NULL`

// BirthdayWindow lists the month-days (MM-DD) from today to today+days with
// each one's distance in days; in a common year 29 February falls on 28
// February, as domain's onYear has it.
func BirthdayWindow(today time.Time, days int) map[string]int {
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	out := map[string]int{}
	for n := 0; n <= days; n++ {
		d := t.AddDate(0, 0, n)
		out[d.Format("01-02")] = n
		if d.Month() == time.February && d.Day() == 28 && !isLeap(d.Year()) {
			out["02-29"] = n
		}
	}
	return out
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// Birthdays reads the first limit live people of live accounts whose
// birthday (month and day) falls in window, nearest first (then by account
// and person), and how many there are, through the birthday index: the
// count is one range per day, the first rows are read day by day until
// the page is full.
func (s *Store) Birthdays(ctx context.Context, window map[string]int, limit int) ([]domain.Contact, int, error) {
	type day struct {
		md string
		in int
	}
	var days []day
	marks, args := []string{}, []any{}
	for md, n := range window {
		days = append(days, day{md, n})
		marks = append(marks, "?")
		args = append(args, md)
	}
	if len(days) == 0 {
		return []domain.Contact{}, 0, nil
	}
	// Nearest first; 29 February shares 28 February's distance in a common
	// year and comes with it, by account and person.
	sort.Slice(days, func(i, j int) bool {
		return days[i].in < days[j].in || days[i].in == days[j].in && days[i].md < days[j].md
	})
	const live = " AND c.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)"
	var total int
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM contacts c INDEXED BY contacts_birthday_day WHERE `+birthdayIndexed+
		" AND "+birthdayDay+" IN ("+strings.Join(marks, ", ")+")"+live, args...).Scan(&total)
	if err != nil {
		return nil, 0, fmt.Errorf("store: count birthdays: %w", err)
	}
	_, limit = ClampPage(0, limit)
	var ids []int64
	for i := 0; i < len(days) && len(ids) < limit; {
		// The days at one distance (28 and 29 February) are read together.
		same := []any{days[i].md}
		for i++; i < len(days) && days[i].in == days[i-1].in; i++ {
			same = append(same, days[i].md)
		}
		got, err := queryIDs(ctx, s.r, "SELECT c.id FROM contacts c INDEXED BY contacts_birthday_day WHERE "+birthdayIndexed+
			" AND "+birthdayDay+" IN ("+placeholders(len(same))+")"+live+
			fmt.Sprintf(" ORDER BY c.account_id, c.id LIMIT %d", limit-len(ids)), same...)
		if err != nil {
			return nil, 0, fmt.Errorf("store: birthdays: %w", err)
		}
		ids = append(ids, got...)
	}
	if len(ids) == 0 {
		return []domain.Contact{}, total, nil
	}
	list, err := s.queryContacts(ctx, "WHERE c.id IN ("+placeholders(len(ids))+")", anyIDs(ids)...)
	if err != nil {
		return nil, 0, err
	}
	// Back into the order of the ids.
	pos := map[int64]int{}
	for i, id := range ids {
		pos[id] = i
	}
	sorted := make([]domain.Contact, len(list))
	for _, c := range list {
		sorted[pos[c.ID]] = c
	}
	return sorted, total, nil
}

// ContactPage reads one page of an account's live people, in the order
// they were added, and how many there are.
func (s *Store) ContactPage(ctx context.Context, accountID int64, offset, limit int) ([]domain.Contact, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM contacts WHERE account_id = ? AND deleted_at IS NULL", accountID).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count contacts: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	list, err := s.queryContacts(ctx, "WHERE c.account_id = ? AND c.deleted_at IS NULL ORDER BY c.id LIMIT ? OFFSET ?", accountID, limit, offset)
	return list, total, err
}

// TrashedContactPage reads one page of the people in the trash (of live
// accounts), most recently trashed first, and how many there are.
func (s *Store) TrashedContactPage(ctx context.Context, offset, limit int) ([]domain.Contact, int, error) {
	const where = "WHERE c.deleted_at IS NOT NULL AND a.deleted_at IS NULL"
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*)"+contactFrom+" "+where).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed contacts: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	list, err := s.queryContacts(ctx, where+" ORDER BY c.deleted_at DESC, c.id DESC LIMIT ? OFFSET ?", limit, offset)
	return list, total, err
}
