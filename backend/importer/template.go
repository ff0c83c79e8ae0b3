package importer

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"kams/backend/domain"
)

// sheetNames are the data sheet's name per kind, zh and en.
var sheetNames = map[domain.SheetKind][2]string{
	domain.SheetAccounts: {"客户", "Accounts"},
	domain.SheetContacts: {"关键人", "People"},
	domain.SheetDeals:    {"商机", "Deals"},
	domain.SheetVisits:   {"拜访记录", "Visits"},
}

// SheetName is the kind's sheet name in lang.
func SheetName(kind domain.SheetKind, lang string) string {
	n := sheetNames[kind]
	if lang == "en" {
		return n[1]
	}
	return n[0]
}

// templateRows is how far down the drop-down lists and formats reach.
const templateRows = 5000

// typeNotes say what a column of each type takes, zh and en.
var typeNotes = map[domain.ColumnType][2]string{
	domain.ColText:    {"文本，最多 200 字", "text, at most 200 characters"},
	domain.ColLong:    {"文本，最多 20000 字", "text, at most 20,000 characters"},
	domain.ColAmount:  {"金额（元）：如 35000、3.5万、¥1,200.50；最多两位小数，不能为负", "amount in yuan: 35000, 3.5万, ¥1,200.50; at most 2 decimals, not negative"},
	domain.ColInteger: {"整数，不能为负", "a whole number, not negative"},
	domain.ColDate:    {"日期：2025-03-31、2025/3/31 或 2025年3月31日", "date: 2025-03-31, 2025/3/31 or 2025年3月31日"},
	domain.ColEnum:    {"从下拉列表中选择（中文或英文均可）：", "pick from the list (Chinese or English): "},
	domain.ColPhone:   {"电话号码，按文本保存", "phone number, kept as text"},
	domain.ColScore:   {"0 到 5 的整数（0 = 未知）", "a whole number 0 to 5 (0 = unknown)"},
}

