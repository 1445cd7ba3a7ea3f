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
    v1          ShuffleNet V1 units (Zhang et al. 2018, Fig. 2 b–c) at the baseline's multiply-adds:
                1×1 group conv (g = 3)-BN-ReLU → channel shuffle (g = 3) → 3×3 depthwise conv-BN →
                1×1 group conv-BN, added to the input, ReLU; stride 2: a 3×3 average pool (stride 2)
                as the shortcut, concatenated, ReLU. The stem, the stage layout (2, 4, 2 units) and the
                head (1×1 conv to 256, pool, fully connected) are the baseline's; the stage widths
                (V1_STAGE_CHANNELS) are chosen so that the multiply-adds match (see v1_widths).

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
VARIANTS = ("baseline", "noshuffle", "randperm", "branch1q", "branch3q", "v1")
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


# ---- ShuffleNet V1 units at equal multiply-adds -------------------------------------------------
# g = 3: the group count the V1 paper uses for its headline "ShuffleNet 1× (g = 3)" and in the
# shuffle ablation (Table 3, with g = 8); g = 2 would make its group convs only half as sparse.
# Every width below is a multiple of 12, so the bottleneck (a quarter of a unit's output channels)
# and every group conv splits into 3 equal groups. As in the paper, the first 1×1 conv of stage 2
# is not grouped: its input is the 24-channel stem.
V1_GROUPS = 3
V1_BOTTLENECK = 0.25  # the main branch's inner width, as a fraction of the unit's output channels
V1_STAGE_CHANNELS = (96, 180, 360)  # chosen by v1_widths(): the baseline's multiply-adds within a few %


class GroupConvBN(ConvBN):
    """1×1 group conv (no bias) → BN → optional ReLU; folds like ConvBN."""

    def __init__(self, cin: int, cout: int, groups: int, relu: bool):
        super().__init__(cin, cout, 1, relu=relu)
        self.kind = "gconv1x1" if groups > 1 else "conv1x1"
        self.conv = nn.Conv2d(cin, cout, 1, 1, 0, groups=groups, bias=False)


class V1Unit(nn.Module):
    """The V1 unit. Stride 1: out = ReLU(x + main(x)). Stride 2: out = ReLU(concat(avgpool(x), main(x))),
    main producing cout − cin channels. There is no split: every channel passes through the main branch."""

    def __init__(self, cin: int, cout: int, stride: int, groups: int = V1_GROUPS, group_first: bool = True):
        super().__init__()
        self.stride, self.groups = stride, groups
        mid = int(round(cout * V1_BOTTLENECK))
        main_out = cout if stride == 1 else cout - cin
        assert mid % groups == 0 and main_out % groups == 0 and (not group_first or cin % groups == 0)
        self.conv1 = GroupConvBN(cin, mid, groups if group_first else 1, relu=True)
        self.dw = ConvBN(mid, mid, 3, stride=stride, depthwise=True, relu=False)
        self.conv2 = GroupConvBN(mid, main_out, groups, relu=False)

    def forward(self, x: torch.Tensor, batch: int | None = None) -> "OrderedDict[str, torch.Tensor]":
        """Every tensor of the unit in order; the last one (`out`) is the unit's output."""
        shortcut = x if self.stride == 1 else F.avg_pool2d(x, 3, 2, 1)
        conv1 = self.conv1(x)
        shuffled = channel_shuffle(conv1, self.groups, batch)
        dw = self.dw(shuffled)
        main = self.conv2(dw)
        merged = shortcut + main if self.stride == 1 else torch.cat([shortcut, main], dim=1)
        merge_name = "add" if self.stride == 1 else "concat"
        return OrderedDict([("shortcut", shortcut), ("main.conv1", conv1), ("main.shuffle", shuffled),
                            ("main.dw", dw), ("main", main), (merge_name, merged), ("out", F.relu(merged))])


class V1Net(TinyShuffleNetV2):
    """The baseline's stem, stage layout and head around V1 units."""

    UNIT_OUTPUT = "out"  # a V1 unit ends in its Add/concat with the shortcut, not in a shuffle

    def __init__(self, stage_channels: tuple[int, ...] = V1_STAGE_CHANNELS, cfg: Config = Config()):
        super().__init__(cfg)
        self.variant = "v1"
        stages, cin = [], cfg.stem
        for si, (cout, reps) in enumerate(zip(stage_channels, cfg.repeats)):
            units = [V1Unit(cin, cout, 2, group_first=si > 0)]
            units += [V1Unit(cout, cout, 1) for _ in range(reps - 1)]
            stages.append(nn.ModuleList(units))
            cin = cout
        self.stages = nn.ModuleList(stages)
        self.conv5 = ConvBN(cin, cfg.conv5, 1)


def v1_widths() -> list[dict]:
    """Candidate V1 stage widths, every one a multiple of 12 (see V1_GROUPS), stage 4 twice stage 3 and
    stage 3 within 12 channels of twice stage 2 (the baseline doubles exactly: 48, 96, 192), with their
    multiply-adds relative to the baseline's, closest first. V1_STAGE_CHANNELS is the first row."""
    target = count_multiply_adds(TwinNet("baseline"))["total"]
    rows = []
    for c2 in range(60, 109, 12):
        for c3 in (2 * c2 - 12, 2 * c2, 2 * c2 + 12):
            net = V1Net((c2, c3, 2 * c3))
            macs = count_multiply_adds(net)["total"]
            rows.append({"channels": (c2, c3, 2 * c3), "multiplyAdds": macs, "params": count_params(net),
                         "ratio": round(macs / target, 4)})
    return sorted(rows, key=lambda r: abs(r["ratio"] - 1))


def make_twin(variant: str) -> TinyShuffleNetV2:
    return V1Net() if variant == "v1" else TwinNet(variant)


def train_twin(variant: str, seed: int, epochs: int, threads: int, out: str) -> dict:
    torch.set_num_threads(threads)
    seed_everything(seed)
    recipe = dict(RECIPES["fashion"], epochs=epochs)
    train, test = data.load("fashion")
    xtr = torch.from_numpy(data.to_float(train.images[:TWIN_TRAIN_IMAGES], "fashion"))
    ytr = torch.from_numpy(train.labels[:TWIN_TRAIN_IMAGES].astype(np.int64))
    xte = torch.from_numpy(data.to_float(test.images, "fashion"))
    yte = torch.from_numpy(test.labels.astype(np.int64))
    model = make_twin(variant).to(memory_format=torch.channels_last)
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
    ap.add_argument("--variant", choices=VARIANTS)
    ap.add_argument("--v1-widths", action="store_true", help="print the V1 width candidates and their multiply-adds")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=TWIN_EPOCHS)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    if args.v1_widths:
        for row in v1_widths():
            print(row)
        return
    if args.variant is None:
        ap.error("--variant is required")
    out = os.path.join(HERE, "runs", "twins", f"{args.variant}-s{args.seed}")
    train_twin(args.variant, args.seed, args.epochs, args.threads, out)


if __name__ == "__main__":
    main()
