package domain

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
}

// DefaultSettings: follow the system language, keep money in yuan.
func DefaultSettings() Settings {
	return Settings{Currency: "CNY", Scoring: DefaultScoring(), StaleDays: DefaultStaleDays}
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
	if err := s.Scoring.Validate(); err != nil {
		for _, f := range err.(*Error).Fields {
			v.Add("scoring."+f.Field, f.Key, f.Params)
		}
	}
	return v.Err()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
