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
from model import (UNIT_TENSORS, BasicUnit, Config, ConvBN, DownUnit, ExportWrapper,  # noqa: E402
                   TinyShuffleNetV2, count_multiply_adds, count_params)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OPSET = 17
SAMPLES_PER_CLASS = 100
GOLDEN_SAMPLES = [0, 1, 2]  # indices into samples.bin
MAX_ONNX_BYTES = 600 * 1024

TITLES = {"digits": "Handwritten digits (MNIST)", "fashion": "Clothing (Fashion-MNIST)"}


def _channels(a: int, b: int) -> str:
    return f"channel {a}" if a == b else f"channels {a}–{b}"


def build_outputs_and_units(model: TinyShuffleNetV2, traced: "collections.OrderedDict[str, torch.Tensor]"):
    """The manifest's `outputs` (one per graph output, in network order) and `units`.

    Every output says which op made it (`op`), from which tensors (`inputs`), on which path of its
    unit (`path`: left / right / merge, null outside units), whether its values are signed or
    non-negative (`values`, `relu`), what it is in words (`description`), and for a conv or the
    FC layer which ONNX initializers hold its BN-folded weight and bias (`weights`)."""
    module_name = {m: n for n, m in model.named_modules()}
    outputs = []
    values_of = {"input": "signed"}

    def conv_weights(m: ConvBN) -> dict:
        base = f"model.{module_name[m]}.conv"
        c = m.conv
        return {"weight": f"{base}.weight", "bias": f"{base}.bias", "kernel": c.kernel_size[0],
                "stride": c.stride[0], "padding": c.padding[0], "groups": c.groups,
                "inChannels": c.in_channels, "outChannels": c.out_channels}

    def add(name, role, op, inputs, description, stage=None, unit=None, unit_type=None, branch=None,
            path=None, relu=False, weights=None, values=None):
        entry = {"name": name, "role": role, "stage": stage, "unit": unit, "unitType": unit_type}
        if branch is not None:
            entry["branch"] = branch
        entry["shape"] = list(traced[name].shape)
        if values is None:  # a ReLU makes values ≥ 0; data movement keeps its input's kind
            values = "nonnegative" if relu else (values_of[inputs[0]] if op in ("split", "concat", "shuffle", "avgpool")
                                                else "signed")
        values_of[name] = values
        entry.update({"op": op, "path": path, "inputs": inputs, "relu": relu, "values": values,
                      "description": description})
        if weights is not None:
            entry["weights"] = weights
        outputs.append(entry)

    def conv_text(m: ConvBN, size_in, size_out) -> str:
        c = m.conv
        if m.kind == "dwconv3x3":
            what = (f"3×3 depthwise convolution, stride {m.stride}: each of the {c.in_channels} channels "
                    f"filtered on its own")
        else:
            what = f"1×1 convolution: each output channel a weighted sum of the {c.in_channels} input channels at the same position"
            what += f" ({c.in_channels} → {c.out_channels} channels)" if c.in_channels != c.out_channels else ""
        where = f", {size_in[0]}×{size_in[1]} → {size_out[0]}×{size_out[1]}" if size_in != size_out else f", {size_out[0]}×{size_out[1]}"
        tail = ", then BN and ReLU" if m.relu else ", then BN and no ReLU, so values can be negative"
        return what + where + tail

    stem = model.stem
    add("stem", "stem", "conv3x3", ["input"], (
        f"Stem: a 3×3 convolution of the one-channel image to {stem.conv.out_channels} channels, stride 1, "
        "then BN and ReLU; 28×28 stays 28×28."), relu=True, weights=conv_weights(stem))
    units = []
    prev = "stem"
    for si, stage in enumerate(model.stages):
        stage_no = si + 2
        for ui, unit in enumerate(stage):
            p = f"stage{stage_no}.unit{ui + 1}"
            utype = "basic" if isinstance(unit, BasicUnit) else "down"
            where = f"Stage {stage_no}, unit {ui + 1}"
            kw = dict(stage=stage_no, unit=ui + 1, unit_type=utype)
            size = lambda t: list(traced[t].shape[2:])  # noqa: E731
            x_in, x_out = traced[prev], traced[f"{p}.shuffle"]
            cin, cout = int(x_in.shape[1]), int(x_out.shape[1])
            if isinstance(unit, BasicUnit):
                h = unit.half
                add(f"{p}.left", "branch", "split", [prev], (
                    f"{where}, the untouched half: input {_channels(1, h)} of {cin}, passed on unchanged."),
                    branch="left", path="left", **kw)
                add(f"{p}.right.split", "layer", "split", [prev], (
                    f"{where}, the half that enters the branch: input {_channels(h + 1, cin)}."), path="right", **kw)
                names = [f"{p}.right.conv1", f"{p}.right.dw", f"{p}.right"]
                ins = [f"{p}.right.split"] + names[:-1]
                labels = ["branch, first op", "branch, second op", "branch, third op (the branch's output)"]
                for m, n_, i_, lab in zip(unit.branch, names, ins, labels):
                    add(n_, "branch" if n_ == f"{p}.right" else "layer", m.kind, [i_],
                        f"{where}, {lab}: {conv_text(m, size(i_), size(n_))}.",
                        branch="right" if n_ == f"{p}.right" else None, path="right", relu=m.relu,
                        weights=conv_weights(m), **kw)
            else:
                assert isinstance(unit, DownUnit)
                for side, mods, names in (
                    ("left", unit.left, [f"{p}.left.dw", f"{p}.left"]),
                    ("right", unit.right, [f"{p}.right.conv1", f"{p}.right.dw", f"{p}.right"]),
                ):
                    ins = [prev] + names[:-1]
                    for k, (m, n_, i_) in enumerate(zip(mods, names, ins)):
                        last = k == len(mods) - 1
                        lab = f"{side} branch, op {k + 1} of {len(mods)}" + (f" (the {side} branch's output)" if last else "")
                        add(n_, "branch" if last else "layer", m.kind, [i_],
                            f"{where}, {lab}: {conv_text(m, size(i_), size(n_))}.",
                            branch=side if last else None, path=side, relu=m.relu, weights=conv_weights(m), **kw)
            h = cout // 2
            add(f"{p}.concat", "concat", "concat", [f"{p}.left", f"{p}.right"], (
                f"{where}, concat: the left path's {h} channels then the right path's {h} "
                f"(channels 1–{h} from the left, {h + 1}–{cout} from the right)."), path="merge", **kw)
            add(f"{p}.shuffle", "shuffle", "shuffle", [f"{p}.concat"], (
                f"{where}, channel shuffle with 2 groups: output channel 2i + 1 is concat channel i + 1 (left), "
                f"output channel 2i + 2 is concat channel {h} + i + 1 (right), for i = 0 … {h - 1}; the unit's output."),
                path="merge", **kw)

            plain = {"bn": False, "relu": False}
            if isinstance(unit, BasicUnit):
                h = unit.half
                before = [{"op": "split", "inChannels": cin, "outChannels": h, **plain}]
                left = [{"op": "identity", "inChannels": h, "outChannels": h, **plain, "output": f"{p}.left"}]
                right = [{**m.describe(), "output": n_} for m, n_ in
                         zip(unit.branch, [f"{p}.right.conv1", f"{p}.right.dw", f"{p}.right"])]
            else:
                before = []
                left = [{**m.describe(), "output": n_} for m, n_ in zip(unit.left, [f"{p}.left.dw", f"{p}.left"])]
                right = [{**m.describe(), "output": n_} for m, n_ in
                         zip(unit.right, [f"{p}.right.conv1", f"{p}.right.dw", f"{p}.right"])]
            after = [
                {"op": "concat", "inChannels": cout, "outChannels": cout, **plain, "output": f"{p}.concat"},
                {"op": "shuffle", "inChannels": cout, "outChannels": cout, **plain, "groups": unit.groups,
                 "output": f"{p}.shuffle"},
            ]
            units.append({
                "name": p, "stage": stage_no, "unit": ui + 1, "type": utype, "input": prev,
                "inChannels": cin, "outChannels": cout,
                "inSize": list(x_in.shape[2:]), "outSize": list(x_out.shape[2:]),
                "before": before, "left": left, "right": right, "after": after,
                "tensors": [f"{p}.{t}" for t in UNIT_TENSORS[utype]],
            })
            prev = f"{p}.shuffle"
    c5 = model.conv5.conv
    hw = list(traced["conv5"].shape[2:])
    add("conv5", "conv5", "conv1x1", [prev], (
        f"conv5: a 1×1 convolution, {c5.in_channels} → {c5.out_channels} channels at {hw[0]}×{hw[1]}, then BN and ReLU."),
        relu=True, weights=conv_weights(model.conv5))
    add("pool", "pool", "avgpool", ["conv5"], (
        f"Global average pooling: the mean of each of the {c5.out_channels} conv5 maps over its {hw[0]}×{hw[1]} "
        f"positions — a vector of {c5.out_channels} numbers, no longer a map."))
    fc = model.fc
    add("logits", "logits", "fc", ["pool"], (
        f"Fully connected layer: {fc.out_features} scores (logits), each the pooled vector's {fc.in_features} values "
        "times that class's weights, summed, plus the class's bias; can be negative."),
        weights={"weight": "model.fc.weight", "bias": "model.fc.bias",
                 "inChannels": fc.in_features, "outChannels": fc.out_features})
    add("probs", "probs", "softmax", ["logits"], (
        "Softmax: each score exponentiated and divided by the sum over all classes — "
        "probabilities that add up to 1."), values="probability")
    return outputs, units


