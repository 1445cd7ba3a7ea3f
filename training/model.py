"""A tiny ShuffleNetV2 for 28×28 grayscale images.

The unit layout follows Ma et al., "ShuffleNet V2: Practical Guidelines for Efficient CNN
Architecture Design" (ECCV 2018), Fig. 3(c) and 3(d):

* basic unit (stride 1): split the channels in half; the first half passes through
  untouched, the second half goes through 1×1 conv-BN-ReLU → 3×3 depthwise conv-BN →
  1×1 conv-BN-ReLU; concatenate; shuffle the channels with 2 groups.
* down-sampling unit (stride 2): no split; the left branch is 3×3 depthwise conv (stride 2)-BN
  → 1×1 conv-BN-ReLU, the right branch is 1×1 conv-BN-ReLU → 3×3 depthwise conv (stride 2)-BN
  → 1×1 conv-BN-ReLU; concatenate (channels double); shuffle with 2 groups.

Differences from the ImageNet network, all because the inputs are 28×28 grayscale:
a 3×3 stride-1 stem instead of a stride-2 stem plus max-pool, and far fewer channels.

The same module is used for training and for export. `fold_batchnorm()` merges every BN into
the conv before it (eval-mode statistics), after which the network has no BatchNorm at all.
`forward(x, trace=True)` returns every tensor a reader steps through — the output of every op,
inside the branches too — in network order, as an ordered dict name → tensor; `ExportWrapper` turns that into the ONNX graph outputs.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass(frozen=True)
class Config:
    stem: int = 24
    stage_channels: tuple[int, ...] = (48, 96, 192)
    # units per stage, counting the down-sampling unit that opens each stage
    repeats: tuple[int, ...] = (2, 4, 2)
    conv5: int = 256
    num_classes: int = 10
    in_channels: int = 1
    image_size: int = 28
    groups: int = 2


class ConvBN(nn.Module):
    """conv (no bias) → BatchNorm → optional ReLU. After fold() the BN is gone and the conv
    carries the bias; the module's outputs are unchanged in eval mode."""

    def __init__(self, cin: int, cout: int, k: int, stride: int = 1, depthwise: bool = False, relu: bool = True):
        super().__init__()
        self.kind = "dwconv3x3" if depthwise else ("conv1x1" if k == 1 else f"conv{k}x{k}")
        self.stride = stride
        self.relu = relu
        self.conv = nn.Conv2d(cin, cout, k, stride, k // 2, groups=cin if depthwise else 1, bias=False)
        self.bn: nn.Module = nn.BatchNorm2d(cout)
        self.folded = False

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.bn(self.conv(x))
        return F.relu(x) if self.relu else x

    @torch.no_grad()
    def fold(self) -> None:
        """w' = w·γ/σ and b' = β − μ·γ/σ with σ = sqrt(running_var + eps)."""
        if self.folded:
            return
        bn = self.bn
        assert isinstance(bn, nn.BatchNorm2d)
        scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
        old = self.conv
        conv = nn.Conv2d(old.in_channels, old.out_channels, old.kernel_size, old.stride, old.padding,
                         groups=old.groups, bias=True)
        conv.weight.copy_(old.weight * scale.reshape(-1, 1, 1, 1))
        conv.bias.copy_(bn.bias - bn.running_mean * scale)
        self.conv = conv
        self.bn = nn.Identity()
        self.folded = True

    def describe(self) -> dict:
        d = {
            "op": self.kind,
            "inChannels": self.conv.in_channels,
            "outChannels": self.conv.out_channels,
            "bn": True,  # folded into the conv in the shipped model, but part of the design
            "relu": self.relu,
        }
        if self.kind == "dwconv3x3":
            d["stride"] = self.stride
            d["groups"] = self.conv.groups
        elif self.stride != 1:
            d["stride"] = self.stride
        return d


# The tensors of a unit, in network order, by their name within the unit (the graph output is
# `stageS.unitU.<name>`). `left` and `right` are the two inputs of the concat, as before; the
# others are the ops inside the branches. In a basic unit `left` and `right.split` are the two
# outputs of the one Split; `right` is the branch's second 1×1 conv-BN-ReLU.
UNIT_TENSORS = {
    "basic": ["left", "right.split", "right.conv1", "right.dw", "right", "concat", "shuffle"],
    "down": ["left.dw", "left", "right.conv1", "right.dw", "right", "concat", "shuffle"],
}


def channel_shuffle(x: torch.Tensor, groups: int, batch: int | None = None) -> torch.Tensor:
    """(N, g·k, H, W) → view as (N, g, k, H, W) → swap g and k → flatten back.
    Output channel i·g + j is input channel j·k + i. With `batch` given (export), every shape
    is a Python constant, so ONNX gets exactly Reshape → Transpose → Reshape."""
    n, c, h, w = x.shape
    if batch is not None:
        n = batch
    x = x.reshape(n, groups, c // groups, h, w)
    x = x.transpose(1, 2)
    return x.reshape(n, c, h, w)


class BasicUnit(nn.Module):
    def __init__(self, channels: int, groups: int = 2):
        super().__init__()
        assert channels % 2 == 0
        self.channels = channels
        self.groups = groups
        h = channels // 2
        self.half = h
        self.branch = nn.Sequential(
            ConvBN(h, h, 1),
            ConvBN(h, h, 3, depthwise=True, relu=False),
            ConvBN(h, h, 1),
        )

    def forward(self, x: torch.Tensor, batch: int | None = None) -> "OrderedDict[str, torch.Tensor]":
        """Every tensor of the unit in order, by its name within the unit (see UNIT_TENSORS)."""
        left, half = x.split([self.half, self.half], dim=1)
        conv1 = self.branch[0](half)
        dw = self.branch[1](conv1)
        right = self.branch[2](dw)
        concat = torch.cat([left, right], dim=1)
        return OrderedDict([("left", left), ("right.split", half), ("right.conv1", conv1), ("right.dw", dw),
                            ("right", right), ("concat", concat),
                            ("shuffle", channel_shuffle(concat, self.groups, batch))])


class DownUnit(nn.Module):
    def __init__(self, cin: int, cout: int, groups: int = 2):
        super().__init__()
        assert cout % 2 == 0
        h = cout // 2
        self.groups = groups
        self.left = nn.Sequential(
            ConvBN(cin, cin, 3, stride=2, depthwise=True, relu=False),
            ConvBN(cin, h, 1),
        )
        self.right = nn.Sequential(
            ConvBN(cin, h, 1),
            ConvBN(h, h, 3, stride=2, depthwise=True, relu=False),
            ConvBN(h, h, 1),
        )

    def forward(self, x: torch.Tensor, batch: int | None = None) -> "OrderedDict[str, torch.Tensor]":
        """Every tensor of the unit in order, by its name within the unit (see UNIT_TENSORS)."""
        left_dw = self.left[0](x)
        left = self.left[1](left_dw)
        conv1 = self.right[0](x)
        dw = self.right[1](conv1)
        right = self.right[2](dw)
        concat = torch.cat([left, right], dim=1)
        return OrderedDict([("left.dw", left_dw), ("left", left), ("right.conv1", conv1), ("right.dw", dw),
                            ("right", right), ("concat", concat),
                            ("shuffle", channel_shuffle(concat, self.groups, batch))])


class TinyShuffleNetV2(nn.Module):
    def __init__(self, cfg: Config = Config()):
        super().__init__()
        self.cfg = cfg
        self.stem = ConvBN(cfg.in_channels, cfg.stem, 3)
        stages = []
        cin = cfg.stem
        for cout, reps in zip(cfg.stage_channels, cfg.repeats):
            units = [DownUnit(cin, cout, cfg.groups)] + [BasicUnit(cout, cfg.groups) for _ in range(reps - 1)]
            stages.append(nn.ModuleList(units))
            cin = cout
        self.stages = nn.ModuleList(stages)
        self.conv5 = ConvBN(cin, cfg.conv5, 1)
        self.fc = nn.Linear(cfg.conv5, cfg.num_classes)

    # the tensor of a unit's outputs that the next unit reads (a V1 twin names it differently)
    UNIT_OUTPUT = "shuffle"

    @staticmethod
    def stage_name(i: int) -> str:
        return f"stage{i + 2}"  # the paper numbers stages 2, 3, 4 (stage 1 is the stem)

    def forward(self, x: torch.Tensor, trace: bool = False, batch: int | None = None):
        outs: "OrderedDict[str, torch.Tensor]" = OrderedDict()
        x = self.stem(x)
        outs["stem"] = x
        for si, stage in enumerate(self.stages):
            for ui, unit in enumerate(stage):
                tensors = unit(x, batch)
                p = f"{self.stage_name(si)}.unit{ui + 1}"
                for k, v in tensors.items():
                    outs[f"{p}.{k}"] = v
                x = tensors[self.UNIT_OUTPUT]
        x = self.conv5(x)
        outs["conv5"] = x
        x = x.mean(dim=(2, 3))  # global average pool → [N, C]
        outs["pool"] = x
        logits = self.fc(x)
        if not trace:
            return logits
        outs["logits"] = logits
        outs["probs"] = torch.softmax(logits, dim=1)
        return outs

    def fold_batchnorm(self) -> "TinyShuffleNetV2":
        for m in self.modules():
            if isinstance(m, ConvBN):
                m.fold()
        return self


class ExportWrapper(nn.Module):
    """Batch fixed at 1; returns every traced tensor as a tuple in network order."""

    def __init__(self, model: TinyShuffleNetV2):
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor):
        return tuple(self.model(x, trace=True, batch=1).values())


def count_params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def count_multiply_adds(model: TinyShuffleNetV2) -> dict:
    """Multiply-accumulates for one 1×1×28×28 image, counted with forward hooks.

    Counted: every Conv2d (out elements × in-channels-per-group × kH × kW) and the Linear layer
    (in × out). Not counted: BatchNorm (folded into the convs in the shipped model), ReLU,
    bias additions, the channel split / concat / shuffle (pure data movement), the average pool
    and the softmax."""
    counts = {"conv": 0, "linear": 0}
    hooks = []

    def conv_hook(m: nn.Conv2d, inp, out):
        k = m.kernel_size[0] * m.kernel_size[1] * (m.in_channels // m.groups)
        counts["conv"] += out.numel() * k

    def linear_hook(m: nn.Linear, inp, out):
        counts["linear"] += m.in_features * m.out_features * (out.numel() // m.out_features)

    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            hooks.append(m.register_forward_hook(conv_hook))
        elif isinstance(m, nn.Linear):
            hooks.append(m.register_forward_hook(linear_hook))
    was_training = model.training
    model.eval()
    with torch.no_grad():
        model(torch.zeros(1, model.cfg.in_channels, model.cfg.image_size, model.cfg.image_size))
    model.train(was_training)
    for h in hooks:
        h.remove()
    return {"total": counts["conv"] + counts["linear"], **counts}


if __name__ == "__main__":
    for reps in [(2, 3, 2), (3, 4, 3), (2, 4, 2), (3, 3, 3)]:
        for c5 in (256, 192):
            m = TinyShuffleNetV2(Config(repeats=reps, conv5=c5))
            print(reps, c5, count_params(m), count_multiply_adds(m))
