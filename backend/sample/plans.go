package sample

import "kams/backend/domain"

// Plan is a sample account plan. YearsAgo is 0 for the plan of the year the
// sample is loaded in, 1 for the year before. Each action is due Due[i]
// days after the load day YearsAgo years back (negative: before it), so a
// plan's dates sit around the same time of its own year; reviews fall on
// their month and day of the plan's year.
type Plan struct {
	Account  string
	YearsAgo int
	Plan     domain.AccountPlan
	Due      []int
	Reviews  []Review
}

// Review is a review date of a sample plan within its year.
type Review struct {
	MonthDay string
	Note     string
}

// risk is a risk with its counter-measure.
func risk(r, c string) domain.PlanRisk { return domain.PlanRisk{Risk: r, Countermeasure: c} }

// act is one sample action without its date.
func act(item, owner string, status domain.ActionStatus) domain.PlanAction {
	return domain.PlanAction{Item: item, Owner: owner, Status: status}
}

const (
	planned   = domain.ActionPlanned
	doing     = domain.ActionDoing
	done      = domain.ActionDone
	cancelled = domain.ActionCancelled
)

// quarterly are the usual review dates of a plan: each quarter's end and a
// year-end review that starts next year's plan.
var quarterly = []Review{
	{"03-31", "一季度回顾：重点项目进展与行动计划完成情况"},
	{"06-30", "半年回顾：销售目标达成率与份额变化，必要时调整策略"},
	{"09-30", "三季度回顾：风险与对策复核，确认年底前的签约项目"},
	{"12-15", "年度总结，起草下一年度大客户计划"},
}

// Plans returns the sample's account plans: this year's for three key
// accounts (the largest among them), last year's for the first of them,
// and for one account only last year's, so that "copy from last year" has
// something to show.
func Plans() []Plan {
	return []Plan{jiangning(), jiangningLastYear(), sudian(), huabei(), tiangongLastYear()}
}

