package store

import (
	"reflect"
	"testing"
)

// assertCardDigests compares the card digests every deal stores (the day
// it entered its stay, its last interaction, its last touch) with the
// same facts computed afresh from the stage history and the interactions.
func assertCardDigests(t *testing.T, s *Store, step int) {
	t.Helper()
	kept := tableText(t, s, `SELECT id, stage_since, last_interaction, touched FROM opportunities ORDER BY id`)
	fresh := tableText(t, s, `SELECT o.id,
		COALESCE((SELECT v.entered FROM stage_visits v WHERE v.opportunity_id = o.id ORDER BY v.id DESC LIMIT 1), ''),
		COALESCE((SELECT max(i.date) FROM interactions i WHERE i.opportunity_id = o.id AND i.deleted_at IS NULL), ''),
		COALESCE((SELECT max(i.date) FROM interactions i WHERE i.opportunity_id = o.id AND i.deleted_at IS NULL), o.created_on)
		FROM opportunities o ORDER BY o.id`)
	if !reflect.DeepEqual(kept, fresh) {
		t.Fatalf("step %d: card digests\n%v\nwant\n%v", step, kept, fresh)
	}
}
