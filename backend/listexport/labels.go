package listexport

import (
	"strconv"
	"strings"

	"kams/backend/domain"
)

// The languages a list is written in: its headers and the labels of its
// enums (status, stage, role …) as domain.md and the UI name them.
const (
	LangZh = "zh"
	LangEn = "en"
)

// normalLang is LangEn for "en", "en-GB" and the like, else LangZh.
func normalLang(lang string) string {
	if l := strings.ToLower(strings.TrimSpace(lang)); l == "en" || strings.HasPrefix(l, "en-") || strings.HasPrefix(l, "en_") {
		return LangEn
	}
	return LangZh
}

// labels are the enum values' zh and en labels (frontend/src/i18n).
var labels = map[string][2]string{
	"status.prospect": {"潜在", "Prospect"},
	"status.active":   {"合作中", "Active"},
	"status.dormant":  {"休眠", "Dormant"},
	"status.lost":     {"流失", "Lost"},

	"stage.exploratory":    {"探索期", "Exploratory"},
	"stage.basic":          {"基础期", "Basic"},
	"stage.cooperative":    {"合作期", "Cooperative"},
	"stage.interdependent": {"互相依存期", "Interdependent"},
	"stage.integrated":     {"整合期", "Integrated"},

	"quadrant.strategic":     {"战略客户", "Strategic"},
	"quadrant.develop":       {"发展客户", "Develop"},
	"quadrant.maintain":      {"维持客户", "Maintain"},
	"quadrant.opportunistic": {"机会客户", "Opportunistic"},
	"quadrant.unclassified":  {"未分类", "Unclassified"},

	"role.economic":   {"经济决策者", "Economic buyer"},
	"role.user":       {"使用者", "User buyer"},
	"role.technical":  {"技术把关者", "Technical buyer"},
	"role.coach":      {"教练", "Coach"},
	"role.influencer": {"影响者", "Influencer"},

	"attitude.-2": {"反对者", "Opponent"},
	"attitude.-1": {"不满", "Unhappy"},
	"attitude.0":  {"中立", "Neutral"},
	"attitude.1":  {"友好", "Friendly"},
	"attitude.2":  {"支持者", "Champion"},

	"influence.high":   {"高", "High"},
	"influence.medium": {"中", "Medium"},
	"influence.low":    {"低", "Low"},

	"kind.visit":   {"拜访", "Visit"},
	"kind.call":    {"电话", "Call"},
	"kind.meeting": {"会议", "Meeting"},
	"kind.email":   {"邮件", "E-mail"},
	"kind.tech":    {"技术交流", "Technical exchange"},
	"kind.demo":    {"演示", "Demo"},
	"kind.dinner":  {"宴请", "Dinner"},
	"kind.other":   {"其他", "Other"},

	"deal.open":      {"进行中", "Open"},
	"deal.won":       {"赢单", "Won"},
	"deal.lost":      {"输单", "Lost"},
	"deal.abandoned": {"放弃", "Abandoned"},

	"step.need":        {"需求产生", "Need emerges"},
	"step.budget":      {"立项与预算", "Approval and budget"},
	"step.spec":        {"需求定义与技术规范", "Requirements"},
	"step.evaluation":  {"供应商评估", "Vendor evaluation"},
	"step.tender":      {"招标", "Tender"},
	"step.negotiation": {"商务谈判", "Negotiation"},
	"step.contract":    {"合同签订", "Contract"},
	"step.delivery":    {"实施与验收", "Delivery and acceptance"},
	"step.payment":     {"付款", "Payment"},

	"member.kam":      {"大客户经理", "Key-account manager"},
	"member.sales":    {"销售代表", "Sales rep"},
	"member.presales": {"售前工程师", "Pre-sales engineer"},
	"member.service":  {"服务工程师", "Service engineer"},
	"member.manager":  {"主管", "Manager"},

	"assessment.draft": {"草稿", "Draft"},
	"assessment.final": {"已定稿", "Final"},

	"scope.member":  {"成员", "Member"},
	"scope.account": {"客户", "Account"},

	"yes": {"是", "Yes"},
	"no":  {"否", "No"},
}

// label is the enum value's label in lang: prefix.value, or the value
// itself when it has none ("" stays "").
func label(lang, prefix, value string) string {
	if value == "" {
		return ""
	}
	l, ok := labels[prefix+"."+value]
	if !ok {
		return value
	}
	if lang == LangEn {
		return l[1]
	}
	return l[0]
}

// word is a label with no prefix (yes, no).
func word(lang, key string) string {
	l := labels[key]
	if lang == LangEn {
		return l[1]
	}
	return l[0]
}

func yesNo(lang string, b bool) string {
	if b {
		return word(lang, "yes")
	}
	return word(lang, "no")
}

func attitudeLabel(lang string, a int) string { return label(lang, "attitude", strconv.Itoa(a)) }

// text is a user-edited word (a stage's name) in lang, or the other
// language's when that one is empty.
func text(lang string, t domain.Text) string {
	if lang == LangEn && t.En != "" || t.Zh == "" {
		return t.En
	}
	return t.Zh
}

// joinNames joins names as the language lists them.
func joinNames(lang string, names []string) string {
	if lang == LangEn {
		return strings.Join(names, ", ")
	}
	return strings.Join(names, "、")
}
