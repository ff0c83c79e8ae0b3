package sample

import (
	"strings"

	"kams/backend/domain"
)

// Meeting is a sample interaction, dated relative to the day the sample is loaded.
type Meeting struct {
	Account     string
	DaysAgo     int                // 0..365; the interaction's date is today minus DaysAgo
	People      []string           // Keys of people of the same account who were present
	NextInDays  int                // the next step is due today + NextInDays (may be negative = overdue); ignored when Interaction.NextStep == ""
	Interaction domain.Interaction // Kind, Summary, Outcome, NextStep, NextDone filled; no IDs, no dates
}

// Meetings returns the sample's interactions of the past year, oldest first
// within each account.
func Meetings() []Meeting {
	var out []Meeting
	for _, l := range logs {
		for _, m := range l.ms {
			out = append(out, Meeting{Account: l.account, DaysAgo: m.ago, People: strings.Fields(m.who),
				NextInDays: m.due, Interaction: domain.Interaction{Kind: m.kind, Summary: m.summary,
					Outcome: m.outcome, NextStep: m.next, NextDone: m.done}})
		}
	}
	return out
}

// diary is one account's interactions.
type diary struct {
	account string
	ms      []mt
}

// mt is one interaction: who holds the space-separated keys of the people
// present; due and done matter only with a next step.
type mt struct {
	ago                    int
	kind                   domain.InteractionKind
	who                    string
	summary, outcome, next string
	due                    int
	done                   bool
}

const (
	visit   domain.InteractionKind = "visit"
	call    domain.InteractionKind = "call"
	meeting domain.InteractionKind = "meeting"
	email   domain.InteractionKind = "email"
	tech    domain.InteractionKind = "tech"
	demo    domain.InteractionKind = "demo"
	dinner  domain.InteractionKind = "dinner"
	other   domain.InteractionKind = "other"
)

