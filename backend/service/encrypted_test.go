package service_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// TestEncryptedBookRoundTrip: the book sealed with a passphrase comes back
// whole on another "laptop"; a wrong passphrase, a cut file and an altered
// one are refused and the book there stays as it was.
func TestEncryptedBookRoundTrip(t *testing.T) {
	service.SetScryptWorkFactor(10)
	defer service.SetScryptWorkFactor(18)
	ctx := context.Background()
	st, backups, snap := sampleSnapshot(t)
	// The search index's segments are merged in the background once the
	// book has been idle (store.startSearchMerger), so a later snapshot may
	// hold the same index in other segments: every other table must match.
	want := dumpBookExcept(t, filepath.Join(backups.Dir(), snap.Name), "search_")
	sealed := filepath.Join(t.TempDir(), "kams-book.age")
	if _, err := service.ExportEncrypted(ctx, st, sealed, "短"); err == nil {
		t.Error("a short passphrase sealed the book")
	}
	sum, err := service.ExportEncrypted(ctx, st, sealed, "客户关系 2026!")
	if err != nil || sum.Accounts != 15 {
		t.Fatalf("export: %+v %v", sum, err)
	}
	if enc, err := service.IsEncrypted(sealed); err != nil || !enc {
		t.Fatalf("the sealed file is not an age file: %v %v", enc, err)
	}
	raw, _ := os.ReadFile(sealed)
	if bytes.Contains(raw, []byte("江宁")) || bytes.Contains(raw, []byte("SQLite format")) {
		t.Fatal("the sealed file shows the book in clear")
	}

	// The new laptop already has a book (its first start).
	other := filepath.Join(t.TempDir(), "kams.db")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	refused := func(name, key, pass string, data []byte) {
		t.Helper()
		from := filepath.Join(t.TempDir(), name)
		os.WriteFile(from, data, 0o600)
		_, err := service.RestoreEncrypted(ctx, other, from, pass, st.Clock())
		var e *domain.Error
		if !errors.As(err, &e) || e.Key != key {
			t.Errorf("%s: %v, want %s", name, err, key)
		}
		if b, _ := os.ReadFile(other); len(b) != 0 {
			t.Fatalf("%s: the book changed", name)
		}
	}
	refused("wrong.age", "backup.wrongPassphrase", "not the passphrase", raw)
	refused("cut.age", "backup.damaged", "客户关系 2026!", raw[:len(raw)/2])
	altered := bytes.Clone(raw)
	altered[len(altered)-100] ^= 0xff
	refused("altered.age", "backup.damaged", "客户关系 2026!", altered)

	got, err := service.RestoreEncrypted(ctx, other, sealed, "客户关系 2026!", st.Clock())
	if err != nil || got != sum {
		t.Fatalf("restore: %+v %v", got, err)
	}
	if dumpBookExcept(t, other, "search_") != want {
		t.Error("the book that came back differs from the one sealed")
	}
	// Its search index came along whole: it finds what the sample holds.
	back, err := store.Open(ctx, other, st.Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	for _, q := range []string{"江宁", "江宁新能源"} {
		if hits, err := back.Search(ctx, q); err != nil || len(hits.Accounts) == 0 {
			t.Errorf("search %q in the restored book: %+v %v", q, hits, err)
		}
	}
}
