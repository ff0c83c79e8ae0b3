package app

import (
	"sync"
	"time"

	"kams/backend/notify"
	"kams/backend/service"
)

// Reminders are the day's agenda as desktop notifications (see
// service.Reminders): Home asks once whether to show them, Settings holds
// the time, and while the window runs a loop asks the service every half
// minute whether they are due — the service decides on the book's clock.
type Reminders struct {
	mu       sync.Mutex
	svc      *service.Reminders
	notifier service.Notifier // set when the window starts
	stop     chan struct{}
}

// reminderEvery is how often the running window asks whether the
// reminders are due: the user's time is in minutes.
const reminderEvery = 30 * time.Second

// use sets the book the reminders work on (a new one after an in-app
// restore or opening).
func (r *Reminders) use(svc *service.Reminders) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.svc = svc
	if svc != nil && r.notifier != nil {
		svc.SetNotifier(r.notifier)
	}
}

// service is the reminders of the book open now (nil: none).
func (r *Reminders) service() *service.Reminders {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.svc
}

// State says whether Home asked the user yet and whether reminders are on.
func (r *Reminders) State() (st service.ReminderState, err error) {
	defer guard(&err)
	if s := r.service(); s != nil {
		return s.State(ctx())
	}
	return service.ReminderState{}, nil
}

// Answer records the answer to Home's question (on: show them).
func (r *Reminders) Answer(on bool) (st service.ReminderState, err error) {
	defer guard(&err)
	return r.service().Answer(ctx(), on)
}

// Today is today's agenda as the notifications tell it.
func (r *Reminders) Today() (a service.Agenda, err error) {
	defer guard(&err)
	return r.service().Today(ctx())
}

// ShowNow shows today's reminders at once (Settings' "show now") and says
// how many notifications it showed.
func (r *Reminders) ShowNow() (n int, err error) {
	defer guard(&err)
	return r.service().Show(ctx())
}

// started gives the book the desktop's notifier and starts the loop: the
// reminders of the start at once, then those of the user's time.
func (r *Reminders) started() {
	r.mu.Lock()
	r.notifier = notify.Desktop{AppName: "KAMS"}
	if r.svc != nil {
		r.svc.SetNotifier(r.notifier)
	}
	r.stop = make(chan struct{})
	stop := r.stop
	r.mu.Unlock()
	goSafe("reminders", func() {
		starting := true
		every := time.NewTicker(reminderEvery)
		defer every.Stop()
		for {
			if s := r.service(); s != nil {
				if _, err := s.Tick(ctx(), starting); err != nil {
					logger().Warn("reminders", "error", scrub(err.Error()))
				}
				starting = false
			}
			select {
			case <-stop:
				return
			case <-every.C:
			}
		}
	})
}

// shutdown stops the loop.
func (r *Reminders) shutdown() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stop != nil {
		close(r.stop)
		r.stop = nil
	}
}
