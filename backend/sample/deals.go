package sample

import (
	"strconv"
	"strings"

	"kams/backend/domain"
)

// Stay is a past or current stay of a deal in a stage, entered DaysAgo days before the sample is loaded.
type Stay struct {
	Stage   string
	DaysAgo int
}

// Deal is a sample opportunity.
type Deal struct {
	Account       string             // account Name as in Accounts()
	Opportunity   domain.Opportunity // no IDs, no dates; Stage is the last stay's
	People        []DealRole         // people of that account (sample.People keys) linked to the deal with their role
	CloseInDays   int                // open deals: expected close = today + CloseInDays (negative = past)
	ClosedDaysAgo int                // won/lost/abandoned: closed that many days ago; their CloseDate = closed day
	History       []Stay             // oldest first; each stay ends when the next begins, the last at the close (closed deals) or never (open ones)
	Touches       []int              // DaysAgo of the interactions about this deal, oldest first
}

// DealRole is a person linked to a sample deal, by Key, with their role in it.
type DealRole struct {
	Key  string
	Role domain.BuyingRole
}

// Deals returns the sample's opportunities: open ones at every stage (some
// stalled, some past their expected close, some moved backwards), and the
// deals won, lost and abandoned over the past year.
func Deals() []Deal {
	var out []Deal
	for _, b := range dealBook {
		for _, r := range b.deals {
			status := r.status
			if status == "" {
				status = domain.DealOpen
			}
			history := stays(r.history)
			o := domain.Opportunity{
				Name: r.name, Amount: wan(r.wan), Stage: history[len(history)-1].Stage, Status: status,
				LossReason: r.reason, Step: r.step, Override: r.override > 0, Probability: r.override,
				Competitors: r.competitors, Solution: r.solution, Criteria: r.criteria,
				Elements: domain.Elements{Need: r.el[0], Budget: r.el[1], Decision: r.el[2], Timeline: r.el[3],
					Fit: r.el[4], Competitive: r.el[5], Profitability: r.el[6]},
				TasksDone: []string{}, People: []domain.DealPerson{},
			}
			d := Deal{Account: b.account, Opportunity: o, People: r.people, History: history, Touches: r.touches}
			if status == domain.DealOpen {
				d.CloseInDays = r.when
			} else {
				d.ClosedDaysAgo = r.when
			}
			out = append(out, d)
		}
	}
	return out
}

// stays reads "lead 250 qualify 220 …": stage, days ago, oldest first.
func stays(s string) []Stay {
	f := strings.Fields(s)
	out := make([]Stay, 0, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		n, err := strconv.Atoi(f[i+1])
		if err != nil {
			panic("sample: bad history " + s)
		}
		out = append(out, Stay{Stage: f[i], DaysAgo: n})
	}
	return out
}

// dl is one deal of the book. status "" is open; when is CloseInDays for
// an open deal, ClosedDaysAgo for a closed one; override > 0 overrides the
// stage's probability; el are the seven scored elements (0 = unscored).
type dl struct {
	name                            string
	wan                             int64
	status, reason, step            string
	override, when                  int
	history                         string
	touches                         []int
	el                              [7]int
	people                          []DealRole
	competitors, solution, criteria string
}

const (
	won       = domain.DealWon
	lost      = domain.DealLost
	abandoned = domain.DealAbandoned
)

