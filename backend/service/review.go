package service

import (
	"context"
	"sort"
	"time"

	"kams/backend/domain"
)

// TeamReview is the data of the team performance review for one period:
// a page per assessed member, best first, and the team summary.
type TeamReview struct {
	Period   string         `json:"period"`
	Previous string         `json:"previous"` // the period of the same kind before
	From     string         `json:"from"`
	To       string         `json:"to"`
	Members  []MemberReview `json:"members"`
	Summary  ReviewSummary  `json:"summary"`
}

// MemberReview is one member's page.
type MemberReview struct {
	Rank     int               `json:"rank"`
	MemberID int64             `json:"memberId"`
	Name     string            `json:"name"`
	Role     domain.MemberRole `json:"role"`
	Template string            `json:"template"`
	Total    float64           `json:"total"`
	Grade    string            `json:"grade"`
	Final    bool              `json:"final"`
	KPIs     []ReviewKPI       `json:"kpis"`
	Ratings  []ReviewRating    `json:"ratings"`
	Comments string            `json:"comments"`
	Reopens  []domain.Reopen   `json:"reopens"`
	Previous *PreviousScore    `json:"previous"` // nil: not assessed in the previous period
	Training []domain.Training `json:"training"` // in the period and the quarter before it
}

// ReviewKPI is one KPI line: Name is the template's override ("" = the
// metric's own name, translated by Key).
type ReviewKPI struct {
	Key        domain.Metric     `json:"key"`
	Name       string            `json:"name"`
	Unit       domain.MetricUnit `json:"unit"`
	Weight     int               `json:"weight"`
	Target     float64           `json:"target"`
	Actual     float64           `json:"actual"`
	Score      float64           `json:"score"`
	Computable bool              `json:"computable"` // false: no data and nothing typed in
	Manual     bool              `json:"manual"`     // the actual was typed in
}

// ReviewRating is one qualitative item.
type ReviewRating struct {
	Name   string  `json:"name"`
	Weight int     `json:"weight"`
	Rating int     `json:"rating"` // 1–5, 0 = not rated
	Score  float64 `json:"score"`
}

// PreviousScore is the member's result in the previous period.
type PreviousScore struct {
	Period string                    `json:"period"`
	Total  float64                   `json:"total"`
	Grade  string                    `json:"grade"`
	Scores map[domain.Metric]float64 `json:"scores"` // KPI score by metric
}

// ReviewSummary is the team page: how many of each grade, and each
// member's total and revenue-target achievement.
type ReviewSummary struct {
	Grades       map[string]int      `json:"grades"` // A, B, C, D → members
	Average      float64             `json:"average"`
	Final        int                 `json:"final"` // how many are finalised
	Achievements []MemberAchievement `json:"achievements"`
}

// MemberAchievement is one bar of the summary: the total and, where the
// template has it and the data can give it, the target achievement (%).
type MemberAchievement struct {
	Name        string  `json:"name"`
	Total       float64 `json:"total"`
	Grade       string  `json:"grade"`
	Achievement float64 `json:"achievement"`
	Computable  bool    `json:"computable"`
}

// Review gathers the team performance review of a period. A period nobody
// was assessed in is not found.
func (s *Assessments) Review(ctx context.Context, period string) (TeamReview, error) {
	from, to, err := domain.PeriodRange(period)
	if err != nil {
		return TeamReview{}, err
	}
	list, err := s.store.Assessments(ctx, period)
	if err != nil {
		return TeamReview{}, err
	}
	if len(list) == 0 {
		return TeamReview{}, ErrNoAssessments(period)
	}
	prevPeriod := domain.PreviousPeriod(period)
	prevList, err := s.store.Assessments(ctx, prevPeriod)
	if err != nil {
		return TeamReview{}, err
	}
	prev := map[int64]domain.Assessment{}
	for _, a := range prevList {
		prev[a.MemberID] = a
	}
	// Training "around" the period: from a quarter before it to its end.
	start, _ := time.Parse(time.DateOnly, from)
	training, err := s.store.TrainingsBetween(ctx, start.AddDate(0, -3, 0).Format(time.DateOnly), to)
	if err != nil {
		return TeamReview{}, err
	}
	byMember := map[int64][]domain.Training{}
	for _, t := range training {
		byMember[t.MemberID] = append(byMember[t.MemberID], t)
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].Total > list[j].Total })

	r := TeamReview{Period: period, Previous: prevPeriod, From: from, To: to,
		Summary: ReviewSummary{Grades: map[string]int{"A": 0, "B": 0, "C": 0, "D": 0}, Achievements: []MemberAchievement{}}}
	sum := 0.0
	for i, a := range list {
		m := MemberReview{Rank: i + 1, MemberID: a.MemberID, Name: a.MemberName, Role: a.MemberRole, Template: a.TemplateName,
			Total: a.Total, Grade: a.Grade, Final: a.Status == domain.AssessmentFinal, Comments: a.Comments, Reopens: a.Reopens,
			KPIs: []ReviewKPI{}, Ratings: []ReviewRating{}, Training: byMember[a.MemberID]}
		if m.Training == nil {
			m.Training = []domain.Training{}
		}
		ach := MemberAchievement{Name: a.MemberName, Total: a.Total, Grade: a.Grade}
		for _, it := range a.Items {
			if it.Kind == domain.ItemRating {
				m.Ratings = append(m.Ratings, ReviewRating{Name: it.Name, Weight: it.Weight, Rating: it.Rating, Score: it.Score})
				continue
			}
			info, _ := domain.MetricOf(it.Metric)
			m.KPIs = append(m.KPIs, ReviewKPI{Key: it.Metric, Name: it.Name, Unit: info.Unit, Weight: it.Weight, Target: it.Target,
				Actual: it.Actual, Score: it.Score, Computable: it.Computable || it.Entered, Manual: it.Entered})
			if it.Metric == domain.MetricTargetAchievement && it.Computable {
				ach.Achievement, ach.Computable = it.Actual, true
			}
		}
		if p, ok := prev[a.MemberID]; ok {
			ps := &PreviousScore{Period: prevPeriod, Total: p.Total, Grade: p.Grade, Scores: map[domain.Metric]float64{}}
			for _, it := range p.Items {
				if it.Kind == domain.ItemKPI {
					ps.Scores[it.Metric] += it.Score
				}
			}
			m.Previous = ps
		}
		r.Members = append(r.Members, m)
		r.Summary.Grades[a.Grade]++
		r.Summary.Achievements = append(r.Summary.Achievements, ach)
		if m.Final {
			r.Summary.Final++
		}
		sum += a.Total
	}
	r.Summary.Average = float64(int(sum/float64(len(list))*10+0.5)) / 10
	return r, nil
}
