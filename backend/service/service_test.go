package service_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"kams/backend/clock"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/service"
	"kams/backend/store"
	"kams/backend/store/storetest"
)

// newStore is a fresh database on the shared test clock; services over it
// take its clock (st.Clock()), so they and the store agree on "now".
func newStore(t testing.TB) *store.Store {
	t.Helper()
	return newStoreAt(t, clocktest.New().Clock())
}

// newStoreAt is a fresh database on the clock now (a copy of one migrated
// once: see storetest).
func newStoreAt(t testing.TB, now clock.Clock) *store.Store {
	t.Helper()
	path := storetest.Fresh(t, func(path string) error {
		s, err := store.Open(context.Background(), path, now)
		if err != nil {
			return err
		}
		return s.Close()
	})
	s, err := store.Open(context.Background(), path, now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func account(name string) domain.Account {
	return domain.Account{Name: name, Status: domain.StatusActive, Stage: domain.StageBasic}
}

func count(t *testing.T, s *store.Store) int {
	t.Helper()
	n, err := s.CountAccounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
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

func TestCreateTrimsOneLineFields(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	svc := service.NewAccounts(st, st.Clock())
	a := account("  华为技术有限公司 \t")
	a.ShortName, a.Manager, a.Region = " 华为 ", "\u3000王磊 ", " 华南\n"
	a.Notes = "  第一行\n第二行  " // long text keeps its layout
	v, err := svc.Create(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	got := v.Account
	if got.Name != "华为技术有限公司" || got.ShortName != "华为" || got.Manager != "王磊" || got.Region != "华南" {
		t.Errorf("name, short, manager, region = %q, %q, %q, %q; want them trimmed", got.Name, got.ShortName, got.Manager, got.Region)
	}
	if got.Notes != a.Notes {
		t.Errorf("Notes = %q, want it as typed", got.Notes)
	}
	if got.ID == 0 {
		t.Error("Create returned no id")
	}

	// A padded copy of the name is the same name.
	_, err = svc.Create(ctx, account(" 华为技术有限公司"))
	wantCode(t, err, domain.CodeConflict)
	if n := count(t, st); n != 1 {
		t.Errorf("%d accounts, want 1", n)
	}
}

func TestCreateRejectsInvalidWithoutWriting(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*domain.Account)
		field string
	}{
		{"blank name", func(a *domain.Account) { a.Name = "   " }, "name"},
		{"identification score 7", func(a *domain.Account) { a.Identification.Influence = 7 }, "identification.influence"},
		{"negative money", func(a *domain.Account) { a.OurSales = -1 }, "ourSales"},
		{"bad status", func(a *domain.Account) { a.Status = "closed" }, "status"},
		{"bad stage", func(a *domain.Account) { a.Stage = "" }, "stage"},
		{"huge notes", func(a *domain.Account) { a.Notes = strings.Repeat("x", 100_000) }, "notes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			st := newStore(t)
			svc := service.NewAccounts(st, st.Clock())
			a := account("华为")
			a.Manager = "王磊"
			tt.edit(&a)
			_, err := svc.Create(ctx, a)
			e := wantCode(t, err, domain.CodeValidation)
			if len(e.Fields) != 1 || e.Fields[0].Field != tt.field {
				t.Errorf("fields = %+v, want one on %q", e.Fields, tt.field)
			}
			if n := count(t, st); n != 0 {
				t.Errorf("%d accounts written", n)
			}
			if m, err := svc.Managers(ctx); err != nil || len(m) != 0 {
				t.Errorf("managers = %v, %v; want none", m, err)
			}
		})
	}
}

func TestUpdateValidatesAndTrims(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	svc := service.NewAccounts(st, st.Clock())
	v, err := svc.Create(ctx, account("华为"))
	if err != nil {
		t.Fatal(err)
	}
	bad := v.Account
	bad.Identification.Market = 9
	_, err = svc.Update(ctx, bad)
	wantCode(t, err, domain.CodeValidation)
	if got, err := svc.Get(ctx, v.Account.ID); err != nil || got.Account.Identification.Market != 0 {
		t.Errorf("invalid update was saved: %+v, %v", got.Account.Identification, err)
	}

	good := v.Account
	good.Name = " 华为终端 "
	up, err := svc.Update(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	if up.Account.Name != "华为终端" {
		t.Errorf("Name = %q, want trimmed", up.Account.Name)
	}

	missing := good
	missing.ID, missing.Name = 9999, "不存在的客户"
	if _, err := svc.Update(ctx, missing); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("update of a missing account: %v, want not found", err)
	}
}

func TestScoresFollowSettings(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	accounts, settings := service.NewAccounts(st, st.Clock()), service.NewSettings(st)
	a := account("华为")
	a.Identification = domain.IdentificationScores{LargeOrders: 5, Strategic: 5}
	v, err := accounts.Create(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if v.Scores.Identification != 40 || v.Scores.KeyAccount { // (5+5) × 4
		t.Fatalf("default scores = %v, key %v; want 40, false", v.Scores.Identification, v.Scores.KeyAccount)
	}

	set, err := settings.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.Scoring.Identification = domain.IdentificationWeights{LargeOrders: 50, Strategic: 50}
	saved, err := settings.Save(ctx, set)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(saved, set) {
		t.Errorf("Save returned %+v, want %+v", saved, set)
	}

	got, err := accounts.Get(ctx, v.Account.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Scores.Identification != 100 || !got.Scores.KeyAccount {
		t.Errorf("after new weights: %v, key %v; want 100, true", got.Scores.Identification, got.Scores.KeyAccount)
	}
	page, err := accounts.Page(ctx, store.AccountQuery{})
	list := page.Rows
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Scores.Identification != 100 {
		t.Errorf("List scores = %+v, want one at 100", list)
	}

	set.Scoring.Threshold = 100.0
	set.Scoring.Identification = domain.IdentificationWeights{LargeOrders: 1, Market: 1}
	if _, err := settings.Save(ctx, set); err != nil {
		t.Fatal(err)
	}
	if got, err = accounts.Get(ctx, v.Account.ID); err != nil || got.Scores.Identification != 50 || got.Scores.KeyAccount {
		t.Errorf("after weights on large orders and market: %v, key %v, %v; want 50, false", got.Scores.Identification, got.Scores.KeyAccount, err)
	}
}

func TestTrashedAccountsAreScoredToo(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	svc := service.NewAccounts(st, st.Clock())
	a := account("华为")
	a.Identification = domain.IdentificationScores{LargeOrders: 5, Strategic: 5, Influence: 5, Technology: 5, Market: 5}
	v, err := svc.Create(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Delete(ctx, v.Account.ID); err != nil {
		t.Fatal(err)
	}
	page, err := svc.TrashPage(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	trash := page.Rows
	if len(trash) != 1 || page.Total != 1 || trash[0].Scores.Identification != 100 {
		t.Errorf("Trash() = %+v, want the account scored 100", trash)
	}
	if err := svc.Restore(ctx, v.Account.ID); err != nil {
		t.Fatal(err)
	}
	if err := svc.Purge(ctx, v.Account.ID); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("purging a live account: %v, want not found", err)
	}
}

func TestSettingsSaveRejectsInvalid(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*domain.Settings)
		field string
	}{
		{"identification weights sum to 0", func(s *domain.Settings) { s.Scoring.Identification = domain.IdentificationWeights{} }, "scoring.identification"},
		{"relationship weights sum to 0", func(s *domain.Settings) { s.Scoring.Relationship = domain.RelationshipWeights{} }, "scoring.relationship"},
		{"threshold 101", func(s *domain.Settings) { s.Scoring.Threshold = 101 }, "scoring.threshold"},
		{"unknown currency", func(s *domain.Settings) { s.Currency = "XYZ" }, "currency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			svc := service.NewSettings(newStore(t))
			// Something other than the defaults is saved first, so that
			// "unchanged" cannot be mistaken for "fell back to defaults".
			before := domain.DefaultSettings()
			before.Language, before.Currency = "en", "HKD"
			before.Scoring.Threshold = 70
			if _, err := svc.Save(ctx, before); err != nil {
				t.Fatal(err)
			}
			bad := before
			tt.edit(&bad)
			_, err := svc.Save(ctx, bad)
			e := wantCode(t, err, domain.CodeValidation)
			if len(e.Fields) != 1 || e.Fields[0].Field != tt.field {
				t.Errorf("fields = %+v, want one on %q", e.Fields, tt.field)
			}
			after, err := svc.Get(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(after, before) {
				t.Errorf("settings after refused save = %+v, want %+v", after, before)
			}
		})
	}
}

func TestSampleLoad(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	smp, accounts := service.NewSample(st, st.Clock()), service.NewAccounts(st, st.Clock())
	if err := smp.Load(ctx); err != nil {
		t.Fatal(err)
	}
	page, err := accounts.Page(ctx, store.AccountQuery{})
	list := page.Rows
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 12 {
		t.Fatalf("sample has %d accounts, want at least 12", len(list))
	}
	if len(list) != len(sample.Accounts()) {
		t.Errorf("loaded %d accounts, sample has %d", len(list), len(sample.Accounts()))
	}
	statuses := map[domain.AccountStatus]int{}
	quadrants := map[domain.Quadrant]int{}
	managers := map[string]bool{}
	for _, v := range list {
		statuses[v.Account.Status]++
		quadrants[v.Scores.Quadrant]++
		managers[v.Account.Manager] = true
		if !chinese(v.Account.Name) {
			t.Errorf("account name %q is not Chinese", v.Account.Name)
		}
		if v.Account.Manager == "" || !chinese(v.Account.Manager) {
			t.Errorf("%s: manager %q is not a Chinese name", v.Account.Name, v.Account.Manager)
		}
	}
	for _, s := range domain.AccountStatuses {
		if statuses[s] == 0 {
			t.Errorf("no sample account is %s", s)
		}
	}
	for _, q := range []domain.Quadrant{domain.QuadrantStrategic, domain.QuadrantDevelop, domain.QuadrantMaintain, domain.QuadrantOpportunistic} {
		if quadrants[q] == 0 {
			t.Errorf("no sample account in quadrant %s (quadrants: %v)", q, quadrants)
		}
	}
	mgrs, err := accounts.Managers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The manager picker offers the whole team: the managers of the
	// accounts and the members who lead none (pre-sales, service, 主管).
	if team := sample.Team(st.Clock()()).Members; len(mgrs) != len(team) || len(managers) != 5 {
		t.Errorf("Managers() = %v, want the %d sample members, %d of them managing accounts", mgrs, len(team), len(managers))
	}

	// The sample is in the book once.
	before := count(t, st)
	e := wantCode(t, smp.Load(ctx), domain.CodeConflict)
	if e.Key != "error.sampleLoaded" {
		t.Errorf("key = %q, want error.sampleLoaded", e.Key)
	}
	if n := count(t, st); n != before {
		t.Errorf("%d accounts after refused load, want %d", n, before)
	}
}

// chinese reports whether s is written in Han characters (spaces and
// punctuation aside) with no Latin letters.
func chinese(s string) bool {
	han := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return han
}

func TestSampleAccountsAreValidAndNormal(t *testing.T) {
	for _, a := range sample.Accounts() {
		if err := a.Validate(); err != nil {
			t.Errorf("%s: %v", a.Name, err)
		}
		n := a
		domain.TrimAccount(&n)
		if !reflect.DeepEqual(n, a) {
			t.Errorf("%s: has untrimmed fields", a.Name)
		}
	}
}

// The sample loads into a book that has the user's accounts (live or in
// the trash), and removing it untouched takes away all it wrote and
// nothing of the user's.
func TestSampleLoadsIntoANonEmptyBookAndComesOut(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(context.Context, *service.Accounts) error
	}{
		{"a live account", func(ctx context.Context, a *service.Accounts) error {
			_, err := a.Create(ctx, account("我的客户"))
			return err
		}},
		{"an account in the trash", func(ctx context.Context, a *service.Accounts) error {
			v, err := a.Create(ctx, account("我的客户"))
			if err != nil {
				return err
			}
			return a.Delete(ctx, v.Account.ID)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			st := newStore(t)
			if err := tt.prepare(ctx, service.NewAccounts(st, st.Clock())); err != nil {
				t.Fatal(err)
			}
			smp := service.NewSample(st, st.Clock())
			if err := smp.Load(ctx); err != nil {
				t.Fatalf("loading the sample into a book with an account: %v", err)
			}
			if n := count(t, st); n != 1+len(sample.Accounts()) {
				t.Errorf("%d accounts after the load, want 1 + %d", n, len(sample.Accounts()))
			}
			if loaded, err := smp.Loaded(ctx); err != nil || !loaded {
				t.Errorf("Loaded = %v, %v after the load", loaded, err)
			}
			got, err := smp.Remove(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got.Removed != len(sample.Accounts()) || len(got.Kept) != 0 {
				t.Errorf("removal = %+v, want all %d sample accounts removed", got, len(sample.Accounts()))
			}
			if n := count(t, st); n != 1 {
				t.Errorf("%d accounts after the removal, want the user's 1", n)
			}
			if members, err := service.NewAccounts(st, st.Clock()).Managers(ctx); err != nil || len(members) != 0 {
				t.Errorf("team after the removal = %v, %v; want empty", members, err)
			}
			if loaded, err := smp.Loaded(ctx); err != nil || loaded {
				t.Errorf("Loaded = %v, %v after the removal", loaded, err)
			}
		})
	}
}

func TestSampleShouldOffer(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(context.Context, *store.Store) error
		want    bool
	}{
		{"new database", func(context.Context, *store.Store) error { return nil }, true},
		{"after dismiss", func(ctx context.Context, s *store.Store) error { return service.NewSample(s, s.Clock()).Dismiss(ctx) }, false},
		{"after load", func(ctx context.Context, s *store.Store) error { return service.NewSample(s, s.Clock()).Load(ctx) }, false},
		{"own accounts", func(ctx context.Context, s *store.Store) error {
			_, err := service.NewAccounts(s, s.Clock()).Create(ctx, account("我的客户"))
			return err
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			st := newStore(t)
			if err := tt.prepare(ctx, st); err != nil {
				t.Fatal(err)
			}
			got, err := service.NewSample(st, st.Clock()).ShouldOffer(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("ShouldOffer = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSampleDismissThenEmptyStaysDismissed(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	accounts, smp := service.NewAccounts(st, st.Clock()), service.NewSample(st, st.Clock())
	if err := smp.Dismiss(ctx); err != nil {
		t.Fatal(err)
	}
	v, err := accounts.Create(ctx, account("我的客户"))
	if err != nil {
		t.Fatal(err)
	}
	if err := accounts.Delete(ctx, v.Account.ID); err != nil {
		t.Fatal(err)
	}
	if err := accounts.Purge(ctx, v.Account.ID); err != nil {
		t.Fatal(err)
	}
	if got, err := smp.ShouldOffer(ctx); err != nil || got {
		t.Errorf("ShouldOffer on an emptied database = %v, %v; want false: the user said no once", got, err)
	}
}

func TestSystemLanguage(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"Chinese LANG", map[string]string{"LANG": "zh_CN.UTF-8"}, "zh-CN"},
		{"English LANG", map[string]string{"LANG": "en_US.UTF-8"}, "en"},
		{"C locale", map[string]string{"LANG": "C"}, ""},
		{"C.UTF-8 locale", map[string]string{"LANG": "C.UTF-8"}, ""},
		{"POSIX locale", map[string]string{"LANG": "POSIX"}, ""},
		{"nothing set", map[string]string{}, ""},
		{"LC_ALL over LANG (English)", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"},
		{"LC_ALL over LANG (Chinese)", map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh-CN"},
		{"LC_MESSAGES over LANG", map[string]string{"LC_MESSAGES": "zh_CN.GB18030", "LANG": "en_US.UTF-8"}, "zh-CN"},
		{"LC_ALL over LC_MESSAGES", map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "en"},
		{"other Chinese locales", map[string]string{"LANG": "zh_TW.UTF-8"}, "zh-CN"},
		{"bare zh", map[string]string{"LANG": "zh"}, "zh-CN"},
		{"other languages are English", map[string]string{"LANG": "de_DE.UTF-8"}, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string { return tt.env[k] }
			if got := service.SystemLanguage(getenv); got != tt.want {
				t.Errorf("SystemLanguage(%v) = %q, want %q", tt.env, got, tt.want)
			}
		})
	}
}

func TestSystemLanguageReadsEnvironment(t *testing.T) {
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	if got := service.SystemLanguage(nil); got != "zh-CN" {
		t.Errorf("SystemLanguage(nil) with LC_ALL=zh_CN.UTF-8 = %q, want zh-CN", got)
	}
}
