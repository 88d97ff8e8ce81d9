#!/bin/sh
# Installs what the HTML report test (EvalHarnessTest, Report) renders with, once: Debian's headless-capable
# Chromium and fonts-noto-cjk (Noto Sans CJK JP, the font the report names first for Japanese text; without
# a CJK font Chromium draws Japanese as empty boxes).
# Idempotent: does nothing when both are there. Needs root (or sudo) and apt.
set -eu
missing=""
if [ ! -x /usr/bin/chromium ]; then
    missing="chromium"
fi
if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
    missing="$missing fonts-noto-cjk"
fi
if [ -z "$missing" ]; then
    echo "install-chromium: chromium ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown')) and fonts-noto-cjk are already installed; nothing to do"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-chromium: missing:$missing, and this is not root (no sudo); install these Debian packages by hand" >&2
        exit 1
    fi
fi
echo "install-chromium: missing:$missing; running apt-get update && apt-get install -y --no-install-recommends$missing"
$SUDO apt-get update
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
echo "install-chromium: installed$missing ($(/usr/bin/chromium --version 2>/dev/null || echo chromium))"
