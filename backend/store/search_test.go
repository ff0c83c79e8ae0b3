package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"kams/backend/domain"
)

func addContact(t testing.TB, s *Store, accountID int64, name, title string) int64 {
	t.Helper()
	id, err := s.CreateContact(context.Background(), domain.Contact{AccountID: accountID, Name: name, Title: title,
		Influence: domain.InfluenceMedium})
	if err != nil {
		t.Fatalf("CreateContact(%s): %v", name, err)
	}
	return id
}

func addInteraction(t testing.TB, s *Store, accountID int64, summary string) int64 {
	t.Helper()
	id, err := s.CreateInteraction(context.Background(), domain.Interaction{AccountID: accountID, Date: "2026-04-01",
		Kind: "meeting", Summary: summary})
	if err != nil {
		t.Fatalf("CreateInteraction(%s): %v", summary, err)
	}
	return id
}

func search(t *testing.T, s *Store, q string) SearchResults {
	t.Helper()
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	if res.Accounts == nil || res.Contacts == nil || res.Interactions == nil {
		t.Fatalf("Search(%q) has a nil group: the UI would receive null: %+v", q, res)
	}
	return res
}

func hitIDs(hits []SearchHit) []int64 {
	out := []int64{}
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

// found is what a search returned, as ids per kind.
type found struct{ accounts, contacts, interactions []int64 }

func foundBy(t *testing.T, s *Store, q string) found {
	t.Helper()
	res := search(t, s, q)
	return found{hitIDs(res.Accounts), hitIDs(res.Contacts), hitIDs(res.Interactions)}
}

func ids(v ...int64) []int64 { return append([]int64{}, v...) }

func TestSearchFindsSubstrings(t *testing.T) {
	s := newStore(t)
	hw := fullAccount("华为技术有限公司", "王磊")
	hw.ShortName, hw.EnglishName, hw.Industry, hw.Region = "华为", "Huawei Technologies Co., Ltd.", "通信设备", "华南"
	huawei := create(t, s, hw)
	zte := create(t, s, account("中兴通讯股份有限公司"))

	zhang := addContact(t, s, huawei, "张伟", "采购总监")
	zhangMin := addContact(t, s, zte, "张敏", "CIO")
	// "张" in a title only: one-character queries look at names only.
	li := addContact(t, s, huawei, "李娜", "主张派代表")
	mail, err := s.Contact(context.Background(), li)
	if err != nil {
		t.Fatal(err)
	}
	mail.Email, mail.WeChat = "Li.Na@huawei.com", "lina_2026"
	if err := s.UpdateContact(context.Background(), mail); err != nil {
		t.Fatal(err)
	}

	budget := addInteraction(t, s, huawei, "双方讨论了数字化转型方案的预算，张总表示支持")
	mes := addInteraction(t, s, zte, "MES demo for the plant; next: pricing")

	none := found{ids(), ids(), ids()}
	tests := []struct {
		q    string
		want found
	}{
		{"张", found{ids(), ids(zhangMin, zhang), ids()}},
		{"张伟", found{ids(), ids(zhang), ids()}},
		{"  张伟\t", found{ids(), ids(zhang), ids()}},
		{"华", found{ids(huawei), ids(), ids()}},
		{"华为", found{ids(huawei), ids(), ids()}},
		{"技术有", found{ids(huawei), ids(), ids()}},
		{"技术有限", found{ids(huawei), ids(), ids()}},
		{"有限公司", found{ids(zte, huawei), ids(), ids()}},
		{"华为技术有限公司", found{ids(huawei), ids(), ids()}},
		{"通信设", found{ids(huawei), ids(), ids()}},
		{"华南", found{ids(huawei), ids(), ids()}},
		{"采购", found{ids(), ids(zhang), ids()}},
		{"采购总监", found{ids(), ids(zhang), ids()}},
		{"主张", found{ids(), ids(li), ids()}},
		{"预算", found{ids(), ids(), ids(budget)}},
		{"数字化转型", found{ids(), ids(), ids(budget)}},
		{"张总", found{ids(), ids(), ids(budget)}},
		{"HUAWEI", found{ids(huawei), ids(li), ids()}},
		{"Huawei Tech", found{ids(huawei), ids(), ids()}},
		{"hu", found{ids(huawei), ids(li), ids()}}, // bigram: Huawei, li.na@huawei.com
		{"h", found{ids(huawei), ids(), ids()}},    // names only: the English name
		{"li.na@", found{ids(), ids(li), ids()}},
		{"LINA_2026", found{ids(), ids(li), ids()}},
		{"mes", found{ids(), ids(), ids(mes)}},
		{"Demo", found{ids(), ids(), ids(mes)}},
		{"next: pricing", found{ids(), ids(), ids(mes)}},
		{"微软", none},
		{"华为中兴", none},
		{"", none},
		{"   ", none},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := foundBy(t, s, tt.q)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Search(%q) = %+v, want %+v", tt.q, got, tt.want)
			}
		})
	}

	// The hits carry what the UI shows.
	res := search(t, s, "张伟")
	want := SearchHit{Kind: "contact", ID: zhang, AccountID: huawei, Title: "张伟", Detail: "采购总监 · 华为技术有限公司"}
	if len(res.Contacts) != 1 || res.Contacts[0] != want {
		t.Errorf("contact hit = %+v, want %+v", res.Contacts, want)
	}
	res = search(t, s, "华为技术")
	wantA := SearchHit{Kind: "account", ID: huawei, AccountID: huawei, Title: "华为技术有限公司", Detail: "华为 · 通信设备 · 华南"}
	if len(res.Accounts) != 1 || res.Accounts[0] != wantA {
		t.Errorf("account hit = %+v, want %+v", res.Accounts, wantA)
	}
	res = search(t, s, "预算")
	if len(res.Interactions) != 1 || res.Interactions[0].AccountID != huawei || res.Interactions[0].Kind != "interaction" ||
		!strings.HasPrefix(res.Interactions[0].Title, "双方讨论") || res.Interactions[0].Detail != "2026-04-01 · 华为技术有限公司" {
		t.Errorf("interaction hit = %+v", res.Interactions)
	}
}

