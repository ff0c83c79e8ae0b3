#!/usr/bin/env bash
# Smoke test of a production build: start it on a fresh database under X,
# wait for the KAMS window to map, take a screenshot, check the database
# file is private (0600). Prints the start-up time (launch → window mapped).
#   scripts/smoke.sh build/bin/kams
set -euo pipefail
bin=$(realpath "$1")
out=${SMOKE_OUT:-tmp}
mkdir -p "$out"
dir=$(mktemp -d)
export XDG_CONFIG_HOME="$dir/config" # the log and window.json: this run's own
db="$dir/sub dir/kams.db"
mkdir -p "$(dirname "$db")"
[ -n "${DISPLAY:-}" ] || { echo "smoke: needs an X display (Xvfb)"; exit 1; }

start=$(date +%s%N)
"$bin" --db "$db" >"$dir/app.log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

mapped=""
for _ in $(seq 300); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"KAMS"'; then mapped=$(date +%s%N); break; fi
  kill -0 "$pid" 2>/dev/null || { cat "$dir/app.log"; echo "smoke: the app exited"; exit 1; }
  sleep 0.05
done
[ -n "$mapped" ] || { cat "$dir/app.log"; echo "smoke: no window titled KAMS within 15 s"; exit 1; }
echo "smoke: window mapped in $(( (mapped - start) / 1000000 )) ms"

# Wait until the page has painted the sample offer (the database is new).
sleep 2
/usr/bin/import -window root "$out/smoke.png"
echo "smoke: screenshot $out/smoke.png"
colors=$(/usr/bin/convert "$out/smoke.png" -format '%k' info:)
[ "$colors" -gt 50 ] || { echo "smoke: the window looks blank ($colors colours)"; exit 1; }

[ -f "$db" ] || { echo "smoke: no database at $db"; exit 1; }
mode=$(stat -c '%a' "$db")
[ "$mode" = 600 ] || { echo "smoke: database mode $mode, want 600"; exit 1; }
echo "smoke: database $db is 0600"
