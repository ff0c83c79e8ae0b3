package app

import (
	"os"
	"path/filepath"
	"testing"
)

var (
	laptop  = screen{W: 1440, H: 900, Primary: true, Current: true}
	monitor = screen{W: 2560, H: 1440}
	small   = screen{W: 1024, H: 700, Primary: true, Current: true}
)

func TestScreenSetupNamesTheMonitorsWhateverTheirOrder(t *testing.T) {
	a := screenSetup([]screen{laptop, monitor})
	b := screenSetup([]screen{monitor, laptop})
	if a != b || a != "2560x1440+1440x900*" {
		t.Errorf("setup = %q and %q, want both 2560x1440+1440x900*", a, b)
	}
	if screenSetup([]screen{laptop}) == a {
		t.Error("the laptop alone has the docked setup's name")
	}
}

// Where the window opens, table by table: the same desk, a monitor gone, a
// new smaller screen, nothing remembered, a position off every screen,
// below the minimum size, maximised.
func TestPlace(t *testing.T) {
	docked := screenSetup([]screen{laptop, monitor})
	alone := screenSetup([]screen{laptop})
	onMonitor := windowPlace{X: 1800, Y: 120, W: 2000, H: 1200}
	cases := []struct {
		name    string
		mem     windowMemory
		screens []screen
		want    placement
	}{
		{"nothing remembered: default size, centred", windowMemory{}, []screen{laptop},
			placement{W: 1360, H: 860}},
		{"nothing remembered, small screen: shrunk to it but not below the minimum", windowMemory{}, []screen{small},
			placement{W: 1024, H: 700}},
		{"no screens known (before start): the last size", windowMemory{Screens: map[string]windowPlace{alone: {W: 1200, H: 800}}, Last: alone}, nil,
			placement{W: 1200, H: 800}},
		{"same desk: exactly where it was", windowMemory{Screens: map[string]windowPlace{docked: onMonitor}, Last: docked},
			[]screen{laptop, monitor}, placement{W: 2000, H: 1200, X: 1800, Y: 120, Move: true}},
		{"same desk, screens listed the other way round", windowMemory{Screens: map[string]windowPlace{docked: onMonitor}, Last: docked},
			[]screen{monitor, laptop}, placement{W: 2000, H: 1200, X: 1800, Y: 120, Move: true}},
		{"monitor gone: the last size shrunk to the laptop, centred, not on the missing screen",
			windowMemory{Screens: map[string]windowPlace{docked: onMonitor}, Last: docked}, []screen{laptop},
			placement{W: 1440, H: 900}},
		{"monitor gone but the laptop alone was seen before: its own place",
			windowMemory{Screens: map[string]windowPlace{docked: onMonitor, alone: {X: 40, Y: 30, W: 1300, H: 820}}, Last: docked},
			[]screen{laptop}, placement{W: 1300, H: 820, X: 40, Y: 30, Move: true}},
		{"a position off every screen: centred", windowMemory{Screens: map[string]windowPlace{alone: {X: 5000, Y: 40, W: 1200, H: 800}}, Last: alone},
			[]screen{laptop}, placement{W: 1200, H: 800}},
		{"a title bar below the desktop: centred", windowMemory{Screens: map[string]windowPlace{alone: {X: 10, Y: 880, W: 1200, H: 800}}, Last: alone},
			[]screen{laptop}, placement{W: 1200, H: 800}},
		{"far left of the only screen: centred", windowMemory{Screens: map[string]windowPlace{alone: {X: -1150, Y: 10, W: 1200, H: 800}}, Last: alone},
			[]screen{laptop}, placement{W: 1200, H: 800}},
		{"partly off the edge but grabbable: kept", windowMemory{Screens: map[string]windowPlace{alone: {X: -900, Y: 10, W: 1200, H: 800}}, Last: alone},
			[]screen{laptop}, placement{W: 1200, H: 800, X: -900, Y: 10, Move: true}},
		{"left of the primary on a desk with a monitor there: kept", windowMemory{Screens: map[string]windowPlace{docked: {X: -2000, Y: 100, W: 1600, H: 1000}}, Last: docked},
			[]screen{laptop, monitor}, placement{W: 1600, H: 1000, X: -2000, Y: 100, Move: true}},
		{"smaller than the minimum: the minimum", windowMemory{Screens: map[string]windowPlace{alone: {X: 10, Y: 10, W: 300, H: 200}}, Last: alone},
			[]screen{laptop}, placement{W: 1024, H: 640, X: 10, Y: 10, Move: true}},
		{"maximised on the same desk: maximised over its normal place", windowMemory{Screens: map[string]windowPlace{alone: {X: 10, Y: 10, W: 1200, H: 800, Maximised: true}}, Last: alone},
			[]screen{laptop}, placement{W: 1200, H: 800, X: 10, Y: 10, Move: true, Maximised: true}},
		{"maximised on the monitor that is gone: maximised on the laptop", windowMemory{Screens: map[string]windowPlace{docked: {X: 1800, Y: 0, W: 2000, H: 1200, Maximised: true}}, Last: docked},
			[]screen{laptop}, placement{W: 1440, H: 900, Maximised: true}},
		{"a broken entry (no size): default", windowMemory{Screens: map[string]windowPlace{alone: {}}, Last: alone},
			[]screen{laptop}, placement{W: 1360, H: 860}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := place(c.mem, c.screens); got != c.want {
				t.Errorf("place = %+v, want %+v", got, c.want)
			}
		})
	}
}

