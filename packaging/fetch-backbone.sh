#!/usr/bin/env bash
# Installs Atelier's starter backbone: the ImageNet-derived MobileNetV2 inside the npm package
# nsfwjs 4.4.0 (MIT), converted to Atelier's backbone format. Offline afterwards.
#
#   packaging/fetch-backbone.sh [--dest DIR]
#
# Fetches the package with `npm pack` (npm checks the registry's integrity hash), checks the
# SHA-256 of the model files inside against pinned digests, and writes
# DIR/nsfwjs-mobilenet-v2.backbone, DIR being $ATELIER_BACKBONE_DIR, else
# ${XDG_DATA_HOME:-~/.local/share}/atelier/backbones (where the studio and atelier-cli look).
# Needs node and npm (Debian: nodejs, npm). Does nothing when the backbone is already there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${ATELIER_BACKBONE_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/atelier/backbones}"
if [ "${1:-}" = "--dest" ] && [ -n "${2:-}" ]; then dest="$2"; fi
name="nsfwjs-mobilenet-v2"
target="$dest/$name.backbone"

if [ -s "$target" ]; then
  echo "fetch-backbone: $target is installed"
  exit 0
fi
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "fetch-backbone: $tool is missing (apt-get install nodejs npm); no backbone installed" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "fetch-backbone: fetching nsfwjs 4.4.0 from the npm registry"
(cd "$work" && npm pack --silent nsfwjs@4.4.0 >/dev/null)
tar -xzf "$work"/nsfwjs-4.4.0.tgz -C "$work" package/package.json \
  package/dist/models/mobilenet_v2/model.min.js package/dist/models/mobilenet_v2/group1-shard1of1.min.js
mkdir -p "$dest"
node "$here/fetch-backbone.js" nsfwjs "$work/package" "$target"
echo "fetch-backbone: installed $target"
