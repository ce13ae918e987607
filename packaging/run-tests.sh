#!/usr/bin/env bash
# Set-up, build and every test, as the README's test command runs it:
#  1. the dev preset (debug, warnings as errors): every suite;
#  2. the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, GUI
#     included): every suite but the benchmarks, failing on any report;
#  3. packaging/run-fuzzers.sh: each libFuzzer target for about a minute.
# PHC_TEST_STAGES picks stages (default "dev asan fuzz"); arguments go to ctest.
# Tests needing a secret service run inside a private D-Bus session with an
# unlocked gnome-keyring, so nothing on the host is touched.
set -euo pipefail
cd "$(dirname "$0")/.."

stages=${PHC_TEST_STAGES:-dev asan fuzz}
has_stage() { case " $stages " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

bash packaging/setup-debian.sh

runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY

# Builds a preset and runs its test preset (which sets the sanitizer options).
build_and_test() {
  local preset=$1
  shift
  echo "== $preset: build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== $preset: tests"
  # shellcheck disable=SC2016 # expanded by the inner shell
  timeout 3000 dbus-run-session -- sh -c '
    eval "$(printf posthog-console-tests | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    exec ctest "$@"
  ' sh --preset "$preset" "$@"
}

if has_stage dev; then build_and_test dev "$@"; fi
if has_stage asan; then build_and_test asan "$@"; fi
if has_stage fuzz; then bash packaging/run-fuzzers.sh; fi
