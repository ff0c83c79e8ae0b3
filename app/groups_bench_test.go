package app

import (
	"testing"

	"kams/backend/service"
	"kams/backend/store"
)

// BenchmarkGroups is the groups' screens on the big book (200 groups of
// three to five accounts): the groups list, a group's page and its
// accounts, the accounts list by group and filtered to one, the matrix
// on one group. Measured with the other screens:
//
//	go test ./app -run '^$' -bench Groups -benchtime 200x
func BenchmarkGroups(b *testing.B) {
	_, f := bench(b)
	page, err := f.groups.Page(store.GroupQuery{Limit: 50})
	if err != nil || len(page.Rows) == 0 {
		b.Fatalf("no groups in the big book: %v", err)
	}
	head := page.Rows[0].ID
	b.Run("Page", func(b *testing.B) {
		measure(b, nil, func() (service.GroupPage, error) { return f.groups.Page(store.GroupQuery{Limit: 50}) })
	})
	b.Run("Page/name", func(b *testing.B) {
		measure(b, nil, func() (service.GroupPage, error) {
			return f.groups.Page(store.GroupQuery{Sort: "name", Text: "苏州", Limit: 50})
		})
	})
	b.Run("Get", func(b *testing.B) { measure(b, nil, func() (service.GroupView, error) { return f.groups.Get(head) }) })
	b.Run("Members", func(b *testing.B) {
		measure(b, nil, func() (service.MemberPage, error) { return f.groups.Members(head, 0, 100) })
	})
	for _, c := range []struct {
		name string
		q    store.AccountQuery
	}{
		{"by-group", store.AccountQuery{Sort: "group", Limit: 50}},
		{"by-group/page-40", store.AccountQuery{Sort: "group", Offset: 2000, Limit: 50}},
		{"in-groups", store.AccountQuery{InGroups: true, Sort: "name", Limit: 50}},
		{"one-group", store.AccountQuery{Group: head, Sort: "group", Limit: 50}},
	} {
		b.Run("Accounts/"+c.name, func(b *testing.B) {
			measure(b, nil, func() (service.AccountPage, error) { return f.accounts.Page(c.q) })
		})
	}
	b.Run("Matrix/one-group", func(b *testing.B) {
		measure(b, nil, func() (service.MatrixData, error) { return f.matrix.Points(service.MatrixFilter{GroupID: head}) })
	})
}
