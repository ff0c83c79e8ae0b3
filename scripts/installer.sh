#!/usr/bin/env bash
# The Windows installer, cross-built on Linux with Debian's nsis:
#   scripts/installer.sh test      kams.exe and build/bin/KAMS-amd64-installer.exe
#                                  without WebView2 (installs only where the
#                                  runtime is present; CI builds this one)
#   scripts/installer.sh release   the same with WebView2's offline installer
#                                  embedded, from KAMS_WEBVIEW2_OFFLINE (the path
#                                  of MicrosoftEdgeWebView2RuntimeInstallerX64.exe,
#                                  Microsoft's "Evergreen Standalone Installer");
#                                  fails without it. This machine cannot download
#                                  it: fetch it on a machine with internet access.
# Then checks the installer is a valid PE and lists what it holds (7-Zip).
# The version is wails.json's info.productVersion (Wails writes it into the
# exe's version information and wails_tools.nsh).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-test}
out=build/bin/KAMS-amd64-installer.exe
case "$kind" in
test) ;;
release)
  if [ -z "${KAMS_WEBVIEW2_OFFLINE:-}" ] || [ ! -s "${KAMS_WEBVIEW2_OFFLINE}" ]; then
    echo "installer: a release installer must embed WebView2's offline installer, and KAMS_WEBVIEW2_OFFLINE" >&2
    echo "installer: does not name that file (MicrosoftEdgeWebView2RuntimeInstallerX64.exe, ~170 MB, from" >&2
    echo "installer: Microsoft's WebView2 download page, 'Evergreen Standalone Installer', x64). Nothing built." >&2
    exit 2
  fi
  ;;
*) echo "usage: scripts/installer.sh test|release" >&2; exit 2 ;;
esac
command -v makensis >/dev/null || { echo "installer: makensis missing (scripts/deps.sh test installs nsis)"; exit 1; }

rm -f "$out"
CGO_ENABLED=0 build/bin/wails build -s -m -skipbindings -platform windows/amd64 -nsis \
  -ldflags "-X main.build=${BUILD:-$kind}" >tmp/wails-installer.log 2>&1 || { cat tmp/wails-installer.log; exit 1; }
if [ "$kind" = release ]; then
  # Wails made the test installer; this one embeds the runtime's installer.
  (cd build/windows/installer && makensis -V2 -DKAMS_RELEASE "-DWEBVIEW2_OFFLINE=$(realpath "$KAMS_WEBVIEW2_OFFLINE")" \
    "-DARG_WAILS_AMD64_BINARY=$(realpath ../../bin/kams.exe)" project.nsi)
fi

file build/bin/kams.exe | grep -q 'PE32+ executable (GUI) x86-64' || { file build/bin/kams.exe; exit 1; }
file "$out" | grep -q 'PE32 executable (GUI).*Nullsoft Installer' || { file "$out"; echo "installer: not an NSIS PE"; exit 1; }
list=$(7zz l "$out")
echo "$list" | sed -n '/^---/,/^---/p'
echo "$list" | grep -q ' kams.exe$' || { echo "installer: kams.exe is not inside"; exit 1; }
if [ "$kind" = release ]; then
  echo "$list" | grep -q 'MicrosoftEdgeWebView2RuntimeInstallerX64.exe$' || { echo "installer: WebView2's installer is not inside"; exit 1; }
fi
want=$(sed -n 's/.*"productVersion": *"\([^"]*\)".*/\1/p' wails.json)
for f in "$out" build/bin/kams.exe; do
  strings -el "$f" | grep -A1 -x ProductVersion | grep -qx "$want" || { echo "installer: $f's version is not $want"; exit 1; }
done
echo "installer: $out ($kind, version $want, $(du -h "$out" | cut -f1))"
