#!/usr/bin/env bash
# Training benchmark: Atelier (bench_training) and PyTorch (peer_training.py) side by side, with the
# same networks, optimizer, batch size and thread counts; prints both figures and their ratio.
#
#   1. Fashion-MNIST, the small CNN, 5 epochs: test accuracy (goal >= 92 %) and training images/s.
#   2. MobileNetV2 and ResNet-18 at 224 px on 300 poster JPEGs (1200x1600), decoding and
#      augmentation included: training images/s per epoch (goal >= PyTorch's).
#
# Usage: tests/benchmarks/run-training-benchmark.sh [build-dir]     (default: build/release)
# Environment: THREADS (compute threads, both sides; default 2), PEER_WORKERS (DataLoader worker
# processes; default 2), FM_EPOCHS (default 5), SCAN_EPOCHS (default 2), SCAN_COUNT (default 300).
# Figures are only meaningful on a quiet machine: the load average is printed before each step.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
threads="${THREADS:-2}"
peer_workers="${PEER_WORKERS:-2}"
fm_epochs="${FM_EPOCHS:-5}"
scan_epochs="${SCAN_EPOCHS:-2}"
scan_count="${SCAN_COUNT:-300}"
python=/usr/bin/python3
fixtures="${TMPDIR:-/tmp}/atelier-bench/posters-1200x1600"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

# OpenMP threads spin while they wait for work; when another process (or the other side's data
# workers) needs the cores, spinning steals their time. Passive waiting treats both sides alike.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

[ -d "$build" ] || cmake --preset release
cmake --build "$build" --target bench_training

echo "== machine: $(nproc) cores; compute threads on both sides: $threads; OMP_WAIT_POLICY=$OMP_WAIT_POLICY"
blas="$(update-alternatives --display libblas.so.3-x86_64-linux-gnu 2>/dev/null | sed -n 's/.*link currently points to //p')"
echo "== libblas.so.3 -> ${blas:-unknown}"
case "$blas" in
  *openblas*) ;;
  *) echo "WARNING: LibTorch is not using OpenBLAS: install libopenblas0-pthread (packaging/install-deps.sh)" ;;
esac

load() { echo "-- load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

# run NAME COMMAND...: runs one side, shows its output, keeps its last line (the JSON figures).
run() {
  local name="$1"
  shift
  load
  "$@" | tee "$results/$name.log"
  tail -n 1 "$results/$name.log" > "$results/$name.json"
}

run fm-atelier "$build/bin/bench_training" --fashion-mnist --epochs "$fm_epochs" --batch 128 --threads "$threads"
run fm-pytorch "$python" tests/benchmarks/peer_training.py --fashion-mnist --epochs "$fm_epochs" --batch 128 --threads "$threads"

for model in mobilenet_v2 resnet18; do
  run "$model-atelier" "$build/bin/bench_training" --scans --model "$model" --count "$scan_count" --epochs "$scan_epochs" \
      --batch 32 --threads "$threads" --fixtures "$fixtures"
  run "$model-pytorch" "$python" tests/benchmarks/peer_training.py --scans "$fixtures" --model "$model" --epochs "$scan_epochs" \
      --batch 32 --threads "$threads" --workers "$peer_workers"
done

"$python" - "$results" <<'EOF'
import json, sys
folder = sys.argv[1]
figures = lambda name: json.load(open(f"{folder}/{name}.json"))
print("\n== Training benchmark summary (ratio = Atelier / PyTorch)")
a, p = figures("fm-atelier"), figures("fm-pytorch")
print(f"Fashion-MNIST small CNN   test accuracy   Atelier {a['testAccuracy']*100:6.2f} %   PyTorch {p['testAccuracy']*100:6.2f} %"
      f"   goal >= 92 %: {'met' if a['testAccuracy'] >= 0.92 else 'NOT met'}")
ratio = a['imagesPerSecond'] / p['imagesPerSecond']
print(f"Fashion-MNIST small CNN   images/s        Atelier {a['imagesPerSecond']:8.1f}   PyTorch {p['imagesPerSecond']:8.1f}"
      f"   ratio {ratio:4.2f}x   goal >= 1.0x: {'met' if ratio >= 1.0 else 'NOT met'}"
      f"   (threads {a['threads']}/{p['threads']})")
for model in ("mobilenet_v2", "resnet18"):
    a, p = figures(f"{model}-atelier"), figures(f"{model}-pytorch")
    for epoch, (x, y) in enumerate(zip(a['epochImagesPerSecond'], p['epochImagesPerSecond']), 1):
        note = "decoding every image" if epoch == 1 else "Atelier from its cache"
        print(f"{model:<12} 224 px epoch {epoch}  images/s   Atelier {x:8.1f}   PyTorch {y:8.1f}   ratio {x / y:4.2f}x   ({note})")
    ratio = a['imagesPerSecond'] / p['imagesPerSecond']
    print(f"{model:<12} 224 px overall  images/s   Atelier {a['imagesPerSecond']:8.1f}   PyTorch {p['imagesPerSecond']:8.1f}"
          f"   ratio {ratio:4.2f}x   goal >= 1.0x: {'met' if ratio >= 1.0 else 'NOT met'}"
          f"   (compute threads {a['threads']}/{p['threads']}, data workers {a['dataWorkers']} threads / {p['dataWorkers']} processes)")
EOF
