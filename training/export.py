"""Export a trained model for the book.

    /usr/bin/python3 training/export.py --model digits
    /usr/bin/python3 training/export.py --model fashion

Reads training/runs/<model>/{model.pt,metrics.json} (written by train.py) and writes
  public/models/<model>/model.onnx       BN folded, opset 17, batch 1, every intermediate an output
  public/models/<model>/manifest.json    everything the app needs to know (see lib/manifest.ts)
  public/models/<model>/samples.bin      held-out images + labels
  tests/fixtures/models/<model>/golden.bin + golden.json   PyTorch outputs for 3 samples
"""
from __future__ import annotations

import argparse
import collections
import copy
import json
import os
import sys

import numpy as np
import onnx
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from model import (BasicUnit, Config, DownUnit, ExportWrapper, TinyShuffleNetV2,  # noqa: E402
                   count_multiply_adds, count_params)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OPSET = 17
SAMPLES_PER_CLASS = 100
GOLDEN_SAMPLES = [0, 1, 2]  # indices into samples.bin
MAX_ONNX_BYTES = 600 * 1024

TITLES = {"digits": "Handwritten digits (MNIST)", "fashion": "Clothing (Fashion-MNIST)"}


def build_outputs_and_units(model: TinyShuffleNetV2, traced: "collections.OrderedDict[str, torch.Tensor]"):
    outputs = []

    def add(name, role, stage=None, unit=None, unit_type=None, branch=None):
        entry = {"name": name, "role": role, "stage": stage, "unit": unit, "unitType": unit_type}
        if branch is not None:
            entry["branch"] = branch
        entry["shape"] = list(traced[name].shape)
        outputs.append(entry)

    add("stem", "stem")
    units = []
    prev = "stem"
    for si, stage in enumerate(model.stages):
        stage_no = si + 2
        for ui, unit in enumerate(stage):
            p = f"stage{stage_no}.unit{ui + 1}"
            utype = "basic" if isinstance(unit, BasicUnit) else "down"
            for part in ("left", "right"):
                add(f"{p}.{part}", "branch", stage_no, ui + 1, utype, part)
            add(f"{p}.concat", "concat", stage_no, ui + 1, utype)
            add(f"{p}.shuffle", "shuffle", stage_no, ui + 1, utype)
            x_in, x_out = traced[prev], traced[f"{p}.shuffle"]
            cin, cout = int(x_in.shape[1]), int(x_out.shape[1])
            plain = {"bn": False, "relu": False}
            if isinstance(unit, BasicUnit):
                h = unit.half
                before = [{"op": "split", "inChannels": cin, "outChannels": h, **plain}]
                left = [{"op": "identity", "inChannels": h, "outChannels": h, **plain}]
                right = [m.describe() for m in unit.branch]
            else:
                assert isinstance(unit, DownUnit)
                before = []
                left = [m.describe() for m in unit.left]
                right = [m.describe() for m in unit.right]
            after = [
                {"op": "concat", "inChannels": cout, "outChannels": cout, **plain},
                {"op": "shuffle", "inChannels": cout, "outChannels": cout, **plain, "groups": unit.groups},
            ]
            units.append({
                "name": p, "stage": stage_no, "unit": ui + 1, "type": utype, "input": prev,
                "inChannels": cin, "outChannels": cout,
                "inSize": list(x_in.shape[2:]), "outSize": list(x_out.shape[2:]),
                "before": before, "left": left, "right": right, "after": after,
            })
            prev = f"{p}.shuffle"
    add("conv5", "conv5")
    add("pool", "pool")
    add("logits", "logits")
    add("probs", "probs")
    return outputs, units


