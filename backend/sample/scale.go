package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

// The scaled book: the sample's fifteen accounts followed by generated
// ones, each with about ten people, a hundred interactions and four deals
// over the five years before today. Account i (0 for the first generated
// one) draws its random numbers from its own generator seeded with
// (scaleSeed, i), so a book is the same for the same N and day, however
// it is cut into batches.

// scaleSeed is the fixed seed of every generated account.
const scaleSeed uint64 = 0x4B414D53 // "KAMS"

// ScaleYears is how far back the generated history reaches.
const ScaleYears = 5

// The members the big book adds to the sample's eight, to make a team of
// twenty in all five roles.
const (
	heJunfeng   = "何俊峰"
	linXiaotong = "林晓彤"
	guoHongwei  = "郭宏伟"
	maXiaodong  = "马晓东"
	songJiaqi   = "宋佳琪"
	hanZimo     = "韩子墨"
	tangLixin   = "唐立新"
	fengJingyi  = "冯静怡"
	dengWenbo   = "邓文博"
	caoYuqing   = "曹雨晴"
	pengHaoran  = "彭浩然"
	huangJianhu = "黄建华"
)

// scaleLeads lead the generated accounts: the team's key-account managers
// and sales reps.
var scaleLeads = []string{wang, li, chen, liu, zhao, heJunfeng, linXiaotong, guoHongwei, maXiaodong,
	songJiaqi, hanZimo, tangLixin, fengJingyi}

// scaleSupport join the teams of some generated accounts, with their role.
var scaleSupport = []store.SeedTeamMember{on(zhou, domain.RolePreSales), on(dengWenbo, domain.RolePreSales),
	on(caoYuqing, domain.RolePreSales), on(sun, domain.RoleService), on(pengHaoran, domain.RoleService),
	on(zhang, domain.RoleManager), on(huangJianhu, domain.RoleManager)}

// ScaledMembers are the twelve members the big book adds to the sample's
// team.
func ScaledMembers() []domain.Member {
	m := func(name string, role domain.MemberRole, title, phone, mail string, sk []domain.Skill) domain.Member {
		return domain.Member{Name: name, Role: role, Title: title, Phone: phone, Email: mail + "@huakong-ie.cn", Skills: sk}
	}
	return []domain.Member{
		m(heJunfeng, domain.RoleKeyAccountManager, "高级大客户经理", "139 0516 2281", "he.jf", skills("商务谈判", 5, "关系建立", 4, "行业知识（光伏）", 4)),
		m(linXiaotong, domain.RoleKeyAccountManager, "大客户经理", "137 1520 6638", "lin.xt", skills("方案呈现", 4, "关系建立", 4, "行业知识（电子）", 4)),
		m(guoHongwei, domain.RoleKeyAccountManager, "大客户经理", "135 3390 1276", "guo.hw", skills("商务谈判", 4, "回款管理", 4, "行业知识（钢铁）", 3)),
		m(maXiaodong, domain.RoleKeyAccountManager, "大客户经理", "136 0288 4413", "ma.xd", skills("客户开发", 4, "商务谈判", 3, "行业知识（汽车）", 4)),
		m(songJiaqi, domain.RoleSalesRep, "销售代表", "188 5126 7720", "song.jq", skills("客户开发", 3, "方案呈现", 3)),
		m(hanZimo, domain.RoleSalesRep, "销售代表", "187 2061 3349", "han.zm", skills("客户开发", 4, "商务谈判", 2)),
		m(tangLixin, domain.RoleSalesRep, "销售代表", "186 0731 5512", "tang.lx", skills("客户开发", 3, "行业知识（化工）", 3)),
		m(fengJingyi, domain.RoleSalesRep, "销售代表", "185 0279 8804", "feng.jy", skills("客户开发", 3, "方案呈现", 4)),
		m(dengWenbo, domain.RolePreSales, "售前工程师", "139 2817 0653", "deng.wb", skills("PLC 与运动控制", 4, "方案设计", 4)),
		m(caoYuqing, domain.RolePreSales, "售前工程师", "138 6215 9307", "cao.yq", skills("机器视觉", 4, "MES 集成", 3)),
		m(pengHaoran, domain.RoleService, "服务工程师", "136 5120 4478", "peng.hr", skills("现场调试", 4, "故障诊断", 4)),
		m(huangJianhu, domain.RoleManager, "区域销售总监", "139 0101 8826", "huang.jh", skills("团队管理", 4, "大客户战略", 4, "商务谈判", 5)),
	}
}