def check_graph(path: str, names: list[str], basic: list[str], n_units: int, outputs: list[dict]) -> dict:
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
    for p in basic:  # both halves are outputs of the unit's Split itself
        split = producer[f"{p}.left"]
        assert split.op_type == "Split" and list(split.output) == [f"{p}.left", f"{p}.right.split"], (p, split.output)
        assert producer[f"{p}.right"].op_type == "Relu"
    inits = {t.name for t in g.initializer}
    for o in outputs:  # every conv / FC output names the initializers its node really reads
        node = producer[o["name"]]
        if o["relu"] and o["op"] != "split":
            assert node.op_type == "Relu", (o["name"], node.op_type)
            node = producer[node.input[0]]
        if "weights" in o:
            w = o["weights"]
            want = "Gemm" if o["op"] == "fc" else "Conv"
            assert node.op_type == want, (o["name"], node.op_type)
            assert list(node.input[1:]) == [w["weight"], w["bias"]], (o["name"], list(node.input))
            assert w["weight"] in inits and w["bias"] in inits
            assert node.input[0] == o["inputs"][0] or producer[node.input[0]].op_type == "Flatten", o["name"]
            if want == "Conv":
                at = {a.name: a for a in node.attribute}
                assert list(at["strides"].ints) == [w["stride"]] * 2, o["name"]
                assert list(at["pads"].ints) == [w["padding"]] * 4, o["name"]
                assert at["group"].i == w["groups"], o["name"]
                assert list(at["kernel_shape"].ints) == [w["kernel"]] * 2, o["name"]
            else:
                assert {a.name: a.i for a in node.attribute}.get("transB") == 1, "FC weight must be [classes, inputs]"
    return dict(sorted(ops.items()))


