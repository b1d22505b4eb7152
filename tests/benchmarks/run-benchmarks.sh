#!/usr/bin/env bash
# Builds and runs every benchmark, printing the figures side by side with their goals.
# Usage: tests/benchmarks/run-benchmarks.sh [build-dir]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
[ -d "$build" ] || cmake --preset release
cmake --build "$build" --target bench_import bench_projectopen
"$build/bin/bench_import" --count 2000 --threads 2
"$build/bin/bench_projectopen" --images 100000
cmake --build "$build" --target bench_dedup bench_borders bench_relabel bench_relabel_studio atelier-cli
"$build/bin/bench_relabel"
"$build/bin/bench_relabel_studio"
"$build/bin/bench_dedup" --threads 2
"$build/bin/bench_borders" --threads 2
# The same two searches scored on scans made another way (Pillow), through atelier-cli's JSON.
tests/benchmarks/independent_curation_set.py --cli "$build/bin/atelier-cli"
