"""Train the tiny ShuffleNetV2 on one dataset and save it under training/runs/<model>/.

    /usr/bin/python3 training/train.py --model digits
    /usr/bin/python3 training/train.py --model fashion

Writes training/runs/<model>/model.pt (unfolded state dict) and metrics.json (accuracy on the
held-out / test set measured in eval mode after training, wall time, settings). Export with
training/export.py (training/train.sh does both).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from model import Config, TinyShuffleNetV2, count_params  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# Per-dataset recipes. Epoch counts were chosen so that each run takes roughly ten minutes on
# one CPU thread of the reference machine.
RECIPES = {
    # digits: shapes of handwriting (see augment_handwriting); the shifts come from its affine part
    "digits": dict(epochs=40, batch=128, lr=4e-3, wd=0.05, shift=0, flip=False, smoothing=0.0, handwriting=True),
    "fashion": dict(epochs=10, batch=128, lr=4e-3, wd=0.05, shift=0, flip=True, smoothing=0.1, handwriting=False),
}
SEED = 0


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def augment(x: torch.Tensor, shift: int, flip: bool, gen: torch.Generator) -> torch.Tensor:
    """x: N×1×28×28 float (already normalised; background value = x.min()). Random
    translation by up to ±shift pixels (filled with background) and random horizontal flip."""
    n = x.shape[0]
    if shift > 0:
        bg = float(x.min())
        xp = F.pad(x, (shift, shift, shift, shift), value=bg)
        dy = torch.randint(0, 2 * shift + 1, (n,), generator=gen)
        dx = torch.randint(0, 2 * shift + 1, (n,), generator=gen)
        ar = torch.arange(28)
        rows = (dy[:, None] + ar[None, :])[:, :, None]  # N×28×1
        cols = (dx[:, None] + ar[None, :])[:, None, :]  # N×1×28
        x = xp[torch.arange(n)[:, None, None], 0, rows, cols].unsqueeze(1)
    if flip:
        m = torch.rand(n, generator=gen) < 0.5
        x = torch.where(m[:, None, None, None], x.flip(3), x)
    return x


# How people draw in the pad and write on paper, as ranges of the augmentation (see augment_handwriting).
HANDWRITING = dict(
    p_thicken=0.3, p_thicken_twice=0.1, p_thin=0.15,  # stroke width: dilate 3×3 (once or twice) or erode 2×2
    rotate_deg=12.0, shear=0.3, scale=(0.75, 1.15), aspect=0.12, shift_px=3.0,  # affine
    p_elastic=0.6, elastic_px=1.6,  # smooth random displacement field, max displacement in pixels (about)
)
HANDWRITING_DESCRIPTION = (
    "handwriting: stroke width (3×3 dilation in 30% of images, twice in 10%, 2×2 erosion in 15%), "
    "rotation ±12°, slant (shear ±0.3), scale 0.75–1.15 with aspect ±12%, shifts ±3 px, "
    "elastic distortion (smooth random field up to ~1.6 px) in 60%"
)


def _uniform(n: int, lo: float, hi: float, gen: torch.Generator) -> torch.Tensor:
    return lo + (hi - lo) * torch.rand(n, generator=gen)


def augment_handwriting(ink: torch.Tensor, gen: torch.Generator, a: dict = HANDWRITING) -> torch.Tensor:
    """ink: N×1×28×28 in [0, 1] (0 = background). Returns a new batch with, per image:
    stroke width changed (grey-level dilation / erosion: a thick pen, a thin pen), then one
    bilinear resampling through an affine map (rotation, slant as horizontal shear, scale and
    aspect, shift) plus an elastic field (Simard et al. 2003: smooth random displacements, made
    here by upsampling a 4×4 random field bicubically). Background stays 0 outside the digit."""
    n = ink.shape[0]
    x = ink
    r = torch.rand(n, generator=gen)
    thick = F.max_pool2d(x, 3, 1, 1)
    thicker = F.max_pool2d(thick, 3, 1, 1)
    thin = -F.max_pool2d(F.pad(-x, (0, 1, 0, 1), value=0.0), 2, 1)
    p1, p2, p3 = a["p_thicken"], a["p_thicken"] + a["p_thicken_twice"], a["p_thicken"] + a["p_thicken_twice"] + a["p_thin"]
    sel = lambda lo, hi: ((r >= lo) & (r < hi))[:, None, None, None]  # noqa: E731
    x = torch.where(sel(0, p1), thick, x)
    x = torch.where(sel(p1, p2), thicker, x)
    x = torch.where(sel(p2, p3), thin, x)

    # affine map from output to input coordinates (affine_grid's convention, coordinates in [-1, 1])
    ang = torch.deg2rad(_uniform(n, -a["rotate_deg"], a["rotate_deg"], gen))
    shear = _uniform(n, -a["shear"], a["shear"], gen)
    s = _uniform(n, *a["scale"], gen)
    asp = _uniform(n, -a["aspect"], a["aspect"], gen)
    sx, sy = s * (1 + asp), s * (1 - asp)
    t = _uniform(n * 2, -a["shift_px"], a["shift_px"], gen).reshape(n, 2) * (2 / 28)
    cos, sin = torch.cos(ang), torch.sin(ang)
    # forward map A = R · Shear · S; the grid needs its inverse
    fwd = torch.zeros(n, 2, 2)
    fwd[:, 0, 0] = cos * sx
    fwd[:, 0, 1] = cos * shear * sy - sin * sy
    fwd[:, 1, 0] = sin * sx
    fwd[:, 1, 1] = sin * shear * sy + cos * sy
    inv = torch.linalg.inv(fwd)
    theta = torch.cat([inv, -(inv @ t[:, :, None])], dim=2)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)

    field = torch.rand(n, 2, 4, 4, generator=gen) * 2 - 1
    field = F.interpolate(field, size=(28, 28), mode="bicubic", align_corners=True)
    on = (torch.rand(n, generator=gen) < a["p_elastic"]).float()[:, None, None, None]
    grid = grid + (field * on * a["elastic_px"] * (2 / 28)).permute(0, 2, 3, 1)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False).clamp_(0, 1)


@torch.no_grad()
def evaluate(model: nn.Module, x: torch.Tensor, y: torch.Tensor, batch: int = 500) -> float:
    model.eval()
    correct = 0
    for i in range(0, len(y), batch):
        xb = x[i:i + batch].contiguous(memory_format=torch.channels_last)
        correct += int((model(xb).argmax(1) == y[i:i + batch]).sum())
    return correct / len(y)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, choices=sorted(RECIPES))
    ap.add_argument("--epochs", type=int, default=None, help="override the recipe (smoke tests)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N training images")
    ap.add_argument("--out", default=None, help="output directory (default training/runs/<model>)")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    seed_everything(SEED)
    recipe = dict(RECIPES[args.model])
    if args.epochs is not None:
        recipe["epochs"] = args.epochs
    out = args.out or os.path.join(HERE, "runs", args.model)
    os.makedirs(out, exist_ok=True)

    train, test = data.load(args.model)
    if args.limit:
        train = data.Split(train.images[: args.limit], train.labels[: args.limit], train.description)
    xtr = torch.from_numpy(data.to_float(train.images, args.model))
    ytr = torch.from_numpy(train.labels.astype(np.int64))
    xte = torch.from_numpy(data.to_float(test.images, args.model))
    yte = torch.from_numpy(test.labels.astype(np.int64))

    cfg = Config()
    model = TinyShuffleNetV2(cfg).to(memory_format=torch.channels_last)
    print(f"{args.model}: {count_params(model)} parameters, {len(ytr)} training images, "
          f"{len(yte)} test images, recipe {recipe}", flush=True)

    steps_per_epoch = (len(ytr) + recipe["batch"] - 1) // recipe["batch"]
    # no weight decay on BN parameters and biases
    decay = [p for n, p in model.named_parameters() if p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": recipe["wd"]},
                             {"params": no_decay, "weight_decay": 0.0}], lr=recipe["lr"])
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=recipe["lr"], epochs=recipe["epochs"],
                                                steps_per_epoch=steps_per_epoch, pct_start=0.25)
    gen = torch.Generator().manual_seed(SEED)

    t0 = time.time()
    c0 = time.process_time()
    for epoch in range(recipe["epochs"]):
        model.train()
        perm = torch.randperm(len(ytr), generator=gen)
        tot_loss, tot_correct, seen = 0.0, 0, 0
        te = time.time()
        for i in range(0, len(ytr), recipe["batch"]):
            idx = perm[i:i + recipe["batch"]]
            if recipe["handwriting"]:
                norm = data.NORMALISATION[args.model]
                ink = xtr[idx] * norm["std"] + norm["mean"]  # back to pixel/255
                xb = (augment_handwriting(ink, gen) - norm["mean"]) / norm["std"]
            else:
                xb = augment(xtr[idx], recipe["shift"], recipe["flip"], gen)
            xb = xb.contiguous(memory_format=torch.channels_last)
            yb = ytr[idx]
            logits = model(xb)
            loss = F.cross_entropy(logits, yb, label_smoothing=recipe["smoothing"])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            tot_loss += float(loss) * len(yb)
            tot_correct += int((logits.argmax(1) == yb).sum())
            seen += len(yb)
        msg = (f"epoch {epoch + 1}/{recipe['epochs']}: loss {tot_loss / seen:.4f} "
               f"train acc {tot_correct / seen:.4f} ({time.time() - te:.0f}s, total {time.time() - t0:.0f}s)")
        if epoch == recipe["epochs"] - 1 or (epoch + 1) % 5 == 0:
            msg += f" test acc {evaluate(model, xte, yte):.4f}"
        print(msg, flush=True)
    seconds = time.time() - t0
    cpu_seconds = time.process_time() - c0

    acc = evaluate(model, xte, yte)
    print(f"final {args.model} accuracy (eval mode) on {len(yte)}: {acc:.4f} after {seconds:.0f}s", flush=True)
    model = model.to(memory_format=torch.contiguous_format)
    torch.save(model.state_dict(), os.path.join(out, "model.pt"))
    metrics = {
        "model": args.model,
        "config": {k: list(v) if isinstance(v, tuple) else v for k, v in cfg.__dict__.items()},
        "accuracy": acc,
        "testSetSize": len(yte),
        "testSet": test.description,
        "trainSetSize": len(ytr),
        "trainSet": train.description,
        "epochs": recipe["epochs"],
        "seed": SEED,
        "seconds": round(seconds, 1),
        "cpuSeconds": round(cpu_seconds, 1),
        "optimizer": (f"AdamW (lr {recipe['lr']}, weight decay {recipe['wd']} on conv/linear weights) with "
                      f"OneCycle schedule, batch {recipe['batch']}, label smoothing {recipe['smoothing']}"),
        "augmentation": HANDWRITING_DESCRIPTION if recipe["handwriting"] else (
            (f"random shifts of ±{recipe['shift']} px" if recipe["shift"] else "none")
            + (", random horizontal flips" if recipe["flip"] else "")),
        "torch": torch.__version__,
        "threads": args.threads,
    }
    with open(os.path.join(out, "metrics.json"), "w") as f:
        json.dump(metrics, f, indent=2)


if __name__ == "__main__":
    main()