func TestSearchGroupsNewestFirstAndLimits(t *testing.T) {
	s := newStore(t)
	var accounts, contacts, interactions []int64
	for i := range SearchLimit + 5 {
		a := create(t, s, account(fmt.Sprintf("李氏集团%d", i)))
		accounts = append(accounts, a)
		contacts = append(contacts, addContact(t, s, a, fmt.Sprintf("李明%d", i), ""))
		interactions = append(interactions, addInteraction(t, s, a, fmt.Sprintf("第%d次季度回顾", i)))
	}
	newest := func(list []int64) []int64 {
		out := []int64{}
		for i := len(list) - 1; i >= len(list)-SearchLimit; i-- {
			out = append(out, list[i])
		}
		return out
	}
	for _, q := range []string{"李", "李氏", "李氏集", "李氏集团"} {
		got := foundBy(t, s, q)
		if !reflect.DeepEqual(got.accounts, newest(accounts)) {
			t.Errorf("%q accounts = %v, want the %d newest %v", q, got.accounts, SearchLimit, newest(accounts))
		}
	}
	for _, q := range []string{"李", "李明", "李明1"} {
		got := foundBy(t, s, q)
		want := newest(contacts)
		if q == "李明1" { // 李明1, 李明10 … 李明19
			want = []int64{}
			for i := len(contacts) - 1; i >= 0; i-- {
				if strings.HasPrefix(fmt.Sprintf("李明%d", i), "李明1") {
					want = append(want, contacts[i])
				}
			}
		}
		if !reflect.DeepEqual(got.contacts, want) {
			t.Errorf("%q contacts = %v, want %v", q, got.contacts, want)
		}
	}
	for _, q := range []string{"季度", "季度回顾"} {
		got := foundBy(t, s, q)
		if !reflect.DeepEqual(got.interactions, newest(interactions)) {
			t.Errorf("%q interactions = %v, want %v", q, got.interactions, newest(interactions))
		}
	}
}

