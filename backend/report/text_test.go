package report

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"

	"kams/backend/domain"
)

// cells measures text in character cells: a Chinese character or
// fullwidth mark is 2 wide, anything else 1.
func cells(s string) float64 {
	w := 0.0
	for _, r := range s {
		if isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"empty", "", 10, nil},
		{"only spaces", "  \n\t ", 10, nil},
		{"fits", "拜访客户", 8, []string{"拜访客户"}},
		{"Chinese breaks between characters", "拜访客户总裁", 8, []string{"拜访客户", "总裁"}},
		// 拜访客户， would need 10: the comma may not start the next line, so
		// 户 goes down with it.
		{"comma moves with the character before it", "拜访客户，确认预算", 8, []string{"拜访客", "户，确认", "预算"}},
		{"full stop", "确认预算。下周", 8, []string{"确认预", "算。下周"}},
		{"enumeration comma", "人员、备件", 4, []string{"人", "员、", "备件"}},
		{"closing parenthesis", "备件（本地）服务", 10, []string{"备件（本", "地）服务"}},
		{"two closing marks", "本地服务）。下周", 8, []string{"本地服", "务）。下", "周"}},
		{"opening mark stays with what follows", "确认预算（初步）", 10, []string{"确认预算", "（初步）"}},
		{"Latin breaks at spaces", "Meet the economic buyer", 12, []string{"Meet the", "economic", "buyer"}},
		{"Latin comma stays with its word", "price, delivery", 8, []string{"price,", "delivery"}},
		{"long word is broken", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"mixed", "跟进 MES 二期", 8, []string{"跟进 MES", "二期"}},
		{"newlines are spaces", "第一行\n第二行", 14, []string{"第一行 第二行"}},
		{"emoji is kept (a fallback font prints it)", "好😀", 10, []string{"好😀"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(tt.text, tt.width, cells)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
			for _, line := range got {
				if cells(line) > tt.width {
					t.Errorf("line %q is %v wide, more than %v", line, cells(line), tt.width)
				}
				if r, _ := utf8.DecodeRuneInString(line); isClosing(r) && !strings.HasPrefix(tt.text, string(r)) {
					t.Errorf("line %q starts with a closing mark", line)
				}
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		lines []string
		max   int
		want  []string
	}{
		{[]string{"拜访客户"}, 2, []string{"拜访客户"}},
		{[]string{"拜访客户", "总裁"}, 2, []string{"拜访客户", "总裁"}},
		{[]string{"拜访客户", "总裁", "办公室"}, 2, []string{"拜访客户", "总裁…"}},
		{[]string{"拜访客户", "总裁"}, 1, []string{"拜访客…"}},
		{[]string{"Meet the", "buyer"}, 1, []string{"Meet th…"}},
		{[]string{"abc"}, 0, nil},
	}
	for _, tt := range tests {
		got := clip(tt.lines, tt.max, 8, cells)
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.lines, tt.max, got, tt.want)
		}
	}
}

// TestWrapWithTheFont wraps with the PDF font's own widths: every line fits.
func TestWrapWithTheFont(t *testing.T) {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(fontFamily, "", fontTTF())
	pdf.SetFont(fontFamily, "", sizeBody)
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	text := "内部申请电池包线驱动器延保一年并书面答复，确认返利口径（人员、备件、本地服务站）。Meet the economic buyer before the tender, and confirm the budget."
	for _, width := range []float64{10, 25.6, 40, 100} {
		lines := fitLines(text, 3, width, pdf.GetStringWidth)
		if len(lines) == 0 || len(lines) > 3 {
			t.Fatalf("width %v: %d lines", width, len(lines))
		}
		for _, l := range lines {
			if w := pdf.GetStringWidth(l); w > width {
				t.Errorf("width %v: line %q is %.2f wide", width, l, w)
			}
		}
		if !strings.HasSuffix(lines[len(lines)-1], ellipsis) && width < 100 {
			t.Errorf("width %v: cut text does not end with …: %q", width, lines)
		}
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		minor    int64
		currency string
		lang     string
		want     string
	}{
		{0, "CNY", LangEn, "¥0"},
		{4_600_000_000, "CNY", LangEn, "¥46,000,000"},
		{4_600_000_000, "CNY", LangZh, "¥4,600万"},
		{30_000_000, "CNY", LangZh, "¥30万"},
		{1_234_567, "CNY", LangZh, "¥1.2万"},
		{980_000, "CNY", LangZh, "¥9,800"},
		{12_500_000_000, "CNY", LangZh, "¥1.25亿"},
		{123_456, "CNY", LangEn, "¥1,235"},
		{5_000, "JPY", LangEn, "JP¥5,000"},
		{100, "XYZ", LangEn, "XYZ 1"},
	}
	for _, tt := range tests {
		if got := money(tt.minor, tt.currency, tt.lang); got != tt.want {
			t.Errorf("money(%d, %s, %s) = %q, want %q", tt.minor, tt.currency, tt.lang, got, tt.want)
		}
	}
	if got := percent(0.3684); got != "36.8%" {
		t.Errorf("percent(0.3684) = %q", got)
	}
	if got := percent(-1); got != "—" {
		t.Errorf("percent(-1) = %q", got)
	}
}

func TestMessagesHaveBothLanguages(t *testing.T) {
	for k, m := range messages {
		if m[0] == "" || m[1] == "" {
			t.Errorf("message %s lacks a language: %q", k, m)
		}
	}
	// Every value the domain knows has a label.
	var keys []string
	for _, s := range domain.AccountStatuses {
		keys = append(keys, "status."+string(s))
	}
	for _, s := range domain.RelationshipStages {
		keys = append(keys, "stage."+string(s))
	}
	for _, q := range []domain.Quadrant{domain.QuadrantStrategic, domain.QuadrantDevelop, domain.QuadrantMaintain,
		domain.QuadrantOpportunistic, domain.QuadrantUnclassified} {
		keys = append(keys, "quadrant."+string(q))
	}
	for _, r := range domain.BuyingRoles {
		keys = append(keys, "role."+string(r))
	}
	for _, k := range domain.InteractionKinds {
		keys = append(keys, "kind."+string(k))
	}
	for _, k := range keys {
		if _, ok := messages[k]; !ok {
			t.Errorf("no message %s", k)
		}
	}
	f := domain.RedFlag{Key: "flag.economicBuyerStale", Params: map[string]any{"name": "周建国", "days": 75}}
	if got := flagText(LangZh, f); got != "经济决策者 周建国 已 75 天未联系" {
		t.Errorf("flagText = %q", got)
	}
}

func TestNormalizeLang(t *testing.T) {
	for in, want := range map[string]string{"zh": LangZh, "zh-CN": LangZh, "ZH_cn": LangZh, "en": LangEn, "en-GB": LangEn} {
		if got, err := NormalizeLang(in); err != nil || got != want {
			t.Errorf("NormalizeLang(%q) = %q, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "fr", "english"} {
		if _, err := NormalizeLang(in); err == nil {
			t.Errorf("NormalizeLang(%q) accepted", in)
		}
	}
}
