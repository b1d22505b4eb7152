#!/usr/bin/python3
"""PyTorch's side of the training benchmark: the same networks, optimizer, batch size, threads and
measurements as bench_training (run both with run-training-benchmark.sh).

  --fashion-mnist  the small CNN on Fashion-MNIST held in tensors: test accuracy and training images/s
  --pipeline DIR   torchvision's transforms alone on the posters, in this process: images/s
  --scans DIR      MobileNetV2 or ResNet-18 at 224 px on the poster JPEGs in DIR/<class>/, with
                   torchvision transforms and a DataLoader: training images/s per epoch

The last line of output is one JSON object with the figures.
"""
import argparse
import gzip
import json
import math
import os
import resource
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision
from torchvision import transforms


def small_cnn(channels, input_size, classes, width):
    """Atelier's small CNN (core/modelzoo.cpp): conv-BN-ReLU-conv-BN-ReLU-maxpool blocks until the
    map is at most 8 pixels wide, then Linear(256), ReLU, Dropout(0.25), Linear; torchvision's init."""
    layers = []
    size, block, inp = input_size, 0, channels
    while True:
        out = width << min(block, 2)
        layers += [nn.Conv2d(inp, out, 3, padding=1, bias=False), nn.BatchNorm2d(out), nn.ReLU(inplace=True),
                   nn.Conv2d(out, out, 3, padding=1, bias=False), nn.BatchNorm2d(out), nn.ReLU(inplace=True),
                   nn.MaxPool2d(2)]
        inp, size, block = out, size // 2, block + 1
        if size <= 8:
            break
    model = nn.Sequential()
    model.add_module("features", nn.Sequential(*layers))
    model.add_module("classifier", nn.Sequential(nn.Flatten(), nn.Linear(inp * size * size, 256), nn.ReLU(inplace=True),
                                                 nn.Dropout(0.25), nn.Linear(256, classes)))
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        elif isinstance(m, nn.BatchNorm2d):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)
    return model


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    if magic == 2051:
        n, rows, cols = (int.from_bytes(data[i:i + 4], "big") for i in (4, 8, 12))
        return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(n, 1, rows, cols)
    return np.frombuffer(data, dtype=np.uint8, offset=8)


