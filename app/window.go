package app

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// The window comes back where the user left it: its size, position and
// maximised state are kept in window.json in the data folder, one entry
// per screen setup (the laptop alone, the laptop on its dock with a big
// monitor …), so each desk gets its own. A setup that was never seen — a
// monitor unplugged since — gets the last size that fits, centred on the
// screen the window is on, never a position on a screen that is gone.

// Window's default and smallest sizes (options.App's Width/Height and
// MinWidth/MinHeight).
const (
	defaultWidth  = 1360
	defaultHeight = 860
	minWidth      = 1024
	minHeight     = 640
	windowFile    = "window.json"
	// visibleMargin is how much of the window must lie on the desktop for a
	// remembered position to count as reachable: enough to grab the title
	// bar.
	visibleMargin = 100
)

// windowPlace is one remembered window: position (as the system reports
// it: on the whole desktop), size and maximised state.
type windowPlace struct {
	X         int  `json:"x"`
	Y         int  `json:"y"`
	W         int  `json:"w"`
	H         int  `json:"h"`
	Maximised bool `json:"maximised"`
}

// windowMemory is window.json: the place per screen setup, and which setup
// was saved last.
type windowMemory struct {
	Screens map[string]windowPlace `json:"screens"`
	Last    string                 `json:"last"`
}

// screen is one monitor as Wails reports it: its size (no origin) and
// whether the window is on it.
type screen struct {
	W, H    int
	Current bool
	Primary bool
}

