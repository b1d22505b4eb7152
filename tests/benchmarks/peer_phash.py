#!/usr/bin/python3
"""The Python side of bench_dedup's fingerprint throughput: a perceptual hash computed the way
imagededup's PHash computes it, on the same files, with the same number of worker processes.

For each image: Pillow opens and fully decodes it, converts it to RGB, resizes it to 32 x 32 with
Lanczos (imagededup's ANTIALIAS), converts that to grayscale, takes scipy's 2-D DCT, keeps the 8 x 8
low frequencies and sets each bit where the coefficient is at least their median (the DC term left
out of the median), as imagededup.methods.PHash does. Files are spread over a multiprocessing pool,
as imagededup's encode_images does.

  peer_phash.py --workers 2 --list FILES.txt   (one path per line)

The last line of output is one JSON object: images, seconds, imagesPerSecond, cpuSeconds (of the
workers and this process: the figure to compare on a busy machine), workers.
"""
import argparse
import json
import multiprocessing
import resource
import sys
import time

import numpy as np
from PIL import Image
from scipy.fftpack import dct

LANCZOS = getattr(Image, "Resampling", Image).LANCZOS


def phash(path):
    image = Image.open(path)
    if image.mode != "RGB":
        image = image.convert("RGBA").convert("RGB")
    pixels = np.asarray(image.resize((32, 32), LANCZOS).convert("L"), dtype=np.uint8)
    coefficients = dct(dct(pixels, axis=0), axis=1)[:8, :8]
    median = np.median(coefficients.flatten()[1:])
    bits = (coefficients >= median).flatten()
    return "".join("%x" % int("".join("1" if b else "0" for b in bits[i:i + 4]), 2) for i in range(0, 64, 4))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", required=True, help="a file listing the images, one path per line")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with open(args.list, encoding="utf-8") as listing:
        files = [line.strip() for line in listing if line.strip()]

    def cpu_seconds():
        usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        return sum(u.ru_utime + u.ru_stime for u in usage)

    cpu_start = cpu_seconds()
    start = time.perf_counter()
    pool = multiprocessing.Pool(args.workers)
    hashes = pool.map(phash, files, chunksize=max(1, len(files) // (args.workers * 16)))
    pool.close()
    pool.join()  # the workers' CPU time is counted once they are reaped
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_start

    assert len(hashes) == len(files)
    print(json.dumps({"images": len(files), "seconds": seconds, "imagesPerSecond": len(files) / seconds,
                      "cpuSeconds": cpu, "workers": args.workers}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