func jiangning() Plan {
	return Plan{Account: "江宁新能源汽车股份有限公司", Plan: domain.AccountPlan{
		Business: "国内第二梯队新能源整车企业，员工约 1.8 万人，年营收约 320 亿元。南京江宁基地有焊装、涂装、总装和电池包四个车间，" +
			"主销 A 级纯电轿车与 SUV，年销量约 28 万辆；合肥基地正在筹建。",
		Strategy: "三年内电动车年产能从 30 万辆扩至 60 万辆，推进电池、电驱、整车一体化，目标进入国内新能源车前五。\n" +
			"供应链：核心部件双供应商；自动化产线倾向长期合作的国产头部供应商，要求本地 4 小时响应。",
		Organisation: "周建国（总裁）拍板重大投资，只听结论和数据；孙海涛（生产副总裁）挂帅合肥基地筹建；" +
			"钱伟（采购总监）推行双供应商与总拥有成本评估；徐志远（工艺技术部部长）主持技术评分，技术分占合肥项目总分 60%；" +
			"沈杰（合肥基地筹建办主任）负责招标与建设，与西门子接触较多；方宇（设备部自动化工程师）是我方教练。",
		Procurement: "2027 年 Q1 合肥基地两条总装线和一条电池包线招标，自动化预算约 2.4 亿元；" +
			"总装车间 MES 数据追溯二期约 280 万元；2027 年度备件寄售协议续签约 120 万元。",
		SalesHistory: "合作第五年。焊装线 PLC 控制柜扩容（680 万元）、数字孪生虚拟调试软件许可（150 万元）、" +
			"总装车间拧紧工位改造（365 万元）均已赢单；涂装车间输送线控制改造（450 万元）因报价高约 8% 输给西门子。",
		ShareOfWallet: "我司年销售额约 4600 万元，占其自动化类年采购约 1.25 亿元的 37%，为第一供应商；西门子约 30%。",
		Strengths: "一期项目交付口碑好，设备部和总装车间认可我司服务响应；数字孪生虚拟调试可缩短现场调试 30%；" +
			"产品平台统一，备件通用；南京本地服务团队。",
		Weaknesses: "电池包线伺服驱动器曾批量报警停线，电池包车间罗青主任仍有不满；合肥本地尚无服务站；" +
			"与合肥筹建办沈杰的关系弱于西门子。",
		Opportunities: "合肥基地三条线约 2.4 亿元自动化预算；总装 MES 追溯二期；备件寄售协议续签并扩大到合肥基地；" +
			"电池包线控制系统可借延保服务修复关系。",
		Threats: "西门子以低价争取合肥项目（涂装项目已低价赢单）；汇川技术在电池包线主推国产替代；" +
			"采购推行双供应商，可能拆分标段。",
		RevenueTarget: wan(6000),
		ShareTarget:   45,
		StageTarget:   domain.StageIntegrated,
		Objectives: "1. 赢得合肥基地总装线自动化改造（2400 万元），电池包线控制系统至少拿下一个标段；\n" +
			"2. 年销售额 6000 万元，份额从 37% 提升到 45%；\n" +
			"3. 续签 2027 年度备件寄售协议并扩大到合肥基地；\n" +
			"4. 罗青主任态度从不满转为中立以上。",
		Strategies: "以“交付保障 + 本地服务”对抗价格战：在合肥设立服务站，承诺 4 小时响应；\n" +
			"技术评分上主打数字孪生虚拟调试和统一平台，邀请徐志远部长团队到苏电智能数字化车间参观；\n" +
			"高层路线：安排我司总经理拜访周建国总裁，汇报五年合作成果与合肥方案；\n" +
			"先解决电池包车间驱动器问题，再谈电池包线项目。",
		Resources: "售前工程师 2 名全程支持合肥投标；数字孪生演示环境与电池包线节拍仿真；" +
			"合肥服务站 3 名服务工程师（2027 年 Q1 到岗）；我司总经理参加一次高层拜访；投标保证金约 200 万元。",
		Actions: []domain.PlanAction{
			act("总装车间拧紧工位改造验收与回款", wang, done),
			act("电池包线驱动器故障根因报告，向罗青主任当面汇报", chen, done),
			act("合肥总装线技术标：数字孪生虚拟调试演示", wang, doing),
			act("2027 年度备件寄售协议续签", wang, doing),
			act("向信息中心蔡军提交 OPC UA 与等保 2.0 三级合规说明", li, planned),
			act("安排我司总经理拜访周建国总裁", wang, planned),
			act("邀请徐志远部长团队参观苏电智能数字化车间", wang, planned),
			act("合肥本地服务站选址与人员到位", liu, planned),
		},
		Risks: []domain.PlanRisk{
			risk("西门子与合肥筹建办沈杰接触更多，可能影响技术规范的倾向性", "每两周与沈杰沟通一次，提供合肥周边客户现场参观；技术规范征求意见阶段提交书面建议"),
			risk("电池包车间对驱动器可靠性的不满影响电池包线评标", "延保一年并预防性更换散热风扇，每季度提交巡检报告，由陈志强跟踪"),
			risk("采购拆分标段或压价，西门子低价竞争", "以总拥有成本测算（停线损失、本地服务、备件通用）说明价值，准备分期付款与备件打包报价"),
		},
	}, Due: []int{-60, -25, 20, 12, 30, 45, 60, 90}, Reviews: quarterly}
}

