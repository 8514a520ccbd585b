#!/usr/bin/env bash
# One benchmark run (issue 10): every speed and memory target of the issues,
# each next to a reference measured in the same run on the same data, as one
# Markdown table on stdout (progress goes to stderr). Each figure is the
# median of several runs, with min and max.
#   tests/bench/bench.sh BUILDDIR [--runs N] [--only startup,search,report,mark,import]
# (or OUDERKAMER_BENCH_RUNS=N, OUDERKAMER_BENCH_ONLY=…)
# The board-scale databases are made once and cached (see bench-lib.sh);
# OUDERKAMER_BENCH_PG_PORT picks the port of the benchmark's PostgreSQL.
set -euo pipefail
builddir=$(cd "${1:?build directory}" && pwd); shift || true
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${OUDERKAMER_BENCH_RUNS:-5}
only=${OUDERKAMER_BENCH_ONLY:-startup,search,report,mark,import}
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    --only) only=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done

# The windows need a display: the same one for the app and the reference,
# and no session bus, whose portal would answer the first window of a
# run late.
if [ -z "${OUDERKAMER_BENCH_UNDER_XVFB:-}" ]; then
  export OUDERKAMER_BENCH_UNDER_XVFB=1
  exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$builddir" --runs "$runs" --only "$only"
fi

. "$here/tests/bench/bench-lib.sh"
work=$(mktemp -d /tmp/ouderkamer-bench.XXXXXX)
cleanups+=("rm -rf '$work'")
renderer=cairo
export GSK_RENDERER=$renderer GTK_A11Y=none GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$builddir/data"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
app="$builddir/src/gui/ouderkamer"
bench_bin="$builddir/tests/bench"
# What the windows say on stderr would drown the progress; it is summed up
# at the end.
gui_log="$work/gui-stderr.log"
: >"$gui_log"

say() { echo "bench: $*" >&2; }

rows=()
# row MEASURE OUDERKAMER REFERENCE RATIO TARGET MET
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
missing() { row "$1" "not on main yet ($2)" "" "" "$3" ""; }