func TestSearchFollowsEditsAndTrash(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	acc := create(t, s, account("华为技术有限公司"))
	p := addContact(t, s, acc, "张伟", "采购总监")
	i := addInteraction(t, s, acc, "讨论数字化转型预算")

	check := func(step, q string, want found) {
		t.Helper()
		if got := foundBy(t, s, q); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Search(%q) = %+v, want %+v", step, q, got, want)
		}
	}
	check("created", "张伟", found{ids(), ids(p), ids()})

	// Trash and restore of a contact: it leaves the index (so it takes no
	// place among the newest hits) and comes back.
	if err := s.TrashContact(ctx, p); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"张", "张伟", "采购总"} {
		check("contact trashed", q, found{ids(), ids(), ids()})
	}
	if got := indexed(t, s, kindContact, p); got != [2]int{} {
		t.Errorf("trashed contact still has index rows %v", got)
	}
	if err := s.RestoreContact(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := indexed(t, s, kindContact, p); got != [2]int{1, 1} {
		t.Errorf("restored contact has index rows %v, want one in each table", got)
	}
	check("contact restored", "张伟", found{ids(), ids(p), ids()})
	check("contact restored", "采购总", found{ids(), ids(p), ids()})

	// A new name is found, the old one not.
	c, err := s.Contact(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	c.Name, c.Title = "张伟强", "信息总监"
	if err := s.UpdateContact(ctx, c); err != nil {
		t.Fatal(err)
	}
	check("renamed", "张伟强", found{ids(), ids(p), ids()})
	check("renamed", "伟强", found{ids(), ids(p), ids()})
	check("renamed", "信息总监", found{ids(), ids(p), ids()})
	check("renamed", "采购", found{ids(), ids(), ids()})
	check("renamed", "采购总监", found{ids(), ids(), ids()})

	// Interactions: edit, trash, restore.
	in, err := s.Interaction(ctx, i)
	if err != nil {
		t.Fatal(err)
	}
	in.Summary = "确认了报价"
	if err := s.UpdateInteraction(ctx, in); err != nil {
		t.Fatal(err)
	}
	check("summary edited", "报价", found{ids(), ids(), ids(i)})
	check("summary edited", "预算", found{ids(), ids(), ids()})
	if err := s.TrashInteraction(ctx, i); err != nil {
		t.Fatal(err)
	}
	check("interaction trashed", "报价", found{ids(), ids(), ids()})
	if got := indexed(t, s, kindInteraction, i); got != [2]int{} {
		t.Errorf("trashed interaction still has index rows %v", got)
	}
	if err := s.RestoreInteraction(ctx, i); err != nil {
		t.Fatal(err)
	}
	check("interaction restored", "确认了报价", found{ids(), ids(), ids(i)})

	// Accounts: rename, trash (hides its people and interactions), restore.
	a, err := s.Account(ctx, acc)
	if err != nil {
		t.Fatal(err)
	}
	a.Name = "华为终端有限公司"
	if err := s.UpdateAccount(ctx, a); err != nil {
		t.Fatal(err)
	}
	check("account renamed", "华为终端", found{ids(acc), ids(), ids()})
	check("account renamed", "技术有限", found{ids(), ids(), ids()})
	if err := s.TrashAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"华", "华为", "华为终端", "张", "张伟强", "伟强", "报价", "确认了报价"} {
		check("account trashed", q, found{ids(), ids(), ids()})
	}
	if err := s.RestoreAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	check("account restored", "华为终端", found{ids(acc), ids(), ids()})
	check("account restored", "张伟强", found{ids(), ids(p), ids()})
	check("account restored", "报价", found{ids(), ids(), ids(i)})
}

