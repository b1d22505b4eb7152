#!/usr/bin/python3
"""Compares ways of fitting a linear head on a project's cached backbone features, over many random
splits: how Quick mode's head (HeadTrainer) was chosen. Debian's PyTorch reads the features that
`atelier-cli features` cached in the project, with the images' labels.

  atelier-cli init stamps.atelier && atelier-cli import stamps.atelier IMAGES_BY_CLASS
  atelier-cli features stamps.atelier --eval-crop 1.0
  compare_heads.py stamps.atelier [--splits 30] [--transform "eval 224 1"]

Each split takes 50/20/30 % of every class for training, validation and test. Heads:
  adamw      AdamW for 100 epochs of 32 (learning rate 1e-3, cosine, weight decay 0.01, dropout
             0.2), the epoch with the lowest validation loss: the former Quick mode;
  exact      L-BFGS to the minimum of the loss plus a weight penalty, for penalties 3 ... 0.001,
             the penalty with the lowest validation loss: Quick mode now.
Each on the features as cached ("raw") and power-normalised (signed square root, unit length);
features are centred and divided by one scale, as HeadTrainer does. Prints each one's mean test
accuracy and how it compares with "adamw, raw" split by split.
"""
import argparse
import math
import sqlite3

import numpy as np
import torch

PENALTIES = [3, 1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001]


def load(project, transform):
    rows = sqlite3.connect(project).execute(
        """select c.name, f.vector from images i join labels l on l.image_id = i.id
           join classes c on c.id = l.class_id join feature_cache f on f.sha256 = i.sha256
           where f.transform = ? and i.excluded = 0 order by i.id""", (transform,)).fetchall()
    if not rows:
        raise SystemExit("no cached features with transform '%s' in %s (run atelier-cli features)" % (transform, project))
    names = sorted({name for name, _ in rows})
    features = np.stack([np.frombuffer(vector, dtype=np.float32) for _, vector in rows])
    labels = np.array([names.index(name) for name, _ in rows])
    return features, labels, names


def split(labels, seed):
    random = np.random.RandomState(seed)
    parts = ([], [], [])
    for k in np.unique(labels):
        members = np.where(labels == k)[0]
        random.shuffle(members)
        train, validation = round(len(members) * 0.5), round(len(members) * 0.2)
        parts[0].extend(members[:train])
        parts[1].extend(members[train:train + validation])
        parts[2].extend(members[train + validation:])
    return [np.array(p) for p in parts]


def power_normalised(features):
    rooted = np.sign(features) * np.sqrt(np.abs(features))
    return rooted / np.maximum(np.linalg.norm(rooted, axis=1, keepdims=True), 1e-12)


def tensors(features, labels, parts):
    train = features[parts[0]]
    mean, scale = train.mean(0), train.std(0).mean()
    return [(torch.tensor((features[p] - mean) / scale, dtype=torch.float32), torch.tensor(labels[p])) for p in parts]


def adamw(data, classes, seed):
    (x, y), (vx, vy), (tx, ty) = data
    torch.manual_seed(seed)
    head, dropout = torch.nn.Linear(x.shape[1], classes), torch.nn.Dropout(0.2)
    optimizer = torch.optim.AdamW(head.parameters(), lr=1e-3, weight_decay=0.01)
    epochs, steps, step, best = 100, 100 * math.ceil(len(x) / 32), 0, (math.inf, 0.0)
    for _ in range(epochs):
        order = torch.randperm(len(x))
        for start in range(0, len(x), 32):
            batch = order[start:start + 32]
            for group in optimizer.param_groups:
                group["lr"] = 1e-3 * 0.5 * (1 + math.cos(math.pi * step / steps))
            optimizer.zero_grad()
            torch.nn.functional.cross_entropy(head(dropout(x[batch])), y[batch]).backward()
            optimizer.step()
            step += 1
        with torch.no_grad():
            loss = torch.nn.functional.cross_entropy(head(vx), vy).item()
            if loss < best[0]:
                best = (loss, (head(tx).argmax(1) == ty).float().mean().item())
    return best[1]


def exact(data, classes, seed):
    (x, y), (vx, vy), (tx, ty) = data
    torch.manual_seed(seed)
    head, best = torch.nn.Linear(x.shape[1], classes), (math.inf, 0.0)
    for penalty in PENALTIES:  # strongest first, each fit starting from the one before
        solver = torch.optim.LBFGS(head.parameters(), max_iter=200, history_size=20, tolerance_grad=1e-6,
                                   tolerance_change=1e-10, line_search_fn="strong_wolfe")

        def objective():
            solver.zero_grad()
            loss = torch.nn.functional.cross_entropy(head(x), y) + 0.5 * penalty * head.weight.pow(2).sum()
            loss.backward()
            return loss

        solver.step(objective)
        with torch.no_grad():
            loss = torch.nn.functional.cross_entropy(head(vx), vy).item()
            if loss < best[0]:
                best = (loss, (head(tx).argmax(1) == ty).float().mean().item())
    return best[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project")
    parser.add_argument("--splits", type=int, default=30)
    parser.add_argument("--transform", default="eval 224 1", help="the cache's transform key (eval crop 1.0 by default)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    features, labels, names = load(args.project, args.transform)
    print("%d images, %d classes, %d features" % (len(labels), len(names), features.shape[1]))
    results = {}
    for normalisation, transformed in (("raw", features), ("power-normalised", power_normalised(features))):
        for name, fit in (("adamw", adamw), ("exact", exact)):
            results[(name, normalisation)] = np.array(
                [fit(tensors(transformed, labels, split(labels, seed)), len(names), seed) for seed in range(args.splits)])
    base = results[("adamw", "raw")]
    for (name, normalisation), accuracy in results.items():
        difference = 100 * (accuracy - base)
        print("%-6s %-17s test accuracy %.1f %%   against adamw, raw: %+.1f points (better on %d splits, worse on %d)"
              % (name, normalisation, 100 * accuracy.mean(), difference.mean(), (difference > 0).sum(), (difference < 0).sum()))


if __name__ == "__main__":
    main()
