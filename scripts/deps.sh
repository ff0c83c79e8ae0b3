#!/usr/bin/env bash
# Installs what KAMS needs on a Debian/Ubuntu machine, only what is missing:
#   scripts/deps.sh run    the GTK/WebKit libraries to build and run the app
#   scripts/deps.sh test   those plus Xvfb, Chromium, poppler and a CJK font
# then the frontend's npm packages (exactly as locked) and the Wails CLI
# (the version go.mod pins, built with the Go toolchain).
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests' S3 server (versitygw, an S3 gateway over a folder; pinned) is
# built with the Go toolchain: 3–4 minutes cold, so it starts first, in the
# background, and everything else installs meanwhile.
VERSITYGW=v1.8.0
vgw_pid=""
if [ "${1:-run}" = test ] && command -v go >/dev/null &&
  [ "$(cat build/bin/.versitygw-version 2>/dev/null)" != "$VERSITYGW" ]; then
  mkdir -p build/bin tmp
  (GOBIN="$PWD/build/bin" go install "github.com/versity/versitygw/cmd/versitygw@$VERSITYGW" >tmp/versitygw-install.log 2>&1 &&
    echo "$VERSITYGW" >build/bin/.versitygw-version) &
  vgw_pid=$!
fi

need=(libgtk-3-dev libwebkit2gtk-4.1-dev pkg-config fonts-wqy-microhei)
if [ "${1:-run}" = test ]; then
  need+=(xvfb x11-utils xdotool imagemagick poppler-utils chromium file dbus-daemon nsis 7zip)
fi

if [ "$(uname -s)" = Linux ] && command -v dpkg >/dev/null; then
  missing=()
  for p in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "deps: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

command -v go >/dev/null || { echo "deps: Go is required (see README)"; exit 1; }
command -v npm >/dev/null || { echo "deps: Node.js and npm are required (see README)"; exit 1; }

# npm ci only when the lock changed since the last install.
if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
fi

# The Wails CLI is a `tool` of go.mod: same version as the library.
go build -o build/bin/wails github.com/wailsapp/wails/v2/cmd/wails

if [ -n "$vgw_pid" ]; then
  wait "$vgw_pid" || { cat tmp/versitygw-install.log; echo "deps: versitygw $VERSITYGW did not build"; exit 1; }
fi
