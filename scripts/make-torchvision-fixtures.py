#!/usr/bin/python3
"""Counts parameters and multiply-adds of torchvision's four ShuffleNetV2 models.

Run with Debian's Python (torch 1.13, torchvision 0.14):

    /usr/bin/python3 scripts/make-torchvision-fixtures.py > tests/fixtures/torchvision/shufflenetv2.json

The output is the ground truth that tests/lib/network.test.ts compares lib/network.ts against,
number for number. No weights are downloaded: the models are built with weights=None, and
counting does not depend on the values of the weights.

What is counted
- params: sum(p.numel()) over model.parameters(): conv weights (the convs have no bias),
  BatchNorm gamma and beta, FC weight and FC bias. BN running mean/var are buffers, not parameters.
- multiply-adds, on one 1x3x224x224 image, with forward hooks:
    Conv2d: out_h * out_w * out_c * (in_c / groups) * k_h * k_w
    Linear: in_features * out_features
  BatchNorm, ReLU, max pooling, the global average pool, bias additions and the data movement of
  split/concat/channel shuffle are NOT counted (the paper's FLOPs are multiply-adds of the
  convolutions and the FC layer).
- bnOutputs / reluOutputs: how many values all BatchNorm / ReLU layers produce for that image, so
  the book can show how much other counting conventions (one operation per BN or ReLU output) add.
"""
import json
import sys

import torch
import torchvision
from torch import nn
from torchvision.models import shufflenetv2 as sn

MODELS = [
    ('0.5', 'shufflenet_v2_x0_5', sn.shufflenet_v2_x0_5),
    ('1.0', 'shufflenet_v2_x1_0', sn.shufflenet_v2_x1_0),
    ('1.5', 'shufflenet_v2_x1_5', sn.shufflenet_v2_x1_5),
    ('2.0', 'shufflenet_v2_x2_0', sn.shufflenet_v2_x2_0),
]
TOP_LEVEL = ['conv1', 'maxpool', 'stage2', 'stage3', 'stage4', 'conv5', 'fc']


def conv_mult_adds(m: nn.Conv2d, out: torch.Tensor) -> int:
    _, out_c, out_h, out_w = out.shape
    k_h, k_w = m.kernel_size
    return out_h * out_w * out_c * (m.in_channels // m.groups) * k_h * k_w


def count(model: nn.Module) -> dict:
    model.eval()
    per_layer: dict = {name: {'params': 0, 'multiplyAdds': 0} for name in TOP_LEVEL}
    elementwise = {'bnOutputs': 0, 'reluOutputs': 0}
    current = {'name': None}
    hooks = []

    def leaf_hook(module, _inputs, output):
        if isinstance(module, nn.BatchNorm2d):
            elementwise['bnOutputs'] += output.numel()
            return
        if isinstance(module, nn.ReLU):
            elementwise['reluOutputs'] += output.numel()
            return
        if isinstance(module, nn.Conv2d):
            n = conv_mult_adds(module, output)
        elif isinstance(module, nn.Linear):
            n = module.in_features * module.out_features
        else:
            return
        per_layer[current['name']]['multiplyAdds'] += n

    def enter(name):
        def pre_hook(_module, _inputs):
            current['name'] = name
        return pre_hook

    def leave(name):
        def hook(_module, _inputs, output):
            per_layer[name]['outputShape'] = list(output.shape[1:])
        return hook

    for name in TOP_LEVEL:
        child = getattr(model, name)
        per_layer[name]['params'] = sum(p.numel() for p in child.parameters())
        hooks.append(child.register_forward_pre_hook(enter(name)))
        hooks.append(child.register_forward_hook(leave(name)))
        for m in child.modules():
            if isinstance(m, (nn.Conv2d, nn.Linear, nn.BatchNorm2d, nn.ReLU)):
                hooks.append(m.register_forward_hook(leaf_hook))
    # Every top-level module is one of the above; anything else would be missed.
    assert sorted(n for n, _ in model.named_children()) == sorted(TOP_LEVEL)

    with torch.no_grad():
        out = model(torch.zeros(1, 3, 224, 224))
    for h in hooks:
        h.remove()

    params = sum(p.numel() for p in model.parameters())
    mult_adds = sum(v['multiplyAdds'] for v in per_layer.values())
    assert params == sum(v['params'] for v in per_layer.values())
    assert list(out.shape) == [1, 1000]
    return {
        'params': params,
        'multiplyAdds': mult_adds,
        **elementwise,
        'stageOutChannels': list(model._stage_out_channels),
        'stageRepeats': [len(getattr(model, s)) for s in ('stage2', 'stage3', 'stage4')],
        'layers': [{'name': n, **per_layer[n]} for n in TOP_LEVEL],
    }


def main() -> None:
    torch.manual_seed(0)
    result = {
        'generatedBy': 'scripts/make-torchvision-fixtures.py',
        'torch': torch.__version__,
        'torchvision': torchvision.__version__,
        'input': [1, 3, 224, 224],
        'conventions': {
            'params': 'sum(p.numel()) over model.parameters(): conv weights (no conv biases), BN gamma and beta, FC weight and bias; BN running statistics are buffers and not counted',
            'multiplyAdds': 'forward hooks on one 1x3x224x224 image; Conv2d: out_h*out_w*out_c*(in_c/groups)*k_h*k_w; Linear: in*out; BN, ReLU, pooling, biases and split/concat/shuffle are not counted',
        },
        'models': {},
    }
    for width, fn_name, fn in MODELS:
        model = fn(weights=None)
        entry = {'builder': f'torchvision.models.{fn_name}', **count(model)}
        result['models'][width] = entry
    # torchvision documents num_params for its pretrained weights; keep it as a cross-check.
    for width, enum in [('0.5', sn.ShuffleNet_V2_X0_5_Weights), ('1.0', sn.ShuffleNet_V2_X1_0_Weights),
                        ('1.5', sn.ShuffleNet_V2_X1_5_Weights), ('2.0', sn.ShuffleNet_V2_X2_0_Weights)]:
        result['models'][width]['torchvisionMetaNumParams'] = enum.IMAGENET1K_V1.meta['num_params']
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
