package sample

import "kams/backend/domain"

// Request is a sample service request dated from today: opened so many
// days ago and, when done, resolved so many days after it opened.
type Request struct {
	Account, Contact string
	OpenedDaysAgo    int
	ResolvedAfter    int // −1: not resolved
	Request          domain.ServiceRequest
}

const (
	acJiangning = "江宁新能源汽车股份有限公司"
	acSudian    = "苏电智能电网设备有限公司"
	acDingsheng = "鼎盛锂电科技有限公司"
	acHaichuan  = "海川石化集团有限公司"
	acYuanhang  = "远航船舶重工有限公司"
	acBeifang   = "北方重型机械股份有限公司"
	acNanyue    = "南粤食品饮料有限公司"
	acXibu      = "西部水泥集团有限公司"
	acTiangong  = "天工精密电子有限公司"
	acChangjian = "长江生物制药股份有限公司"
	acHuabei    = "华北钢铁集团有限公司"
	acXinghe    = "星河半导体设备有限公司"
	acDongfang  = "东方纺织印染有限公司"
	acLanhai    = "蓝海智慧物流有限公司"
	acRuifeng   = "瑞丰光伏材料有限公司"
)

// AtRiskAccount is the sample account whose health falls into the alert
// this month: two open complaints and a poor survey after a good year.
const AtRiskAccount = acDingsheng