func jiangningLastYear() Plan {
	return Plan{Account: "江宁新能源汽车股份有限公司", YearsAgo: 1, Plan: domain.AccountPlan{
		Business:      "新能源整车企业，江宁基地四个车间满产，年销量约 22 万辆。",
		Strategy:      "扩产至 30 万辆，启动合肥基地规划。",
		Organisation:  "周建国（总裁）决策；孙海涛（生产副总裁）分管制造；钱伟（采购总监）新上任，推行双供应商。",
		Procurement:   "焊装二车间扩容、涂装输送线改造、总装拧紧工位改造。",
		SalesHistory:  "一期焊装线项目交付，年销售额约 3800 万元。",
		ShareOfWallet: "约 33%。",
		Strengths:     "一期交付口碑好。",
		Weaknesses:    "与新任采购总监钱伟关系尚浅。",
		Opportunities: "焊装二车间扩容；合肥基地规划早期介入。",
		Threats:       "西门子在涂装车间有存量设备。",
		RevenueTarget: wan(4500), ShareTarget: 38, StageTarget: domain.StageInterdependent,
		Objectives: "年销售额 4500 万元；赢得焊装扩容与涂装改造。",
		Strategies: "统一平台、备件通用；早期介入合肥基地规划。",
		Resources:  "售前工程师 1 名；南京服务团队。",
		Actions: []domain.PlanAction{
			act("焊装线 PLC 控制柜扩容签约", wang, done),
			act("涂装车间输送线控制改造投标", wang, done),
			act("与钱伟总监建立定期沟通", wang, doing),
			act("合肥基地规划技术交流", li, planned),
			act("电池包车间驱动器固件升级", chen, cancelled),
		},
		Risks: []domain.PlanRisk{risk("涂装项目价格竞争激烈", "准备分两个停产窗口的分期方案")},
	}, Due: []int{-150, -60, 10, 40, -20}, Reviews: quarterly}
}

func sudian() Plan {
	return Plan{Account: "苏电智能电网设备有限公司", Plan: domain.AccountPlan{
		Business: "配网终端、智能电表和特高压配套设备制造商，员工约 6500 人，年营收约 85 亿元。",
		Strategy: "聚焦特高压与配网智能化，推进“智能工厂 2.0”，以数字化车间降低制造成本 15%。\n" +
			"与三家战略供应商签订框架协议，采购与 MES 已与我方 EDI 对接。",
		Organisation: "林国栋（董事长）只在重大战略上表态，与我司董事长相识多年；黄志明（总经理）是配网终端改造的最终审批人；" +
			"何勇（制造中心总监）为使用方负责人；朱红（供应链总监）管理框架协议与 EDI；宋涛（智能制造部经理）是我方教练。",
		Procurement: "配网终端产线改造二期约 1600 万元并入明年预算；老厂区 PLC 分批替换（第一批 180 台约 520 万元）；MES 质量追溯接口扩展。",
		SalesHistory: "战略供应商，系统已与对方 MES/EDI 打通。配网终端产线改造一期（2200 万元）已交付，" +
			"视觉检测样机、年度备件框架协议均已赢单；智能仓储 AGV 项目因对方取消而放弃。",
		ShareOfWallet: "我司年销售额约 3100 万元，占其类别采购约 4200 万元的 74%。",
		Strengths:     "整合期关系，系统互联，切换成本高；一期项目良率提升明显；高层关系稳固。",
		Weaknesses:    "对方每年要求降本 3%，毛利承压；财务总监马莉对进度款审核严格。",
		Opportunities: "二期复制一期方案到其余 28 个工位；老厂区 PLC 三年替换计划；可作为其他电力设备客户的参考案例。",
		Threats:       "施耐德电气以老厂区存量 PLC 为切入点争取替换项目。",
		RevenueTarget: wan(3500), ShareTarget: 75, StageTarget: domain.StageIntegrated,
		Objectives: "二期纳入明年预算并锁定我司方案；老厂区 PLC 第一批签约；年度降本 3% 的前提下毛利率不低于 28%。",
		Strategies: "以一期验收数据（良率、人均产出）说话，争取二期单一来源采购；PLC 替换用程序自动转换工具降低切换停机时间。",
		Resources:  "智能制造部联合工作组；程序转换工具与周末停机窗口的实施团队。",
		Actions: []domain.PlanAction{
			act("一期项目验收报告与良率数据汇报黄总", wang, done),
			act("二期方案与预算申请材料，交宋涛内部推动", wang, doing),
			act("老厂区 PLC 第一批替换技术方案评审", li, planned),
			act("MES 质量追溯接口 SAT 前交付", chen, doing),
		},
		Risks: []domain.PlanRisk{
			risk("二期预算被压缩或推迟", "提供分两批实施的预算方案，并测算一期投资回报供马莉总监审核"),
			risk("施耐德低价切入 PLC 替换", "签订三年替换框架，锁定价格和备件"),
		},
	}, Due: []int{-40, 15, 35, 10}, Reviews: quarterly}
}

