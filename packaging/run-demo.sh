#!/usr/bin/env bash
# Installs what is missing, builds the app and opens it on the built-in sandbox portal with demo
# data (no real portal or token needed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${B24_BUILD_DIR:-$root/build}

bash "$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target b24-offline-queue

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-demo: built $build/app/gui/b24-offline-queue, but no display was found" >&2
  echo "run-demo: (DISPLAY and WAYLAND_DISPLAY are unset). Run this from a desktop session," >&2
  echo "run-demo: or over 'ssh -X', or try it headless: xvfb-run $0" >&2
  exit 2
fi
exec "$build/app/gui/b24-offline-queue" --demo "$@"
