#!/usr/bin/python3
"""Exports torchvision's ShuffleNetV2 to ONNX the way people really do it, for the explorer.

Run with Debian's Python (python3-torchvision; see training/install.sh):

    /usr/bin/python3 scripts/export-torchvision.py --width 1.0 --out shufflenet_v2_x1_0.onnx
    /usr/bin/python3 scripts/export-torchvision.py --repeats 2,2,2 --channels 8,16,32,64,128 \
        --size 64 --opset 17 --out small.onnx --reference small

The export is a plain `torch.onnx.export(model, x, path, opset_version=N)` of
`torchvision.models.shufflenetv2.ShuffleNetV2` in eval mode, with the exporter's default tensor
names — nothing is renamed or simplified, so the file looks like a reader's own export.

No pretrained weights can be downloaded here (and none are needed to test the explorer), so the
weights are random from a seed: torchvision's own initialisation for convs and the classifier,
and random BatchNorm statistics (γ, β, running mean and variance), so that folding BN into the
convs is not a no-op. With `--pretrained PATH` a state dict saved with torch.save is loaded instead.

Options that mimic other common export paths:
  --keep-bn        TrainingMode.PRESERVE: BatchNormalization nodes stay in the graph
                   (the default eval export folds every BN into its conv)
  --no-fold        do_constant_folding=False: shape arithmetic stays as Shape/Gather/Unsqueeze/Concat
  --dynamic        dynamic_axes for batch, height and width (named input 'input'): shapes are then
                   computed in the graph from Shape ops
  --strip-weights  keep every initializer's dims but drop its values: a tiny file with the graph's
                   structure only (it cannot run); used for the structure tests of the full widths
  --resnet         a tiny ResNet (torchvision's BasicBlock, with element-wise Add shortcuts) instead,
                   to test that the explorer refuses a network that is not a ShuffleNetV2

--reference NAME writes NAME.json and NAME.bin: the input (seeded normal noise) and PyTorch's value
of every tensor the explorer shows (stem, max pool, per unit: split halves, each branch op,
concat, shuffle; conv5, pool, logits, probs), float32 little-endian, named as in
lib/onnxAddOutputs.ts.

For a full-size model run in the browser (the end-to-end test of a real 224x224 x0.5):
  --input picture  the reference input is the explorer's built-in test picture, cropped, resized
                   and normalised exactly as the page does it (lib/onnxRecognizeInput.ts testPicture
                   and rgbaToPlanes, lib/manifest.ts preprocessPixels, ImageNet statistics), so
                   the page's values can be compared with PyTorch's; NAME.json then also holds
                   PyTorch's top-5 classes
  --calibrate-bn   BN running statistics measured on seeded noise images (then γ and β random),
                   as training would leave them: activations keep their scale through all
                   layers instead of fading out, so the logits are not all the same
  --if-stale       do nothing when --out (and the reference) exist and are newer than this script
"""
import argparse
import json
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn
from torchvision.models import resnet, shufflenetv2

WIDTHS = {
    '0.5': ([4, 8, 4], [24, 48, 96, 192, 1024]),
    '1.0': ([4, 8, 4], [24, 116, 232, 464, 1024]),
    '1.5': ([4, 8, 4], [24, 176, 352, 704, 1024]),
    '2.0': ([4, 8, 4], [24, 244, 488, 976, 2048]),
}


def ints(text: str) -> list:
    return [int(v) for v in text.split(',') if v]


def randomise_batchnorm(model: nn.Module) -> None:
    """Random but reasonable eval-mode statistics, so each BN really rescales and shifts."""
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            with torch.no_grad():
                m.weight.uniform_(0.5, 1.5)
                m.bias.normal_(0.0, 0.1)
                m.running_mean.normal_(0.0, 0.1)
                m.running_var.uniform_(0.5, 1.5)


