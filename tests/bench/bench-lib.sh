# Shared by the benchmark scripts (sourced, not run): the cached demo
# databases on SQLite and PostgreSQL, timing, and statistics.
# Expects $builddir and $here (the source tree) to be set.

cli="$builddir/src/cli/ouderkamer-cli"
cache=${XDG_CACHE_HOME:-$HOME/.cache}/ouderkamer-bench
mkdir -p "$cache"
# The demo's "today", so that the same seed gives the same database on
# any day.
bench_today=2026-11-23

# Key of a demo database in the cache: SCHOOLS FAMILIES YEARS SEED.
bench_key() { echo "s$1-f$2-y$3-seed$4"; }

# "elapsed_ms max_rss_kb" of one command, its output discarded.
measure() {
  local start end
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M' -o "$cache/time.out" "$@" >/dev/null
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" -v m="$(cat "$cache/time.out")" 'BEGIN{printf "%.1f %d\n", (e - s) * 1000, m}'
}

# "median min max" of numbers, one a line.
stats() { sort -g | awk '{a[NR]=$1} END{if (NR == 0) exit 1; printf "%s %s %s\n", a[int((NR+1)/2)], a[1], a[NR]}'; }

# "median p99 min max" of numbers, one a line.
stats_p99() {
  sort -g | awk '{a[NR]=$1} END{if (NR == 0) exit 1; p = int(NR * 0.99 + 0.999); if (p > NR) p = NR;
                                printf "%s %s %s %s\n", a[int((NR+1)/2)], a[p], a[1], a[NR]}'
}

# Commands run when the calling script ends, whichever way.
cleanups=()
run_cleanups() { local c; for c in "${cleanups[@]}"; do eval "$c"; done; }
trap run_cleanups EXIT

# Makes the SQLite demo database SCHOOLS FAMILIES YEARS SEED unless it is in
# the cache, and sets demo_db to its path. Sets demo_fresh=1 and
# demo_gen="MS RSS_KB" when it had to be made, for the caller's report.
demo_fresh=0 demo_gen="" demo_db=""
sqlite_demo() {
  local db; db="$cache/board-$(bench_key "$@").db"
  demo_fresh=0
  # Brought to the current schema now, not in a timed run; one made by a
  # newer build than this one is made again.
  if [ ! -s "$db" ] || ! sqlite3 "$db" "select count(*) from activity" >/dev/null 2>&1 \
     || ! "$cli" --db "$db" init >/dev/null 2>&1; then
    rm -f "$db" "$db"-wal "$db"-shm
    demo_gen=$(measure "$cli" --db "$db" demo --schools "$1" --families "$2" --years "$3" \
                 --seed "$4" --today "$bench_today")
    demo_fresh=1
  fi
  demo_db=$db
}

# Starts the benchmark's PostgreSQL server, which keeps its databases
# between runs, and stops it when the calling script ends. Sets pg_port
# and psql_base.
pg_start() {
  pgdir=${OUDERKAMER_BENCH_PGDIR:-/var/tmp/ouderkamer-bench-pg}  # the postgres user must reach it
  local env
  env=$(OUDERKAMER_PG_PORT=${OUDERKAMER_BENCH_PG_PORT:-${OUDERKAMER_PG_PORT:-}} OUDERKAMER_PG_FSYNC=on \
          "$here/scripts/pg-test-server.sh" start "$pgdir") || return 1
  cleanups+=('"$here/scripts/pg-test-server.sh" stop "$pgdir"')
  pg_port=${env##*127.0.0.1:}; pg_port=${pg_port%%/*}
  export PGPASSWORD=ouderkamer-test
  psql_base=(psql -X -q -t -A -h 127.0.0.1 -p "$pg_port" -U ouderkamer)
}

pg_uri() { echo "postgresql://ouderkamer:ouderkamer-test@127.0.0.1:$pg_port/$1"; }

# Like sqlite_demo, on the PostgreSQL server; demo_db is the URI.
pg_demo() {
  local name; name="ok_bench_$(bench_key "$@" | tr - _)"
  demo_fresh=0
  demo_db=$(pg_uri "$name")
  if ! "${psql_base[@]}" -d "$name" -c "select count(*) from activity" >/dev/null 2>&1 \
     || ! "$cli" --db "$demo_db" init >/dev/null 2>&1; then
    "${psql_base[@]}" -d postgres -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
    demo_gen=$(measure "$cli" --db "$demo_db" demo --schools "$1" --families "$2" --years "$3" \
                 --seed "$4" --today "$bench_today")
    # Statistics as autovacuum would have them on a server in use.
    "${psql_base[@]}" -d "$name" -c "ANALYZE" >/dev/null
    demo_fresh=1
  fi
}

build_type() {
  meson introspect "$builddir" --buildoptions |
    python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="buildtype"][0])'
}

machine() {
  printf '%s cores, %s, %s' "$(nproc)" \
    "$(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo)" \
    "$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo)"
}
