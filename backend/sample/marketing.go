package sample

import "kams/backend/domain"

// Activity is a sample marketing activity: its days relative to today
// (StartDaysAgo > 0 in the past, < 0 ahead), its accounts, people (by
// name, at their account), costs and the deals it produced (by name).
type Activity struct {
	Type         string
	Title, Place string
	StartDaysAgo int
	Days         int // how many days it lasts
	Accounts     []string
	People       []Invitee
	Costs        []domain.Cost
	Deals        []string // names of deals at its accounts
	Notes        string
	Review       string
}

// Invitee is a person invited to a sample activity, and whether they came.
type Invitee struct {
	Account, Name string
	Attended      bool
}

const (
	mJiangning  = "江宁新能源汽车股份有限公司"
	mSudian     = "苏电智能电网设备有限公司"
	mDingsheng  = "鼎盛锂电科技有限公司"
	mHaichuan   = "海川石化集团有限公司"
	mTiangong   = "天工精密电子有限公司"
	mChangjiang = "长江生物制药股份有限公司"
	mXinghe     = "星河半导体设备有限公司"
	mLanhai     = "蓝海智慧物流有限公司"
	mYuanhang   = "远航船舶重工有限公司"
	mBeifang    = "北方重型机械股份有限公司"
	mNanyue     = "南粤食品饮料有限公司"
	mXibu       = "西部水泥集团有限公司"
	mHuabei     = "华北钢铁集团有限公司"
	mRuifeng    = "瑞丰光伏材料有限公司"
)

// cost is a cost line in 万元 tenths: budget and actual in thousands of yuan.
func cost(cat string, budgetK, actualK int64) domain.Cost {
	return domain.Cost{Category: cat, Budget: budgetK * 1000 * 100, Actual: actualK * 1000 * 100}
}

func came(account, name string) Invitee   { return Invitee{account, name, true} }
func absent(account, name string) Invitee { return Invitee{account, name, false} }