class TinyResNet(nn.Module):
    """conv-BN-ReLU, max pool, two residual BasicBlocks (x + F(x)), global pool, FC."""

    def __init__(self, width: int = 8, classes: int = 10):
        super().__init__()
        self.conv1 = nn.Sequential(nn.Conv2d(3, width, 3, 2, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU(inplace=True))
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        self.layer1 = nn.Sequential(resnet.BasicBlock(width, width), resnet.BasicBlock(width, width))
        self.fc = nn.Linear(width, classes)

    def forward(self, x):
        x = self.layer1(self.maxpool(self.conv1(x)))
        return self.fc(x.mean([2, 3]))


def calibrate_batchnorm(model: nn.Module, size: int, seed: int) -> None:
    """Running statistics measured on seeded noise, as training leaves them (γ and β stay random)."""
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.reset_running_stats()
            m.momentum = None  # a cumulative average over the batches below
    generator = torch.Generator().manual_seed(seed + 2)
    model.train()
    with torch.no_grad():
        for _ in range(4):
            model(torch.randn(8, 3, size, size, generator=generator))
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.momentum = 0.1
    model.eval()


def test_picture(side: int = 256) -> torch.Tensor:
    """The explorer's built-in test picture (lib/onnxRecognizeInput.ts testPicture), side x side x 3 uint8.

    The same double-precision expressions as the page; Uint8ClampedArray rounds half to even,
    as torch.round does.
    """
    pixels = torch.zeros(side, side, 3, dtype=torch.float64)
    for y in range(side):
        t = y / (side - 1)
        for x in range(side):
            rgb = [120 + 80 * t, 170 + 60 * t, 235] if t < 0.6 else [60, 150 - 40 * t, 50]
            dx = x - side * 0.35
            dy = y - side * 0.45
            if dx * dx + dy * dy < (side * 0.18) ** 2:
                rgb = [220, 40 + (x % 16) * 4, 30]
            if side * 0.58 < x < side * 0.85 and side * 0.3 < y < side * 0.62:
                rgb = [30, 60, 200 - ((x + y) % 32)]
            pixels[y, x] = torch.tensor(rgb, dtype=torch.float64)
    return torch.round(pixels).clamp(0, 255)


IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]


def picture_input(size: int, crop_ratio: float = 224 / 256) -> torch.Tensor:
    """The test picture as the page feeds it: centre crop, area average, whole 0-255 values, normalised.

    lib/onnxRecognizeInput.ts rgbaToInput/rgbaToPlanes and lib/manifest.ts preprocessPixels, step by step.
    """
    import math

    rgb = test_picture()
    height, width = rgb.shape[:2]
    side = min(width, height) * crop_ratio
    x0 = (width - side) / 2
    y0 = (height - side) / 2
    scale = side / size
    steps = max(1, math.ceil(scale))
    planes = torch.zeros(3, size, size, dtype=torch.float64)
    for oy in range(size):
        for ox in range(size):
            sx0 = x0 + ox * scale
            sy0 = y0 + oy * scale
            total = torch.zeros(3, dtype=torch.float64)
            for j in range(steps):
                for i in range(steps):
                    sx = min(width - 1, max(0, math.floor(sx0 + (i + 0.5) * (scale / steps))))
                    sy = min(height - 1, max(0, math.floor(sy0 + (j + 0.5) * (scale / steps))))
                    total += rgb[sy, sx]
            # rgbaToPlanes: rgbaToInput with mean 0 and std 1/255, in doubles, stored as float32
            planes[:, oy, ox] = (total / (steps * steps) / 255 - 0) / (1 / 255)
    # ... then whole pixel values (Math.round: half up)
    planes = torch.floor(planes.to(torch.float32).to(torch.float64) + 0.5)
    mean = torch.tensor(IMAGENET_MEAN, dtype=torch.float64).view(3, 1, 1)
    std = torch.tensor(IMAGENET_STD, dtype=torch.float64).view(3, 1, 1)
    return ((planes / 255 - mean) / std).to(torch.float32).unsqueeze(0)


