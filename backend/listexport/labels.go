package listexport

import (
	"strconv"
	"strings"
	"sync"
	"time"

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

// labels are the zh and en labels (frontend/src/i18n) of the values that
// no import reads; those it does read are domain.Choices.
var labels = map[string][2]string{
	"quadrant.strategic":     {"战略客户", "Strategic"},
	"quadrant.develop":       {"发展客户", "Develop"},
	"quadrant.maintain":      {"维持客户", "Maintain"},
	"quadrant.opportunistic": {"机会客户", "Opportunistic"},
	"quadrant.unclassified":  {"未分类", "Unclassified"},

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

// choices are domain.Choices's fixed lists by value, read once.
var choices = sync.OnceValue(func() map[string]map[string]domain.Choice {
	out := map[string]map[string]domain.Choice{}
	for _, e := range []string{domain.EnumAccountStatus, domain.EnumRelStage, domain.EnumRole, domain.EnumAttitude,
		domain.EnumInfluence, domain.EnumVisitKind, domain.EnumDealStatus} {
		out[e] = map[string]domain.Choice{}
		for _, c := range domain.Choices(e, nil) {
			out[e][c.Value] = c
		}
	}
	return out
})

// choice is value's label in lang in the choice list enum, as import reads
// it back; a value with none is itself ("" stays "").
func choice(lang, enum, value string) string {
	c, ok := choices()[enum][value]
	if !ok {
		return value
	}
	return c.Label(lang)
}

func attitudeLabel(lang string, a int) string {
	return choice(lang, domain.EnumAttitude, strconv.Itoa(a))
}

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

// localStamp is a stored UTC stamp (RFC 3339) as the user's clock reads
// it: "2026-06-15 18:00"; "" stays "".
func localStamp(src Source, stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return t.In(src.Now.Location()).Format("2006-01-02 15:04")
}
