package sample

import (
	"math"
	"slices"
	"strings"

	"kams/backend/domain"
	"kams/backend/store"
)

// scaleInteractions is about how many interactions an account has in all,
// those about its deals included.
const scaleInteractions = 100

// dealMix is how likely each outcome is for a deal, by account status:
// open, won, lost (the rest is abandoned).
var dealMix = map[domain.AccountStatus][3]float64{
	domain.StatusProspect: {0.6, 0, 0.3},
	domain.StatusActive:   {0.35, 0.42, 0.16},
	domain.StatusDormant:  {0, 0.5, 0.35},
	domain.StatusLost:     {0, 0.3, 0.6},
}

// quietDays is how long an account of that status has not been seen.
var quietDays = map[domain.AccountStatus]int{domain.StatusDormant: 120, domain.StatusLost: 200}

// deals adds two to six deals to the account, and returns how many
// interactions about them it logged.
func (g *gen) deals() (touches int) {
	stages := domain.DefaultStages()
	names := map[string]bool{}
	for range g.between(2, 6) {
		mix := dealMix[g.status]
		status := domain.DealAbandoned
		switch x := g.r.Float64(); {
		case x < mix[0]:
			status = domain.DealOpen
		case x < mix[0]+mix[1]:
			status = domain.DealWon
		case x < mix[0]+mix[1]+mix[2]:
			status = domain.DealLost
		}
		var reached int
		switch status {
		case domain.DealOpen:
			reached = pick(g.r, []int{0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4})
		case domain.DealWon:
			reached = 4
		case domain.DealLost:
			reached = g.between(1, 3)
		default:
			reached = g.between(0, 2)
		}
		// The stays, oldest first, and how long each lasted.
		var path []int
		for i := min(reached, pick(g.r, []int{0, 0, 0, 1})); i <= reached; i++ {
			if i > 0 && i < reached && len(path) > 0 && g.chance(0.15) {
				continue // a stage skipped
			}
			path = append(path, i)
		}
		lengths := make([]int, len(path))
		span := 0
		for i := range lengths {
			lengths[i] = g.between(7, 60)
			span += lengths[i]
		}
		// end is the day the deal closed, or today's for an open deal,
		// whose last stay is still running.
		end := 0
		if status == domain.DealOpen {
			span += g.between(1, 75) - lengths[len(lengths)-1]
		} else {
			lo := max(5, quietDays[g.status])
			end = g.between(lo, max(lo, g.maxAgo()-span))
		}
		shop, project := pick(g.r, g.trade.shops), pick(g.r, scaleProjects)
		name := shop + project
		for names[name] {
			name += "（二期）"
		}
		names[name] = true
		o := domain.Opportunity{Name: name, Amount: wan(g.amount()), Stage: stages[reached].ID, Status: status,
			Step: g.step(stages[reached].ID, status), Competitors: pick(g.r, scaleCompetitors),
			Solution: pick(g.r, scaleSolutions), Criteria: pick(g.r, scaleCriteria),
			Elements: domain.Elements{Need: g.between(0, 5), Budget: g.between(0, 5), Decision: g.between(0, 5),
				Timeline: g.between(0, 5), Fit: g.between(0, 5), Competitive: g.between(0, 5), Profitability: g.between(0, 5)},
			TasksDone: []string{}, People: []domain.DealPerson{},
		}
		switch status {
		case domain.DealOpen:
			o.CloseDate = g.day(-g.between(-20, 240))
			if g.chance(0.1) {
				o.Override, o.Probability = true, 5*g.between(1, 19)
			}
		case domain.DealLost:
			o.LossReason = pick(g.r, domain.DefaultLossReasons()).Zh
			o.CloseDate, o.ClosedOn = g.day(end), g.day(end)
		case domain.DealAbandoned:
			o.LossReason = "项目取消"
			o.CloseDate, o.ClosedOn = g.day(end), g.day(end)
		default:
			o.CloseDate, o.ClosedOn = g.day(end), g.day(end)
		}
		sd := store.SeedDeal{Account: g.name, Deal: o}
		for _, p := range g.present() {
			sd.People = append(sd.People, store.SeedDealPerson{Key: p.key, Role: p.role})
		}
		// Each stay: entered so many days ago, left when the next began
		// (the last one at the close, or never while open).
		ago := end + span
		for i, st := range path {
			v := domain.StageVisit{Stage: stages[st].ID, Entered: g.day(ago)}
			left := ago - lengths[i]
			if i == len(path)-1 {
				left = end
			}
			if i < len(path)-1 || status != domain.DealOpen {
				v.Left, v.Days = g.day(left), ago-left
			}
			sd.Visits = append(sd.Visits, v)
			ago = left
		}
		for range g.between(1, 5) {
			sd.Touches = append(sd.Touches, g.day(g.between(end, end+span)))
		}
		slices.Sort(sd.Touches)
		touches += len(sd.Touches)
		g.seed.Deals = append(g.seed.Deals, sd)
	}
	return touches
}

// amount is a deal's size in 万元, larger at larger accounts, in steps of 5.
func (g *gen) amount() int64 {
	x := (20 + g.size*g.size*2000) * (0.3 + 1.4*g.r.Float64())
	return int64(x/5+1) * 5
}

// step is the customer's procurement step, in keeping with our stage.
func (g *gen) step(stage, status string) string {
	if status == domain.DealWon {
		return pick(g.r, []string{"contract", "delivery", "payment"})
	}
	switch stage {
	case "lead":
		return "need"
	case "qualify":
		return "budget"
	case "solution":
		return pick(g.r, []string{"spec", "evaluation"})
	case "bid":
		return pick(g.r, []string{"tender", "negotiation"})
	}
	return pick(g.r, []string{"negotiation", "contract"})
}

// log adds the account's other interactions, oldest first, over the years
// (none lately for a dormant or lost account), with more in recent years;
// some have next steps, due after today for the latest.
func (g *gen) log(touches int) {
	n := max(0, g.between(scaleInteractions-12, scaleInteractions+12)-touches)
	lo := quietDays[g.status]
	ages := make([]int, n)
	for i := range ages {
		ages[i] = lo + int(float64(g.maxAgo()-lo)*math.Pow(g.r.Float64(), 1.2))
	}
	slices.SortFunc(ages, func(a, b int) int { return b - a })
	kinds := []domain.InteractionKind{visit, visit, visit, visit, visit, visit, visit, call, call, call, call, call,
		meeting, meeting, email, email, tech, tech, demo, dinner}
	for _, ago := range ages {
		who := g.present()
		in := domain.Interaction{Kind: pick(g.r, kinds), Date: g.day(ago), Outcome: pick(g.r, scaleOutcomes)}
		in.Summary = strings.NewReplacer("{p}", who[0].name, "{s}", pick(g.r, g.trade.shops),
			"{c}", pick(g.r, scaleCompetitors)).Replace(pick(g.r, scaleSummaries))
		if g.chance(0.45) {
			due := ago - g.between(3, 30) // days before today; negative: after
			in.NextStep, in.NextDue = pick(g.r, scaleNextSteps), g.day(due)
			// Steps long past their day were nearly all done; recent ones less so.
			done := 0.8
			if due > 90 {
				done = 0.97
			}
			in.NextDone = due > 0 && g.chance(done)
		}
		g.seed.Interactions = append(g.seed.Interactions, store.SeedInteraction{Account: g.name, People: keysOf(who), Interaction: in})
	}
}
