package service_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// replicaTestTimeout bounds every wait on Litestream in these tests.
const replicaTestTimeout = 90 * time.Second

func init() {
	// The AWS SDK reads AWS_* (a CA bundle, a profile, a region) from the
	// environment: a developer's or a CI runner's must not leak into the
	// tests, whose keys are their own.
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "AWS_") {
			os.Unsetenv(k)
		}
	}
}

// writeMarks commits one write per mark through the store, as the app's
// saves do; each returns only once committed (acknowledged).
func writeMarks(t *testing.T, st *store.Store, prefix string, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		if err := st.SetFlag(context.Background(), fmt.Sprintf("%s-%04d", prefix, i), true); err != nil {
			t.Fatal(err)
		}
	}
}

// marksIn counts the marks a book file holds, and checks they are a
// prefix: mark i present means every mark before it is.
func marksIn(t *testing.T, path, prefix string) int {
	t.Helper()
	st, err := store.Open(context.Background(), path, clocktest.New().Clock())
	if err != nil {
		t.Fatalf("restored book does not open: %v", err)
	}
	defer st.Close()
	n := 0
	for {
		on, err := st.Flag(context.Background(), fmt.Sprintf("%s-%04d", prefix, n))
		if err != nil {
			t.Fatal(err)
		}
		if !on {
			break
		}
		n++
	}
	if on, _ := st.Flag(context.Background(), fmt.Sprintf("%s-%04d", prefix, n+1)); on {
		t.Fatalf("%s holds mark %d without mark %d: not a consistent state", path, n+1, n)
	}
	return n
}

func syncReplica(t *testing.T, r *service.Replication) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), replicaTestTimeout)
	defer cancel()
	for {
		err := r.Sync(ctx)
		if err == nil {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("replica never synced: %v", err)
		}
		time.Sleep(100 * time.Millisecond) // Litestream still opening
	}
}

