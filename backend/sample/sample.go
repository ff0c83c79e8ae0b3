// Package sample is the demo database: a Chinese industrial-automation
// vendor (华控智能装备) and its key accounts, realistic enough to try every
// screen on.
package sample

import "kams/backend/domain"

// wan is an amount in 万元 (ten thousand yuan) as minor units (分).
func wan(x int64) int64 { return x * 10000 * 100 }

type row struct {
	name, short, en, industry, region, address string
	status                                     domain.AccountStatus
	stage                                      domain.RelationshipStage
	manager                                    string
	employees                                  int64
	revenueWan, ourSalesWan, spendWan          int64
	ident                                      [5]int
	kc                                         [4]bool
	cl                                         [10]int // volume profit fit ease | growth projects shareRoom tech | coverage satisfaction
	strategy, supply, procurement, competitors string
}

// Accounts returns the sample accounts, each valid and with a unique name.
func Accounts() []domain.Account {
	out := make([]domain.Account, 0, len(rows))
	for _, r := range rows {
		out = append(out, domain.Account{
			Name: r.name, ShortName: r.short, EnglishName: r.en, Industry: r.industry,
			Region: r.region, Address: r.address, Employees: r.employees,
			Revenue: wan(r.revenueWan), OurSales: wan(r.ourSalesWan), CategorySpend: wan(r.spendWan),
			Status: r.status, Stage: r.stage, Manager: r.manager,
			BusinessStrategy: r.strategy, SupplyChainStrategy: r.supply,
			ProcurementPlans: r.procurement, Competitors: r.competitors,
			Identification: domain.IdentificationScores{LargeOrders: r.ident[0], Strategic: r.ident[1],
				Influence: r.ident[2], Technology: r.ident[3], Market: r.ident[4]},
			Characteristics: domain.KeyCharacteristics{HighValue: r.kc[0], Barrier: r.kc[1],
				FutureCompetition: r.kc[2], CoreMarket: r.kc[3]},
			Classification: domain.ClassificationInputs{Volume: r.cl[0], Profitability: r.cl[1],
				StrategicFit: r.cl[2], Ease: r.cl[3], Growth: r.cl[4], Projects: r.cl[5],
				ShareRoom: r.cl[6], TechAbsorption: r.cl[7], Coverage: r.cl[8], Satisfaction: r.cl[9]},
		})
	}
	return out
}

const (
	wang = "王磊"
	li   = "李娜"
	chen = "陈志强"
	liu  = "刘洋"
	zhao = "赵敏"
	yes  = true
	no   = false
)

