package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/store"
)

// These tests drive the real kams binary, built once, and kill it with
// SIGKILL in the middle of its work: the book must open afterwards and the
// replica must restore to a consistent state holding every acknowledged
// write it had reported as replicated.

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// kamsBinary builds the command line (go build of the module's main
// package; no WebKit needed for the commands).
func kamsBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kams-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "kams")
		out, err := exec.Command("go", "build", "-o", binPath, "kams").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// cleanEnv is the environment for the binary: no AWS_* of the machine's.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AWS_") {
			env = append(env, kv)
		}
	}
	return env
}

func mark(i int) string { return fmt.Sprintf("kill-%04d", i) }

// writeMark commits one write through the store, as a save does.
func writeMark(t *testing.T, st *store.Store, i int) {
	t.Helper()
	if err := st.SetFlag(context.Background(), mark(i), true); err != nil {
		t.Fatal(err)
	}
}

// bookMarks opens a book (it must open), checks it whole and counts its
// marks, which must be a prefix 0..n-1.
func bookMarks(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, path, clocktest.New().Clock())
	if err != nil {
		t.Fatalf("%s does not open: %v", path, err)
	}
	defer st.Close()
	if err := st.Snapshot(ctx, filepath.Join(t.TempDir(), "check.db")); err != nil {
		t.Fatalf("%s is not whole: %v", path, err)
	}
	n := 0
	for ; ; n++ {
		on, err := st.Flag(ctx, mark(n))
		if err != nil {
			t.Fatal(err)
		}
		if !on {
			break
		}
	}
	for i := n + 1; i < n+50; i++ {
		if on, _ := st.Flag(ctx, mark(i)); on {
			t.Fatalf("%s holds write %d without write %d: not a consistent state", path, i, n)
		}
	}
	return n
}

// replicator is "kams replicate" running, with the lines it prints.
type replicator struct {
	cmd   *exec.Cmd
	mu    sync.Mutex
	lines []string
	at    time.Time // when the last line came
}

var replicatedLine = regexp.MustCompile(`replicated txid (\d+), pending (\d+)`)

func startReplicator(t *testing.T, db, to string) *replicator {
	t.Helper()
	r := &replicator{cmd: exec.Command(kamsBinary(t), "replicate", "--db", db, "--to", to)}
	r.cmd.Env = cleanEnv()
	out, err := r.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	r.cmd.Stderr = io.Discard
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.cmd.Process.Kill(); r.cmd.Wait() })
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			r.mu.Lock()
			r.lines, r.at = append(r.lines, sc.Text()), clocktest.Wall()
			r.mu.Unlock()
		}
	}()
	return r
}

