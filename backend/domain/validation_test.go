package domain_test

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"kams/backend/domain"
)

func validAccount() domain.Account {
	return domain.Account{
		Name:   "华为技术有限公司",
		Status: domain.StatusActive,
		Stage:  domain.StageBasic,
	}
}

// fieldErrors asserts err is a validation *domain.Error and returns its
// field errors by field name.
// wantOneFieldError checks that err is a validation error on exactly one
// field, with that key and (at least) those parameters.
func wantOneFieldError(t *testing.T, err error, field, key string, params map[string]any) {
	t.Helper()
	fields := fieldErrors(t, err)
	f, ok := fields[field]
	if !ok {
		t.Fatalf("no error on %q; got %v", field, fields)
	}
	if len(fields) != 1 {
		t.Errorf("errors on %d fields, want only %q: %v", len(fields), field, fields)
	}
	if f.Key != key {
		t.Errorf("key = %q, want %q", f.Key, key)
	}
	for k, want := range params {
		if got := f.Params[k]; got != want {
			t.Errorf("param %s = %v, want %v", k, got, want)
		}
	}
}

func fieldErrors(t *testing.T, err error) map[string]domain.FieldError {
	t.Helper()
	if err == nil {
		t.Fatal("got no error, want a validation error")
	}
	var e *domain.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *domain.Error", err, err)
	}
	if e.Code != domain.CodeValidation || e.Key != "error.validation" {
		t.Fatalf("code, key = %q, %q; want %q, error.validation", e.Code, e.Key, domain.CodeValidation)
	}
	out := map[string]domain.FieldError{}
	for _, f := range e.Fields {
		if _, dup := out[f.Field]; dup {
			t.Errorf("field %q reported twice", f.Field)
		}
		out[f.Field] = f
	}
	return out
}

func TestAccountValidateAcceptsValid(t *testing.T) {
	full := validAccount()
	full.ShortName = strings.Repeat("华", domain.MaxShortText) // runes, not bytes
	full.Notes = strings.Repeat("记", domain.MaxLongText)
	full.Revenue, full.OurSales, full.CategorySpend = domain.MaxMoney, 0, domain.MaxMoney
	full.Identification = domain.IdentificationScores{LargeOrders: 5, Market: 0}
	full.Classification = domain.ClassificationInputs{Volume: 1, Satisfaction: 5}
	for _, a := range []domain.Account{validAccount(), full} {
		if err := a.Validate(); err != nil {
			t.Errorf("Validate() = %v, want nil", err)
		}
	}
	for _, s := range domain.AccountStatuses {
		a := validAccount()
		a.Status = s
		if err := a.Validate(); err != nil {
			t.Errorf("status %q: Validate() = %v", s, err)
		}
	}
	for _, s := range domain.RelationshipStages {
		a := validAccount()
		a.Stage = s
		if err := a.Validate(); err != nil {
			t.Errorf("stage %q: Validate() = %v", s, err)
		}
	}
}

func TestAccountValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*domain.Account)
		field  string
		key    string
		params map[string]any
	}{
		{"empty name", func(a *domain.Account) { a.Name = "" }, "name", "error.required", nil},
		{"name too long", func(a *domain.Account) { a.Name = strings.Repeat("华", domain.MaxShortText+1) }, "name", "error.tooLong",
			map[string]any{"max": domain.MaxShortText, "length": domain.MaxShortText + 1}},
		{"manager too long", func(a *domain.Account) { a.Manager = strings.Repeat("x", 201) }, "manager", "error.tooLong", nil},
		{"notes of 100,000 characters", func(a *domain.Account) { a.Notes = strings.Repeat("a", 100_000) }, "notes", "error.tooLong",
			map[string]any{"max": domain.MaxLongText, "length": 100_000}},
		{"business strategy too long", func(a *domain.Account) { a.BusinessStrategy = strings.Repeat("略", 100_000) }, "businessStrategy", "error.tooLong", nil},
		{"competitors too long", func(a *domain.Account) { a.Competitors = strings.Repeat("x", domain.MaxLongText+1) }, "competitors", "error.tooLong", nil},
		{"identification score 7", func(a *domain.Account) { a.Identification.LargeOrders = 7 }, "identification.largeOrders", "error.score", nil},
		{"identification score negative", func(a *domain.Account) { a.Identification.Market = -1 }, "identification.market", "error.score", nil},
		{"classification score 7", func(a *domain.Account) { a.Classification.Coverage = 7 }, "classification.coverage", "error.score", nil},
		{"classification score 6", func(a *domain.Account) { a.Classification.TechAbsorption = 6 }, "classification.techAbsorption", "error.score", nil},
		{"negative revenue", func(a *domain.Account) { a.Revenue = -1 }, "revenue", "error.amount", nil},
		{"negative our sales", func(a *domain.Account) { a.OurSales = -100 }, "ourSales", "error.amount", nil},
		{"spend over the maximum", func(a *domain.Account) { a.CategorySpend = domain.MaxMoney + 1 }, "categorySpend", "error.amount", nil},
		{"negative employees", func(a *domain.Account) { a.Employees = -1 }, "employees", "error.range", nil},
		{"empty status", func(a *domain.Account) { a.Status = "" }, "status", "error.choice", nil},
		{"unknown status", func(a *domain.Account) { a.Status = "open" }, "status", "error.choice", nil},
		{"status in the wrong case", func(a *domain.Account) { a.Status = "Active" }, "status", "error.choice", nil},
		{"empty stage", func(a *domain.Account) { a.Stage = "" }, "stage", "error.choice", nil},
		{"unknown stage", func(a *domain.Account) { a.Stage = "partnership" }, "stage", "error.choice", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := validAccount()
			tt.edit(&a)
			wantOneFieldError(t, a.Validate(), tt.field, tt.key, tt.params)
		})
	}
}

