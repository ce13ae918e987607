#!/usr/bin/env bash
# Installs what building, running and testing PostHog Admin Console needs on
# Debian 12. Idempotent: packages already present are left alone (apt-get
# install of a present package may upgrade it), so a second run is quick.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libyaml-cpp-dev qtkeychain-qt6-dev libsecret-1-0
  # run
  qt6-qpa-plugins fonts-dejavu-core
  # SVG icons (window icon, action icons) load through its icon engine plugin
  libqt6svg6
  # test: real secret service, X server for screenshots, compose validation,
  # a real Prometheus server, the reference parser for the benchmark,
  # throw-away certificates for the TLS tests
  gnome-keyring dbus dbus-x11 xvfb xauth docker-compose prometheus
  python3-prometheus-client shellcheck openssl
  # packaging: .deb dependencies (dpkg-shlibdeps, and file to find the ELF
  # files), checks of the .desktop and metainfo files, man page rendering
  dpkg-dev file desktop-file-utils appstream groff-base man-db
  # fuzzing: clang 14 with its libFuzzer and sanitizer runtimes (fuzz preset)
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
