package importer

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"kams/backend/domain"
)

func TestAccountsFromCSVWithEveryNumberForm(t *testing.T) {
	st := newStore(t)
	path := writeFile(t, "a.csv", []byte("\uFEFF 公司名称 ,状态,我方年销售额,员工人数,关系发展阶段\n"+
		"华为技术有限公司,合作中,3.5万,\"1,200\",合作期\n"+
		"\u3000中兴通讯\u00a0,Active,￥１２３.４５元,１２,Basic\n"+
		" , ,\t, ,\n"+ // empty after trimming: skipped, not counted
		"\"多行\n备注公司\",dormant,\"¥1,234,567.8\",0,\n"))
	p := check(t, st, Request{Kind: domain.SheetAccounts, Path: path})
	if len(p.Errors) != 0 || p.Rows != 3 {
		t.Fatalf("rows %d, errors %v", p.Rows, codes(p))
	}
	n, err := Write(context.Background(), st, p, "2026-06-15")
	if err != nil || n != 3 {
		t.Fatalf("wrote %d: %v", n, err)
	}
	got := map[string][3]int64{}
	list, _ := st.Accounts(context.Background(), false)
	for _, a := range list {
		got[a.Name+"/"+string(a.Status)+"/"+string(a.Stage)] = [3]int64{a.OurSales, a.Employees}
	}
	want := map[string][3]int64{
		"华为技术有限公司/active/cooperative":  {3_500_000, 1200},
		"中兴通讯/active/basic":            {12345, 12},
		"多行\n备注公司/dormant/exploratory": {123456780, 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v", got)
	}
}

// One bad row imports nothing: every problem is listed, and the book does
// not change at all.
func TestOneBadRowImportsNothing(t *testing.T) {
	st := newStore(t)
	before := st.Writes()
	path := writeFile(t, "a.csv", []byte("Name,Status,Our annual sales,Employees\nA,active,1,1\nB,sleeping,-3,x\nA,,1.234,\n"))
	p := check(t, st, Request{Kind: domain.SheetAccounts, Path: path})
	want := []string{"3 Status invalid_value", "3 Our annual sales negative", "3 Employees not_a_number",
		"4 Name duplicate_in_file", "4 Our annual sales invalid_value"}
	if got := codes(p); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	if _, err := Write(context.Background(), st, p, "2026-06-15"); err == nil {
		t.Fatal("a plan with problems was written")
	}
	if n, _ := st.CountAccounts(context.Background()); n != 0 || st.Writes() != before {
		t.Fatalf("%d accounts, %d writes", n, st.Writes()-before)
	}
}

func TestValues(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		code string
	}{
		{"3.5万", 3_500_000, ""}, {"1,234.5", 123450, ""}, {"¥12", 1200, ""}, {"￥12元", 1200, ""}, {"１２．３", 1230, ""},
		{"0.01万", 10000, ""}, {"1234.5600000000001", 123456, ""}, {"1.5E3", 150000, ""},
		{"-5", 0, "negative"}, {"¥-5", 0, "negative"}, {"abc", 0, "not_a_number"}, {"12a", 0, "not_a_number"},
		{"1.234", 0, "invalid_value"}, {"1.23456万", 1234560, ""},
	} {
		got, err := parseAmount(tt.in)
		code := ""
		if err != nil {
			code = err.(*valueError).code
		}
		if got != tt.want || code != tt.code {
			t.Errorf("amount %q: %d %q, want %d %q", tt.in, got, code, tt.want, tt.code)
		}
	}
	for _, tt := range []struct {
		in     string
		serial bool
		d1904  bool
		want   string
	}{
		{"2025-3-9", false, false, "2025-03-09"}, {"2025/03/09", false, false, "2025-03-09"},
		{"2025年3月9日", false, false, "2025-03-09"}, {"２０２５年３月９日", false, false, "2025-03-09"},
		{"2025-02-30", false, false, ""}, {"1960-02-29", false, false, "1960-02-29"}, {"1961-02-29", false, false, ""},
		{"45000", true, false, "2023-03-15"}, {"45000.75", true, false, "2023-03-15"}, {"43538", true, true, "2023-03-15"},
		{"60", true, false, ""}, {"61", true, false, "1900-03-01"}, {"1", true, false, "1900-01-01"},
		{"45000", false, false, ""}, {"2025-03-09T00:00:00Z", true, false, "2025-03-09"},
	} {
		got, err := parseDate(tt.in, tt.serial, tt.d1904)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("date %q: %q %v, want %q", tt.in, got, err, tt.want)
		}
	}
	if got := phone("1.3800138E10"); got != "13800138000" {
		t.Errorf("phone: %q", got)
	}
}

