package listexport

import (
	"context"

	"kams/backend/domain"
)

// ContactFilter picks the people of the accounts its scope picks (the
// account page's people tab: one account), by part of their name.
type ContactFilter struct {
	AccountScope
	Text string `json:"text" cli:"text" usage:"part of the person's name"`
}

func init() {
	register(Spec[ContactFilter]{
		Name:  "contacts",
		Title: Column{Zh: "联系人", En: "Contacts"},
		Columns: []Column{
			{"姓名", "Name", 12}, {"公司", "Company", 30}, {"职务", "Title", 14}, {"部门", "Department", 14},
			{"汇报对象", "Reports to", 12}, {"电话", "Phone", 16}, {"手机", "Mobile", 16}, {"邮箱", "E-mail", 24},
			{"微信", "WeChat", 14}, {"生日", "Birthday", 12}, {"采购角色", "Buying role", 14}, {"态度", "Attitude", 10},
			{"影响力", "Influence", 8}, {"关系强度", "Relationship strength", 10},
			{"工作、生活、兴趣、爱好", "Work, life, interests and hobbies", 30}, {"备注", "Notes", 30},
			{"最近联系", "Last contact", 12},
		},
		Check: func(ctx context.Context, src Source, f *ContactFilter) error { return f.check(ctx, src) },
		Rows:  contactRows,
	})
}

func contactRows(ctx context.Context, src Source, f ContactFilter, lang string, emit Emit) error {
	return f.each(ctx, src, func(a domain.Account) error {
		// An account's people are few (the account page shows them whole).
		people, err := src.Store.Contacts(ctx, a.ID)
		if err != nil {
			return err
		}
		names := make(map[int64]string, len(people))
		for _, c := range people {
			names[c.ID] = c.Name
		}
		for _, c := range people {
			if !contains(f.Text, c.Name) {
				continue
			}
			strength := any(nil)
			if c.Strength > 0 {
				strength = c.Strength
			}
			if err := emit(c.Name, a.Name, c.Title, c.Department, names[c.ReportsTo], c.Phone, c.Mobile, c.Email,
				c.WeChat, Date(c.Birthday), label(lang, "role", string(c.Role)), attitudeLabel(lang, c.Attitude),
				label(lang, "influence", string(c.Influence)), strength, c.Interests, c.Notes, Date(c.LastContact)); err != nil {
				return err
			}
		}
		return nil
	})
}
