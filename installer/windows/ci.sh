#!/usr/bin/env bash
# CI's Windows part, called by .ci/run: install what building and testing the Windows installer needs, build
# it (make windows) and run its smoke test under Wine (make windows-smoke), each timed.
#
# The downloads (the embeddable CPython and the win_amd64 wheels, ~170 MB) are cached in
# QAMQOR_WINDOWS_CACHE, by default /var/cache/qamqor-windows when run as root (CI), which outlives the
# clone: a second run asks PyPI nothing unless pyproject.toml's dependencies changed.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" = 0 ]; then
  export QAMQOR_WINDOWS_CACHE="${QAMQOR_WINDOWS_CACHE:-/var/cache/qamqor-windows}"
fi

# Debian's Wine (64-bit only: Qamqor is a 64-bit program), NSIS's makensis, MinGW for the launcher and the
# test-only stand-in DLLs, poppler for pdftotext. Another apt run may hold the lock for a while: waited for.
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  wanted=(wine wine64 nsis gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 poppler-utils)
  missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

seconds() { date +%s; }
began=$(seconds)
make windows
built=$(seconds)
make windows-smoke
smoked=$(seconds)
echo "Windows installer: built in $((built - began)) s, smoke test in $((smoked - built)) s"