// WriteTemplate writes a blank workbook for kind in lang: the data sheet
// with the headers (required ones marked), drop-down lists for the choice
// columns and text format for phones, and a README sheet that explains
// every column. stages are the book's sales stages.
func WriteTemplate(w io.Writer, kind domain.SheetKind, lang string, stages []domain.Stage) error {
	cols := domain.SheetColumns(kind)
	if cols == nil {
		return fmt.Errorf("import: template: no kind %q", kind)
	}
	en := lang == "en"
	pick := func(zh, e string) string {
		if en {
			return e
		}
		return zh
	}
	f := excelize.NewFile()
	defer f.Close()
	data := SheetName(kind, lang)
	if err := f.SetSheetName("Sheet1", data); err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8EEF7"}}})
	if err != nil {
		return err
	}
	must, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "B42318"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FDECEA"}}})
	if err != nil {
		return err
	}
	textFmt, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": text
	if err != nil {
		return err
	}
	dateFmt, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}
	for i, c := range cols {
		letter := columnLetter(i)
		cell := letter + "1"
		if err := f.SetCellStr(data, cell, c.Header(lang)); err != nil {
			return err
		}
		style := head
		if c.Required {
			style = must
		}
		if err := f.SetCellStyle(data, cell, cell, style); err != nil {
			return err
		}
		width := 14.0
		if c.Type == domain.ColLong {
			width = 28
		}
		if err := f.SetColWidth(data, letter, letter, width); err != nil {
			return err
		}
		body := fmt.Sprintf("%s2:%s%d", letter, letter, templateRows)
		switch c.Type {
		case domain.ColPhone, domain.ColText, domain.ColLong:
			err = f.SetCellStyle(data, letter+"2", fmt.Sprintf("%s%d", letter, templateRows), textFmt)
		case domain.ColDate:
			err = f.SetCellStyle(data, letter+"2", fmt.Sprintf("%s%d", letter, templateRows), dateFmt)
		case domain.ColEnum:
			dv := excelize.NewDataValidation(true)
			dv.Sqref = body
			labels := []string{}
			for _, ch := range domain.Choices(c.Enum, stages) {
				labels = append(labels, ch.Label(lang))
			}
			if err = dv.SetDropList(labels); err == nil {
				err = f.AddDataValidation(data, dv)
			}
		}
		if err != nil {
			return err
		}
	}
	if err := f.SetPanes(data, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}

	// The README: a title first, so the import never takes it for data.
	readme := "README"
	if _, err := f.NewSheet(readme); err != nil {
		return err
	}
	lines := [][]string{
		{pick("导入说明："+SheetName(kind, lang), "How to fill in: "+SheetName(kind, lang))},
		{pick("在“"+data+"”工作表中每行填一条记录，第 1 行是表头。红色表头为必填列，其他列可以删除或留空。",
			"Put one record per row on the “"+data+"” sheet; row 1 is the header. Red headers are required; other columns may be left empty or removed.")},
		{pick("导入时全部行一起检查：只要有一行有错，就一行也不导入，并列出所有错误。导入不会修改已有记录。",
			"All rows are checked together: if any row is wrong nothing is imported, and every problem is listed. An import never changes existing records.")},
		{},
		{pick("列", "Column"), pick("必填", "Required"), pick("填写方式", "What to enter"), pick("也可用的表头", "Other headers accepted")},
	}
	for _, c := range cols {
		note := typeNotes[c.Type]
		text := pick(note[0], note[1])
		if c.Type == domain.ColEnum {
			labels := []string{}
			for _, ch := range domain.Choices(c.Enum, stages) {
				labels = append(labels, ch.Label(lang))
			}
			text += strings.Join(labels, pick("、", ", "))
		}
		text += kindNote(kind, c.Key, en)
		req := ""
		if c.Required {
			req = pick("是", "yes")
		}
		other := c.Header("en")
		if en {
			other = c.Header("zh")
		}
		lines = append(lines, []string{c.Header(lang), req, text, strings.Join(append([]string{other}, c.Aliases...), pick("、", ", "))})
	}
	for r, line := range lines {
		for i, v := range line {
			if err := f.SetCellStr(readme, fmt.Sprintf("%s%d", columnLetter(i), r+1), v); err != nil {
				return err
			}
		}
	}
	if err := f.SetCellStyle(readme, "A5", "D5", head); err != nil {
		return err
	}
	if err := f.SetColWidth(readme, "A", "A", 22); err != nil {
		return err
	}
	if err := f.SetColWidth(readme, "C", "D", 60); err != nil {
		return err
	}
	return f.Write(w)
}

// kindNote adds what a column means beyond its type.
func kindNote(kind domain.SheetKind, key string, en bool) string {
	notes := map[string][2]string{
		"contacts/account":   {"；须为已有客户的全称", "; the full name of an existing account"},
		"contacts/reportsTo": {"；同一公司另一位关键人的姓名（本文件或已有）", "; the name of another person at the same company (in this file or already in KAMS)"},
		"deals/account":      {"；须为已有客户的全称", "; the full name of an existing account"},
		"deals/closeDate":    {"；留空则为三个月后", "; empty: three months from today"},
		"deals/lossReason":   {"；输单或放弃时必填", "; required when lost or abandoned"},
		"visits/account":     {"；须为已有客户的全称", "; the full name of an existing account"},
		"visits/contacts":    {"；该客户关键人的姓名，用“、”或逗号分隔", "; names of the account's people, separated by commas"},
		"visits/deal":        {"；该客户某个商机的名称", "; the name of one of the account's deals"},
		"visits/nextDue":     {"；填写了下一步时必填", "; required when there is a next step"},
		"accounts/name":      {"；不能与已有客户重名", "; must not be the name of an existing account"},
	}
	n, ok := notes[string(kind)+"/"+key]
	if !ok {
		return ""
	}
	if en {
		return n[1]
	}
	return n[0]
}
