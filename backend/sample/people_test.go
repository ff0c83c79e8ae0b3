package sample

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"kams/backend/domain"
)

func accountNames() map[string]domain.Account {
	out := map[string]domain.Account{}
	for _, a := range Accounts() {
		out[a.Name] = a
	}
	return out
}

// byAccount groups the people by account and key.
func byAccount() map[string]map[string]Person {
	out := map[string]map[string]Person{}
	for _, p := range People() {
		if out[p.Account] == nil {
			out[p.Account] = map[string]Person{}
		}
		out[p.Account][p.Key] = p
	}
	return out
}

func TestPeopleBelongToSampleAccounts(t *testing.T) {
	names := accountNames()
	for _, p := range People() {
		if _, ok := names[p.Account]; !ok {
			t.Errorf("%s (%s): account %q is not a sample account", p.Key, p.Contact.Name, p.Account)
		}
	}
	for name := range names {
		if len(byAccount()[name]) == 0 {
			t.Errorf("%s has nobody", name)
		}
	}
}

func TestPeopleKeysAndReportingTree(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range People() {
		id := p.Account + "/" + p.Key
		if p.Key == "" || seen[id] {
			t.Errorf("key %q empty or repeated in %s", p.Key, p.Account)
		}
		seen[id] = true
	}
	for acc, people := range byAccount() {
		for key, p := range people {
			if p.ReportsTo == key {
				t.Errorf("%s/%s reports to itself", acc, key)
			}
			if p.ReportsTo != "" {
				if _, ok := people[p.ReportsTo]; !ok {
					t.Errorf("%s/%s reports to unknown %q", acc, key, p.ReportsTo)
				}
			}
			// Walk up: a loop would revisit a key.
			visited := map[string]bool{key: true}
			for b := p.ReportsTo; b != ""; b = people[b].ReportsTo {
				if visited[b] {
					t.Errorf("%s/%s: reporting loop through %s", acc, key, b)
					break
				}
				visited[b] = true
			}
		}
	}
}

// depth is how many tiers the account's org chart has (1 = everyone at the top).
func depth(people map[string]Person) int {
	best := 0
	for key := range people {
		d := 1
		for b := people[key].ReportsTo; b != "" && d <= len(people); b = people[b].ReportsTo {
			d++
		}
		best = max(best, d)
	}
	return best
}

func TestPeopleContactsValid(t *testing.T) {
	mobile := regexp.MustCompile(`^1[3-9][0-9]{9}$`)
	phone := regexp.MustCompile(`^0[0-9]{2,3}-[0-9]{7,8}$`)
	mobiles, emails := map[string]bool{}, map[string]bool{}
	for _, p := range People() {
		c := p.Contact
		if c.ID != 0 || c.AccountID != 0 || c.ReportsTo != 0 || c.AccountName != "" || c.LastContact != "" {
			t.Errorf("%s: ids or computed fields filled", c.Name)
		}
		c.AccountID = 1
		if err := c.Validate(); err != nil {
			t.Errorf("%s/%s: %v", p.Account, p.Key, err)
		}
		if c.Title == "" || c.Department == "" || c.WeChat == "" || c.Birthday == "" || c.Notes == "" || c.Role == "" || c.Strength == 0 {
			t.Errorf("%s: a field is empty: %+v", c.Name, c)
		}
		if !mobile.MatchString(c.Mobile) || !phone.MatchString(c.Phone) {
			t.Errorf("%s: mobile %q or phone %q malformed", c.Name, c.Mobile, c.Phone)
		}
		if mobiles[c.Mobile] || emails[c.Email] {
			t.Errorf("%s: mobile %q or e-mail %q repeated", c.Name, c.Mobile, c.Email)
		}
		mobiles[c.Mobile], emails[c.Email] = true, true
	}
}

