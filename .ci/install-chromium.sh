#!/bin/sh
# Installs Debian's headless-capable Chromium for the HTML report test (HtmlReportChromiumTest), once.
# Idempotent: does nothing when /usr/bin/chromium is already there. Needs root (or sudo) and apt.
set -eu
if [ -x /usr/bin/chromium ]; then
    echo "install-chromium: /usr/bin/chromium is already installed ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown')); nothing to do"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-chromium: /usr/bin/chromium is missing and this is not root (no sudo); install the 'chromium' package by hand" >&2
        exit 1
    fi
fi
echo "install-chromium: /usr/bin/chromium is missing; running apt-get update && apt-get install -y --no-install-recommends chromium"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