var logs = []diary{
	{"江宁新能源汽车股份有限公司", []mt{
		{350, visit, "yangfan fangyu", "年度设备回访：走访总装二车间，检查一期交付的 12 套焊装 PLC 控制柜运行情况。", "设备运行稳定，OEE 提升约 3%；设备部希望我司在厂内设备件寄售库存。", "提交备件寄售方案", -336, true},
		{335, dinner, "sunhaitao yangfan", "宴请孙总和杨经理，感谢一期项目期间的配合，听取对服务的意见。", "孙总肯定一期交付，提出合肥基地将是下一阶段重点，希望我司提前介入。", "", 0, false},
		{320, tech, "xuzhiyuan pengbo fangyu", "技术交流：新一代 HK-800 系列 PLC 与 EtherCAT 伺服在电池包模组线上的应用。", "工艺部认可运动控制精度，要求提供同行业电池包线案例。", "整理两家电池包线客户案例并安排参观", -305, true},
		{300, call, "dengli", "与邓经理电话沟通备件寄售协议条款（库存上限、结算周期、责任划分）。", "采购同意寄售试行 6 个月，按月结算实际领用量。", "寄售协议盖章", -290, true},
		{285, visit, "luoqing yangfan", "电池包车间 3 台伺服驱动器过流报警导致停线 2 小时，服务工程师 4 小时内到场处理。", "更换驱动器后恢复生产；罗主任对停线非常不满，要求书面分析报告。", "提交 8D 报告", -278, true},
		{277, email, "luoqing yangfan dengli", "发送 8D 报告：根因为散热风扇批次缺陷，已对同批 46 台驱动器做预防性更换。", "设备部接受整改措施；罗主任仍持保留意见。", "", 0, false},
		{250, meeting, "sunhaitao shenjie yangfan xuzhiyuan", "参加合肥基地筹建启动会，了解两条总装线和一条电池包线的规划节奏。", "可研预计半年内完成，自动化预算约 2.4 亿元；沈杰任筹建办主任。", "提交合肥基地自动化初步方案", -220, true},
		{230, tech, "shenjie xuzhiyuan caijun", "合肥基地自动化架构研讨：PLC 与 MES 一体化方案、与现有 MES 的接口。", "信息中心要求采用 OPC UA 标准接口，并满足等保 2.0 三级。", "出具 OPC UA 接口说明与网络安全方案", -210, true},
		{215, other, "shenjie pengbo fangyu", "邀请客户参观我司常州工厂和柔性装配示范线（参观考察）。", "客户对快速换型和数据追溯印象深刻，沈主任拍照带回汇报。", "", 0, false},
		{200, demo, "xuzhiyuan pengbo fangyu", "在客户实验室演示数字孪生虚拟调试平台，用电池包线模型做节拍仿真。", "工艺部估计可缩短现场调试周期 30%，要求纳入合肥方案。", "", 0, false},
		{185, visit, "zhoujianguo sunhaitao", "我司总经理陪同高层拜访周总裁，介绍战略合作框架与本地服务网络。", "周总认可双方合作，提出本地化服务和价格竞争力两点要求。", "起草战略合作协议草案", -160, true},
		{170, meeting, "qianwei dengli hanxue", "与采购、财务讨论战略合作框架协议的付款条件和年度返利。", "付款条件 30/60/10 基本达成一致，返利比例待定。", "按年度采购额阶梯测算返利方案", -150, true},
		{150, call, "fangyu", "方宇来电：西门子已向沈主任提交合肥方案，报价比我司低约 8%。", "需调整报价策略，突出本地服务和虚拟调试的价值。", "", 0, false},
		{140, dinner, "sunhaitao shenjie", "与孙总、沈主任晚餐，了解合肥项目的决策流程和评分办法。", "周总裁最终拍板；技术评分占 60%，由徐志远牵头评分。", "", 0, false},
		{120, tech, "xuzhiyuan caijun pengbo", "二期产线 PLC 选型技术澄清会，逐条答复 86 项技术规范。", "83 项满足，3 项偏离需研发确认。", "提交 3 项偏离的澄清与替代方案", -110, true},
		{100, email, "caijun", "发送 MES 接口样例和等保 2.0 网络安全方案。", "信息中心确认接口满足要求，列入合格方案。", "", 0, false},
		{90, visit, "yangfan gaoming", "总装车间拧紧工位改造需求调研。", "确认 18 个拧紧工位需要改造并接入数据追溯，预算约 380 万元。", "提交拧紧工位改造方案和报价", -80, true},
		{75, demo, "gaoming fangyu yangfan", "在总装车间演示拧紧数据追溯系统样机。", "高主任认可，要求与现有 MES 对接后进入报价。", "", 0, false},
		{60, meeting, "qianwei dengli", "拧紧工位改造项目商务谈判。", "以 365 万元签约，交期 10 周。", "安排项目启动会", -53, true},
		{45, visit, "luoqing", "回访电池包车间，说明风扇问题整改后的运行数据。", "近 6 个月零报警，罗主任态度缓和，但仍要求把质保延长一年。", "内部申请电池包线驱动器延保一年并书面答复", -15, false},
		{35, tech, "shenjie xuzhiyuan caijun pengbo", "合肥基地方案第二轮交流：电池包线 45 秒节拍方案与产能爬坡计划。", "方案获认可，筹建办要求报价按设备分项列明。", "提交合肥项目分项报价", -7, true},
		{25, dinner, "zhoujianguo sunhaitao wujing", "宴请周总裁和孙总，汇报合肥项目方案进展。", "周总表示合肥项目会给国产供应商机会，最关心交付保障。", "提交合肥项目交付保障计划（人员、备件、本地服务站）", 7, false},
		{14, call, "dengli", "邓经理告知合肥项目招标文件预计一个月内发出，提醒准备资质文件。", "确认投标所需的资质、业绩和财务资料清单。", "准备投标资质文件和业绩证明", 10, false},
		{8, visit, "yangfan fangyu", "季度设备巡检，同时讨论备件寄售协议续约。", "寄售试行期间备件到位率 100%，设备部同意续签一年。", "续签备件寄售协议", 12, false},
		{3, email, "hanxue qianwei", "回复韩总关于年度返利计算口径的问询。", "财务要求按含税金额计算，待内部确认。", "电话跟进韩总，确认返利口径", 4, false},
		{1, meeting, "shenjie xuzhiyuan yangfan", "合肥项目风险评审：工期、人员、与土建交叉作业。", "识别 7 项风险，其中电柜到货和调试人员是最大风险。", "提交风险清单和应对措施", 20, false},
	}},
	{"苏电智能电网设备有限公司", []mt{
		{360, meeting, "huangzhiming zhuhong heyong", "年度战略供应商业务回顾会：交付准时率 98.6%，质量投诉 2 起均已关闭。", "我司被评为年度优秀供应商；黄总要求明年再降本 3%。", "", 0, false},
		{330, tech, "songtao xiejun", "“智能工厂 2.0”数字化车间规划交流。", "宋经理希望我司参与配网终端车间的改造规划。", "", 0, false},
		{300, visit, "guoxiaoming songtao", "配网终端产线现状调研：工位 42 个，人工装配占比约 70%。", "郭主任迫切希望改造，瓶颈在端子压接和测试工位。", "出具改造可行性报告", -275, true},
		{270, email, "songtao zhuhong", "提交配网终端产线改造可行性报告。", "报告进入内部立项流程。", "", 0, false},
		{240, meeting, "heyong songtao tangyan guoxiaoming", "改造项目立项评审会；唐燕提出 MES 平台倾向施耐德 EcoStruxure。", "立项通过，预算 3800 万元；MES 平台待定。", "", 0, false},
		{220, dinner, "linguodong huangzhiming", "宴请林董和黄总，双方董事长叙旧，谈长期合作。", "林董表示看好国产，支持继续深化合作。", "", 0, false},
		{200, tech, "tangyan xiejun", "与信息中心交流 MES 与 EDI 系统的对接架构。", "唐主任仍对我司 MES 的二次开发能力有疑虑。", "安排参观一家电力设备客户的 MES 项目", -185, true},
		{180, other, "tangyan songtao", "陪同唐主任、宋经理参观某电力设备客户的 MES 项目（参观考察）。", "唐主任态度有所改观，但仍要求做接口 PoC。", "", 0, false},
		{150, demo, "guoxiaoming xiejun songtao", "演示视觉检测加柔性装配样机，模拟端子压接工位。", "压接不良检出率 99.8%，车间认可。", "", 0, false},
		{120, meeting, "zhuhong yujing mali", "配网终端产线改造一期商务谈判。", "一期以 2200 万元签约，付款 30/60/10。", "", 0, false},
		{95, call, "songtao", "宋经理告知二期改造和老厂区 PLC 替换会并入明年预算。", "需要提前准备替换路线图。", "", 0, false},
		{70, visit, "heyong guoxiaoming", "一期项目实施进度检查。", "因物料延迟，进度滞后约 1 周。", "提交进度追赶计划", -63, true},
		{50, tech, "xiejun songtao", "老厂区 PLC 替换摸底：现场清点 320 台老旧 PLC。", "其中 180 台已停产，备件告急，客户希望分三年替换。", "提交老厂区 PLC 分批替换路线图", -10, false},
		{30, visit, "huangzhiming heyong", "黄总视察一期产线出厂测试（FAT）。", "黄总对节拍和测试数据满意，要求按期投产。", "准备现场验收（SAT）方案与验收文件", 9, false},
		{12, email, "yujing", "发送一期项目进度款发票及验收资料。", "于静已提交付款流程。", "跟进一期进度款到账", 18, false},
		{5, call, "tangyan", "唐主任来电：MES 接口需新增 6 个质量追溯字段。", "同意在 SAT 前完成接口变更。", "书面确认接口字段变更和完成时间", 5, false},
	}},
	{"鼎盛锂电科技有限公司", []mt{
		{355, other, "huangwei chenhao", "在工博会展台接待鼎盛设备中心一行，交换名片。", "了解到其卷绕机张力控制存在波动问题。", "", 0, false},
		{330, visit, "chenhao huangwei", "首次拜访设备工程部，介绍公司和锂电行业案例。", "陈经理表示新设备以整线交钥匙为主，单独采购控制系统的机会有限。", "", 0, false},
		{300, tech, "huangwei zhengkai", "卷绕机张力控制改善技术交流。", "同意选一台卷绕机做伺服改造试点。", "提供试用伺服系统", -285, true},
		{270, visit, "zhengkai huangwei", "试点伺服系统现场安装调试。", "张力波动降低约 40%，极片断带次数明显减少。", "", 0, false},
		{240, meeting, "xiaohua zhengkai huangwei", "向肖总汇报试点效果。", "肖总肯定效果，建议扩大到 20 台卷绕机。", "提交 20 台伺服改造报价", -230, true},
		{225, email, "liangyan", "向采购中心提交 20 台伺服改造报价。", "梁总监要求降价 10%。", "", 0, false},
		{210, call, "liangyan", "就 20 台伺服改造价格电话谈判。", "让价 6% 成交。", "", 0, false},
		{180, visit, "linxiaoyu", "接受 VDA 6.3 供应商过程审核。", "得分 86 分（B 级），5 项需要整改。", "提交 VDA 6.3 整改报告", -150, true},
		{150, meeting, "zengqiang chenhao", "拜访设备副总裁曾强，介绍控制系统分包方案。", "曾总明确表示新线仍采用整线交钥匙，不接受分包控制系统，倾向其原东家先导智能。", "", 0, false},
		{120, dinner, "xiaohua wuqian", "与肖总、吴经理晚餐，了解匈牙利工厂规划。", "匈牙利工厂要求 CE 认证和欧洲本地服务，国产供应商有机会。", "", 0, false},
		{90, tech, "wuqian huangwei", "匈牙利工厂电气标准（CE、EN 60204）交流。", "吴经理要求说明我司欧洲服务网络。", "提交欧洲服务网络说明", -80, true},
		{52, visit, "luozhiwei xiaohua", "高层拜访罗董，提出“整线商 + 华控控制系统”的联合方案。", "罗董表示会让设备中心评估，但不干预技术选择。", "与两家整线商洽谈联合投标", -20, true},
		{40, meeting, "chenhao huangwei linxiaoyu", "讨论惠州四期招标技术规范中的控制系统条款。", "陈经理同意在规范中写入 3 个控制系统品牌的短名单，我司在列。", "提交控制系统技术规范建议书", 10, false},
		{18, call, "huangwei", "黄伟透露曾总计划在招标文件中加入“单一整线供应商”条款。", "若条款通过，我司只能作为整线商的分包参与。", "约见罗董和肖总，争取保留品牌短名单条款", -3, false},
	}},
	{"海川石化集团有限公司", []mt{
		{340, other, "shiyu", "在石化智能工厂论坛上结识 DCS 工程师石宇。", "了解到炼化公司 DCS 已运行近 20 年，计划升级。", "", 0, false},
		{300, visit, "qiaojun shiyu", "首次拜访仪表与自动化部。", "乔部长表示入围需集团采购中心审批，建议先申请短名单。", "", 0, false},
		{260, email, "jiangli", "向集团采购中心提交供应商入围申请资料。", "已受理，进入资格预审。", "", 0, false},
		{200, tech, "qiaojun hebin shiyu", "SIS 安全仪表系统与 SIL3 认证技术交流。", "贺主任质疑国产 DCS 在千万吨级炼化装置的业绩。", "", 0, false},
		{160, visit, "zhanghongbin wangzhiyong", "拜访分管生产的张副总。", "张副总表示升级项目由集团立项，最终决策人尚未确定。", "通过多方渠道了解集团的决策链", -120, true},
		{110, other, "jiangli", "集团采购中心到我司工厂做资格预审现场考察。", "通过预审，进入短名单观察期（约 12 个月）。", "", 0, false},
		{45, tech, "qiaojun shiyu kongxiang", "安全环保数字化方案交流：报警管理与安全生产预警。", "孔处长对安全生产预警模块感兴趣。", "", 0, false},
		{20, call, "shiyu", "石宇告知 DCS/SIS 升级项目可研已上报集团。", "需要争取在可研评审前做一次技术交流。", "争取参加可研评审前的技术交流", 13, false},
	}},
	{"天工精密电子有限公司", []mt{
		{365, visit, "yaojian zouting", "年度回访深圳工厂，检查 36 台组装工作站运行情况。", "工作站平均稼动率 92%，客户满意。", "", 0, false},
		{335, tech, "yaojian zouting xubin", "视觉定位加 SCARA 机器人在精密结构件组装中的应用交流。", "许斌关注与 AOI 的联动。", "", 0, false},
		{310, call, "yinli", "年度框架协议续签价格沟通。", "降价 3% 续签一年，保持 A 类供应商资格。", "", 0, false},
		{280, meeting, "luwei duhao", "东莞新工厂规划沟通。", "新工厂以 SMT 后段和组装自动化为重点，预算约 6000 万元。", "", 0, false},
		{250, demo, "xubin zouting", "演示 SMT 后段自动下料与 AOI 联动方案。", "许斌认可思路，但担心与现有 MES 的对接。", "", 0, false},
		{220, dinner, "fengzhihua luwei", "宴请冯总和卢总。", "冯总希望 A 类供应商参与新品早期设计。", "", 0, false},
		{190, other, "jiaming zouting", "与精益改善部联合开展一周精益改善活动。", "组装线换型时间缩短 25%。", "", 0, false},
		{160, tech, "yaojian xubin zouting", "东莞项目技术方案评审。", "方案原则通过，要求补充 MES 对接方案。", "补充 MES 对接方案", -145, true},
		{130, email, "fulei", "回复财务关于东莞项目付款节点的问询。", "傅经理坚持 10% 质保金、18 个月质保期。", "", 0, false},
		{100, visit, "duhao yaojian", "东莞新工厂现场勘察。", "确认设备布局与公用工程接口。", "", 0, false},
		{75, meeting, "yinli fulei", "东莞项目商务初步沟通。", "采购要求与基恩士、发那科的组合方案比价。", "", 0, false},
		{55, demo, "fengzhihua luwei duhao", "向冯总、卢总演示东莞新工厂的数字孪生整厂仿真。", "冯总认可，要求方案按分期投资列出。", "按分期投资调整方案", -30, true},
		{33, tech, "xubin zouting", "SMT 后段接口澄清会。", "接口清单冻结，共 48 个信号点。", "", 0, false},
		{15, call, "zouting", "邹婷透露技术评分我司第一，商务标权重 40%。", "需要在商务上守住价格底线。", "准备东莞项目商务标", 14, false},
		{6, visit, "duhao yaojian jiaming", "与杜厂长确认首台样机的验证计划。", "样机需在 6 周内到厂验证。", "提交样机制作与验证计划", 2, false},
	}},
	{"长江生物制药股份有限公司", []mt{
		{345, other, "renxiao", "在制药机械博览会上结识新车间项目经理任晓。", "了解到新建原液与制剂车间计划。", "", 0, false},
		{320, visit, "xuefeng taoran", "拜访工程设备部，了解现有灌装线控制系统。", "现有灌装线为西门子控制，备件贵、响应慢。", "", 0, false},
		{290, tech, "baixuemei yankai", "GMP 与 21 CFR Part 11 合规技术交流。", "严凯质疑我司审计追踪功能。", "提交计算机化系统合规白皮书", -270, true},
		{250, visit, "qinweidong weigang", "拜访秦总，了解新车间规划。", "秦总关注项目周期与合规，希望看到完整方案。", "提交新车间自动化总体方案", -220, true},
		{210, tech, "renxiao xuefeng taoran", "新车间 MES 与自动化方案交流。", "项目组认可整体架构。", "", 0, false},
		{180, other, "renxiao taoran", "陪同参观我司某生物药客户的无菌灌装线（参考案例）。", "任晓对验证文档的完整度印象深刻。", "", 0, false},
		{140, meeting, "weigang renxiao gongli", "新车间项目预算与采购方式沟通。", "预计公开招标，自动化与 MES 合并为一个标段。", "", 0, false},
		{98, dinner, "qinweidong weigang", "宴请秦总和魏总。", "秦总对国产供应商的验证文档能力仍有顾虑。", "", 0, false},
		{70, tech, "yankai baixuemei", "CSV 验证文档模板评审。", "严凯要求按 GAMP 5 补充风险评估和追溯矩阵。", "修改 CSV 验证文档模板", -30, true},
		{40, visit, "renxiao xuefeng", "与任晓、薛峰讨论用户需求说明（URS）初稿。", "任晓提醒：秦总三个多月没见我们，应尽快安排高层拜访。", "安排我司总经理拜访秦总", -10, false},
		{10, call, "renxiao", "任晓来电：URS 已定稿，要求两周内书面答复。", "确认答复格式与时间。", "提交 URS 逐条答复", 11, false},
	}},
	{"星河半导体设备有限公司", []mt{
		{280, other, "chengyuan", "在 SEMICON 展会上结识 CTO 程远。", "程总对国产直线电机平台感兴趣。", "", 0, false},
		{250, visit, "caoying qiufeng", "首次技术拜访研发中心。", "了解到刻蚀设备运动平台的精度要求。", "", 0, false},
		{210, tech, "caoying fanbo", "EtherCAT 运动控制性能对比交流。", "范博认为倍福更成熟，要求提供抖动与同步测试数据。", "", 0, false},
		{170, demo, "caoying qiufeng fanbo", "演示纳米级直线电机平台与视觉同步触发。", "定位重复精度满足要求，同步延时需再验证。", "", 0, false},
		{130, meeting, "liming wangjie", "国产化替代规划沟通。", "运动控制列入明年国产化重点部件。", "", 0, false},
		{80, email, "wangjie", "提交国产化部件对标清单与测试报告。", "汪洁确认进入对标测试名单。", "", 0, false},
		{50, visit, "shaohui chengyuan", "高层拜访邵总。", "邵总欢迎国产供应商，要求用样机验证数据说话。", "", 0, false},
		{22, tech, "caoying qiufeng", "讨论样机验证方案与验收指标。", "确定 12 项验证指标。", "样机发货到星河实验室", 20, false},
	}},
	{"蓝海智慧物流有限公司", []mt{
		{190, other, "tongbin", "在物流展上结识工程建设副总裁童斌。", "了解到全国 6 个区域仓的规划。", "", 0, false},
		{150, visit, "ouyangming", "首次拜访自动化规划部。", "欧阳经理介绍了输送分拣系统的技术要求。", "", 0, false},
		{110, tech, "ouyangming miaoqing", "输送分拣 PLC 加 WCS 一体化方案交流。", "IT 总监关注与 WMS 的接口开放性。", "", 0, false},
		{70, call, "yanfang", "向闫总监了解供应商入库流程。", "需提交资质和三年财务报表。", "", 0, false},
		{28, visit, "gezhenhua tongbin", "高层拜访葛总裁。", "葛总要求看到投资回收期测算。", "提交区域仓方案建议书和投资回收期测算", 8, false},
		{9, meeting, "ouyangming zhonglei", "嘉定仓现场调研分拣效率和故障停机。", "高峰期分拣效率缺口约 30%。", "出具嘉定仓调研报告", 3, false},
	}},
	{"远航船舶重工有限公司", []mt{
		{330, visit, "daiguoqiang houyong", "年度拜访设备动力部。", "焊接自动化率目标由 45% 提升到 60%。", "", 0, false},
		{240, email, "longfei", "提交年度备件报价。", "采购要求价格与去年持平。", "", 0, false},
		{150, tech, "houyong shilei", "焊接机器人工作站扩容方案交流。", "确认新增 4 台焊接工作站。", "", 0, false},
		{90, call, "longfei", "沟通逾期货款（账期 120 天）。", "承诺下月付清。", "", 0, false},
		{20, visit, "houyong shilei", "新增焊接工作站调试进度检查。", "4 台中已有 3 台投入使用。", "完成第 4 台工作站验收", 12, false},
	}},
	{"北方重型机械股份有限公司", []mt{
		{200, call, "yuhai", "了解采购冻结进展。", "冻结延续到 2027 年初，仅维持备件。", "", 0, false},
		{80, email, "changlijuan", "提交备件年度报价。", "按单采购。", "", 0, false},
	}},
	{"南粤食品饮料有限公司", []mt{
		{260, visit, "lizhijian maijiahui", "拜访黎厂长。", "包装线小改造计划推迟到明年。", "", 0, false},
		{150, demo, "maijiahui", "演示低成本视觉贴标检测。", "麦主管认可，但需要厂长审批预算。", "", 0, false},
		{40, call, "kuangmeiling", "询价回复：包装线传感器备件。", "订单 3.2 万元。", "", 0, false},
	}},
	{"西部水泥集团有限公司", []mt{
		{300, tech, "leiming", "窑头控制系统技术交流。", "技术方案获认可。", "", 0, false},
		{210, meeting, "qingguohua leiming", "窑头控制系统项目投标结果沟通与输单复盘。", "竞争对手以最低价中标，我司报价高出 12%。", "", 0, false},
	}},
	{"华北钢铁集团有限公司", []mt{
		{350, meeting, "cuibaoshan yanlixin", "年度合作回顾。", "合作稳定，将参与超低排放改造。", "", 0, false},
		{260, visit, "yanlixin dongzhen", "超低排放改造自动化需求调研。", "确认脱硫脱硝控制系统改造范围。", "", 0, false},
		{180, tech, "dongzhen ningxiaojun", "炼钢厂设备状态监测方案交流。", "宁科长态度中立，倾向沿用宝信。", "", 0, false},
		{100, dinner, "cuibaoshan dongzhen", "宴请崔总。", "崔总提醒合格供应商名录明年复评。", "", 0, false},
		{30, visit, "dongzhen", "了解合格供应商名录复评要求。", "需提交近三年业绩和服务评价。", "准备合格供应商复评资料", 25, false},
	}},
	{"东方纺织印染有限公司", []mt{
		{180, call, "jinxiaoyan", "回访备件使用情况。", "暂无新需求。", "", 0, false},
	}},
	{"瑞丰光伏材料有限公司", []mt{
		{330, visit, "mawenbin yanghai", "沟通扩产项目进展和逾期货款。", "马总以行业下行为由要求延期付款。", "", 0, false},
		{230, call, "yanghai", "杨海告知扩产计划取消。", "项目关闭，保持联系。", "", 0, false},
	}},
}
