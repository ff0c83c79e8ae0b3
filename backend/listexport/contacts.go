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
	return f.batches(ctx, src, func(accounts []domain.Account) error {
		// A page of accounts' people in one read; an account's people are
		// few (the account page shows them whole).
		list, err := src.Store.ContactsOfAccounts(ctx, ids(accounts))
		if err != nil {
			return err
		}
		people := map[int64][]domain.Contact{}
		names := make(map[int64]string, len(list))
		for _, c := range list {
			people[c.AccountID] = append(people[c.AccountID], c)
			names[c.ID] = c.Name
		}
		for _, a := range accounts {
			if err := contactsOf(a, people[a.ID], names, f, lang, emit); err != nil {
				return err
			}
		}
		return nil
	})
}

func contactsOf(a domain.Account, people []domain.Contact, names map[int64]string, f ContactFilter, lang string, emit Emit) error {
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
}
