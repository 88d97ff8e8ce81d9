#!/bin/sh
# Installs the bilingual dictionaries through which Russian and Japanese questions reach English articles:
# Debian's mueller7-dict (the Mueller English-Russian dictionary, read backwards) and edict (the EDRDG's
# JMdict/EDICT Japanese-English dictionary). Idempotent: does nothing when both are there. Needs root (or
# sudo) and apt. The bot runs without them; Russian and Japanese questions then reach only the knowledge
# written in their language, and a refusal says that the dictionary is missing.
set -eu
EDICT=/usr/share/edict/edict
MUELLER=/usr/share/dictd/mueller7.index
if [ -f "$EDICT" ] && [ -f "$MUELLER" ]; then
    echo "install-dictionaries: $EDICT and $MUELLER are already installed; nothing to do"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-dictionaries: the dictionaries are missing and this is not root (no sudo); install the 'edict' and 'mueller7-dict' packages by hand" >&2
        exit 1
    fi
fi
echo "install-dictionaries: missing; running apt-get update && apt-get install -y --no-install-recommends edict mueller7-dict"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends edict mueller7-dict
echo "install-dictionaries: installed $EDICT and $MUELLER"
