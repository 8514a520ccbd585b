#!/usr/bin/env bash
# Board-scale benchmark (issue 2): builds a database of 40 schools, 25,000
# families and 5 school years of activities with attendance, on SQLite and
# on PostgreSQL (cached by seed and size), then prints generation time,
# database size, the time to open the database and print the first page of
# families, and the CLI's peak memory while doing so.
#   tests/bench/bench-board.sh BUILDDIR [--schools N --families N --years N --seed S]
set -euo pipefail
builddir=$(cd "${1:?build directory}" && pwd); shift || true
schools=40 families=625 years=5 seed=1 runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --schools) schools=$2; shift 2;; --families) families=$2; shift 2;;
    --years) years=$2; shift 2;; --seed) seed=$2; shift 2;; --runs) runs=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
here=$(cd "$(dirname "$0")/../.." && pwd)
cli="$builddir/src/cli/ouderkamer-cli"
cache=${XDG_CACHE_HOME:-$HOME/.cache}/ouderkamer-bench
mkdir -p "$cache"
key="s${schools}-f${families}-y${years}-seed${seed}"
today=2026-11-23

# "elapsed_seconds max_rss_kb" of one command.
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$cache/time.out" "$@" >/dev/null
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(cat "$cache/time.out")"
}

# median min max of a list of numbers
stats() { sort -g | awk '{a[NR]=$1} END{printf "%s %s %s\n", a[int((NR+1)/2)], a[1], a[NR]}'; }

bench_db() {
  local name=$1 db=$2 size_cmd=$3 fresh=$4
  local gen="cached" gen_rss="-"
  if [ "$fresh" = 1 ]; then
    read -r gen gen_rss < <(measure "$cli" --db "$db" demo --schools "$schools" --families "$families" \
                                     --years "$years" --seed "$seed" --today "$today")
    gen="$(awk -v t="$gen" 'BEGIN{printf "%.1f s", t/1000}')"; gen_rss="$((gen_rss / 1024)) MB"
  fi
  local size; size=$(eval "$size_cmd")
  local times=() rss=0
  for _ in $(seq "$runs"); do
    read -r t m < <(measure "$cli" --db "$db" families list --limit 50)
    times+=("$t")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  read -r med min max < <(printf '%s\n' "${times[@]}" | stats)
  printf '| %-10s | %-14s | %-10s | %-10s | %s ms (min %s, max %s) | %s MB |\n' \
    "$name" "$gen" "$gen_rss" "$size" "$med" "$min" "$max" "$((rss / 1024))"
}

echo "Board-scale database: $schools schools × $families families, $years school years (seed $seed)"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); build: $(meson introspect "$builddir" --buildoptions | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="buildtype"][0])')"
echo
echo "| database   | generation     | gen. RSS   | size       | open + first 50 families (median of $runs) | CLI peak RSS |"
echo "|------------|----------------|------------|------------|------------------------------------------|--------------|"

sqlite_db="$cache/board-$key.db"
fresh=0
if [ ! -s "$sqlite_db" ] || ! sqlite3 "$sqlite_db" "select count(*) from activity" >/dev/null 2>&1; then
  rm -f "$sqlite_db" "$sqlite_db"-wal "$sqlite_db"-shm; fresh=1
fi
bench_db "SQLite" "$sqlite_db" "du -m '$sqlite_db' | cut -f1 | sed 's/$/ MB/'" "$fresh"

pgdir=${OUDERKAMER_BENCH_PGDIR:-/var/tmp/ouderkamer-bench-pg}  # the postgres user must reach it
export OUDERKAMER_PG_PORT=${OUDERKAMER_PG_PORT:-25499}
eval "$("$here/scripts/pg-test-server.sh" start "$pgdir")"
trap '"$here/scripts/pg-test-server.sh" stop "$pgdir"' EXIT
pg_name="ok_bench_${key//-/_}"
export PGPASSWORD=ouderkamer-test
psql_base=(psql -q -t -A -h 127.0.0.1 -p "$OUDERKAMER_PG_PORT" -U ouderkamer)
pg_uri="postgresql://ouderkamer:ouderkamer-test@127.0.0.1:$OUDERKAMER_PG_PORT/$pg_name"
fresh=0
if ! "${psql_base[@]}" -d "$pg_name" -c "select count(*) from activity" >/dev/null 2>&1; then
  "${psql_base[@]}" -d postgres -c "DROP DATABASE IF EXISTS $pg_name" -c "CREATE DATABASE $pg_name"
  fresh=1
fi
bench_db "PostgreSQL" "$pg_uri" \
  "${psql_base[*]} -d $pg_name -c \"select pg_database_size('$pg_name')/1048576\" | sed 's/$/ MB/'" "$fresh"

echo
sqlite3 "$sqlite_db" "select 'rows: ' || (select count(*) from school) || ' schools, ' || (select count(*) from family) || ' families, ' || (select count(*) from activity) || ' activities, ' || (select count(*) from attendance) || ' attendance'"