// caughtUp waits until the replicator has said "pending 0" and stayed
// quiet for 2.5 s after the last acknowledged write (Litestream looks at
// the WAL every second): every write before that is at the target.
func (r *replicator) caughtUp(t *testing.T, lastAck time.Time) {
	t.Helper()
	for deadline := clocktest.Wall().Add(30 * time.Second); ; {
		r.mu.Lock()
		var last string
		if len(r.lines) > 0 {
			last = r.lines[len(r.lines)-1]
		}
		quiet := clocktest.Wall().Sub(r.at) > 2500*time.Millisecond && clocktest.Wall().Sub(lastAck) > 2500*time.Millisecond
		r.mu.Unlock()
		if m := replicatedLine.FindStringSubmatch(last); m != nil && m[2] == "0" && m[1] != "0" && quiet {
			return
		}
		if clocktest.Wall().After(deadline) {
			t.Fatalf("replication never caught up; last line %q", last)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestKillDuringReplication(t *testing.T) {
	db := demoDB(t)
	folder := t.TempDir()
	ctx := context.Background()
	rep := startReplicator(t, db, folder)
	rep.caughtUp(t, clocktest.Wall())
	// Opened once Litestream has its state beside the book, as any later
	// open of a replicated book is: the app then leaves checkpoints to it.
	st, err := store.Open(ctx, db, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := 0; i < 20; i++ {
		writeMark(t, st, i)
	}
	rep.caughtUp(t, clocktest.Wall())
	safe := 20

	// Writes go on while the replicator is killed at some moment.
	written := safe
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ; ; written++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := st.SetFlag(ctx, mark(written), true); err != nil {
				t.Error(err)
				return
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()
	time.Sleep(time.Duration(500+rand.IntN(1500)) * time.Millisecond)
	if err := rep.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	rep.cmd.Wait()
	time.Sleep(200 * time.Millisecond)
	close(stop)
	<-done
	lastAck := clocktest.Wall()

	// The replica as the kill left it: consistent, with every write
	// reported replicated.
	out := filepath.Join(t.TempDir(), "after-kill.db")
	restore := exec.Command(kamsBinary(t), "replica", "restore", "--to", out, "--from", folder)
	restore.Env = cleanEnv()
	if b, err := restore.CombinedOutput(); err != nil {
		t.Fatalf("restore after the kill: %v\n%s", err, b)
	}
	if n := bookMarks(t, out); n < safe || n > written {
		t.Fatalf("after the kill the replica holds %d writes; %d were replicated, %d written", n, safe, written)
	}
	// The book itself opens, and a replicator started again catches up
	// with every write.
	if n := bookMarks(t, db); n != written {
		t.Fatalf("the book holds %d of %d writes", n, written)
	}
	rep = startReplicator(t, db, folder)
	rep.caughtUp(t, lastAck)
	out2 := filepath.Join(t.TempDir(), "caught-up.db")
	restore = exec.Command(kamsBinary(t), "replica", "restore", "--to", out2, "--from", folder)
	restore.Env = cleanEnv()
	if b, err := restore.CombinedOutput(); err != nil {
		t.Fatalf("restore after catching up: %v\n%s", err, b)
	}
	if n := bookMarks(t, out2); n != written {
		t.Fatalf("after catching up the replica holds %d of %d writes", n, written)
	}
	rep.cmd.Process.Signal(os.Interrupt)
	rep.cmd.Wait()
}

// killAfter runs the binary with args and kills it with SIGKILL after d
// (or lets it finish first); it reports whether it finished.
func killAfter(t *testing.T, d time.Duration, args ...string) bool {
	t.Helper()
	cmd := exec.Command(kamsBinary(t), args...)
	cmd.Env = cleanEnv()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	fin := make(chan error, 1)
	go func() { fin <- cmd.Wait() }()
	select {
	case err := <-fin:
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return true
	case <-time.After(d):
		cmd.Process.Signal(syscall.SIGKILL)
		<-fin
		return false
	}
}

// TestKillDuringSnapshotAndRestore: a snapshot, a restore from a snapshot
// and a restore from a replica, each killed at several moments: the book
// opens and holds either what it held or what was restored; a snapshot
// file is whole or absent; the command run again completes.
func TestKillDuringSnapshotAndRestore(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	st, err := store.Open(ctx, db, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 30; i++ {
		writeMark(t, st, i)
	}
	st.Close()
	folder := t.TempDir()
	rep := startReplicator(t, db, folder)
	rep.caughtUp(t, clocktest.Wall())
	rep.cmd.Process.Signal(os.Interrupt)
	rep.cmd.Wait()
	snap := filepath.Join(t.TempDir(), "snap.db")
	if !killAfter(t, time.Minute, "backup", "--db", db, "--out", snap) {
		t.Fatal("backup did not finish")
	}

	for i, d := range []time.Duration{0, 10 * time.Millisecond, 30 * time.Millisecond, 60 * time.Millisecond, 120 * time.Millisecond} {
		dir := t.TempDir()
		// A snapshot killed part way.
		out := filepath.Join(dir, "out.db")
		killAfter(t, d, "backup", "--db", db, "--out", out)
		if _, err := os.Stat(out); err == nil {
			if n := bookMarks(t, out); n != 30 {
				t.Fatalf("kill %d: a killed snapshot holds %d writes", i, n)
			}
		}
		if n := bookMarks(t, db); n != 30 {
			t.Fatalf("kill %d: the book holds %d writes after a killed snapshot", i, n)
		}

		// A restore from a snapshot killed part way, over a book with
		// fewer writes.
		target := filepath.Join(dir, "target.db")
		copyBook(t, demoDB(t), target)
		killAfter(t, d, "restore", "--db", target, "--from", snap)
		if n := bookMarks(t, target); n != 0 && n != 30 {
			t.Fatalf("kill %d: a killed restore left a book with %d writes", i, n)
		}
		if !killAfter(t, time.Minute, "restore", "--db", target, "--from", snap) || bookMarks(t, target) != 30 {
			t.Fatalf("kill %d: the restore run again did not restore", i)
		}

		// A restore from the replica killed part way.
		target2 := filepath.Join(dir, "target2.db")
		copyBook(t, demoDB(t), target2)
		killAfter(t, d, "replica", "restore", "--to", target2, "--from", folder)
		if n := bookMarks(t, target2); n != 0 && n != 30 {
			t.Fatalf("kill %d: a killed replica restore left a book with %d writes", i, n)
		}
		if !killAfter(t, time.Minute, "replica", "restore", "--to", target2, "--from", folder) || bookMarks(t, target2) != 30 {
			t.Fatalf("kill %d: the replica restore run again did not restore", i)
		}
	}
}

func copyBook(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestReplicaCommandErrors: bad arguments exit non-zero and write nothing.
func TestReplicaCommandErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "new.db")
	env := Env{Stdout: io.Discard, Clock: testClock.Clock()}
	for _, args := range [][]string{
		{"replicate"},
		{"replicate", "--db", filepath.Join(dir, "missing.db"), "--to", dir},
		{"replicate", "--db", demoDB(t), "--to", "s3://books/k"},
		{"replica"},
		{"replica", "restore", "--to", out},
		{"replica", "restore", "--to", out, "--from", filepath.Join(dir, "nothing-here")},
		{"replica", "restore", "--to", out, "--from", dir, "--timestamp", "yesterday"},
		{"replica", "restore", "--to", out, "--from", dir},
		{"replica", "restore", "--to", out, "--from", "s3://books/k?endpoint=http://127.0.0.1:1"},
	} {
		if err := Run(args, env); err == nil {
			t.Errorf("%v: no error", args)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v wrote %s", args, out)
		}
	}
}

// TestReplicaNeverPrintsKeys: with a wrong secret against a real S3 server
// (versitygw, as in the service tests), kams replicate and kams replica
// restore say the keys were refused and never print them.
func TestReplicaNeverPrintsKeys(t *testing.T) {
	bin := os.Getenv("KAMS_VERSITYGW")
	if bin == "" {
		if os.Getenv("KAMS_REQUIRE_S3") != "" {
			t.Fatal("no versitygw (KAMS_VERSITYGW)")
		}
		t.Skip("no versitygw (scripts/deps.sh test builds it; KAMS_VERSITYGW names it)")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "books"), 0o755); err != nil {
		t.Fatal(err)
	}
	gw := exec.Command(bin, "--access", "kamstest", "--secret", "the-right-secret-123", "--port", addr, "--quiet", "posix", root)
	gw.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + root}
	if err := gw.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gw.Process.Kill(); gw.Wait() })
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
	const secret = "WRONG-secret-never-printed-42"
	url := "s3://books/k?endpoint=http://" + addr
	env := append(cleanEnv(), "AWS_ACCESS_KEY_ID=kamstest", "AWS_SECRET_ACCESS_KEY="+secret)

	restore := exec.Command(kamsBinary(t), "replica", "restore", "--to", filepath.Join(t.TempDir(), "x.db"), "--from", url)
	restore.Env = env
	out, err := restore.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "replication.denied") || strings.Contains(string(out), secret) {
		t.Fatalf("replica restore with a wrong secret: %v\n%s", err, out)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Second)
	defer cancel()
	rep := exec.CommandContext(ctx, kamsBinary(t), "replicate", "--db", demoDB(t), "--to", url)
	rep.Env = env
	out, _ = rep.CombinedOutput()
	if !strings.Contains(string(out), "replication.denied") || strings.Contains(string(out), secret) {
		t.Fatalf("replicate with a wrong secret:\n%s", out)
	}
}
