package service_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// dumpBook reads every row of every table of a book file, as text, table
// by table: two books with the same dump hold the same data.
func dumpBook(t *testing.T, path string) string {
	t.Helper()
	return dumpBookExcept(t, path, "")
}

// dumpBookExcept is dumpBook without the tables whose names begin with
// skip ("" skips none).
func dumpBookExcept(t *testing.T, path, skip string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&immutable=1")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, table := range tables {
		if skip != "" && strings.HasPrefix(table, skip) {
			continue
		}
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%q", vals))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		sort.Strings(lines)
		fmt.Fprintf(&b, "== %s (%d rows)\n%s\n", table, len(lines), strings.Join(lines, "\n"))
	}
	return b.String()
}

// sampleSnapshot is a book with the sample and a snapshot of it.
func sampleSnapshot(t *testing.T) (*store.Store, *service.Backups, service.Snapshot) {
	t.Helper()
	st := newStore(t)
	if err := service.NewSample(st, st.Clock()).Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	backups := service.NewBackups(st, st.Clock())
	snap, err := backups.Take(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st, backups, snap
}

// TestBackupAndRestoreRoundTrip: a snapshot holds the book; restoring it
// over a book that changed since gives back exactly its rows, after
// keeping the changed book as a snapshot of its own.
func TestBackupAndRestoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	st, backups, snap := sampleSnapshot(t)
	now := st.Clock()
	path := filepath.Join(backups.Dir(), snap.Name)
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("snapshot %s: %v %v", path, info, err)
	}
	if snap.Book.Accounts != 15 || snap.Book.People == 0 || snap.Book.Deals == 0 || snap.Book.Schema != store.SchemaVersion() {
		t.Fatalf("snapshot holds %+v", snap.Book)
	}
	if due, err := backups.Due(); err != nil || due {
		t.Fatalf("due right after a snapshot: %v %v", due, err)
	}
	want := dumpBook(t, path)

	if _, err := st.CreateAccount(ctx, account("快照之后的新客户")); err != nil {
		t.Fatal(err)
	}
	book := st.Path()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	// A new second, so the snapshot before the restore has a name of its
	// own — and the same day: opening a book on a later day settles its
	// day-based facts (health), which a restore is right to do.
	later := clocktest.At(now().Add(time.Second))
	got, err := service.Restore(ctx, book, path, later.Clock())
	if err != nil {
		t.Fatal(err)
	}
	if got != snap.Book {
		t.Errorf("restore reports %+v, the snapshot held %+v", got, snap.Book)
	}
	if dump := dumpBook(t, book); dump != want {
		t.Errorf("the restored book differs from the snapshot")
	}
	if info, err := os.Stat(book); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("restored book: %v %v", info, err)
	}
	// The book that was replaced is a snapshot too, with its new account.
	reopened, err := store.Open(ctx, book, later.Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	list, err := service.NewBackups(reopened, later.Clock()).List(ctx)
	if err != nil || len(list) != 2 || list[0].Book.Accounts != 16 || list[1].Book.Accounts != 15 {
		t.Fatalf("backups after the restore: %+v %v", list, err)
	}
}

