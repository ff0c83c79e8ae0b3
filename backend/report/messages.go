package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"kams/backend/domain"
)

// Languages the reports are printed in.
const (
	LangZh = "zh"
	LangEn = "en"
)

// NormalizeLang maps "zh", "zh-CN" and the like to LangZh and "en", "en-GB"
// and the like to LangEn; anything else is an error.
func NormalizeLang(lang string) (string, error) {
	l := strings.ToLower(strings.TrimSpace(lang))
	switch {
	case l == "zh" || strings.HasPrefix(l, "zh-") || strings.HasPrefix(l, "zh_"):
		return LangZh, nil
	case l == "en" || strings.HasPrefix(l, "en-") || strings.HasPrefix(l, "en_"):
		return LangEn, nil
	}
	// A field error, so the UI says "pick from the list" by the language
	// choice rather than "something went wrong".
	var v domain.Validation
	v.Add("lang", "error.choice", map[string]any{"value": lang})
	return "", v.Err()
}

// messages are the words of the printed reports, as the UI says them
// (frontend/src/i18n), in both languages.
var messages = map[string][2]string{ // zh, en
	"brief.title":        {"会前简报", "Meeting brief"},
	"brief.printed":      {"打印日期 %s", "Printed %s"},
	"brief.page":         {"第 1 页 / 共 1 页", "Page 1 of 1"},
	"brief.glance":       {"客户概况", "Account at a glance"},
	"brief.people":       {"会见对象", "People to meet"},
	"brief.deals":        {"未结商机", "Open opportunities"},
	"brief.interactions": {"最近互动", "Last interactions"},
	"brief.steps":        {"下一步行动", "Next steps"},
	"brief.flags":        {"风险提示", "Red flags"},
	"brief.none":         {"无", "None"},
	"brief.shown":        {"（列出 %d / 共 %d）", " (%d of %d shown)"},
	"brief.overdue":      {"已逾期", "overdue"},
	"brief.never":        {"从未", "never"},

	"field.industry":       {"行业", "Industry"},
	"field.region":         {"区域", "Region"},
	"field.status":         {"状态", "Status"},
	"field.quadrant":       {"客户类型", "Tier"},
	"field.identification": {"识别得分", "Identification"},
	"field.stage":          {"关系阶段", "Relationship stage"},
	"field.ourSales":       {"我方销售额", "Our sales"},
	"field.share":          {"钱包份额", "Share of wallet"},
	"field.manager":        {"客户经理", "Account manager"},
	"field.health":         {"关系健康度", "Relationship health"},
	"brief.atRisk":         {"预警", "at risk"},
	"brief.complaints":     {"投诉 %d（紧急 %d）", "%d complaints (%d critical)"},
	"field.keyAccount":     {"大客户", "key account"},
	"field.notKeyAccount":  {"非大客户", "not a key account"},

	"col.name":        {"姓名", "Name"},
	"col.title":       {"职务", "Title"},
	"col.role":        {"采购角色", "Buying role"},
	"col.influence":   {"影响力", "Influence"},
	"col.attitude":    {"态度", "Attitude"},
	"col.interests":   {"兴趣爱好", "Interests"},
	"col.lastContact": {"最近联系", "Last contact"},
	"col.deal":        {"商机", "Opportunity"},
	"col.dealStage":   {"阶段", "Stage"},
	"col.amount":      {"金额", "Amount"},
	"col.closeDate":   {"预计成交", "Close date"},
	"col.probability": {"概率", "Probability"},
	"col.date":        {"日期", "Date"},
	"col.kind":        {"方式", "Kind"},
	"col.people":      {"参与人", "People"},
	"col.summary":     {"摘要", "Summary"},
	"col.due":         {"到期日", "Due"},
	"col.step":        {"行动", "Action"},

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
	"role.none":       {"未确定", "Not known"},

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

	"flag.noCoach":                 {"没有教练（内部支持者）", "No coach (ally inside)"},
	"flag.noEconomicBuyer":         {"不知道经济决策者是谁", "Economic buyer unknown"},
	"flag.economicBuyerStale":      {"经济决策者 {name} 已 {days} 天未联系", "Economic buyer {name} not contacted for {days} days"},
	"flag.economicBuyerStaleNever": {"从未联系过经济决策者 {name}", "Economic buyer {name} never contacted"},
	"flag.highInfluenceOpponent":   {"高影响力的反对者：{name}", "High-influence opponent: {name}"},
	"flag.highInfluenceStale":      {"高影响力的 {name} 已 {days} 天未联系", "High-influence {name} not contacted for {days} days"},
	"flag.highInfluenceStaleNever": {"从未联系过高影响力的 {name}", "High-influence {name} never contacted"},
}

// tr is the message for key in lang (LangZh or LangEn), formatted with args
// when there are any; an unknown key prints as itself.
func tr(lang, key string, args ...any) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	s := m[0]
	if lang == LangEn {
		s = m[1]
	}
	if len(args) > 0 {
		s = fmt.Sprintf(s, args...)
	}
	return s
}

// flagText translates a red flag, filling its {name} and {days}.
func flagText(lang string, f domain.RedFlag) string {
	s := tr(lang, f.Key)
	for k, v := range f.Params {
		s = strings.ReplaceAll(s, "{"+k+"}", fmt.Sprint(v))
	}
	return s
}

// text picks a user-edited word in the language, or the other one when
// it is empty.
func text(lang string, t domain.Text) string {
	if lang == LangEn && t.En != "" || t.Zh == "" {
		return t.En
	}
	return t.Zh
}

// listSep joins names.
func listSep(lang string) string {
	if lang == LangEn {
		return ", "
	}
	return "、"
}

var currencySymbols = map[string]string{
	"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "JPY": "JP¥", "GBP": "£", "SGD": "S$",
}

// minorDigits is how many minor units a currency has (分 for CNY).
func minorDigits(currency string) int {
	if currency == "JPY" {
		return 0
	}
	return 2
}

// money shows an amount (minor units) as the app's tables do, in whole
// major units with thousands separators: "¥46,000,000". Chinese counts
// in 万 and 亿 from ten thousand up: "¥4,600万", "¥1.25亿".
func money(minor int64, currency, lang string) string {
	sym, ok := currencySymbols[currency]
	if !ok {
		sym = currency + " "
	}
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	major := float64(minor) / math.Pow10(minorDigits(currency))
	if lang == LangZh {
		switch {
		case major >= 1e8:
			return sign + sym + decimal(major/1e8, 2) + "亿"
		case major >= 1e4:
			return sign + sym + decimal(major/1e4, 1) + "万"
		}
	}
	return sign + sym + thousands(int64(math.Round(major)))
}

// decimal shows x with at most digits decimals, thousands separated, no
// trailing zeros.
func decimal(x float64, digits int) string {
	s := strconv.FormatFloat(x, 'f', digits, 64)
	whole, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	n, _ := strconv.ParseInt(whole, 10, 64)
	if frac == "" {
		return thousands(n)
	}
	return thousands(n) + "." + frac
}

// thousands writes n with a comma every three digits.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// percent shows a ratio (0.352) as "35.2%"; a negative ratio is unknown.
func percent(ratio float64) string {
	if ratio < 0 || math.IsNaN(ratio) {
		return "—"
	}
	return decimal(ratio*100, 1) + "%"
}
