#!/usr/bin/env bash
# One benchmark run (issue 10): every speed and memory target of the issues,
# each next to a reference measured in the same run on the same data, as one
# Markdown table on stdout (progress goes to stderr). Each figure is the
# median of several runs, with min and max.
#   tests/bench/bench.sh BUILDDIR [--runs N]
# The board-scale databases are made once and cached (see bench-lib.sh);
# OUDERKAMER_BENCH_PG_PORT picks the port of the benchmark's PostgreSQL.
set -euo pipefail
builddir=$(cd "${1:?build directory}" && pwd); shift || true
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done

# The windows need a display: the same one for the app and the reference,
# and no session bus, whose portal would answer the first window of a
# run late.
if [ -z "${OUDERKAMER_BENCH_UNDER_XVFB:-}" ]; then
  export OUDERKAMER_BENCH_UNDER_XVFB=1
  exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$builddir" --runs "$runs"
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

# Start-up to first frame and peak memory, against the bare window.
bench_startup() {
  if ! grep -q OUDERKAMER_BENCH_FIRST_FRAME "$app"; then
    missing "start-up to first frame" "main window" "≤ 1.5× bare window"
    missing "peak memory, board-scale database" "main window" "≤ bare window + 50 MB"
    return
  fi
  local empty="$work/empty.db" big=$1 board=$2
  "$cli" --db "$empty" init >/dev/null
  local -A times=()
  local kind t m
  local -A cmd=(
    [bare]="$bench_bin/bench-bare-window"
    [empty]="$app --db $empty"
    [board]="$app --db $board"
    [big]="$app --db $big"
  )
  say "start-up: $runs runs of each window, after one to warm up"
  for i in $(seq 0 "$runs"); do
    for kind in bare empty board big; do
      # shellcheck disable=SC2086
      read -r t m < <(OUDERKAMER_BENCH_FIRST_FRAME=1 "$bench_bin/bench-launch" -- ${cmd[$kind]})
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
    for kind in bare board big; do
      # shellcheck disable=SC2086
      read -r _ m < <("$bench_bin/bench-launch" --hold "$hold" -- ${cmd[$kind]})
      rss[$kind]+="$((m / 1024)) "
    done
  done
  for kind in bare board big; do s[$kind]=$(tr ' ' '\n' <<<"${rss[$kind]}" | grep . | stats); done
  ref=$(median_of "${s[bare]}")
  for kind in board big; do
    case $kind in
      board) label="peak memory, board-scale database (first school)";;
      big) label="peak memory, one school of 25,000 families";;
    esac
    local d=$(( $(median_of "${s[$kind]}") - ref ))
    row "$label" "$(fig "${s[$kind]}" MB)" "$(fig "${s[bare]}" MB) bare window" \
      "$(printf '%+d MB' "$d")" "≤ +50 MB" "$(met "$d <= 50")"
  done
}

say "databases (made once, then cached under $cache)"
sqlite_demo 40 625 5 1
board=$demo_db
sqlite_demo 1 25000 1 1
big=$demo_db

bench_startup "$big" "$board"

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
