package domain_test

import (
	"testing"

	"kams/backend/domain"
)

// invisibleNames are names that show nothing: each must fail "required".
var invisibleNames = []string{"", " ", "\x00", "\x00\x00", "\u200b", "\u202e", "\u200b\u202e\ufeff", "\u3000\u200d",
	"\u2060", "\u3164", "\u2800", "\ufe0f", "\t\n", "\u00ad", "\u180e"}

func TestInvisibleNamesAreRequired(t *testing.T) {
	for _, name := range invisibleNames {
		a := validAccount()
		a.Name = name
		wantOneFieldError(t, a.Validate(), "name", "error.required", nil)
		domain.TrimAccount(&a)
		wantOneFieldError(t, a.Validate(), "name", "error.required", nil)

		c := domain.Contact{AccountID: 1, Name: name, Influence: domain.InfluenceMedium}
		wantOneFieldError(t, c.Validate(), "name", "error.required", nil)

		o := domain.Opportunity{AccountID: 1, Name: name, Stage: "lead", Status: domain.DealOpen, CloseDate: "2026-06-30"}
		wantOneFieldError(t, o.Validate(domain.DefaultStages()), "name", "error.required", nil)

		m := domain.Member{Name: name, Role: domain.RoleKeyAccountManager}
		wantOneFieldError(t, m.Validate(), "name", "error.required", nil)

		in := domain.Interaction{AccountID: 1, Date: "2026-04-01", Kind: "meeting", Summary: name}
		wantOneFieldError(t, in.Validate(), "summary", "error.required", nil)

		w := domain.WeekItem{Week: "2026-W07", Title: name}
		wantOneFieldError(t, w.Validate(), "title", "error.required", nil)

		tr := domain.Training{MemberID: 1, Course: name, Date: "2026-04-01", Hours: 2}
		wantOneFieldError(t, tr.Validate(), "course", "error.required", nil)
	}
}

func TestCleanTextDropsControlCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"华为\x00技术":          "华为技术",
		"line\r\nnext\tcol": "line\nnext\tcol",
		"bad\xffbyte":       "badbyte",
		"𠮷野家 👍🏽":            "𠮷野家 👍🏽",
		"a\u200db":          "a\u200db", // a joiner inside a text stays (emoji sequences need it)
	} {
		if got := domain.CleanText(in); got != want {
			t.Errorf("CleanText(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		" \u200b华为\x00技术\u202e ": "华为技术",
		"❤️":                     "❤️",
		"\u200b\ufe0f":           "",
	} {
		if got := domain.CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
	}
	a := validAccount()
	a.Notes = "备注\x00含NUL"
	domain.TrimAccount(&a)
	if a.Notes != "备注含NUL" {
		t.Errorf("TrimAccount kept a NUL in the notes: %q", a.Notes)
	}
}