func huabei() Plan {
	return Plan{Account: "华北钢铁集团有限公司", Plan: domain.AccountPlan{
		Business: "年产钢约 1200 万吨的大型钢铁联合企业，员工约 3.2 万人，年营收约 720 亿元，正在压减产能并推进超低排放改造。",
		Strategy: "压减产能、超低排放改造；长期合格供应商名录，三年一评。",
		Organisation: "崔宝山（设备副总经理）分管设备与自动化投资；阎立新（能源环保部部长）负责超低排放项目；" +
			"董振（自动化处处长）主持技术评审。",
		Procurement:   "环保与节能改造项目若干，合计约 2000 万元；2027 年度备件框架协议。",
		SalesHistory:  "超低排放改造脱硫脱硝控制系统（780 万元）已交付；炼钢厂设备状态监测项目因关系输单。",
		ShareOfWallet: "我司年销售额约 2900 万元，占其类别采购约 5200 万元的 56%。",
		Strengths:     "脱硫脱硝项目运行稳定，环保部认可。",
		Weaknesses:    "炼钢厂关系薄弱；对方压价，毛利低。",
		Opportunities: "高炉鼓风机节能控制改造；2027 年度备件框架协议。",
		Threats:       "宝信软件依托集团背景在信息化与监测项目上占优。",
		RevenueTarget: wan(3200), ShareTarget: 60,
		Objectives: "赢得高炉鼓风机节能控制改造；续签备件框架协议；补上炼钢厂的关系短板。",
		Strategies: "以节能收益测算打动设备副总；借环保项目口碑拓展到炼钢厂。",
		Resources:  "节能测算工程师 1 名；唐山服务站。",
		Actions: []domain.PlanAction{
			act("高炉鼓风机节能收益测算报告", chen, doing),
			act("2027 年度备件框架协议商务谈判", chen, doing),
			act("拜访炼钢厂厂长，介绍状态监测新方案", chen, planned),
		},
		Risks: []domain.PlanRisk{risk("节能项目评标最低价优先", "提供合同能源管理（收益分成）报价选项")},
	}, Due: []int{14, 30, 50}, Reviews: quarterly[1:]}
}

func tiangongLastYear() Plan {
	return Plan{Account: "天工精密电子有限公司", YearsAgo: 1, Plan: domain.AccountPlan{
		Business:      "消费电子精密结构件制造商，向汽车电子与服务器结构件转型，员工约 2.1 万人。",
		Strategy:      "导入大客户新品，建设东莞新工厂。供应商分级管理，A 类供应商可参与新品早期设计。",
		Organisation:  "冯志华（总经理）决策；卢伟（运营副总经理）主管新工厂；尹莉（采购总监）负责供应商分级。",
		Procurement:   "东莞新工厂 SMT 后段与组装自动化约 6000 万元；深圳工厂组装工作站年度框架。",
		SalesHistory:  "深圳工厂组装工作站年度供应商。",
		ShareOfWallet: "约 30%。",
		Strengths:     "A 类供应商资格；组装工作站稳定可靠。",
		Weaknesses:    "视觉检测交期长于基恩士。",
		Opportunities: "东莞新工厂整厂自动化。",
		Threats:       "基恩士、发那科组合方案。",
		RevenueTarget: wan(2800), ShareTarget: 35, StageTarget: domain.StageInterdependent,
		Objectives: "进入东莞新工厂短名单；续签深圳年度框架。",
		Strategies: "以整厂数字孪生仿真参与新工厂早期设计。",
		Resources:  "售前工程师 2 名；仿真团队。",
		Actions: []domain.PlanAction{
			act("深圳工厂年度框架续签（降价 3%）", li, done),
			act("东莞新工厂整厂仿真方案", li, doing),
			act("视觉检测工作站备货，缩短交期", li, planned),
		},
		Risks: []domain.PlanRisk{risk("视觉检测交期劣势", "关键型号安全库存，交期承诺 4 周")},
	}, Due: []int{-200, 20, 45}, Reviews: quarterly}
}
