#!/bin/sh
# Runs a command inside its own D-Bus session with a fresh, unlocked
# gnome-keyring, under a throw-away HOME: the real Secret Service, and never
# the user's own keyring.
set -eu
scratch=$(mktemp -d)
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/run" "$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run" HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config"
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
    eval "$(printf posthog-console-tests | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"' sh "$@"
