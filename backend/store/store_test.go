package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/store/storetest"
)

// openAt opens the database at path with a clock that starts on 2026-01-02
// (the tests' data is dated around it) and moves one minute per reading, so
// that "most recent first" never depends on the test's speed.
func openAt(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path, clocktest.New().Clock())
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	clk := clocktest.At(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	s.now = func() time.Time {
		clk.Add(time.Minute)
		return clk.Now()
	}
	return s
}

// newStore is a fresh database (a copy of one migrated once: see
// storetest) on openAt's clock.
func newStore(t *testing.T) *Store {
	t.Helper()
	return openAt(t, storetest.Fresh(t, func(path string) error {
		s, err := Open(context.Background(), path, clocktest.New().Clock())
		if err != nil {
			return err
		}
		return s.Close()
	}))
}

// account is a minimal valid account.
func account(name string) domain.Account {
	return domain.Account{Name: name, Status: domain.StatusActive, Stage: domain.StageBasic}
}

// fullAccount sets every field the user can write to a non-zero value.
func fullAccount(name, manager string) domain.Account {
	return domain.Account{
		Name: name, ShortName: "江宁汽车", EnglishName: "Jiangning NEV Co., Ltd.",
		Industry: "新能源汽车", Region: "华东", Address: "江苏省南京市江宁区将军大道 88 号",
		Employees: 18000, Revenue: 320_000_000_000, OurSales: 46_000_000, CategorySpend: 125_000_000,
		BusinessStrategy: "三年内产能翻番", SupplyChainStrategy: "核心部件双供应商",
		ProcurementPlans: "2027 年新建两条总装线", Competitors: "西门子、汇川技术",
		Status: domain.StatusDormant, Manager: manager, Stage: domain.StageInterdependent,
		Notes:           "多行\n备注 with 'quotes' and \"double\" quotes",
		Identification:  domain.IdentificationScores{LargeOrders: 5, Strategic: 4, Influence: 3, Technology: 2, Market: 1},
		Characteristics: domain.KeyCharacteristics{HighValue: true, Barrier: true, FutureCompetition: true, CoreMarket: true},
		Classification: domain.ClassificationInputs{Volume: 1, Profitability: 2, StrategicFit: 3, Ease: 4,
			Growth: 5, Projects: 1, ShareRoom: 2, TechAbsorption: 3, Coverage: 4, Satisfaction: 5},
	}
}

// assertAllSet fails if a field of v (walking nested structs) is zero, so
// that a field added to domain.Account must be added to the fixture too.
func assertAllSet(t *testing.T, v reflect.Value, path string, skip map[string]bool) {
	t.Helper()
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), path+v.Type().Field(i).Name
		if skip[name] {
			continue
		}
		if f.Kind() == reflect.Struct {
			assertAllSet(t, f, name+".", skip)
		} else if f.IsZero() {
			t.Errorf("fixture leaves %s zero: the round trip would not test it", name)
		}
	}
}

// stripStamps clears what the store, not the caller, decides.
func stripStamps(a domain.Account) domain.Account {
	a.ID, a.CreatedAt, a.UpdatedAt, a.DeletedAt, a.Version = 0, "", "", "", 0
	return a
}

func wantCode(t *testing.T, err error, code string) *domain.Error {
	t.Helper()
	var e *domain.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *domain.Error", err, err)
	}
	if e.Code != code {
		t.Fatalf("code = %q, want %q (%v)", e.Code, code, err)
	}
	return e
}

func count(t *testing.T, s *Store) int {
	t.Helper()
	n, err := s.CountAccounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func names(t *testing.T, s *Store, trashed bool) []string {
	t.Helper()
	list, err := s.Accounts(context.Background(), trashed)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, a := range list {
		out = append(out, a.Name)
	}
	return out
}

func create(t *testing.T, s *Store, a domain.Account) int64 {
	t.Helper()
	id, err := s.CreateAccount(context.Background(), a)
	if err != nil {
		t.Fatalf("CreateAccount(%q): %v", a.Name, err)
	}
	return id
}

func pragma(t *testing.T, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, name string) string {
	t.Helper()
	var v string
	if err := q.QueryRowContext(context.Background(), "PRAGMA "+name).Scan(&v); err != nil {
		t.Fatalf("PRAGMA %s: %v", name, err)
	}
	return v
}

func TestMigrateEmptyDatabase(t *testing.T) {
	if SchemaVersion() < 1 {
		t.Fatalf("SchemaVersion() = %d, want at least 1", SchemaVersion())
	}
	path := filepath.Join(t.TempDir(), "kams.db")
	s := openAt(t, path)
	if got := pragma(t, s.w, "user_version"); got != strconv.Itoa(SchemaVersion()) {
		t.Errorf("user_version = %s, want %d", got, SchemaVersion())
	}
	for _, table := range []string{"settings", "members", "accounts"} {
		var n int
		if err := s.r.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s: count %d, err %v", table, n, err)
		}
	}
	if n := count(t, s); n != 0 {
		t.Errorf("a new database has %d accounts", n)
	}
}

