package domain_test

import (
	"testing"

	"kams/backend/domain"
)

func TestRatingText(t *testing.T) {
	for _, c := range []struct {
		name string
		want domain.Text
	}{
		{"专业能力", domain.Text{Zh: "专业能力", En: "Competence"}},
		{" teamwork ", domain.Text{Zh: "团队合作", En: "Teamwork"}},
		{"Attitude", domain.Text{Zh: "工作态度", En: "Attitude"}},
		{"现场执行", domain.Text{Zh: "现场执行", En: "现场执行"}},
		{"", domain.Text{}},
	} {
		if got := domain.RatingText(c.name); got != c.want {
			t.Errorf("RatingText(%q) = %+v, want %+v", c.name, got, c.want)
		}
	}
}
