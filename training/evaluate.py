"""How well digits models read handwriting they were not trained on.

    /usr/bin/python3 training/evaluate.py [--model NAME=path/model.onnx ...]

Default: the shipped public/models/digits/model.onnx, plus the model shipped before the
handwriting augmentation (training/runs/digits-before.onnx, written by train.sh from git) when
that file exists. Each model.onnx is loaded into the PyTorch twin from its own initializers
(export.folded_from_onnx), so exactly the shipped weights are measured. Reports
  * held-out: the 2,000 MNIST digits never trained on;
  * thick / very thick: the same digits with every stroke dilated by a 3×3 maximum once / twice
    (about +2 / +4 pixels of stroke width; note the new training's augmentation dilates too);
  * pad: the digits drawn with the book's own pad at four sizes (training/eval/draw-pad-digits.mjs),
    per stroke width and overall — drawings that are not MNIST at all.
Writes training/eval/results.json and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from export import folded_from_onnx  # noqa: E402
from model import Config  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAD = os.path.join(HERE, "eval", "pad-digits")


def load_pad():
    with open(PAD + ".json") as f:
        meta = json.load(f)
    raw = np.fromfile(PAD + ".bin", dtype=np.uint8)
    n = meta["count"]
    assert raw.size == n * 786, raw.size
    return raw[: n * 784].reshape(n, 28, 28), raw[n * 784: n * 785], raw[n * 785:], meta


@torch.no_grad()
def predict(model, images: np.ndarray) -> np.ndarray:
    x = torch.from_numpy(data.to_float(images, "digits"))
    return torch.cat([model(x[i:i + 500]).argmax(1) for i in range(0, len(x), 500)]).numpy()


def dilate(images: np.ndarray, times: int) -> np.ndarray:
    x = torch.from_numpy(images.astype(np.float32)).unsqueeze(1)
    for _ in range(times):
        x = F.max_pool2d(x, 3, 1, 1)
    return x.squeeze(1).numpy().astype(np.uint8)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", action="append", default=None, metavar="NAME=PATH")
    args = ap.parse_args()
    torch.set_num_threads(1)
    models = args.model or [f"after={os.path.join(ROOT, 'public', 'models', 'digits', 'model.onnx')}"]
    before = os.path.join(HERE, "runs", "digits-before.onnx")
    if args.model is None and os.path.exists(before):
        models = [f"before={before}"] + models  # shifts-only augmentation, shipped until the handwriting one

    _, held = data.load_digits()
    pad_x, pad_y, pad_size, meta = load_pad()
    results = {"padSet": {k: meta[k] for k in ("count", "drawnWith", "sizes")}, "models": {}}
    for spec in models:
        name, path = spec.split("=", 1)
        model = folded_from_onnx(path, Config())
        r = {"file": os.path.relpath(path, ROOT)}
        r["heldOut"] = float((predict(model, held.images) == held.labels).mean())
        r["thick"] = float((predict(model, dilate(held.images, 1)) == held.labels).mean())
        r["veryThick"] = float((predict(model, dilate(held.images, 2)) == held.labels).mean())
        pred = predict(model, pad_x)
        r["pad"] = float((pred == pad_y).mean())
        r["padBySize"] = [float((pred[pad_size == i] == pad_y[pad_size == i]).mean()) for i in range(len(meta["sizes"]))]
        r["padByDigit"] = [float((pred[pad_y == d] == d).mean()) for d in range(10)]
        wrong = collections.Counter(int(p) for p, y in zip(pred, pad_y) if p != y)
        r["padMostCommonWrongAnswers"] = wrong.most_common(3)
        results["models"][name] = r

    with open(os.path.join(HERE, "eval", "results.json"), "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    pct = lambda v: f"{100 * v:.1f} %"  # noqa: E731
    head = ["model", "held-out MNIST (2,000)", "thick strokes", "very thick"] + [
        f"pad, {s['strokePxIn28']} px strokes" for s in meta["sizes"]] + [f"pad, all {meta['count']}"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for name, r in results["models"].items():
        row = [name, pct(r["heldOut"]), pct(r["thick"]), pct(r["veryThick"])] + [pct(v) for v in r["padBySize"]] + [pct(r["pad"])]
        print("| " + " | ".join(row) + " |")
    for name, r in results["models"].items():
        print(f"{name}: per digit on the pad {[round(v, 2) for v in r['padByDigit']]}, "
              f"most common wrong answers {r['padMostCommonWrongAnswers']}")


if __name__ == "__main__":
    main()
