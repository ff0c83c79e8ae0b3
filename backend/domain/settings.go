package domain

import "fmt"

// Languages the UI speaks; "" follows the system.
var Languages = []string{"", "zh-CN", "en"}

// Currencies a database may keep its money in (ISO 4217). One per database.
var Currencies = []string{"CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD"}

// Settings are the user's preferences and the method's editable parameters.
type Settings struct {
	Language string          `json:"language"`
	Currency string          `json:"currency"`
	Scoring  ScoringSettings `json:"scoring"`
	// StaleDays is how long a key person may go without contact before
	// the account shows a red flag.
	StaleDays int `json:"staleDays"`
	// Stages are the sales process; LossReasons the list a lost deal picks
	// its reason from; StalledDays how long an open deal may go without an
	// interaction before the funnel calls it stalled.
	Stages      []Stage `json:"stages"`
	LossReasons []Text  `json:"lossReasons"`
	StalledDays int     `json:"stalledDays"`
	// MyName is the user's own team-member name: targets, the week and the
	// home dashboard default to this member ("" until the user says).
	MyName string `json:"myName"`
	// Assessment is the KPI cap and the grade thresholds of team assessments.
	Assessment AssessmentSettings `json:"assessment"`
	// Look is the window's theme; Reminders the desktop notifications.
	Look      LookSettings     `json:"look"`
	Reminders ReminderSettings `json:"reminders"`
	// Service is the target time to resolve a service request per
	// severity; Health the relationship health score's weights and alert.
	Service ServiceSettings `json:"service"`
	Health  HealthSettings  `json:"health"`
	// Replication is the continuous copy of the book (Litestream).
	Replication ReplicationSettings `json:"replication"`
	// Marketing is the user's own activity types and the window in which
	// deals are suggested as produced by an activity.
	Marketing MarketingSettings `json:"marketing"`
}

// DefaultSettings: follow the system language, keep money in yuan.
func DefaultSettings() Settings {
	return Settings{Currency: "CNY", Scoring: DefaultScoring(), StaleDays: DefaultStaleDays,
		Stages: DefaultStages(), LossReasons: DefaultLossReasons(), StalledDays: 30,
		Assessment: DefaultAssessment(), Replication: DefaultReplication(), Look: DefaultLook(), Reminders: DefaultReminders(),
		Marketing: DefaultMarketing(), Service: DefaultService(), Health: DefaultHealth()}
}

// Validate checks every setting; scoring errors are prefixed "scoring.".
func (s Settings) Validate() error {
	var v Validation
	if !contains(Languages, s.Language) {
		v.Add("language", "error.choice", nil)
	}
	if !contains(Currencies, s.Currency) {
		v.Add("currency", "error.choice", nil)
	}
	if s.StaleDays < 1 || s.StaleDays > 3650 {
		v.Add("staleDays", "error.range", map[string]any{"min": 1, "max": 3650})
	}
	if s.StalledDays < 1 || s.StalledDays > 3650 {
		v.Add("stalledDays", "error.range", map[string]any{"min": 1, "max": 3650})
	}
	if n := len([]rune(s.MyName)); n > MaxMemberName {
		v.Add("myName", "error.tooLong", map[string]any{"max": MaxMemberName, "length": n})
	}
	validateStages(&v, s.Stages)
	for i, r := range s.LossReasons {
		if Blank(r.Zh) && Blank(r.En) {
			v.Add(fmt.Sprintf("lossReasons.%d", i), "error.required", nil)
		}
	}
	if err := s.Scoring.Validate(); err != nil {
		for _, f := range err.(*Error).Fields {
			v.Add("scoring."+f.Field, f.Key, f.Params)
		}
	}
	if err := s.Assessment.Validate(); err != nil {
		for _, f := range err.(*Error).Fields {
			v.Add("assessment."+f.Field, f.Key, f.Params)
		}
	}
	addSub(&v, "look", s.Look.Validate())
	addSub(&v, "reminders", s.Reminders.Validate())
	if err := s.Replication.Validate(); err != nil {
		for _, f := range err.(*Error).Fields {
			v.Add("replication."+f.Field, f.Key, f.Params)
		}
	}
	if err := s.Marketing.Validate(); err != nil {
		for _, f := range err.(*Error).Fields {
			v.Add("marketing."+f.Field, f.Key, f.Params)
		}
	}
	for _, sub := range []struct {
		prefix string
		err    error
	}{{"service.", s.Service.Validate()}, {"health.", s.Health.Validate()}} {
		if sub.err != nil {
			for _, f := range sub.err.(*Error).Fields {
				v.Add(sub.prefix+f.Field, f.Key, f.Params)
			}
		}
	}
	return v.Err()
}

// MaxMemberName is the longest team-member name, in characters.
const MaxMemberName = 60

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// DefaultLossReasons are the usual reasons a deal is lost or abandoned.
func DefaultLossReasons() []Text {
	return []Text{{"价格", "Price"}, {"技术方案", "Technical solution"}, {"关系", "Relationship"},
		{"交期", "Delivery time"}, {"项目取消", "Project cancelled"}, {"竞争对手更早介入", "Competitor came in earlier"}}
}

// validateStages keeps the stages the app knows (their ids are fixed: the
// deals refer to them), with a name and a probability that rises stage by
// stage.
func validateStages(v *Validation, stages []Stage) {
	def := DefaultStages()
	if len(stages) != len(def) {
		v.Add("stages", "error.choice", nil)
		return
	}
	prev := -1
	for i, s := range stages {
		if s.ID != def[i].ID {
			v.Add("stages", "error.choice", nil)
			return
		}
		if Blank(s.Name.Zh) && Blank(s.Name.En) {
			v.Add(fmt.Sprintf("stages.%d.name", i), "error.required", nil)
		}
		if s.Probability < 0 || s.Probability > 100 {
			v.Add(fmt.Sprintf("stages.%d.probability", i), "error.range", map[string]any{"min": 0, "max": 100})
		} else if s.Probability < prev {
			v.Add(fmt.Sprintf("stages.%d.probability", i), "error.stageOrder", nil)
		}
		prev = s.Probability
	}
}
