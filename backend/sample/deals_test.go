package sample

import (
	"slices"
	"testing"
	"time"

	"kams/backend/domain"
)

// closeDate is the deal's close date as Demo computes it.
func closeDate(d Deal, today time.Time) string {
	if d.Opportunity.Status == domain.DealOpen {
		return today.AddDate(0, 0, d.CloseInDays).Format(time.DateOnly)
	}
	return today.AddDate(0, 0, -d.ClosedDaysAgo).Format(time.DateOnly)
}

// lastTouch is the most recent touch's DaysAgo, or −1 without any.
func lastTouch(d Deal) int {
	if len(d.Touches) == 0 {
		return -1
	}
	return slices.Min(d.Touches)
}

func TestDealsBelongToSampleAccounts(t *testing.T) {
	groups := byAccount()
	names := map[string]bool{}
	for _, d := range Deals() {
		o := d.Opportunity
		people, ok := groups[d.Account]
		if !ok {
			t.Errorf("%s: unknown account %q", o.Name, d.Account)
			continue
		}
		if names[o.Name] {
			t.Errorf("deal name %q repeated", o.Name)
		}
		names[o.Name] = true
		if len(d.People) == 0 {
			t.Errorf("%s: nobody linked", o.Name)
		}
		linked := map[string]bool{}
		for _, p := range d.People {
			if _, ok := people[p.Key]; !ok || linked[p.Key] {
				t.Errorf("%s: person %q unknown at %s or repeated", o.Name, p.Key, d.Account)
			}
			linked[p.Key] = true
			if !slices.Contains(domain.BuyingRoles, p.Role) {
				t.Errorf("%s: %s has role %q", o.Name, p.Key, p.Role)
			}
		}
	}
}

func TestDealsValid(t *testing.T) {
	today := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
	stages := domain.DefaultStages()
	reasons := map[string]bool{}
	for _, r := range domain.DefaultLossReasons() {
		reasons[r.Zh] = true
	}
	for _, d := range Deals() {
		o := d.Opportunity
		if o.ID != 0 || o.AccountID != 0 || o.CloseDate != "" || o.ClosedOn != "" || o.CreatedAt != "" || o.StageSince != "" || len(o.People) != 0 {
			t.Errorf("%s: ids, dates or people filled in the opportunity", o.Name)
		}
		o.AccountID = 1
		o.CloseDate = closeDate(d, today)
		if err := o.Validate(stages); err != nil {
			t.Errorf("%s: %v", o.Name, err)
		}
		n := o
		domain.TrimOpportunity(&n)
		if n.Name != o.Name || n.LossReason != o.LossReason {
			t.Errorf("%s: untrimmed", o.Name)
		}
		if o.Amount < 300_000*100 || o.Amount > 24_000_000*100 {
			t.Errorf("%s: amount %d yuan outside 30万–2400万", o.Name, o.Amount/100)
		}
		if o.Override && (o.Status != domain.DealOpen || o.Probability <= 0 || o.Probability >= 100) {
			t.Errorf("%s: override %d on a %s deal", o.Name, o.Probability, o.Status)
		}
		if !o.Override && o.Probability != 0 {
			t.Errorf("%s: probability %d without override", o.Name, o.Probability)
		}
		if o.Step == "" || o.Solution == "" || o.Criteria == "" {
			t.Errorf("%s: step, solution or criteria empty", o.Name)
		}
		switch o.Status {
		case domain.DealLost, domain.DealAbandoned:
			if !reasons[o.LossReason] {
				t.Errorf("%s: loss reason %q is not one of the default reasons", o.Name, o.LossReason)
			}
		default:
			if o.LossReason != "" {
				t.Errorf("%s: %s with a loss reason", o.Name, o.Status)
			}
		}
	}
}

