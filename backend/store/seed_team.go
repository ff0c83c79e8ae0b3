package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"kams/backend/domain"
)

// SeedTeam is the sample's team: the members (those that manage accounts
// already exist by name and get their details), the account teams, the
// templates, finalised assessments and training.
type SeedTeam struct {
	Members      []domain.Member
	AccountTeams []SeedAccountTeam
	Templates    []domain.Template
	Assessments  []SeedAssessment
	Trainings    []SeedTraining
}

// SeedAccountTeam is an account's team by names; the lead is the account's
// manager.
type SeedAccountTeam struct {
	Account string
	Members []SeedTeamMember
}

// SeedTeamMember is a member, by name, with their role on an account.
type SeedTeamMember struct {
	Name string
	Role domain.MemberRole
}

// SeedAssessment is a finalised assessment: the template by name, the
// ratings and typed-in actuals in the template's item order (KPI items
// computed from the data ignore theirs), the comments.
type SeedAssessment struct {
	Member, Period, Template string
	Ratings                  []int
	Manual                   []float64
	Comments                 string
	FinalisedOn              string
}

// SeedTraining is a training record of a member by name.
type SeedTraining struct {
	Member   string
	Training domain.Training
}

// seedTeam writes the team inside the Seed transaction, after the deals and
// interactions it computes the assessments' actuals from.
func (s *Store) seedTeam(ctx context.Context, tx *sql.Tx, t SeedTeam, accounts map[string]int64) error {
	member := map[string]int64{}
	for _, m := range t.Members {
		id, err := memberID(ctx, tx, m.Name, s.stamp())
		if err != nil {
			return err
		}
		skills, _ := json.Marshal(m.Skills)
		if _, err := tx.ExecContext(ctx, "UPDATE members SET role = ?, title = ?, phone = ?, email = ?, skills = ? WHERE id = ?",
			m.Role, m.Title, m.Phone, m.Email, string(skills), id.Int64); err != nil {
			return fmt.Errorf("store: seed member %s: %w", m.Name, err)
		}
		member[m.Name] = id.Int64
	}
	if err := seedAccountTeams(ctx, tx, t.AccountTeams, accounts, member); err != nil {
		return err
	}
	templates := map[string]domain.Template{}
	for _, tpl := range t.Templates {
		items, _ := json.Marshal(tpl.Items)
		res, err := tx.ExecContext(ctx, "INSERT INTO assessment_templates (name, items, updated_at) VALUES (?, ?, ?)", tpl.Name, string(items), s.stamp())
		if err != nil {
			return fmt.Errorf("store: seed template %s: %w", tpl.Name, err)
		}
		tpl.ID, _ = res.LastInsertId()
		templates[tpl.Name] = tpl
	}
	set, err := s.Settings(ctx)
	if err != nil {
		return err
	}
	for _, sa := range t.Assessments {
		tpl, ok := templates[sa.Template]
		if !ok || member[sa.Member] == 0 {
			return fmt.Errorf("store: seed: assessment of %s with %s", sa.Member, sa.Template)
		}
		a := domain.Assessment{MemberID: member[sa.Member], Period: sa.Period, TemplateID: tpl.ID, TemplateName: tpl.Name,
			Status: domain.AssessmentFinal, Comments: sa.Comments, FinalisedAt: sa.FinalisedOn}
		for i, it := range tpl.Items {
			ai := domain.AssessmentItem{TemplateItem: it}
			if i < len(sa.Ratings) && it.Kind == domain.ItemRating {
				ai.Rating = sa.Ratings[i]
			}
			if i < len(sa.Manual) && it.Kind == domain.ItemKPI {
				ai.Actual, ai.Entered = sa.Manual[i], true
			}
			a.Items = append(a.Items, ai)
		}
		from, to, err := domain.PeriodRange(sa.Period)
		if err != nil {
			return err
		}
		f, err := memberFigures(ctx, tx, a.MemberID, sa.Period, from, to)
		if err != nil {
			return err
		}
		a.Fill(f)
		a.Rescore(set.Assessment)
		if _, err := s.insertAssessment(ctx, tx, a); err != nil {
			return err
		}
	}
	for _, st := range t.Trainings {
		tr := st.Training
		if tr.MemberID = member[st.Member]; tr.MemberID == 0 {
			return fmt.Errorf("store: seed: training of unknown %s", st.Member)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO trainings (member_id, course, date, hours, result) VALUES (?, ?, ?, ?, ?)",
			tr.MemberID, tr.Course, tr.Date, tr.Hours, tr.Result); err != nil {
			return fmt.Errorf("store: seed training: %w", err)
		}
	}
	return nil
}

// seedAccountTeams puts members (ids by name in member) on the teams of
// seeded accounts (ids by name in accounts).
func seedAccountTeams(ctx context.Context, tx *sql.Tx, teams []SeedAccountTeam, accounts, member map[string]int64) error {
	for _, at := range teams {
		acc := accounts[at.Account]
		if acc == 0 {
			return fmt.Errorf("store: seed: no account %q for a team", at.Account)
		}
		for i, m := range at.Members {
			if member[m.Name] == 0 {
				return fmt.Errorf("store: seed: no member %q", m.Name)
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO account_members (account_id, member_id, role, position) VALUES (?, ?, ?, ?)",
				acc, member[m.Name], m.Role, i); err != nil {
				return fmt.Errorf("store: seed team of %s: %w", at.Account, err)
			}
		}
	}
	return nil
}