def build(args) -> nn.Module:
    torch.manual_seed(args.seed)
    if args.resnet:
        model = TinyResNet(classes=args.classes)
    else:
        repeats, channels = WIDTHS[args.width] if args.width else (ints(args.repeats), ints(args.channels))
        model = shufflenetv2.ShuffleNetV2(repeats, channels, num_classes=args.classes)
    randomise_batchnorm(model)
    if args.calibrate_bn:
        calibrate_batchnorm(model, args.size, args.seed)
    if args.pretrained:
        model.load_state_dict(torch.load(args.pretrained, map_location='cpu'))
    return model.eval()


def capture(model: shufflenetv2.ShuffleNetV2, x: torch.Tensor) -> dict:
    """PyTorch's value of every tensor the explorer shows, in network order."""
    values: dict = {}
    hooks = []

    def keep(name):
        def hook(_m, _inputs, output):
            values[name] = output.detach().clone()
        return hook

    hooks.append(model.conv1.register_forward_hook(keep('stem')))
    hooks.append(model.maxpool.register_forward_hook(keep('maxpool')))
    # branch1 (down units only): 0 dw conv, 1 BN, 2 1x1 conv, 3 BN, 4 ReLU
    # branch2: 0 1x1 conv, 1 BN, 2 ReLU, 3 dw conv, 4 BN, 5 1x1 conv, 6 BN, 7 ReLU
    for s, stage_name in enumerate(['stage2', 'stage3', 'stage4']):
        for u, unit in enumerate(getattr(model, stage_name)):
            name = f'stage{s + 2}.unit{u + 1}'

            def unit_hook(module, inputs, output, name=name):
                (x_in,) = inputs
                if module.stride == 1:
                    left, split_right = x_in.chunk(2, dim=1)
                    values[f'{name}.left'] = left.detach().clone()
                    values[f'{name}.right.split'] = split_right.detach().clone()
                right = values[f'{name}.right']
                values[f'{name}.concat'] = torch.cat((values[f'{name}.left'], right), dim=1)
                values[f'{name}.shuffle'] = output.detach().clone()

            if unit.stride > 1:
                hooks.append(unit.branch1[1].register_forward_hook(keep(f'{name}.left.dw')))
                hooks.append(unit.branch1[4].register_forward_hook(keep(f'{name}.left')))
            hooks.append(unit.branch2[2].register_forward_hook(keep(f'{name}.right.conv1')))
            hooks.append(unit.branch2[4].register_forward_hook(keep(f'{name}.right.dw')))
            hooks.append(unit.branch2[7].register_forward_hook(keep(f'{name}.right')))
            hooks.append(unit.register_forward_hook(unit_hook))
    hooks.append(model.conv5.register_forward_hook(keep('conv5')))
    with torch.no_grad():
        logits = model(x)
    for h in hooks:
        h.remove()
    values['pool'] = values['conv5'].mean([2, 3])
    values['logits'] = logits
    values['probs'] = F.softmax(logits, dim=1)
    return values


