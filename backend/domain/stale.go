package domain

// ErrChangedElsewhere is the sentinel for a save based on an old read of a
// record that was saved since (in another window on the same book): the
// save is refused, not applied over the other one's edit, and the UI offers
// to reload. errors.Is(err, ErrChangedElsewhere) holds for every such error.
var ErrChangedElsewhere = &Error{Code: CodeConflict, Key: "conflict.changedElsewhere"}

// ChangedElsewhere says which record was saved elsewhere since it was read.
func ChangedElsewhere(what string, id int64) error {
	return &Error{Code: CodeConflict, Key: "conflict.changedElsewhere", Params: map[string]any{"what": what, "id": id}}
}