var dealBook = []struct {
	account string
	deals   []dl
}{
	{"江宁新能源汽车股份有限公司", []dl{
		{name: "合肥基地总装线自动化改造", wan: 2400, step: "tender", when: 75,
			history: "lead 250 qualify 220 solution 170 bid 30", touches: []int{245, 210, 140, 100, 35, 14, 1},
			el:          [7]int{5, 5, 4, 4, 4, 3, 3},
			people:      []DealRole{{"zhoujianguo", eb}, {"sunhaitao", ub}, {"xuzhiyuan", tb}, {"qianwei", tb}, {"shenjie", ib}, {"fangyu", co}},
			competitors: "西门子、汇川技术",
			solution:    "两条总装线电控交钥匙：HK-800 PLC + EtherCAT 伺服，数字孪生虚拟调试缩短现场调试 30%，合肥本地服务站 4 小时响应。",
			criteria:    "技术分占 60%（徐志远牵头评分），商务分 40%；交付保障与本地服务；价格不高于西门子方案 5%。"},
		{name: "合肥基地电池包线控制系统", wan: 1600, step: "spec", override: 40, when: 120,
			history: "lead 230 qualify 180 solution 60", touches: []int{200, 120, 35, 12},
			el:          [7]int{5, 4, 3, 3, 4, 2, 3},
			people:      []DealRole{{"pengbo", tb}, {"luoqing", ub}, {"shenjie", ib}, {"caijun", tb}, {"fangyu", co}},
			competitors: "西门子",
			solution:    "电池包线 45 秒节拍方案：模组堆叠与涂胶工位运动控制，MES 接口按 OPC UA，满足等保 2.0 三级。",
			criteria:    "节拍与产能爬坡计划；驱动器可靠性（电池包车间曾因驱动器报警停线）；网络安全合规。"},
		{name: "电池包线驱动器延保服务", wan: 30, step: "budget", when: 20,
			history: "lead 45 qualify 15", touches: []int{45, 15},
			el:       [7]int{4, 2, 3, 4, 5, 4, 2},
			people:   []DealRole{{"luoqing", ub}, {"dengli", tb}, {"yangfan", ib}},
			solution: "46 台伺服驱动器延保一年，含预防性更换散热风扇与季度巡检。",
			criteria: "延保价格与故障响应时间。"},
		{name: "总装车间 MES 数据追溯二期", wan: 280, step: "need", when: 180,
			history: "lead 20", touches: []int{20, 8},
			el:       [7]int{3, 0, 0, 2, 3, 0, 0},
			people:   []DealRole{{"gaoming", ub}, {"caijun", tb}},
			solution: "在拧紧数据追溯的基础上扩展到总装全部关键工位。",
			criteria: "待确认。"},
		{name: "2027 年度备件寄售协议", wan: 120, step: "contract", override: 95, when: 12,
			history: "qualify 40 bid 20 commit 8", touches: []int{40, 20, 8, 3},
			el:       [7]int{5, 5, 5, 5, 5, 4, 3},
			people:   []DealRole{{"qianwei", eb}, {"dengli", tb}, {"yangfan", ub}, {"fangyu", co}},
			solution: "厂内寄售库存，按月结算实际领用量，续签一年。",
			criteria: "备件到位率、结算周期与库存上限。"},
		{name: "总装车间拧紧工位改造", wan: 365, status: won, step: "contract", when: 60,
			history: "lead 95 qualify 88 solution 80 bid 68 commit 62", touches: []int{90, 75, 62, 60},
			el:          [7]int{5, 5, 5, 5, 5, 4, 4},
			people:      []DealRole{{"gaoming", ub}, {"yangfan", ib}, {"qianwei", eb}, {"dengli", tb}, {"fangyu", co}},
			competitors: "阿特拉斯·科普柯",
			solution:    "18 个拧紧工位改造并接入数据追溯，交期 10 周。",
			criteria:    "与现有 MES 对接、价格、交期。"},
		{name: "焊装线 PLC 控制柜扩容", wan: 680, status: won, step: "payment", when: 300,
			history: "lead 360 solution 340 bid 322 commit 310", touches: []int{350, 320, 305},
			el:          [7]int{5, 5, 4, 5, 5, 4, 4},
			people:      []DealRole{{"yangfan", ub}, {"qianwei", eb}, {"dengli", tb}, {"fangyu", co}},
			competitors: "西门子",
			solution:    "焊装二车间新增 8 套 PLC 控制柜，与一期同平台。",
			criteria:    "与一期设备统一平台、备件通用。"},
		{name: "涂装车间输送线控制改造", wan: 450, status: lost, reason: "价格", step: "negotiation", when: 150,
			history: "lead 260 qualify 235 solution 205 bid 175", touches: []int{255, 205, 160, 150},
			el:          [7]int{4, 4, 3, 3, 4, 2, 2},
			people:      []DealRole{{"sunhaitao", eb}, {"yangfan", ub}, {"qianwei", tb}},
			competitors: "西门子（报价低约 8%）",
			solution:    "涂装输送线 PLC 与变频器整体替换，分两个停产窗口实施。",
			criteria:    "最低评标价优先，技术满足即可。"},
		{name: "数字孪生虚拟调试软件许可", wan: 150, status: won, step: "delivery", when: 190,
			history: "solution 215 bid 200 commit 195", touches: []int{215, 200, 192},
			el:       [7]int{4, 4, 4, 4, 5, 5, 5},
			people:   []DealRole{{"xuzhiyuan", tb}, {"pengbo", ub}, {"sunhaitao", eb}, {"dengli", tb}},
			solution: "虚拟调试平台 5 个并发许可与工艺部培训。",
			criteria: "节拍仿真精度与培训支持。"},
	}},
	{"苏电智能电网设备有限公司", []dl{
		{name: "配网终端产线自动化改造（一期）", wan: 2200, status: won, step: "delivery", when: 120,
			history: "lead 300 qualify 270 solution 240 bid 150 commit 125", touches: []int{300, 270, 240, 150, 125, 120},
			el:          [7]int{5, 5, 5, 4, 5, 4, 4},
			people:      []DealRole{{"huangzhiming", eb}, {"heyong", ub}, {"guoxiaoming", ub}, {"songtao", co}, {"zhuhong", tb}, {"tangyan", tb}},
			competitors: "施耐德电气",
			solution:    "端子压接与测试工位自动化，视觉检测 + 柔性装配，MES 与 EDI 对接。",
			criteria:    "投产后良率与人均产出；付款 30/60/10。"},
		{name: "配网终端产线改造二期", wan: 1600, step: "budget", when: 200,
			history: "lead 95 qualify 30", touches: []int{95, 30, 12},
			el:          [7]int{4, 3, 4, 3, 4, 4, 3},
			people:      []DealRole{{"huangzhiming", eb}, {"heyong", ub}, {"songtao", co}, {"mali", ib}},
			competitors: "施耐德电气",
			solution:    "复制一期方案到其余 28 个工位，并入明年预算。",
			criteria:    "一期验收结果；年度降本 3%。"},
		{name: "老厂区 PLC 分批替换（第一批 180 台）", wan: 520, step: "spec", when: 150,
			history: "lead 50 qualify 40 solution 10", touches: []int{50, 10},
			el:          [7]int{4, 4, 4, 4, 5, 4, 3},
			people:      []DealRole{{"heyong", eb}, {"xiejun", tb}, {"guoxiaoming", ub}, {"songtao", co}},
			competitors: "施耐德电气",
			solution:    "180 台停产 PLC 分三年替换，程序自动转换工具 + 周末停机窗口切换。",
			criteria:    "切换停机时间、程序转换质量。"},
		{name: "MES 质量追溯接口扩展", wan: 45, step: "contract", when: -5,
			history: "qualify 20 bid 12 commit 5", touches: []int{5},
			el:       [7]int{5, 5, 4, 5, 5, 5, 4},
			people:   []DealRole{{"tangyan", tb}, {"songtao", co}, {"yujing", ib}},
			solution: "新增 6 个质量追溯字段，SAT 前完成接口变更。",
			criteria: "SAT 前交付。"},
		{name: "2026 年度备件框架协议", wan: 180, status: won, step: "contract", when: 330,
			history: "bid 350 commit 340", touches: []int{345, 332},
			el:       [7]int{5, 5, 5, 5, 5, 5, 3},
			people:   []DealRole{{"huangzhiming", eb}, {"zhuhong", tb}, {"yujing", ib}},
			solution: "全年备件框架价格，VMI 库存。",
			criteria: "交付准时率与年度降本。"},
		{name: "智能仓储 AGV 改造", wan: 380, status: abandoned, reason: "项目取消", step: "budget", when: 200,
			history: "lead 280 qualify 240", touches: []int{275, 240, 205},
			el:          [7]int{3, 1, 2, 2, 3, 3, 3},
			people:      []DealRole{{"zhuhong", tb}, {"heyong", ub}},
			competitors: "海康机器人",
			solution:    "成品库 12 台 AGV 与 WMS 对接。",
			criteria:    "投资回收期。"},
		{name: "配网终端车间视觉检测样机", wan: 95, status: won, step: "contract", when: 145,
			history: "solution 180 commit 150", touches: []int{180, 150},
			el:       [7]int{5, 4, 4, 4, 5, 5, 4},
			people:   []DealRole{{"guoxiaoming", ub}, {"xiejun", tb}, {"songtao", co}},
			solution: "端子压接视觉检测样机，检出率 99.8%。",
			criteria: "压接不良检出率。"},
	}},
	{"鼎盛锂电科技有限公司", []dl{
		{name: "卷绕机伺服改造（20 台）", wan: 260, status: won, step: "delivery", when: 210,
			history: "lead 300 solution 270 bid 240 commit 215", touches: []int{300, 270, 240, 225, 210},
			el:          [7]int{5, 4, 4, 4, 5, 4, 3},
			people:      []DealRole{{"xiaohua", eb}, {"zhengkai", ub}, {"huangwei", co}, {"liangyan", tb}},
			competitors: "先导智能（原厂伺服）",
			solution:    "卷绕机张力控制伺服改造，张力波动降低约 40%。",
			criteria:    "试点效果；价格（让价 6%）。"},
		{name: "惠州四期电芯线控制系统", wan: 1800, step: "spec", override: 45, when: 90,
			history: "lead 150 qualify 120 solution 90 bid 40", touches: []int{150, 90, 52, 40, 18},
			el:          [7]int{5, 4, 3, 4, 4, 2, 3},
			people:      []DealRole{{"luozhiwei", eb}, {"zengqiang", tb}, {"chenhao", ub}, {"xiaohua", ib}, {"liangyan", tb}, {"huangwei", co}},
			competitors: "先导智能（整线交钥匙）、罗克韦尔",
			solution:    "“整线商 + 华控控制系统”联合方案，8 条电芯线统一控制平台。",
			criteria:    "技术规范是否保留控制系统品牌短名单；整线商是否接受分包；价格。"},
		{name: "匈牙利工厂电芯线控制系统（CE）", wan: 2000, step: "spec", when: 210,
			history: "lead 120 qualify 100 solution 90", touches: []int{120, 90},
			el:          [7]int{4, 3, 2, 2, 4, 3, 3},
			people:      []DealRole{{"xiaohua", eb}, {"wuqian", ub}, {"huangwei", co}},
			competitors: "罗克韦尔、西门子",
			solution:    "符合 CE 与 EN 60204 的电控方案，依托欧洲合作伙伴提供本地服务。",
			criteria:    "CE 认证、欧洲本地服务能力。"},
		{name: "卷绕机伺服改造推广（二期 40 台）", wan: 480, step: "need", when: 240,
			history: "lead 200 qualify 150 lead 100", touches: []int{200, 150, 100},
			el:          [7]int{4, 0, 2, 0, 5, 3, 3},
			people:      []DealRole{{"xiaohua", eb}, {"zhengkai", ub}, {"huangwei", co}},
			competitors: "先导智能",
			solution:    "把一期伺服改造推广到其余 40 台卷绕机。",
			criteria:    "设备中心是否同意单独改造。"},
		{name: "惠州三期模组线 PLC 单独采购", wan: 650, status: lost, reason: "竞争对手更早介入", step: "evaluation", when: 150,
			history: "lead 330 qualify 300 solution 180", touches: []int{330, 300, 180, 150},
			el:          [7]int{4, 3, 2, 3, 4, 1, 3},
			people:      []DealRole{{"chenhao", ub}, {"zengqiang", tb}},
			competitors: "先导智能（整线交钥匙）",
			solution:    "模组线 PLC 与运动控制单独采购。",
			criteria:    "设备中心坚持整线交钥匙。"},
	}},
	{"海川石化集团有限公司", []dl{
		{name: "DCS/SIS 系统升级（炼化一期）", wan: 2400, step: "budget", override: 15, when: 300,
			history: "lead 300 qualify 160", touches: []int{300, 200, 160, 45, 20},
			el:          [7]int{4, 3, 0, 3, 3, 0, 2},
			people:      []DealRole{{"qiaojun", tb}, {"zhanghongbin", ib}, {"hebin", ub}, {"shiyu", tb}, {"jiangli", tb}},
			competitors: "霍尼韦尔、浙江中控、横河电机",
			solution:    "国产 DCS + SIL3 安全仪表系统，分装置不停车切换。",
			criteria:    "千万吨级装置业绩、切换风险、集团短名单资格。"},
		{name: "安全生产预警平台", wan: 320, step: "need", when: 240,
			history: "lead 45", touches: []int{45},
			el:       [7]int{3, 0, 0, 0, 3, 0, 0},
			people:   []DealRole{{"kongxiang", ib}, {"wangzhiyong", ub}},
			solution: "报警管理与安全生产预警模块。",
			criteria: "待了解。"},
	}},
	{"远航船舶重工有限公司", []dl{
		{name: "焊接机器人工作站扩容（新增 4 台）", wan: 320, status: won, step: "delivery", when: 140,
			history: "solution 160 bid 150 commit 145", touches: []int{150, 142},
			el:          [7]int{5, 4, 5, 4, 5, 4, 3},
			people:      []DealRole{{"daiguoqiang", eb}, {"houyong", ub}, {"shilei", co}, {"longfei", tb}},
			competitors: "ABB",
			solution:    "新增 4 台焊接工作站，与既有工作站同型号。",
			criteria:    "价格与老供应商稳定性。"},
		{name: "2026 年度备件采购", wan: 85, step: "negotiation", when: -20,
			history: "lead 250 bid 240", touches: []int{245},
			el:       [7]int{3, 3, 2, 2, 5, 3, 2},
			people:   []DealRole{{"longfei", tb}},
			solution: "年度备件报价，价格与去年持平。",
			criteria: "价格；付款周期 120 天。"},
		{name: "分段焊接自动化率提升（二期）", wan: 600, step: "need", when: 270,
			history: "lead 20", touches: []int{20, 5},
			el:          [7]int{4, 0, 0, 3, 4, 0, 0},
			people:      []DealRole{{"houyong", ub}, {"shilei", co}},
			competitors: "ABB",
			solution:    "焊接自动化率从 45% 提到 60% 的工作站规划。",
			criteria:    "待确认。"},
	}},
	{"北方重型机械股份有限公司", []dl{
		{name: "矿山机械产线改造", wan: 900, step: "need", when: 330,
			history: "lead 200", touches: []int{200},
			el:          [7]int{2, 0, 0, 1, 3, 0, 0},
			people:      []DealRole{{"yuhai", ub}},
			competitors: "三菱电机",
			solution:    "矿山机械装配线自动化改造，采购冻结后再启动。",
			criteria:    "采购冻结解除时间。"},
		{name: "年度备件订单", wan: 40, status: won, step: "payment", when: 75,
			history: "qualify 80 commit 78", touches: []int{80, 76},
			el:       [7]int{5, 5, 4, 5, 5, 4, 3},
			people:   []DealRole{{"guanzhenyu", eb}, {"changlijuan", tb}},
			solution: "年度备件按单供货。",
			criteria: "价格。"},
	}},
	{"南粤食品饮料有限公司", []dl{
		{name: "包装线视觉贴标检测改造", wan: 120, step: "budget", when: 60,
			history: "lead 260 qualify 150", touches: []int{255, 150},
			el:          [7]int{4, 0, 3, 0, 4, 2, 3},
			people:      []DealRole{{"lizhijian", eb}, {"maijiahui", ub}},
			competitors: "欧姆龙、台达",
			solution:    "低成本视觉贴标检测，两条包装线。",
			criteria:    "价格，厂长审批预算。"},
		{name: "包装线传感器及备件年度采购", wan: 30, status: won, step: "payment", when: 38,
			history: "commit 40", touches: []int{40, 38},
			el:       [7]int{5, 5, 5, 5, 5, 3, 3},
			people:   []DealRole{{"kuangmeiling", tb}, {"maijiahui", ub}},
			solution: "传感器与易损件年度供货。",
			criteria: "比价。"},
	}},
	{"西部水泥集团有限公司", []dl{
		{name: "窑头控制系统改造", wan: 850, status: lost, reason: "价格", step: "tender", when: 210,
			history: "lead 330 qualify 320 solution 300 bid 240", touches: []int{325, 300, 240, 210},
			el:          [7]int{4, 3, 3, 3, 4, 1, 2},
			people:      []DealRole{{"qingguohua", eb}, {"leiming", ub}},
			competitors: "浙江中控（最低价中标，低 12%）",
			solution:    "窑头 DCS 与专家控制系统。",
			criteria:    "集团招标，最低价中标。"},
	}},
	{"天工精密电子有限公司", []dl{
		{name: "东莞新工厂 SMT 后段与组装自动化", wan: 2300, step: "tender", when: 25,
			history: "lead 280 qualify 250 solution 160 bid 75 solution 55 bid 33", touches: []int{280, 160, 100, 75, 55, 33, 15, 6},
			el:          [7]int{5, 5, 5, 5, 5, 4, 3},
			people:      []DealRole{{"fengzhihua", eb}, {"luwei", ib}, {"duhao", ub}, {"xubin", ub}, {"yaojian", tb}, {"yinli", tb}, {"fulei", ib}, {"zouting", co}},
			competitors: "基恩士、发那科（组合方案）",
			solution:    "SMT 后段自动下料与 AOI 联动、SCARA + 视觉组装线，数字孪生整厂仿真，按分期投资列出。",
			criteria:    "技术标 60%（我司第一），商务标 40%；10% 质保金、18 个月质保；分期投资。"},
		{name: "东莞首台样机验证", wan: 60, step: "contract", when: 14,
			history: "qualify 15 commit 6", touches: []int{15, 6},
			el:       [7]int{5, 5, 5, 5, 5, 4, 3},
			people:   []DealRole{{"duhao", ub}, {"yaojian", tb}, {"jiaming", ib}, {"zouting", co}},
			solution: "首台组装样机 6 周内到厂验证。",
			criteria: "样机验证指标。"},
		{name: "深圳工厂组装工作站年度框架（2026）", wan: 420, status: won, step: "contract", when: 310,
			history: "bid 330 commit 315", touches: []int{330, 310},
			el:       [7]int{5, 5, 5, 5, 5, 4, 4},
			people:   []DealRole{{"luwei", eb}, {"yinli", tb}},
			solution: "组装工作站年度框架，降价 3% 续签。",
			criteria: "A 类供应商资格与年度降价。"},
		{name: "汽车电子线视觉检测工作站", wan: 210, status: lost, reason: "交期", step: "evaluation", when: 100,
			history: "lead 220 qualify 190 solution 130", touches: []int{220, 130, 105},
			el:          [7]int{4, 4, 3, 2, 4, 2, 3},
			people:      []DealRole{{"xubin", ub}, {"yaojian", tb}},
			competitors: "基恩士（现货 4 周交付）",
			solution:    "汽车电子线视觉检测工作站 6 台。",
			criteria:    "交期不超过 6 周。"},
	}},
	{"长江生物制药股份有限公司", []dl{
		{name: "新建原液与制剂车间自动化及 MES", wan: 2100, step: "spec", when: 150,
			history: "lead 290 qualify 250 solution 140", touches: []int{250, 210, 140, 70, 40, 10},
			el:          [7]int{5, 4, 2, 4, 4, 3, 3},
			people:      []DealRole{{"weigang", ub}, {"xuefeng", ub}, {"baixuemei", tb}, {"yankai", tb}, {"gongli", tb}, {"renxiao", co}},
			competitors: "西门子、艾默生",
			solution:    "原液与制剂车间自动化 + MES 一个标段，按 GAMP 5 提供完整验证文档。",
			criteria:    "GMP/CSV 合规（质量受权人可否决）、投产时间、公开招标评分。"},
		{name: "灌装线控制系统国产化替换", wan: 350, step: "budget", when: -10,
			history: "lead 320 qualify 250", touches: []int{320, 250},
			el:          [7]int{3, 2, 0, 0, 4, 3, 3},
			people:      []DealRole{{"xuefeng", ub}, {"taoran", ub}},
			competitors: "西门子",
			solution:    "现有灌装线西门子控制系统替换为国产，降低备件成本。",
			criteria:    "验证工作量与停线时间。"},
	}},
	{"星河半导体设备有限公司", []dl{
		{name: "刻蚀设备运动控制平台国产化", wan: 1200, step: "evaluation", override: 35, when: 180,
			history: "lead 280 qualify 130 solution 50", touches: []int{250, 170, 130, 50, 22},
			el:          [7]int{4, 4, 3, 3, 4, 2, 3},
			people:      []DealRole{{"shaohui", eb}, {"chengyuan", tb}, {"liming", tb}, {"caoying", ub}, {"fanbo", tb}, {"wangjie", ib}},
			competitors: "倍福、贝加莱",
			solution:    "纳米级直线电机平台 + EtherCAT 主站，12 项样机验证指标。",
			criteria:    "样机验证数据、长期稳定性、国产化率目标 70%。"},
		{name: "视觉同步触发模块样机", wan: 80, step: "evaluation", when: 30,
			history: "qualify 50 bid 22", touches: []int{50, 22},
			el:          [7]int{4, 4, 3, 4, 4, 3, 3},
			people:      []DealRole{{"caoying", ub}, {"qiufeng", ub}},
			competitors: "倍福",
			solution:    "视觉与运动控制同步触发模块样机。",
			criteria:    "同步触发延时。"},
		{name: "薄膜设备 EtherCAT 运动控制试点", wan: 150, status: lost, reason: "技术方案", step: "evaluation", when: 205,
			history: "lead 250 qualify 230 solution 215", touches: []int{250, 210},
			el:          [7]int{3, 3, 2, 3, 2, 1, 3},
			people:      []DealRole{{"caoying", ub}, {"fanbo", tb}},
			competitors: "倍福（TwinCAT）",
			solution:    "薄膜设备运动控制试点。",
			criteria:    "EtherCAT 主站成熟度与抖动数据。"},
	}},
	{"蓝海智慧物流有限公司", []dl{
		{name: "嘉定仓输送分拣系统改造", wan: 650, step: "budget", when: 120,
			history: "lead 150 qualify 9", touches: []int{150, 110, 28, 9},
			el:          [7]int{4, 3, 2, 3, 4, 0, 3},
			people:      []DealRole{{"gezhenhua", eb}, {"tongbin", ib}, {"ouyangming", tb}, {"zhonglei", ub}},
			competitors: "德马泰克、今天国际",
			solution:    "PLC + WCS 一体化输送分拣，高峰效率提升 30%。",
			criteria:    "投资回收期、与 WMS 接口开放性。"},
		{name: "全国区域仓输送分拣框架（6 仓）", wan: 1800, step: "need", when: 360,
			history: "lead 28", touches: []int{28},
			el:          [7]int{3, 0, 0, 2, 0, 0, 0},
			people:      []DealRole{{"gezhenhua", eb}, {"tongbin", ib}},
			competitors: "德马泰克、今天国际",
			solution:    "6 个区域仓统一输送分拣标准方案。",
			criteria:    "先完成供应商入库审核。"},
	}},
	{"华北钢铁集团有限公司", []dl{
		{name: "超低排放改造脱硫脱硝控制系统", wan: 780, status: won, step: "delivery", when: 180,
			history: "lead 350 qualify 260 solution 220 bid 200 commit 190", touches: []int{350, 260, 200, 185},
			el:          [7]int{5, 5, 4, 5, 4, 4, 3},
			people:      []DealRole{{"cuibaoshan", eb}, {"yanlixin", ub}, {"dongzhen", co}},
			competitors: "宝信软件",
			solution:    "脱硫脱硝控制系统改造。",
			criteria:    "排放指标达标、稳定运行。"},
		{name: "炼钢厂设备状态监测", wan: 260, status: lost, reason: "关系", step: "evaluation", when: 90,
			history: "lead 200 solution 180 qualify 150", touches: []int{180, 120, 90},
			el:          [7]int{3, 3, 2, 3, 4, 1, 3},
			people:      []DealRole{{"ningxiaojun", ub}, {"dongzhen", co}},
			competitors: "宝信软件（老用户）",
			solution:    "炼钢厂关键设备状态监测与预测维护。",
			criteria:    "沿用现有平台。"},
		{name: "高炉鼓风机节能控制改造", wan: 340, step: "tender", when: 45,
			history: "lead 100 qualify 60 bid 30", touches: []int{100, 30, 10},
			el:          [7]int{4, 4, 4, 4, 4, 3, 3},
			people:      []DealRole{{"cuibaoshan", eb}, {"yanlixin", ub}, {"dongzhen", co}},
			competitors: "宝信软件",
			solution:    "鼓风机变频与节能控制，年节电约 8%。",
			criteria:    "节能量与投资回收期。"},
		{name: "2027 年度备件框架协议", wan: 150, step: "negotiation", when: 35,
			history: "qualify 40 commit 30", touches: []int{30, 12},
			el:       [7]int{5, 5, 4, 5, 5, 4, 3},
			people:   []DealRole{{"cuibaoshan", eb}, {"dongzhen", co}},
			solution: "备件年度框架，随合格供应商复评一并签订。",
			criteria: "合格供应商复评结果。"},
	}},
	{"东方纺织印染有限公司", []dl{
		{name: "染色机控制系统更新", wan: 90, status: abandoned, reason: "项目取消", step: "need", when: 170,
			history: "lead 185", touches: []int{180, 170},
			el:          [7]int{2, 1, 2, 1, 3, 3, 2},
			people:      []DealRole{{"jinxiaoyan", ub}},
			competitors: "台达",
			solution:    "4 台染色机控制系统更新。",
			criteria:    "价格。"},
	}},
	{"瑞丰光伏材料有限公司", []dl{
		{name: "扩产项目电池片线自动化", wan: 1500, status: abandoned, reason: "项目取消", step: "spec", when: 230,
			history: "lead 360 qualify 330 solution 300", touches: []int{330, 300, 230},
			el:          [7]int{3, 2, 3, 2, 4, 3, 1},
			people:      []DealRole{{"mawenbin", eb}, {"yanghai", ub}},
			competitors: "汇川技术",
			solution:    "扩产电池片线自动化整体方案。",
			criteria:    "付款条件（回款风险高）。"},
	}},
}
