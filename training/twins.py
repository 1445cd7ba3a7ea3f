"""Twin networks for the "what if there were no shuffle?" experiments.

Each variant is the book's Fashion-MNIST network with exactly one design choice changed, trained
with the same recipe, the same data order (a generator seeded only by the run's seed) and the
same number of epochs as the baseline it is compared with:

    baseline    split in half, concat, channel shuffle (g = 2)       — the shipped architecture
    noshuffle   concat only: every unit's channel order is left as it is
    randperm    a fixed random channel permutation instead of the interleave (the same one for
                every seed, a different one per unit): does *this* shuffle matter, or any mixing?
    branch1q    the branch of each basic unit processes a quarter of the channels (3/4 untouched)
    branch3q    the branch processes three quarters of the channels (1/4 untouched)

    /usr/bin/python3 training/twins.py --variant noshuffle --seed 1
    training/twins.sh            # every variant × seeds 0, 1, 2, two runs at a time

The recipe is the shipped fashion recipe shortened for every variant, baseline included: 2 epochs
over the first 30,000 training images instead of 10 over 60,000 (the project's CPU budget — two
cores — does not allow 15 full runs). The shipped model itself is not one of the twins. Each run writes training/runs/twins/<variant>-s<seed>/
{model.pt,metrics.json}: accuracy on the full 10,000-image test set, parameters, multiply-adds.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import OrderedDict

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
from model import (BasicUnit, Config, ConvBN, DownUnit, TinyShuffleNetV2, channel_shuffle,  # noqa: E402
                   count_multiply_adds, count_params)
from train import RECIPES, augment, evaluate, seed_everything  # noqa: E402

TWIN_EPOCHS = 2
TWIN_TRAIN_IMAGES = 30000  # the first half of the 60k training set, the same images for every run
VARIANTS = ("baseline", "noshuffle", "randperm", "branch1q", "branch3q")
PERMUTATION_SEED = 20181008  # fixed for every run: the random permutations are part of the architecture


class Mixer(nn.Module):
    """What a unit does with its concatenated channels: interleave (shuffle), nothing, or a fixed permutation."""

    def __init__(self, mode: str, channels: int, unit_index: int):
        super().__init__()
        self.mode = mode
        if mode == "randperm":
            gen = torch.Generator().manual_seed(PERMUTATION_SEED + unit_index)
            self.register_buffer("perm", torch.randperm(channels, generator=gen))

    def forward(self, concat: torch.Tensor, batch: int | None) -> torch.Tensor:
        if self.mode == "shuffle":
            return channel_shuffle(concat, 2, batch)
        if self.mode == "randperm":
            return concat.index_select(1, self.perm)
        return concat


class TwinBasicUnit(BasicUnit):
    """A basic unit whose branch processes `branch` of its channels and whose mixing is `mixer`."""

    def __init__(self, channels: int, branch: int, mixer: Mixer):
        nn.Module.__init__(self)
        self.channels = channels
        self.keep, self.width = channels - branch, branch
        self.half = self.keep
        self.branch = nn.Sequential(
            ConvBN(branch, branch, 1),
            ConvBN(branch, branch, 3, depthwise=True, relu=False),
            ConvBN(branch, branch, 1),
        )
        self.mixer = mixer

    def forward(self, x: torch.Tensor, batch: int | None = None) -> "OrderedDict[str, torch.Tensor]":
        """Every tensor of the unit in order, named as the book's units name theirs (model.UNIT_TENSORS)."""
        left, part = x.split([self.keep, self.width], dim=1)
        conv1 = self.branch[0](part)
        dw = self.branch[1](conv1)
        right = self.branch[2](dw)
        concat = torch.cat([left, right], dim=1)
        return OrderedDict([("left", left), ("right.split", part), ("right.conv1", conv1), ("right.dw", dw),
                            ("right", right), ("concat", concat), ("shuffle", self.mixer(concat, batch))])


