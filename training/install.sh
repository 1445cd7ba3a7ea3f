#!/bin/sh
# Installs what training/ needs from Debian, only if missing. Idempotent.
set -eu
missing=""
for pkg in python3-torch python3-torchvision python3-onnx dataset-fashion-mnist; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then
    missing="$missing $pkg"
  fi
done
if [ -z "$missing" ]; then
  echo "all training packages are installed"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "installing:$missing"
$SUDO apt-get update
# shellcheck disable=SC2086
$SUDO apt-get install -y $missing
