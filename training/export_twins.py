"""Ship the twin networks of the shuffle experiments, and summarise every run.

    training/twins.sh && /usr/bin/python3 training/export_twins.py

Reads training/runs/twins/<variant>-s<seed>/{model.pt,metrics.json} (written by twins.py) and writes
  public/models/twins/results.json             every run's test accuracy; per variant mean, standard
                                               deviation, min and max over seeds; params, multiply-adds,
                                               the shortened recipe
  public/models/twins/<variant>/model.onnx     the seed-0 network: BN folded, opset 17, batch 1, every
                                               traced tensor an output (as training/export.py does)
  public/models/twins/<variant>/manifest.json  variant, what changed, params, multiply-adds, seed-0 accuracy

The held-out images the browser measures the twins on are the fashion model's samples.bin (the first
100 test images of each class); they are not copied here. `--summary-only` writes results.json from
whatever runs exist (so the chapter can be drafted while the twins train). `--only v1` exports just the
named variants; a variant whose runs are not in training/runs/twins/ on this machine keeps the entry the
previous results.json recorded for it (its recipe must match), so adding a variant does not need the
other variants' fifteen trainings repeated.
"""
from __future__ import annotations

import argparse
import collections
import copy
import glob
import json
import math
import os
import sys

import numpy as np
import onnx
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data  # noqa: E402
from export import OPSET, SAMPLES_PER_CLASS  # noqa: E402
from model import ExportWrapper, count_multiply_adds, count_params  # noqa: E402
from twins import TWIN_EPOCHS, TWIN_TRAIN_IMAGES, V1_GROUPS, V1_STAGE_CHANNELS, VARIANTS, make_twin  # noqa: E402

SHIPPED_SEED = 0
# The recipe settings that shape a twin's training; every run must agree on them.
RECIPE_KEYS = ("epochs", "batch", "lr", "wd", "shift", "flip", "smoothing")
TWIN_MAX_ONNX_BYTES = 800 * 1024  # the three-quarter branch has 60 % more weights than the book's network

# What each twin changes relative to the baseline, in the book's words (shown by the browser).
CHANGES = {
    "baseline": {"label": "Baseline", "change": "split in half, concat, channel shuffle (g = 2): the book's architecture"},
    "noshuffle": {"label": "No shuffle", "change": "concat only: every unit leaves the channel order as it is"},
    "randperm": {"label": "Random permutation",
                 "change": "a fixed random channel permutation per unit instead of the interleave"},
    "branch1q": {"label": "Branch ¼", "change": "the branch of each basic unit takes a quarter of the channels, "
                                                "three quarters pass untouched"},
    "branch3q": {"label": "Branch ¾", "change": "the branch of each basic unit takes three quarters of the channels, "
                                                "a quarter passes untouched"},
    "v1": {"label": "V1 units",
           "change": (f"ShuffleNet V1 units at the same multiply-adds: no split, 1×1 group convolutions (g = {V1_GROUPS}) "
                      f"with the shuffle between them, added to the unit's input; "
                      f"{', '.join(map(str, V1_STAGE_CHANNELS))} channels per stage")},
}


def read_runs(runs_dir: str) -> dict[str, list[dict]]:
    runs: dict[str, list[dict]] = {v: [] for v in VARIANTS}
    for path in sorted(glob.glob(os.path.join(runs_dir, "*-s*", "metrics.json"))):
        with open(path) as f:
            m = json.load(f)
        if m.get("variant") in runs:
            runs[m["variant"]].append(m)
    for v in runs:
        runs[v].sort(key=lambda m: m["seed"])
    return runs


def spread(values: list[float]) -> dict:
    """Mean, sample standard deviation (n − 1; null for one run), min and max."""
    n = len(values)
    mean = sum(values) / n
    std = math.sqrt(sum((x - mean) ** 2 for x in values) / (n - 1)) if n > 1 else None
    return {"n": n, "mean": mean, "std": std, "min": min(values), "max": max(values)}


def read_recorded(out: str) -> dict[str, dict]:
    """The variants the previous results.json recorded, by name (empty without one)."""
    path = os.path.join(out, "results.json")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        previous = json.load(f)
    return {v["variant"]: {**v, "recipe": previous["recipe"]} for v in previous["variants"]}