func TestAccountValidateCollectsEveryField(t *testing.T) {
	a := domain.Account{Name: "", Status: "x", Stage: "y", Revenue: -1}
	fields := fieldErrors(t, a.Validate())
	for _, f := range []string{"name", "status", "stage", "revenue"} {
		if _, ok := fields[f]; !ok {
			t.Errorf("no error on %q; got %v", f, fields)
		}
	}
	if len(fields) != 4 {
		t.Errorf("errors on %d fields, want 4: %v", len(fields), fields)
	}
}

func TestSettingsValidate(t *testing.T) {
	if err := domain.DefaultSettings().Validate(); err != nil {
		t.Fatalf("DefaultSettings().Validate() = %v", err)
	}
	for _, lang := range domain.Languages {
		s := domain.DefaultSettings()
		s.Language = lang
		if err := s.Validate(); err != nil {
			t.Errorf("language %q: %v", lang, err)
		}
	}
	for _, cur := range domain.Currencies {
		s := domain.DefaultSettings()
		s.Currency = cur
		if err := s.Validate(); err != nil {
			t.Errorf("currency %q: %v", cur, err)
		}
	}

	tests := []struct {
		name  string
		edit  func(*domain.Settings)
		field string
		key   string
	}{
		{"identification weights sum to 0", func(s *domain.Settings) { s.Scoring.Identification = domain.IdentificationWeights{} }, "scoring.identification", "error.weightsZero"},
		{"attractiveness weights sum to 0", func(s *domain.Settings) { s.Scoring.Attractiveness = domain.AttractivenessWeights{} }, "scoring.attractiveness", "error.weightsZero"},
		{"potential weights sum to 0", func(s *domain.Settings) { s.Scoring.Potential = domain.PotentialWeights{} }, "scoring.potential", "error.weightsZero"},
		{"relationship weights sum to 0", func(s *domain.Settings) { s.Scoring.Relationship = domain.RelationshipWeights{} }, "scoring.relationship", "error.weightsZero"},
		{"negative weight", func(s *domain.Settings) { s.Scoring.Attractiveness.Volume = -1 }, "scoring.attractiveness", "error.weightRange"},
		{"negative weight that sums to 0", func(s *domain.Settings) {
			s.Scoring.Identification = domain.IdentificationWeights{LargeOrders: -20, Strategic: 20}
		}, "scoring.identification", "error.weightRange"},
		{"weight over 100", func(s *domain.Settings) { s.Scoring.Relationship.Stage = 101 }, "scoring.relationship", "error.weightRange"},
		{"NaN weight", func(s *domain.Settings) { s.Scoring.Potential.Growth = math.NaN() }, "scoring.potential", "error.weightRange"},
		{"threshold 101", func(s *domain.Settings) { s.Scoring.Threshold = 101 }, "scoring.threshold", "error.range"},
		{"threshold negative", func(s *domain.Settings) { s.Scoring.Threshold = -1 }, "scoring.threshold", "error.range"},
		{"split 0", func(s *domain.Settings) { s.Scoring.Split = 0 }, "scoring.split", "error.range"},
		{"split 5.5", func(s *domain.Settings) { s.Scoring.Split = 5.5 }, "scoring.split", "error.range"},
		{"unknown currency", func(s *domain.Settings) { s.Currency = "RMB" }, "currency", "error.choice"},
		{"empty currency", func(s *domain.Settings) { s.Currency = "" }, "currency", "error.choice"},
		{"unknown language", func(s *domain.Settings) { s.Language = "fr" }, "language", "error.choice"},
		{"language in the wrong form", func(s *domain.Settings) { s.Language = "zh_CN" }, "language", "error.choice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := domain.DefaultSettings()
			tt.edit(&s)
			fields := fieldErrors(t, s.Validate())
			f, ok := fields[tt.field]
			if !ok {
				t.Fatalf("no error on %q; got %v", tt.field, fields)
			}
			if len(fields) != 1 {
				t.Errorf("errors on %d fields, want only %q: %v", len(fields), tt.field, fields)
			}
			if f.Key != tt.key {
				t.Errorf("key = %q, want %q", f.Key, tt.key)
			}
		})
	}
}

