#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# talks to a real Secret Service backend (no insecure fallback) in tests and CI.
set -euo pipefail
if [ -z "${B24_IN_TEST_SESSION:-}" ] && command -v dbus-run-session >/dev/null 2>&1; then
  export B24_IN_TEST_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
if command -v gnome-keyring-daemon >/dev/null 2>&1; then
  export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}
  eval "$(printf 'b24-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
fi
exec "$@"
