package listexport

import (
	"context"
	"slices"

	"kams/backend/domain"
	"kams/backend/store"
)

// VisitFilter picks the interactions (visits, calls, meetings …) of the
// accounts its scope picks (the account page's timeline: one account), of
// some kinds, between two days.
type VisitFilter struct {
	AccountScope
	Kinds []string `json:"kinds" cli:"kind" usage:"kinds: visit, call, meeting, email, tech, demo, dinner, other"`
	From  string   `json:"from" cli:"from" usage:"from this day, YYYY-MM-DD"`
	To    string   `json:"to" cli:"to" usage:"to this day, YYYY-MM-DD"`
}

// visitPage is how many interactions one read takes.
const visitPage = 500

func init() {
	register(Spec[VisitFilter]{
		Name:    "visits",
		Title:   Column{Zh: "拜访记录", En: "Visits"},
		Sheet:   domain.SheetVisits,
		Columns: []Column{{"nextDone", "下一步已完成", "Next step done", 10}},
		Check: func(ctx context.Context, src Source, f *VisitFilter) error {
			kinds := []string{}
			for _, k := range domain.InteractionKinds {
				kinds = append(kinds, string(k))
			}
			if err := checkChoices(map[string][]string{"kind": f.Kinds}, map[string][]string{"kind": kinds}); err != nil {
				return err
			}
			if err := checkDates(map[string]string{"from": f.From, "to": f.To}); err != nil {
				return err
			}
			return f.check(ctx, src)
		},
		Rows: visitRows,
	})
}

// visitRows reads each account's interactions newest first, a page at a
// time (the timeline's index), so any number of them streams through; the
// names of the deals they are about are read for a page of accounts at
// once.
func visitRows(ctx context.Context, src Source, f VisitFilter, lang string, emit Emit) error {
	return f.batches(ctx, src, func(accounts []domain.Account) error {
		deals, err := src.Store.DealsOfAccounts(ctx, ids(accounts))
		if err != nil {
			return err
		}
		names := make(map[int64]string, len(deals))
		for _, d := range deals {
			names[d.ID] = d.Name
		}
		for _, a := range accounts {
			if err := visitsOf(ctx, src, a, names, f, lang, emit); err != nil {
				return err
			}
		}
		return nil
	})
}

func visitsOf(ctx context.Context, src Source, a domain.Account, deals map[int64]string, f VisitFilter, lang string, emit Emit) error {
	var at store.TimelineCursor
	if f.To != "" {
		// The newest the filter wants: after (To, ∞), newest first.
		at = store.TimelineCursor{Date: f.To, ID: 1<<63 - 1}
	}
	for {
		page, err := src.Store.VisitPage(ctx, a.ID, at, visitPage)
		if err != nil {
			return err
		}
		for _, i := range page {
			if f.From != "" && i.Date < f.From {
				return nil // older than the filter wants: the rest are too
			}
			if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, string(i.Kind)) {
				continue
			}
			if err := emit(Row{"account": a.Name, "date": Date(i.Date), "kind": choice(lang, domain.EnumVisitKind, string(i.Kind)),
				"contacts": joinNames(lang, i.ContactNames), "deal": deals[i.OpportunityID], "summary": i.Summary,
				"outcome": i.Outcome, "nextStep": i.NextStep, "nextDue": Date(i.NextDue), "nextDone": yesNo(lang, i.NextDone)}); err != nil {
				return err
			}
		}
		if len(page) < visitPage {
			return ctx.Err()
		}
		last := page[len(page)-1]
		at = store.TimelineCursor{Date: last.Date, ID: last.ID}
	}
}