# A number with as many decimals as it deserves.
num() { awk -v x="$1" 'BEGIN{printf (x == int(x) || x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f"), x}'; }
# "median unit (min–max)" of "median min max".
fig() {
  local med min max; read -r med min max <<<"$1"
  echo "$(num "$med") $2 ($(num "$min")–$(num "$max"))"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f×", a / b}'; }
met() { if awk "BEGIN{exit !($1)}"; then echo yes; else echo "**no**"; fi; }
median_of() { read -r m _ <<<"$1"; echo "$m"; }
# "median unit (p99 …, min–max)" of "median p99 min max".
fig99() {
  local med p99 min max; read -r med p99 min max <<<"$1"
  echo "$(num "$med") $2 (p99 $(num "$p99"), $(num "$min")–$(num "$max"))"
}

# bench-launch, its complaints and the window's kept in the log.
launch() {
  if ! "$bench_bin/bench-launch" "$@" 2>>"$gui_log"; then
    say "could not time $*:"; tail -n 5 "$gui_log" >&2
    exit 1
  fi
}

# Start-up to first frame and peak memory, against the bare window.
bench_startup() {
  if ! grep -q OUDERKAMER_BENCH_FIRST_FRAME "$app"; then
    missing "start-up to first frame" "main window" "≤ 1.5× bare window"
    missing "peak memory, board-scale database" "main window" "≤ bare window + 50 MB"
    return
  fi
  local empty="$work/empty.db" big=$1 board=$2 db
  "$cli" --db "$empty" init >/dev/null
  # The app copies its database once a day in a worker thread. A run that
  # quits at the first frame stops that copy, so that every run would be
  # the day's first: the day's backup is made beforehand, and start-up is
  # timed as on every later start that day.
  if "$cli" --help | grep -q '^  backup '; then
    for db in "$empty" "$board" "$big"; do "$cli" --db "$db" backup create >/dev/null; done
  fi
  local -A times=()
  local kind t m
  local -A cmd=(
    [bare]="$bench_bin/bench-bare-window"
    [empty]="$app --db $empty"
    [board]="$app --db $board"
    [big]="$app --db $big"
    [board-families]="env OUDERKAMER_BENCH_PAGE=families $app --db $board"
    [big-families]="env OUDERKAMER_BENCH_PAGE=families $app --db $big"
  )
  say "start-up: $runs runs of each window, after one to warm up"
  for i in $(seq 0 "$runs"); do
    for kind in bare empty board big; do
      # shellcheck disable=SC2086
      read -r t m <<<"$(OUDERKAMER_BENCH_FIRST_FRAME=1 launch -- ${cmd[$kind]})"
      [ "$i" -gt 0 ] && times[$kind]+="$t "
    done
  done
  local -A s=()
  for kind in bare empty board big; do s[$kind]=$(tr ' ' '\n' <<<"${times[$kind]}" | grep . | stats); done
  local ref; ref=$(median_of "${s[bare]}")
  local label
  for kind in empty board big; do
    case $kind in
      empty) label="start-up to first frame, empty database";;
      board) label="start-up to first frame, board-scale database (first school)";;
      big) label="start-up to first frame, one school of 25,000 families";;
    esac
    local r; r=$(awk -v a="$(median_of "${s[$kind]}")" -v b="$ref" 'BEGIN{print a / b}')
    row "$label" "$(fig "${s[$kind]}" ms)" "$(fig "${s[bare]}" ms) bare window" \
      "$(ratio "$(median_of "${s[$kind]}")" "$ref")" "≤ 1.5×" "$(met "$r <= 1.5")"
  done

  local hold=4000 mems=()
  local -A rss=()
  say "peak memory: 3 runs of each window, held $((hold / 1000)) s"
  for i in 1 2 3; do
    for kind in bare board big board-families big-families; do
      # shellcheck disable=SC2086
      read -r _ m <<<"$(launch --hold "$hold" -- ${cmd[$kind]})"
      rss[$kind]+="$((m / 1024)) "
    done
  done
  for kind in bare board big board-families big-families; do
    s[$kind]=$(tr ' ' '\n' <<<"${rss[$kind]}" | grep . | stats)
  done
  ref=$(median_of "${s[bare]}")
  for kind in board big board-families big-families; do
    case $kind in
      board) label="peak memory, board-scale database (first school)";;
      big) label="peak memory, one school of 25,000 families";;
      board-families) label="peak memory, board-scale database, families page open";;
      big-families) label="peak memory, 25,000 families, families page open (search index loaded)";;
    esac
    local d=$(( $(median_of "${s[$kind]}") - ref ))
    row "$label" "$(fig "${s[$kind]}" MB)" "$(fig "${s[bare]}" MB) bare window" \
      "$(printf '%+d MB' "$d")" "≤ +50 MB" "$(met "$d <= 50")"
  done
}

# Search-as-you-type over one school of 25,000 families, keystroke by
# keystroke, against a GtkStringFilter over the same text.
bench_search() {
  local label="search-as-you-type over 25,000 families, per keystroke"
  if [ ! -x "$bench_bin/bench-search" ]; then
    missing "$label" "family index" "< 16 ms (p99)"
    return
  fi
  say "search: 3 runs of $(( 20 * 16 )) keystrokes at most"
  local out="$work/search.out"
  for _ in 1 2 3; do "$bench_bin/bench-search" "$1" >>"$out"; done
  local ok ref
  ok=$(awk '$1 == "ouderkamer" {print $2}' "$out" | stats_p99)
  ref=$(awk '$1 == "reference" {print $2}' "$out" | stats_p99)
  local okp99 refp99
  read -r _ okp99 _ <<<"$ok"; read -r _ refp99 _ <<<"$ref"
  row "$label (median, p99)" "$(fig99 "$ok" ms)" "$(fig99 "$ref" ms) GtkStringFilter" \
    "$(ratio "$(median_of "$ok")" "$(median_of "$ref")")" "< 16 ms (p99)" "$(met "$okp99 < 16")"
  row "loading the search index of 25,000 families (in a worker thread)" \
    "$(fig "$(awk '$1 == "load" {print $2}' "$out" | stats)" ms)" "" "" "" ""
}

