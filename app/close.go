package app

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Events of the close handshake: the shell asks the page to save what is
// still waiting (the plan editor's autosave debounce), the page answers
// when it is done, with true when everything was saved.
const (
	eventFlush   = "kams:flush"
	eventFlushed = "kams:flushed"
)

// flushWait is how long the shell waits for the page's answer: a save is a
// local SQLite write, so this is only reached when the page is gone.
const flushWait = 3 * time.Second

// closeGuard keeps closing the window from losing typing that a debounced
// autosave has not sent yet. The first close is refused; the page is asked
// to flush, and when it answers (or after flushWait) the shell quits. It
// never blocks the caller: on Windows OnBeforeClose runs on the UI thread,
// which must stay free to deliver the page's answer. If the page reports
// that a save failed, the window stays open once, showing the failure; the
// next close goes through.
type closeGuard struct {
	waiting atomic.Bool // a flush was asked for and not yet answered
	done    atomic.Bool // the next close goes through
}

func (g *closeGuard) beforeClose(ctx context.Context) (prevent bool) {
	if g.done.Load() {
		return false
	}
	if !g.waiting.CompareAndSwap(false, true) {
		return true
	}
	answer := make(chan bool, 1)
	var once sync.Once
	cancel := runtime.EventsOnce(ctx, eventFlushed, func(data ...any) {
		ok := len(data) == 0 || data[0] != false
		once.Do(func() { answer <- ok })
	})
	runtime.EventsEmit(ctx, eventFlush)
	go func() {
		saved := true // no answer: the page is gone, nothing more can be saved
		select {
		case saved = <-answer:
		case <-time.After(flushWait):
		}
		cancel()
		g.done.Store(true)
		g.waiting.Store(false)
		if saved {
			runtime.Quit(ctx)
		}
	}()
	return true
}
