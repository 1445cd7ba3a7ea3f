#!/usr/bin/env bash
# Installs what the tests need beyond npm packages, from Debian: Chromium (for the end-to-end tests)
# and PyTorch with torchvision (the end-to-end test of a full-size torchvision ShuffleNetV2 exports
# one with scripts/export-torchvision.py: the 5.5 MB file is made, not committed).
# Idempotent: installs only what is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
if [ -x "$CHROMIUM" ]; then
  echo "chromium: present ($("$CHROMIUM" --version 2>/dev/null | head -n 1))"
else
  missing+=(chromium fonts-dejavu-core)
fi
if /usr/bin/python3 -c 'import torch, torchvision' 2>/dev/null; then
  echo "torchvision: present"
else
  missing+=(python3-torchvision)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing Debian's ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
