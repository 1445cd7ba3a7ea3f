#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's Chromium (for the end-to-end tests).
# Idempotent: does nothing when it is already installed.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium: present ($("$CHROMIUM" --version 2>/dev/null | head -n 1))"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "chromium: installing Debian's chromium package"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