# Importing 25,000 pupils into an empty database, against sqlite3's .import
# of the same file into one table (psql's \copy on PostgreSQL).
bench_import() {
  local label="import of 25,000 pupils"
  if ! "$cli" --help | grep -q '^  import ' || [ ! -x "$here/tests/bench/gen-import-csv" ]; then
    missing "$label, SQLite" "CSV import" "< 2 s"
    return
  fi
  local csv="$work/pupils.csv" db t i n=$runs
  "$here/tests/bench/gen-import-csv" 25000 1 >"$csv" 2>/dev/null
  local ok=() ref=()
  say "import: $n runs into a new SQLite database each"
  for i in $(seq "$n"); do
    db="$work/import-$i.db"
    "$cli" --db "$db" init >/dev/null
    read -r t _ < <(measure "$cli" --db "$db" import families "$csv")
    ok+=("$t")
    read -r t _ < <(measure sqlite3 "$work/import-ref-$i.db" ".mode csv" ".separator ;" ".import $csv pupils")
    ref+=("$t")
    rm -f "$db"* "$work/import-ref-$i.db"
    # A slow import is measured once rather than keep the run waiting.
    awk -v t="${ok[-1]}" 'BEGIN{exit !(t > 20000)}' && break
  done
  local so sr
  so=$(printf '%s\n' "${ok[@]}" | stats); sr=$(printf '%s\n' "${ref[@]}" | stats)
  row "$label, SQLite" "$(fig "$so" ms)" "$(fig "$sr" ms) sqlite3 .import" \
    "$(ratio "$(median_of "$so")" "$(median_of "$sr")")" "< 2 s" "$(met "$(median_of "$so") < 2000")"

  [ -n "${pg_port:-}" ] || return 0
  ok=() ref=()
  say "import: $n runs into a new PostgreSQL database each"
  local cols; cols=$(head -n 1 "$csv" | tr -d '\r' | awk -F';' '{for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i}')
  for i in $(seq "$n"); do
    "${psql_base[@]}" -d postgres -c "DROP DATABASE IF EXISTS ok_bench_import" -c "CREATE DATABASE ok_bench_import" >/dev/null
    db=$(pg_uri ok_bench_import)
    "$cli" --db "$db" init >/dev/null
    read -r t _ < <(measure "$cli" --db "$db" import families "$csv")
    ok+=("$t")
    "${psql_base[@]}" -d ok_bench_import -c "CREATE TABLE pupils ($cols)" >/dev/null
    read -r t _ < <(measure "${psql_base[@]}" -d ok_bench_import \
                      -c "\\copy pupils FROM '$csv' WITH (FORMAT csv, DELIMITER ';', HEADER true)")
    ref+=("$t")
    awk -v t="${ok[-1]}" 'BEGIN{exit !(t > 20000)}' && break
  done
  "${psql_base[@]}" -d postgres -c "DROP DATABASE IF EXISTS ok_bench_import" >/dev/null
  so=$(printf '%s\n' "${ok[@]}" | stats); sr=$(printf '%s\n' "${ref[@]}" | stats)
  row "$label, PostgreSQL" "$(fig "$so" ms)" "$(fig "$sr" ms) psql \\copy" \
    "$(ratio "$(median_of "$so")" "$(median_of "$sr")")" "" ""
}

