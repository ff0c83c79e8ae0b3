package app

import (
	"kams/backend/service"
	"kams/backend/store"
)

// Groups are the customers' groups (集团) and subsidiaries (子公司), bound
// to the frontend.
type Groups struct{ svc *service.Groups }

// SetParent makes parent (0: none) the parent account of accountID.
func (g *Groups) SetParent(accountID, parent int64) (link store.GroupLink, err error) {
	defer guard(&err)
	return g.svc.SetParent(ctx(), accountID, parent)
}

// Page lists a page of the groups with their rollups.
func (g *Groups) Page(q store.GroupQuery) (page service.GroupPage, err error) {
	defer guard(&err)
	return g.svc.Page(ctx(), q)
}

// Get reads the group page of the group headed by id.
func (g *Groups) Get(id int64) (view service.GroupView, err error) {
	defer guard(&err)
	return g.svc.Get(ctx(), id)
}

// Members reads a page of a group's accounts in tree order.
func (g *Groups) Members(id int64, offset, limit int) (page service.MemberPage, err error) {
	defer guard(&err)
	return g.svc.Members(ctx(), id, offset, limit)
}
