#!/usr/bin/python3
"""An independent check of near-duplicate search and border detection: scans made another way.

bench_dedup and bench_borders draw their scans with Atelier's own C++ fixtures, the ones the
methods were tuned on. This script makes a second set with Pillow instead: posters composed of
Tux Paint's photographs and drawings, DejaVu titles and other layouts; Pillow's resampling, JPEG
encoder and rotation for the variants; other border styles. Then it runs atelier-cli on the folders
and scores its JSON, as an outside check would:

  duplicates: every variant the issue names (rescaled 0.3x to 2x, JPEG quality 40, cropped up to
    8%, brightness, contrast, gamma, rotated 1.5 to 3 degrees on a growing canvas and within the
    frame, grayscale, and all at once) must be
    grouped with its original; different crops of one scene and posters of one design family
    must not. Scored as precision, recall and F1 over pairs.
  borders: mean IoU of the proposed rectangles on bordered scans, and the share of borderless
    posters given a rectangle (false crops).

  independent_curation_set.py --cli build/release/bin/atelier-cli [--work DIR] [--posters N] [--seed S]

Needs python3-pil, python3-numpy, fonts-dejavu-core and tuxpaint-stamps-default (all installed by
packaging/install-deps.sh). The last line of output is one JSON object with the figures.
"""
import argparse
import glob
import io
import itertools
import json
import math
import os
import random
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

STAMPS = "/usr/share/tuxpaint/stamps"
FONTS = "/usr/share/fonts/truetype/dejavu"
SYLLABLES = ["ca", "ba", "ret", "lu", "mi", "ère", "sa", "lon", "thé", "â", "tre", "pa", "ris", "nou", "veau",
             "mo", "der", "ne", "ex", "po", "si", "tion", "ma", "gic", "vin", "cho", "co", "lat", "bi", "cy", "clet"]


def word(rng, syllables=3):
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).upper()


def font(name, size):
    return ImageFont.truetype(os.path.join(FONTS, name), size)


class Stamps:
    """Tux Paint's stamps: photographs and drawings with transparent backgrounds."""

    def __init__(self):
        self.paths = sorted(p for p in glob.glob(os.path.join(STAMPS, "**", "*.png"), recursive=True)
                            if os.path.getsize(p) > 20000)
        if not self.paths:
            sys.exit("no Tux Paint stamps in %s (apt-get install tuxpaint-stamps-default)" % STAMPS)

    def pick(self, rng, size):
        image = Image.open(rng.choice(self.paths)).convert("RGBA")
        scale = size / max(image.size)
        return image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))), Image.LANCZOS)