// Requests are the sample's service requests and complaints: 34 over the
// accounts, most resolved in time, some late, a few open past their
// target (overdue), and the at-risk account's open complaints.
func Requests() []Request {
	r := func(account, contact string, ago, after int, typ domain.ServiceType, sev domain.Severity, channel, owner, title, desc, resolution string) Request {
		status := domain.ServiceStatus("closed")
		switch {
		case after < 0 && ago < 3:
			status = "open"
		case after < 0:
			status = "progress"
		case after > 5:
			status = "resolved"
		}
		return Request{Account: account, Contact: contact, OpenedDaysAgo: ago, ResolvedAfter: after, Request: domain.ServiceRequest{
			Type: typ, Severity: sev, Channel: channel, Status: status, Owner: owner, Title: title, Description: desc, Resolution: resolution}}
	}
	peng, wu := sun, zhou
	return []Request{
		// The at-risk account: a line stop and a slow answer, still open.
		r(acDingsheng, "zhengkai", 6, -1, "complaint", "critical", "phone", peng, "三期卷绕线 PLC 反复死机导致停线",
			"电芯车间三期卷绕线每班死机 2–3 次，已影响交付，郑主任要求 24 小时内到场。", ""),
		r(acDingsheng, "liangyan", 9, -1, "complaint", "high", "email", li, "备件交期一再延误",
			"伺服驱动器备件承诺 5 天到货，已过 3 周仍未到，采购中心发函投诉。", ""),
		r(acDingsheng, "chenhao", 40, 12, "fault", "medium", "phone", peng, "视觉检测误判率偏高",
			"极片视觉检测误判率 3%，需重新标定。", "更换光源并重新标定，误判率降至 0.4%。"),
		r(acDingsheng, "huangwei", 75, 2, "inquiry", "low", "wechat", peng, "新版编程软件授权咨询", "", "已发送授权升级说明。"),
		// Open and past target elsewhere.
		r(acYuanhang, "houyong", 12, -1, "fault", "high", "phone", peng, "焊接机器人轨迹偏移",
			"二号焊接站机器人 TCP 偏移，焊缝不合格率上升。", ""),
		r(acXibu, "leiming", 20, -1, "maintenance", "medium", "email", wu, "窑头 DCS 年度维保未安排", "合同约定的年度维保尚未排期。", ""),
		r(acBeifang, "yuhai", 25, -1, "complaint", "low", "phone", chen, "培训资料为英文版", "设备处希望提供中文版操作手册。", ""),
		r(acHuabei, "dongzhen", 1, -1, "fault", "medium", "portal", wu, "高炉 TRT 变频器报过压", "夜班报警两次，已远程查看日志。", ""),
		r(acJiangning, "gaoming", 2, -1, "inquiry", "low", "wechat", peng, "总装线节拍提升方案咨询", "", ""),
		// Resolved in time.
		r(acJiangning, "yangfan", 20, 1, "fault", "critical", "phone", peng, "焊装线安全光栅误触发停线", "焊装二线安全光栅误触发。",
			"更换受污染的光栅接收器，清理现场粉尘，当班恢复。"),
		r(acJiangning, "fangyu", 48, 4, "maintenance", "medium", "email", peng, "伺服系统季度巡检", "", "完成巡检，更换 2 个风扇。"),
		r(acJiangning, "qianwei", 90, 6, "complaint", "medium", "email", wang, "发票信息错误", "两张发票抬头错误需重开。", "财务已重开并快递。"),
		r(acJiangning, "xuzhiyuan", 130, 2, "training", "low", "visit", peng, "新员工 PLC 培训", "", "完成 2 天现场培训，12 人通过考核。"),
		r(acSudian, "songtao", 15, 2, "fault", "high", "phone", wu, "配网终端测试台通讯中断", "测试台与 MES 通讯中断。",
			"交换机端口故障，更换后恢复，补充冗余链路。"),
		r(acSudian, "guoxiaoming", 60, 5, "maintenance", "medium", "portal", wu, "老厂区 PLC 备件盘点", "", "完成盘点并提交替换清单。"),
		r(acSudian, "zhuhong", 110, 3, "inquiry", "low", "email", wang, "框架协议价格调整咨询", "", "已提供 2027 年价格方案。"),
		r(acTiangong, "yaojian", 33, 3, "fault", "high", "phone", peng, "SMT 线贴片机供料报警", "", "更换供料器传感器。"),
		r(acTiangong, "duhao", 70, 6, "training", "low", "visit", peng, "东莞新工厂操作员培训", "", "完成两期培训。"),
		r(acTiangong, "yinli", 140, 9, "complaint", "medium", "email", li, "交货包装破损", "两箱模块外包装破损。", "补发并改进包装。"),
		r(acChangjian, "xuefeng", 28, 1, "fault", "critical", "phone", wu, "冻干机控制系统宕机", "GMP 车间冻干机停机。",
			"现场更换电源模块，4 小时恢复，提交偏差报告支持。"),
		r(acChangjian, "yankai", 80, 7, "inquiry", "medium", "email", wu, "CSV 验证文档补充", "", "提交 IQ/OQ 文档。"),
		r(acHuabei, "ningxiaojun", 45, 2, "fault", "high", "phone", wu, "连铸机液压站 PLC 故障", "", "更换 CPU 模块。"),
		r(acHuabei, "yanlixin", 150, 10, "maintenance", "low", "email", wu, "能源管理系统升级", "", "完成升级。"),
		r(acXinghe, "caoying", 18, 6, "inquiry", "medium", "email", chen, "运动控制卡 SDK 问题", "", "提供新版 SDK 与示例。"),
		r(acXinghe, "fanbo", 95, 2, "fault", "high", "phone", chen, "样机伺服抖动", "", "调整增益参数。"),
		r(acLanhai, "zhonglei", 35, 4, "fault", "medium", "portal", chen, "分拣线扫码失败率高", "", "调整读码器角度与曝光。"),
		r(acLanhai, "miaoqing", 120, 8, "inquiry", "low", "email", chen, "WMS 接口文档", "", "已提供接口文档。"),
		r(acHaichuan, "qiaojun", 50, 5, "inquiry", "medium", "visit", liu, "DCS 国产化替代方案咨询", "", "完成技术交流并提交方案。"),
		r(acNanyue, "maijiahui", 65, 3, "fault", "medium", "phone", zhao, "灌装线变频器故障", "", "更换变频器。"),
		r(acDongfang, "jinxiaoyan", 85, 4, "maintenance", "low", "phone", zhao, "定型机温控校准", "", "完成校准。"),
		r(acRuifeng, "yanghai", 100, 2, "fault", "medium", "phone", zhao, "镀膜线触摸屏黑屏", "", "更换触摸屏。"),
		// Resolved late.
		r(acYuanhang, "shilei", 55, 9, "complaint", "high", "phone", peng, "焊接参数包版本错误", "现场安装了错误版本的参数包。",
			"重新下发正确版本，并增加发布前核对。"),
		r(acBeifang, "changlijuan", 70, 20, "fault", "medium", "email", chen, "备件报价迟迟未给", "", "已报价。"),
		r(acXibu, "qingguohua", 160, 30, "complaint", "medium", "email", wu, "合同付款条款争议", "", "双方商定分期付款。"),
	}
}

