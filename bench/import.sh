#!/usr/bin/env bash
# Student import: Trellis against DuckDB (@duckdb/node-api) and pandas (Debian's python3-pandas) computing the same
# counts by organization, program and group on a generated file, end to end into SQLite and PostgreSQL.
#   bench/import.sh   SHAPE=statewide ROWS=6000000 DISTRICTS=1000 RUNS=3 BENCH_DIR=/tmp/trellis-bench BUILD=build
# SHAPE statewide (the default, issue 16): 12 schools a district, 5 programs in every school, 17 columns of which
# four identify a student (about 1.8 million counts from 6,000,000 rows). SHAPE classic: the first bench's file
# (3-17 schools a district, 4 programs, 15 columns). PG=0 skips PostgreSQL (a throwaway cluster,
# scripts/pg-test-cluster.sh, which runs with fsync=off).
# Checks that the three counts are identical, then prints wall time (median of RUNS), peak RSS and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
SHAPE="${SHAPE:-statewide}"
ROWS="${ROWS:-6000000}"
DISTRICTS="${DISTRICTS:-1000}"
RUNS="${RUNS:-3}"
BENCH_DIR="${BENCH_DIR:-/tmp/trellis-bench}"
BUILD="${BUILD:-build}"
PG="${PG:-1}"
case "$SHAPE" in statewide | classic) ;; *) echo "SHAPE must be statewide or classic"; exit 2 ;; esac
mkdir -p "$BENCH_DIR"
file="$BENCH_DIR/students-$ROWS-$DISTRICTS-$SHAPE.csv"

command -v /usr/bin/time >/dev/null || { echo "apt-get install time"; exit 1; }
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { echo "apt-get install python3-pandas"; exit 1; }
[ -d bench/node_modules/@duckdb/node-api ] || (cd bench && npm ci --no-audit --no-fund --loglevel=error)

echo "== building the generator and trellis_bench_import ($BUILD)"
g++ -std=c++23 -O2 -o "$BENCH_DIR/gen_students" bench/gen_students.cpp
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --target trellis_bench_import -j "$(nproc)" >/dev/null
if [ ! -f "$file" ]; then
  echo "== generating $file"
  /usr/bin/time -f "generated in %e s" "$BENCH_DIR/gen_students" "$file" "$ROWS" "$DISTRICTS" "$SHAPE"
fi
bytes=$(stat -c %s "$file")
echo "file: $file, $(( bytes / 1000000 )) MB, $ROWS rows, $DISTRICTS districts, shape $SHAPE"
cat "$file" > /dev/null  # warm the page cache: every tool reads from memory

declare -A wall rss
measure() {  # name command...: runs RUNS times (after $BEFORE, untimed), keeps the median wall time and largest peak RSS
  local name=$1; shift
  local walls=() peak=0
  for _ in $(seq "$RUNS"); do
    [ -z "${BEFORE:-}" ] || eval "$BEFORE"
    /usr/bin/time -f "%e %M" -o "$BENCH_DIR/time.txt" "$@" >/dev/null 2>"$BENCH_DIR/$name.err" ||
      { cat "$BENCH_DIR/$name.err"; exit 1; }
    read -r w m < "$BENCH_DIR/time.txt"
    walls+=("$w"); [ "$m" -gt "$peak" ] && peak=$m
  done
  wall[$name]=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  rss[$name]=$(( peak / 1024 ))
  echo "$name: runs ${walls[*]} s; median ${wall[$name]} s; peak RSS ${rss[$name]} MB"
}
measure trellis "$BUILD/trellis_bench_import" "$file" "$BENCH_DIR/trellis.csv"
# End to end, as a data lead's script would run it: the same file through `trellis data import` into a new
# SQLite database (counts stored in one transaction), then one district's analysis.
[ -x "$BUILD/trellis" ] || cmake --build "$BUILD" --target trellis -j "$(nproc)" >/dev/null
db="$BENCH_DIR/bench.db"
BEFORE="rm -f '$db' '$db-wal' '$db-shm'" measure trellis_cli \
  "$BUILD/trellis" data import --database "sqlite://$db" --students --year 2025 "$file"
