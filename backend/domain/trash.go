package domain

// TrashedWeekEntry is a planned activity of a week (Kind "item") or a
// development goal (Kind "goal") in the trash, as the Trash screen lists
// them together: the user's own planning.
type TrashedWeekEntry struct {
	Kind      string `json:"kind"` // "item" or "goal"
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Week      string `json:"week"` // the item's week ('2026-W07'); "" for a goal
	Due       string `json:"due"`  // the goal's day; "" for an item or none
	DeletedAt string `json:"deletedAt"`
}