def gradient(size, top, bottom, rng, grain=6):
    width, height = size
    t = np.linspace(0, 1, height)[:, None, None]
    pixels = (1 - t) * np.array(top)[None, None, :] + t * np.array(bottom)[None, None, :]
    pixels = np.repeat(pixels, width, axis=1)
    pixels += np.random.default_rng(rng.randrange(1 << 30)).normal(0, grain, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def design(rng):
    """What a design family shares: size, colours, shapes, title font and places."""
    portrait = rng.random() < 0.8
    width = rng.randrange(900, 1300)
    height = int(width * rng.uniform(1.3, 1.5)) if portrait else int(width * rng.uniform(0.65, 0.8))
    colour = lambda: tuple(rng.randrange(256) for _ in range(3))
    return {
        "size": (width, height),
        "top": colour(), "bottom": colour(),
        "shapes": [(rng.choice(["ellipse", "rectangle"]), colour(),
                    [rng.uniform(0, 0.8), rng.uniform(0, 0.7)], rng.uniform(0.15, 0.45)) for _ in range(rng.randrange(2, 5))],
        "font": rng.choice(["DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed-Bold.ttf",
                            "DejaVuSerifCondensed-BoldItalic.ttf"]),
        "title_y": rng.uniform(0.05, 0.2) if rng.random() < 0.5 else rng.uniform(0.72, 0.85),
        "ink": colour(),
        "stamp_places": [(rng.uniform(0.05, 0.6), rng.uniform(0.2, 0.55), rng.uniform(0.3, 0.5)) for _ in range(rng.randrange(1, 4))],
    }


def poster(rng, stamps, style):
    """One poster of a design: its own stamps and words."""
    width, height = style["size"]
    image = gradient(style["size"], style["top"], style["bottom"], rng)
    draw = ImageDraw.Draw(image)
    for kind, colour, (x, y), s in style["shapes"]:
        box = [int(x * width), int(y * height), int((x + s) * width), int((y + s) * height)]
        (draw.ellipse if kind == "ellipse" else draw.rectangle)(box, fill=colour)
    for x, y, s in style["stamp_places"]:
        stamp = stamps.pick(rng, int(s * width))
        image.paste(stamp, (int(x * width), int(y * height)), stamp)
    title = font(style["font"], int(width * 0.1))
    text = word(rng, rng.randrange(2, 4))
    left = (width - draw.textlength(text, font=title)) / 2
    draw.text((left, style["title_y"] * height), text, font=title, fill=style["ink"])
    small = font("DejaVuSans.ttf", int(width * 0.035))
    line = " ".join(word(rng, 2).capitalize() for _ in range(4))
    draw.text((width * 0.08, style["title_y"] * height + width * 0.13), line, font=small, fill=style["ink"])
    return image


def scene(rng, stamps):
    """A wide picture that two scans crop differently."""
    width, height = 2400, 1500
    image = gradient((width, height), tuple(rng.randrange(256) for _ in range(3)), tuple(rng.randrange(256) for _ in range(3)), rng)
    for _ in range(9):
        stamp = stamps.pick(rng, rng.randrange(300, 600))
        image.paste(stamp, (rng.randrange(0, width - 300), rng.randrange(0, height - 300)), stamp)
    return image


# --- Variants ---------------------------------------------------------------------------------

def jpeg(image, quality):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def crop(image, rng, most=0.08):
    width, height = image.size
    left, right = rng.uniform(0, most / 2), rng.uniform(0, most / 2)
    top, bottom = rng.uniform(0, most / 2), rng.uniform(0, most / 2)
    return image.crop((int(left * width), int(top * height), int(width * (1 - right)), int(height * (1 - bottom))))


def gamma(image, value):
    table = [int(255 * (i / 255) ** value + 0.5) for i in range(256)]
    return image.point(table * len(image.getbands()))


def rescale(image, factor):
    return image.resize((max(32, int(image.width * factor)), max(32, int(image.height * factor))), Image.LANCZOS)


def variants(image, rng):
    angle = rng.choice([-1, 1]) * rng.uniform(1.5, 3.0)
    paper = (235, 232, 225)
    return {
        "rescaled-down": rescale(image, rng.uniform(0.3, 0.5)),
        "rescaled-up": rescale(image, rng.uniform(1.4, 2.0)),
        "jpeg40": jpeg(image, 40),
        "cropped": crop(image, rng),
        "brighter": ImageEnhance.Brightness(image).enhance(rng.choice([0.75, 1.25])),
        "contrast": ImageEnhance.Contrast(image).enhance(rng.choice([0.7, 1.35])),
        "gamma": gamma(image, rng.choice([0.7, 1.45])),
        # Turned in an editor (the canvas grows), and turned on the scanner's bed (it does not).
        "rotated": image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=paper),
        "rotated-in-frame": image.rotate(-angle, resample=Image.BICUBIC, expand=False, fillcolor=paper),
        "grayscale": ImageOps.grayscale(image),
        "everything": jpeg(ImageEnhance.Contrast(crop(rescale(image, 0.6), rng, 0.05)).enhance(1.15), 55),
    }


# --- Borders ----------------------------------------------------------------------------------

BORDER_COLOURS = {"white": (250, 250, 248), "cream": (238, 230, 208), "grey": (160, 160, 158), "black": (18, 18, 20)}


