#!/usr/bin/env bash
# Installs what is missing, builds Ouderkamer and runs every test: the core
# on SQLite and on a throw-away PostgreSQL server started here, the CLI as a
# process, and the GUI under Xvfb. Ends with "N passed, N failed".
# Arguments go to meson setup; OUDERKAMER_TEST_ARGS to meson test, for
# example "--no-suite gui".
set -uo pipefail
cd "$(dirname "$0")/.."
builddir=${OUDERKAMER_BUILDDIR:-build}

summary() {
  awk '/^Ok:/{p+=$NF} /^Expected Fail:/{p+=$NF} /^(Fail|Unexpected Pass|Timeout):/{f+=$NF}
       END{printf "%d passed, %d failed\n",p,f}' "$builddir/meson-logs/testlog.txt"
}

if ! scripts/install-deps.sh; then
  echo "Could not install the packages Ouderkamer needs"; echo "0 passed, 1 failed"; exit 1
fi
if { [ -f "$builddir/build.ninja" ] || meson setup "$builddir" "$@"; } && meson compile -C "$builddir"; then :; else
  echo "The build failed"; echo "0 passed, 1 failed"; exit 1
fi

pgdir=$(mktemp -d /tmp/ouderkamer-pg.XXXXXX)
trap 'scripts/pg-test-server.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
if ! pgenv=$(scripts/pg-test-server.sh start "$pgdir"); then
  echo "Could not start PostgreSQL for the tests"; cat "$pgdir"/*.log 2>/dev/null | tail -20
  echo "0 passed, 1 failed"; exit 1
fi
eval "$pgenv"

dbus-run-session -- xvfb-run -a -s '-screen 0 1280x800x24' \
  meson test -C "$builddir" --print-errorlogs --num-processes 2 ${OUDERKAMER_TEST_ARGS:-}
status=$?
summary
exit $status
