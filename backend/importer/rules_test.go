package importer

import (
	"context"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"kams/backend/domain"
)

// issueCodes are every code issue 14 names: the corpus below makes each.
var issueCodes = []string{"required", "too_long", "duplicate_in_file", "duplicate_in_db", "invalid_value", "not_a_number",
	"negative", "invalid_date", "unknown_account", "reports_to_unknown", "reports_to_ambiguous", "reports_to_cycle",
	"column_count", "header_missing", "empty_file", "no_data_rows", "corrupt_file", "not_xlsx", "encrypted", "too_large",
	"too_many_rows"}

// bookWith is a book holding the accounts 甲公司 (with the people 老王 and
// two called 小李, and the deal 一期) and 乙公司.
func bookWith(t *testing.T) *Importer {
	t.Helper()
	st := newStore(t)
	ctx := context.Background()
	if err := st.CreateAccounts(ctx, []domain.Account{{Name: "甲公司", Status: "active", Stage: "basic"}, {Name: "乙公司", Status: "active", Stage: "basic"}}); err != nil {
		t.Fatal(err)
	}
	ids, _ := st.AccountsNamed(ctx, []string{"甲公司"})
	for _, n := range []string{"老王", "小李", "小李"} {
		if _, err := st.CreateContact(ctx, domain.Contact{AccountID: ids["甲公司"], Name: n, Influence: "medium"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.CreateDeal(ctx, domain.Opportunity{AccountID: ids["甲公司"], Name: "一期", CloseDate: "2026-09-30", Stage: "lead", Status: "open"}, "2026-06-15"); err != nil {
		t.Fatal(err)
	}
	return New(st)
}

func TestRowRules(t *testing.T) {
	for _, tt := range []struct {
		name string
		kind domain.SheetKind
		csv  string
		want []string // "row field code"
	}{
		{"required name", domain.SheetAccounts, "公司名称,行业\n,制造\n", []string{"2 公司名称 required"}},
		{"name in the book, any case", domain.SheetAccounts, "Name\n甲公司\nACME\n", []string{"2 Name duplicate_in_db"}},
		{"enum labels either language", domain.SheetAccounts, "Name,Status,Relationship stage\nA,休眠,Integrated\nB,LOST,合作期\nC,gone,\n",
			[]string{"4 Status invalid_value"}},
		{"contact needs an existing account's full name", domain.SheetContacts, "姓名,公司\n张三,甲\n李四, 甲公司 \n,乙公司\n",
			[]string{"2 公司 unknown_account", "4 姓名 required"}},
		{"reports to: in the book, in the file after, unknown, twice", domain.SheetContacts,
			"姓名,公司,汇报对象\nA,甲公司,老王\nB,甲公司,C\nC,甲公司,\nD,甲公司,无名\nE,甲公司,小李\nF,乙公司,老王\n",
			[]string{"5 汇报对象 reports_to_unknown", "6 汇报对象 reports_to_ambiguous", "7 汇报对象 reports_to_unknown"}},
		{"reports to: every row of a circle, and oneself", domain.SheetContacts,
			"姓名,公司,汇报对象\nA,甲公司,B\nB,甲公司,C\nC,甲公司,A\nD,甲公司,A\nE,甲公司,E\n",
			[]string{"2 汇报对象 reports_to_cycle", "3 汇报对象 reports_to_cycle", "4 汇报对象 reports_to_cycle", "6 汇报对象 reports_to_cycle"}},
		{"contact fields", domain.SheetContacts, "Name,Company,E-mail,Birthday,Attitude,Relationship strength\nA,甲公司,not-mail,2025-02-30,很好,6\n",
			[]string{"2 E-mail invalid_value", "2 Birthday invalid_date", "2 Attitude invalid_value", "2 Relationship strength invalid_value"}},
		{"deal rules", domain.SheetDeals, "客户,商机名称,金额,销售阶段,状态,输单原因\n甲公司,二期,12万,Bid & negotiate,进行中,\n丙公司,三期,,,,\n甲公司,四期,,方案与技术交流,输单,\n甲公司,五期,-1,,lost,价格\n",
			[]string{"3 客户 unknown_account", "4 输单原因 required", "5 金额 negative"}},
		{"visit rules", domain.SheetVisits, "客户,日期,类型,参与人,相关商机,下一步,下一步截止\n甲公司,2026-05-01,拜访,老王,一期,,\n甲公司,,,,,,\n甲公司,2026-05-02,Call,老王、无名,二期,,\n甲公司,2026-05-03,宴请,小李,,再约,\n",
			[]string{"3 日期 required", "3 类型 required", "4 参与人 invalid_value", "4 相关商机 invalid_value", "5 参与人 invalid_value", "5 下一步截止 required"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			imp := bookWith(t)
			p, err := imp.Check(context.Background(), Request{Kind: tt.kind, Path: writeFile(t, "f.csv", []byte(tt.csv)), Lang: "en"})
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(p); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// A good file of each kind lands whole, with what the cells say.
func TestGoodFilesOfEveryKind(t *testing.T) {
	imp := bookWith(t)
	ctx := context.Background()
	run := func(kind domain.SheetKind, csv string, n int) {
		t.Helper()
		p, err := imp.Check(ctx, Request{Kind: kind, Path: writeFile(t, "f.csv", []byte(csv)), Lang: "zh"})
		if err != nil || len(p.Errors) != 0 {
			t.Fatalf("%s: %v %v", kind, err, codes(p))
		}
		if got, err := imp.Write(ctx, p); err != nil || got != n {
			t.Fatalf("%s: wrote %d: %v", kind, got, err)
		}
	}
	run(domain.SheetContacts, "姓名,公司,汇报对象,采购角色,态度,影响力\n张总,甲公司,,经济决策者,支持者,高\n刘工,甲公司,张总,Technical buyer,opponent,low\n", 2)
	run(domain.SheetDeals, "客户,商机名称,金额,预计成交日期,销售阶段,状态,输单原因\n甲公司,二期,12万,2026年9月30日,招投标与商务谈判,输单,价格\n", 1)
	run(domain.SheetVisits, "客户,日期,类型,参与人,相关商机,摘要,下一步,下一步截止\n甲公司,2026/5/20,技术交流,\"张总, 刘工\",一期,,报价,2026-06-01\n", 1)
	ids, _ := imp.st.AccountsNamed(ctx, []string{"甲公司"})
	people, _ := imp.st.Contacts(ctx, ids["甲公司"])
	byName := map[string]domain.Contact{}
	for _, c := range people {
		byName[c.Name] = c
	}
	if liu, zhang := byName["刘工"], byName["张总"]; liu.ReportsTo != zhang.ID || liu.Role != "technical" || liu.Attitude != -2 ||
		zhang.Role != "economic" || zhang.Influence != "high" || liu.LastContact != "2026-05-20" {
		t.Errorf("people: %+v %+v", liu, zhang)
	}
	deals, _ := imp.st.Deals(ctx, ids["甲公司"])
	var two domain.Opportunity
	for _, d := range deals {
		if d.Name == "二期" {
			two = d
		}
	}
	if two.Amount != 12_000_000 || two.Stage != "bid" || two.Status != "lost" || two.CloseDate != "2026-09-30" || two.LossReason != "价格" {
		t.Errorf("deal: %+v", two)
	}
	visits, _ := imp.st.Interactions(ctx, ids["甲公司"])
	if len(visits) != 1 || visits[0].Kind != "tech" || visits[0].Summary != "技术交流" || len(visits[0].ContactIDs) != 2 ||
		visits[0].OpportunityID == 0 || visits[0].NextDue != "2026-06-01" {
		t.Errorf("visits: %+v", visits)
	}
}

// Every code of the issue comes out of some file of the corpus.
func TestEveryCodeOfTheIssue(t *testing.T) {
	imp := bookWith(t)
	seen := map[string]bool{}
	add := func(kind domain.SheetKind, path string) {
		p, err := imp.Check(context.Background(), Request{Kind: kind, Path: path})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Errors {
			seen[e.Code] = true
		}
	}
	csv := func(s string) string { return writeFile(t, "f.csv", []byte(s)) }
	add(domain.SheetAccounts, csv("Name,Employees,Our annual sales\n,x,-1\n"+strings.Repeat("名", 201)+",,\nA,,\nA,,\n甲公司,,1.234\n"))
	add(domain.SheetAccounts, csv("Name,Status\nA\nB,active,x\n"))
	add(domain.SheetAccounts, writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"Name"}, {"A", "B"}}}}))
	add(domain.SheetContacts, csv("姓名,公司,汇报对象,生日\nA,无此公司,,\nB,甲公司,无名,2025-02-30\nC,甲公司,小李,\nD,甲公司,D,\n"))
	add(domain.SheetAccounts, writeFile(t, "e.csv", nil))
	add(domain.SheetAccounts, csv("Name\n"))
	add(domain.SheetAccounts, writeFile(t, "c.xlsx", []byte("PK\x03\x04 cut short")))
	add(domain.SheetAccounts, writeFile(t, "x.doc", []byte("some text")))
	add(domain.SheetAccounts, writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"Name"}, {"A"}}}}, excelizePassword("pw")))
	big := writeFile(t, "big.xlsx", nil)
	if err := os.Truncate(big, MaxFileBytes+1); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	add(domain.SheetAccounts, big)
	maxDataRows = 3 // the real limit's file is TestHostileFiles'
	add(domain.SheetAccounts, csv("Name\na\nb\nc\nd\n"))
	maxDataRows = MaxDataRows
	missing := []string{}
	for _, c := range issueCodes {
		if !seen[c] {
			missing = append(missing, c)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Fatalf("no file of the corpus gives %v", missing)
	}
}