func TestReopenIsNoOp(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kams.db")
	s, err := Open(ctx, path, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.CreateAccount(ctx, fullAccount("华为技术有限公司", "王磊"))
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.Account(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2 := openAt(t, path) // would fail if migration 1 ran again: its tables exist
	if got := pragma(t, s2.w, "user_version"); got != strconv.Itoa(SchemaVersion()) {
		t.Errorf("user_version after reopen = %s, want %d", got, SchemaVersion())
	}
	after, err := s2.Account(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("after reopen\n got %+v\nwant %+v", after, before)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kams.db")
	s, err := Open(ctx, path, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec("PRAGMA user_version = " + strconv.Itoa(SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path, clocktest.New().Clock())
	if err == nil {
		s.Close()
		t.Fatal("Open of a database from a newer app succeeded")
	}
	if !strings.Contains(err.Error(), "newer") {
		t.Errorf("err = %v, want it to say the schema is newer", err)
	}
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	dir := t.TempDir()
	// A path with spaces, a '#', a '?' and Chinese must reach SQLite intact,
	// not as a second file with an escaped name.
	path := filepath.Join(dir, "我的 客户#1?.db")
	s := openAt(t, path)
	create(t, s, account("华为")) // makes SQLite write the WAL and the shared memory
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Errorf("stat %s: %v", filepath.Base(p), err)
			continue
		}
		if perm := fi.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s has mode %v, want 0600", filepath.Base(p), perm)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), filepath.Base(path)) {
			t.Errorf("stray file %q beside the database", e.Name())
		}
	}
}

func TestOpenFailsInMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "kams.db")
	if s, err := Open(context.Background(), path, clocktest.New().Clock()); err == nil {
		s.Close()
		t.Fatal("Open in a missing directory succeeded")
	}
}

