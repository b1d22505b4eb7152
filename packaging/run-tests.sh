#!/usr/bin/env bash
# Installs what Atelier needs, builds everything and runs the whole test suite (CTest).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset release
cmake --build --preset release
ctest --preset release --parallel "$(nproc)"