def count(model: nn.Module, x: torch.Tensor) -> dict:
    """Trainable parameters and multiply-adds (convs + FC), the conventions of lib/network.ts."""
    total = {'multiplyAdds': 0}

    def hook(m, _inputs, out):
        if isinstance(m, nn.Conv2d):
            _, c, h, w = out.shape
            total['multiplyAdds'] += h * w * c * (m.in_channels // m.groups) * m.kernel_size[0] * m.kernel_size[1]
        elif isinstance(m, nn.Linear):
            total['multiplyAdds'] += m.in_features * m.out_features

    hooks = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    with torch.no_grad():
        model(x)
    for h in hooks:
        h.remove()
    return {'params': sum(p.numel() for p in model.parameters()), **total}


def write_reference(stem: str, x: torch.Tensor, values: dict, meta: dict) -> None:
    tensors = {}
    chunks = []
    offset = 0
    for name, t in [('input', x)] + list(values.items()):
        flat = t.detach().to(torch.float32).contiguous().reshape(-1)
        tensors[name] = {'shape': list(t.shape), 'offset': offset, 'length': flat.numel()}
        chunks.append(flat)
        offset += flat.numel()
    data = torch.cat(chunks).numpy().astype('<f4')
    with open(f'{stem}.bin', 'wb') as f:
        f.write(data.tobytes())
    with open(f'{stem}.json', 'w') as f:
        json.dump({**meta, 'tensors': tensors}, f, indent=1)
        f.write('\n')


def strip_weights(path: str) -> None:
    import onnx

    model = onnx.load(path)
    for init in model.graph.initializer:
        init.ClearField('raw_data')
        del init.float_data[:]
    onnx.save(model, path)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--width', choices=sorted(WIDTHS), help='a published width (0.5, 1.0, 1.5, 2.0)')
    p.add_argument('--repeats', default='4,8,4', help='stages_repeats, e.g. 2,2,2')
    p.add_argument('--channels', default='24,48,96,192,1024', help='stages_out_channels, e.g. 8,16,32,64,128')
    p.add_argument('--classes', type=int, default=1000)
    p.add_argument('--size', type=int, default=224, help='input height and width')
    p.add_argument('--opset', type=int, default=13)
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--pretrained', help='a state dict to load instead of random weights')
    p.add_argument('--keep-bn', action='store_true')
    p.add_argument('--no-fold', action='store_true')
    p.add_argument('--dynamic', action='store_true')
    p.add_argument('--strip-weights', action='store_true')
    p.add_argument('--resnet', action='store_true')
    p.add_argument('--calibrate-bn', action='store_true')
    p.add_argument('--input', choices=['noise', 'picture'], default='noise')
    p.add_argument('--if-stale', action='store_true')
    p.add_argument('--out', required=True)
    p.add_argument('--reference', help='write PyTorch reference values to REFERENCE.json/.bin')
    args = p.parse_args()

    outputs = [args.out] + ([f'{args.reference}.json', f'{args.reference}.bin'] if args.reference else [])
    if args.if_stale and all(os.path.exists(o) and os.path.getmtime(o) > os.path.getmtime(__file__) for o in outputs):
        print(f'{args.out}: up to date')
        return
    for o in outputs:
        os.makedirs(os.path.dirname(os.path.abspath(o)), exist_ok=True)

    model = build(args)
    torch.manual_seed(args.seed + 1)
    x = torch.randn(1, 3, args.size, args.size)
    if args.input == 'picture':
        x = picture_input(args.size)
    kwargs = {'opset_version': args.opset}
    if args.keep_bn:
        kwargs['training'] = torch.onnx.TrainingMode.PRESERVE
    if args.no_fold:
        kwargs['do_constant_folding'] = False
    if args.dynamic:
        kwargs['input_names'] = ['input']
        kwargs['dynamic_axes'] = {'input': {0: 'batch', 2: 'height', 3: 'width'}}
    # written beside the outputs first and renamed at the end: a test that runs this while another
    # reads the files never sees half of them
    tmp = f'.tmp{os.getpid()}'
    torch.onnx.export(model, x, args.out + tmp, **kwargs)
    if args.strip_weights:
        strip_weights(args.out + tmp)
    if args.reference:
        if args.resnet:
            sys.exit('--reference is for ShuffleNetV2 exports only')
        values = capture(model, x)
        meta = {
            'generatedBy': 'scripts/export-torchvision.py ' + ' '.join(sys.argv[1:]),
            'torch': torch.__version__,
            'opset': args.opset,
            'input': args.input,
            **count(model, x),
            'stagesRepeats': [len(getattr(model, f'stage{s}')) for s in (2, 3, 4)],
            'stagesOutChannels': [model.conv1[0].out_channels]
            + [getattr(model, f'stage{s}')[-1].branch2[5].out_channels * 2 for s in (2, 3, 4)]
            + [model.conv5[0].out_channels],
            'top5': torch.topk(values['logits'][0], 5).indices.tolist(),
        }
        write_reference(args.reference + tmp, x, values, meta)
        for ext in ('.json', '.bin'):
            os.replace(args.reference + tmp + ext, args.reference + ext)
    os.replace(args.out + tmp, args.out)


if __name__ == '__main__':
    main()
