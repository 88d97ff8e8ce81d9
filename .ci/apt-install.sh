#!/bin/sh
# Installs Debian packages for the other .ci/install-*.sh scripts: apt-get update, then install without
# recommends, as root or through sudo. Usage: apt-install.sh NAME PACKAGE...; NAME prefixes every line.
set -eu
name="$1"
shift
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "$name: missing: $*, and this is not root (no sudo); install these Debian packages by hand" >&2
        exit 1
    fi
fi
echo "$name: missing: $*; running apt-get update && apt-get install -y --no-install-recommends $*"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "$@"
