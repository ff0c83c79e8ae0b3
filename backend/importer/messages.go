package importer

import (
	"fmt"
	"strings"
)

// messages are the reasons an import gives, in zh and en; {name} is
// replaced by the problem's parameter of that name.
var messages = map[string][2]string{
	"required":             {"必填，不能为空", "is required"},
	"required_column":      {"缺少必填列“{header}”", "the required column “{header}” is missing"},
	"too_long":             {"太长：{length} 个字符，最多 {max} 个", "is too long: {length} characters, at most {max}"},
	"duplicate_in_file":    {"“{value}”在文件中重复（第 {first} 行已有）", "“{value}” appears twice in the file (first on row {first})"},
	"duplicate_in_db":      {"“{value}”已在客户中：导入不会修改已有记录", "“{value}” is already an account: an import never changes existing records"},
	"invalid_value":        {"“{value}”不是有效的值", "“{value}” is not a valid value"},
	"invalid_choice":       {"“{value}”不是可选值：{choices}", "“{value}” is not one of: {choices}"},
	"invalid_decimals":     {"“{value}”：金额最多两位小数", "“{value}”: an amount has at most 2 decimals"},
	"invalid_too_big":      {"“{value}”：金额太大", "“{value}”: the amount is too large"},
	"invalid_whole":        {"“{value}”：应为整数", "“{value}”: must be a whole number"},
	"invalid_range":        {"“{value}”：应在 {min} 到 {max} 之间", "“{value}”: must be from {min} to {max}"},
	"invalid_email":        {"“{value}”不是有效的邮箱地址", "“{value}” is not a valid e-mail address"},
	"invalid_person":       {"“{value}”不是该客户的关键人", "“{value}” is not a person of this account"},
	"invalid_person_twice": {"该客户有多位关键人叫“{value}”", "this account has more than one person named “{value}”"},
	"invalid_deal":         {"“{value}”不是该客户的商机", "“{value}” is not a deal of this account"},
	"invalid_deal_twice":   {"该客户有多个商机叫“{value}”", "this account has more than one deal named “{value}”"},
	"invalid_sheet":        {"文件中没有名为“{value}”的工作表", "the file has no sheet named “{value}”"},
	"required_loss":        {"输单或放弃时必须填写原因", "is required when the deal is lost or abandoned"},
	"required_due":         {"有下一步时必须填写截止日期", "is required when there is a next step"},
	"not_a_number":         {"“{value}”不是数字", "“{value}” is not a number"},
	"negative":             {"“{value}”不能为负数", "“{value}” cannot be negative"},
	"invalid_date":         {"“{value}”不是有效的日期（如 2025-03-31 或 2025年3月31日）", "“{value}” is not a valid date (such as 2025-03-31)"},
	"unknown_account":      {"没有名为“{value}”的客户（须为客户全称）", "there is no account named “{value}” (use its full name)"},
	"reports_to_unknown":   {"同一公司中没有名为“{value}”的关键人", "nobody named “{value}” at the same company"},
	"reports_to_ambiguous": {"同一公司中有多位名为“{value}”的关键人", "more than one person named “{value}” at the same company"},
	"reports_to_cycle":     {"汇报关系形成了循环：{cycle}", "the reporting lines go round in a circle: {cycle}"},
	"column_count":         {"本行有 {got} 列，表头有 {want} 列", "this row has {got} fields, the header has {want}"},
	"header_missing":       {"此列有数据但没有表头", "this column holds data but has no header"},
	"empty_file":           {"文件是空的", "the file is empty"},
	"no_data_rows":         {"只有表头，没有数据行", "the file has a header but no data rows"},
	"corrupt_file":         {"文件已损坏或不完整，无法读取", "the file is damaged or incomplete and cannot be read"},
	"not_xlsx":             {"不是 .xlsx 或 .csv 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）", "not an .xlsx or .csv file (save an old .xls as .xlsx in Excel)"},
	"encrypted":            {"文件有密码保护：请在 Excel 中取消密码后再导入", "the file is password-protected: remove the password in Excel first"},
	"too_large":            {"文件太大（最多 100 MB，解压后最多 512 MB）", "the file is too large (at most 100 MB, 512 MB unpacked)"},
	"too_many_rows":        {"数据行太多：最多 {max} 行", "too many data rows: at most {max}"},
}

// message is the reason for key (a code or a finer key) in lang.
func message(lang, key string, params map[string]any) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	text := m[0]
	if lang == "en" {
		text = m[1]
	}
	for k, v := range params {
		text = strings.ReplaceAll(text, "{"+k+"}", fmt.Sprint(v))
	}
	return text
}
