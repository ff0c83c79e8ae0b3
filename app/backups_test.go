package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// TestRestoreFromTheWindow: the window restores a snapshot over the book it
// has open and works on the restored book at once; a name that is not a
// snapshot of the book is refused; closing the window leaves a snapshot of
// the book it had open then.
func TestRestoreFromTheWindow(t *testing.T) {
	ctx := context.Background()
	clk := clocktest.New()
	path := filepath.Join(t.TempDir(), "kams.db")
	b, err := book.Open(ctx, path, clk.Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close() // as the command line does: a second close does nothing
	f := newFacades(b, "test")
	create := func(name string) {
		t.Helper()
		if _, err := f.accounts.Create(domain.Account{Name: name, Status: domain.StatusActive, Stage: domain.StageBasic}); err != nil {
			t.Fatal(err)
		}
	}
	create("恒通汽车")
	snap, err := f.backups.Take()
	if err != nil {
		t.Fatal(err)
	}
	create("快照之后的新客户")
	for _, bad := range []string{"", "../kams.db", "kams.db-wal", filepath.Join("x", snap.Name)} {
		if _, err := f.backups.Restore(bad); err == nil {
			t.Errorf("restore of %q went through", bad)
		}
	}
	clk.Add(2e9) // the snapshot before the restore is named by another second
	sum, err := f.backups.Restore(snap.Name)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Accounts != 1 {
		t.Errorf("the restored book holds %+v", sum)
	}
	page, err := f.accounts.Page(store.AccountQuery{Limit: 10})
	if err != nil || page.Total != 1 || page.Rows[0].Account.Name != "恒通汽车" {
		t.Fatalf("after the restore the facades see %+v, %v", page, err)
	}
	// The book the restore replaced is kept, marked, beside the snapshot.
	list, err := f.backups.List()
	if err != nil || len(list) != 2 || !list[0].Replaced || list[0].Book.Accounts != 2 || list[1].Name != snap.Name {
		t.Fatalf("backups after the restore: %+v %v", list, err)
	}
	create("恢复之后的新客户") // the restored book takes writes
	clk.Add(2e9)
	f.backups.shutdown()
	// Closing takes a snapshot and thins the day's automatic ones to it;
	// the replaced book stays.
	list, err = service.NewBackups(f.book.Store, clk.Clock()).List(ctx)
	if err != nil || len(list) != 2 || list[0].Replaced || list[0].Book.Accounts != 2 || !list[1].Replaced {
		t.Fatalf("backups after the window closed: %+v %v", list, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}

// TestSealedFileToANewLaptop: one window seals its book; a window on a
// new, empty book checks the file (sealed: nothing to show before the
// passphrase), refuses a wrong passphrase, then restores it.
func TestSealedFileToANewLaptop(t *testing.T) {
	service.SetScryptWorkFactor(10)
	defer service.SetScryptWorkFactor(18)
	ctx := context.Background()
	open := func() *facades {
		b, err := book.Open(ctx, filepath.Join(t.TempDir(), "kams.db"), clocktest.New().Clock())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { b.Close() })
		return newFacades(b, "test")
	}
	old := open()
	if _, err := old.accounts.Create(domain.Account{Name: "恒通汽车", Status: domain.StatusActive, Stage: domain.StageBasic}); err != nil {
		t.Fatal(err)
	}
	sealed := filepath.Join(t.TempDir(), "kams-book.age")
	if err := old.backups.ExportSealedTo(sealed, "短"); err == nil {
		t.Error("a short passphrase sealed the book")
	}
	if err := old.backups.ExportSealedTo(sealed, "新电脑 2026 十二月"); err != nil {
		t.Fatal(err)
	}
	fresh := open()
	defer fresh.backups.shutdown()
	if f, err := fresh.backups.InspectFile(sealed); err != nil || !f.Encrypted {
		t.Fatalf("inspect: %+v %v", f, err)
	}
	if _, err := fresh.backups.RestoreFile(sealed, "wrong passphrase"); err == nil {
		t.Fatal("a wrong passphrase went through")
	}
	if page, err := fresh.accounts.Page(store.AccountQuery{}); err != nil || page.Total != 0 {
		t.Fatalf("after a refused restore: %+v %v", page, err)
	}
	sum, err := fresh.backups.RestoreFile(sealed, "新电脑 2026 十二月")
	if err != nil || sum.Accounts != 1 {
		t.Fatalf("restore: %+v %v", sum, err)
	}
	if page, err := fresh.accounts.Page(store.AccountQuery{}); err != nil || page.Total != 1 {
		t.Fatalf("after the restore: %+v %v", page, err)
	}
}
