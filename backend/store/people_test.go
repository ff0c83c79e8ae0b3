package store_test

// These tests use the store from outside, as the service does; the last
// one goes through service.Accounts, which an in-package test could not
// import. The search index is checked by reading the database file.

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "kams.db"), clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// raw opens a second handle on the database file, to count rows the
// store's API does not show (the search index, the attendance table).
func raw(t *testing.T, s *store.Store) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func rows(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// indexRows counts the rows of both search indexes.
func indexRows(t *testing.T, db *sql.DB) [2]int {
	t.Helper()
	return [2]int{rows(t, db, "SELECT count(*) FROM search_tri"), rows(t, db, "SELECT count(*) FROM search_bi")}
}

func newAccount(t *testing.T, s *store.Store, name string) int64 {
	t.Helper()
	id, err := s.CreateAccount(context.Background(), domain.Account{Name: name, Status: domain.StatusActive, Stage: domain.StageBasic})
	if err != nil {
		t.Fatalf("CreateAccount(%s): %v", name, err)
	}
	return id
}

func newContact(t *testing.T, s *store.Store, accountID int64, name string, edit ...func(*domain.Contact)) int64 {
	t.Helper()
	c := domain.Contact{AccountID: accountID, Name: name, Influence: domain.InfluenceMedium}
	for _, e := range edit {
		e(&c)
	}
	id, err := s.CreateContact(context.Background(), c)
	if err != nil {
		t.Fatalf("CreateContact(%s): %v", name, err)
	}
	return id
}

func newInteraction(t *testing.T, s *store.Store, accountID int64, date, summary string, people ...int64) int64 {
	t.Helper()
	id, err := s.CreateInteraction(context.Background(), domain.Interaction{AccountID: accountID, Date: date, Kind: "visit",
		Summary: summary, ContactIDs: people})
	if err != nil {
		t.Fatalf("CreateInteraction(%s): %v", summary, err)
	}
	return id
}

func loadContact(t *testing.T, s *store.Store, id int64) domain.Contact {
	t.Helper()
	c, err := s.Contact(context.Background(), id)
	if err != nil {
		t.Fatalf("Contact(%d): %v", id, err)
	}
	return c
}

func loadInteraction(t *testing.T, s *store.Store, id int64) domain.Interaction {
	t.Helper()
	in, err := s.Interaction(context.Background(), id)
	if err != nil {
		t.Fatalf("Interaction(%d): %v", id, err)
	}
	return in
}

// wantConflict asserts err is the conflict with the given key on field.
func wantConflict(t *testing.T, err error, field, key string) {
	t.Helper()
	var e *domain.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *domain.Error", err, err)
	}
	if e.Code != domain.CodeConflict || e.Key != key {
		t.Fatalf("code, key = %q, %q; want %q, %q", e.Code, e.Key, domain.CodeConflict, key)
	}
	if len(e.Fields) != 1 || e.Fields[0].Field != field || e.Fields[0].Key != key {
		t.Errorf("fields = %+v, want one on %q with %q", e.Fields, field, key)
	}
}

func wantNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("%s: err = %v, want not found", what, err)
	}
}

// contactIDs and interactionIDs take a listing's two results; an error
// panics, which fails the test with its stack.
func contactIDs(list []domain.Contact, err error) []int64 {
	if err != nil {
		panic(err)
	}
	out := []int64{}
	for _, c := range list {
		out = append(out, c.ID)
	}
	return out
}

func interactionIDs(list []domain.Interaction, err error) []int64 {
	if err != nil {
		panic(err)
	}
	out := []int64{}
	for _, i := range list {
		out = append(out, i.ID)
	}
	return out
}

// assertFilled fails on a zero field of v not in skip, so that a field
// added to the record must be added to the round trip too.
func assertFilled(t *testing.T, v any, skip ...string) {
	t.Helper()
	rv := reflect.ValueOf(v)
	skipped := map[string]bool{}
	for _, s := range skip {
		skipped[s] = true
	}
	for i := 0; i < rv.NumField(); i++ {
		if name := rv.Type().Field(i).Name; !skipped[name] && rv.Field(i).IsZero() {
			t.Errorf("fixture leaves %s zero: the round trip would not test it", name)
		}
	}
}

func TestContactRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	acc := newAccount(t, s, "华为技术有限公司")
	boss := newContact(t, s, acc, "任正非")
	boss2 := newContact(t, s, acc, "孟晚舟")

	in := domain.Contact{AccountID: acc, Name: "张伟", Title: "采购总监", Department: "采购部", ReportsTo: boss,
		Phone: "0755-28780808", Mobile: "13800138000", Email: "zhang.wei@huawei.com", WeChat: "zhangwei_hw",
		Birthday: "1980-02-29", Interests: "钓鱼、围棋\n周末带孩子踢球", Notes: "多行\n备注 with 'quotes' and \"double\"",
		Role: domain.RoleEconomic, Attitude: -2, Influence: domain.InfluenceHigh, Strength: 5}
	assertFilled(t, in, "ID", "AccountName", "LastContact", "CreatedAt", "UpdatedAt", "DeletedAt", "Version")
	id, err := s.CreateContact(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	got := loadContact(t, s, id)
	if got.ID != id || got.AccountName != "华为技术有限公司" || got.LastContact != "" || got.DeletedAt != "" {
		t.Errorf("id, account name, last contact, deleted = %d, %q, %q, %q", got.ID, got.AccountName, got.LastContact, got.DeletedAt)
	}
	if _, err := time.Parse(time.RFC3339, got.CreatedAt); err != nil || got.UpdatedAt != got.CreatedAt {
		t.Errorf("CreatedAt, UpdatedAt = %q, %q; want the same RFC 3339 stamp", got.CreatedAt, got.UpdatedAt)
	}
	strip := func(c domain.Contact) domain.Contact {
		c.ID, c.AccountName, c.LastContact, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Version = 0, "", "", "", "", "", 0
		return c
	}
	if !reflect.DeepEqual(strip(got), in) {
		t.Errorf("created\n got %+v\nwant %+v", strip(got), in)
	}

	// Every field changes; the account cannot.
	other := newAccount(t, s, "中兴通讯")
	up := domain.Contact{ID: id, AccountID: other, Name: "张伟伟", Title: "CIO", Department: "信息部", ReportsTo: boss2,
		Phone: "1", Mobile: "2", Email: "z@zte.com.cn", WeChat: "w", Birthday: "1981-12-31", Interests: "i", Notes: "n",
		Role: domain.RoleCoach, Attitude: 2, Influence: domain.InfluenceLow, Strength: 1, Version: got.Version}
	if err := s.UpdateContact(ctx, up); err != nil {
		t.Fatal(err)
	}
	got2 := loadContact(t, s, id)
	want := up
	want.ID, want.AccountID = 0, acc
	if !reflect.DeepEqual(strip(got2), want) {
		t.Errorf("updated\n got %+v\nwant %+v", strip(got2), want)
	}
	if got2.CreatedAt != got.CreatedAt {
		t.Errorf("CreatedAt changed on update: %q → %q", got.CreatedAt, got2.CreatedAt)
	}

	// Zero values are stored as zero: no manager, no role, no birthday.
	up.ReportsTo, up.Role, up.Birthday, up.Strength, up.Attitude, up.Version = 0, "", "", 0, 0, got2.Version
	if err := s.UpdateContact(ctx, up); err != nil {
		t.Fatal(err)
	}
	got3 := loadContact(t, s, id)
	if got3.ReportsTo != 0 || got3.Role != "" || got3.Birthday != "" || got3.Strength != 0 || got3.Attitude != 0 {
		t.Errorf("cleared fields came back as %+v", got3)
	}

	if got := contactIDs(s.Contacts(ctx, acc)); !reflect.DeepEqual(got, []int64{boss, boss2, id}) {
		t.Errorf("Contacts = %v, want [%d %d %d]", got, boss, boss2, id)
	}
	if got := contactIDs(s.Contacts(ctx, other)); len(got) != 0 {
		t.Errorf("the other account has contacts %v", got)
	}
}

func TestContactNeedsALiveAccount(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	_, err := s.CreateContact(ctx, domain.Contact{AccountID: 404, Name: "x", Influence: domain.InfluenceLow})
	wantNotFound(t, "missing account", err)
	acc := newAccount(t, s, "华为")
	if err := s.TrashAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	_, err = s.CreateContact(ctx, domain.Contact{AccountID: acc, Name: "x", Influence: domain.InfluenceLow})
	wantNotFound(t, "trashed account", err)
	if n := rows(t, raw(t, s), "SELECT count(*) FROM contacts"); n != 0 {
		t.Errorf("%d contacts written", n)
	}
}

