package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
)

// The search benchmark's database: a large key-account book.
const (
	benchAccounts     = 2_000
	benchContacts     = 50_000
	benchInteractions = 500_000
)

var (
	benchSurnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强")
	benchGiven    = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞红建国文辉鹏宇浩凯晨鑫婷雪琳颖佳欣怡嘉博志斌亮林峰海波宁丹萍燕梅莉倩晶瑶璐琪彤昊然轩睿哲瀚泽熙铭楠")
	benchTitles   = []string{"总经理", "副总经理", "首席信息官", "CIO", "CTO", "采购总监", "采购经理", "采购专员", "财务总监", "财务经理",
		"信息中心主任", "IT经理", "技术总监", "技术经理", "项目经理", "生产总监", "厂长", "设备部部长", "质量经理", "供应链总监",
		"运营总监", "董事长", "总裁助理", "法务经理", "工程师", "高级工程师", "架构师", "数据分析师", "销售总监", "市场经理"}
	benchDepartments = []string{"采购部", "财务部", "信息中心", "技术部", "生产部", "设备部", "质量部", "供应链管理部", "运营部",
		"总经办", "法务部", "研发中心", "数字化部", "市场部", "基建部"}
	benchCities = []string{"北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "武汉", "成都", "重庆", "西安", "天津", "青岛",
		"厦门", "宁波", "合肥", "长沙", "郑州", "济南", "沈阳", "大连", "哈尔滨", "昆明", "福州", "无锡", "佛山", "东莞", "常州",
		"烟台", "珠海", "南昌", "贵阳", "南宁", "太原", "石家庄", "兰州", "乌鲁木齐", "呼和浩特", "海口", "温州"}
	benchCores = []string{"华信", "中科", "东方", "远大", "恒通", "新世纪", "金桥", "长城", "宏达", "天成", "瑞丰", "海纳", "博远",
		"众合", "鼎盛", "泰和", "启明", "光华", "国泰", "联创", "汇川", "德赛", "立讯", "卓越", "安泰", "盛世", "华晨", "九州",
		"星河", "云图", "智联", "正泰", "新希望", "万通", "凯盛", "永辉", "同方", "伟业", "鸿运", "信达"}
	benchIndustries = []string{"汽车", "新能源", "电子", "通信设备", "医药", "化工", "钢铁", "电力", "银行", "保险", "物流", "零售",
		"食品", "机械制造", "半导体", "航空", "建材", "纺织", "能源", "软件"}
	benchSuffixes = []string{"股份有限公司", "集团有限公司", "科技有限公司", "有限公司", "制造有限公司", "实业有限公司"}
	benchRegions  = []string{"华东", "华南", "华北", "华中", "西南", "西北", "东北"}
	benchWords    = []string{
		"拜访", "客户", "采购", "预算", "方案", "招标", "投标", "合同", "签约", "谈判", "报价", "价格", "折扣", "付款", "回款",
		"交付", "验收", "实施", "上线", "试点", "推广", "培训", "售后", "服务", "运维", "升级", "扩容", "替换", "竞争对手",
		"西门子", "施耐德", "华为", "用友", "金蝶", "数字化转型", "智能制造", "供应链", "数据中心", "云平台", "信息安全",
		"网络改造", "生产线", "自动化", "质量管理", "成本控制", "降本增效", "战略合作", "框架协议", "年度计划", "立项",
		"需求", "技术交流", "产品演示", "样机测试", "方案评审", "商务条款", "技术规范", "评估", "决策", "高层", "董事长",
		"总经理", "采购总监", "信息中心", "财务部", "技术部", "生产部", "设备部", "领导", "认可", "关注", "担心", "风险",
		"进度", "延期", "提前", "确认", "同意", "反对", "犹豫", "比较", "优势", "劣势", "案例", "参观", "考察", "宴请",
		"电话", "会议", "邮件", "沟通", "汇报", "反馈", "问题", "解决", "下一步", "跟进", "安排", "准备", "资料", "报告",
		"预计", "第三季度", "第四季度", "明年", "今年", "项目", "二期", "三期", "一期", "扩建", "新建", "改造", "节能",
		"环保", "安全生产", "产能", "效率", "良率", "库存", "订单", "物流", "仓储", "系统集成", "接口", "数据", "报表",
		"移动端", "大屏", "看板", "审批", "流程", "权限", "部署", "私有云", "公有云", "混合云", "许可", "维保", "备件",
	}
	benchEnglish = []string{"ERP", "MES", "CRM", "SAP", "Oracle", "demo", "POC", "SLA", "cloud", "pricing", "roadmap",
		"Kubernetes", "AI", "IoT", "API", "dashboard", "license", "upgrade", "security", "budget", "workshop", "RFP", "kickoff"}
	benchOutcomes = []string{"对方认可方案", "需要进一步澄清需求", "价格偏高，需要调整", "同意进入下一轮", "暂无明确结论",
		"决策推迟到下季度", "竞争对手报价更低", "高层表示支持", "技术部提出疑问", ""}
	benchSteps = []string{"发送报价", "安排技术交流", "准备方案评审材料", "约高层拜访", "提交投标文件", "跟进付款", "安排参观考察",
		"发送会议纪要", ""}
)

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