var rows = []row{
	{"江宁新能源汽车股份有限公司", "江宁汽车", "Jiangning New Energy Vehicle Co., Ltd.", "新能源汽车", "华东", "江苏省南京市江宁区秣陵街道将军大道 88 号",
		domain.StatusActive, domain.StageInterdependent, wang, 18000, 3200000, 4600, 12500,
		[5]int{5, 5, 4, 4, 5}, [4]bool{yes, yes, yes, yes}, [10]int{5, 4, 5, 4, 5, 5, 4, 4, 4, 4},
		"三年内电动车年产能从 30 万辆扩至 60 万辆，推进电池、电驱、整车一体化，目标进入国内新能源车前五。",
		"核心部件双供应商策略；自动化产线倾向长期合作的国产头部供应商，要求本地 4 小时响应。",
		"2027 年新建合肥基地两条总装线和一条电池包线，自动化预算约 2.4 亿元，预计 2027 年 Q1 招标。",
		"西门子、汇川技术"},
	{"苏电智能电网设备有限公司", "苏电智能", "Sudian Smart Grid Equipment Co., Ltd.", "电力设备", "华东", "江苏省苏州市工业园区星湖街 328 号",
		domain.StatusActive, domain.StageIntegrated, wang, 6500, 850000, 3100, 4200,
		[5]int{5, 4, 5, 3, 4}, [4]bool{yes, yes, yes, yes}, [10]int{4, 4, 5, 5, 3, 4, 3, 3, 5, 5},
		"聚焦特高压与配网智能化，推进“智能工厂 2.0”，以数字化车间降低制造成本 15%。",
		"与三家战略供应商签订框架协议，采购与 MES 系统已与我方 EDI 对接。",
		"2026 年下半年配网终端产线改造，约 3800 万元；2027 年老厂区 PLC 替换。",
		"施耐德电气"},
	{"鼎盛锂电科技有限公司", "鼎盛锂电", "Dingsheng Lithium Battery Technology Co., Ltd.", "锂电池", "华南", "广东省惠州市仲恺高新区惠风七路 16 号",
		domain.StatusActive, domain.StageBasic, li, 9200, 1450000, 380, 9800,
		[5]int{5, 5, 4, 5, 4}, [4]bool{yes, yes, yes, no}, [10]int{5, 4, 4, 3, 5, 5, 5, 5, 2, 3},
		"储能电池出货量三年翻两番，海外建厂（匈牙利）。",
		"设备采购以整线交钥匙为主，供应商需通过其 VDA 6.3 审核。",
		"惠州四期、匈牙利工厂共 8 条电芯线，2027 年上半年陆续招标。",
		"先导智能、罗克韦尔"},
	{"海川石化集团有限公司", "海川石化", "Haichuan Petrochemical Group", "石油化工", "华北", "山东省东营市东营区府前大街 59 号",
		domain.StatusProspect, domain.StageExploratory, liu, 26000, 5800000, 0, 15000,
		[5]int{5, 5, 5, 3, 3}, [4]bool{yes, yes, no, no}, [10]int{5, 4, 4, 3, 4, 5, 5, 3, 1, 0},
		"炼化一体化转型，推进智能炼厂与安全生产数字化。",
		"集团集中采购，短名单供应商制度，入围周期约 12 个月。",
		"2027 年 DCS/SIS 系统升级项目，预算约 1.5 亿元。",
		"霍尼韦尔、浙江中控、横河电机"},
	{"远航船舶重工有限公司", "远航重工", "Yuanhang Shipbuilding Heavy Industry Co., Ltd.", "船舶制造", "华东", "上海市浦东新区外高桥港城路 1188 号",
		domain.StatusActive, domain.StageCooperative, chen, 12000, 960000, 1650, 2600,
		[5]int{3, 2, 4, 2, 3}, [4]bool{no, yes, no, no}, [10]int{3, 2, 3, 2, 2, 2, 2, 3, 4, 5},
		"稳产为主，订单排至 2028 年，重点提升焊接自动化率。",
		"以既有合格供应商为主，价格敏感，付款周期 120 天。",
		"每年例行备件与焊接工作站扩容，约 1200 万元。",
		"ABB"},
	{"北方重型机械股份有限公司", "北方重机", "Northern Heavy Machinery Co., Ltd.", "工程机械", "东北", "辽宁省沈阳市铁西区北一西路 52 号",
		domain.StatusDormant, domain.StageCooperative, chen, 8800, 420000, 260, 900,
		[5]int{2, 2, 3, 2, 2}, [4]bool{no, yes, no, no}, [10]int{2, 2, 3, 2, 1, 2, 2, 2, 4, 4},
		"收缩非核心业务，集中资源于矿山机械。",
		"采购冻结至 2027 年初，仅维持备件。",
		"暂无新项目，关注 2027 年矿山机械产线改造。",
		"三菱电机"},
	{"南粤食品饮料有限公司", "南粤食品", "Nanyue Food & Beverage Co., Ltd.", "食品饮料", "华南", "广东省佛山市南海区狮山镇科技大道 23 号",
		domain.StatusActive, domain.StageBasic, zhao, 3200, 380000, 150, 1100,
		[5]int{2, 1, 2, 2, 3}, [4]bool{no, no, no, no}, [10]int{2, 3, 2, 3, 3, 2, 3, 2, 2, 3},
		"区域品牌，拓展华中渠道。",
		"价格导向，按单采购。",
		"2027 年包装线自动化小改造，约 300 万元。",
		"欧姆龙、台达"},
	{"西部水泥集团有限公司", "西部水泥", "Western Cement Group", "建材", "西南", "四川省成都市青羊区光华东三路 9 号",
		domain.StatusLost, domain.StageBasic, liu, 7600, 650000, 0, 1400,
		[5]int{2, 1, 2, 1, 2}, [4]bool{no, no, no, no}, [10]int{2, 2, 2, 1, 1, 1, 2, 1, 1, 2},
		"产能置换，关停两条老线。",
		"集团招标最低价中标。",
		"2026 年窑头控制系统已由竞争对手中标。",
		"浙江中控"},
	{"天工精密电子有限公司", "天工精密", "Tiangong Precision Electronics Co., Ltd.", "消费电子", "华南", "广东省深圳市宝安区福海街道新和大道 66 号",
		domain.StatusActive, domain.StageCooperative, li, 21000, 2100000, 2300, 6800,
		[5]int{4, 4, 4, 5, 4}, [4]bool{yes, yes, yes, no}, [10]int{4, 4, 4, 3, 4, 4, 4, 5, 4, 4},
		"向汽车电子与服务器精密结构件转型，导入大客户新品。",
		"供应商分级管理，A 类供应商可参与新品早期设计。",
		"东莞新工厂 SMT 后段与组装自动化，约 6000 万元，2026 年 Q4 定标。",
		"基恩士、发那科"},
	{"长江生物制药股份有限公司", "长江制药", "Changjiang Biopharmaceutical Co., Ltd.", "医药", "华中", "湖北省武汉市东湖高新区高新大道 666 号",
		domain.StatusActive, domain.StageBasic, zhao, 5400, 760000, 210, 2800,
		[5]int{4, 4, 3, 4, 4}, [4]bool{yes, no, yes, yes}, [10]int{4, 5, 4, 3, 4, 4, 5, 4, 2, 3},
		"生物药产能扩张，新建符合 FDA/EU GMP 的无菌灌装线。",
		"对验证文档与 GMP 合规要求极高，倾向一站式供应商。",
		"2027 年新建原液与制剂车间，自动化及 MES 预算约 9000 万元。",
		"西门子、艾默生"},
	{"华北钢铁集团有限公司", "华北钢铁", "North China Iron & Steel Group", "钢铁冶金", "华北", "河北省唐山市路北区建设北路 101 号",
		domain.StatusActive, domain.StageInterdependent, chen, 32000, 7200000, 2900, 5200,
		[5]int{4, 2, 3, 2, 2}, [4]bool{no, yes, no, no}, [10]int{3, 2, 2, 2, 2, 2, 2, 2, 4, 4},
		"压减产能、超低排放改造。",
		"长期合格供应商名录，三年一评。",
		"环保与节能改造项目若干，合计约 2000 万元。",
		"宝信软件"},
	{"星河半导体设备有限公司", "星河半导体", "Xinghe Semiconductor Equipment Co., Ltd.", "半导体", "华东", "浙江省杭州市滨江区江南大道 3900 号",
		domain.StatusProspect, domain.StageExploratory, li, 2600, 410000, 0, 3600,
		[5]int{4, 5, 4, 5, 4}, [4]bool{yes, yes, yes, yes}, [10]int{4, 4, 5, 3, 5, 5, 5, 5, 1, 0},
		"国产替代窗口期，刻蚀与薄膜设备快速放量。",
		"关键部件国产化率目标 70%，正在导入新的运动控制供应商。",
		"2027 年新产线运动控制与视觉系统选型，约 3000 万元。",
		"倍福、贝加莱"},
	{"东方纺织印染有限公司", "东方纺织", "Dongfang Textile & Dyeing Co., Ltd.", "纺织", "华东", "浙江省绍兴市柯桥区柯北大道 200 号",
		domain.StatusDormant, domain.StageBasic, zhao, 2100, 190000, 40, 500,
		[5]int{1, 1, 1, 2, 1}, [4]bool{no, no, no, no}, [10]int{1, 2, 2, 2, 1, 1, 2, 1, 2, 2},
		"订单下滑，以存量设备维持生产。",
		"按需采购，账期较长。",
		"暂无。",
		"台达"},
	{"蓝海智慧物流有限公司", "蓝海物流", "Blue Ocean Smart Logistics Co., Ltd.", "物流仓储", "华东", "上海市嘉定区安亭镇墨玉南路 1000 号",
		domain.StatusProspect, domain.StageExploratory, wang, 4300, 520000, 0, 2000,
		[5]int{3, 3, 3, 3, 4}, [4]bool{yes, no, no, yes}, [10]int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		"全国布局自动化立体仓库，2027 年新增 6 个区域仓。",
		"尚未了解。",
		"区域仓输送分拣系统，待调研。",
		"德马泰克、今天国际"},
	{"瑞丰光伏材料有限公司", "瑞丰光伏", "Ruifeng Photovoltaic Materials Co., Ltd.", "光伏", "西北", "宁夏回族自治区银川市西夏区光伏产业园 8 号",
		domain.StatusLost, domain.StageBasic, liu, 3900, 880000, 0, 1800,
		[5]int{3, 2, 2, 3, 2}, [4]bool{no, no, no, no}, [10]int{3, 2, 2, 1, 1, 2, 3, 2, 1, 1},
		"行业产能过剩，暂缓扩产。",
		"付款条件苛刻，回款风险高。",
		"扩产计划取消。",
		"汇川技术"},
}