// What is remembered: the normal place, and for a maximised window the
// flag over the normal place it had, per screen setup.
func TestRemember(t *testing.T) {
	mem := remember(windowMemory{}, []screen{laptop}, windowPlace{X: 20, Y: 30, W: 1200, H: 800})
	alone := screenSetup([]screen{laptop})
	if mem.Last != alone || mem.Screens[alone] != (windowPlace{X: 20, Y: 30, W: 1200, H: 800}) {
		t.Fatalf("remember = %+v", mem)
	}
	mem = remember(mem, []screen{laptop}, windowPlace{Maximised: true})
	if got := mem.Screens[alone]; got != (windowPlace{X: 20, Y: 30, W: 1200, H: 800, Maximised: true}) {
		t.Errorf("maximised = %+v, want the normal place kept under the flag", got)
	}
	mem = remember(mem, []screen{laptop, monitor}, windowPlace{Maximised: true})
	docked := screenSetup([]screen{laptop, monitor})
	if got := mem.Screens[docked]; got != (windowPlace{X: 20, Y: 30, W: 1200, H: 800, Maximised: true}) || mem.Last != docked {
		t.Errorf("maximised on a new desk = %+v (last %s), want the last normal place", got, mem.Last)
	}
	if mem.Screens[alone].W != 1200 {
		t.Error("a new desk overwrote the laptop's place")
	}
	fresh := remember(windowMemory{}, []screen{laptop}, windowPlace{Maximised: true})
	if got := fresh.Screens[alone]; got.W != defaultWidth || !got.Maximised || got.X != 40 {
		t.Errorf("maximised with nothing remembered = %+v, want the default size centred", got)
	}
}

// window.json round trip, and a damaged file is ignored, not fatal.
func TestWindowKeeperReadsItsFile(t *testing.T) {
	dir := t.TempDir()
	if k := newWindowKeeper(dir); k.path != filepath.Join(dir, "window.json") {
		t.Fatalf("path %s", k.path)
	}
	if w, h := newWindowKeeper(dir).initialSize(); w != defaultWidth || h != defaultHeight {
		t.Errorf("no file: %dx%d", w, h)
	}
	alone := screenSetup([]screen{laptop})
	b := []byte(`{"screens":{"` + alone + `":{"x":1,"y":2,"w":1111,"h":777}},"last":"` + alone + `"}`)
	if err := writeFileAtomic(filepath.Join(dir, "window.json"), b); err != nil {
		t.Fatal(err)
	}
	if w, h := newWindowKeeper(dir).initialSize(); w != 1111 || h != 777 {
		t.Errorf("initial size %dx%d, want 1111x777", w, h)
	}
	if err := os.WriteFile(filepath.Join(dir, "window.json"), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if w, _ := newWindowKeeper(dir).initialSize(); w != defaultWidth {
		t.Errorf("damaged file: width %d", w)
	}
	if k := newWindowKeeper(""); k.path != "" {
		t.Error("no data folder, yet a path")
	}
}