func TestPeopleCoverage(t *testing.T) {
	s := domain.DefaultScoring()
	groups := byAccount()
	largest := 0
	for name, a := range accountNames() {
		n := len(groups[name])
		largest = max(largest, n)
		if domain.Score(a, s).KeyAccount {
			if n < 6 || n > 14 {
				t.Errorf("key account %s has %d people, want 6–14", name, n)
			}
			if d := depth(groups[name]); d < 3 {
				t.Errorf("key account %s: org chart has %d tiers, want two reporting levels", name, d)
			}
		} else if n < 2 || n > 4 {
			t.Errorf("account %s has %d people, want 2–4", name, n)
		}
	}
	if largest < 14 {
		t.Errorf("largest account has %d people, want about 14", largest)
	}

	roles, attitudes, influences, months := map[domain.BuyingRole]bool{}, map[int]bool{}, map[domain.Influence]bool{}, map[string]bool{}
	withInterests := 0
	all := People()
	for _, p := range all {
		c := p.Contact
		roles[c.Role], attitudes[c.Attitude], influences[c.Influence] = true, true, true
		months[c.Birthday[5:7]] = true
		if strings.TrimSpace(c.Interests) != "" {
			withInterests++
		}
	}
	for _, r := range domain.BuyingRoles {
		if !roles[r] {
			t.Errorf("no %s buyer", r)
		}
	}
	for a := domain.AttitudeOpponent; a <= domain.AttitudeChampion; a++ {
		if !attitudes[a] {
			t.Errorf("no attitude %d", a)
		}
	}
	for _, i := range []domain.Influence{domain.InfluenceHigh, domain.InfluenceMedium, domain.InfluenceLow} {
		if !influences[i] {
			t.Errorf("no %s influence", i)
		}
	}
	if len(months) != 12 {
		t.Errorf("birthdays fall in %d months, want all 12", len(months))
	}
	if withInterests*10 < len(all)*8 {
		t.Errorf("%d of %d people have interests, want most", withInterests, len(all))
	}
}

func TestMeetings(t *testing.T) {
	groups := byAccount()
	today := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
	all := Meetings()
	if len(all) < 80 || len(all) > 150 {
		t.Errorf("%d meetings, want 80–150", len(all))
	}
	var quarters [4]int
	kinds := map[domain.InteractionKind]bool{}
	soon, overdue, key := 0, 0, 0
	s := domain.DefaultScoring()
	names := accountNames()
	for i, m := range all {
		people, ok := groups[m.Account]
		if !ok {
			t.Errorf("meeting %d: unknown account %q", i, m.Account)
			continue
		}
		if domain.Score(names[m.Account], s).KeyAccount {
			key++
		}
		if len(m.People) == 0 {
			t.Errorf("meeting %d (%s): nobody present", i, m.Account)
		}
		present := map[string]bool{}
		for _, k := range m.People {
			if _, ok := people[k]; !ok || present[k] {
				t.Errorf("meeting %d (%s): %q unknown or repeated", i, m.Account, k)
			}
			present[k] = true
		}
		if m.DaysAgo < 0 || m.DaysAgo > 365 {
			t.Errorf("meeting %d: %d days ago", i, m.DaysAgo)
		} else {
			quarters[min(m.DaysAgo*4/366, 3)]++
		}
		in := m.Interaction
		if in.ID != 0 || in.AccountID != 0 || in.Date != "" || in.NextDue != "" || len(in.ContactIDs) != 0 {
			t.Errorf("meeting %d: ids or dates filled", i)
		}
		in.AccountID = 1
		in.Date = today.AddDate(0, 0, -m.DaysAgo).Format(time.DateOnly)
		if in.NextStep != "" {
			in.NextDue = today.AddDate(0, 0, m.NextInDays).Format(time.DateOnly)
		}
		if err := in.Validate(); err != nil {
			t.Errorf("meeting %d (%s): %v", i, m.Account, err)
		}
		if in.Outcome == "" {
			t.Errorf("meeting %d (%s): no outcome", i, m.Account)
		}
		kinds[in.Kind] = true
		switch {
		case in.NextStep == "":
			if m.NextInDays != 0 || in.NextDone {
				t.Errorf("meeting %d: due or done without a next step", i)
			}
		case m.NextInDays < -m.DaysAgo:
			t.Errorf("meeting %d: next step due before the meeting", i)
		case in.NextDone && m.NextInDays > 0:
			t.Errorf("meeting %d: next step done before it is due in the future", i)
		case !in.NextDone && m.NextInDays >= 0 && m.NextInDays <= 14:
			soon++
		case !in.NextDone && m.NextInDays < 0:
			overdue++
		}
	}
	for q, n := range quarters {
		if n == 0 {
			t.Errorf("no meeting in quarter %d of the past year", q+1)
		}
	}
	for _, k := range domain.InteractionKinds {
		if !kinds[k] {
			t.Errorf("no %s interaction", k)
		}
	}
	if soon < 5 || overdue < 2 {
		t.Errorf("%d next steps due within 14 days and %d overdue, want ≥ 5 and ≥ 2", soon, overdue)
	}
	if key*4 < len(all)*3 {
		t.Errorf("%d of %d meetings with key accounts, want most", key, len(all))
	}
}