func TestReportsToRefused(t *testing.T) {
	ctx := context.Background()
	// chain builds an account whose people report A → B → C (A reports to
	// B, B to C, C to nobody), and a person X in another account.
	type world struct {
		s          *store.Store
		a, b, c, x int64
	}
	chain := func(t *testing.T) world {
		s := openStore(t)
		acc := newAccount(t, s, "华为")
		c := newContact(t, s, acc, "C")
		b := newContact(t, s, acc, "B", func(p *domain.Contact) { p.ReportsTo = c })
		a := newContact(t, s, acc, "A", func(p *domain.Contact) { p.ReportsTo = b })
		x := newContact(t, s, newAccount(t, s, "中兴"), "X")
		return world{s, a, b, c, x}
	}
	type mover func(t *testing.T, w world, id, manager int64) error
	// update moves id under manager through UpdateContact, renaming too.
	update := func(t *testing.T, w world, id, manager int64) error {
		p := loadContact(t, w.s, id)
		p.ReportsTo, p.Name = manager, "renamed"
		return w.s.UpdateContact(ctx, p)
	}
	move := func(t *testing.T, w world, id, manager int64) error { return w.s.SetReportsTo(ctx, id, manager) }
	ways := map[string]mover{"UpdateContact": update, "SetReportsTo": move}

	tests := []struct {
		name string
		try  func(t *testing.T, w world, do mover) error
		key  string
	}{
		{"A→B→A", func(t *testing.T, w world, do mover) error { return do(t, w, w.b, w.a) }, "error.reportsLoop"},
		{"A→B→C→A", func(t *testing.T, w world, do mover) error { return do(t, w, w.c, w.a) }, "error.reportsLoop"},
		{"B→C→B", func(t *testing.T, w world, do mover) error { return do(t, w, w.c, w.b) }, "error.reportsLoop"},
		{"self", func(t *testing.T, w world, do mover) error { return do(t, w, w.a, w.a) }, "error.reportsLoop"},
		{"manager in another account", func(t *testing.T, w world, do mover) error { return do(t, w, w.a, w.x) }, "error.otherAccount"},
		{"missing manager", func(t *testing.T, w world, do mover) error { return do(t, w, w.a, 404) }, "error.otherAccount"},
		{"manager in the trash", func(t *testing.T, w world, do mover) error {
			if err := w.s.TrashContact(ctx, w.c); err != nil {
				t.Fatal(err)
			}
			// B already reports to C: that stays, but A may not move there.
			return do(t, w, w.a, w.c)
		}, "error.otherAccount"},
	}
	for _, tt := range tests {
		for way, do := range ways {
			t.Run(tt.name+"/"+way, func(t *testing.T) {
				w := chain(t)
				before := map[int64]domain.Contact{}
				for _, id := range []int64{w.a, w.b, w.c, w.x} {
					before[id] = loadContact(t, w.s, id)
				}
				wantConflict(t, tt.try(t, w, do), "reportsTo", tt.key)
				for id, b := range before {
					got := loadContact(t, w.s, id)
					got.DeletedAt, b.DeletedAt = "", "" // the trash case trashes C itself
					if !reflect.DeepEqual(got, b) {
						t.Errorf("contact %d changed by a refused move:\n got %+v\nwant %+v", id, got, b)
					}
				}
			})
		}
	}

	// A new person may not report to someone of another account either.
	w := chain(t)
	_, err := w.s.CreateContact(ctx, domain.Contact{AccountID: loadContact(t, w.s, w.a).AccountID, Name: "Y",
		Influence: domain.InfluenceLow, ReportsTo: w.x})
	wantConflict(t, err, "reportsTo", "error.otherAccount")
	if n := rows(t, raw(t, w.s), "SELECT count(*) FROM contacts WHERE name = 'Y'"); n != 0 {
		t.Errorf("refused contact written (%d rows)", n)
	}

	// Legal moves pass: C under A is a loop, but A to the top and then C
	// under A is not; 0 makes a person top level.
	if err := w.s.SetReportsTo(ctx, w.a, 0); err != nil {
		t.Fatal(err)
	}
	if err := w.s.SetReportsTo(ctx, w.c, w.a); err != nil {
		t.Fatalf("C under A once A is at the top: %v", err)
	}
	if got := loadContact(t, w.s, w.c).ReportsTo; got != w.a {
		t.Errorf("C reports to %d, want A (%d)", got, w.a)
	}
	if got := loadContact(t, w.s, w.a).ReportsTo; got != 0 {
		t.Errorf("A reports to %d, want nobody", got)
	}
	wantNotFound(t, "SetReportsTo of a missing person", w.s.SetReportsTo(ctx, 404, w.a))
}