# The quarterly report by bench-report (issue 6), which times the app's
# report engine in process against report.sql in the sqlite3 and psql
# clients, by their own timers.
bench_report() {
  local prog="$bench_bin/bench-report"
  if [ ! -x "$prog" ]; then
    missing "quarterly report, one school, SQLite" "quarterly report" "≤ 1.5× and < 100 ms"
    missing "quarterly report, board, SQLite" "quarterly report" "≤ 1.5×"
    return
  fi
  # bench-report keeps its own copy of the board under a name of its own;
  # the same seed makes the same rows, so the cached board is copied
  # rather than generated again.
  local key="s40_f625_y5_seed1"
  cp "$board" "$cache/report-$key.db"
  rm -f "$cache/report-$key.db-wal" "$cache/report-$key.db-shm"
  local pg=()
  if [ -n "${pg_port:-}" ]; then
    pg=(--pg "$(pg_uri postgres)")
    pg_demo 40 625 5 1
    "${psql_base[@]}" -d postgres -c "DROP DATABASE IF EXISTS ok_bench_report_$key" \
      -c "CREATE DATABASE ok_bench_report_$key TEMPLATE ${demo_db##*/}" >/dev/null
  fi
  say "quarterly report: $runs runs each, one school and the board"
  local line db what app sql
  while IFS='|' read -r _ db what app sql _; do
    db=$(echo $db); what=$(echo $what)
    case "$db" in SQLite|PostgreSQL) ;; *) continue;; esac
    # "12.3 ms (  10.1–  15.2)" → "12.3 10.1 15.2"
    app=$(sed 's/[^0-9.]\+/ /g' <<<"$app"); sql=$(sed 's/[^0-9.]\+/ /g' <<<"$sql")
    local target="≤ 1.5×" ok
    ok="$(median_of "$app") <= 1.5 * $(median_of "$sql")"
    if [ "$db" = SQLite ] && [ "$what" = "one school" ]; then
      target="≤ 1.5× and < 100 ms"; ok="$ok && $(median_of "$app") < 100"
    fi
    row "quarterly report, ${what/board (all schools)/board}, $db" "$(fig "$app" ms)" \
      "$(fig "$sql" ms) report.sql in $( [ "$db" = SQLite ] && echo sqlite3 || echo psql)" \
      "$(ratio "$(median_of "$app")" "$(median_of "$sql")")" "$target" "$(met "$ok")"
  done < <("$prog" --runs "$runs" "${pg[@]}")
}

# One attendance mark by bench-mark (issue 5): search result to committed
# row, each in its own transaction; against one INSERT committed alone by
# the plain clients, with the same durability.
bench_mark() {
  local prog="$bench_bin/bench-mark"
  if [ ! -x "$prog" ]; then
    missing "one attendance mark committed, SQLite (median, p99)" "check-in" "< 5 ms median"
    return
  fi
  # On the disk the app would use, not on a tmpfs.
  local dir="$cache/mark"
  mkdir -p "$dir"
  local pg=()
  if [ -n "${pg_port:-}" ]; then
    pg=(--pg "$(pg_uri postgres)")
    "${psql_base[@]}" -d postgres -c "DROP DATABASE IF EXISTS ok_bench_plain_mark" \
      -c "CREATE DATABASE ok_bench_plain_mark" >/dev/null
    "${psql_base[@]}" -d ok_bench_plain_mark -c "CREATE TABLE mark (activity_id bigint, parent_id bigint,
                                                 status text, recorded_at text, UNIQUE (activity_id, parent_id))"
  fi
  local marks=200
  say "mark: $runs rounds of $marks marks on SQLite${pg:+ and PostgreSQL}, each next to $marks plain INSERTs"
  # Rounds of each in turn, since the disk's flushes vary with what the
  # machine's neighbours write.
  local out ok_sqlite="" ok_pg="" ref_sqlite="" ref_pg="" round line
  for round in $(seq "$runs"); do
    out=$("$prog" --marks "$marks" --dir "$dir" "${pg[@]}")
    line=$(mark_stats SQLite "$out")
    [ -n "$line" ] || { say "bench-mark printed no figure for SQLite:"; echo "$out" >&2; exit 1; }
    ok_sqlite+="$line"$'\n'
    ref_sqlite+="$(python3 "$here/tests/bench/plain-mark.py" "$dir/plain-mark.db" "$marks" | stats_p99)"$'\n'
    [ -n "${pg_port:-}" ] || continue
    line=$(mark_stats PostgreSQL "$out")
    [ -n "$line" ] || { say "bench-mark printed no figure for PostgreSQL:"; echo "$out" >&2; exit 1; }
    ok_pg+="$line"$'\n'
    ref_pg+="$( { echo '\timing on'
                  for i in $(seq "$marks"); do
                    echo "INSERT INTO mark VALUES ($round, $i, 'present', '2026-11-23T10:00:00Z');"
                  done; } |
                "${psql_base[@]}" -d ok_bench_plain_mark | awk '/^Time:/ {print $2}' | stats_p99)"$'\n'
  done
  ok_sqlite=$(rounds "$ok_sqlite"); ref_sqlite=$(rounds "$ref_sqlite")
  row "one attendance mark committed, SQLite (median, p99)" "$(fig99 "$ok_sqlite" ms)" \
    "$(fig99 "$ref_sqlite" ms) one INSERT, sqlite3 module" \
    "$(ratio "$(median_of "$ok_sqlite")" "$(median_of "$ref_sqlite")")" "< 5 ms median" \
    "$(met "$(median_of "$ok_sqlite") < 5")"
  [ -n "${pg_port:-}" ] || return 0
  "${psql_base[@]}" -d postgres -c "DROP DATABASE ok_bench_plain_mark" >/dev/null
  ok_pg=$(rounds "$ok_pg"); ref_pg=$(rounds "$ref_pg")
  row "one attendance mark committed, PostgreSQL (median, p99)" "$(fig99 "$ok_pg" ms)" \
    "$(fig99 "$ref_pg" ms) one INSERT, psql" \
    "$(ratio "$(median_of "$ok_pg")" "$(median_of "$ref_pg")")" "" ""
}

