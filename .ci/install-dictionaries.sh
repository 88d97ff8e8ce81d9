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
sh "$(dirname "$0")/apt-install.sh" install-dictionaries edict mueller7-dict
echo "install-dictionaries: installed $EDICT and $MUELLER"
