#!/usr/bin/env bash
# Installs what is missing, builds Ouderkamer and starts it on its own
# SQLite database ($XDG_DATA_HOME/ouderkamer/ouderkamer.db).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[ -f build/build.ninja ] || meson setup build >/dev/null
meson compile -C build >/dev/null
exec build/src/gui/ouderkamer "$@"