def metrics_from_manifest(path: str) -> dict:
    """The training record of a shipped model, as train.py's metrics.json has it."""
    with open(path) as f:
        m = json.load(f)
    t = m["training"]
    cfg = Config()
    assert m["stem"]["outChannels"] == cfg.stem and m["conv5"]["outChannels"] == cfg.conv5
    assert [s["outChannels"] for s in m["stages"]] == list(cfg.stage_channels)
    assert [s["repeats"] for s in m["stages"]] == list(cfg.repeats)
    return {"config": {k: list(v) if isinstance(v, tuple) else v for k, v in cfg.__dict__.items()},
            "accuracy": m["accuracy"]["value"], "testSetSize": m["accuracy"]["testSetSize"],
            "testSet": m["accuracy"]["testSet"], **{k: t[k] for k in (
                "epochs", "seed", "seconds", "cpuSeconds", "optimizer", "augmentation", "trainSet", "torch", "threads")
                if k in t}}


def folded_from_onnx(path: str, cfg: Config) -> TinyShuffleNetV2:
    """A BN-free TinyShuffleNetV2 holding the initializers of an exported model.onnx (whose names
    are the folded model's parameter names under `model.`)."""
    from onnx import numpy_helper
    inits = {t.name: numpy_helper.to_array(t) for t in onnx.load(path).graph.initializer}
    folded = TinyShuffleNetV2(cfg).fold_batchnorm().eval()
    keys = list(folded.state_dict().keys())
    assert sorted(f"model.{k}" for k in keys) == sorted(inits), "initializers differ from the architecture"
    folded.load_state_dict({k: torch.from_numpy(inits[f"model.{k}"].copy()) for k in keys})
    return folded


