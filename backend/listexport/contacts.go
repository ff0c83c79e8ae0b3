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
		Name:    "contacts",
		Title:   Column{Zh: "联系人", En: "Contacts"},
		Sheet:   domain.SheetContacts,
		Columns: []Column{{"lastContact", "最近联系", "Last contact", 12}},
		Check:   func(ctx context.Context, src Source, f *ContactFilter) error { return f.check(ctx, src) },
		Rows:    contactRows,
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
			r := Row{"name": c.Name, "account": a.Name, "title": c.Title, "department": c.Department,
				"reportsTo": names[c.ReportsTo], "phone": c.Phone, "mobile": c.Mobile, "email": c.Email,
				"wechat": c.WeChat, "birthday": Date(c.Birthday), "role": choice(lang, domain.EnumRole, string(c.Role)),
				"attitude": attitudeLabel(lang, c.Attitude), "influence": choice(lang, domain.EnumInfluence, string(c.Influence)),
				"interests": c.Interests, "notes": c.Notes, "lastContact": Date(c.LastContact)}
			if c.Strength > 0 {
				r["strength"] = c.Strength
			}
			if err := emit(r); err != nil {
				return err
			}
		}
		return nil
	})
}