func TestWorkbookCellsReadAsStored(t *testing.T) {
	st := newStore(t)
	path := writeXLSX(t, []sheet{
		{name: "README", rows: [][]any{{"本表说明：每行一个客户"}, {"公司名称必填"}}},
		{name: "客户", rows: [][]any{
			{"公司名称", "我方年销售额", "员工人数", "备注"},
			{"甲公司", 35000.5, 120, formula{"=\"计算\"&\"结果\"", "计算结果"}},
			{"=乙公司", formula{"=1+2", 3}, nil, "+86 text"},
		}},
	})
	p := check(t, st, Request{Kind: domain.SheetAccounts, Path: path})
	if p.Sheet != "客户" || len(p.Errors) != 0 || p.Rows != 2 {
		t.Fatalf("sheet %q rows %d errors %v sheets %v", p.Sheet, p.Rows, codes(p), p.Sheets)
	}
	if !reflect.DeepEqual(p.Sheets, []SheetInfo{{"README", false}, {"客户", true}}) {
		t.Fatalf("sheets %v", p.Sheets)
	}
	if _, err := Write(context.Background(), st, p, "2026-06-15"); err != nil {
		t.Fatal(err)
	}
	list, _ := st.Accounts(context.Background(), false)
	byName := map[string]domain.Account{}
	for _, a := range list {
		byName[a.Name] = a
	}
	if a := byName["甲公司"]; a.OurSales != 3_500_050 || a.Employees != 120 || a.Notes != "计算结果" {
		t.Errorf("甲公司: %+v", a)
	}
	if a := byName["=乙公司"]; a.OurSales != 300 || a.Notes != "+86 text" {
		t.Errorf("=乙公司: %+v", a)
	}
}

func TestDatesInBothSystemsAndPhonesAsText(t *testing.T) {
	for _, d1904 := range []bool{false, true} {
		st := newStore(t)
		if err := st.CreateAccounts(context.Background(), []domain.Account{{Name: "甲公司", Status: "active", Stage: "basic"}}); err != nil {
			t.Fatal(err)
		}
		serial := 45000.0 // 2023-03-15 in the 1900 system
		if d1904 {
			serial = 45000 - 1462
		}
		f := excelize.NewFile()
		f.SetSheetRow("Sheet1", "A1", &[]any{"姓名", "公司", "生日", "手机"})
		f.SetSheetRow("Sheet1", "A2", &[]any{"张三", "甲公司", serial, 13800138000})
		if d1904 {
			yes := true
			if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
				t.Fatal(err)
			}
		}
		path := writeFile(t, "p.xlsx", nil)
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		p := check(t, st, Request{Kind: domain.SheetContacts, Path: path})
		if len(p.Errors) != 0 {
			t.Fatal(codes(p))
		}
		if p.batch.Contacts[0].Contact.Birthday != "2023-03-15" || p.batch.Contacts[0].Contact.Mobile != "13800138000" {
			t.Errorf("1904 %v: %+v", d1904, p.batch.Contacts[0].Contact)
		}
	}
}

func TestGB18030AndUTF8CSV(t *testing.T) {
	st := newStore(t)
	text := "公司名称,备注\n𠮷野家,中文备注\n"
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string]string{"gb.csv": gb, "utf8.csv": text, "bom.csv": "\uFEFF" + text} {
		p := check(t, st, Request{Kind: domain.SheetAccounts, Path: writeFile(t, name, []byte(b))})
		if len(p.Errors) != 0 || p.batch.Accounts[0].Name != "𠮷野家" || p.batch.Accounts[0].Notes != "中文备注" {
			t.Errorf("%s: %v %+v", name, codes(p), p.batch.Accounts)
		}
	}
}

