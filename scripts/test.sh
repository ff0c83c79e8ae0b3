#!/usr/bin/env bash
# Runs every KAMS test, fast ones first; stops at the first failure.
# Expects scripts/deps.sh test to have run (make test does both).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/build/bin:$PATH"
# The replication tests start this S3 server on 127.0.0.1 (scripts/deps.sh
# builds it) and fail rather than skip without it. No AWS_* setting of the
# machine (a CA bundle, a profile, keys) reaches the tests.
export KAMS_VERSITYGW="$PWD/build/bin/versitygw" KAMS_REQUIRE_S3=1
for v in $(env | grep -o '^AWS_[A-Za-z0-9_]*' || true); do unset "$v"; done
WAILS=build/bin/wails
mkdir -p tmp
step() { printf '\n== %s\n' "$*"; SECONDS=0; }
done_() { printf -- '-- ok (%ss)\n' "$SECONDS"; }

step "gofmt"
bad=$(gofmt -l $(git ls-files '*.go'))
[ -z "$bad" ] || { echo "not gofmt'ed: $bad"; exit 1; }
done_

step "go vet"
go vet ./...
done_

# The race-enabled run takes about 3 minutes on a quiet 2-core machine; the
# timeout leaves room for a busy one and still fails well inside CI's time.
step "go test -race"
go test -race -count=1 -timeout 10m ./...
done_

# No test may depend on the day or the time zone it runs in: the packages
# that handle dates run again in two other zones, with the shared test
# clock (backend/clock/clocktest) started on other days — a month end in a
# leap-free February, and late on New Year's Eve, when the local day and
# the UTC day differ.
step "go test on other days and in other time zones"
datepkgs=(./backend/clock/... ./backend/domain ./backend/service ./backend/store ./backend/report ./backend/importer ./backend/listexport ./backend/notify ./app/cli)
# (The replication and kill tests handle no dates: they run once, above.)
nodates='Replica|Replication|Kill'
TZ=Asia/Shanghai KAMS_TEST_START=2027-02-28 go test -count=1 -timeout 5m -skip "$nodates" "${datepkgs[@]}"
TZ=America/Los_Angeles KAMS_TEST_START="2026-12-31 23:30" go test -count=1 -timeout 5m -skip "$nodates" "${datepkgs[@]}"
done_

# The hostile import files of issue 14 (a sheet claiming 1,048,576 rows,
# shared strings that unpack to 50 MB, 200,000 rows with the last one
# bad): the time (wall and CPU) and the peak memory of each check.
step "import: hostile files"
go test -count=1 -run '^$' -bench 'Hostile' -benchtime 1x -timeout 5m ./backend/importer | grep -E 'Benchmark|^ok'
done_

step "frontend: tsc --noEmit, vitest"
(cd frontend && npm run -s typecheck && npx vitest run --reporter=dot)
done_

step "bindings are up to date"
$WAILS generate module >/dev/null
if [ -n "$(git -c core.filemode=false status --porcelain -- frontend/wailsjs)" ]; then
  git -c core.filemode=false status --porcelain -- frontend/wailsjs
  echo "frontend/wailsjs is stale: run 'make bindings' and commit it"
  exit 1
fi
done_

step "frontend build"
(cd frontend && npm run -s build >/dev/null)
done_

# One X server for the end-to-end tests and the smoke test.
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1360x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
fi

# The big-book suite (e2e/scale.test.mjs) writes tmp/scale-5000.db with
# `kams demo --accounts 5000` once (about two minutes) and reports its
# measurements in tmp/e2e/scale-report.json.
step "end-to-end: real frontend, real Go backend, headless Chromium"
go build -tags "dev,webkit2_41" -o build/bin/kams-dev .
KAMS_DEV_BIN="$PWD/build/bin/kams-dev" node --test --test-concurrency=1 e2e/*.test.mjs
done_

step "production build and smoke test under Xvfb"
$WAILS build -s -m -tags webkit2_41 -ldflags "-X main.build=test" >tmp/wails-build.log 2>&1 || { cat tmp/wails-build.log; exit 1; }
scripts/smoke.sh build/bin/kams
done_

# One window per book: a second launch on the same file exits and leaves
# the first window; another book opens beside it.
step "single instance per book"
scripts/single_instance.sh build/bin/kams
done_

# The production window as a desktop program (xdotool): it comes back
# where it was left (Ctrl+Q through the menu), centred when that place is
# on no screen, and a second launch naming a file brings it forward.
step "desktop: remembered window, menu quit, second launch"
scripts/desktop.sh build/bin/kams
done_

# A measurement, not a check: launch to Home drawn with the sample and with
# the big book the end-to-end suite made (tmp/scale-5000.db).
step "start-up time of the production window"
rm -f tmp/sample.db && build/bin/kams demo --db tmp/sample.db >/dev/null
books=(tmp/sample.db)
[ -f tmp/scale-5000.db ] && books+=(tmp/scale-5000.db)
RUNS=3 scripts/startup.sh build/bin/kams "${books[@]}"
done_

# The Windows exe and its NSIS installer (per user, Start-menu shortcut,
# version from wails.json), checked as a PE and listed with 7-Zip. The
# release installer embeds WebView2's offline installer, which this machine
# cannot download: a release build without KAMS_WEBVIEW2_OFFLINE must fail,
# and the same script with a stand-in file shows where it goes.
step "Windows cross-build and installer"
scripts/installer.sh test
if env -u KAMS_WEBVIEW2_OFFLINE scripts/installer.sh release >/dev/null 2>&1; then echo "a release installer built without WebView2"; exit 1; fi
head -c 65536 /dev/urandom >tmp/stand-in-webview2.exe
(cd build/windows/installer && makensis -V1 -DKAMS_RELEASE "-DWEBVIEW2_OFFLINE=$PWD/../../../tmp/stand-in-webview2.exe" \
  "-DARG_WAILS_AMD64_BINARY=$PWD/../../bin/kams.exe" project.nsi)
7zz l build/bin/KAMS-amd64-installer.exe | grep -q 'MicrosoftEdgeWebView2RuntimeInstallerX64.exe$' || { echo "the offline WebView2 is not embedded"; exit 1; }
rm -f build/bin/KAMS-amd64-installer.exe # a stand-in inside: not an installer to ship
done_

echo
echo "all tests passed"
