package sample

import (
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

const (
	zhou            = "周杰"  // 售前工程师
	sun             = "孙悦"  // 服务工程师
	zhang           = "张建国" // 主管
	kamTemplate     = "大客户经理季度考核"
	supportTemplate = "技术支持与管理岗季度考核"
)

func on(name string, role domain.MemberRole) store.SeedTeamMember {
	return store.SeedTeamMember{Name: name, Role: role}
}

func skills(pairs ...any) []domain.Skill {
	out := []domain.Skill{}
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, domain.Skill{Name: pairs[i].(string), Level: pairs[i+1].(int)})
	}
	return out
}

// Team is the sample's key-account team as of today: eight members, the
// teams of the key accounts, two templates, a finalised assessment of every
// member for each of the two quarters before today's, and their training.
// The KPI actuals are not written here: the seed computes them from the
// sample's deals and interactions, as the app would.
func Team(today time.Time) store.SeedTeam {
	t := store.SeedTeam{
		Members: []domain.Member{
			{Name: zhang, Role: domain.RoleManager, Title: "大客户部总监", Phone: "138 0251 6688", Email: "zhang.jg@huakong-ie.cn",
				Skills: skills("团队管理", 5, "大客户战略", 5, "商务谈判", 4, "财务分析", 3)},
			{Name: wang, Role: domain.RoleKeyAccountManager, Title: "高级大客户经理", Phone: "139 1588 2041", Email: "wang.lei@huakong-ie.cn",
				Skills: skills("商务谈判", 5, "关系建立", 5, "行业知识（汽车）", 4, "方案呈现", 4)},
			{Name: li, Role: domain.RoleKeyAccountManager, Title: "大客户经理", Phone: "137 2866 1930", Email: "li.na@huakong-ie.cn",
				Skills: skills("商务谈判", 4, "关系建立", 4, "行业知识（锂电）", 4, "方案呈现", 3)},
			{Name: chen, Role: domain.RoleKeyAccountManager, Title: "大客户经理", Phone: "135 0216 7752", Email: "chen.zq@huakong-ie.cn",
				Skills: skills("商务谈判", 4, "关系建立", 5, "行业知识（重工）", 4, "回款管理", 4)},
			{Name: liu, Role: domain.RoleSalesRep, Title: "销售代表", Phone: "136 5318 0427", Email: "liu.yang@huakong-ie.cn",
				Skills: skills("客户开发", 3, "商务谈判", 2, "行业知识（石化）", 3)},
			{Name: zhao, Role: domain.RoleSalesRep, Title: "销售代表", Phone: "188 2070 6613", Email: "zhao.min@huakong-ie.cn",
				Skills: skills("客户开发", 4, "商务谈判", 3, "行业知识（医药）", 3, "方案呈现", 3)},
			{Name: zhou, Role: domain.RolePreSales, Title: "资深售前工程师", Phone: "139 0512 3386", Email: "zhou.jie@huakong-ie.cn",
				Skills: skills("PLC 与运动控制", 5, "机器视觉", 4, "方案设计", 5, "方案呈现", 4)},
			{Name: sun, Role: domain.RoleService, Title: "服务工程师", Phone: "186 2517 9043", Email: "sun.yue@huakong-ie.cn",
				Skills: skills("现场调试", 5, "故障诊断", 4, "客户培训", 4, "PLC 与运动控制", 3)},
		},
		AccountTeams: []store.SeedAccountTeam{
			{Account: "江宁新能源汽车股份有限公司", Members: []store.SeedTeamMember{on(zhou, domain.RolePreSales), on(sun, domain.RoleService), on(liu, domain.RoleSalesRep)}},
			{Account: "苏电智能电网设备有限公司", Members: []store.SeedTeamMember{on(sun, domain.RoleService), on(zhou, domain.RolePreSales)}},
			{Account: "鼎盛锂电科技有限公司", Members: []store.SeedTeamMember{on(zhou, domain.RolePreSales), on(zhao, domain.RoleSalesRep)}},
			{Account: "天工精密电子有限公司", Members: []store.SeedTeamMember{on(zhou, domain.RolePreSales), on(sun, domain.RoleService)}},
			{Account: "华北钢铁集团有限公司", Members: []store.SeedTeamMember{on(sun, domain.RoleService)}},
			{Account: "长江生物制药股份有限公司", Members: []store.SeedTeamMember{on(zhou, domain.RolePreSales), on(zhang, domain.RoleManager)}},
			{Account: "海川石化集团有限公司", Members: []store.SeedTeamMember{on(zhang, domain.RoleManager), on(zhou, domain.RolePreSales)}},
		},
		Templates: []domain.Template{
			{Name: kamTemplate, Items: []domain.TemplateItem{
				{Kind: domain.ItemKPI, Metric: domain.MetricWonRevenue, Weight: 30, Target: float64(wan(500))},
				{Kind: domain.ItemKPI, Metric: domain.MetricWinRate, Weight: 15, Target: 50},
				{Kind: domain.ItemKPI, Metric: domain.MetricVisits, Weight: 15, Target: 12},
				{Kind: domain.ItemKPI, Metric: domain.MetricNewOpportunities, Weight: 10, Target: 3},
				{Kind: domain.ItemKPI, Metric: domain.MetricCollectionRate, Weight: 10, Target: 90},
				{Kind: domain.ItemRating, Name: "专业能力", Weight: 10},
				{Kind: domain.ItemRating, Name: "工作态度", Weight: 5},
				{Kind: domain.ItemRating, Name: "团队合作", Weight: 5},
			}},
			{Name: supportTemplate, Items: []domain.TemplateItem{
				{Kind: domain.ItemKPI, Metric: domain.MetricSatisfaction, Weight: 30, Target: 90},
				{Kind: domain.ItemRating, Name: "专业能力", Weight: 30},
				{Kind: domain.ItemRating, Name: "服务态度", Weight: 20},
				{Kind: domain.ItemRating, Name: "团队合作", Weight: 20},
			}},
		},
	}
	// The two quarters before today's, finalised a week into the next one.
	q1 := domain.QuarterOf(today)
	prev := domain.PreviousPeriod(q1)
	older := domain.PreviousPeriod(prev)
	finalised := func(p string) string {
		_, to, _ := domain.PeriodRange(p)
		d, _ := time.Parse(time.DateOnly, to)
		if d = d.AddDate(0, 0, 8); d.After(today) {
			d = today
		}
		return d.Format(time.DateOnly)
	}
	kam := func(member, period string, collection float64, competence, attitude, teamwork int, comments string) store.SeedAssessment {
		return store.SeedAssessment{Member: member, Period: period, Template: kamTemplate,
			Manual:  []float64{0, 0, 0, 0, collection},
			Ratings: []int{0, 0, 0, 0, 0, competence, attitude, teamwork}, Comments: comments, FinalisedOn: finalised(period)}
	}
	support := func(member, period string, satisfaction float64, competence, attitude, teamwork int, comments string) store.SeedAssessment {
		return store.SeedAssessment{Member: member, Period: period, Template: supportTemplate, Manual: []float64{satisfaction},
			Ratings: []int{0, competence, attitude, teamwork}, Comments: comments, FinalisedOn: finalised(period)}
	}
	t.Assessments = []store.SeedAssessment{
		kam(wang, older, 92, 5, 5, 4, "江宁汽车关系稳固，拜访节奏好；新商机偏少，需加强线索开发。"),
		kam(wang, prev, 95, 5, 5, 5, "江宁汽车大单落地，超额完成销售额；继续推进合肥基地项目。"),
		kam(li, older, 85, 4, 5, 4, "鼎盛锂电突破首单，赢单率有待提高。"),
		kam(li, prev, 80, 4, 4, 4, "拜访积极但本季未赢单；星河半导体需尽快建立教练。"),
		kam(chen, older, 88, 4, 4, 5, "远航重工大单回款及时；北方重机休眠，需要唤醒计划。"),
		kam(chen, prev, 90, 4, 4, 5, "华北钢铁环保改造项目赢单；拜访次数偏少。"),
		kam(liu, older, 70, 3, 4, 3, "海川石化仍在入围阶段，输单一次，需加强方案能力。"),
		kam(liu, prev, 75, 3, 4, 4, "本季无成交，协助江宁汽车项目表现认真；建议参加顾问式销售培训。"),
		kam(zhao, older, 82, 3, 4, 4, "长江制药建立联系，新商机一个；南粤食品维持。"),
		kam(zhao, prev, 84, 4, 4, 4, "拜访数量不足，长江制药项目进展良好。"),
		support(zhou, older, 92, 5, 4, 5, "售前方案质量高，多个项目技术交流获客户认可。"),
		support(zhou, prev, 94, 5, 5, 5, "江宁汽车技术方案是赢单关键。"),
		support(sun, older, 88, 4, 5, 4, "现场响应及时，苏电智能调试零投诉。"),
		support(sun, prev, 90, 4, 5, 5, "华北钢铁改造调试按期完成，客户培训反馈好。"),
		support(zhang, older, 86, 5, 4, 4, "团队目标分解到人，需加强过程辅导。"),
		support(zhang, prev, 88, 5, 4, 5, "带领团队完成大单攻关，海川石化高层拜访有进展。"),
	}
	day := func(ago int) string { return today.AddDate(0, 0, -ago).Format(time.DateOnly) }
	tr := func(member, course string, ago int, hours float64, result string) store.SeedTraining {
		return store.SeedTraining{Member: member, Training: domain.Training{Course: course, Date: day(ago), Hours: hours, Result: result}}
	}
	t.Trainings = []store.SeedTraining{
		tr(wang, "大客户战略与管理", 200, 16, "优秀"),
		tr(wang, "高层拜访技巧", 60, 8, "合格"),
		tr(li, "顾问式销售", 170, 16, "优秀"),
		tr(li, "锂电行业工艺与设备", 90, 12, "合格"),
		tr(chen, "商务谈判与回款管理", 150, 12, "合格"),
		tr(liu, "顾问式销售", 40, 16, "合格"),
		tr(liu, "DCS/SIS 基础", 120, 24, "待补考"),
		tr(zhao, "GMP 与医药行业合规", 110, 8, "合格"),
		tr(zhou, "机器视觉新品认证", 130, 24, "优秀"),
		tr(zhou, "方案呈现与演讲", 75, 8, "优秀"),
		tr(sun, "现场安全与调试规范", 160, 8, "合格"),
		tr(sun, "客户服务礼仪", 50, 4, "合格"),
		tr(zhang, "绩效管理与辅导", 140, 16, "优秀"),
	}
	return t
}