func TestWholeFileProblems(t *testing.T) {
	st := newStore(t)
	good := writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"公司名称"}, {"甲"}}}})
	raw, _ := readFile(good)
	locked := writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"公司名称"}, {"甲"}}}}, excelize.Options{Password: "secret"})
	for _, tt := range []struct {
		name string
		path string
		code string
	}{
		{"empty", writeFile(t, "e.xlsx", nil), "empty_file"},
		{"empty csv", writeFile(t, "e.csv", []byte(" \n")), "empty_file"},
		{"truncated", writeFile(t, "t.xlsx", raw[:len(raw)/2]), "corrupt_file"},
		{"renamed png", writeFile(t, "p.xlsx", []byte("\x89PNG\r\n\x1a\nxxxxxxxx")), "not_xlsx"},
		{"renamed csv", writeFile(t, "c.xlsx", []byte("公司名称\n甲\n")), "not_xlsx"},
		{"a zip that is no workbook", zipOf(t, "word/document.xml", "<w:document/>"), "not_xlsx"},
		{"old .xls", writeFile(t, "o.xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)), "not_xlsx"},
		{"renamed pdf", writeFile(t, "p.pdf", []byte("%PDF-1.4 xxxxxxxx")), "not_xlsx"},
		{"password", locked, "encrypted"},
		{"header only", writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"公司名称", "状态"}}}}), "no_data_rows"},
		{"header only csv", writeFile(t, "h.csv", []byte("公司名称,状态\n")), "no_data_rows"},
	} {
		p := check(t, st, Request{Kind: domain.SheetAccounts, Path: tt.path})
		if got := codes(p); len(got) != 1 || got[0] != "0  "+tt.code {
			t.Errorf("%s: %v", tt.name, got)
		}
	}
}

func TestShapeProblems(t *testing.T) {
	st := newStore(t)
	p := check(t, st, Request{Kind: domain.SheetAccounts, Path: writeFile(t, "a.csv", []byte("Name,Status\nA,active,extra\nB\n\"C\",active\n"))})
	if got := codes(p); !reflect.DeepEqual(got, []string{"2 C column_count", "3 B column_count"}) {
		t.Errorf("column count: %v", got)
	}
	x := writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"公司名称", nil, "状态"}, {"甲", "孤儿", "active", nil, "远方"}}}})
	p = check(t, st, Request{Kind: domain.SheetAccounts, Path: x})
	if got := codes(p); !reflect.DeepEqual(got, []string{"2 B header_missing", "2 E header_missing"}) {
		t.Errorf("header missing: %v", got)
	}
	p = check(t, st, Request{Kind: domain.SheetContacts, Path: writeFile(t, "c.csv", []byte("姓名,职务\n张三,经理\n"))})
	if got := codes(p); !reflect.DeepEqual(got, []string{"1 Company required"}) {
		t.Errorf("required column: %v", got)
	}
	long := strings.Repeat("长", 201)
	p = check(t, st, Request{Kind: domain.SheetAccounts, Path: writeFile(t, "l.csv", []byte("公司名称\n"+long+"\n"))})
	if got := codes(p); !reflect.DeepEqual(got, []string{"2 公司名称 too_long"}) {
		t.Errorf("too long: %v", got)
	}
}

// RFC 4180: quotes, doubled quotes, line breaks inside quotes, a last
// record without a newline; rows numbered as a spreadsheet shows them.
func TestCSVQuotingAndRowNumbers(t *testing.T) {
	st := newStore(t)
	p := check(t, st, Request{Kind: domain.SheetAccounts, Path: writeFile(t, "q.csv",
		[]byte("Name,Notes\r\n\"A, \"\"quoted\"\"\",\"two\r\nlines\"\r\n\r\nB,x\r\nC,-1,extra"))})
	if got := codes(p); !reflect.DeepEqual(got, []string{"5 C column_count"}) {
		t.Fatalf("got %v", got)
	}
	if p.Preview[0].Cells[0] != `A, "quoted"` || p.Preview[0].Cells[1] != "two\nlines" || p.Preview[1].Row != 4 {
		t.Fatalf("preview %+v", p.Preview)
	}
}

func readFile(path string) ([]byte, error) { return osReadFile(path) }