def bordered(image, rng, kind):
    """The poster on a museum's border; returns the scan and the poster's rectangle in it."""
    width, height = image.size
    colour = BORDER_COLOURS[rng.choice(list(BORDER_COLOURS))]
    ink = (20, 20, 20) if sum(colour) > 300 else (230, 230, 230)
    strip = int(height * rng.uniform(0.07, 0.18))
    side = int(width * rng.uniform(0.04, 0.1))
    if kind == "bottom":
        box = (0, 0, width, height + strip)
    elif kind == "top":
        box = (0, strip, width, height + strip)
    elif kind == "sides":
        box = (side, 0, width + 2 * side, height)
    else:  # bottom strip with a row of colour patches and a ruler
        box = (0, 0, width, height + strip)
    scan = Image.new("RGB", (box[2], box[3]), colour)
    scan.paste(image, (box[0], box[1]))
    draw = ImageDraw.Draw(scan)
    text = font("DejaVuSans.ttf", max(10, strip // 6))
    if kind in ("bottom", "top"):
        y0 = height if kind == "bottom" else 0
        if rng.random() < 0.5:  # a thin separator line
            line_y = y0 + 3 if kind == "bottom" else strip - 4
            draw.line([(0, line_y), (width, line_y)], fill=ink, width=2)
        draw.text((int(width * 0.05), y0 + strip // 3), "Inv. %d.%d - %s, %d" % (rng.randrange(1000, 9999), rng.randrange(100),
                  word(rng).capitalize(), rng.randrange(1880, 1930)), font=text, fill=ink)
        draw.text((int(width * 0.05), y0 + strip // 3 + strip // 4), "Lithographie en couleurs, %d x %d cm" % (rng.randrange(40, 200), rng.randrange(60, 250)),
                  font=text, fill=ink)
    elif kind == "patches":
        patch = max(8, min(strip // 2, width // 16))
        palette = [(255, 255, 255), (200, 200, 200), (128, 128, 128), (60, 60, 60), (0, 0, 0), (220, 40, 40), (40, 170, 60),
                   (40, 70, 200), (240, 220, 40), (200, 60, 170), (60, 200, 210), (120, 80, 40)]
        for i, c in enumerate(palette):
            x = int(width * 0.05) + i * (patch + 2)
            draw.rectangle([x, height + strip // 4, x + patch, height + strip // 4 + patch], fill=c)
        for i in range(0, int(width * 0.35), max(4, width // 100)):  # ruler ticks
            x = int(width * 0.6) + i
            draw.line([(x, height + strip // 4), (x, height + strip // 4 + (patch if i % 50 == 0 else patch // 2))], fill=ink, width=1)
    return scan, [box[0], box[1], width, height]


def iou(a, b):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0, min(ay + ah, by + bh) - max(ay, by))
    inter = ix * iy
    return inter / float(aw * ah + bw * bh - inter)


def save(image, path, rng):
    image.convert("RGB" if image.mode not in ("L", "RGB") else image.mode).save(path, "JPEG", quality=rng.choice([85, 90, 95]))


def run_cli(cli, args):
    result = subprocess.run([cli] + args + ["--json", "--quiet"], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("atelier-cli %s failed: %s" % (" ".join(args), result.stderr.strip()))
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="atelier-cli")
    parser.add_argument("--work", default="/tmp/atelier-bench/independent", help="folder for the generated scans")
    parser.add_argument("--posters", type=int, default=40, help="originals with every variant")
    parser.add_argument("--families", type=int, default=8, help="design families of three posters")
    parser.add_argument("--scenes", type=int, default=8, help="scenes cropped twice")
    parser.add_argument("--bordered", type=int, default=80)
    parser.add_argument("--borderless", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stamps = Stamps()
    shutil.rmtree(args.work, ignore_errors=True)
    dedup_dir, border_dir = os.path.join(args.work, "dedup"), os.path.join(args.work, "borders")
    os.makedirs(dedup_dir)
    os.makedirs(border_dir)

    # Duplicates: groups of an original and its variants; the rest are singletons that must stay apart.
    group_of = {}
    for i in range(args.posters):
        original = poster(rng, stamps, design(rng))
        path = os.path.join(dedup_dir, "p%03d-original.jpg" % i)
        save(original, path, rng)
        group_of[path] = "p%03d" % i
        for name, image in variants(original, rng).items():
            path = os.path.join(dedup_dir, "p%03d-%s.jpg" % (i, name))
            save(image, path, rng)
            group_of[path] = "p%03d" % i
    for i in range(args.families):
        style = design(rng)
        for member in range(3):
            path = os.path.join(dedup_dir, "f%02d-member%d.jpg" % (i, member))
            save(poster(rng, stamps, style), path, rng)
            group_of[path] = path
    for i in range(args.scenes):
        picture = scene(rng, stamps)
        for side, box in (("left", (0, 0, 1560, 1500)), ("right", (840, 0, 2400, 1500))):
            path = os.path.join(dedup_dir, "s%02d-%s.jpg" % (i, side))
            save(picture.crop(box), path, rng)
            group_of[path] = path

    found = run_cli(args.cli, ["dedup", dedup_dir])
    predicted = {}
    for number, group in enumerate(found.get("exact", []) + found.get("near", [])):
        for path in group:
            predicted.setdefault(os.path.realpath(path), set()).add(number)
    paths = sorted(group_of)
    true_pairs = predicted_pairs = both = 0
    merged_negatives = []
    for a, b in itertools.combinations(paths, 2):
        same = group_of[a] == group_of[b]
        together = bool(predicted.get(os.path.realpath(a), set()) & predicted.get(os.path.realpath(b), set()))
        true_pairs += same
        predicted_pairs += together
        both += same and together
        if together and not same:
            merged_negatives.append((os.path.basename(a), os.path.basename(b)))
    # Per variant: how many copies were grouped with their original.
    found_by_variant = {}
    for path in paths:
        name = os.path.basename(path)
        if not name.startswith("p") or name.endswith("-original.jpg"):
            continue
        original = os.path.join(dedup_dir, name.split("-", 1)[0] + "-original.jpg")
        together = bool(predicted.get(os.path.realpath(path), set()) & predicted.get(os.path.realpath(original), set()))
        counts = found_by_variant.setdefault(name.split("-", 1)[1][:-4], [0, 0])
        counts[0] += together
        counts[1] += 1
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    # Borders.
    truth = {}
    kinds = ["bottom", "top", "sides", "patches"]
    for i in range(args.bordered):
        scan, box = bordered(poster(rng, stamps, design(rng)), rng, kinds[i % len(kinds)])
        path = os.path.join(border_dir, "b%03d-%s.jpg" % (i, kinds[i % len(kinds)]))
        save(scan, path, rng)
        truth[os.path.realpath(path)] = box
    for i in range(args.borderless):
        style = design(rng)
        if i % 4 == 0:  # a pale plain band at the bottom, part of the design
            style["bottom"] = (245, 243, 238)
        path = os.path.join(border_dir, "n%03d.jpg" % i)
        image = poster(rng, stamps, style)
        save(image, path, rng)
        truth[os.path.realpath(path)] = None
    rects = {os.path.realpath(item["path"]): item for item in run_cli(args.cli, ["crop", "--detect", border_dir])["images"]}
    ious, false_crops, missed_borders = [], [], 0
    for path, box in truth.items():
        item = rects.get(path)
        if box is None:
            if item and item.get("border"):
                false_crops.append(os.path.basename(path))
            continue
        proposed = item["rect"] if item and item.get("border") else None
        if proposed is None:
            missed_borders += 1
            width, height = Image.open(path).size
            proposed = [0, 0, width, height]
        ious.append(iou(proposed, box))

    report = {
        "duplicates": {"images": len(paths), "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                       "grouped_with_original": found_by_variant, "hard_negative_pairs_merged": len(merged_negatives)},
        "borders": {"bordered": len(ious), "mean_iou": round(sum(ious) / len(ious), 4) if ious else None,
                    "within_0.95": sum(v >= 0.95 for v in ious), "missed": missed_borders,
                    "borderless": args.borderless, "false_crops": len(false_crops),
                    "false_crop_share": round(len(false_crops) / args.borderless, 4) if args.borderless else None},
    }
    print("duplicate pairs: precision %.4f, recall %.4f, F1 %.4f (goal >= 0.95); hard-negative pairs merged: %d"
          % (precision, recall, f1, len(merged_negatives)))
    print("  copies grouped with their original:",
          ", ".join("%s %d/%d" % (kind, found, total) for kind, (found, total) in sorted(found_by_variant.items())))
    for a, b in merged_negatives[:10]:
        print("  merged:", a, b)
    if ious:
        print("borders: mean IoU %.4f on %d bordered scans (goal >= 0.95), %d missed; false crops %d of %d borderless (goal <= 2%%)"
              % (sum(ious) / len(ious), len(ious), missed_borders, len(false_crops), args.borderless))
    for name in false_crops[:10]:
        print("  false crop:", name)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
