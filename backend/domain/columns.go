package domain

import "strings"

// SheetKind is a list of records that goes to and comes from a
// spreadsheet: import reads it, export writes it, with the same headers.
type SheetKind string

const (
	SheetAccounts SheetKind = "accounts"
	SheetContacts SheetKind = "contacts"
	SheetDeals    SheetKind = "deals"
	SheetVisits   SheetKind = "visits"
)

// SheetKinds lists the importable lists in the order the UI offers them.
var SheetKinds = []SheetKind{SheetAccounts, SheetContacts, SheetDeals, SheetVisits}

// ColumnType says how a cell is read and written.
type ColumnType string

const (
	ColText    ColumnType = "text"    // one line, at most MaxShortText characters
	ColLong    ColumnType = "long"    // a long text, at most MaxLongText
	ColAmount  ColumnType = "amount"  // money in 元 (stored in 分)
	ColInteger ColumnType = "integer" // a whole number ≥ 0
	ColDate    ColumnType = "date"    // a day
	ColEnum    ColumnType = "enum"    // one of Choices(Enum), by its zh or en label
	ColPhone   ColumnType = "phone"   // text, a numeric cell gives its digits
	ColScore   ColumnType = "score"   // a whole number 0–5
)

// Column is one column of a sheet: the record's field, its header in each
// language and the other headers an import accepts for it. This table is
// the one place where headers are named: the import matches headers by it,
// the export and the blank templates write them from it.
type Column struct {
	Key      string     `json:"key"`
	Zh       string     `json:"zh"`
	En       string     `json:"en"`
	Aliases  []string   `json:"aliases"`
	Required bool       `json:"required"`
	Type     ColumnType `json:"type"`
	Enum     string     `json:"enum,omitempty"` // for ColEnum: the name of the choice list
}

// Header is the column's header in lang ("zh" or "en").
func (c Column) Header(lang string) string {
	if lang == "en" {
		return c.En
	}
	return c.Zh
}

// Matches is true when a trimmed header names this column: its zh or en
// header or an alias, case-insensitively.
func (c Column) Matches(header string) bool {
	h := normHeader(header)
	if h == "" {
		return false
	}
	if h == normHeader(c.Zh) || h == normHeader(c.En) || h == normHeader(c.Key) {
		return true
	}
	for _, a := range c.Aliases {
		if h == normHeader(a) {
			return true
		}
	}
	return false
}

// normHeader folds case and drops the marks people add to headers: a
// trailing "*" for required, "(元)" units, spaces inside English words.
func normHeader(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "*"), "*")
	for _, unit := range []string{"（元）", "(元)", "(yuan)", "(cny)", "（cny）"} {
		s = strings.TrimSuffix(s, unit)
	}
	return strings.NewReplacer(" ", "", "_", "", "-", "", "\u3000", "").Replace(s)
}

// Enum choice lists a Column may name.
const (
	EnumAccountStatus = "accountStatus"
	EnumRelStage      = "relationshipStage"
	EnumRole          = "buyingRole"
	EnumAttitude      = "attitude"
	EnumInfluence     = "influence"
	EnumVisitKind     = "visitKind"
	EnumDealStatus    = "dealStatus"
	EnumDealStage     = "dealStage" // the sales stages of the settings
)

// Choice is one value of a choice list with its labels.
type Choice struct {
	Value string `json:"value"`
	Zh    string `json:"zh"`
	En    string `json:"en"`
}

// Label is the choice's label in lang.
func (c Choice) Label(lang string) string {
	if lang == "en" {
		return c.En
	}
	return c.Zh
}