func TestDealHistories(t *testing.T) {
	stages := domain.DefaultStages()
	for _, d := range Deals() {
		o := d.Opportunity
		h := d.History
		if len(h) == 0 {
			t.Errorf("%s: no history", o.Name)
			continue
		}
		if h[len(h)-1].Stage != o.Stage {
			t.Errorf("%s: stage %s, last stay in %s", o.Name, o.Stage, h[len(h)-1].Stage)
		}
		if h[0].DaysAgo > 365 {
			t.Errorf("%s: entered its first stage %d days ago", o.Name, h[0].DaysAgo)
		}
		for i, s := range h {
			if domain.StageIndexOf(stages, s.Stage) < 0 {
				t.Errorf("%s: stay %d in unknown stage %q", o.Name, i, s.Stage)
			}
			if i > 0 && (s.DaysAgo >= h[i-1].DaysAgo || s.Stage == h[i-1].Stage) {
				t.Errorf("%s: stay %d (%s %d) does not follow %s %d", o.Name, i, s.Stage, s.DaysAgo, h[i-1].Stage, h[i-1].DaysAgo)
			}
		}
		end := 0 // the deal's last day, in days ago
		if o.Status == domain.DealOpen {
			if d.ClosedDaysAgo != 0 {
				t.Errorf("%s: open but closed %d days ago", o.Name, d.ClosedDaysAgo)
			}
		} else {
			end = d.ClosedDaysAgo
			if d.CloseInDays != 0 || end < 0 || end > 365 || end >= h[len(h)-1].DaysAgo {
				t.Errorf("%s: closed %d days ago, last stay entered %d days ago", o.Name, end, h[len(h)-1].DaysAgo)
			}
		}
		for i, ago := range d.Touches {
			if ago < end || ago > h[0].DaysAgo || (i > 0 && ago >= d.Touches[i-1]) {
				t.Errorf("%s: touch %d days ago out of order or outside the deal's life (%d–%d days ago)", o.Name, ago, h[0].DaysAgo, end)
			}
		}
	}
}

func TestDealsMix(t *testing.T) {
	all := Deals()
	if len(all) < 40 || len(all) > 50 {
		t.Errorf("%d deals, want about 45", len(all))
	}
	s := domain.DefaultScoring()
	names := accountNames()
	perStage, statuses, reasons := map[string]int{}, map[string]int{}, map[string]bool{}
	var key, backwards, overrides, unscored, stalled, pastClose int
	var small, large int64 = 1 << 62, 0
	for _, d := range all {
		o := d.Opportunity
		statuses[o.Status]++
		reasons[o.LossReason] = true
		small, large = min(small, o.Amount), max(large, o.Amount)
		if domain.Score(names[d.Account], s).KeyAccount {
			key++
		}
		order := map[string]int{}
		for i, st := range domain.DefaultStages() {
			order[st.ID] = i
		}
		for i := 1; i < len(d.History); i++ {
			if order[d.History[i].Stage] < order[d.History[i-1].Stage] {
				backwards++
				break
			}
		}
		if o.Status != domain.DealOpen {
			continue
		}
		perStage[o.Stage]++
		if o.Override {
			overrides++
		}
		e := o.Elements
		if e.Need == 0 || e.Budget == 0 || e.Decision == 0 || e.Timeline == 0 || e.Fit == 0 || e.Competitive == 0 || e.Profitability == 0 {
			unscored++
		}
		if last := lastTouch(d); last < 0 || last >= 45 {
			stalled++
		}
		if d.CloseInDays < 0 {
			pastClose++
		}
	}
	for _, st := range domain.DefaultStages() {
		if perStage[st.ID] < 3 {
			t.Errorf("%d open deals in %s, want several", perStage[st.ID], st.ID)
		}
	}
	for _, status := range []string{domain.DealOpen, domain.DealWon, domain.DealLost, domain.DealAbandoned} {
		if statuses[status] == 0 {
			t.Errorf("no %s deal", status)
		}
	}
	if n := statuses[domain.DealWon]; n < 10 || n > 14 {
		t.Errorf("%d won deals, want about 12", n)
	}
	if n := statuses[domain.DealLost] + statuses[domain.DealAbandoned]; n < 6 || n > 10 {
		t.Errorf("%d lost or abandoned deals, want about 8", n)
	}
	for _, r := range domain.DefaultLossReasons() {
		if !reasons[r.Zh] {
			t.Errorf("no deal lost for %s", r.Zh)
		}
	}
	if small != 300_000*100 || large != 24_000_000*100 {
		t.Errorf("amounts from %d to %d yuan, want 30万 to 2400万", small/100, large/100)
	}
	if key*3 < len(all)*2 {
		t.Errorf("%d of %d deals with key accounts, want most", key, len(all))
	}
	if backwards < 2 || overrides < 3 || unscored < 3 || pastClose < 2 {
		t.Errorf("%d moved backwards, %d overrides, %d open unscored, %d past their close; want ≥ 2, 3, 3, 2", backwards, overrides, unscored, pastClose)
	}
	if open := statuses[domain.DealOpen]; stalled < 3 || stalled*3 > open {
		t.Errorf("%d of %d open deals without a touch in 45 days, want a few", stalled, open)
	}
}