func TestScoringValidateFieldsHaveNoPrefix(t *testing.T) {
	s := domain.DefaultScoring()
	s.Split = 0
	fields := fieldErrors(t, s.Validate())
	if _, ok := fields["split"]; !ok || len(fields) != 1 {
		t.Errorf("fields = %v, want only split", fields)
	}
}

func TestErrors(t *testing.T) {
	nf := domain.NotFound("account", 3)
	if !errors.Is(nf, domain.ErrNotFound) {
		t.Error("errors.Is(NotFound(account, 3), ErrNotFound) = false")
	}
	if !errors.Is(fmt.Errorf("service: %w", nf), domain.ErrNotFound) {
		t.Error("a wrapped NotFound is not ErrNotFound")
	}
	if errors.Is(domain.Conflict("name", "error.duplicateName", nil), domain.ErrNotFound) {
		t.Error("a conflict is ErrNotFound")
	}
	var v domain.Validation
	v.Add("name", "error.required", nil)
	if errors.Is(v.Err(), domain.ErrNotFound) {
		t.Error("a validation error is ErrNotFound")
	}
	if errors.Is(errors.New("error.notFound"), domain.ErrNotFound) {
		t.Error("a plain error is ErrNotFound")
	}
	var e *domain.Error
	if !errors.As(nf, &e) || e.Code != domain.CodeNotFound || e.Params["what"] != "account" || e.Params["id"] != int64(3) {
		t.Errorf("NotFound(account, 3) = %#v", e)
	}

	var empty domain.Validation
	if err := empty.Err(); err != nil {
		t.Errorf("empty Validation.Err() = %v, want nil", err)
	}

	c := domain.Conflict("name", "error.duplicateName", map[string]any{"name": "华为"})
	if !errors.As(c, &e) || e.Code != domain.CodeConflict || len(e.Fields) != 1 || e.Fields[0].Field != "name" || e.Fields[0].Key != "error.duplicateName" {
		t.Errorf("Conflict = %#v", c)
	}
}

func TestUIError(t *testing.T) {
	plain := domain.UIError(errors.New("disk full"))
	if plain.Code != domain.CodeInternal || plain.Key != "error.internal" || plain.Params["detail"] != "disk full" {
		t.Errorf("UIError(plain) = %#v, want internal with the detail", plain)
	}

	nf := domain.NotFound("account", 3)
	got := domain.UIError(fmt.Errorf("store: load: %w", nf))
	if got != nf {
		t.Errorf("UIError(wrapped NotFound) = %#v, want the *Error itself", got)
	}
	if got.Code != domain.CodeNotFound {
		t.Errorf("code = %q, want %q", got.Code, domain.CodeNotFound)
	}
}

func TestAccountTextLimitsMatchValidate(t *testing.T) {
	limits := domain.AccountTextLimits()
	if len(limits) != 12 || limits["name"] != domain.MaxShortText || limits["notes"] != domain.MaxLongText {
		t.Fatalf("limits = %v", limits)
	}
	// Each limit the UI is told is the one Validate enforces: one more
	// character is refused on exactly that field.
	for field, max := range limits {
		a := domain.Account{Name: "n", Status: domain.StatusActive, Stage: domain.StageBasic}
		long := strings.Repeat("长", max+1)
		v := reflect.ValueOf(&a).Elem().FieldByNameFunc(func(n string) bool { return strings.EqualFold(n, field) })
		if !v.IsValid() {
			t.Fatalf("no Account field for %q", field)
		}
		v.SetString(long)
		err := a.Validate()
		var e *domain.Error
		if !errors.As(err, &e) || len(e.Fields) != 1 || e.Fields[0].Field != field || e.Fields[0].Key != "error.tooLong" {
			t.Errorf("%s: err = %v", field, err)
		}
		v.SetString(strings.Repeat("长", max))
		if err := a.Validate(); err != nil {
			t.Errorf("%s at the limit: %v", field, err)
		}
	}
}
