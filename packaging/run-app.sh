#!/usr/bin/env bash
# Set-up, build and start the desktop application (extra arguments are
# passed on, e.g. a CLI command).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/app/posthog-console "$@"
