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
# shellcheck disable=SC2086
sh "$(dirname "$0")/apt-install.sh" install-chromium $missing
echo "install-chromium: installed$missing ($(/usr/bin/chromium --version 2>/dev/null || echo chromium))"