// indexed counts the index rows of a record in each search table.
func indexed(t *testing.T, s *Store, kind, id int64) [2]int {
	t.Helper()
	var out [2]int
	for n, table := range []string{"search_tri", "search_bi"} {
		if err := s.r.QueryRow("SELECT count(*) FROM "+table+" WHERE rowid = ?", searchRowID(kind, id)).Scan(&out[n]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func indexSize(t *testing.T, s *Store) [2]int {
	t.Helper()
	var out [2]int
	for n, table := range []string{"search_tri", "search_bi"} {
		if err := s.r.QueryRow("SELECT count(*) FROM " + table).Scan(&out[n]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestPurgeLeavesNoIndexRows(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	keep := create(t, s, account("保留客户"))
	addContact(t, s, keep, "保留的人", "")
	addInteraction(t, s, keep, "保留的记录")
	before := indexSize(t, s)

	acc := create(t, s, account("华为技术有限公司"))
	p := addContact(t, s, acc, "张伟", "采购总监")
	q := addContact(t, s, acc, "李娜", "")
	i := addInteraction(t, s, acc, "讨论数字化转型预算")
	j := addInteraction(t, s, acc, "已删除的记录")
	if err := s.TrashContact(ctx, q); err != nil { // already out of the index
		t.Fatal(err)
	}
	if err := s.TrashInteraction(ctx, j); err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct{ kind, id int64 }{{kindAccount, acc}, {kindContact, p}, {kindInteraction, i}} {
		if got := indexed(t, s, r.kind, r.id); got != [2]int{1, 1} {
			t.Fatalf("record %d/%d is in the index %v times, want once in each table", r.kind, r.id, got)
		}
	}
	if err := s.TrashAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	if err := s.PurgeAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct{ kind, id int64 }{{kindAccount, acc}, {kindContact, p}, {kindContact, q},
		{kindInteraction, i}, {kindInteraction, j}} {
		if got := indexed(t, s, r.kind, r.id); got != [2]int{} {
			t.Errorf("purged record %d/%d still has index rows %v", r.kind, r.id, got)
		}
	}
	if after := indexSize(t, s); after != before {
		t.Errorf("index size %v after purge, want %v as before the account", after, before)
	}
	// Purging a contact takes it out as well (it left when trashed).
	r := addContact(t, s, keep, "临时", "")
	if err := s.TrashContact(ctx, r); err != nil {
		t.Fatal(err)
	}
	if err := s.PurgeContact(ctx, r); err != nil {
		t.Fatal(err)
	}
	if after := indexSize(t, s); after != before {
		t.Errorf("index size %v after purging a contact, want %v", after, before)
	}
}

func TestSearchSpecialCharacters(t *testing.T) {
	s := newStore(t)
	acc := create(t, s, account(`100% "纯" 净水_公司`))
	under := addContact(t, s, acc, "a_b", "")
	addContact(t, s, acc, "axb", "")
	quote := addContact(t, s, acc, "O'Brien", "")
	pct := addContact(t, s, acc, "50%", "")
	addContact(t, s, acc, "500", "")
	for _, q := range []string{`"`, `""`, `"""`, `%`, `%%`, `_`, `__`, `'`, `''`, `\`, `*`, `(`, `)`, `-`, `:`, `^`,
		`"华为`, `华为"`, `华"为`, `华为*`, `AND`, `OR`, `NOT`, `NEAR(a b)`, `a OR b`, `"; DROP TABLE accounts; --`,
		`%_'"\`, `col:华为`, `{body}:x`, `+`, `a*`, "\x00", "华\u200b为", strings.Repeat("华为", 200)} {
		t.Run(q, func(t *testing.T) { search(t, s, q) })
	}
	tests := []struct {
		q        string
		contacts []int64
		accounts []int64
	}{
		{"_", ids(under), ids(acc)},
		{"a_b", ids(under), ids()},
		{"%", ids(pct), ids(acc)},
		{"50%", ids(pct), ids()},
		{"'", ids(quote), ids()},
		{"o'brien", ids(quote), ids()},
		{`"纯"`, ids(), ids(acc)},
		{`"`, ids(), ids(acc)},
		{"水_公", ids(), ids(acc)},
	}
	for _, tt := range tests {
		got := foundBy(t, s, tt.q)
		if !reflect.DeepEqual(got.contacts, tt.contacts) || !reflect.DeepEqual(got.accounts, tt.accounts) {
			t.Errorf("Search(%q) = accounts %v contacts %v; want %v %v", tt.q, got.accounts, got.contacts, tt.accounts, tt.contacts)
		}
	}
}

// TestReindexAll: the migration that creates the index fills it from the
// accounts already there.
func TestReindexAll(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	hw := create(t, s, account("华为技术有限公司"))
	zte := create(t, s, account("中兴通讯"))
	gone := create(t, s, account("华为终端"))
	if err := s.TrashAccount(ctx, gone); err != nil {
		t.Fatal(err)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{"DELETE FROM search_tri", "DELETE FROM search_bi"} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := foundBy(t, s, "华为"); len(got.accounts) != 0 {
		t.Fatalf("accounts found with an empty index: %v", got.accounts)
	}
	if err := s.tx(ctx, func(tx *sql.Tx) error { return reindexAll(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string][]int64{"华为": ids(hw), "技术有限": ids(hw), "中兴": ids(zte), "通讯": ids(zte), "华为终端": ids()} {
		if got := foundBy(t, s, q); !reflect.DeepEqual(got.accounts, want) {
			t.Errorf("after reindex, Search(%q) accounts = %v, want %v", q, got.accounts, want)
		}
	}
	if got := indexed(t, s, kindAccount, gone); got != [2]int{} {
		t.Errorf("trashed account indexed: %v", got)
	}
}

// TestMigrationIndexesExistingAccounts opens a database left at schema 1,
// with accounts in it, and checks migration 2 made them searchable.
func TestMigrationIndexesExistingAccounts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{migrations[0],
		`INSERT INTO accounts (name, short_name, english_name, status, stage, created_at, updated_at)
			VALUES ('华为技术有限公司', '华为', 'Huawei', 'active', 'basic', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
		`INSERT INTO accounts (name, status, stage, created_at, updated_at, deleted_at)
			VALUES ('已删除公司', 'lost', 'basic', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z')`,
		"PRAGMA user_version = 1"}
	for _, q := range stmts {
		if _, err := db.ExecContext(ctx, q); err != nil {
			db.Close()
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	s := openAt(t, path)
	for q, want := range map[string]int{"华为": 1, "技术有限公司": 1, "HUAWEI": 1, "已删除": 0} {
		if got := foundBy(t, s, q); len(got.accounts) != want {
			t.Errorf("after migration, Search(%q) found %d accounts, want %d", q, len(got.accounts), want)
		}
	}
}

// TestSearchSeesPastTrashedAccounts: the newest hits are taken from the
// index before the trash filter; a trashed account with many matching
// records must not hide the live ones.
func TestSearchSeesPastTrashedAccounts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	live := create(t, s, account("保留客户"))
	p := addContact(t, s, live, "张伟", "")
	i := addInteraction(t, s, live, "季度回顾")
	gone := create(t, s, account("已删除客户"))
	for n := range SearchLimit {
		addContact(t, s, gone, fmt.Sprintf("张伟%d", n), "")
		addInteraction(t, s, gone, fmt.Sprintf("第%d次季度回顾", n))
	}
	if err := s.TrashAccount(ctx, gone); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]found{"张伟": {ids(), ids(p), ids()}, "季度": {ids(), ids(), ids(i)}, "季度回顾": {ids(), ids(), ids(i)}} {
		if got := foundBy(t, s, q); !reflect.DeepEqual(got, want) {
			t.Errorf("Search(%q) = %+v, want the live account's record %+v", q, got, want)
		}
	}
}

// Editing or restoring a person or an interaction of a trashed account
// leaves them out of the search, as trashing the account took them out;
// restoring the account brings them back with their new text.
func TestTrashedAccountChildrenStayUnindexed(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	acc := create(t, s, account("华为技术有限公司"))
	p := addContact(t, s, acc, "张伟", "采购总监")
	q := addContact(t, s, acc, "李娜", "财务经理")
	i := addInteraction(t, s, acc, "讨论数字化转型预算")
	j := addInteraction(t, s, acc, "季度回顾会议")
	if err := s.TrashContact(ctx, q); err != nil {
		t.Fatal(err)
	}
	if err := s.TrashInteraction(ctx, j); err != nil {
		t.Fatal(err)
	}
	if err := s.TrashAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}

	c, err := s.Contact(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "张伟强"
	if err := s.UpdateContact(ctx, c); err != nil {
		t.Fatal(err)
	}
	in, err := s.Interaction(ctx, i)
	if err != nil {
		t.Fatal(err)
	}
	in.Summary = "确认了报价"
	if err := s.UpdateInteraction(ctx, in); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreContact(ctx, q); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreInteraction(ctx, j); err != nil {
		t.Fatal(err)
	}

	for _, r := range []struct {
		kind, id int64
	}{{kindContact, p}, {kindContact, q}, {kindInteraction, i}, {kindInteraction, j}} {
		if got := indexed(t, s, r.kind, r.id); got != [2]int{} {
			t.Errorf("record %d/%d of a trashed account has index rows %v", r.kind, r.id, got)
		}
	}
	for _, query := range []string{"张伟强", "李娜", "报价", "季度回顾"} {
		if got := foundBy(t, s, query); !reflect.DeepEqual(got, found{ids(), ids(), ids()}) {
			t.Errorf("account trashed: Search(%q) = %+v, want nothing", query, got)
		}
	}

	if err := s.RestoreAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]found{
		"张伟强": {ids(), ids(p), ids()}, "李娜": {ids(), ids(q), ids()},
		"报价": {ids(), ids(), ids(i)}, "季度回顾": {ids(), ids(), ids(j)},
	} {
		if got := foundBy(t, s, query); !reflect.DeepEqual(got, want) {
			t.Errorf("account restored: Search(%q) = %+v, want %+v", query, got, want)
		}
	}
}