def summarise(runs: dict[str, list[dict]], out: str, recorded: dict[str, dict] | None = None) -> dict:
    variants = []
    recipe = None
    recorded = recorded or {}
    for v in VARIANTS:
        ms = runs[v]
        if not ms and v in recorded:
            # trained elsewhere: keep what was recorded, under the same recipe as every other run
            entry = {k: x for k, x in recorded[v].items() if k != "recipe"}
            recipe = recipe or recorded[v]["recipe"]
            assert recorded[v]["recipe"] == recipe, (v, recorded[v]["recipe"], recipe)
            variants.append({**entry, **CHANGES[v], "shipped": os.path.exists(os.path.join(out, v, "model.onnx"))})
            continue
        if not ms:
            continue
        recipe = recipe or {"epochs": ms[0]["epochs"], "trainImages": ms[0]["trainImages"],
                            "testSetSize": ms[0]["testSetSize"], **{k: ms[0]["recipe"][k] for k in RECIPE_KEYS}}
        for m in ms:  # one recipe for every run, or the comparison is not controlled
            assert (m["epochs"], m["trainImages"], m["testSetSize"]) == (recipe["epochs"], recipe["trainImages"],
                                                                          recipe["testSetSize"]), m
            assert {k: m["recipe"][k] for k in RECIPE_KEYS} == {k: recipe[k] for k in RECIPE_KEYS}, m
            # later runs record the digits' handwriting switch (off for clothing; twins.py never uses it)
            assert not m["recipe"].get("handwriting", False), m
        assert len({(m["params"], m["multiplyAdds"]) for m in ms}) == 1, f"{v}: runs of one variant differ in size"
        variants.append({
            "variant": v, **CHANGES[v],
            "params": ms[0]["params"], "multiplyAdds": ms[0]["multiplyAdds"],
            "runs": [{"seed": m["seed"], "accuracy": m["accuracy"], "seconds": m["seconds"]} for m in ms],
            "accuracy": spread([m["accuracy"] for m in ms]),
            "shipped": os.path.exists(os.path.join(out, v, "model.onnx")),
        })
    return {
        "description": ("Twin networks of the book's Fashion-MNIST ShuffleNetV2, each differing from the baseline in "
                        "one design choice, trained with one shortened recipe and the same data order per seed; "
                        "accuracy on the full Fashion-MNIST test set. std is the sample standard deviation over "
                        "seeds (n − 1)."),
        "recipe": recipe,
        "seeds": sorted({m["seed"] for ms in runs.values() for m in ms}
                        | {r["seed"] for v in variants for r in v["runs"]}),
        "shippedSeed": SHIPPED_SEED,
        "variants": variants,
    }


def check_twin_graph(path: str, names: list[str], variant: str, n_units: int, n_basic: int) -> dict:
    m = onnx.load(path)
    onnx.checker.check_model(m)
    g = m.graph
    assert [o.name for o in g.output] == names, "graph outputs differ from the traced names"
    assert [i.name for i in g.input] == ["input"]
    assert any(o.domain in ("", "ai.onnx") and o.version == OPSET for o in m.opset_import)
    ops = collections.Counter(n.op_type for n in g.node)
    assert ops["BatchNormalization"] == 0, ops
    if variant == "v1":
        # V1 units: no split; each stride-1 unit adds its input back, each stride-2 unit average-pools it;
        # one shuffle per unit, inside the main branch
        assert ops["Split"] == 0 and ops["Add"] == n_basic and ops["AveragePool"] == n_units - n_basic, ops
        assert ops["Transpose"] == n_units, ops
        return dict(sorted(ops.items()))
    assert ops["Add"] == 0, ops
    assert ops["Split"] == n_basic, ops
    # the one design choice each twin changes is visible in the graph
    expected_transposes = n_units if variant not in ("noshuffle", "randperm") else 0
    assert ops["Transpose"] == expected_transposes, (variant, ops)
    if variant == "randperm":
        assert ops["Gather"] == n_units, ops
    return dict(sorted(ops.items()))


