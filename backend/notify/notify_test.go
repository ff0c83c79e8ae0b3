package notify_test

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/notify"
	"kams/backend/service"
	"kams/backend/store"
)

// shown is one notification the fake server received.
type shown struct{ app, summary, body string }

// server is a stand-in for the desktop's notification daemon: it owns
// org.freedesktop.Notifications on a private session bus and keeps what
// it is sent.
type server struct {
	mu   sync.Mutex
	got  []shown
	next uint32
}

func (s *server) Notify(app string, replaces uint32, icon, summary, body string, actions []string,
	hints map[string]dbus.Variant, timeout int32) (uint32, *dbus.Error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.got = append(s.got, shown{app, summary, body})
	s.next++
	return s.next, nil
}

func (s *server) GetCapabilities() ([]string, *dbus.Error) { return []string{"body"}, nil }

func (s *server) CloseNotification(id uint32) *dbus.Error { return nil }

func (s *server) GetServerInformation() (string, string, string, string, *dbus.Error) {
	return "kams-test", "kams", "1", "1.2", nil
}

func (s *server) take() []shown {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.got
	s.got = nil
	return out
}

// sessionBus starts a private D-Bus session daemon for the test, points
// DBUS_SESSION_BUS_ADDRESS at it and serves the fake notification daemon
// on it. beeep (through godbus) then talks to this bus exactly as it talks
// to a desktop's.
func sessionBus(t *testing.T) *server {
	t.Helper()
	daemon, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("no dbus-daemon on this machine (Debian: dbus-daemon)")
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "session.conf")
	err = os.WriteFile(conf, []byte(`<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=`+filepath.Join(dir, "bus")+`</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>`), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(daemon, "--config-file="+conf, "--nofork", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon: %v", err)
	}
	addr = strings.TrimSpace(addr)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)

	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	srv := &server{}
	if err := conn.Export(srv, "/org/freedesktop/Notifications", "org.freedesktop.Notifications"); err != nil {
		t.Fatal(err)
	}
	reply, err := conn.RequestName("org.freedesktop.Notifications", dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("own org.freedesktop.Notifications: %v (%v)", reply, err)
	}
	return srv
}

// The day's reminders reach the desktop's notification daemon through
// beeep: off until the user agrees; then once at start, again at the
// user's time, not twice a day, and again the next day, all on the test
// clock.
func TestRemindersReachTheDesktop(t *testing.T) {
	srv := sessionBus(t)
	ctx := context.Background()
	clk := clocktest.At(time.Date(2026, 6, 15, 8, 0, 0, 0, time.Local))
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kams.db"), clk.Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	acc, err := st.CreateAccount(ctx, domain.Account{Name: "华为技术", Status: domain.StatusActive, Stage: domain.StageBasic})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []struct{ step, due string }{{"送报价", "2026-06-15"}, {"回访", "2026-06-15"}, {"明天的", "2026-06-16"}} {
		if _, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: acc, Date: "2026-06-10", Kind: "visit",
			NextStep: s.step, NextDue: s.due}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.SavePlan(ctx, domain.AccountPlan{AccountID: acc, Year: 2026, Actions: []domain.PlanAction{
		{Item: "技术交流会", Due: "2026-06-01", Status: domain.ActionPlanned}}}, []domain.PlanSection{domain.SectionActions}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateContact(ctx, domain.Contact{AccountID: acc, Name: "张伟", Birthday: "1980-06-15", Influence: "medium"}); err != nil {
		t.Fatal(err)
	}
	if _, err := service.NewMarketing(st, clk.Clock()).Save(ctx, domain.Activity{Type: "seminar", Title: "华东技术交流会",
		Start: "2026-06-14", End: "2026-06-15", Place: "上海", Status: domain.ActivityPlanned, Accounts: []int64{acc}}); err != nil {
		t.Fatal(err)
	}
	r := service.NewReminders(st, clk.Clock(), notify.Desktop{AppName: "KAMS"}, "zh-CN")

	// Off by default: a start shows nothing.
	if n, err := r.Tick(ctx, true); err != nil || n != 0 {
		t.Fatalf("reminders off: %d shown (%v)", n, err)
	}
	if s, _ := r.State(ctx); s.Asked || s.Enabled {
		t.Fatalf("state %+v before the question", s)
	}
	// The user agrees on Home: today's come at once.
	state, err := r.Answer(ctx, true)
	if err != nil || !state.Asked || !state.Enabled {
		t.Fatalf("answer yes: %+v (%v)", state, err)
	}
	got := srv.take()
	if len(got) != 4 {
		t.Fatalf("%d notifications, want 4 (steps, overdue actions, birthdays, activities): %+v", len(got), got)
	}
	want := []shown{
		{"KAMS", "KAMS · 今天到期的下一步（2）", "• 送报价 · 华为技术\n• 回访 · 华为技术"},
		{"KAMS", "KAMS · 逾期的计划行动（1）", "• 技术交流会 · 华为技术"},
		{"KAMS", "KAMS · 今天生日（1）", "• 张伟 · 华为技术"},
		{"KAMS", "KAMS · 今天的市场活动（1）", "• 华东技术交流会 · 上海"},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("notification %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	// A second start the same day, and ticks before 09:00: nothing.
	clk.Set(time.Date(2026, 6, 15, 8, 59, 0, 0, time.Local))
	for _, starting := range []bool{true, false} {
		if n, err := r.Tick(ctx, starting); err != nil || n != 0 {
			t.Errorf("before the time (starting %v): %d shown (%v)", starting, n, err)
		}
	}
	// At 09:00 while running: once.
	clk.Set(time.Date(2026, 6, 15, 9, 0, 0, 0, time.Local))
	if n, err := r.Tick(ctx, false); err != nil || n != 4 {
		t.Errorf("at 09:00: %d shown (%v), want 4", n, err)
	}
	clk.Set(time.Date(2026, 6, 15, 9, 1, 0, 0, time.Local))
	if n, _ := r.Tick(ctx, false); n != 0 {
		t.Errorf("09:01: %d shown again", n)
	}
	srv.take()
	// The next day, started at 10:00 (after the time), in English: once
	// for both, then not again at the next tick.
	set, _ := st.Settings(ctx)
	set.Language = "en"
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	clk.Set(time.Date(2026, 6, 16, 10, 0, 0, 0, time.Local))
	if n, err := r.Tick(ctx, true); err != nil || n != 2 {
		t.Errorf("next day's start: %d shown (%v), want 2 (tomorrow's step, the overdue action; the seminar is over)", n, err)
	}
	if n, _ := r.Tick(ctx, false); n != 0 {
		t.Errorf("after a start past the time: %d shown again", n)
	}
	got = srv.take()
	if len(got) != 2 || got[0].summary != "KAMS · Next steps due today (1)" || got[1].body != "• 技术交流会 · 华为技术" {
		t.Errorf("next day: %+v", got)
	}
	// Turned off in Settings: nothing, even the day after.
	if _, err := r.Answer(ctx, false); err != nil {
		t.Fatal(err)
	}
	clk.Set(time.Date(2026, 6, 17, 10, 0, 0, 0, time.Local))
	if n, _ := r.Tick(ctx, true); n != 0 || len(srv.take()) != 0 {
		t.Errorf("off: %d shown", n)
	}
}
