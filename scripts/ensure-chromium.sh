#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when missing (the browser tests drive them).
# Never fails the build: without them the browser tests are skipped, loudly.
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "warning: chromium/chromium-driver missing and no root to install them: browser tests will be skipped" >&2
    exit 0
  fi
fi
echo "installing chromium and chromium-driver (apt) for the browser tests..." >&2
if $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1 \
   || { $SUDO apt-get update -qq >/dev/null 2>&1 && \
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1; }; then
  echo "chromium $(chromium --version 2>/dev/null | awk '{print $2}') installed" >&2
else
  echo "warning: could not install chromium/chromium-driver: browser tests will be skipped" >&2
fi
exit 0