// TestRestoreRefusesWhatIsNotAGoodBook: a damaged, empty or foreign file
// is refused with its key, and the book and its backups stay as they were.
func TestRestoreRefusesWhatIsNotAGoodBook(t *testing.T) {
	ctx := context.Background()
	st, backups, snap := sampleSnapshot(t)
	now := st.Clock()
	good, err := os.ReadFile(filepath.Join(backups.Dir(), snap.Name))
	if err != nil {
		t.Fatal(err)
	}
	book := st.Path()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(book)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	damaged := append(bytes.Clone(good[:len(good)/2]), make([]byte, len(good)/2)...)
	for _, c := range []struct {
		name, key string
		data      []byte
	}{
		{"truncated.db", "backup.damaged", good[:len(good)/3]},
		{"zeroed.db", "backup.damaged", damaged},
		{"empty.db", "backup.notBook", nil},
		{"text.db", "backup.damaged", []byte("not a database at all, just some text\n")},
	} {
		from := filepath.Join(dir, c.name)
		if err := os.WriteFile(from, c.data, 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := service.Restore(ctx, book, from, now)
		var e *domain.Error
		if !errors.As(err, &e) || e.Key != c.key {
			t.Errorf("%s: %v, want %s", c.name, err, c.key)
		}
		after, err := os.ReadFile(book)
		if err != nil || !bytes.Equal(before, after) {
			t.Fatalf("%s: the book changed", c.name)
		}
		entries, _ := os.ReadDir(service.BackupDir(book))
		if len(entries) != 1 {
			t.Fatalf("%s: %d files in backups", c.name, len(entries))
		}
	}
}

// TestKeepSevenDailyFourWeeklyTwelveMonthly thins two years of snapshots,
// several a day, to the newest of each of the last 7 days, 4 ISO weeks and
// 12 months.
func TestKeepSevenDailyFourWeeklyTwelveMonthly(t *testing.T) {
	newest := time.Date(2026, 12, 2, 18, 0, 0, 0, time.Local)
	var taken []time.Time
	for h := 0; h < 2*365*24; h += 7 {
		taken = append(taken, newest.Add(-time.Duration(h)*time.Hour))
	}
	keep := service.Keep(taken)
	var kept []string
	for i := range taken {
		if !keep[i] {
			continue
		}
		kept = append(kept, taken[i].Format(time.DateOnly))
		// The newest of its day: the one before it (newer) is of another day.
		if i > 0 && taken[i-1].Format(time.DateOnly) == taken[i].Format(time.DateOnly) {
			t.Errorf("%s is kept, %s of the same day is newer", taken[i], taken[i-1])
		}
	}
	want := []string{
		// the last 7 days (2026-12-02 is a Wednesday)
		"2026-12-02", "2026-12-01", "2026-11-30", "2026-11-29", "2026-11-28", "2026-11-27", "2026-11-26",
		// the weeks (from Monday): W49 and W48 have kept days already; W47, W46
		"2026-11-22", "2026-11-15",
		// the months: December and November have kept days already
		"2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30", "2026-05-31",
		"2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31",
	}
	if fmt.Sprint(kept) != fmt.Sprint(want) {
		t.Errorf("kept\n%v\nwant\n%v", kept, want)
	}
	if len(service.Keep(nil)) != 0 || !service.Keep(taken[:1])[0] {
		t.Error("the newest snapshot is always kept")
	}
}

// TestRestoreOverAnUnreadableBookKeepsItsBytes: the book a restore is for
// may not open at all; it is kept byte for byte, and the snapshot goes in.
func TestRestoreOverAnUnreadableBookKeepsItsBytes(t *testing.T) {
	ctx := context.Background()
	st, backups, snap := sampleSnapshot(t)
	from := filepath.Join(t.TempDir(), "carry.db")
	good, err := os.ReadFile(filepath.Join(backups.Dir(), snap.Name))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(from, good, 0o600)
	book := st.Path()
	st.Close()
	junk := []byte("this was a book once; now it is not\n")
	os.Remove(book + "-wal")
	if err := os.WriteFile(book, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	sum, err := service.Restore(ctx, book, from, st.Clock())
	if err != nil || sum.Accounts != 15 {
		t.Fatalf("restore over an unreadable book: %+v %v", sum, err)
	}
	kept, _ := filepath.Glob(filepath.Join(service.BackupDir(book), "damaged-*.db"))
	if len(kept) != 1 {
		t.Fatalf("kept %v", kept)
	}
	if b, _ := os.ReadFile(kept[0]); !bytes.Equal(b, junk) {
		t.Errorf("the damaged book was not kept byte for byte")
	}
}
