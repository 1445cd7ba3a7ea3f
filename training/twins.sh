#!/bin/sh
# Trains every twin variant with seeds 0, 1, 2 (training/twins.py), two runs at a time on one
# CPU thread each; skips runs whose metrics.json exists, so it can be resumed. Then summarises.
set -eu
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
mkdir -p training/runs/twins
jobs=""
for seed in 0 1 2; do
  for variant in baseline noshuffle randperm branch1q branch3q v1; do
    [ -f "training/runs/twins/$variant-s$seed/metrics.json" ] && continue
    echo "$variant s$seed"
  done
done | xargs -P 2 -L 1 sh -c 'nice -n 10 '"$PY"' training/twins.py --variant "$0" --seed "${1#s}" >> "training/runs/twins/$0-$1.log" 2>&1'
echo "all twins trained"