// Choices is the choice list enum with domain.md's labels; the sales
// stages come from the settings (stages), as the user named them.
func Choices(enum string, stages []Stage) []Choice {
	switch enum {
	case EnumAccountStatus:
		return []Choice{{"prospect", "潜在", "Prospect"}, {"active", "合作中", "Active"}, {"dormant", "休眠", "Dormant"}, {"lost", "流失", "Lost"}}
	case EnumRelStage:
		return []Choice{{"exploratory", "探索期", "Exploratory"}, {"basic", "基础期", "Basic"}, {"cooperative", "合作期", "Cooperative"},
			{"interdependent", "互相依存期", "Interdependent"}, {"integrated", "整合期", "Integrated"}}
	case EnumRole:
		return []Choice{{"economic", "经济决策者", "Economic buyer"}, {"user", "使用者", "User buyer"}, {"technical", "技术把关者", "Technical buyer"},
			{"coach", "教练", "Coach"}, {"influencer", "影响者", "Influencer"}}
	case EnumAttitude:
		return []Choice{{"2", "支持者", "Champion"}, {"1", "友好", "Friendly"}, {"0", "中立", "Neutral"}, {"-1", "不满", "Unhappy"}, {"-2", "反对者", "Opponent"}}
	case EnumInfluence:
		return []Choice{{"high", "高", "High"}, {"medium", "中", "Medium"}, {"low", "低", "Low"}}
	case EnumVisitKind:
		return []Choice{{"visit", "拜访", "Visit"}, {"call", "电话", "Call"}, {"meeting", "会议", "Meeting"}, {"email", "邮件", "E-mail"},
			{"tech", "技术交流", "Technical exchange"}, {"demo", "演示", "Demo"}, {"dinner", "宴请", "Dinner"}, {"other", "其他", "Other"}}
	case EnumDealStatus:
		return []Choice{{DealOpen, "进行中", "Open"}, {DealWon, "赢单", "Won"}, {DealLost, "输单", "Lost"}, {DealAbandoned, "放弃", "Abandoned"}}
	case EnumDealStage:
		out := make([]Choice, len(stages))
		for i, s := range stages {
			out[i] = Choice{s.ID, s.Name.Zh, s.Name.En}
		}
		return out
	}
	return nil
}

// ChoiceOf finds the choice a cell names by its zh or en label (or its
// stored value), case-insensitively; ok is false when none does.
func ChoiceOf(enum string, stages []Stage, cell string) (Choice, bool) {
	cell = strings.TrimSpace(cell)
	for _, c := range Choices(enum, stages) {
		if strings.EqualFold(cell, c.Zh) || strings.EqualFold(cell, c.En) || strings.EqualFold(cell, c.Value) {
			return c, true
		}
	}
	return Choice{}, false
}

func col(key, zh, en string, t ColumnType, aliases ...string) Column {
	return Column{Key: key, Zh: zh, En: en, Type: t, Aliases: aliases}
}

func required(c Column) Column { c.Required = true; return c }

func enum(c Column, e string) Column { c.Type, c.Enum = ColEnum, e; return c }

