#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the test suite and
# prints the shell lines that point the tests at it:
#   eval "$(scripts/pg-test-server.sh start DIR)"  …  scripts/pg-test-server.sh stop DIR
# The port comes from OUDERKAMER_PG_PORT, else the first free one from 25432
# on: never a developer's own 5432, and below the kernel's range of ephemeral
# ports (32768–60999), where a client connection's local port can take it.
# Tests run with fsync off; OUDERKAMER_PG_FSYNC=on gives the durability of a
# real server, for the benchmarks.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder for the server}
port=${OUDERKAMER_PG_PORT:-}
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
    candidates=${port:-$(seq 25432 25481)}
    for candidate in $candidates; do
      if run_as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
           -o "-p $candidate -k $dir -c listen_addresses=127.0.0.1 -c fsync=${OUDERKAMER_PG_FSYNC:-off} -c max_connections=200" \
           start >/dev/null 2>&1; then
        echo "export OUDERKAMER_TEST_PG_URI=postgresql://ouderkamer:ouderkamer-test@127.0.0.1:$candidate/postgres"
        exit 0
      fi
    done
    echo "Could not start PostgreSQL on port(s) $candidates" >&2
    tail -n 5 "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && run_as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2; exit 2;;
esac
