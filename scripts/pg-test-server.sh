#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the test suite and
# prints the shell lines that point the tests at it:
#   eval "$(scripts/pg-test-server.sh start DIR)"  …  scripts/pg-test-server.sh stop DIR
# The port comes from OUDERKAMER_PG_PORT (default 55432) so that a developer's
# own server on 5432 is never touched.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder for the server}
port=${OUDERKAMER_PG_PORT:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

run_as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      echo ouderkamer-test > "$dir/pwfile"
      [ "$(id -u)" = 0 ] && chown postgres "$dir/pwfile"
      run_as_postgres "$bindir/initdb" -D "$dir/data" -U ouderkamer --pwfile="$dir/pwfile" \
        -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    fi
    run_as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "export OUDERKAMER_TEST_PG_URI=postgresql://ouderkamer:ouderkamer-test@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && run_as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2; exit 2;;
esac