// SheetColumns is the header table of a list, in the order a template and
// an export write the columns.
func SheetColumns(kind SheetKind) []Column {
	switch kind {
	case SheetAccounts:
		return []Column{
			required(col("name", "公司名称", "Name", ColText, "客户名称", "客户", "名称", "公司", "Account name", "Account", "Company", "Company name")),
			col("shortName", "简称", "Short name", ColText, "客户简称"),
			col("englishName", "英文名称", "English name", ColText, "英文名"),
			col("industry", "行业", "Industry", ColText),
			col("region", "区域", "Region", ColText, "地区"),
			col("address", "地址", "Address", ColText),
			col("employees", "员工人数", "Employees", ColInteger, "人数"),
			col("revenue", "客户营业收入", "Customer revenue", ColAmount, "营业收入", "Revenue"),
			col("ourSales", "我方年销售额", "Our annual sales", ColAmount, "我方销售额", "Our sales"),
			col("categorySpend", "客户本品类年采购总额", "Category spend", ColAmount, "品类采购额", "本品类采购额", "Customer's annual spend in our category"),
			enum(col("status", "状态", "Status", ColEnum, "客户状态"), EnumAccountStatus),
			enum(col("stage", "关系发展阶段", "Relationship stage", ColEnum, "关系阶段", "Stage"), EnumRelStage),
			col("manager", "大客户经理", "Key-account manager", ColText, "客户经理", "负责人", "Account manager", "Manager", "Owner"),
			col("competitors", "在场竞争对手", "Competitors", ColLong, "竞争对手", "Competitors present"),
			col("businessStrategy", "经营战略", "Business strategy", ColLong),
			col("supplyChainStrategy", "供应链战略", "Supply-chain strategy", ColLong, "Supply chain strategy"),
			col("procurementPlans", "采购规划", "Procurement plans", ColLong),
			col("notes", "备注", "Notes", ColLong, "Note", "Remarks"),
		}
	case SheetContacts:
		return []Column{
			required(col("name", "姓名", "Name", ColText, "名字", "联系人", "Contact", "Full name")),
			required(col("account", "公司", "Company", ColText, "客户", "公司名称", "客户名称", "Account", "Account name")),
			col("title", "职务", "Title", ColText, "职位", "Job title", "Position"),
			col("department", "部门", "Department", ColText, "Dept"),
			col("reportsTo", "汇报对象", "Reports to", ColText, "汇报给", "上级", "Manager"),
			col("phone", "电话", "Phone", ColPhone, "座机", "办公电话", "Telephone", "Tel"),
			col("mobile", "手机", "Mobile", ColPhone, "手机号", "Cell", "Mobile phone"),
			col("email", "邮箱", "E-mail", ColText, "电子邮件", "邮件", "Email"),
			col("wechat", "微信", "WeChat", ColText, "微信号"),
			col("birthday", "生日", "Birthday", ColDate, "出生日期"),
			enum(col("role", "采购角色", "Buying role", ColEnum, "角色", "Role"), EnumRole),
			enum(col("attitude", "态度", "Attitude", ColEnum), EnumAttitude),
			enum(col("influence", "影响力", "Influence", ColEnum), EnumInfluence),
			col("strength", "关系强度", "Relationship strength", ColScore, "Strength"),
			col("interests", "工作、生活、兴趣、爱好", "Interests", ColLong, "兴趣爱好", "兴趣", "Work, life, interests and hobbies", "Hobbies"),
			col("notes", "备注", "Notes", ColLong, "Note", "Remarks"),
		}
	case SheetDeals:
		return []Column{
			required(col("account", "客户", "Account", ColText, "公司", "公司名称", "客户名称", "Company", "Account name")),
			required(col("name", "商机名称", "Deal name", ColText, "商机", "项目名称", "项目", "Deal", "Opportunity", "Name")),
			col("amount", "金额", "Amount", ColAmount, "商机金额", "预计金额", "Value"),
			col("closeDate", "预计成交日期", "Expected close date", ColDate, "成交日期", "预计签约日期", "Close date"),
			enum(col("stage", "销售阶段", "Sales stage", ColEnum, "阶段", "Stage"), EnumDealStage),
			enum(col("status", "状态", "Status", ColEnum), EnumDealStatus),
			col("lossReason", "输单或放弃原因", "Reason lost or abandoned", ColText, "输单原因", "Loss reason"),
			col("competitors", "竞争对手", "Competitors", ColLong),
			col("solution", "我方方案", "Our solution", ColLong, "方案", "Solution"),
			col("criteria", "客户决策标准", "Decision criteria", ColLong, "决策标准", "Customer's decision criteria"),
		}
	case SheetVisits:
		return []Column{
			required(col("account", "客户", "Account", ColText, "公司", "公司名称", "客户名称", "Company", "Account name")),
			required(col("date", "日期", "Date", ColDate, "拜访日期", "Visit date")),
			required(enum(col("kind", "类型", "Type", ColEnum, "方式", "拜访类型", "Kind"), EnumVisitKind)),
			col("contacts", "参与人", "People present", ColText, "参与关键人", "联系人", "People", "Contacts"),
			col("deal", "相关商机", "Deal", ColText, "商机", "商机名称", "Opportunity"),
			col("summary", "摘要", "Summary", ColLong, "内容", "拜访内容", "Notes"),
			col("outcome", "结果", "Outcome", ColLong),
			col("nextStep", "下一步", "Next step", ColLong),
			col("nextDue", "下一步截止", "Next step due", ColDate, "下一步日期", "Next due"),
		}
	}
	return nil
}

// MatchColumn is the column of kind a header names, or ok false.
func MatchColumn(kind SheetKind, header string) (Column, bool) {
	for _, c := range SheetColumns(kind) {
		if c.Matches(header) {
			return c, true
		}
	}
	return Column{}, false
}
