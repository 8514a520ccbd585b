#!/usr/bin/env bash
# Board-scale benchmark (issue 2): builds a database of 40 schools, 25,000
# families and 5 school years of activities with attendance, on SQLite and
# on PostgreSQL (cached by seed and size), then prints generation time,
# database size, the time to open the database and print the first page of
# families, and the CLI's peak memory while doing so.
#   tests/bench/bench-board.sh BUILDDIR [--schools N --families N --years N --seed S]
set -euo pipefail
builddir=$(cd "${1:?build directory}" && pwd); shift || true
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/tests/bench/bench-lib.sh"
schools=40 families=625 years=5 seed=1 runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --schools) schools=$2; shift 2;; --families) families=$2; shift 2;;
    --years) years=$2; shift 2;; --seed) seed=$2; shift 2;; --runs) runs=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done

bench_db() {
  local name=$1 db=$2 size=$3
  local gen="cached" gen_rss="-"
  if [ "$demo_fresh" = 1 ]; then
    read -r gen gen_rss <<<"$demo_gen"
    gen="$(awk -v t="$gen" 'BEGIN{printf "%.1f s", t/1000}')"; gen_rss="$((gen_rss / 1024)) MB"
  fi
  local times=() rss=0 t m
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
echo "Machine: $(machine); build: $(build_type)"
echo
echo "| database   | generation     | gen. RSS   | size       | open + first 50 families (median of $runs) | CLI peak RSS |"
echo "|------------|----------------|------------|------------|------------------------------------------|--------------|"

sqlite_demo "$schools" "$families" "$years" "$seed"
sqlite_db=$demo_db
bench_db "SQLite" "$sqlite_db" "$(du -m "$sqlite_db" | cut -f1) MB"

pg_start
pg_demo "$schools" "$families" "$years" "$seed"
pg_name=${demo_db##*/}
bench_db "PostgreSQL" "$demo_db" \
  "$("${psql_base[@]}" -d "$pg_name" -c "select pg_database_size('$pg_name')/1048576") MB"

echo
sqlite3 "$sqlite_db" "select 'rows: ' || (select count(*) from school) || ' schools, ' || (select count(*) from family) || ' families, ' || (select count(*) from activity) || ' activities, ' || (select count(*) from attendance) || ' attendance'"