// TestTrashedManager: trashing a manager leaves the reports pointing at
// them (the map shows them at the top meanwhile), so restoring brings the
// tree back; the reports stay editable; purging the manager clears it.
func TestTrashedManager(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	acc := newAccount(t, s, "华为")
	boss := newContact(t, s, acc, "老板")
	r1 := newContact(t, s, acc, "下属一", func(c *domain.Contact) { c.ReportsTo = boss })
	r2 := newContact(t, s, acc, "下属二", func(c *domain.Contact) { c.ReportsTo = boss })

	if err := s.TrashContact(ctx, boss); err != nil {
		t.Fatal(err)
	}
	for _, r := range []int64{r1, r2} {
		if got := loadContact(t, s, r).ReportsTo; got != boss {
			t.Errorf("report %d points to %d after trashing the manager, want %d", r, got, boss)
		}
	}
	if got := contactIDs(s.Contacts(ctx, acc)); !reflect.DeepEqual(got, []int64{r1, r2}) {
		t.Errorf("live contacts %v, want [%d %d]", got, r1, r2)
	}

	// Editing a report's phone, the form sends the reports-to it loaded.
	c := loadContact(t, s, r1)
	c.Mobile = "13900000000"
	if err := s.UpdateContact(ctx, c); err != nil {
		t.Errorf("editing a person whose manager is in the trash, reports-to unchanged: %v", err)
	}

	if err := s.RestoreContact(ctx, boss); err != nil {
		t.Fatal(err)
	}
	if got := loadContact(t, s, r2).ReportsTo; got != boss {
		t.Errorf("after restore report points to %d, want %d", got, boss)
	}

	if err := s.TrashContact(ctx, boss); err != nil {
		t.Fatal(err)
	}
	if err := s.PurgeContact(ctx, boss); err != nil {
		t.Fatal(err)
	}
	if got := loadContact(t, s, r2).ReportsTo; got != 0 {
		t.Errorf("after purging the manager report points to %d, want 0", got)
	}
}

