#!/usr/bin/env bash
# Installs every Debian 12 package that Atelier's build, tests and benchmarks use.
# Non-interactive and idempotent: running it again installs nothing new.
set -euo pipefail

packages=(
  # Toolchain
  build-essential cmake ninja-build ccache pkg-config git dpkg-dev file
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libgl-dev libvulkan-dev
  # Engine libraries
  libsqlite3-dev sqlite3 libssl-dev
  libopencv-dev libopencv-contrib-dev
  # The JPEG decoding tests encode their fixtures with libjpeg itself
  libjpeg62-turbo-dev
  libtorch-dev libgloo-dev
  # Training run descriptions
  libyaml-cpp-dev
  # An optimised BLAS: without it LibTorch falls back to the slow reference libblas.so.3
  libopenblas0-pthread
  # Plots
  libqcustomplot-dev libqcustomplot2.1-qt6
  # Running the studio headless (tests, screenshots)
  xvfb xauth x11-utils imagemagick fonts-dejavu-core
  # Benchmark peers and data
  python3 python3-numpy python3-pil python3-scipy python3-torch python3-torchvision
  dataset-fashion-mnist
  # Real colour photographs in folders by subject, for the transfer-learning benchmark
  tuxpaint-stamps-default
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

# The starter backbone (nsfwjs' MobileNetV2, from the npm registry; see README). Optional: without
# node, npm or the registry, the studio works without it. ATELIER_NO_BACKBONE=1 skips it.
fetch_backbone() {
  if [ -n "${ATELIER_NO_BACKBONE:-}" ]; then return 0; fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends nodejs npm >/dev/null 2>&1 || true
  fi
  "$(dirname "${BASH_SOURCE[0]}")/fetch-backbone.sh" \
    || echo "install-deps: no starter backbone installed (npm unreachable?); Atelier works without it" >&2
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  fetch_backbone
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fetch_backbone