// screenSetup names a set of monitors by their sizes, largest first, the
// primary marked: "2560x1440+1920x1080*".
func screenSetup(screens []screen) string {
	parts := make([]string, 0, len(screens))
	ss := slices.Clone(screens)
	slices.SortStableFunc(ss, func(a, b screen) int {
		if a.W*a.H != b.W*b.H {
			return b.W*b.H - a.W*a.H
		}
		if a.Primary != b.Primary {
			if a.Primary {
				return -1
			}
			return 1
		}
		return 0
	})
	for _, s := range ss {
		p := fmt.Sprintf("%dx%d", s.W, s.H)
		if s.Primary {
			p += "*"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "+")
}

// placement is what the window does at start.
type placement struct {
	W, H      int
	X, Y      int
	Move      bool // go to X, Y; otherwise centre on the current screen
	Maximised bool
}

// place decides where the window opens, given what was remembered and the
// screens now attached. It is a pure function (window_test.go tables it):
//   - the same setup as remembered: the remembered size and position, if
//     at least visibleMargin pixels of it lie on the desktop those screens
//     can span; else centred;
//   - a setup not seen before (a monitor gone or new): the last remembered
//     size, shrunk to the current screen, centred on it;
//   - nothing remembered, or no screens known: the default size, centred.
//
// Sizes never go below the window's minimum; the maximised state follows
// the window wherever it lands.
func place(mem windowMemory, screens []screen) placement {
	cur := currentScreen(screens)
	fit := func(w, h int) (int, int) {
		if cur.W > 0 {
			w, h = min(w, cur.W), min(h, cur.H)
		}
		return max(w, minWidth), max(h, minHeight)
	}
	if len(screens) > 0 {
		if p, ok := mem.Screens[screenSetup(screens)]; ok && p.W > 0 && p.H > 0 {
			w, h := max(p.W, minWidth), max(p.H, minHeight)
			if reachable(p.X, p.Y, w, screens) {
				return placement{W: w, H: h, X: p.X, Y: p.Y, Move: true, Maximised: p.Maximised}
			}
			w, h = fit(w, h)
			return placement{W: w, H: h, Maximised: p.Maximised}
		}
	}
	if p, ok := mem.Screens[mem.Last]; ok && p.W > 0 && p.H > 0 {
		w, h := fit(p.W, p.H)
		return placement{W: w, H: h, Maximised: p.Maximised}
	}
	w, h := fit(defaultWidth, defaultHeight)
	return placement{W: w, H: h}
}

// currentScreen is the screen the window is on (the primary, or the first,
// when none says so); zero when none is known.
func currentScreen(screens []screen) screen {
	for _, s := range screens {
		if s.Current {
			return s
		}
	}
	for _, s := range screens {
		if s.Primary {
			return s
		}
	}
	if len(screens) > 0 {
		return screens[0]
	}
	return screen{}
}

// reachable tells whether a window at x, y of width w keeps its title bar
// on a desktop of these screens. Wails gives no screen origins, so the
// desktop is taken as large as the screens side by side or stacked could
// make it: the sum of their widths across, of their heights down.
func reachable(x, y, w int, screens []screen) bool {
	sumW, sumH := 0, 0
	for _, s := range screens {
		sumW += s.W
		sumH += s.H
	}
	// Screens may sit left of or above the primary: negative coordinates
	// are fine down to the others' extent.
	return x+w >= visibleMargin-(sumW-currentScreen(screens).W) && x <= sumW-visibleMargin &&
		y >= -(sumH-currentScreen(screens).H) && y <= sumH-visibleMargin
}

// remember records the window's place for the screen setup in mem: its
// normal size and position, or — when maximised — the maximised flag over
// the normal place remembered before (a maximised window's size is the
// screen's, not the one to come back to).
func remember(mem windowMemory, screens []screen, p windowPlace) windowMemory {
	setup := screenSetup(screens)
	if mem.Screens == nil {
		mem.Screens = map[string]windowPlace{}
	}
	if p.Maximised {
		prev, ok := mem.Screens[setup]
		if !ok {
			prev = mem.Screens[mem.Last]
		}
		if prev.W > 0 {
			p.X, p.Y, p.W, p.H = prev.X, prev.Y, prev.W, prev.H
		} else {
			p.W, p.H = defaultWidth, defaultHeight
			p.X, p.Y = (currentScreen(screens).W-p.W)/2, (currentScreen(screens).H-p.H)/2
		}
	}
	mem.Screens[setup] = p
	mem.Last = setup
	return mem
}

// windowKeeper reads and writes window.json and moves the real window.
// While the window is open it samples where the window is every
// sampleEvery (on a goroutine of its own: on Windows the close handler
// runs on the UI thread, where reading the screens would wait for
// itself), and writes the file when that changed; on closing it samples
// once more where it safely can (Linux, macOS).
type windowKeeper struct {
	path     string // "" when there is no data folder: nothing is kept
	mu       sync.Mutex
	mem      windowMemory
	last     windowPlace // the last sample written
	restored sync.Once
	stop     chan struct{}
	stopOnce sync.Once
}

const sampleEvery = 2 * time.Second

func newWindowKeeper(dataDir string) *windowKeeper {
	k := &windowKeeper{stop: make(chan struct{})}
	if dataDir == "" {
		return k
	}
	k.path = filepath.Join(dataDir, windowFile)
	if b, err := os.ReadFile(k.path); err == nil {
		if err := json.Unmarshal(b, &k.mem); err != nil {
			logger().Warn("window.json unreadable, starting afresh", "detail", err.Error())
			k.mem = windowMemory{}
		}
	}
	return k
}

// initialSize is the size the window is created with, before the screens
// are known: the last one remembered, or the default.
func (k *windowKeeper) initialSize() (int, int) {
	k.mu.Lock()
	defer k.mu.Unlock()
	p := place(k.mem, nil)
	return p.W, p.H
}

// restore puts the window in its place once the screens can be read (the
// first DOM ready; a page reload does not move it again), then samples it
// until the window closes.
func (k *windowKeeper) restore(ctx context.Context) {
	k.restored.Do(func() {
		k.place(ctx)
		tick := time.NewTicker(sampleEvery)
		defer tick.Stop()
		for {
			select {
			case <-k.stop:
				return
			case <-tick.C:
				k.sample(ctx)
			}
		}
	})
}

// place moves the window to where place() says.
func (k *windowKeeper) place(ctx context.Context) {
	screens, err := wailsScreens(ctx)
	if err != nil {
		logger().Warn("screens unknown, window not placed", "detail", err.Error())
		return
	}
	k.mu.Lock()
	p := place(k.mem, screens)
	k.mu.Unlock()
	runtime.WindowSetSize(ctx, p.W, p.H)
	if p.Move {
		// Wails sets a position relative to the screen the window is
		// on and reports it on the whole desktop: set, let the window
		// manager apply it, read back, and correct by that screen's
		// offset once.
		runtime.WindowSetPosition(ctx, p.X, p.Y)
		time.Sleep(150 * time.Millisecond)
		if gx, gy := runtime.WindowGetPosition(ctx); gx != p.X || gy != p.Y {
			runtime.WindowSetPosition(ctx, 2*p.X-gx, 2*p.Y-gy)
		}
	} else {
		runtime.WindowCenter(ctx)
	}
	if p.Maximised {
		runtime.WindowMaximise(ctx)
	}
	logger().Info("window placed", "w", p.W, "h", p.H, "x", p.X, "y", p.Y, "moved", p.Move, "maximised", p.Maximised)
}

// closing takes the last sample (not on Windows' UI thread) and stops
// sampling.
func (k *windowKeeper) closing(ctx context.Context) {
	if goruntime.GOOS != "windows" {
		k.sample(ctx)
	}
	k.stopOnce.Do(func() { close(k.stop) })
}

// sample records where the window is now, writing window.json when that
// changed. A minimised window keeps what was remembered.
func (k *windowKeeper) sample(ctx context.Context) {
	defer logPanic("window sample")
	if k.path == "" || runtime.WindowIsMinimised(ctx) {
		return
	}
	screens, err := wailsScreens(ctx)
	if err != nil || len(screens) == 0 {
		return
	}
	p := windowPlace{Maximised: runtime.WindowIsMaximised(ctx)}
	if !p.Maximised {
		p.W, p.H = runtime.WindowGetSize(ctx)
		p.X, p.Y = runtime.WindowGetPosition(ctx)
	}
	k.mu.Lock()
	if p == k.last && k.mem.Last == screenSetup(screens) {
		k.mu.Unlock()
		return
	}
	k.last = p
	k.mem = remember(k.mem, screens, p)
	b, err := json.MarshalIndent(k.mem, "", "  ")
	k.mu.Unlock()
	if err == nil {
		err = writeFileAtomic(k.path, b)
	}
	if err != nil {
		logger().Warn("window place not saved", "detail", scrub(err.Error()))
		return
	}
	logger().Info("window saved", "w", p.W, "h", p.H, "x", p.X, "y", p.Y, "maximised", p.Maximised)
}

func wailsScreens(ctx context.Context) ([]screen, error) {
	all, err := runtime.ScreenGetAll(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]screen, 0, len(all))
	for _, s := range all {
		w, h := s.Size.Width, s.Size.Height
		if w == 0 || h == 0 {
			w, h = s.Width, s.Height
		}
		out = append(out, screen{W: w, H: h, Current: s.IsCurrent, Primary: s.IsPrimary})
	}
	return out, nil
}

// writeFileAtomic writes a small private file whole or not at all.
func writeFileAtomic(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".window-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