// lastContacts is each person's (account/key) most recent day, in days
// ago, from the meetings and the deals' touches, as the store computes it.
func lastContacts() map[string]int {
	last := map[string]int{}
	see := func(id string, ago int) {
		if d, ok := last[id]; !ok || ago < d {
			last[id] = ago
		}
	}
	for _, m := range Meetings() {
		for _, k := range m.People {
			see(m.Account+"/"+k, m.DaysAgo)
		}
	}
	for _, d := range Deals() {
		for _, p := range d.People {
			for _, ago := range d.Touches {
				see(d.Account+"/"+p.Key, ago)
			}
		}
	}
	return last
}

// TestDealTouchesKeepTheRedFlags checks that the deals' touches, which
// bring their people up to date, leave the account warnings the sample
// shows, and that the deals show each of the deal warnings.
func TestDealTouchesKeepTheRedFlags(t *testing.T) {
	today := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
	last := lastContacts()
	groups := byAccount()
	contact := func(acc, key string) domain.Contact {
		c := groups[acc][key].Contact
		if d, ok := last[acc+"/"+key]; ok {
			c.LastContact = today.AddDate(0, 0, -d).Format(time.DateOnly)
		}
		return c
	}
	s := domain.DefaultScoring()
	for _, a := range Accounts() {
		var cs []domain.Contact
		for key := range groups[a.Name] {
			cs = append(cs, contact(a.Name, key))
		}
		stale := false
		for _, f := range domain.ContactRedFlags(cs, today, domain.DefaultStaleDays) {
			stale = stale || f.Code == domain.FlagEconomicBuyerStale
		}
		if want := a.Name == "长江生物制药股份有限公司"; domain.Score(a, s).KeyAccount && stale != want {
			t.Errorf("%s: economic buyer stale = %v, want %v", a.Name, stale, want)
		}
	}

	seen := map[string]int{}
	for _, d := range Deals() {
		o := d.Opportunity
		if o.Status != domain.DealOpen {
			continue
		}
		o.CloseDate = closeDate(d, today)
		for _, p := range d.People {
			c := contact(d.Account, p.Key)
			o.People = append(o.People, domain.DealPerson{Name: c.Name, Role: p.Role, Attitude: c.Attitude,
				Influence: c.Influence, LastContact: c.LastContact})
		}
		for _, f := range domain.DealRedFlags(o, today, domain.DefaultStaleDays) {
			seen[f.Code]++
		}
	}
	for _, code := range []string{"economicNotMet", "opponent", "noCoach", "noEconomic", "unscored", "aheadOfCustomer", "closeDatePast"} {
		if seen[code] == 0 {
			t.Errorf("no open deal shows %s (flags seen: %v)", code, seen)
		}
	}
}
