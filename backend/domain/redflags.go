package domain

import "time"

// RedFlag is a warning about the people of an account: its Key is a
// translation key, its Params fill the message.
type RedFlag struct {
	Code      string         `json:"code"`
	Key       string         `json:"key"`
	Params    map[string]any `json:"params,omitempty"`
	ContactID int64          `json:"contactId,omitempty"`
}

// Red-flag codes.
const (
	FlagNoCoach            = "noCoach"
	FlagNoEconomicBuyer    = "noEconomicBuyer"
	FlagEconomicBuyerStale = "economicBuyerStale"
	FlagOpponent           = "highInfluenceOpponent"
	FlagHighInfluenceStale = "highInfluenceStale"
)

// DefaultStaleDays is how long a key person may go without contact.
const DefaultStaleDays = 60

// ContactRedFlags applies the book's warnings to an account's live contacts
// (LastContact filled in): no coach; no economic buyer known, or one not met
// for staleDays; an opponent with high influence; a high-influence person not
// met for staleDays. A person never met counts as not met.
func ContactRedFlags(contacts []Contact, today time.Time, staleDays int) []RedFlag {
	flags := []RedFlag{}
	var coach, economic bool
	for _, c := range contacts {
		coach = coach || c.Role == RoleCoach
		economic = economic || c.Role == RoleEconomic
	}
	if !coach {
		flags = append(flags, RedFlag{Code: FlagNoCoach, Key: "flag.noCoach"})
	}
	if !economic {
		flags = append(flags, RedFlag{Code: FlagNoEconomicBuyer, Key: "flag.noEconomicBuyer"})
	}
	for _, c := range contacts {
		if c.Attitude == AttitudeOpponent && c.Influence == InfluenceHigh {
			flags = append(flags, RedFlag{Code: FlagOpponent, Key: "flag.highInfluenceOpponent",
				Params: map[string]any{"name": c.Name}, ContactID: c.ID})
		}
		if c.Role != RoleEconomic && c.Influence != InfluenceHigh {
			continue
		}
		days, met := DaysSince(c.LastContact, today)
		if met && days <= staleDays {
			continue
		}
		code, key := FlagHighInfluenceStale, "flag.highInfluenceStale"
		switch {
		case c.Role == RoleEconomic && met:
			code, key = FlagEconomicBuyerStale, "flag.economicBuyerStale"
		case c.Role == RoleEconomic:
			code, key = FlagEconomicBuyerStale, "flag.economicBuyerStaleNever"
		case !met:
			key = "flag.highInfluenceStaleNever"
		}
		flags = append(flags, RedFlag{Code: code, Key: key,
			Params: map[string]any{"name": c.Name, "days": days}, ContactID: c.ID})
	}
	return flags
}

// DaysSince counts whole days from a YYYY-MM-DD date to today; false when
// the date is empty or not a date.
func DaysSince(date string, today time.Time) (int, bool) {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0, false
	}
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	return int(t.Sub(d).Hours() / 24), true
}
