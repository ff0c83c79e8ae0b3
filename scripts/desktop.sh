#!/usr/bin/env bash
# The production window as a desktop program, under X with xdotool:
#   1. it remembers its place: moved and resized, quit with Ctrl+Q (the
#      menu's accelerator, through the page's save-on-close), it comes
#      back at the same size and position; a remembered position off every
#      screen comes back centred;
#   2. a second launch on the same book, naming a file, brings the first
#      window forward (keyboard focus moves to it from another book's
#      window) and hands it the file; the second process exits.
# Linux's single-instance lock is a D-Bus name, so this runs under a
# session bus of its own (dbus-run-session) when there is none. The data
# folder (window.json, log/) is a temporary one (XDG_CONFIG_HOME).
#   scripts/desktop.sh build/bin/kams     (needs DISPLAY, e.g. Xvfb)
set -euo pipefail
bin=$(realpath "$1")
[ -n "${DISPLAY:-}" ] || { echo "desktop: needs an X display (Xvfb)"; exit 1; }
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then exec dbus-run-session -- "$0" "$@"; fi

dir=$(mktemp -d)
export XDG_CONFIG_HOME="$dir/config"
data="$XDG_CONFIG_HOME/KAMS"
log="$data/log/kams.log"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "desktop: $*"; [ -f "$log" ] && tail -20 "$log"; exit 1; }
until_() { for _ in $(seq 300); do if eval "$1"; then return 0; fi; sleep 0.05; done; fail "timed out: $2"; }
window_of() { xdotool search --onlyvisible --pid "$1" --name '^KAMS$' 2>/dev/null | head -1; }
placed() { local n; n=$(grep -c 'msg="window placed"' "$log" 2>/dev/null) || true; echo "${n:-0}"; }
geometry() { xdotool getwindowgeometry "$1" | awk '/Position/{split($2,p,","); x=p[1]; y=p[2]} /Geometry/{print $2 "+" x "+" y}'; }

start() { # start BOOK NAME: the app on BOOK, its pid in $pid, its window in $win
  local n
  n=$(placed)
  "$bin" --db "$dir/$1" >"$dir/$2.out" 2>&1 &
  pid=$!
  pids+=("$pid")
  until_ '[ -n "$(window_of $pid)" ]' "a window for $1"
  win=$(window_of "$pid")
  until_ '[ "$(placed)" -gt "$n" ]' "the window of $1 to be placed"
}

# 1. The remembered window.
start a.db first
xdotool windowsize "$win" 1100 700
xdotool windowmove "$win" 37 23
until_ 'grep -q "\"w\": 1100" "$data/window.json" 2>/dev/null' "window.json to hold the new size"
xdotool windowfocus --sync "$win"
xdotool key --clearmodifiers ctrl+q
until_ '! kill -0 $pid 2>/dev/null' "Ctrl+Q (the menu's Quit) to close the window"
start a.db again
got=$(geometry "$win")
[ "$got" = "1100x700+37+23" ] || fail "the window came back at $got, want 1100x700+37+23"
echo "desktop: the window came back where it was left (1100x700 at 37,23) after Ctrl+Q"
kill "$pid"; wait "$pid" 2>/dev/null || true

# A remembered position on no screen of this desk: centred instead.
sed -i 's/"x": 37/"x": 9000/' "$data/window.json"
start a.db offscreen
read -r sw sh < <(xdotool getdisplaygeometry)
got=$(geometry "$win")
want="1100x700+$(( (sw - 1100) / 2 ))+$(( (sh - 700) / 2 ))"
[ "$got" = "$want" ] || fail "a window remembered off-screen came back at $got, want $want (centred)"
echo "desktop: a window remembered off every screen came back centred ($got)"

# 2. Second launch: focus moves from another book's window to this one,
# which receives the file; the second process exits.
first=$pid firstwin=$win
start b.db other
xdotool windowfocus --sync "$win"
[ "$(xdotool getwindowfocus)" = "$win" ] || fail "could not focus the other book's window"
printf 'name\n' >"$dir/list.csv"
(cd "$dir" && exec "$bin" --db ./a.db list.csv) >"$dir/second.out" 2>&1 &
second=$!
pids+=("$second")
until_ '! kill -0 $second 2>/dev/null' "the second launch on a.db to exit"
until_ '[ "$(xdotool getwindowfocus)" = "$firstwin" ]' "the first window to come forward (focus is on $(xdotool getwindowfocus))"
kill -0 "$first" || fail "the first window died"
# (The page says what the file is once the first start's question is
# answered: e2e/desktop.test.mjs.)
until_ 'grep -q "msg=\"second launch\" files=1" "$log"' "the first window to receive the file"
echo "desktop: a second launch brought the first window forward and handed it list.csv"