func benchName(r *rand.Rand) string {
	n := []rune{pick(r, benchSurnames), pick(r, benchGiven)}
	if r.IntN(3) > 0 {
		n = append(n, pick(r, benchGiven))
	}
	return string(n)
}

func benchSummary(r *rand.Rand, people []string) string {
	var b strings.Builder
	n := 6 + r.IntN(10)
	for i := range n {
		switch {
		case i > 0 && r.IntN(5) == 0:
			b.WriteString("，")
		case i > 0 && r.IntN(12) == 0:
			b.WriteString("。")
		}
		switch x := r.IntN(20); {
		case x == 0 && len(people) > 0:
			b.WriteString(pick(r, people))
		case x <= 2:
			b.WriteString(" " + pick(r, benchEnglish) + " ")
		default:
			b.WriteString(pick(r, benchWords))
		}
	}
	return b.String()
}

// multiInsert writes rows through one prepared multi-row INSERT per batch.
func multiInsert(ctx context.Context, tx *sql.Tx, table, columns string, rows [][]any) error {
	const batch = 200
	cols := strings.Count(columns, ",") + 1
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	var full *sql.Stmt
	for len(rows) > 0 {
		n := min(batch, len(rows))
		args := make([]any, 0, n*cols)
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		q := "INSERT INTO " + table + " (" + columns + ") VALUES " + strings.TrimSuffix(strings.Repeat(one+",", n), ",")
		var err error
		if n == batch {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, q); err != nil {
					return err
				}
				defer full.Close()
			}
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, q, args...)
		}
		if err != nil {
			return fmt.Errorf("insert %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

// buildSearchBench fills an empty store with the benchmark's book: rows go
// in with multi-row INSERTs, and each is indexed with index(), the write
// path's own indexing, in the same transaction.
func buildSearchBench(ctx context.Context, s *Store) error {
	r := rand.New(rand.NewPCG(2026, 5))
	stamp := "2026-01-01T00:00:00Z"
	inTx := func(fn func(tx *sql.Tx) error) error { return s.tx(ctx, fn) }

	// Accounts.
	accountNames := make([]string, benchAccounts+1)
	err := inTx(func(tx *sql.Tx) error {
		rows := make([][]any, 0, benchAccounts)
		seen := map[string]bool{}
		var texts []string
		for id := 1; id <= benchAccounts; id++ {
			var a domain.Account
			for a.Name == "" || seen[a.Name] {
				city, core := pick(r, benchCities), pick(r, benchCores)
				a = domain.Account{Name: city + core + pick(r, benchIndustries) + pick(r, benchSuffixes), ShortName: core,
					EnglishName: fmt.Sprintf("%s %s Co., Ltd.", pick(r, []string{"Sino", "Grand", "East", "Star", "Union", "Hua"}),
						pick(r, []string{"Tech", "Motors", "Energy", "Pharma", "Steel", "Logistics", "Electronics"})),
					Industry: pick(r, benchIndustries), Region: pick(r, benchRegions)}
			}
			seen[a.Name] = true
			accountNames[id] = a.Name
			rows = append(rows, []any{id, a.Name, a.ShortName, a.EnglishName, a.Industry, a.Region, "active", "basic", stamp, stamp})
			texts = append(texts, accountText(a))
		}
		if err := multiInsert(ctx, tx, "accounts",
			"id, name, short_name, english_name, industry, region, status, stage, created_at, updated_at", rows); err != nil {
			return err
		}
		for i, text := range texts {
			if err := index(ctx, tx, kindAccount, int64(i+1), text); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}

	// Contacts, and each account's people for the summaries.
	people := make([][]string, benchAccounts+1)
	err = inTx(func(tx *sql.Tx) error {
		rows := make([][]any, 0, benchContacts)
		texts := make([]string, 0, benchContacts)
		for id := 1; id <= benchContacts; id++ {
			acc := 1 + r.IntN(benchAccounts)
			c := domain.Contact{Name: benchName(r), Title: pick(r, benchTitles), Department: pick(r, benchDepartments),
				Mobile: fmt.Sprintf("1%02d%08d", 30+r.IntN(60), r.IntN(100_000_000))}
			if r.IntN(2) == 0 {
				c.Email = fmt.Sprintf("user%d@corp%d.com.cn", id, acc)
			}
			if r.IntN(4) == 0 {
				c.Interests = pick(r, []string{"钓鱼", "高尔夫", "围棋", "羽毛球", "摄影", "徒步", "茶道", "红酒", "马拉松", "书法"})
			}
			people[acc] = append(people[acc], c.Name)
			rows = append(rows, []any{id, acc, c.Name, c.Title, c.Department, c.Mobile, c.Email, c.Interests, stamp, stamp})
			texts = append(texts, contactText(c))
		}
		if err := multiInsert(ctx, tx, "contacts",
			"id, account_id, name, title, department, mobile, email, interests, created_at, updated_at", rows); err != nil {
			return err
		}
		for i, text := range texts {
			if err := index(ctx, tx, kindContact, int64(i+1), text); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}

	// Interactions, in transactions of 100,000.
	kinds := []string{"visit", "call", "meeting", "email", "tech", "demo", "dinner", "other"}
	const chunk = 100_000
	for first := 1; first <= benchInteractions; first += chunk {
		err := inTx(func(tx *sql.Tx) error {
			last := min(first+chunk-1, benchInteractions)
			rows := make([][]any, 0, chunk)
			texts := make([]string, 0, chunk)
			for id := first; id <= last; id++ {
				acc := 1 + r.IntN(benchAccounts)
				// Dates grow with the id, as records are logged over time.
				day := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, id*1500/benchInteractions+r.IntN(10))
				in := domain.Interaction{Summary: benchSummary(r, people[acc]), Outcome: pick(r, benchOutcomes), NextStep: pick(r, benchSteps)}
				due := ""
				if in.NextStep != "" {
					due = day.AddDate(0, 0, 7).Format(time.DateOnly)
				}
				rows = append(rows, []any{id, acc, day.Format(time.DateOnly), pick(r, kinds), in.Summary, in.Outcome,
					in.NextStep, due, r.IntN(2), stamp, stamp})
				texts = append(texts, interactionText(in))
			}
			if err := multiInsert(ctx, tx, "interactions",
				"id, account_id, date, kind, summary, outcome, next_step, next_due, next_done, created_at, updated_at", rows); err != nil {
				return err
			}
			for i, text := range texts {
				if err := index(ctx, tx, kindInteraction, int64(first+i), text); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	_, err = s.w.ExecContext(ctx, "PRAGMA optimize")
	return err
}

// benchQueries are, per query length, frequent and rare terms and some
// that match nothing.
var benchQueries = []struct {
	name    string
	runes   int // characters in each query; 4 means 4 or more
	queries []string
}{
	{"1char", 1, []string{
		"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "伟", "芳", "娜", "敏", "强", "华", "明", "海", "宁", "鑫", "璐", "瀚",
		"熙", "铭", "楠", "彤", "睿", "昊", "泽", "轩", "哲", "植", "隋", "卜", "詹", "甄", "覃", "a", "s", "x", "m", "Z",
		"科", "龙", "集", "东", "鬼", "龘", "乾", "坤", "q", "7",
	}},
	{"2char", 2, []string{
		"预算", "方案", "招标", "合同", "报价", "客户", "拜访", "交付", "验收", "付款", "华为", "西门", "供应", "数字", "云平",
		"王伟", "李娜", "张敏", "刘洋", "陈杰", "王芳", "赵敏", "隋鑫", "詹瀚", "甄璐", "北京", "深圳", "华信", "汽车", "半导",
		"总监", "采购", "经理", "主任", "钓鱼", "er", "ai", "ku", "de", "cl", "pr", "mo", "龘龘", "乾坤", "鬼怪", "zz",
		"qx", "39", "xy", "签约",
	}},
	{"3char", 3, []string{
		"数字化", "供应链", "技术交", "数据中", "云平台", "智能制", "竞争对", "西门子", "施耐德", "降本增", "下一步", "第三季",
		"采购总", "信息中", "方案评", "产品演", "样机测", "框架协", "王建国", "李明华", "刘海宁", "陈佳欣", "隋瀚熙", "张伟华",
		"erp", "mes", "sap", "poc", "rfp", "kub", "ora", "dem", "pri", "roa", "das", "sec", "北京华", "深圳中", "有限公",
		"汽车股", "@co", "com", "138", "龘龘龘", "不存在", "xyz", "qqq", "半导体", "高尔夫",
	}},
	{"4plus", 4, []string{
		"数字化转型", "智能制造", "供应链管理", "技术交流", "数据中心", "云平台部署", "竞争对手", "降本增效", "框架协议",
		"方案评审", "产品演示", "样机测试", "战略合作", "安全生产", "系统集成", "信息安全", "高层表示支持", "对方认可方案",
		"价格偏高", "发送报价", "准备方案评审材料", "kubernetes", "dashboard", "pricing", "roadmap", "workshop", "security",
		"kickoff", "budget", "license", "Oracle", "华为技术有限公司", "股份有限公司", "集团有限公司", "北京华信", "采购总监",
		"信息中心主任", "首席信息官", "预算方案招标", "验收付款回款", "西门子施耐德", "数字化转型智能制造", "供应链数据中心",
		"龘龘龘龘", "不存在的词语", "nonexistent", "qwertyuiop", "user123@corp", "corp1999.com", "13812345678",
	}},
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// BenchmarkSearch measures the global search over 2,000 accounts, 50,000
// people and 500,000 interactions. Each sub-benchmark cycles through its
// queries and reports the latency percentiles of one search.
func BenchmarkSearch(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a database of 550,000 records")
	}
	for _, set := range benchQueries {
		for _, q := range set.queries {
			if n := utf8.RuneCountInString(q); n != set.runes && !(set.runes == 4 && n > 4) {
				b.Fatalf("query %q of %d characters in set %s", q, utf8.RuneCountInString(q), set.name)
			}
		}
	}
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "bench.db")
	// KAMS_SEARCH_BENCH_DB names a database file kept between runs: built
	// the first time (about two minutes), then copied for each run, as
	// the run merges the index.
	if keep := os.Getenv("KAMS_SEARCH_BENCH_DB"); keep != "" {
		if _, err := os.Stat(keep); err != nil {
			buildSearchBenchFile(ctx, b, keep)
		}
		data, err := os.ReadFile(keep)
		if err == nil {
			err = os.WriteFile(path, data, 0o600)
		}
		if err != nil {
			b.Fatal(err)
		}
	} else {
		buildSearchBenchFile(ctx, b, path)
	}
	s, err := Open(ctx, path, clocktest.New().Clock())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// The phases below decide when the index is merged.
	s.merger.stop()
	s.merger = nil

	b.Run("fresh", func(b *testing.B) { benchSearchQueries(ctx, b, s) })
	steps, worst, start := 0, time.Duration(0), clocktest.Stopwatch()
	for {
		t0 := clocktest.Stopwatch()
		more, err := s.mergeSearchStep(ctx)
		if err != nil {
			b.Fatal(err)
		}
		steps, worst = steps+1, max(worst, t0())
		if !more {
			break
		}
	}
	b.Logf("merged the index in %d steps, %v in all, the longest %v", steps, start().Round(time.Millisecond),
		worst.Round(time.Millisecond))
	b.Run("merged", func(b *testing.B) { benchSearchQueries(ctx, b, s) })
}

// buildSearchBenchFile builds the benchmark's book in a new file at path.
func buildSearchBenchFile(ctx context.Context, b *testing.B, path string) {
	s, err := Open(ctx, path, clocktest.New().Clock())
	if err != nil {
		b.Fatal(err)
	}
	s.merger.stop()
	s.merger = nil
	start := clocktest.Stopwatch()
	if err := buildSearchBench(ctx, s); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d accounts, %d contacts, %d interactions in %v", benchAccounts, benchContacts, benchInteractions,
		start().Round(time.Millisecond))
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
}

// benchSearchQueries runs each query set as a sub-benchmark.
func benchSearchQueries(ctx context.Context, b *testing.B, s *Store) {
	for _, set := range benchQueries {
		b.Run(set.name, func(b *testing.B) {
			durations := make([]time.Duration, 0, b.N)
			slowest := map[string]time.Duration{}
			hits := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				q := set.queries[i%len(set.queries)]
				t0 := clocktest.Stopwatch()
				res, err := s.Search(ctx, q)
				d := t0()
				durations = append(durations, d)
				if err != nil {
					b.Fatalf("Search(%q): %v", q, err)
				}
				slowest[q] = max(slowest[q], d)
				hits += len(res.Accounts) + len(res.Contacts) + len(res.Interactions)
			}
			b.StopTimer()
			if b.N >= len(set.queries) {
				qs := slices.SortedFunc(maps.Keys(slowest), func(x, y string) int { return cmp.Compare(slowest[y], slowest[x]) })
				var top []string
				for _, q := range qs[:min(5, len(qs))] {
					top = append(top, fmt.Sprintf("%q %.1fms", q, float64(slowest[q])/float64(time.Millisecond)))
				}
				b.Logf("slowest: %s", strings.Join(top, ", "))
			}
			slices.Sort(durations)
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(ms(percentile(durations, 0.50)), "p50-ms")
			b.ReportMetric(ms(percentile(durations, 0.95)), "p95-ms")
			b.ReportMetric(ms(durations[len(durations)-1]), "max-ms")
			b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
		})
	}
}
