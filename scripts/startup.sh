#!/usr/bin/env bash
# Times the production window from launch to Home drawn, from outside the
# app: the page reports its first drawn screen (System.Drawn) and, with
# KAMS_STARTUP_PROBE=1, the app prints "kams: drawn home". Runs each database
# RUNS times (default 5) on a copy and prints every time and the median.
#   scripts/startup.sh build/bin/kams DB...
# Needs an X display (Xvfb). The first run warms the disk cache.
set -euo pipefail
bin=$(realpath "$1"); shift
runs=${RUNS:-5}
[ -n "${DISPLAY:-}" ] || { echo "startup: needs an X display (Xvfb)"; exit 1; }
for src in "$@"; do
  dir=$(mktemp -d)
  times=()
  for i in $(seq 0 "$runs"); do
    cp "$src" "$dir/kams.db"
    rm -f "$dir/kams.db-wal" "$dir/kams.db-shm"
    : >"$dir/out.log"
    start=$(date +%s%N)
    KAMS_STARTUP_PROBE=1 "$bin" --db "$dir/kams.db" >"$dir/out.log" 2>&1 &
    pid=$!
    drawn=""
    for _ in $(seq 1000); do
      if grep -q "kams: drawn home" "$dir/out.log"; then drawn=$(date +%s%N); break; fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.01
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -n "$drawn" ] || { cat "$dir/out.log"; echo "startup: Home was never drawn"; exit 1; }
    ms=$(( (drawn - start) / 1000000 ))
    [ "$i" -eq 0 ] || times+=("$ms")
  done
  rm -rf "$dir"
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "startup: $(basename "$src"): launch to Home drawn ${times[*]} ms; median ${median} ms"
done