class TwinDownUnit(DownUnit):
    def __init__(self, cin: int, cout: int, mixer: Mixer):
        super().__init__(cin, cout, 2)
        self.mixer = mixer

    def forward(self, x: torch.Tensor, batch: int | None = None) -> "OrderedDict[str, torch.Tensor]":
        """Every tensor of the unit in order, named as the book's units name theirs (model.UNIT_TENSORS)."""
        left_dw = self.left[0](x)
        left = self.left[1](left_dw)
        conv1 = self.right[0](x)
        dw = self.right[1](conv1)
        right = self.right[2](dw)
        concat = torch.cat([left, right], dim=1)
        return OrderedDict([("left.dw", left_dw), ("left", left), ("right.conv1", conv1), ("right.dw", dw),
                            ("right", right), ("concat", concat), ("shuffle", self.mixer(concat, batch))])


class TwinNet(TinyShuffleNetV2):
    def __init__(self, variant: str, cfg: Config = Config()):
        super().__init__(cfg)
        self.variant = variant
        mode = {"noshuffle": "none", "randperm": "randperm"}.get(variant, "shuffle")
        fraction = {"branch1q": 0.25, "branch3q": 0.75}.get(variant, 0.5)
        stages, cin, index = [], cfg.stem, 0
        for cout, reps in zip(cfg.stage_channels, cfg.repeats):
            units = [TwinDownUnit(cin, cout, Mixer(mode, cout, index))]
            index += 1
            for _ in range(reps - 1):
                units.append(TwinBasicUnit(cout, int(round(cout * fraction)), Mixer(mode, cout, index)))
                index += 1
            stages.append(nn.ModuleList(units))
            cin = cout
        self.stages = nn.ModuleList(stages)


def train_twin(variant: str, seed: int, epochs: int, threads: int, out: str) -> dict:
    torch.set_num_threads(threads)
    seed_everything(seed)
    recipe = dict(RECIPES["fashion"], epochs=epochs)
    train, test = data.load("fashion")
    xtr = torch.from_numpy(data.to_float(train.images[:TWIN_TRAIN_IMAGES], "fashion"))
    ytr = torch.from_numpy(train.labels[:TWIN_TRAIN_IMAGES].astype(np.int64))
    xte = torch.from_numpy(data.to_float(test.images, "fashion"))
    yte = torch.from_numpy(test.labels.astype(np.int64))
    model = TwinNet(variant).to(memory_format=torch.channels_last)
    params, mult_adds = count_params(model), count_multiply_adds(model)["total"]
    decay = [p for p in model.parameters() if p.ndim > 1]
    no_decay = [p for p in model.parameters() if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": recipe["wd"]},
                             {"params": no_decay, "weight_decay": 0.0}], lr=recipe["lr"])
    steps = (len(ytr) + recipe["batch"] - 1) // recipe["batch"]
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=recipe["lr"], epochs=epochs, steps_per_epoch=steps,
                                                pct_start=0.25)
    gen = torch.Generator().manual_seed(seed)  # data order and augmentation: the same for every variant
    t0 = time.time()
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(ytr), generator=gen)
        for i in range(0, len(ytr), recipe["batch"]):
            idx = perm[i:i + recipe["batch"]]
            xb = augment(xtr[idx], recipe["shift"], recipe["flip"], gen).contiguous(memory_format=torch.channels_last)
            loss = F.cross_entropy(model(xb), ytr[idx], label_smoothing=recipe["smoothing"])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
        print(f"{variant} s{seed}: epoch {epoch + 1}/{epochs} ({time.time() - t0:.0f}s)", flush=True)
    acc = evaluate(model, xte, yte)
    os.makedirs(out, exist_ok=True)
    torch.save(model.to(memory_format=torch.contiguous_format).state_dict(), os.path.join(out, "model.pt"))
    metrics = {
        "variant": variant, "seed": seed, "epochs": epochs, "trainImages": len(ytr), "accuracy": acc, "testSetSize": len(yte),
        "params": params, "multiplyAdds": mult_adds, "seconds": round(time.time() - t0, 1), "threads": threads,
        "recipe": {k: v for k, v in recipe.items()}, "torch": torch.__version__,
    }
    with open(os.path.join(out, "metrics.json"), "w") as f:
        json.dump(metrics, f, indent=2)
    print(f"{variant} s{seed}: accuracy {acc:.4f} on {len(yte)} test images", flush=True)
    return metrics


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variant", required=True, choices=VARIANTS)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=TWIN_EPOCHS)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    out = os.path.join(HERE, "runs", "twins", f"{args.variant}-s{args.seed}")
    train_twin(args.variant, args.seed, args.epochs, args.threads, out)


if __name__ == "__main__":
    main()