def check_graph(path: str, names: list[str], basic: list[str], n_units: int) -> dict:
    n_basic = len(basic)
    m = onnx.load(path)
    onnx.checker.check_model(m)
    g = m.graph
    assert [o.name for o in g.output] == names, "graph outputs differ from the traced names"
    assert [i.name for i in g.input] == ["input"], [i.name for i in g.input]
    assert any(o.domain in ("", "ai.onnx") and o.version == OPSET for o in m.opset_import)
    ops = collections.Counter(n.op_type for n in g.node)
    assert ops["Split"] == n_basic, ops
    assert ops["Add"] == 0 and ops["BatchNormalization"] == 0, ops
    assert ops["Transpose"] == n_units and ops["Reshape"] == 2 * n_units, ops
    producer = {o: n for n in g.node for o in n.output}
    for name in names:
        if name.endswith(".shuffle"):
            r2 = producer[name]
            t = producer[r2.input[0]]
            r1 = producer[t.input[0]]
            assert (r1.op_type, t.op_type, r2.op_type) == ("Reshape", "Transpose", "Reshape"), name
            assert producer[r1.input[0]].op_type == "Concat", name
            perm = [a.ints for a in t.attribute if a.name == "perm"][0]
            assert list(perm) == [0, 2, 1, 3, 4], perm
    for p in basic:  # the untouched half is an output of the unit's Split itself
        split = producer[f"{p}.left"]
        assert split.op_type == "Split" and list(split.output).index(f"{p}.left") == 0, (p, split.op_type)
        assert producer[f"{p}.right"].op_type == "Relu"
    return dict(sorted(ops.items()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, choices=["digits", "fashion"])
    ap.add_argument("--run", default=None, help="training output directory (default training/runs/<model>)")
    args = ap.parse_args()
    name = args.model
    torch.set_num_threads(1)

    run = args.run or os.path.join(HERE, "runs", name)
    with open(os.path.join(run, "metrics.json")) as f:
        metrics = json.load(f)
    cfg = Config(**{k: tuple(v) if isinstance(v, list) else v for k, v in metrics["config"].items()})
    model = TinyShuffleNetV2(cfg)
    model.load_state_dict(torch.load(os.path.join(run, "model.pt"), map_location="cpu"))
    model.eval()
    params = count_params(model)
    macs = count_multiply_adds(model)

    folded = copy.deepcopy(model).fold_batchnorm().eval()
    params_folded = count_params(folded)
    assert not any(isinstance(m, torch.nn.BatchNorm2d) for m in folded.modules())

    train, test = data.load(name)
    sample_idx = data.stratified_first(test.labels, SAMPLES_PER_CLASS)
    s_images, s_labels = test.images[sample_idx], test.labels[sample_idx]
    x_samples = torch.from_numpy(data.to_float(s_images, name))

    # folded == unfolded (eval mode), on every traced tensor of every shipped sample
    with torch.no_grad():
        a = model(x_samples, trace=True)
        b = folded(x_samples, trace=True)
    fold_err = max(float((a[k] - b[k]).abs().max()) for k in a)
    print(f"max |folded − unfolded| over all outputs of {len(sample_idx)} samples: {fold_err:.2e}")
    assert fold_err < 1e-3, fold_err
    sample_acc = float((b["logits"].argmax(1).numpy() == s_labels).mean())

    # accuracy of the folded model on the whole held-out / test set (must match training's)
    with torch.no_grad():
        xt = torch.from_numpy(data.to_float(test.images, name))
        pred = torch.cat([folded(xt[i:i + 1000]).argmax(1) for i in range(0, len(xt), 1000)])
    folded_acc = float((pred.numpy() == test.labels).mean())
    print(f"accuracy: trained {metrics['accuracy']:.4f}, folded {folded_acc:.4f} on {len(xt)}; "
          f"on the {len(sample_idx)} shipped samples {sample_acc:.4f}")
    assert abs(folded_acc - metrics["accuracy"]) < 1e-3

    out_dir = os.path.join(ROOT, "public", "models", name)
    fix_dir = os.path.join(ROOT, "tests", "fixtures", "models", name)
    os.makedirs(out_dir, exist_ok=True)
    os.makedirs(fix_dir, exist_ok=True)

    # ONNX
    with torch.no_grad():
        traced = folded(x_samples[:1], trace=True, batch=1)
    names = list(traced.keys())
    onnx_path = os.path.join(out_dir, "model.onnx")
    torch.onnx.export(ExportWrapper(folded), (x_samples[:1],), onnx_path, opset_version=OPSET,
                      input_names=["input"], output_names=names, do_constant_folding=True,
                      export_params=True)
    basic = [f"stage{si + 2}.unit{ui + 1}" for si, s in enumerate(folded.stages)
             for ui, u in enumerate(s) if isinstance(u, BasicUnit)]
    n_units = sum(len(s) for s in folded.stages)
    ops = check_graph(onnx_path, names, basic, n_units)
    size = os.path.getsize(onnx_path)
    print(f"{onnx_path}: {size} bytes, ops {ops}")
    assert size <= MAX_ONNX_BYTES

    # samples.bin: N×784 uint8 then N uint8 labels
    with open(os.path.join(out_dir, "samples.bin"), "wb") as f:
        f.write(s_images.reshape(len(s_labels), 784).astype(np.uint8).tobytes())
        f.write(s_labels.astype(np.uint8).tobytes())

    # golden outputs of the folded (= exported) model, batch 1, for 3 samples
    blobs, golden = [], []
    offset = 0
    for si in GOLDEN_SAMPLES:
        x = x_samples[si:si + 1]
        with torch.no_grad():
            outs = folded(x, trace=True, batch=1)
        entry = {"sample": si, "label": int(s_labels[si]), "tensors": {}}
        for k, v in [("input", x), *outs.items()]:
            arr = v.detach().numpy().astype("<f4").ravel()
            entry["tensors"][k] = {"shape": list(v.shape), "offset": offset, "length": int(arr.size)}
            blobs.append(arr)
            offset += arr.size
        golden.append(entry)
    with open(os.path.join(fix_dir, "golden.bin"), "wb") as f:
        for arr in blobs:
            f.write(arr.tobytes())
    with open(os.path.join(fix_dir, "golden.json"), "w") as f:
        json.dump({
            "model": name,
            "format": "golden.bin is float32 little-endian; each tensor starts at `offset` float32 "
                      "elements (4·offset bytes) and has `length` elements in row-major order",
            "source": f"PyTorch {torch.__version__}, BN-folded model in eval mode, batch 1; "
                      "`input` is samples.bin image `sample` preprocessed with the manifest's mean/std",
            "outputs": names,
            "samples": golden,
        }, f, indent=1)

    norm = data.NORMALISATION[name]
    stage_sizes = []
    for si, stage in enumerate(folded.stages):
        shp = traced[f"stage{si + 2}.unit{len(stage)}.shuffle"].shape
        stage_sizes.append({"name": f"stage{si + 2}", "outChannels": int(shp[1]),
                            "repeats": len(stage), "outSize": list(shp[2:])})
    outputs, units = build_outputs_and_units(folded, traced)
    manifest = {
        "name": name,
        "title": TITLES[name],
        "modelFile": "model.onnx",
        "modelBytes": size,
        "opset": OPSET,
        "input": {
            "name": "input",
            "shape": [1, 1, 28, 28],
            "preprocessing": {
                "mean": norm["mean"],
                "std": norm["std"],
                "background": "black",
                "description": (f"28×28 grayscale, white ink on a black background (0 = background, "
                                f"1 = ink after dividing by 255), then x ↦ (x − {norm['mean']}) / {norm['std']}. "
                                "Row-major, one channel, batch 1."),
            },
        },
        "classes": data.classes(name),
        "outputs": outputs,
        "units": units,
        "stem": {"outChannels": cfg.stem, "kernel": 3, "stride": 1},
        "stages": stage_sizes,
        "conv5": {"outChannels": cfg.conv5},
        "params": params,
        "paramsFolded": params_folded,
        "paramsNote": ("params counts the trainable PyTorch parameters (conv weights, BN γ and β, FC weight "
                       "and bias). paramsFolded counts the float weights in model.onnx after folding each "
                       "BatchNorm into its conv: γ and β of a BN with C channels become C conv biases, so "
                       "paramsFolded = params − (total BN channels)."),
        "multiplyAdds": macs["total"],
        "multiplyAddsNote": ("multiply-accumulates for one 28×28 image, counted with forward hooks: every conv "
                             "(output elements × input channels per group × 3×3 or 1×1) plus the FC layer "
                             "(inputs × outputs). BatchNorm (folded), ReLU, biases, split/concat/shuffle "
                             "(data movement), average pool and softmax are not counted."),
        "accuracy": {"value": metrics["accuracy"], "testSetSize": metrics["testSetSize"],
                     "testSet": metrics["testSet"]},
        "samples": {
            "file": "samples.bin",
            "count": int(len(s_labels)),
            "format": "N×784 uint8 pixels row-major (0=background) followed by N uint8 labels",
            "description": (f"the first {SAMPLES_PER_CLASS} images of each class, in their original order, "
                            f"from the {metrics['testSet']}"),
        },
        "training": {
            "epochs": metrics["epochs"],
            "seed": metrics["seed"],
            "seconds": metrics["seconds"],
            **({"cpuSeconds": metrics["cpuSeconds"]} if "cpuSeconds" in metrics else {}),
            "optimizer": metrics["optimizer"],
            "augmentation": metrics["augmentation"],
            "trainSet": metrics["trainSet"],
            "torch": metrics["torch"],
            "threads": metrics["threads"],
        },
    }
    with open(os.path.join(out_dir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(json.dumps({k: manifest[k] for k in ("params", "paramsFolded", "multiplyAdds", "accuracy")}))


if __name__ == "__main__":
    main()