func TestContactTrashRestorePurge(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	db := raw(t, s)
	acc := newAccount(t, s, "华为")
	p := newContact(t, s, acc, "张伟")
	q := newContact(t, s, acc, "李娜")
	meeting := newInteraction(t, s, acc, "2026-04-01", "技术交流", p, q)

	wantNotFound(t, "purge of a live contact", s.PurgeContact(ctx, p))
	wantNotFound(t, "restore of a live contact", s.RestoreContact(ctx, p))
	if err := s.TrashContact(ctx, p); err != nil {
		t.Fatal(err)
	}
	wantNotFound(t, "trash twice", s.TrashContact(ctx, p))
	trashed := loadContact(t, s, p)
	if trashed.DeletedAt == "" {
		t.Error("trashed contact has no DeletedAt")
	}
	wantNotFound(t, "update of a trashed contact", s.UpdateContact(ctx, trashed))
	wantNotFound(t, "move of a trashed contact", s.SetReportsTo(ctx, p, q))
	if got := contactIDs(s.Contacts(ctx, acc)); !reflect.DeepEqual(got, []int64{q}) {
		t.Errorf("live = %v, want [%d]", got, q)
	}
	if got := contactIDs(s.TrashedContacts(ctx)); !reflect.DeepEqual(got, []int64{p}) {
		t.Errorf("trash = %v, want [%d]", got, p)
	}
	if got := contactIDs(s.LiveContacts(ctx)); !reflect.DeepEqual(got, []int64{q}) {
		t.Errorf("LiveContacts = %v, want [%d]", got, q)
	}

	if err := s.RestoreContact(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := loadContact(t, s, p); got.DeletedAt != "" || got.Name != "张伟" {
		t.Errorf("restored = %+v", got)
	}
	if got := contactIDs(s.TrashedContacts(ctx)); len(got) != 0 {
		t.Errorf("trash after restore = %v", got)
	}

	if err := s.TrashContact(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := s.PurgeContact(ctx, p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Contact(ctx, p); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("loading a purged contact: %v, want not found", err)
	}
	wantNotFound(t, "purge twice", s.PurgeContact(ctx, p))
	wantNotFound(t, "restore of a purged contact", s.RestoreContact(ctx, p))
	// The interaction stays, without them.
	if got := loadInteraction(t, s, meeting); !reflect.DeepEqual(got.ContactIDs, []int64{q}) {
		t.Errorf("interaction people after purge = %v, want [%d]", got.ContactIDs, q)
	}
	if n := rows(t, db, "SELECT count(*) FROM interaction_contacts WHERE contact_id = ?", p); n != 0 {
		t.Errorf("%d attendance rows of the purged contact remain", n)
	}

	// People of a trashed account are not in the people's trash (they are
	// in the account's), nor among the live people.
	r := newContact(t, s, acc, "王强")
	if err := s.TrashContact(ctx, r); err != nil {
		t.Fatal(err)
	}
	if err := s.TrashAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	if got := contactIDs(s.TrashedContacts(ctx)); len(got) != 0 {
		t.Errorf("trash shows people of a trashed account: %v", got)
	}
	if got := contactIDs(s.LiveContacts(ctx)); len(got) != 0 {
		t.Errorf("LiveContacts shows people of a trashed account: %v", got)
	}
}

func TestInteractionRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	acc := newAccount(t, s, "华为技术有限公司")
	p := newContact(t, s, acc, "张伟")
	q := newContact(t, s, acc, "李娜")
	r := newContact(t, s, acc, "王强")
	deal := func(account int64, name string) int64 {
		t.Helper()
		id, err := s.CreateDeal(ctx, domain.Opportunity{AccountID: account, Name: name, CloseDate: "2026-09-30",
			Stage: "lead", Status: domain.DealOpen}, "2026-03-01")
		if err != nil {
			t.Fatalf("CreateDeal(%s): %v", name, err)
		}
		return id
	}
	mesDeal, erpDeal := deal(acc, "MES 二期"), deal(acc, "ERP 升级")

	in := domain.Interaction{AccountID: acc, OpportunityID: mesDeal, Date: "2026-04-01", Kind: "tech", ContactIDs: []int64{r, p},
		Summary: "技术交流：介绍 MES 方案", Outcome: "对方认可", NextStep: "发送报价", NextDue: "2026-04-15", NextDone: true}
	assertFilled(t, in, "ID", "AccountName", "ContactNames", "CreatedAt", "UpdatedAt", "DeletedAt")
	id, err := s.CreateInteraction(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	got := loadInteraction(t, s, id)
	strip := func(i domain.Interaction) domain.Interaction {
		i.ID, i.AccountName, i.ContactNames, i.CreatedAt, i.UpdatedAt, i.DeletedAt = 0, "", nil, "", "", ""
		return i
	}
	if !reflect.DeepEqual(strip(got), in) {
		t.Errorf("created\n got %+v\nwant %+v", strip(got), in)
	}
	if got.AccountName != "华为技术有限公司" || !reflect.DeepEqual(got.ContactNames, []string{"王强", "张伟"}) {
		t.Errorf("account name %q, people %v; want 华为技术有限公司, [王强 张伟] in the order given", got.AccountName, got.ContactNames)
	}

	up := domain.Interaction{ID: id, AccountID: acc, OpportunityID: erpDeal, Date: "2026-04-02", Kind: "dinner", ContactIDs: []int64{q},
		Summary: "宴请", Outcome: "o", NextStep: "n", NextDue: "", NextDone: false}
	if err := s.UpdateInteraction(ctx, up); err != nil {
		t.Fatal(err)
	}
	got = loadInteraction(t, s, id)
	up.ID = 0
	if !reflect.DeepEqual(strip(got), up) || !reflect.DeepEqual(got.ContactNames, []string{"李娜"}) {
		t.Errorf("updated\n got %+v\nwant %+v", got, up)
	}

	// A deal of another account is refused, and nothing changes.
	otherDeal := deal(newAccount(t, s, "中兴"), "中兴的项目")
	bad := up
	bad.ID, bad.OpportunityID, bad.Summary = id, otherDeal, "不应保存"
	wantConflict(t, s.UpdateInteraction(ctx, bad), "opportunityId", "error.otherAccount")
	if got := loadInteraction(t, s, id); got.OpportunityID != erpDeal || got.Summary != "宴请" {
		t.Errorf("after a refused update: deal %d, summary %q", got.OpportunityID, got.Summary)
	}
	bad.ID = 0
	_, err = s.CreateInteraction(ctx, bad)
	wantConflict(t, err, "opportunityId", "error.otherAccount")

	// Nobody present is allowed, and lists as [], not null; no deal is 0.
	up.ID, up.ContactIDs, up.OpportunityID = id, nil, 0
	if err := s.UpdateInteraction(ctx, up); err != nil {
		t.Fatal(err)
	}
	if got := loadInteraction(t, s, id); got.ContactIDs == nil || got.ContactNames == nil || len(got.ContactIDs) != 0 || got.OpportunityID != 0 {
		t.Errorf("no people, no deal = %v / %v / %d, want [] / [] / 0", got.ContactIDs, got.ContactNames, got.OpportunityID)
	}

	// The timeline is newest first; same date, later record first.
	a := newInteraction(t, s, acc, "2026-03-01", "a")
	b := newInteraction(t, s, acc, "2026-05-01", "b")
	c := newInteraction(t, s, acc, "2026-03-01", "c")
	if got := interactionIDs(s.Interactions(ctx, acc)); !reflect.DeepEqual(got, []int64{b, id, c, a}) {
		t.Errorf("timeline %v, want [%d %d %d %d]", got, b, id, c, a)
	}
	wantNotFound(t, "missing interaction", func() error { _, err := s.Interaction(ctx, 404); return err }())
	_, err = s.CreateInteraction(ctx, domain.Interaction{AccountID: 404, Date: "2026-01-01", Kind: "call", Summary: "x"})
	wantNotFound(t, "interaction of a missing account", err)
}

// TestLastContact: a person's last contact is the newest live interaction
// they attended.
func TestLastContact(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	acc := newAccount(t, s, "华为")
	p := newContact(t, s, acc, "张伟")
	q := newContact(t, s, acc, "李娜")
	last := func() string { return loadContact(t, s, p).LastContact }

	if got := last(); got != "" {
		t.Fatalf("never met: LastContact = %q, want empty", got)
	}
	newInteraction(t, s, acc, "2026-03-01", "首次拜访", p)
	i2 := newInteraction(t, s, acc, "2026-04-15", "技术交流", p, q)
	newInteraction(t, s, acc, "2026-05-01", "只见了李娜", q) // newer, without p
	if got := last(); got != "2026-04-15" {
		t.Errorf("LastContact = %q, want 2026-04-15", got)
	}
	// An older interaction logged later does not move it back.
	i4 := newInteraction(t, s, acc, "2026-04-20", "补记的电话", p)
	newInteraction(t, s, acc, "2026-01-01", "很早的会", p)
	if got := last(); got != "2026-04-20" {
		t.Errorf("LastContact = %q, want 2026-04-20", got)
	}
	if err := s.TrashInteraction(ctx, i4); err != nil {
		t.Fatal(err)
	}
	if got := last(); got != "2026-04-15" {
		t.Errorf("after trashing the newest: LastContact = %q, want 2026-04-15", got)
	}
	if err := s.RestoreInteraction(ctx, i4); err != nil {
		t.Fatal(err)
	}
	if got := last(); got != "2026-04-20" {
		t.Errorf("after restoring it: LastContact = %q, want 2026-04-20", got)
	}
	// Taking p off an interaction, or moving its date, counts too.
	in := loadInteraction(t, s, i4)
	in.ContactIDs = []int64{q}
	if err := s.UpdateInteraction(ctx, in); err != nil {
		t.Fatal(err)
	}
	if got := last(); got != "2026-04-15" {
		t.Errorf("after removing p from it: LastContact = %q, want 2026-04-15", got)
	}
	in = loadInteraction(t, s, i2)
	in.Date = "2026-06-01"
	if err := s.UpdateInteraction(ctx, in); err != nil {
		t.Fatal(err)
	}
	if got := last(); got != "2026-06-01" {
		t.Errorf("after moving the date: LastContact = %q, want 2026-06-01", got)
	}
	// The lists carry the same date.
	for _, c := range append(must(s.Contacts(ctx, acc)), must(s.LiveContacts(ctx))...) {
		want := map[int64]string{p: "2026-06-01", q: "2026-06-01"}[c.ID]
		if c.LastContact != want {
			t.Errorf("list: %s LastContact = %q, want %q", c.Name, c.LastContact, want)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestInteractionPeopleOfOtherAccountRefused: everyone present must be a
// live person of the interaction's account; a refusal writes nothing.
func TestInteractionPeopleOfOtherAccountRefused(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	db := raw(t, s)
	acc := newAccount(t, s, "华为")
	p := newContact(t, s, acc, "张伟")
	gone := newContact(t, s, acc, "离职者")
	if err := s.TrashContact(ctx, gone); err != nil {
		t.Fatal(err)
	}
	x := newContact(t, s, newAccount(t, s, "中兴"), "外人")

	kept := newInteraction(t, s, acc, "2026-04-01", "原来的纪要", p)
	before := indexRows(t, db)
	for _, people := range [][]int64{{p, x}, {x}, {gone}, {404}} {
		_, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: acc, Date: "2026-05-01", Kind: "meeting",
			Summary: "不应写入的纪要", ContactIDs: people})
		wantConflict(t, err, "contactIds", "error.otherAccount")

		in := loadInteraction(t, s, kept)
		in.Summary, in.ContactIDs = "不应写入的修改", people
		wantConflict(t, s.UpdateInteraction(ctx, in), "contactIds", "error.otherAccount")
	}
	if n := rows(t, db, "SELECT count(*) FROM interactions"); n != 1 {
		t.Errorf("%d interactions, want 1", n)
	}
	if n := rows(t, db, "SELECT count(*) FROM interaction_contacts"); n != 1 {
		t.Errorf("%d attendance rows, want 1", n)
	}
	if after := indexRows(t, db); after != before {
		t.Errorf("index rows %v → %v after refused writes", before, after)
	}
	got := loadInteraction(t, s, kept)
	if got.Summary != "原来的纪要" || !reflect.DeepEqual(got.ContactIDs, []int64{p}) {
		t.Errorf("kept interaction = %q %v, want it unchanged", got.Summary, got.ContactIDs)
	}
	res, err := s.Search(ctx, "不应写入")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Interactions) != 0 {
		t.Errorf("search finds a refused write: %+v", res.Interactions)
	}
	res, err = s.Search(ctx, "原来的")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Interactions) != 1 {
		t.Errorf("search lost the kept interaction: %+v", res.Interactions)
	}
}

// TestEditInteractionWithTrashedAttendee: an interaction keeps the people
// who were there, even once one of them is in the trash; editing its
// summary (the form sends back the people it loaded) must still work.
func TestEditInteractionWithTrashedAttendee(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	acc := newAccount(t, s, "华为")
	p := newContact(t, s, acc, "张伟")
	q := newContact(t, s, acc, "李娜")
	id := newInteraction(t, s, acc, "2026-04-01", "技术交流", p, q)
	if err := s.TrashContact(ctx, q); err != nil {
		t.Fatal(err)
	}
	in := loadInteraction(t, s, id)
	if !reflect.DeepEqual(in.ContactIDs, []int64{p, q}) {
		t.Fatalf("people = %v, want both, the trashed one too", in.ContactIDs)
	}
	in.Summary = "技术交流（补充）"
	if err := s.UpdateInteraction(ctx, in); err != nil {
		t.Fatalf("editing the summary of an interaction one of whose people is in the trash: %v", err)
	}
	if got := loadInteraction(t, s, id); got.Summary != in.Summary || !reflect.DeepEqual(got.ContactIDs, []int64{p, q}) {
		t.Errorf("after the edit: %q %v, want the new summary and both people", got.Summary, got.ContactIDs)
	}
	// Once taken off, the trashed person cannot be put back.
	in.ContactIDs = []int64{p}
	if err := s.UpdateInteraction(ctx, in); err != nil {
		t.Fatal(err)
	}
	in.ContactIDs = []int64{p, q}
	wantConflict(t, s.UpdateInteraction(ctx, in), "contactIds", "error.otherAccount")
	if got := loadInteraction(t, s, id); !reflect.DeepEqual(got.ContactIDs, []int64{p}) {
		t.Errorf("people after the refused edit = %v, want [%d]", got.ContactIDs, p)
	}
}

func TestInteractionTrashRestore(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	acc := newAccount(t, s, "华为")
	a := newInteraction(t, s, acc, "2026-04-01", "a")
	b := newInteraction(t, s, acc, "2026-04-02", "b")

	wantNotFound(t, "restore of a live interaction", s.RestoreInteraction(ctx, a))
	if err := s.TrashInteraction(ctx, a); err != nil {
		t.Fatal(err)
	}
	wantNotFound(t, "trash twice", s.TrashInteraction(ctx, a))
	trashed := loadInteraction(t, s, a)
	if trashed.DeletedAt == "" {
		t.Error("trashed interaction has no DeletedAt")
	}
	wantNotFound(t, "update of a trashed interaction", s.UpdateInteraction(ctx, trashed))
	wantNotFound(t, "tick of a trashed interaction", s.SetStepDone(ctx, a, true))
	if got := interactionIDs(s.Interactions(ctx, acc)); !reflect.DeepEqual(got, []int64{b}) {
		t.Errorf("timeline = %v, want [%d]", got, b)
	}
	if err := s.RestoreInteraction(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got := interactionIDs(s.Interactions(ctx, acc)); !reflect.DeepEqual(got, []int64{b, a}) {
		t.Errorf("timeline after restore = %v, want [%d %d]", got, b, a)
	}
	if got := loadInteraction(t, s, a); got.DeletedAt != "" || got.Summary != "a" {
		t.Errorf("restored = %+v", got)
	}
	wantNotFound(t, "trash of a missing interaction", s.TrashInteraction(ctx, 404))
	wantNotFound(t, "restore of a missing interaction", s.RestoreInteraction(ctx, 404))
	wantNotFound(t, "update of a missing interaction", s.UpdateInteraction(ctx, domain.Interaction{ID: 404, AccountID: acc,
		Date: "2026-01-01", Kind: "call", Summary: "x"}))
}

func TestOpenStepsAndSetStepDone(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	acc := newAccount(t, s, "华为")
	other := newAccount(t, s, "中兴")
	step := func(account int64, due string, done bool) int64 {
		t.Helper()
		id, err := s.CreateInteraction(ctx, domain.Interaction{AccountID: account, Date: "2026-04-01", Kind: "call",
			Summary: "s " + due, NextStep: "跟进", NextDue: due, NextDone: done})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	late := step(acc, "2026-05-30", false)
	early := step(acc, "2026-05-01", false)
	same1 := step(other, "2026-05-10", false)
	same2 := step(acc, "2026-05-10", false)
	edge := step(acc, "2026-06-03", false)
	step(acc, "2026-06-04", false) // after until
	step(acc, "", false)           // no due date
	step(acc, "2026-05-05", true)  // done
	binned := step(acc, "2026-05-06", false)
	if err := s.TrashInteraction(ctx, binned); err != nil {
		t.Fatal(err)
	}
	gone := newAccount(t, s, "已删除客户")
	step(gone, "2026-05-07", false)
	if err := s.TrashAccount(ctx, gone); err != nil {
		t.Fatal(err)
	}

	open := func(until string) []int64 { return interactionIDs(s.OpenSteps(ctx, until)) }
	if got, want := open("2026-06-03"), []int64{early, same1, same2, late, edge}; !reflect.DeepEqual(got, want) {
		t.Errorf("OpenSteps = %v, want %v (by due date, then id; until inclusive)", got, want)
	}
	if got := open("2026-04-30"); len(got) != 0 {
		t.Errorf("OpenSteps before any due date = %v", got)
	}
	if err := s.SetStepDone(ctx, same1, true); err != nil {
		t.Fatal(err)
	}
	if got := loadInteraction(t, s, same1); !got.NextDone {
		t.Error("SetStepDone(true) did not tick it")
	}
	if got, want := open("2026-06-03"), []int64{early, same2, late, edge}; !reflect.DeepEqual(got, want) {
		t.Errorf("after ticking: %v, want %v", got, want)
	}
	if err := s.SetStepDone(ctx, same1, false); err != nil {
		t.Fatal(err)
	}
	if got, want := open("2026-06-03"), []int64{early, same1, same2, late, edge}; !reflect.DeepEqual(got, want) {
		t.Errorf("after unticking: %v, want %v", got, want)
	}
	wantNotFound(t, "tick of a missing interaction", s.SetStepDone(ctx, 404, true))
	steps := must(s.OpenSteps(ctx, "2026-05-01"))
	if len(steps) != 1 || steps[0].AccountName != "华为" || steps[0].NextStep != "跟进" {
		t.Errorf("step = %+v", steps)
	}
}

// TestAccountFlags: the accounts list carries each account's red flags,
// computed from its people and their last contacts with the service's
// clock and the stale-days setting.
func TestAccountFlags(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	now := time.Date(2026, 5, 20, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	svc := service.NewAccounts(s, func() time.Time { return now })

	good := newAccount(t, s, "健康客户")
	coach := newContact(t, s, good, "教练", func(c *domain.Contact) { c.Role = domain.RoleCoach })
	eb := newContact(t, s, good, "老板", func(c *domain.Contact) { c.Role = domain.RoleEconomic })
	newInteraction(t, s, good, "2026-05-19", "昨天拜访", coach, eb)

	empty := newAccount(t, s, "空客户")

	stale := newAccount(t, s, "久未联系")
	newContact(t, s, stale, "教练", func(c *domain.Contact) { c.Role = domain.RoleCoach })
	seb := newContact(t, s, stale, "王总", func(c *domain.Contact) { c.Role = domain.RoleEconomic })
	newInteraction(t, s, stale, "2026-03-20", "两个月前", seb) // 61 days before 20 May
	opp := newContact(t, s, stale, "反对者", func(c *domain.Contact) {
		c.Attitude, c.Influence = domain.AttitudeOpponent, domain.InfluenceHigh
	})
	newInteraction(t, s, stale, "2026-05-18", "前天", opp)

	codes := func(flags []domain.RedFlag) []string {
		out := []string{}
		for _, f := range flags {
			out = append(out, f.Code)
		}
		return out
	}
	list := func() map[int64][]domain.RedFlag {
		t.Helper()
		page, err := svc.Page(ctx, store.AccountQuery{})
		views := page.Rows
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64][]domain.RedFlag{}
		for _, v := range views {
			if v.Flags == nil {
				t.Errorf("%s: Flags is nil, want []", v.Account.Name)
			}
			out[v.Account.ID] = v.Flags
		}
		return out
	}
	flags := list()
	if got := codes(flags[good]); len(got) != 0 {
		t.Errorf("healthy account flags = %v, want none", got)
	}
	if got := codes(flags[empty]); !reflect.DeepEqual(got, []string{domain.FlagNoCoach, domain.FlagNoEconomicBuyer}) {
		t.Errorf("empty account flags = %v", got)
	}
	wantStale := []string{domain.FlagEconomicBuyerStale, domain.FlagOpponent}
	if got := codes(flags[stale]); !reflect.DeepEqual(got, wantStale) {
		t.Errorf("stale account flags = %v, want %v", got, wantStale)
	} else if f := flags[stale][0]; f.ContactID != seb || f.Params["days"] != 61 || f.Params["name"] != "王总" {
		t.Errorf("stale flag = %+v, want 王总 61 days", f)
	}
	one, err := svc.Get(ctx, stale)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(one.Flags, flags[stale]) {
		t.Errorf("Get flags %+v differ from List flags %+v", one.Flags, flags[stale])
	}

	// A longer stale period clears the stale flag.
	set, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.StaleDays = 61
	if err := s.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if got := codes(list()[stale]); !reflect.DeepEqual(got, []string{domain.FlagOpponent}) {
		t.Errorf("with 61 stale days: %v, want only the opponent", got)
	}

	// Trashing the coach raises the flag again.
	if err := s.TrashContact(ctx, coach); err != nil {
		t.Fatal(err)
	}
	if got := codes(list()[good]); !reflect.DeepEqual(got, []string{domain.FlagNoCoach}) {
		t.Errorf("after trashing the coach: %v, want noCoach", got)
	}
}
