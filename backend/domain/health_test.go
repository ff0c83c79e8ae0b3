package domain

import (
	"math"
	"testing"
)

func TestHealthParts(t *testing.T) {
	s := DefaultHealth() // recent 30 days; complaints 60/30/15/5
	const today = "2026-06-15"
	cases := []struct {
		name string
		part HealthPartID
		in   HealthInputs
		want float64
	}{
		{"no key people", HealthRecency, HealthInputs{}, 0},
		{"met today", HealthRecency, HealthInputs{KeyContacts: []string{today}}, 1},
		{"met 30 days ago", HealthRecency, HealthInputs{KeyContacts: []string{"2026-05-16"}}, 1},
		{"met 60 days ago: half", HealthRecency, HealthInputs{KeyContacts: []string{"2026-04-16"}}, 0.5},
		{"met 90 days ago: none", HealthRecency, HealthInputs{KeyContacts: []string{"2026-03-17"}}, 0},
		{"one met, one never", HealthRecency, HealthInputs{KeyContacts: []string{today, ""}}, 0.5},
		{"no roles", HealthCoverage, HealthInputs{}, 0},
		{"three of four roles", HealthCoverage, HealthInputs{Roles: 3}, 0.75},
		{"nobody known: neutral", HealthAttitude, HealthInputs{}, 0.5},
		{"all champions", HealthAttitude, HealthInputs{AttitudeSum: 6, AttitudeWeight: 3}, 1},
		{"all opponents", HealthAttitude, HealthInputs{AttitudeSum: -4, AttitudeWeight: 2}, 0},
		{"balanced", HealthAttitude, HealthInputs{AttitudeSum: 0, AttitudeWeight: 5}, 0.5},
		{"no complaints", HealthComplaints, HealthInputs{}, 1},
		{"one high", HealthComplaints, HealthInputs{Complaints: ServiceSettings{High: 1}}, 0.7},
		{"one medium, two low", HealthComplaints, HealthInputs{Complaints: ServiceSettings{Medium: 1, Low: 2}}, 0.75},
		{"two critical: floor", HealthComplaints, HealthInputs{Complaints: ServiceSettings{Critical: 2}}, 0},
		{"never surveyed: neutral", HealthSatisfaction, HealthInputs{}, 0.5},
		{"score 5", HealthSatisfaction, HealthInputs{Satisfaction: 5}, 1},
		{"score 1", HealthSatisfaction, HealthInputs{Satisfaction: 1}, 0},
		{"score 4", HealthSatisfaction, HealthInputs{Satisfaction: 4}, 0.75},
		{"no stage", HealthStage, HealthInputs{}, 0},
		{"exploratory", HealthStage, HealthInputs{Stage: StageExploratory}, 0},
		{"cooperative", HealthStage, HealthInputs{Stage: StageCooperative}, 0.5},
		{"integrated", HealthStage, HealthInputs{Stage: StageIntegrated}, 1},
		{"no revenue either year", HealthRevenue, HealthInputs{}, 0.5},
		{"new revenue", HealthRevenue, HealthInputs{RevenueNow: 100}, 1},
		{"level", HealthRevenue, HealthInputs{RevenueNow: 100, RevenueLast: 100}, 0.5},
		{"up 20%", HealthRevenue, HealthInputs{RevenueNow: 120, RevenueLast: 100}, 0.7},
		{"up 80%: capped", HealthRevenue, HealthInputs{RevenueNow: 180, RevenueLast: 100}, 1},
		{"down 30%", HealthRevenue, HealthInputs{RevenueNow: 70, RevenueLast: 100}, 0.2},
		{"nothing this year", HealthRevenue, HealthInputs{RevenueLast: 100}, 0},
	}
	for _, c := range cases {
		if got := HealthPartValue(c.part, c.in, s, today); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s (%s): %v, want %v", c.name, c.part, got, c.want)
		}
	}
}