func TestConnectionPragmas(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	// Hold several reader connections at once so that each is a distinct
	// connection, each opened with the DSN's pragmas.
	var conns []*sql.Conn
	for i := 0; i < 3; i++ {
		c, err := s.r.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	w, err := s.w.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	conns = append(conns, w)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i, c := range conns {
		if got := pragma(t, c, "journal_mode"); got != "wal" {
			t.Errorf("conn %d: journal_mode = %s, want wal", i, got)
		}
		if got := pragma(t, c, "foreign_keys"); got != "1" {
			t.Errorf("conn %d: foreign_keys = %s, want 1", i, got)
		}
		if got := pragma(t, c, "busy_timeout"); got != "5000" {
			t.Errorf("conn %d: busy_timeout = %s, want 5000", i, got)
		}
		if got := pragma(t, c, "synchronous"); got != "1" { // NORMAL
			t.Errorf("conn %d: synchronous = %s, want 1 (NORMAL)", i, got)
		}
	}
}

func TestForeignKeysEnforced(t *testing.T) {
	s := newStore(t)
	_, err := s.w.Exec(`INSERT INTO accounts (name, status, stage, manager_id, created_at, updated_at)
		VALUES ('x', 'active', 'basic', 999, '', '')`)
	if err == nil {
		t.Fatal("an account with a manager that does not exist was inserted")
	}
}

func TestSchemaChecksRefuseBadValues(t *testing.T) {
	tests := []struct {
		name string
		edit func(*domain.Account)
	}{
		{"status", func(a *domain.Account) { a.Status = "open" }},
		{"stage", func(a *domain.Account) { a.Stage = "" }},
		{"identification score", func(a *domain.Account) { a.Identification.Market = 6 }},
		{"classification score", func(a *domain.Account) { a.Classification.Ease = -1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			a := account("华为")
			tt.edit(&a)
			if _, err := s.CreateAccount(context.Background(), a); err == nil {
				t.Fatal("the database accepted an invalid account")
			}
			if n := count(t, s); n != 0 {
				t.Errorf("%d accounts written", n)
			}
		})
	}
}

func TestAccountRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	in := fullAccount("江宁新能源汽车股份有限公司", "王磊")
	assertAllSet(t, reflect.ValueOf(in), "", map[string]bool{"ID": true, "CreatedAt": true, "UpdatedAt": true, "DeletedAt": true, "Version": true})

	id := create(t, s, in)
	got, err := s.Account(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != id {
		t.Errorf("ID = %d, want %d", got.ID, id)
	}
	if got.DeletedAt != "" {
		t.Errorf("DeletedAt = %q for a live account", got.DeletedAt)
	}
	if _, err := time.Parse(time.RFC3339, got.CreatedAt); err != nil || got.CreatedAt != got.UpdatedAt {
		t.Errorf("CreatedAt, UpdatedAt = %q, %q; want the same RFC 3339 stamp", got.CreatedAt, got.UpdatedAt)
	}
	if !reflect.DeepEqual(stripStamps(got), in) {
		t.Errorf("created\n got %+v\nwant %+v", stripStamps(got), in)
	}
	members, err := s.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(members, []string{"王磊"}) {
		t.Errorf("Members() = %v, want [王磊]", members)
	}

	// Every field changes, every flag flips, and the manager is someone new.
	up := domain.Account{
		ID: id, Name: "江宁汽车集团", ShortName: "江宁", EnglishName: "Jiangning Group",
		Industry: "汽车", Region: "华中", Address: "湖北省武汉市",
		Employees: 1, Revenue: 2, OurSales: 3, CategorySpend: 4,
		BusinessStrategy: "b", SupplyChainStrategy: "s", ProcurementPlans: "p", Competitors: "c",
		Status: domain.StatusLost, Manager: "李娜", Stage: domain.StageIntegrated, Notes: "n",
		Identification: domain.IdentificationScores{LargeOrders: 1, Strategic: 2, Influence: 3, Technology: 4, Market: 5},
		Classification: domain.ClassificationInputs{Volume: 5, Profitability: 4, StrategicFit: 3, Ease: 2,
			Growth: 1, Projects: 5, ShareRoom: 4, TechAbsorption: 3, Coverage: 2, Satisfaction: 1},
	}
	up.Version = got.Version
	if err := s.UpdateAccount(ctx, up); err != nil {
		t.Fatal(err)
	}
	got2, err := s.Account(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := up
	want.ID = 0
	if !reflect.DeepEqual(stripStamps(got2), want) {
		t.Errorf("updated\n got %+v\nwant %+v", stripStamps(got2), want)
	}
	if got2.CreatedAt != got.CreatedAt {
		t.Errorf("CreatedAt changed on update: %q → %q", got.CreatedAt, got2.CreatedAt)
	}
	if got2.UpdatedAt <= got.UpdatedAt {
		t.Errorf("UpdatedAt %q did not move past %q", got2.UpdatedAt, got.UpdatedAt)
	}

	if got2.Version != got.Version+1 {
		t.Errorf("Version %d after a save of version %d", got2.Version, got.Version)
	}

	// Clearing the manager leaves no manager; the member stays on the team.
	up.Manager, up.Version = "", got2.Version
	if err := s.UpdateAccount(ctx, up); err != nil {
		t.Fatal(err)
	}
	got3, err := s.Account(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got3.Manager != "" {
		t.Errorf("Manager = %q after clearing it", got3.Manager)
	}
	members, err = s.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(members, []string{"李娜", "王磊"}) { // ordered by name
		t.Errorf("Members() = %v, want [李娜 王磊]", members)
	}

	list, err := s.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || !reflect.DeepEqual(list[0], got3) {
		t.Errorf("Accounts() = %+v, want just %+v", list, got3)
	}
}

// TestScoreColumnsRoundTrip sets one score or checklist item at a time, so
// that two columns swapped in the SQL cannot pass unseen.
func TestScoreColumnsRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	groups := []struct {
		name string
		of   func(*domain.Account) reflect.Value
	}{
		{"Identification", func(a *domain.Account) reflect.Value { return reflect.ValueOf(&a.Identification).Elem() }},
		{"Characteristics", func(a *domain.Account) reflect.Value { return reflect.ValueOf(&a.Characteristics).Elem() }},
		{"Classification", func(a *domain.Account) reflect.Value { return reflect.ValueOf(&a.Classification).Elem() }},
	}
	n := 0
	for _, g := range groups {
		var zero domain.Account
		for i := 0; i < g.of(&zero).NumField(); i++ {
			in := account(g.name + "." + g.of(&zero).Type().Field(i).Name)
			switch f := g.of(&in).Field(i); f.Kind() {
			case reflect.Bool:
				f.SetBool(true)
			case reflect.Int:
				f.SetInt(3)
			default:
				t.Fatalf("%s: unexpected kind %v", in.Name, f.Kind())
			}
			n++
			got, err := s.Account(ctx, create(t, s, in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(stripStamps(got), in) {
				t.Errorf("%s: got %+v %+v %+v", in.Name, got.Identification, got.Characteristics, got.Classification)
			}
		}
	}
	if n != 5+4+10 {
		t.Errorf("checked %d columns, want 19", n)
	}
}

func TestManagerIsOneMemberWhateverTheCase(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := account("Acme")
	a.Manager = "Alice Wang"
	b := account("Beta")
	b.Manager = "alice wang"
	create(t, s, a)
	idB := create(t, s, b)
	members, err := s.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != 1 {
		t.Errorf("Members() = %v, want one member", members)
	}
	got, err := s.Account(ctx, idB)
	if err != nil {
		t.Fatal(err)
	}
	if got.Manager != "Alice Wang" {
		t.Errorf("Manager = %q, want the member's name as first typed", got.Manager)
	}
}

func TestListOrder(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	idA := create(t, s, account("A"))
	idB := create(t, s, account("B"))
	idC := create(t, s, account("C"))
	if got := names(t, s, false); !reflect.DeepEqual(got, []string{"C", "B", "A"}) {
		t.Errorf("live = %v, want most recently changed first", got)
	}
	a, err := s.Account(ctx, idA)
	if err != nil {
		t.Fatal(err)
	}
	a.Notes = "edited"
	if err := s.UpdateAccount(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got := names(t, s, false); !reflect.DeepEqual(got, []string{"A", "C", "B"}) {
		t.Errorf("live after editing A = %v, want A first", got)
	}
	for _, id := range []int64{idC, idB} {
		if err := s.TrashAccount(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if got := names(t, s, true); !reflect.DeepEqual(got, []string{"B", "C"}) {
		t.Errorf("trash = %v, want most recently trashed first", got)
	}
}

func TestDuplicateNameRefused(t *testing.T) {
	tests := []struct{ first, second string }{
		{"华为技术有限公司", "华为技术有限公司"},
		{"Acme Ltd", "Acme Ltd"},
		{"Acme Ltd", "ACME LTD"},
		{"acme ltd", "Acme Ltd"},
		{"ABB 中国", "abb 中国"},
	}
	for _, tt := range tests {
		t.Run(tt.second, func(t *testing.T) {
			ctx := context.Background()
			s := newStore(t)
			create(t, s, account(tt.first))
			dup := fullAccount(tt.second, "新经理") // a new manager must not be added either
			_, err := s.CreateAccount(ctx, dup)
			e := wantCode(t, err, domain.CodeConflict)
			if len(e.Fields) != 1 || e.Fields[0].Field != "name" || e.Key != "error.duplicateName" {
				t.Errorf("error = %#v, want error.duplicateName on name", e)
			}
			if n := count(t, s); n != 1 {
				t.Errorf("%d accounts after the refused one, want 1", n)
			}
			members, err := s.Members(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(members) != 0 {
				t.Errorf("Members() = %v: the refused account's manager was written", members)
			}
		})
	}
}

func TestUpdateToDuplicateNameRefused(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	create(t, s, account("Acme"))
	idB := create(t, s, account("Beta"))
	b, err := s.Account(ctx, idB)
	if err != nil {
		t.Fatal(err)
	}
	edited := b
	edited.Name, edited.Notes = "ACME", "should not be saved"
	wantCode(t, s.UpdateAccount(ctx, edited), domain.CodeConflict)
	after, err := s.Account(ctx, idB)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, b) {
		t.Errorf("refused update changed the account: %+v", after)
	}
	// An account may change the case of its own name.
	edited = b
	edited.Name = "BETA"
	if err := s.UpdateAccount(ctx, edited); err != nil {
		t.Errorf("renaming Beta to BETA: %v", err)
	}
}

func TestTrashRestorePurge(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	id := create(t, s, account("华为"))
	if err := s.TrashAccount(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got := names(t, s, false); len(got) != 0 {
		t.Errorf("live after trash = %v, want none", got)
	}
	if got := names(t, s, true); !reflect.DeepEqual(got, []string{"华为"}) {
		t.Errorf("trash = %v, want [华为]", got)
	}
	trashed, err := s.Account(ctx, id)
	if err != nil {
		t.Fatalf("a trashed account cannot be loaded: %v", err)
	}
	if trashed.DeletedAt == "" {
		t.Error("trashed account has no DeletedAt")
	}
	if err := s.TrashAccount(ctx, id); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("trashing twice: %v, want not found", err)
	}
	if err := s.UpdateAccount(ctx, trashed); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("updating a trashed account: %v, want not found", err)
	}

	// The name is free again while the first one is in the trash.
	id2 := create(t, s, account("华为"))

	// So the first cannot come back under it.
	wantCode(t, s.RestoreAccount(ctx, id), domain.CodeConflict)
	if got := names(t, s, true); !reflect.DeepEqual(got, []string{"华为"}) {
		t.Errorf("trash after refused restore = %v", got)
	}

	// Once the newcomer is gone, it can.
	if err := s.TrashAccount(ctx, id2); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreAccount(ctx, id); err != nil {
		t.Fatalf("RestoreAccount: %v", err)
	}
	restored, err := s.Account(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if restored.DeletedAt != "" {
		t.Errorf("restored account has DeletedAt %q", restored.DeletedAt)
	}
	if err := s.RestoreAccount(ctx, id); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("restoring a live account: %v, want not found", err)
	}

	// Purge: never a live account, always a trashed one.
	if err := s.PurgeAccount(ctx, id); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("purging a live account: %v, want not found", err)
	}
	if _, err := s.Account(ctx, id); err != nil {
		t.Errorf("live account gone after refused purge: %v", err)
	}
	if err := s.PurgeAccount(ctx, id2); err != nil {
		t.Fatalf("PurgeAccount: %v", err)
	}
	if _, err := s.Account(ctx, id2); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("loading a purged account: %v, want not found", err)
	}
	if n := count(t, s); n != 1 {
		t.Errorf("%d accounts after purge, want 1", n)
	}
}

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	const missing = 404
	a := account("nobody")
	a.ID = missing
	tests := []struct {
		name string
		call func() error
	}{
		{"Account", func() error { _, err := s.Account(ctx, missing); return err }},
		{"UpdateAccount", func() error { return s.UpdateAccount(ctx, a) }},
		{"TrashAccount", func() error { return s.TrashAccount(ctx, missing) }},
		{"RestoreAccount", func() error { return s.RestoreAccount(ctx, missing) }},
		{"PurgeAccount", func() error { return s.PurgeAccount(ctx, missing) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, domain.ErrNotFound) {
				t.Fatalf("err = %v, want errors.Is ErrNotFound", err)
			}
			if e := wantCode(t, err, domain.CodeNotFound); e.Params["id"] != int64(missing) {
				t.Errorf("params = %v, want the id", e.Params)
			}
		})
	}
	if n := count(t, s); n != 0 {
		t.Errorf("%d accounts written", n)
	}
}

func TestCreateAccountsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	withManager := func(name, mgr string) domain.Account {
		a := account(name)
		a.Manager = mgr
		return a
	}
	batch := []domain.Account{
		withManager("Alpha", "王磊"),
		withManager("Beta", "李娜"),
		withManager("ALPHA", "陈志强"), // duplicate of the first
		withManager("Gamma", "刘洋"),
	}
	wantCode(t, s.CreateAccounts(ctx, batch), domain.CodeConflict)
	if n := count(t, s); n != 0 {
		t.Errorf("%d accounts written by a refused batch", n)
	}
	members, err := s.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != 0 {
		t.Errorf("members written by a refused batch: %v", members)
	}

	// The same batch without the duplicate goes in whole.
	batch = append(batch[:2], batch[3])
	if err := s.CreateAccounts(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if got := names(t, s, false); len(got) != 3 {
		t.Errorf("live = %v, want 3", got)
	}

	// A batch clashing with an existing account writes nothing either.
	wantCode(t, s.CreateAccounts(ctx, []domain.Account{account("Delta"), account("beta")}), domain.CodeConflict)
	if n := count(t, s); n != 3 {
		t.Errorf("%d accounts, want 3", n)
	}
}

func TestSettingsDefaultsAndRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kams.db")
	s := openAt(t, path)
	got, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, domain.DefaultSettings()) {
		t.Errorf("new database settings = %+v, want defaults", got)
	}

	set := domain.Settings{Language: "zh-CN", Currency: "USD", Scoring: domain.ScoringSettings{
		Identification: domain.IdentificationWeights{LargeOrders: 40, Strategic: 30, Influence: 10, Technology: 10, Market: 10},
		Threshold:      72.5,
		Attractiveness: domain.AttractivenessWeights{Volume: 2, Profitability: 1.5, StrategicFit: 1, Ease: 0.5},
		Potential:      domain.PotentialWeights{Growth: 3, Projects: 2, ShareRoom: 1, TechAbsorption: 0},
		Relationship:   domain.RelationshipWeights{Stage: 1, Coverage: 2, Satisfaction: 3, ShareOfWallet: 4},
		Split:          3.5,
	}, Look: domain.LookSettings{Theme: "dark"}, Reminders: domain.ReminderSettings{Enabled: true, Time: "17:45"}}
	if err := s.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if got, err = s.Settings(ctx); err != nil || !reflect.DeepEqual(got, set) {
		t.Errorf("saved settings = %+v, %v; want %+v", got, err, set)
	}
	s.Close()

	s2 := openAt(t, path)
	if got, err = s2.Settings(ctx); err != nil || !reflect.DeepEqual(got, set) {
		t.Errorf("settings after reopen = %+v, %v; want %+v", got, err, set)
	}
}