// Scaled is the generated part of a big book as of today: generated
// accounts from up to (not including) to, counted from 0, with their
// people, interactions, deals and account teams, ready for store.SeedMore.
func Scaled(today time.Time, from, to int) store.Seed {
	var seed store.Seed
	for i := from; i < to; i++ {
		g := gen{r: rand.New(rand.NewPCG(scaleSeed, uint64(i))), today: today, seed: &seed}
		g.account(i)
	}
	scaledActivities(&seed, today, from, to)
	return seed
}

// gen generates one account into seed.
type gen struct {
	r     *rand.Rand
	today time.Time
	seed  *store.Seed
	// what the account's people and deals draw on
	name   string
	size   float64 // 0 small … 1 large
	status domain.AccountStatus
	trade  trade
	people []person
}

// person is a generated contact, by key, with what the log mentions.
type person struct {
	key, name string
	role      domain.BuyingRole
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// between is a whole number in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// chance is true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// day is the date n days before today.
func (g *gen) day(ago int) string { return g.today.AddDate(0, 0, -ago).Format(time.DateOnly) }

// maxAgo is the oldest day of the history, in days before today.
func (g *gen) maxAgo() int {
	return int(g.today.Sub(g.today.AddDate(-ScaleYears, 0, 0)).Hours()/24) - 1
}

// nameParts picks the city, trade name and trade of account i so that no
// two accounts below the product of the pools' sizes share them: i runs
// through a fixed permutation of that product.
func nameParts(i int) (city, zhEn, trade) {
	nc, nk, nt := len(scaleCities), len(scaleCores), len(scaleTrades)
	m := nc * nk * nt
	p := (i*1_000_003 + 12_345) % m // 1,000,003 is prime, so coprime with m
	return scaleCities[p%nc], scaleCores[p/nc%nk], scaleTrades[p/(nc*nk)%nt]
}

// MaxScaledAccounts is how many accounts nameParts keeps apart.
func MaxScaledAccounts() int { return len(scaleCities) * len(scaleCores) * len(scaleTrades) }

func (g *gen) account(i int) {
	c, core, tr := nameParts(i)
	form := scaleForms[g.r.IntN(len(scaleForms))]
	g.trade, g.size = tr, g.r.Float64()
	g.name = c.zh + core.zh + tr.zh + form.zh
	g.status = pick(g.r, []domain.AccountStatus{domain.StatusActive, domain.StatusActive, domain.StatusActive,
		domain.StatusActive, domain.StatusActive, domain.StatusProspect, domain.StatusProspect, domain.StatusDormant,
		domain.StatusDormant, domain.StatusLost})
	score := func() int { return min(5, max(1, int(1+g.size*4+g.r.NormFloat64()*0.8+0.5))) }
	a := domain.Account{
		Name: g.name, ShortName: core.zh + tr.short, EnglishName: c.en + " " + core.en + " " + tr.en + " " + form.en,
		Industry: tr.industry, Region: c.region,
		Address:   fmt.Sprintf("%s%s%s %d 号", c.province, pick(g.r, scaleDistricts), pick(g.r, scaleRoads), g.between(1, 999)),
		Employees: int64(300 + g.size*g.size*30000 + float64(g.r.IntN(300))),
		Revenue:   wan(int64(5000 + g.size*g.size*3_000_000*(0.5+g.r.Float64()))),
		Status:    g.status, Manager: pick(g.r, scaleLeads),
		Identification: domain.IdentificationScores{LargeOrders: score(), Strategic: score(), Influence: score(),
			Technology: score(), Market: score()},
		Characteristics: domain.KeyCharacteristics{HighValue: g.size > 0.6, Barrier: g.chance(0.4),
			FutureCompetition: g.size > 0.5 && g.chance(0.6), CoreMarket: g.chance(0.3)},
		Classification: domain.ClassificationInputs{Volume: score(), Profitability: score(), StrategicFit: score(),
			Ease: score(), Growth: score(), Projects: score(), ShareRoom: score(), TechAbsorption: score(),
			Coverage: score(), Satisfaction: score()},
	}
	spend := int64(50 + g.size*g.size*12000)
	a.CategorySpend = wan(spend)
	a.Stage = domain.RelationshipStages[min(4, int(g.size*5))]
	switch g.status {
	case domain.StatusProspect:
		a.Stage, a.Classification.Coverage, a.Classification.Satisfaction = domain.StageExploratory, 0, 0
	case domain.StatusActive:
		a.OurSales = wan(spend * int64(g.between(5, 40)) / 100)
	case domain.StatusDormant, domain.StatusLost:
		a.Stage = domain.RelationshipStages[min(2, int(g.size*3))]
		a.OurSales = wan(spend * int64(g.between(0, 8)) / 100)
	}
	shop := pick(g.r, tr.shops)
	a.BusinessStrategy = pick(g.r, []string{
		"三年内产能翻番，重点推进" + shop + "智能化改造，目标进入行业前五。",
		"聚焦主业、降本增效，以数字化车间降低制造成本 15%。",
		"拓展海外市场，新建海外工厂，国内基地向高端产品转型。",
		"稳产为主，重点提升" + shop + "自动化率与良率。",
		"收缩非核心业务，集中资源于优势产品线。"})
	a.SupplyChainStrategy = pick(g.r, []string{"核心部件双供应商策略，要求本地 4 小时响应。",
		"集团集中采购，短名单供应商制度，入围周期约 12 个月。", "价格导向，按单采购，付款周期 90 天。",
		"与战略供应商签订框架协议，倾向长期合作的国产头部供应商。", "供应商分级管理，A 类供应商可参与新品早期设计。"})
	a.ProcurementPlans = fmt.Sprintf("%d 年%s改造，预算约 %d 万元。", g.today.Year()+1, shop, 100+int(g.size*g.size*8000)/10*10)
	comp := []string{pick(g.r, scaleCompetitors)}
	if g.chance(0.5) {
		if c2 := pick(g.r, scaleCompetitors); c2 != comp[0] {
			comp = append(comp, c2)
		}
	}
	a.Competitors = strings.Join(comp, "、")
	g.seed.Accounts = append(g.seed.Accounts, a)
	g.group(i)
	g.contacts(c, core)
	g.log(g.deals())
	if g.chance(0.35) {
		team := store.SeedAccountTeam{Account: g.name, Members: []store.SeedTeamMember{pick(g.r, scaleSupport)}}
		if m := pick(g.r, scaleSupport); g.chance(0.4) && m.Name != team.Members[0].Name {
			team.Members = append(team.Members, m)
		}
		g.seed.Team.AccountTeams = append(g.seed.Team.AccountTeams, team)
	}
	g.service()
}

// service adds the account's service requests (a quarter of the accounts
// have one to three, some still open) and, for the larger accounts,
// satisfaction surveys of the last quarters.
func (g *gen) service() {
	if len(g.people) == 0 {
		return
	}
	titles := []string{"设备故障停机", "备件交期延误", "软件升级咨询", "年度维保安排", "操作培训", "现场调试问题"}
	if g.chance(0.25) {
		for range g.between(1, 3) {
			ago := g.between(0, 400)
			sev := pick(g.r, domain.Severities)
			q := domain.ServiceRequest{Type: pick(g.r, domain.ServiceTypes), Severity: sev, Channel: pick(g.r, domain.ServiceChannels),
				Status: "closed", Owner: pick(g.r, scaleSupport).Name, Title: pick(g.r, titles), Opened: g.day(ago)}
			if ago < 30 && g.chance(0.5) {
				q.Status = pick(g.r, []domain.ServiceStatus{"open", "progress"})
			} else {
				q.Resolved, q.Resolution = g.day(max(0, ago-g.between(0, 15))), "已处理，客户确认。"
			}
			g.seed.Services = append(g.seed.Services, store.SeedService{Account: g.name, Contact: pick(g.r, g.people).key, Request: q})
		}
	}
	if g.size > 0.6 {
		first := time.Date(g.today.Year(), time.Month((int(g.today.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
		base := g.between(3, 5)
		for ago := g.between(1, 4); ago >= 1; ago-- {
			q := first.AddDate(0, -3*ago, 0)
			g.seed.Surveys = append(g.seed.Surveys, store.SeedSurvey{Account: g.name, Contact: pick(g.r, g.people).key,
				Survey: domain.Survey{Period: domain.PeriodKey(domain.PeriodQuarter, q), Date: q.AddDate(0, 1, 9).Format(time.DateOnly),
					Score: min(5, max(1, base+g.between(-1, 1))), Recommend: g.between(4, 10)}})
		}
	}
}
