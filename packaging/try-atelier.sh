#!/usr/bin/env bash
# Installs what Atelier needs, builds it, writes a demo project and opens the studio on it.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --target atelier atelier-cli atelier-csvimporter

demo="${ATELIER_DEMO_DIR:-$HOME/Atelier Demo}"
if [ ! -f "$demo/demo.atelier" ]; then
  build/release/bin/atelier-cli demo "$demo"
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: start the studio from a desktop session with:"
  echo "  build/release/bin/atelier \"$demo/demo.atelier\""
  exit 0
fi
exec build/release/bin/atelier "$demo/demo.atelier"