// replicaRoundTrip replicates a sample book with writes going on, restores
// the replica and compares every table; then restores to a point in time
// between two batches of writes.
func replicaRoundTrip(t *testing.T, target service.ReplicaTarget) {
	ctx := context.Background()
	st := newStore(t)
	if err := service.NewSample(st, st.Clock()).Load(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := service.StartReplication(st.Path(), target, st.Clock(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(ctx)
	writeMarks(t, st, "a", 0, 20)
	syncReplica(t, r)
	time.Sleep(1100 * time.Millisecond) // replica files are stamped to the second
	between := clocktest.Wall()
	time.Sleep(1100 * time.Millisecond)
	writeMarks(t, st, "b", 0, 20)
	syncReplica(t, r)
	if s := r.Status(); s.Pending != 0 || s.LastReplicated == "" || s.ErrorKey != "" || s.LagSeconds != 0 {
		t.Fatalf("status after sync: %+v", s)
	}

	dir := t.TempDir()
	snap := filepath.Join(dir, "snapshot.db")
	if err := st.Snapshot(ctx, snap); err != nil {
		t.Fatal(err)
	}
	newest := filepath.Join(dir, "newest.db")
	sum, err := service.RestoreFromReplica(ctx, newest, target, time.Time{}, st.Clock())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Accounts != 15 {
		t.Fatalf("restored %+v", sum)
	}
	if info, err := os.Stat(newest); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("restored book %v %v", info, err)
	}
	if marksIn(t, newest, "a") != 20 || marksIn(t, newest, "b") != 20 {
		t.Fatal("the newest restore lacks acknowledged writes")
	}
	if got, want := dumpBookExcept(t, newest, "search_"), dumpBookExcept(t, snap, "search_"); got != want {
		t.Fatal("the replica's book differs from the book")
	}

	then := filepath.Join(dir, "then.db")
	if _, err := service.RestoreFromReplica(ctx, then, target, between, st.Clock()); err != nil {
		t.Fatal(err)
	}
	if a, b := marksIn(t, then, "a"), marksIn(t, then, "b"); a != 20 || b != 0 {
		t.Fatalf("point in time between the batches holds %d a-marks and %d b-marks", a, b)
	}

	// Restoring over an existing book keeps it in its backups folder.
	if _, err := service.RestoreFromReplica(ctx, then, target, time.Time{}, st.Clock()); err != nil {
		t.Fatal(err)
	}
	if marksIn(t, then, "b") != 20 {
		t.Fatal("restore over a book did not replace it")
	}
	kept, _ := filepath.Glob(filepath.Join(service.BackupDir(then), "before-restore-*.db"))
	if len(kept) != 1 {
		t.Fatalf("the replaced book was not kept: %v", kept)
	}

	// Before the replica's first file there is nothing to restore, and
	// nothing is written.
	early := filepath.Join(dir, "early.db")
	_, err = service.RestoreFromReplica(ctx, early, target, between.Add(-24*time.Hour), st.Clock())
	if !errors.Is(err, domain.Refused("replication.noPointInTime", nil)) && !isKey(err, "replication.noPointInTime") {
		t.Fatalf("restore before the first write: %v", err)
	}
	if _, err := os.Stat(early); err == nil {
		t.Fatal("a refused restore wrote a book")
	}
}

func isKey(err error, key string) bool {
	var de *domain.Error
	return errors.As(err, &de) && de.Key == key
}

func TestReplicaToFolder(t *testing.T) {
	folder := t.TempDir()
	replicaRoundTrip(t, service.ReplicaTarget{Folder: folder})
}

// TestReplicaFolderOffline: while the folder is gone (an unmounted share)
// writes wait beside the book, the status says so, and they go out once
// it is back; the folder is never made on the local disk meanwhile.
func TestReplicaFolderOffline(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	folder := filepath.Join(t.TempDir(), "share")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	r, err := service.StartReplication(st.Path(), service.ReplicaTarget{Folder: folder}, st.Clock(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(ctx)
	writeMarks(t, st, "a", 0, 5)
	syncReplica(t, r)
	if err := os.Rename(folder, folder+".away"); err != nil {
		t.Fatal(err)
	}
	writeMarks(t, st, "b", 0, 5)
	deadline := clocktest.Wall().Add(replicaTestTimeout)
	for s := r.Status(); s.ErrorKey != "replication.folderMissing" || s.Pending == 0; s = r.Status() {
		if clocktest.Wall().After(deadline) {
			t.Fatalf("offline never shown: %+v", s)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if _, err := os.Stat(folder); err == nil {
		t.Fatal("the missing folder was made")
	}
	if err := os.Rename(folder+".away", folder); err != nil {
		t.Fatal(err)
	}
	syncReplica(t, r)
	// The status clears once a copy went through again.
	for s := r.Status(); s.ErrorKey != "" || s.Pending != 0; s = r.Status() {
		if clocktest.Wall().After(deadline) {
			t.Fatalf("never caught up: %+v", s)
		}
		time.Sleep(100 * time.Millisecond)
	}
	out := filepath.Join(t.TempDir(), "back.db")
	if _, err := service.RestoreFromReplica(ctx, out, service.ReplicaTarget{Folder: folder}, time.Time{}, st.Clock()); err != nil {
		t.Fatal(err)
	}
	if marksIn(t, out, "b") != 5 {
		t.Fatal("the writes made offline did not reach the replica")
	}
}

// versitygw starts the S3 gateway (github.com/versity/versitygw, built by
// scripts/deps.sh; KAMS_VERSITYGW names it) over a folder on a free port
// of 127.0.0.1, with one bucket, and returns its endpoint; it stops with
// the test.
func versitygw(t *testing.T, access, secret string) (endpoint string, root string) {
	t.Helper()
	bin := os.Getenv("KAMS_VERSITYGW")
	if bin == "" {
		if p, err := exec.LookPath("versitygw"); err == nil {
			bin = p
		}
	}
	if bin == "" {
		if os.Getenv("CI") != "" || os.Getenv("KAMS_REQUIRE_S3") != "" {
			t.Fatal("no versitygw: run scripts/deps.sh test (KAMS_VERSITYGW)")
		}
		t.Skip("no versitygw (scripts/deps.sh test builds it; KAMS_VERSITYGW names it)")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	root = t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "books"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--access", access, "--secret", secret, "--port", addr, "--quiet", "posix", root)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + root}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for deadline := clocktest.Wall().Add(10 * time.Second); ; {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if clocktest.Wall().After(deadline) {
			t.Fatal("versitygw did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "http://" + addr, root
}

// TestReplicaToS3: the same round trip through a real S3-compatible
// server on 127.0.0.1; wrong keys are a translated "denied", never the
// keys themselves.
func TestReplicaToS3(t *testing.T) {
	endpoint, _ := versitygw(t, "kamstest", "kams-test-secret-0123")
	target := service.ReplicaTarget{Endpoint: endpoint, Bucket: "books", Path: "kams/book",
		AccessKeyID: "kamstest", SecretAccessKey: "kams-test-secret-0123"}
	replicaRoundTrip(t, target)

	bad := target
	bad.SecretAccessKey = "not-the-secret-4567"
	_, err := service.RestoreFromReplica(context.Background(), filepath.Join(t.TempDir(), "x.db"), bad, time.Time{}, clocktest.New().Clock())
	if !isKey(err, "replication.denied") {
		t.Fatalf("wrong secret: %v", err)
	}
	if strings.Contains(fmt.Sprint(err), bad.SecretAccessKey) || strings.Contains(fmt.Sprintf("%+v", err), bad.SecretAccessKey) {
		t.Fatal("the secret shows in the error")
	}
	noKeys := target
	noKeys.AccessKeyID, noKeys.SecretAccessKey = "", ""
	if _, err := service.StartReplication("x.db", noKeys, clocktest.New().Clock(), nil); !isKey(err, "replication.keysMissing") {
		t.Fatalf("no keys: %v", err)
	}
}

// TestReplicaS3Offline: a bucket that cannot be reached is "offline", the
// writes wait, and they go out when the server is back.
func TestReplicaS3Offline(t *testing.T) {
	ctx := context.Background()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String()
	l.Close()
	st := newStore(t)
	target := service.ReplicaTarget{Endpoint: dead, Bucket: "books", Path: "k", AccessKeyID: "a", SecretAccessKey: "secret-never-shown"}
	r, err := service.StartReplication(st.Path(), target, st.Clock(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(ctx)
	writeMarks(t, st, "a", 0, 3)
	deadline := clocktest.Wall().Add(replicaTestTimeout)
	for s := r.Status(); s.ErrorKey != "replication.offline"; s = r.Status() {
		if clocktest.Wall().After(deadline) {
			t.Fatalf("offline never shown: %+v", s)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if s := r.Status(); strings.Contains(s.ErrorDetail, "secret-never-shown") {
		t.Fatal("the secret shows in the status")
	}
}

func TestParseReplicaURL(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"/srv/nas/kams", "/srv/nas/kams", true},
		{"file:///srv/nas/kams", "/srv/nas/kams", true},
		{"s3://books/team/kams?endpoint=http://127.0.0.1:9000", "s3://books/team/kams?endpoint=http://127.0.0.1:9000", true},
		{"s3://books?endpoint=https://minio.example.com&region=cn-north-1", "s3://books/?endpoint=https://minio.example.com&region=cn-north-1", true},
		{"s3://books/kams", "", false},                                        // no endpoint
		{"s3://Bad_Bucket/k?endpoint=http://127.0.0.1:9000", "", false},       // not a bucket name
		{"s3://key:secret@books/k?endpoint=http://127.0.0.1:9000", "", false}, // keys in the URL
		{"s3://books/k?endpoint=ftp://x", "", false},
		{"gs://books/k", "", false},
		{"", "", false},
	} {
		got, err := service.ParseReplicaURL(c.in)
		if (err == nil) != c.ok || (c.ok && got.String() != c.want) {
			t.Errorf("%q: %q %v", c.in, got.String(), err)
		}
	}
}

func TestReplicationSettingsValidate(t *testing.T) {
	for _, c := range []struct {
		set   domain.ReplicationSettings
		field string
	}{
		{domain.DefaultReplication(), ""},
		{domain.ReplicationSettings{Enabled: true, Kind: "folder"}, "folder"},
		{domain.ReplicationSettings{Kind: "folder", Folder: "relative/dir"}, "folder"},
		{domain.ReplicationSettings{Enabled: true, Kind: "folder", Folder: "/srv/nas"}, ""},
		{domain.ReplicationSettings{Enabled: true, Kind: "s3", Bucket: "books"}, "endpoint"},
		{domain.ReplicationSettings{Enabled: true, Kind: "s3", Endpoint: "http://x:9000"}, "bucket"},
		{domain.ReplicationSettings{Enabled: true, Kind: "s3", Endpoint: "x:9000", Bucket: "books"}, "endpoint"},
		{domain.ReplicationSettings{Enabled: true, Kind: "s3", Endpoint: "http://x:9000", Bucket: "B"}, "bucket"},
		{domain.ReplicationSettings{Enabled: true, Kind: "s3", Endpoint: "http://x:9000", Bucket: "books", Path: "../x"}, "path"},
		{domain.ReplicationSettings{Enabled: true, Kind: "s3", Endpoint: "https://x", Bucket: "books", Path: "a/b"}, ""},
		{domain.ReplicationSettings{Kind: "ftp"}, "kind"},
	} {
		err := c.set.Validate()
		var de *domain.Error
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%+v: %v", c.set, err)
		case c.field != "" && (!errors.As(err, &de) || len(de.Fields) == 0 || de.Fields[0].Field != c.field):
			t.Errorf("%+v: want an error on %s, got %v", c.set, c.field, err)
		}
	}
}