def export_variant(variant: str, run: str, out_dir: str, test) -> dict:
    with open(os.path.join(run, "metrics.json")) as f:
        metrics = json.load(f)
    model = make_twin(variant)
    model.load_state_dict(torch.load(os.path.join(run, "model.pt"), map_location="cpu"))
    model.eval()
    params, macs = count_params(model), count_multiply_adds(model)["total"]
    assert (params, macs) == (metrics["params"], metrics["multiplyAdds"]), variant
    folded = copy.deepcopy(model).fold_batchnorm().eval()

    xt = torch.from_numpy(data.to_float(test.images, "fashion"))
    with torch.no_grad():
        a = model(xt[:200], trace=True)
        b = folded(xt[:200], trace=True)
        fold_err = max(float((a[k] - b[k]).abs().max()) for k in a)
        assert fold_err < 1e-3, (variant, fold_err)
        pred = torch.cat([folded(xt[i:i + 1000]).argmax(1) for i in range(0, len(xt), 1000)])
    folded_acc = float((pred.numpy() == test.labels).mean())
    assert abs(folded_acc - metrics["accuracy"]) < 1e-3, (variant, folded_acc, metrics["accuracy"])

    os.makedirs(out_dir, exist_ok=True)
    with torch.no_grad():
        traced = folded(xt[:1], trace=True, batch=1)
    names = list(traced.keys())
    onnx_path = os.path.join(out_dir, "model.onnx")
    torch.onnx.export(ExportWrapper(folded), (xt[:1],), onnx_path, opset_version=OPSET, input_names=["input"],
                      output_names=names, do_constant_folding=True, export_params=True)
    n_units = sum(len(s) for s in folded.stages)
    n_basic = n_units - len(folded.stages)
    ops = check_twin_graph(onnx_path, names, variant, n_units, n_basic)
    size = os.path.getsize(onnx_path)
    assert size <= TWIN_MAX_ONNX_BYTES, size
    norm = data.NORMALISATION["fashion"]
    manifest = {
        "variant": variant, **CHANGES[variant],
        "modelFile": "model.onnx", "modelBytes": size, "opset": OPSET,
        "input": {"name": "input", "shape": [1, 1, 28, 28], "preprocessing": {"mean": norm["mean"], "std": norm["std"]}},
        "classes": data.classes("fashion"),
        "outputs": [{"name": k, "shape": list(v.shape)} for k, v in traced.items()],
        "params": params, "paramsFolded": count_params(folded), "multiplyAdds": macs,
        "accuracy": {"value": metrics["accuracy"], "testSetSize": metrics["testSetSize"], "seed": metrics["seed"]},
        "samples": {"model": "fashion", "note": (f"measured in the browser on the fashion model's held-out samples "
                                                 f"(the first {SAMPLES_PER_CLASS} test images of each class)")},
        "training": {"epochs": metrics["epochs"], "trainImages": metrics["trainImages"], "seed": metrics["seed"],
                     "seconds": metrics["seconds"], "recipe": metrics["recipe"], "torch": metrics["torch"]},
    }
    with open(os.path.join(out_dir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{variant}: {size} bytes, params {params}, multiply-adds {macs}, accuracy {metrics['accuracy']:.4f} "
          f"(folded {folded_acc:.4f}), ops {ops}")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", default=os.path.join(HERE, "runs", "twins"))
    ap.add_argument("--out", default=os.path.join(ROOT, "public", "models", "twins"))
    ap.add_argument("--summary-only", action="store_true", help="write results.json from the runs that exist")
    ap.add_argument("--only", nargs="+", choices=VARIANTS, help="export these variants only")
    ap.add_argument("--partial", action="store_true",
                    help="while the twins train: export the variants whose seed-0 run exists, summarise what exists")
    args = ap.parse_args()
    torch.set_num_threads(1)

    runs = read_runs(args.runs)
    recorded = read_recorded(args.out)
    missing = [f"{v}-s{s}" for v in VARIANTS for s in (0, 1, 2)
               if s not in {m["seed"] for m in runs[v]} and not (not runs[v] and v in recorded)]
    if missing and not (args.summary_only or args.partial):
        sys.exit(f"missing runs: {', '.join(missing)} (train them with training/twins.sh)")
    os.makedirs(args.out, exist_ok=True)
    if not args.summary_only:
        _, test = data.load("fashion")
        for v in args.only or VARIANTS:
            if args.partial and SHIPPED_SEED not in {m["seed"] for m in runs[v]}:
                continue
            export_variant(v, os.path.join(args.runs, f"{v}-s{SHIPPED_SEED}"), os.path.join(args.out, v), test)
    summary = summarise(runs, args.out, recorded)
    assert summary["recipe"] is None or (summary["recipe"]["epochs"], summary["recipe"]["trainImages"]) == (
        TWIN_EPOCHS, TWIN_TRAIN_IMAGES)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(summary, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for v in summary["variants"]:
        a = v["accuracy"]
        std = f"{a['std']:.4f}" if a["std"] is not None else "–"
        print(f"{v['variant']:>10}: mean {a['mean']:.4f} std {std} [{a['min']:.4f}, {a['max']:.4f}] over {a['n']} seeds")


if __name__ == "__main__":
    main()
