package domain

import "strings"

// knownRatings are the qualitative items of an assessment that the book
// names (素质考核: competence, attitude, teamwork …), in both languages, so
// a template typed in one language prints in the other.
var knownRatings = []Text{
	{Zh: "专业能力", En: "Competence"},
	{Zh: "工作态度", En: "Attitude"},
	{Zh: "团队合作", En: "Teamwork"},
	{Zh: "服务态度", En: "Service attitude"},
	{Zh: "沟通能力", En: "Communication"},
	{Zh: "学习能力", En: "Learning"},
	{Zh: "责任心", En: "Responsibility"},
	{Zh: "执行力", En: "Execution"},
	{Zh: "客户导向", En: "Customer focus"},
}

// RatingText is a rating item's name in both languages: a known quality
// typed in either language gets its pair, any other name stays as typed.
func RatingText(name string) Text {
	n := strings.TrimSpace(name)
	for _, k := range knownRatings {
		if n == k.Zh || strings.EqualFold(n, k.En) {
			return k
		}
	}
	return Text{Zh: name, En: name}
}