def reconstruction_error(folded: TinyShuffleNetV2, name: str, x_samples: torch.Tensor) -> float:
    """Largest difference between `folded` and the shipped model's golden PyTorch values (every
    output the old golden file has, for each of its samples). Read before the export overwrites it."""
    fix_dir = os.path.join(ROOT, "tests", "fixtures", "models", name)
    with open(os.path.join(fix_dir, "golden.json")) as f:
        meta = json.load(f)
    blob = np.fromfile(os.path.join(fix_dir, "golden.bin"), dtype="<f4")
    worst = 0.0
    for entry in meta["samples"]:
        with torch.no_grad():
            outs = folded(x_samples[entry["sample"]:entry["sample"] + 1], trace=True, batch=1)
        for k, t in entry["tensors"].items():
            ref = blob[t["offset"]:t["offset"] + t["length"]]
            ours = (x_samples[entry["sample"]] if k == "input" else outs[k]).numpy().ravel()
            worst = max(worst, float(np.abs(ours - ref).max()))
    return worst


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, choices=["digits", "fashion"])
    ap.add_argument("--run", default=None, help="training output directory (default training/runs/<model>)")
    ap.add_argument("--from-onnx", default=None, metavar="MODEL.ONNX",
                    help="re-export the weights of a shipped model.onnx (and its manifest's training record) "
                         "instead of a training run")
    args = ap.parse_args()
    name = args.model
    torch.set_num_threads(1)

    train, test = data.load(name)
    sample_idx = data.stratified_first(test.labels, SAMPLES_PER_CLASS)
    s_images, s_labels = test.images[sample_idx], test.labels[sample_idx]
    x_samples = torch.from_numpy(data.to_float(s_images, name))

    if args.from_onnx:
        # Re-export a shipped model without its PyTorch checkpoint: its ONNX initializers are the
        # BN-folded weights, which load straight into the BN-free twin (fold_batchnorm of a fresh model).
        metrics = metrics_from_manifest(os.path.join(ROOT, "public", "models", name, "manifest.json"))
        cfg = Config(**{k: tuple(v) if isinstance(v, list) else v for k, v in metrics["config"].items()})
        fresh = TinyShuffleNetV2(cfg).eval()
        params, macs = count_params(fresh), count_multiply_adds(fresh)
        folded = folded_from_onnx(args.from_onnx, cfg)
        params_folded = count_params(folded)
        err = reconstruction_error(folded, name, x_samples)
        print(f"max |reconstruction − shipped model| over every output of the golden samples: {err:.2e}")
        assert err <= 1e-5, err
        with torch.no_grad():
            b = folded(x_samples, trace=True)
    else:
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

        # folded == unfolded (eval mode), on every traced tensor of every shipped sample
        with torch.no_grad():
            a = model(x_samples, trace=True)
            b = folded(x_samples, trace=True)
        fold_err = max(float((a[k] - b[k]).abs().max()) for k in a)
        print(f"max |folded − unfolded| over all outputs of {len(sample_idx)} samples: {fold_err:.2e}")
        assert fold_err < 1e-3, fold_err
    assert not any(isinstance(m, torch.nn.BatchNorm2d) for m in folded.modules())
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
    outputs, units = build_outputs_and_units(folded, traced)
    assert [o["name"] for o in outputs] == names
    ops = check_graph(onnx_path, names, basic, n_units, outputs)
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
