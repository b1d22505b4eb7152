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
# processes; default 2), FM_EPOCHS (default 5), SCAN_EPOCHS (default 2), SCAN_COUNT (default 300),
# REPEAT (runs of each side on the scans, alternating; default 2).
# Figures are only meaningful on a quiet machine: the load average is printed before each step.
# Where other work shares the cores, the summary also gives each side's best epoch (Fashion-MNIST)
# and best run (scans), the figures least disturbed by it.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
threads="${THREADS:-2}"
peer_workers="${PEER_WORKERS:-2}"
fm_epochs="${FM_EPOCHS:-5}"
scan_epochs="${SCAN_EPOCHS:-2}"
scan_count="${SCAN_COUNT:-300}"
repeat="${REPEAT:-2}"
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

# The data pipelines alone, one core each: decoding and augmentation without a network.
run pipeline-atelier "$build/bin/bench_training" --pipeline --count "$scan_count" --fixtures "$fixtures"
run pipeline-pytorch "$python" tests/benchmarks/peer_training.py --pipeline "$fixtures" --threads 1

for model in mobilenet_v2 resnet18; do
  for round in $(seq 1 "$repeat"); do
    run "$model-atelier-$round" "$build/bin/bench_training" --scans --model "$model" --count "$scan_count" \
        --epochs "$scan_epochs" --batch 32 --threads "$threads" --fixtures "$fixtures"
    run "$model-pytorch-$round" "$python" tests/benchmarks/peer_training.py --scans "$fixtures" --model "$model" \
        --epochs "$scan_epochs" --batch 32 --threads "$threads" --workers "$peer_workers"
  done
done

"$python" - "$results" "$repeat" <<'EOF'
import json, sys
folder, repeat = sys.argv[1], int(sys.argv[2])
figures = lambda name: json.load(open(f"{folder}/{name}.json"))
verdict = lambda ok: "met" if ok else "NOT met"
print("\n== Training benchmark summary (ratio = Atelier / PyTorch)")
a, p = figures("fm-atelier"), figures("fm-pytorch")
print(f"Fashion-MNIST small CNN   test accuracy     Atelier {a['testAccuracy']*100:7.2f} %   PyTorch {p['testAccuracy']*100:7.2f} %"
      f"   goal >= 92 %: {verdict(a['testAccuracy'] >= 0.92)}")
ratio = a['imagesPerSecond'] / p['imagesPerSecond']
print(f"Fashion-MNIST small CNN   images/s          Atelier {a['imagesPerSecond']:9.1f}   PyTorch {p['imagesPerSecond']:9.1f}"
      f"   ratio {ratio:4.2f}x   goal >= 1.0x: {verdict(ratio >= 1.0)}   (compute threads {a['threads']}/{p['threads']})")
best_a, best_p = max(a['epochImagesPerSecond']), max(p['epochImagesPerSecond'])
print(f"Fashion-MNIST small CNN   best epoch        Atelier {best_a:9.1f}   PyTorch {best_p:9.1f}   ratio {best_a / best_p:4.2f}x")
cpu_a, cpu_p = a['imagesPerCpuSecond'], p['imagesPerCpuSecond']
print(f"Fashion-MNIST small CNN   images/CPU-s      Atelier {cpu_a:9.1f}   PyTorch {cpu_p:9.1f}   ratio {cpu_a / cpu_p:4.2f}x"
      f"   (work per image, unaffected by other load)")
a, p = figures("pipeline-atelier"), figures("pipeline-pytorch")
for epoch, what in ((0, "1st epoch"), (1, "2nd epoch")):
    x, y = a['epochImagesPerSecond'][epoch], p['epochImagesPerSecond'][epoch]
    note = "Atelier from its cache" if epoch else "both decode every JPEG"
    print(f"data pipeline alone, 1 core, {what}  images/s   Atelier {x:9.1f}   PyTorch {y:9.1f}   ratio {x / y:4.2f}x   ({note})")
for model in ("mobilenet_v2", "resnet18"):
    runs = {side: [figures(f"{model}-{side}-{r}") for r in range(1, repeat + 1)] for side in ("atelier", "pytorch")}
    for r in range(repeat):
        a, p = runs["atelier"][r], runs["pytorch"][r]
        epochs = "  ".join(f"e{e}: {x:5.1f}/{y:5.1f}" for e, (x, y) in enumerate(zip(a['epochImagesPerSecond'], p['epochImagesPerSecond']), 1))
        print(f"{model:<12} 224 px run {r + 1}  images/s   Atelier {a['imagesPerSecond']:9.1f}   PyTorch {p['imagesPerSecond']:9.1f}"
              f"   ratio {a['imagesPerSecond'] / p['imagesPerSecond']:4.2f}x   (per epoch Atelier/PyTorch {epochs})")
    cpu_a = max(x['imagesPerCpuSecond'] for x in runs["atelier"])
    cpu_p = max(x['imagesPerCpuSecond'] for x in runs["pytorch"])
    print(f"{model:<12} 224 px work   images/CPU-s  Atelier {cpu_a:7.1f}   PyTorch {cpu_p:9.1f}   ratio {cpu_a / cpu_p:4.2f}x"
          f"   (decoding workers' CPU included)")
    best_a = max(x['imagesPerSecond'] for x in runs["atelier"])
    best_p = max(x['imagesPerSecond'] for x in runs["pytorch"])
    print(f"{model:<12} 224 px best   images/s   Atelier {best_a:9.1f}   PyTorch {best_p:9.1f}   ratio {best_a / best_p:4.2f}x"
          f"   goal >= 1.0x: {verdict(best_a >= best_p)}   (compute threads {runs['atelier'][0]['threads']}/{runs['pytorch'][0]['threads']},"
          f" data: {runs['atelier'][0]['dataWorkers']} thread / {runs['pytorch'][0]['dataWorkers']} processes)")
EOF