def cpu_seconds(loader=None):
    """CPU time of this process (every thread) and of the DataLoader's worker processes."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    iterator = getattr(loader, "_iterator", None)
    for worker in getattr(iterator, "_workers", []) or []:
        try:
            with open(f"/proc/{worker.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            pass
    return total


def per_cpu_second(rates):
    return len(rates) / sum(1 / r for r in rates)


def cosine(base, step, total):
    return base * 0.5 * (1 + math.cos(math.pi * min(step / max(1, total), 1.0)))


def fashion_mnist(args):
    d = args.data
    normalize = lambda x: (torch.from_numpy(x.copy()).float() / 255 - 0.2860) / 0.3530
    train_x = normalize(read_idx(f"{d}/train-images-idx3-ubyte.gz"))
    train_y = torch.from_numpy(read_idx(f"{d}/train-labels-idx1-ubyte.gz").astype(np.int64))
    test_x = normalize(read_idx(f"{d}/t10k-images-idx3-ubyte.gz"))
    test_y = torch.from_numpy(read_idx(f"{d}/t10k-labels-idx1-ubyte.gz").astype(np.int64))
    torch.manual_seed(1)
    model = small_cnn(1, 28, 10, args.width)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr, weight_decay=0)
    n = len(train_x)
    steps_per_epoch = math.ceil(n / args.batch)
    total = steps_per_epoch * args.epochs
    print(f"== Fashion-MNIST, small CNN (width {args.width}), {args.epochs} epochs, batch {args.batch}, "
          f"Adam lr {args.lr}, cosine schedule")
    print(f"pytorch: {n} training images, {len(test_x)} test images; {torch.get_num_threads()} compute threads", flush=True)
    step = 0
    rates, cpu_rates = [], []
    for epoch in range(args.epochs):
        model.train()
        # The same bookkeeping as Atelier's trainer: shuffled order, per-step rate, running loss and accuracy.
        order = torch.randperm(n)
        loss_sum = correct = 0.0
        cpu = cpu_seconds()
        start = time.perf_counter()
        for first in range(0, n, args.batch):
            index = order[first:first + args.batch]
            x, y = train_x[index], train_y[index]
            for group in optimizer.param_groups:
                group["lr"] = cosine(args.lr, step, total)
            optimizer.zero_grad()
            logits = model(x)
            loss = F.cross_entropy(logits, y)
            loss_value = loss.item()
            loss.backward()
            optimizer.step()
            loss_sum += loss_value * len(y)
            correct += (logits.argmax(1) == y).sum().item()
            step += 1
        seconds = time.perf_counter() - start
        rates.append(n / seconds)
        cpu_rates.append(n / (cpu_seconds() - cpu))
        print(f"pytorch: epoch {epoch + 1}  train loss {loss_sum / n:.4f} acc {correct / n:.4f}  {n / seconds:.1f} images/s  "
              f"{seconds:.1f} s  {cpu_rates[-1]:.1f} images/CPU-s", flush=True)
    model.eval()
    correct = 0
    with torch.no_grad():
        for first in range(0, len(test_x), args.batch):
            correct += (model(test_x[first:first + args.batch]).argmax(1) == test_y[first:first + args.batch]).sum().item()
    accuracy = correct / len(test_x)
    overall = len(rates) / sum(1 / r for r in rates)
    print(f"{'pytorch test accuracy':<40} {accuracy * 100:12.2f} %")
    print(f"{'pytorch training throughput':<40} {overall:12.2f} images/s")
    print(f"{'pytorch training work':<40} {per_cpu_second(cpu_rates):12.2f} images/CPU-s")
    print(json.dumps({"side": "pytorch", "task": "fashion-mnist", "testAccuracy": accuracy, "imagesPerSecond": overall,
                      "epochImagesPerSecond": rates, "imagesPerCpuSecond": per_cpu_second(cpu_rates),
                      "threads": torch.get_num_threads(), "dataWorkers": 0}))


def augmentation():
    """torchvision's reference augmentation, matching Atelier's config in bench_training."""
    return transforms.Compose([
        transforms.RandomResizedCrop(224, scale=(0.25, 1.0), ratio=(0.75, 4 / 3)),
        transforms.RandomHorizontalFlip(),
        transforms.RandomRotation(5),
        transforms.ColorJitter(brightness=0.2, contrast=0.2, saturation=0.2),
        transforms.RandomApply([transforms.GaussianBlur(9, sigma=(0.1, 1.5))], p=0.1),
        transforms.ToTensor(),
        transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ])


def pipeline_only(args):
    dataset = torchvision.datasets.ImageFolder(args.pipeline, transform=augmentation())
    print(f"== torchvision transforms alone: {len(dataset)} posters to 224 px, augmented, 1 process", flush=True)
    rates = []
    for epoch in range(2):
        start = time.perf_counter()
        for i in range(len(dataset)):
            dataset[i]
        rates.append(len(dataset) / (time.perf_counter() - start))
        print(f"{'pytorch transforms, epoch %d' % (epoch + 1):<40} {rates[-1]:12.2f} images/s", flush=True)
    print(json.dumps({"side": "pytorch", "task": "pipeline", "epochImagesPerSecond": rates}))


def scans(args):
    dataset = torchvision.datasets.ImageFolder(args.scans, transform=augmentation())
    loader = torch.utils.data.DataLoader(dataset, batch_size=args.batch, shuffle=True, num_workers=args.workers,
                                         persistent_workers=args.workers > 0)
    torch.manual_seed(1)
    model = getattr(torchvision.models, args.model)(num_classes=len(dataset.classes))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-4)
    print(f"== {len(dataset)} poster scans, {args.model} at 224 px, batch {args.batch}, full augmentation")
    print(f"pytorch: {torch.get_num_threads()} compute threads, DataLoader with {args.workers} worker processes", flush=True)
    rates, cpu_rates = [], []
    for epoch in range(args.epochs):
        model.train()
        seen = 0
        loss_sum = 0.0
        cpu = cpu_seconds(loader)
        start = time.perf_counter()
        for x, y in loader:
            optimizer.zero_grad()
            logits = model(x)
            loss = F.cross_entropy(logits, y)
            loss_sum += loss.item() * len(y)
            loss.backward()
            optimizer.step()
            seen += len(y)
            (logits.argmax(1) == y).sum().item()
        seconds = time.perf_counter() - start
        rates.append(seen / seconds)
        cpu_rates.append(seen / (cpu_seconds(loader) - cpu))
        print(f"pytorch: epoch {epoch + 1}  train loss {loss_sum / seen:.4f}  {seen / seconds:.1f} images/s  {seconds:.1f} s  "
              f"{cpu_rates[-1]:.1f} images/CPU-s", flush=True)
        print(f"{'pytorch epoch %d throughput' % (epoch + 1):<40} {seen / seconds:12.2f} images/s", flush=True)
    overall = len(rates) / sum(1 / r for r in rates)
    print(json.dumps({"side": "pytorch", "task": f"scans-{args.model}", "imagesPerSecond": overall, "epochImagesPerSecond": rates,
                      "imagesPerCpuSecond": per_cpu_second(cpu_rates), "threads": torch.get_num_threads(),
                      "dataWorkers": args.workers}))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fashion-mnist", action="store_true")
    parser.add_argument("--scans", metavar="DIR")
    parser.add_argument("--pipeline", metavar="DIR")
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--model", default="mobilenet_v2", choices=["mobilenet_v2", "resnet18"])
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--lr", type=float, default=0.002)
    parser.add_argument("--width", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.pipeline:
        pipeline_only(args)
    elif args.scans:
        scans(args)
    else:
        fashion_mnist(args)


if __name__ == "__main__":
    main()