func TestComputeHealthWeighs(t *testing.T) {
	s := DefaultHealth()
	in := HealthInputs{KeyContacts: []string{"2026-06-01"}, Roles: 4, AttitudeSum: 2, AttitudeWeight: 1,
		Satisfaction: 5, Stage: StageIntegrated, RevenueNow: 200, RevenueLast: 100}
	h := ComputeHealth(in, s, "2026-06-15")
	if h.Score != 100 || len(h.Parts) != len(HealthParts) {
		t.Fatalf("all in full: %+v", h)
	}
	sum := 0.0
	for _, p := range h.Parts {
		sum += p.Points
	}
	if math.Abs(sum-100) > 0.5 {
		t.Errorf("points add to %v", sum)
	}
	// Only the stage weighs: the score is the stage's value.
	s.Weights = HealthWeights{Stage: 7}
	if h := ComputeHealth(HealthInputs{Stage: StageCooperative}, s, "2026-06-15"); h.Score != 50 {
		t.Errorf("stage only: %d, want 50", h.Score)
	}
	// The default weights on an empty account: attitude and satisfaction
	// neutral, no complaints, revenue level.
	if h := ComputeHealth(HealthInputs{}, DefaultHealth(), "2026-06-15"); h.Score != 35 {
		t.Errorf("empty account: %d, want 35 (15×.5+15+15×.5+10×.5)", h.Score)
	}
}

func TestAtRisk(t *testing.T) {
	s := DefaultHealth() // threshold 50, drop 15
	cases := []struct {
		score, prev int
		want        bool
	}{{49, -1, true}, {50, -1, false}, {70, 84, false}, {70, 85, true}, {60, 55, false}}
	for _, c := range cases {
		if got := s.AtRisk(c.score, c.prev); got != c.want {
			t.Errorf("AtRisk(%d, %d) = %v", c.score, c.prev, got)
		}
	}
}

func TestRevenueSpans(t *testing.T) {
	a, b, c, d := RevenueSpans("2028-02-29")
	if a != "2028-01-01" || b != "2028-02-29" || c != "2027-01-01" || d != "2027-02-28" {
		t.Errorf("leap day: %s %s %s %s", a, b, c, d)
	}
}

func TestHealthSettingsValidate(t *testing.T) {
	if err := DefaultHealth().Validate(); err != nil {
		t.Fatal(err)
	}
	bad := DefaultHealth()
	bad.Weights = HealthWeights{}
	bad.Threshold, bad.Drop, bad.RecentDays = 101, 0, 0
	bad.ComplaintPoints.Low = -1
	err := bad.Validate()
	var fields []string
	for _, f := range err.(*Error).Fields {
		fields = append(fields, f.Field)
	}
	want := "[weights threshold drop recentDays complaintPoints.low]"
	if got := fmtList(fields); got != want {
		t.Errorf("fields %s, want %s", got, want)
	}
}

func fmtList(s []string) string {
	out := "["
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out + "]"
}

func TestTimeToResolve(t *testing.T) {
	set := DefaultService() // 1 / 3 / 7 / 14 days
	cases := []struct {
		name     string
		r        ServiceRequest
		days     int
		overdue  bool
		deadline int
	}{
		{"critical opened today", ServiceRequest{Severity: "critical", Status: "open", Opened: "2026-06-15"}, 0, false, 1},
		{"critical open two days", ServiceRequest{Severity: "critical", Status: "open", Opened: "2026-06-13"}, 2, true, 1},
		{"high resolved in 3", ServiceRequest{Severity: "high", Status: "resolved", Opened: "2026-06-01", Resolved: "2026-06-04"}, 3, false, 3},
		{"high resolved in 4: late", ServiceRequest{Severity: "high", Status: "closed", Opened: "2026-06-01", Resolved: "2026-06-05"}, 4, true, 3},
		{"medium in progress 7", ServiceRequest{Severity: "medium", Status: "progress", Opened: "2026-06-08"}, 7, false, 7},
		{"low open 15", ServiceRequest{Severity: "low", Status: "open", Opened: "2026-05-31"}, 15, true, 14},
		{"same day", ServiceRequest{Severity: "low", Status: "resolved", Opened: "2026-06-15", Resolved: "2026-06-15"}, 0, false, 14},
	}
	for _, c := range cases {
		c.r.TimeToResolve(set, "2026-06-15")
		if c.r.Days != c.days || c.r.Overdue != c.overdue || c.r.TargetDays != c.deadline {
			t.Errorf("%s: days %d overdue %v target %d, want %d %v %d", c.name, c.r.Days, c.r.Overdue, c.r.TargetDays,
				c.days, c.overdue, c.deadline)
		}
	}
}