district_column=$(head -1 "$file" | tr , '\n' | grep -n '^district_code$' | cut -d: -f1)
first_district=$(sed -n 2p "$file" | sed 's/"[^"]*"//' | cut -d, -f"$district_column")  # the quoted name left out
measure trellis_analyze "$BUILD/trellis" data analyze --database "sqlite://$db" --org "${first_district}0000000" --format json
pg_url="" pg_dir=""
if [ "$PG" = 1 ]; then
  pg_dir=$(mktemp -d /tmp/trellis-pg.XXXXXX)
  trap 'scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
  pg_url=$(scripts/pg-test-cluster.sh start "$pg_dir" 2>/dev/null)
  pg_admin=${pg_url%/trellis_test}/postgres
  BEFORE="psql -q '$pg_admin' -c 'SET client_min_messages = warning' -c 'DROP DATABASE IF EXISTS trellis_import' -c 'CREATE DATABASE trellis_import' >/dev/null" \
    measure trellis_cli_pg "$BUILD/trellis" data import --database "${pg_url%/trellis_test}/trellis_import" --students \
    --year 2025 "$file"
fi
measure duckdb node bench/duckdb_counts.mjs "$file" "$BENCH_DIR/duckdb.csv"
measure pandas /usr/bin/python3 bench/pandas_counts.py "$file" "$BENCH_DIR/pandas.csv"

for name in trellis duckdb pandas; do tail -n +2 "$BENCH_DIR/$name.csv" | LC_ALL=C sort > "$BENCH_DIR/$name.sorted"; done
cmp -s "$BENCH_DIR/trellis.sorted" "$BENCH_DIR/duckdb.sorted" || { echo "!! Trellis and DuckDB disagree"; exit 1; }
cmp -s "$BENCH_DIR/trellis.sorted" "$BENCH_DIR/pandas.sorted" || { echo "!! Trellis and pandas disagree"; exit 1; }
rows_out=$(wc -l < "$BENCH_DIR/trellis.sorted")
echo "all three agree: $rows_out counts (org_code, program, group: denominator, numerator)"
# What the end-to-end imports stored is the same counts again.
stored_sql="SELECT org_code || ',' || indicator || ',' || group_code || ',' || denominator || ',' || numerator FROM indicator_counts"
sqlite3 "$db" "$stored_sql" | LC_ALL=C sort | cmp -s - "$BENCH_DIR/trellis.sorted" ||
  { echo "!! the SQLite database holds other counts"; exit 1; }
if [ -n "$pg_url" ]; then
  psql -qAt "${pg_url%/trellis_test}/trellis_import" -c "$stored_sql" | LC_ALL=C sort | cmp -s - "$BENCH_DIR/trellis.sorted" ||
    { echo "!! the PostgreSQL database holds other counts"; exit 1; }
fi
echo "both databases hold these counts"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
duckdb_version=$(node -e "console.log(require('./bench/node_modules/@duckdb/node-api/package.json').version)")
pandas_version=$(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)')
row() {  # label name: a Trellis row with its ratios to the two anchors
  echo "| $1 | ${wall[$2]} | ${rss[$2]} | $(ratio "${wall[duckdb]}" "${wall[$2]}")× | $(ratio "${wall[pandas]}" "${wall[$2]}")× |"
}
echo
echo "Shape $SHAPE, $ROWS rows, $DISTRICTS districts: $rows_out counts. Same run, median of $RUNS."
echo
echo "| step | wall s | peak RSS MB | faster than DuckDB by | faster than pandas by |"
echo "| --- | ---: | ---: | ---: | ---: |"
echo "| DuckDB $duckdb_version (node, 2 threads): counting only | ${wall[duckdb]} | ${rss[duckdb]} | | |"
echo "| pandas $pandas_version (/usr/bin/python3): counting only | ${wall[pandas]} | ${rss[pandas]} | | |"
row "Trellis \`import_students_file\` (2 threads): counting only" trellis
row "\`trellis data import --students\` into a new SQLite database (counted and stored)" trellis_cli
[ -z "$pg_url" ] || row "\`trellis data import --students\` into a new PostgreSQL database (COPY; fsync off)" trellis_cli_pg
echo "| \`trellis data analyze\` of one district, every program (SQLite) | ${wall[trellis_analyze]} | ${rss[trellis_analyze]} | | |"
