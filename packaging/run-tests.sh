#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs the whole test
# suite headless. .ci/run calls exactly this.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${B24_BUILD_DIR:-$root/build}

bash "$root/packaging/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DB24_BUILD_TESTS=ON -DB24_BUILD_BENCHMARKS=ON -DB24_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

# The JavaScript SDK check needs Node.js and the SDK from npm; skipped (and said so) without Node.
if command -v npm >/dev/null 2>&1 && [ -f "$root/tests/sandbox/jssdk/package.json" ]; then
  (cd "$root/tests/sandbox/jssdk" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || echo "run-tests: npm ci for the JS SDK test failed; that test will report it" >&2
fi

export QT_QPA_PLATFORM=offscreen
# A private D-Bus session with an unlocked gnome-keyring gives QtKeychain a real Secret Service.
exec bash "$root/packaging/with-test-session.sh" \
  ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 300