// SurveyAnswer is a sample satisfaction survey answer: of a quarter so
// many quarters before this one, by a contact.
type SurveyAnswer struct {
	Account, Contact string
	QuartersAgo      int
	Score, Recommend int
	Comments         string
}

// Surveys are the key accounts' satisfaction surveys of the last six
// quarters; the at-risk account's latest answers are poor.
func Surveys() []SurveyAnswer {
	var out []SurveyAnswer
	add := func(account string, people []string, scores [][2]int) {
		for q, sc := range scores { // scores[0] is the oldest quarter
			ago := len(scores) - 1 - q
			for i, p := range people {
				score := min(5, max(1, sc[0]+(i%2)*((q%2)*2-1)))
				out = append(out, SurveyAnswer{Account: account, Contact: p, QuartersAgo: ago, Score: score,
					Recommend: min(10, max(0, sc[1]-i)), Comments: surveyComment(score)})
			}
		}
	}
	add(acJiangning, []string{"sunhaitao", "yangfan", "qianwei"}, [][2]int{{4, 8}, {4, 8}, {5, 9}, {4, 9}, {5, 10}, {5, 9}})
	add(acSudian, []string{"huangzhiming", "songtao"}, [][2]int{{5, 9}, {5, 10}, {4, 9}, {5, 10}, {5, 10}, {5, 9}})
	add(acDingsheng, []string{"zengqiang", "liangyan", "zhengkai"}, [][2]int{{4, 8}, {4, 9}, {4, 8}, {4, 8}, {3, 6}, {2, 3}})
	add(acTiangong, []string{"luwei", "yaojian"}, [][2]int{{3, 7}, {4, 7}, {4, 8}, {4, 8}, {4, 9}, {5, 9}})
	add(acChangjian, []string{"weigang", "xuefeng"}, [][2]int{{4, 8}, {4, 8}, {4, 7}, {4, 8}, {5, 9}, {4, 8}})
	add(acHuabei, []string{"cuibaoshan", "dongzhen"}, [][2]int{{3, 6}, {4, 7}, {4, 7}, {4, 8}, {4, 8}, {4, 8}})
	return out
}

func surveyComment(score int) string {
	switch {
	case score >= 5:
		return "响应及时，技术支持专业。"
	case score == 4:
		return "总体满意，备件交期可再缩短。"
	case score == 3:
		return "问题能解决，但响应偏慢。"
	}
	return "停线问题反复出现，服务响应远低于预期。"
}

// HealthBase is roughly each sample account's health score over the past
// year, for the months before this one (this month's is computed from the
// data): the trend line starts there. The at-risk account was healthy
// until now.
var HealthBase = map[string]int{
	acJiangning: 90, acSudian: 84, acDingsheng: 82, acHaichuan: 60, acYuanhang: 63, acBeifang: 61, acNanyue: 55, acXibu: 47,
	acTiangong: 86, acChangjian: 72, acHuabei: 86, acXinghe: 66, acDongfang: 48, acLanhai: 66, acRuifeng: 46,
}

// HealthWiggle is how a past month's score differs from the base, by
// months ago (1 = last month), so the lines are not flat.
func HealthWiggle(account string, monthsAgo int) int {
	h := 0
	for _, r := range account {
		h = h*31 + int(r)
	}
	return (h+monthsAgo*monthsAgo*3)%7 - 3
}
