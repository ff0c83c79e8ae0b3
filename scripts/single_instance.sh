#!/usr/bin/env bash
# One window per book: a second launch on the same database hands over to
# the first window and exits, a launch on another database opens its own.
# Linux's lock is a D-Bus name, so this runs under a session bus of its own
# (dbus-run-session) when there is none.
#   scripts/single_instance.sh build/bin/kams     (needs DISPLAY, e.g. Xvfb)
set -euo pipefail
bin=$(realpath "$1")
[ -n "${DISPLAY:-}" ] || { echo "single-instance: needs an X display (Xvfb)"; exit 1; }
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then exec dbus-run-session -- "$0" "$@"; fi

dir=$(mktemp -d)
export XDG_CONFIG_HOME="$dir/config" # the log and window.json: this run's own
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$dir"; }
trap cleanup EXIT
windows() { xdotool search --onlyvisible --name '^KAMS$' 2>/dev/null | wc -l; }
until_() { for _ in $(seq 400); do if eval "$1"; then return 0; fi; sleep 0.05; done; echo "single-instance: timed out: $2"; exit 1; }

"$bin" --db "$dir/a.db" >"$dir/a.log" 2>&1 & pids+=($!); first=$!
until_ '[ "$(windows)" -ge 1 ]' "the first window"

# The same book, spelled another way: the second process exits, one window.
(cd "$dir" && exec "$bin" --db ./a.db) >"$dir/a2.log" 2>&1 & pids+=($!); second=$!
until_ '! kill -0 $second 2>/dev/null' "the second launch on a.db to exit"
sleep 1
kill -0 "$first" || { cat "$dir/a.log"; echo "single-instance: the first window died"; exit 1; }
[ "$(windows)" = 1 ] || { echo "single-instance: $(windows) windows on one book"; exit 1; }
echo "single-instance: a second launch on the same book left one window"

# Another book opens side by side.
"$bin" --db "$dir/b.db" >"$dir/b.log" 2>&1 & pids+=($!); other=$!
until_ '[ "$(windows)" -ge 2 ]' "a second window for b.db"
kill -0 "$other" || { cat "$dir/b.log"; echo "single-instance: b.db did not stay open"; exit 1; }
echo "single-instance: another book opened side by side"
