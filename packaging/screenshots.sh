#!/bin/bash
# Screenshots of every wizard page for the README, taken from the real
# application under Xvfb with the guide's example profile.
#   bash packaging/screenshots.sh [OUTPUT_DIR]     (default: packaging/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-packaging/screenshots}
bash packaging/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target posthog-console
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/run"
# A throw-away HOME: the run must not touch the user's settings or keyring.
HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run" \
    xvfb-run -a -s "-screen 0 1280x900x24" \
    ./build/release/app/posthog-console --no-keychain --screenshots "$out"
