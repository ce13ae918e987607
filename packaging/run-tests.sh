#!/usr/bin/env bash
# Set-up, build and every test, as the README's test command runs it.
# Tests needing a secret service run inside a private D-Bus session with an
# unlocked gnome-keyring, so nothing on the host is touched.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/setup-debian.sh
cmake --preset dev >/dev/null
cmake --build --preset dev

runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY

exec timeout 3000 dbus-run-session -- sh -c '
  eval "$(printf posthog-console-tests | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  exec ctest --preset dev "$@"
' sh "$@"
