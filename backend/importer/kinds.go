package importer

import (
	"strconv"
	"strings"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

func (c *checker) accountRow(r rowCells, bad bool) {
	a := domain.Account{Status: domain.StatusProspect, Stage: domain.StageExploratory}
	a.Name = c.required(r, "name")
	a.ShortName, a.EnglishName = c.text(r, "shortName"), c.text(r, "englishName")
	a.Industry, a.Region, a.Address = c.text(r, "industry"), c.text(r, "region"), c.text(r, "address")
	a.Manager = c.text(r, "manager")
	a.Employees = c.count(r, "employees", 100_000_000)
	a.Revenue, a.OurSales, a.CategorySpend = c.amount(r, "revenue"), c.amount(r, "ourSales"), c.amount(r, "categorySpend")
	if ch, ok := c.choice(r, "status", domain.EnumAccountStatus); ok {
		a.Status = domain.AccountStatus(ch.Value)
	}
	if ch, ok := c.choice(r, "stage", domain.EnumRelStage); ok {
		a.Stage = domain.RelationshipStage(ch.Value)
	}
	a.Competitors, a.BusinessStrategy = c.long(r, "competitors"), c.long(r, "businessStrategy")
	a.SupplyChainStrategy, a.ProcurementPlans, a.Notes = c.long(r, "supplyChainStrategy"), c.long(r, "procurementPlans"), c.long(r, "notes")
	c.domainProblems(r.row, a.Validate(), r.cells)
	c.accounts = append(c.accounts, pending[domain.Account]{row: r.row, rec: a, bad: bad || c.hasProblem(r.row)})
}

func (c *checker) finishAccounts() error {
	first := map[string]int{}
	names := make([]string, 0, len(c.accounts))
	for _, p := range c.accounts {
		if p.rec.Name == "" {
			continue
		}
		k := lower(p.rec.Name)
		if row, ok := first[k]; ok {
			c.add(p.row, "name", "duplicate_in_file", "", map[string]any{"value": p.rec.Name, "first": row})
			continue
		}
		first[k] = p.row
		names = append(names, p.rec.Name)
	}
	ids, err := c.accountIDs(names)
	if err != nil {
		return err
	}
	for _, p := range c.accounts {
		if p.rec.Name != "" && ids[lower(p.rec.Name)] != 0 {
			c.add(p.row, "name", "duplicate_in_db", "", map[string]any{"value": p.rec.Name})
		}
	}
	if len(c.problems) == 0 {
		c.batch.Accounts = make([]domain.Account, len(c.accounts))
		for i, p := range c.accounts {
			c.batch.Accounts[i] = p.rec
		}
	}
	c.accounts = nil
	return nil
}

type pendingContact struct {
	pending[domain.Contact]
	reportsTo string
}

func (c *checker) contactRow(r rowCells, bad bool) {
	ct := domain.Contact{Influence: domain.InfluenceMedium}
	ct.Name = c.required(r, "name")
	account := c.required(r, "account")
	ct.Title, ct.Department = c.text(r, "title"), c.text(r, "department")
	ct.Phone, ct.Mobile = phone(c.text(r, "phone")), phone(c.text(r, "mobile"))
	ct.Email, ct.WeChat = c.text(r, "email"), c.text(r, "wechat")
	ct.Birthday = c.date(r, "birthday")
	if ch, ok := c.choice(r, "role", domain.EnumRole); ok {
		ct.Role = domain.BuyingRole(ch.Value)
	}
	if ch, ok := c.choice(r, "attitude", domain.EnumAttitude); ok {
		ct.Attitude, _ = strconv.Atoi(ch.Value)
	}
	if ch, ok := c.choice(r, "influence", domain.EnumInfluence); ok {
		ct.Influence = domain.Influence(ch.Value)
	}
	ct.Strength = int(c.count(r, "strength", 5))
	ct.Interests, ct.Notes = c.long(r, "interests"), c.long(r, "notes")
	reportsTo := c.text(r, "reportsTo")
	ct.AccountID = 1 // the account is resolved with the others in finish
	c.domainProblems(r.row, ct.Validate(), r.cells)
	ct.AccountID = 0
	c.contacts = append(c.contacts, pendingContact{pending[domain.Contact]{row: r.row, rec: ct, account: account, bad: bad || c.hasProblem(r.row)}, reportsTo})
}

// peopleKey names a person within an account.
type peopleKey struct {
	account int64
	name    string
}

func (c *checker) finishContacts() error {
	names := make([]string, len(c.contacts))
	for i, p := range c.contacts {
		names[i] = p.account
	}
	ids, err := c.accountIDs(names)
	if err != nil {
		return err
	}
	accounts := []int64{}
	seen := map[int64]bool{}
	inFile := map[peopleKey][]int{}
	for i := range c.contacts {
		p := &c.contacts[i]
		if p.account == "" {
			continue
		}
		id := ids[lower(p.account)]
		if id == 0 {
			c.add(p.row, "account", "unknown_account", "", map[string]any{"value": p.account})
			continue
		}
		p.rec.AccountID = id
		if !seen[id] {
			seen[id] = true
			accounts = append(accounts, id)
		}
		if p.rec.Name != "" {
			k := peopleKey{id, lower(p.rec.Name)}
			inFile[k] = append(inFile[k], i)
		}
	}
	known, err := c.st.PeopleNamed(c.ctx, accounts)
	if err != nil {
		return err
	}
	inBook := map[peopleKey][]int64{}
	for _, n := range known {
		k := peopleKey{n.Account, lower(n.Name)}
		inBook[k] = append(inBook[k], n.ID)
	}
	// Each person reports to at most one other: follow the lines in the
	// file to find the circles.
	edge := map[int]int{}
	for i := range c.contacts {
		p := &c.contacts[i]
		if p.reportsTo == "" || p.rec.AccountID == 0 {
			continue
		}
		k := peopleKey{p.rec.AccountID, lower(p.reportsTo)}
		file, book := inFile[k], inBook[k]
		switch {
		case len(file)+len(book) == 0:
			c.add(p.row, "reportsTo", "reports_to_unknown", "", map[string]any{"value": p.reportsTo})
		case len(file)+len(book) > 1:
			c.add(p.row, "reportsTo", "reports_to_ambiguous", "", map[string]any{"value": p.reportsTo})
		case len(file) == 1:
			edge[i] = file[0]
		default:
			p.rec.ReportsTo = book[0]
		}
	}
	for _, cycle := range cycles(len(c.contacts), edge) {
		names := []string{}
		for _, i := range cycle {
			names = append(names, c.contacts[i].rec.Name)
		}
		path := strings.Join(append(names, names[0]), " → ")
		for _, i := range cycle {
			c.add(c.contacts[i].row, "reportsTo", "reports_to_cycle", "", map[string]any{"cycle": path, "value": c.contacts[i].reportsTo})
		}
	}
	for i, p := range c.contacts {
		if len(c.problems) > 0 {
			break
		}
		to, ok := edge[i]
		if !ok {
			to = -1
		}
		c.batch.Contacts = append(c.batch.Contacts, store.ImportContact{Contact: p.rec, ReportsToRow: to})
	}
	return nil
}

// cycles are the circles of a graph where each node points to at most one
// other (edge), each as its nodes in order.
func cycles(n int, edge map[int]int) [][]int {
	state := make([]int8, n) // 0 not seen, 1 on the current path, 2 done
	var out [][]int
	for i := 0; i < n; i++ {
		if state[i] != 0 {
			continue
		}
		path := []int{}
		for x := i; ; {
			if state[x] == 1 {
				for k, y := range path {
					if y == x {
						out = append(out, append([]int(nil), path[k:]...))
						break
					}
				}
				break
			}
			if state[x] == 2 {
				break
			}
			state[x] = 1
			path = append(path, x)
			next, ok := edge[x]
			if !ok {
				break
			}
			x = next
		}
		for _, y := range path {
			state[y] = 2
		}
	}
	return out
}

func (c *checker) dealRow(r rowCells, bad bool) {
	o := domain.Opportunity{Status: domain.DealOpen, Stage: c.stages[0].ID}
	account := c.required(r, "account")
	o.Name = c.required(r, "name")
	o.Amount = c.amount(r, "amount")
	o.CloseDate = c.date(r, "closeDate")
	if r.get("closeDate") == "" {
		// No date given: the quarter after today, as a first guess the
		// user corrects on the board.
		t, _ := time.Parse(time.DateOnly, c.today)
		o.CloseDate = t.AddDate(0, 3, 0).Format(time.DateOnly)
	}
	if ch, ok := c.choice(r, "stage", domain.EnumDealStage); ok {
		o.Stage = ch.Value
	}
	if ch, ok := c.choice(r, "status", domain.EnumDealStatus); ok {
		o.Status = ch.Value
	}
	o.LossReason = c.text(r, "lossReason")
	if (o.Status == domain.DealLost || o.Status == domain.DealAbandoned) && domain.Blank(o.LossReason) {
		c.add(r.row, "lossReason", "required", "required_loss", nil)
	}
	o.Competitors, o.Solution, o.Criteria = c.long(r, "competitors"), c.long(r, "solution"), c.long(r, "criteria")
	o.AccountID = 1
	if o.CloseDate == "" {
		o.CloseDate = c.today // already a problem; keep Validate from adding one
	}
	c.domainProblems(r.row, o.Validate(c.stages), r.cells)
	o.AccountID = 0
	c.deals = append(c.deals, pending[domain.Opportunity]{row: r.row, rec: o, account: account, bad: bad || c.hasProblem(r.row)})
}

func (c *checker) finishDeals() error {
	names := make([]string, len(c.deals))
	for i, p := range c.deals {
		names[i] = p.account
	}
	ids, err := c.accountIDs(names)
	if err != nil {
		return err
	}
	for _, p := range c.deals {
		if p.rec.AccountID = ids[lower(p.account)]; p.rec.AccountID == 0 && p.account != "" {
			c.add(p.row, "account", "unknown_account", "", map[string]any{"value": p.account})
		}
		if len(c.problems) == 0 {
			c.batch.Deals = append(c.batch.Deals, p.rec)
		}
	}
	return nil
}

type pendingVisit struct {
	pending[domain.Interaction]
	people, deal string
}

func (c *checker) visitRow(r rowCells, bad bool) {
	in := domain.Interaction{}
	account := c.required(r, "account")
	if r.get("date") == "" {
		c.add(r.row, "date", "required", "", nil)
	}
	in.Date = c.date(r, "date")
	if r.get("kind") == "" {
		c.add(r.row, "kind", "required", "", nil)
	}
	kind, _ := c.choice(r, "kind", domain.EnumVisitKind)
	in.Kind = domain.InteractionKind(kind.Value)
	people, deal := c.text(r, "contacts"), c.text(r, "deal")
	in.Summary, in.Outcome, in.NextStep = c.long(r, "summary"), c.long(r, "outcome"), c.long(r, "nextStep")
	if domain.Blank(in.Summary) && kind.Value != "" {
		// The log shows each visit by its summary: one without takes its
		// kind, as the form's placeholder does.
		in.Summary = kind.Label(c.lang)
	}
	in.NextDue = c.date(r, "nextDue")
	check := in
	check.AccountID = 1
	if check.Date == "" {
		check.Date = c.today
	}
	if check.Kind == "" {
		check.Kind = "other"
	}
	if check.Summary == "" {
		check.Summary = "-"
	}
	if r.get("nextDue") != "" && check.NextDue == "" {
		check.NextDue = c.today
	}
	c.domainProblems(r.row, check.Validate(), r.cells)
	c.visits = append(c.visits, pendingVisit{pending[domain.Interaction]{row: r.row, rec: in, account: account, bad: bad || c.hasProblem(r.row)}, people, deal})
}

// splitNames splits a cell listing people: 张三、李四, "Li, Wang" or one a
// line.
func splitNames(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(",，、;；/\n", r)
	})
	out := []string{}
	for _, p := range parts {
		if p = trim(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (c *checker) finishVisits() error {
	names := make([]string, len(c.visits))
	for i, p := range c.visits {
		names[i] = p.account
	}
	ids, err := c.accountIDs(names)
	if err != nil {
		return err
	}
	accounts := []int64{}
	seen := map[int64]bool{}
	for i := range c.visits {
		p := &c.visits[i]
		if p.rec.AccountID = ids[lower(p.account)]; p.rec.AccountID == 0 {
			if p.account != "" {
				c.add(p.row, "account", "unknown_account", "", map[string]any{"value": p.account})
			}
			continue
		}
		if !seen[p.rec.AccountID] && (p.people != "" || p.deal != "") {
			seen[p.rec.AccountID] = true
			accounts = append(accounts, p.rec.AccountID)
		}
	}
	people, err := c.st.PeopleNamed(c.ctx, accounts)
	if err != nil {
		return err
	}
	deals, err := c.st.DealsNamed(c.ctx, accounts)
	if err != nil {
		return err
	}
	byName := func(list []store.NamedRecord) map[peopleKey][]int64 {
		m := map[peopleKey][]int64{}
		for _, n := range list {
			k := peopleKey{n.Account, lower(trim(n.Name))}
			m[k] = append(m[k], n.ID)
		}
		return m
	}
	personOf, dealOf := byName(people), byName(deals)
	for i := range c.visits {
		p := &c.visits[i]
		if p.rec.AccountID == 0 {
			continue
		}
		for _, name := range splitNames(p.people) {
			switch ids := personOf[peopleKey{p.rec.AccountID, lower(name)}]; len(ids) {
			case 0:
				c.add(p.row, "contacts", "invalid_value", "invalid_person", map[string]any{"value": name})
			case 1:
				p.rec.ContactIDs = append(p.rec.ContactIDs, ids[0])
			default:
				c.add(p.row, "contacts", "invalid_value", "invalid_person_twice", map[string]any{"value": name})
			}
		}
		if p.deal != "" {
			switch ids := dealOf[peopleKey{p.rec.AccountID, lower(p.deal)}]; len(ids) {
			case 0:
				c.add(p.row, "deal", "invalid_value", "invalid_deal", map[string]any{"value": p.deal})
			case 1:
				p.rec.OpportunityID = ids[0]
			default:
				c.add(p.row, "deal", "invalid_value", "invalid_deal_twice", map[string]any{"value": p.deal})
			}
		}
		domain.TrimInteraction(&p.rec)
	}
	for _, p := range c.visits {
		if len(c.problems) > 0 {
			break
		}
		c.batch.Visits = append(c.batch.Visits, p.rec)
	}
	return nil
}
