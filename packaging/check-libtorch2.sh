#!/bin/sh
# Compiles every LibTorch translation unit of a configured build against LibTorch 2.x headers,
# without linking: Debian 12 packages LibTorch 1.13, but Atelier's code must also build against the
# 2.x releases (the CUDA LibTorch inside PyTorch wheels, newer Debian releases).
#
#   packaging/check-libtorch2.sh [BUILD_DIR]      (default build/dev; needs its compile_commands.json)
#
# The headers come from Debian 13's libtorch-dev (LibTorch 2.6), fetched from Debian's archive once
# into ~/.cache/atelier and checked against the SHA-256 below. Prints each unit and any error;
# exits 1 when one fails.
set -eu

build_dir=${1:-build/dev}
commands="$build_dir/compile_commands.json"
version=2.6.0+dfsg-7
package="libtorch-dev_${version}_amd64.deb"
url="http://deb.debian.org/debian/pool/main/p/pytorch/$package"
sha256=d63886ac7482184e96d38cbbbb346430f1cc3a68b59319eb2ca1ababd501535b
cache="${XDG_CACHE_HOME:-$HOME/.cache}/atelier/libtorch-$version"

if [ ! -f "$commands" ]; then
    echo "check-libtorch2: $commands is missing: configure the build first (cmake --preset dev)" >&2
    exit 2
fi
if [ ! -d "$cache/root/usr/include/torch" ]; then
    mkdir -p "$cache"
    echo "Fetching $package from Debian's archive ..."
    curl -fsSL -o "$cache/$package" "$url"
    echo "$sha256  $cache/$package" | sha256sum -c --quiet -
    dpkg-deb -x "$cache/$package" "$cache/root"
fi

/usr/bin/python3 - "$commands" "$cache/root/usr/include" <<'EOF'
import json, re, shlex, subprocess, sys

commands, include = sys.argv[1], sys.argv[2]
uses_torch = re.compile(r'#include [<"](torch/|ATen/|c10/|modelzoo_p\.h|optimizers_p\.h|torcharchive\.h)')
failed = checked = 0
seen = set()
for entry in json.load(open(commands)):
    source = entry["file"]
    if source in seen or not source.endswith(".cpp"):
        continue
    seen.add(source)
    with open(source, errors="ignore") as text:
        if not uses_torch.search(text.read()):
            continue
    words = shlex.split(entry["command"])
    argv, i = [], 0
    while i < len(words):
        if words[i] == "-o" or (words[i] == "-include" and "cmake_pch" in words[i + 1]):
            i += 2
            continue
        if words[i] != "-Winvalid-pch":
            argv.append(words[i])
        i += 1
    # Ahead of the system's 1.13 headers, which stay on the default search path.
    argv[1:1] = ["-fsyntax-only", "-w", "-I" + include, "-I" + include + "/torch/csrc/api/include"]
    result = subprocess.run(argv, cwd=entry["directory"], capture_output=True, text=True)
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    print(("ok    " if result.returncode == 0 else "FAIL  ") + source, flush=True)
    for line in errors[:8]:
        print("      " + line)
    checked += 1
    failed += result.returncode != 0
print("%d of %d LibTorch units compile against the LibTorch 2.x headers" % (checked - failed, checked))
sys.exit(1 if failed else 0)
EOF