// Activities are the sample's marketing activities over the two years
// before today and the next weeks: seminars, exhibitions, executive and
// reference visits, demos and customer events, most of which produced won
// deals, some that produced nothing (a negative ROI), and a few ahead.
func Activities() []Activity {
	return []Activity{
		{"event", "2025 春季客户联谊会（苏州）", "苏州金鸡湖凯宾斯基酒店", 560, 1, []string{mSudian, mJiangning},
			[]Invitee{came(mSudian, "黄志明"), came(mJiangning, "周建国"), absent(mSudian, "林国栋")},
			[]domain.Cost{cost("catering", 30, 34), cost("gifts", 15, 15), cost("venue", 10, 12)}, nil,
			"晚宴加评弹表演，邀请两家战略客户高层。", "气氛好，但没有带来具体项目；下次联谊前先约好业务议题。"},
		{"seminar", "智能工厂技术交流会（南京站）", "南京金陵饭店", 640, 2, []string{mJiangning, mSudian},
			[]Invitee{came(mJiangning, "孙海涛"), came(mJiangning, "杨帆"), absent(mJiangning, "钱伟"), came(mSudian, "何勇")},
			[]domain.Cost{cost("venue", 30, 28), cost("catering", 15, 16), cost("speakers", 8, 8), cost("materials", 5, 6)},
			[]string{"焊装线 PLC 控制柜扩容", "2026 年度备件框架协议"},
			"议程：数字化车间、PLC 控制柜标准化、MES 追溯。", "江宁焊装线扩容在会后三个月立项；苏电的备件框架由何勇推动。"},
		{"reference", "江宁汽车总装车间参观考察", "江宁新能源汽车总装车间", 480, 1, []string{mBeifang, mYuanhang},
			[]Invitee{came(mBeifang, "于海"), came(mYuanhang, "龙飞"), absent(mYuanhang, "戴国强")},
			[]domain.Cost{cost("travel", 15, 17), cost("catering", 5, 5)}, []string{"年度备件订单"},
			"请江宁汽车开放总装车间，展示我司拧紧与控制系统。", "北方重型当场提出备件需求。"},
		{"exhibition", "中国国际工业博览会（上海）", "国家会展中心（上海）", 430, 4, []string{mDingsheng, mTiangong, mXinghe},
			[]Invitee{came(mDingsheng, "曾强"), came(mTiangong, "姚建"), came(mXinghe, "程远"), absent(mTiangong, "冯志华")},
			[]domain.Cost{cost("venue", 150, 165), cost("materials", 40, 46), cost("travel", 30, 38), cost("gifts", 10, 12)},
			[]string{"卷绕机伺服改造（20 台）", "深圳工厂组装工作站年度框架（2026）"},
			"展位 120 平方米，展示伺服、视觉与协作机器人工作站。", "展位费超预算 10%；鼎盛、天工两个项目都在展后启动。"},
		{"reference", "苏电智能数字化车间参观考察", "苏电智能电网设备有限公司", 400, 1, []string{mHaichuan, mHuabei},
			[]Invitee{came(mHaichuan, "乔军"), came(mHuabei, "董振"), absent(mHuabei, "崔宝山")},
			[]domain.Cost{cost("travel", 20, 26), cost("catering", 10, 11)}, []string{"超低排放改造脱硫脱硝控制系统"},
			"标杆客户参观：配网终端数字化车间。", "华北钢铁的脱硫脱硝项目由此进入我方短名单。"},
		{"executive", "鼎盛锂电高层拜访", "鼎盛锂电惠州总部", 330, 1, []string{mDingsheng},
			[]Invitee{came(mDingsheng, "罗志伟"), came(mDingsheng, "曾强")},
			[]domain.Cost{cost("travel", 10, 9), cost("catering", 6, 7)}, []string{"惠州三期模组线 PLC 单独采购"},
			"我方总经理拜访罗总，谈三期模组线。", "三期 PLC 单独采购仍输给了更早介入的对手。"},
		{"demo", "星河半导体运动控制演示", "星河半导体研发中心", 260, 1, []string{mXinghe},
			[]Invitee{came(mXinghe, "程远"), came(mXinghe, "曹颖")},
			[]domain.Cost{cost("materials", 20, 23), cost("travel", 5, 4)},
			[]string{"薄膜设备 EtherCAT 运动控制试点", "刻蚀设备运动控制平台国产化"},
			"EtherCAT 运动控制样机现场演示。", "试点因技术方案落选；刻蚀平台仍在跟进。"},
		{"event", "华东客户答谢会", "南京紫金山庄", 220, 1, []string{mJiangning, mSudian, mYuanhang},
			[]Invitee{came(mJiangning, "周建国"), came(mSudian, "林国栋"), came(mYuanhang, "戴国强"), came(mYuanhang, "侯勇")},
			[]domain.Cost{cost("venue", 50, 55), cost("catering", 40, 48), cost("gifts", 20, 22)},
			[]string{"焊接机器人工作站扩容（新增 4 台）", "配网终端车间视觉检测样机"},
			"年度客户答谢，颁发合作伙伴奖。", "远航船舶焊接工作站扩容在会上敲定。"},
		{"seminar", "流程工业安全控制研讨会（东营）", "东营蓝海御华大饭店", 200, 1, []string{mHaichuan, mXibu},
			[]Invitee{came(mHaichuan, "蒋丽"), came(mXibu, "雷鸣"), absent(mHaichuan, "张洪斌")},
			[]domain.Cost{cost("venue", 20, 18), cost("catering", 10, 9), cost("speakers", 5, 5)}, []string{"窑头控制系统改造"},
			"SIS 与 DCS 升级的安全合规专题。", "西部水泥窑头项目因价格落选；海川的 DCS 升级仍在评估。"},
		{"demo", "南粤食品包装线视觉检测演示", "南粤食品饮料佛山工厂", 100, 1, []string{mNanyue},
			[]Invitee{came(mNanyue, "麦家辉")}, []domain.Cost{cost("materials", 8, 9)}, []string{"包装线传感器及备件年度采购"},
			"贴标视觉检测现场演示。", "先拿下传感器年度采购，视觉改造继续跟进。"},
		{"executive", "华北钢铁高层拜访", "华北钢铁集团总部", 60, 1, []string{mHuabei},
			[]Invitee{came(mHuabei, "崔宝山")}, []domain.Cost{cost("travel", 6, 7), cost("catering", 4, 5)}, []string{"高炉鼓风机节能控制改造"},
			"拜访崔总，汇报脱硫脱硝项目运行情况，引出鼓风机节能改造。", ""},
		{"seminar", "锂电智能制造技术交流会（惠州）", "惠州皇冠假日酒店", 20, 1, []string{mDingsheng, mRuifeng},
			[]Invitee{came(mDingsheng, "陈浩"), came(mRuifeng, "杨海"), absent(mDingsheng, "肖华")},
			[]domain.Cost{cost("venue", 20, 21), cost("catering", 8, 9)}, []string{"惠州四期电芯线控制系统"},
			"电芯线控制系统与 CE 认证专题。", ""},
		{"exhibition", "2026 亚洲物流双年展（上海）", "上海新国际博览中心", 1, 4, []string{mLanhai, mTiangong},
			[]Invitee{absent(mLanhai, "欧阳明"), absent(mLanhai, "钟磊"), absent(mTiangong, "姚建")},
			[]domain.Cost{cost("venue", 100, 0), cost("materials", 30, 0), cost("travel", 15, 0)}, nil,
			"展示输送分拣控制与 AGV 调度。", ""},
		{"executive", "合肥基地项目高层拜访", "江宁新能源汽车总部", -10, 1, []string{mJiangning},
			[]Invitee{absent(mJiangning, "周建国"), absent(mJiangning, "孙海涛")}, []domain.Cost{cost("travel", 10, 0)},
			[]string{"合肥基地总装线自动化改造"}, "我方总经理带队，谈合肥基地总装线与电池包线。", ""},
		{"seminar", "生物制药 GMP 自动化研讨会", "武汉光谷会议中心", -35, 1, []string{mChangjiang},
			[]Invitee{absent(mChangjiang, "薛峰"), absent(mChangjiang, "任晓")}, []domain.Cost{cost("venue", 20, 0), cost("catering", 10, 0)}, nil,
			"新车间 MES 与数据完整性专题。", ""},
	}
}

// MarketingPlans are the sample's marketing plans for the year before
// today's and today's, in 万元 tenths as the costs: per type, activities,
// budget and the revenue to produce.
func MarketingPlans() map[int][]domain.MarketingPlanLine {
	line := func(t string, n int, budgetK, revenueWan int64) domain.MarketingPlanLine {
		return domain.MarketingPlanLine{Type: t, Activities: n, Budget: budgetK * 1000 * 100, Revenue: wan(revenueWan)}
	}
	return map[int][]domain.MarketingPlanLine{
		-1: {line("seminar", 3, 180, 1500), line("exhibition", 1, 250, 800), line("executive", 4, 60, 1000),
			line("reference", 2, 60, 500), line("demo", 2, 40, 300), line("event", 2, 150, 300)},
		0: {line("seminar", 4, 200, 2000), line("exhibition", 1, 200, 600), line("executive", 6, 80, 2500),
			line("reference", 2, 50, 400), line("demo", 3, 50, 400), line("event", 1, 120, 200)},
	}
}