func TestServiceRequestValidate(t *testing.T) {
	ok := ServiceRequest{AccountID: 1, Type: "complaint", Severity: "high", Channel: "phone", Status: "open",
		Title: "停机", Opened: "2026-06-01"}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		edit  func(*ServiceRequest)
		field string
		key   string
	}{
		{"no title", func(r *ServiceRequest) { r.Title = " " }, "title", "error.required"},
		{"bad type", func(r *ServiceRequest) { r.Type = "x" }, "type", "error.choice"},
		{"bad severity", func(r *ServiceRequest) { r.Severity = "x" }, "severity", "error.choice"},
		{"bad channel", func(r *ServiceRequest) { r.Channel = "fax" }, "channel", "error.choice"},
		{"bad status", func(r *ServiceRequest) { r.Status = "x" }, "status", "error.choice"},
		{"bad opened", func(r *ServiceRequest) { r.Opened = "2026-02-30" }, "opened", "error.date"},
		{"resolved without day", func(r *ServiceRequest) { r.Status, r.Resolution = "resolved", "ok" }, "resolved", "error.required"},
		{"resolved before opened", func(r *ServiceRequest) { r.Status, r.Resolved, r.Resolution = "resolved", "2026-05-01", "ok" },
			"resolved", "error.resolvedBeforeOpened"},
		{"resolved without how", func(r *ServiceRequest) { r.Status, r.Resolved = "closed", "2026-06-02" }, "resolution", "error.required"},
		{"open with resolved day", func(r *ServiceRequest) { r.Resolved = "2026-06-02" }, "resolved", "error.resolvedNotDone"},
	}
	for _, c := range cases {
		r := ok
		c.edit(&r)
		err, _ := r.Validate().(*Error)
		if err == nil || len(err.Fields) != 1 || err.Fields[0].Field != c.field || err.Fields[0].Key != c.key {
			t.Errorf("%s: %v, want %s %s", c.name, err, c.field, c.key)
		}
	}
}

func TestSurveyValidate(t *testing.T) {
	ok := Survey{AccountID: 1, Period: "2026-Q2", Date: "2026-06-01", Score: 4, Recommend: 8}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		edit  func(*Survey)
		field string
	}{
		{func(s *Survey) { s.Period = "2026" }, "period"},
		{func(s *Survey) { s.Period = "2026-Q5" }, "period"},
		{func(s *Survey) { s.Score = 0 }, "score"},
		{func(s *Survey) { s.Score = 6 }, "score"},
		{func(s *Survey) { s.Recommend = 11 }, "recommend"},
		{func(s *Survey) { s.Recommend = -1 }, "recommend"},
		{func(s *Survey) { s.Date = "x" }, "date"},
		{func(s *Survey) { s.AccountID = 0 }, "accountId"},
	} {
		s := ok
		c.edit(&s)
		err, _ := s.Validate().(*Error)
		if err == nil || len(err.Fields) != 1 || err.Fields[0].Field != c.field {
			t.Errorf("%+v: %v, want %s", s, err, c.field)
		}
	}
}