# "median p99 min max" of one section of bench-mark's output.
mark_stats() {
  awk -v want="$1" '/^[^ ]/ {section = $1; sub(/:$/, "", section)} section == want && /mark \(result/ {
    for (i = 1; i <= NF; i++) { if ($i == "median") m = $(i+1); if ($i == "p99") p = $(i+1);
                                 if ($i == "min") lo = $(i+1); if ($i == "max") hi = $(i+1) }
    print m, p, lo, hi }' <<<"$2"
}

# Rounds of "median p99 min max" as one: the median of their medians and
# of their 99th percentiles, the least minimum and the greatest maximum.
rounds() {
  local lines; lines=$(grep . <<<"$1")
  echo "$(awk '{print $1}' <<<"$lines" | stats | cut -d' ' -f1)" \
       "$(awk '{print $2}' <<<"$lines" | stats | cut -d' ' -f1)" \
       "$(awk '{print $3}' <<<"$lines" | sort -g | head -n 1)" \
       "$(awk '{print $4}' <<<"$lines" | sort -g | tail -n 1)"
}

say "databases (made once, then cached under $cache)"
sqlite_demo 40 625 5 1
board=$demo_db
sqlite_demo 1 25000 1 1
big=$demo_db

wants() { [[ ",$only," == *",$1,"* ]]; }
wants startup && bench_startup "$big" "$board"
wants search && bench_search "$big"
if wants report || wants mark || wants import; then
  say "PostgreSQL for the board-scale figures"
  pg_start
fi
wants report && bench_report
wants mark && bench_mark
wants import && bench_import

if [ -s "$gui_log" ]; then
  say "the windows wrote $(wc -l <"$gui_log") lines on stderr, the first:"
  grep -m 3 . "$gui_log" >&2
fi

commit=$(git -C "$here" rev-parse --short HEAD)
git -C "$here" diff --quiet HEAD || commit+=" (with uncommitted changes)"
echo "## Ouderkamer against its limits"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $commit; build type: $(build_type)"
echo "- machine: $(machine)"
echo "- GUI: Xvfb 1280×800, GSK_RENDERER=$renderer; each figure the median of $runs runs (min–max)"
echo "- board-scale database: 40 schools × 625 families, 5 school years (seed 1);" \
     "one large school: 25,000 families, 1 school year"
echo
echo "| measure | Ouderkamer | reference | ratio | target | met |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
