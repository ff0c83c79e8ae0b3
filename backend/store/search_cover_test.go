package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"kams/backend/domain"
)

func TestCoverTrigrams(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"abcdef", []string{"abc", "def"}},
		{"abcdefg", []string{"abc", "def", "efg"}},
		{"user123@corp", []string{"use", "r12", "3@c", "orp"}},
		{"供应链数据中心", []string{"供应链", "数据中", "据中心"}},
		{"erp供应链系统", []string{"erp", "供应链", "链系统"}},
	} {
		if got := coverTrigrams(c.q); !reflect.DeepEqual(got, c.want) {
			t.Errorf("coverTrigrams(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestCoverable(t *testing.T) {
	for q, want := range map[string]bool{
		"kubernetes":    true,
		"user123@corp":  true,
		"数字化转型智能制造":     true,
		"erp供应链系统":      true,
		"a b c-d":       true,
		"short":         false, // five characters: the phrase is as cheap
		"数字化转型":         false,
		"müller-straße": false, // letters with case: the index folds them its own way
		"ελληνικά λέξη": false,
	} {
		if got := coverable(q); got != want {
			t.Errorf("coverable(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestSearchLongQueriesWithCommonPieces checks long queries whose every
// piece is common: records holding all the pieces but not the string must
// not be found, and the matches must come exactly newest first, even when
// many such near-misses are newer than the matches.
func TestSearchLongQueriesWithCommonPieces(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	type rec struct {
		kind int64
		id   int64
		text string
	}
	var recs []rec
	addAccount := func(name string) int64 {
		id := create(t, s, account(name))
		recs = append(recs, rec{kindAccount, id, name})
		return id
	}
	home := addAccount("上海恒通汽车股份有限公司")
	// The pieces go in the interests, which take any text.
	addPerson := func(name, email string) {
		id, err := s.CreateContact(ctx, domain.Contact{AccountID: home, Name: name, Influence: domain.InfluenceMedium,
			Interests: email})
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec{kindContact, id, name + " " + email})
	}
	addNote := func(summary string) {
		recs = append(recs, rec{kindInteraction, addInteraction(t, s, home, summary), summary})
	}

	// Matches, more of them, then — newest — more near-misses than the
	// cover reads before it falls back to the phrase.
	for i := range 2*SearchLimit + 5 {
		addNote(fmt.Sprintf("ERP供应链系统与供应链数据中心 %d", i))
		addPerson(fmt.Sprintf("张敏%d", i), fmt.Sprintf("USER123@CORP.com.cn %d", i))
	}
	for i := range 5 {
		addNote(fmt.Sprintf("第%d次：供应链数据中心建设", i))
		addPerson(fmt.Sprintf("王伟%d", i), fmt.Sprintf("user123@corp%d.com", i))
		addAccount(fmt.Sprintf("北京供应链数据中心%d有限公司", i))
	}
	for i := range coverMaxMisses + 10 {
		addNote(fmt.Sprintf("供应链和数据中心的第%d次讨论", i))                               // 供应链 数据中 据中心, not adjacent
		addPerson(fmt.Sprintf("李娜%d", i), fmt.Sprintf("user12 3@corp%d.com", i)) // use r12 3@c orp
	}
	for i := range 3 {
		addNote(fmt.Sprintf("erp 供应链 系统 第%d", i)) // pieces of "erp供应链系统" apart
	}
	// Quotes and FTS5 operators are text like any other.
	addNote(`他说"供应链数据中心" AND (NOT) 很重要*`)
	addNote(`他说 供应链数据中心 AND NOT 很重要`)
	// A match in the trash is not found.
	trashed := addInteraction(t, s, home, "供应链数据中心 已删除")
	if err := s.TrashInteraction(ctx, trashed); err != nil {
		t.Fatal(err)
	}

	// want is the newest SearchLimit records of each kind holding q.
	want := func(q string) found {
		q = strings.ToLower(q)
		var w [4][]int64
		for i := len(recs) - 1; i >= 0; i-- {
			r := recs[i]
			if len(w[r.kind]) < SearchLimit && strings.Contains(strings.ToLower(r.text), q) {
				w[r.kind] = append(w[r.kind], r.id)
			}
		}
		out := found{ids(w[kindAccount]...), ids(w[kindContact]...), ids(w[kindInteraction]...)}
		return out
	}
	for _, q := range []string{"供应链数据中心", "user123@corp", "USER123@CORP", "erp供应链系统", "ERP供应链系统与供应链",
		"数据中心建设", "数据中心的第1", "12 3@corp1", "23@corp4.com", "不存在的长词语", "心建设 已删除",
		`"供应链数据中心"`, `说"供应链数`, `AND (NOT) 很`, "(NOT) 很重要*", "AND NOT 很重要"} {
		w := want(q)
		if !coverable(strings.ToLower(q)) {
			t.Errorf("%q should take the covering trigrams", q)
		}
		if got := foundBy(t, s, q); !reflect.DeepEqual(got, w) {
			t.Errorf("Search(%q) =\n %v\nwant\n %v", q, got, w)
		}
	}
	// Sanity: the cases above do reach past the limit and the fallback.
	if got := foundBy(t, s, "供应链数据中心"); len(got.interactions) != SearchLimit || len(got.accounts) != 5 {
		t.Errorf("供应链数据中心: %d interactions, %d accounts", len(got.interactions), len(got.accounts))
	}
	if got := foundBy(t, s, "user123@corp"); len(got.contacts) != SearchLimit {
		t.Errorf("user123@corp: %d contacts", len(got.contacts))
	}
}

// TestMergeSearchIndexKeepsResults merges an index built by many small
// transactions and checks it has fewer segments and finds the same.
func TestMergeSearchIndexKeepsResults(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	acc := create(t, s, account("杭州海纳电子有限公司"))
	for i := range 60 {
		addInteraction(t, s, acc, fmt.Sprintf("第%d次 kubernetes 升级方案评审 %d", i, i*7))
		addContact(t, s, acc, fmt.Sprintf("陈杰%d", i), "信息中心主任")
	}
	segments := func() int {
		var n int
		if err := s.r.QueryRowContext(ctx, "SELECT count(DISTINCT segid) FROM search_tri_idx").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	queries := []string{"kubernetes", "升级方案评审", "信息中心主任", "陈杰1", "方案", "杰", "3次 kub"}
	before := map[string]found{}
	for _, q := range queries {
		before[q] = foundBy(t, s, q)
	}
	n := segments()
	if err := s.MergeSearchIndex(ctx); err != nil {
		t.Fatal(err)
	}
	if m := segments(); m >= n || m > 2 {
		t.Errorf("segments: %d before the merge, %d after", n, m)
	}
	for _, q := range queries {
		if got := foundBy(t, s, q); !reflect.DeepEqual(got, before[q]) {
			t.Errorf("after the merge Search(%q) = %v, want %v", q, got, before[q])
		}
	}
	// Merging again finds nothing to do and changes nothing.
	more, err := s.mergeSearchStep(ctx)
	if err != nil || more {
		t.Errorf("second merge: more %v, err %v", more, err)
	}
}