// TestRedFlags checks that the sample shows each of the book's warnings
// where the data says it should, with the last contact taken from the
// meetings as the store computes it.
func TestRedFlags(t *testing.T) {
	today := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
	last := map[string]int{}
	for _, m := range Meetings() {
		for _, k := range m.People {
			id := m.Account + "/" + k
			if d, ok := last[id]; !ok || m.DaysAgo < d {
				last[id] = m.DaysAgo
			}
		}
	}
	flags := map[string]map[string]bool{}
	for acc, people := range byAccount() {
		var cs []domain.Contact
		for key, p := range people {
			c := p.Contact
			if d, ok := last[acc+"/"+key]; ok {
				c.LastContact = today.AddDate(0, 0, -d).Format(time.DateOnly)
			}
			cs = append(cs, c)
		}
		flags[acc] = map[string]bool{}
		for _, f := range domain.ContactRedFlags(cs, today, domain.DefaultStaleDays) {
			flags[acc][f.Code] = true
		}
	}
	want := []struct {
		account, code string
		set           bool
	}{
		{"海川石化集团有限公司", domain.FlagNoEconomicBuyer, true},
		{"海川石化集团有限公司", domain.FlagNoCoach, true},
		{"星河半导体设备有限公司", domain.FlagNoCoach, true},
		{"蓝海智慧物流有限公司", domain.FlagNoCoach, true},
		{"鼎盛锂电科技有限公司", domain.FlagOpponent, true},
		{"长江生物制药股份有限公司", domain.FlagEconomicBuyerStale, true},
		// The showcase account is healthy on the structural flags.
		{"江宁新能源汽车股份有限公司", domain.FlagNoCoach, false},
		{"江宁新能源汽车股份有限公司", domain.FlagNoEconomicBuyer, false},
		{"江宁新能源汽车股份有限公司", domain.FlagOpponent, false},
		{"江宁新能源汽车股份有限公司", domain.FlagEconomicBuyerStale, false},
	}
	for _, w := range want {
		if flags[w.account][w.code] != w.set {
			t.Errorf("%s: flag %s = %v, want %v", w.account, w.code, flags[w.account][w.code], w.set)
		}
	}
	s := domain.DefaultScoring()
	for _, a := range Accounts() {
		if !domain.Score(a, s).KeyAccount {
			continue
		}
		if flags[a.Name][domain.FlagEconomicBuyerStale] != (a.Name == "长江生物制药股份有限公司") {
			t.Errorf("%s: economic buyer stale = %v", a.Name, flags[a.Name][domain.FlagEconomicBuyerStale])
		}
	}
}