func TestSettingsUnsavedKeysKeepDefaults(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	if _, err := s.w.Exec(`INSERT INTO settings (key, value) VALUES ('currency', '"EUR"')`); err != nil {
		t.Fatal(err)
	}
	got, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := domain.DefaultSettings()
	want.Currency = "EUR"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("settings = %+v, want defaults with EUR", got)
	}
}

func TestFlags(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	steps := []struct {
		set  *bool
		want bool
	}{
		{nil, false}, // never set
		{ptr(true), true},
		{ptr(false), false},
		{ptr(true), true},
	}
	for i, st := range steps {
		if st.set != nil {
			if err := s.SetFlag(ctx, "sampleOffered", *st.set); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.Flag(ctx, "sampleOffered")
		if err != nil {
			t.Fatal(err)
		}
		if got != st.want {
			t.Errorf("step %d: Flag = %v, want %v", i, got, st.want)
		}
	}
	if got, err := s.Flag(ctx, "other"); err != nil || got {
		t.Errorf("another flag = %v, %v; want false", got, err)
	}
	// A flag lives beside the settings without disturbing them.
	if got, err := s.Settings(ctx); err != nil || !reflect.DeepEqual(got, domain.DefaultSettings()) {
		t.Errorf("settings after flags = %+v, %v", got, err)
	}
}

func ptr[T any](v T) *T { return &v }

func TestUpdateMissingAccountIsNotFoundEvenWithATakenName(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	create(t, s, account("Taken"))
	trashed := create(t, s, account("Old"))
	if err := s.TrashAccount(ctx, trashed); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{404, trashed} {
		a := account("Taken")
		a.ID = id
		if err := s.UpdateAccount(ctx, a); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("update %d: err = %v, want not found", id, err)
		}
	}
}

func TestSeedAccountsOnlyIntoAnEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	if err := s.SeedAccounts(ctx, []domain.Account{account("A"), account("B")}); err != nil {
		t.Fatal(err)
	}
	if err := s.SeedAccounts(ctx, []domain.Account{account("C")}); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second seed: err = %v, want ErrNotEmpty", err)
	}
	// A database whose only account is in the trash is not empty either.
	t2 := newStore(t)
	id := create(t, t2, account("X"))
	if err := t2.TrashAccount(ctx, id); err != nil {
		t.Fatal(err)
	}
	if err := t2.SeedAccounts(ctx, []domain.Account{account("Y")}); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("seed over trash: err = %v, want ErrNotEmpty", err)
	}
	if n := count(t, s); n != 2 {
		t.Errorf("%d accounts, want 2", n)
	}
}
