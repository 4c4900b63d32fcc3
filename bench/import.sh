#!/usr/bin/env bash
# Student import: Trellis (import_students_file) against DuckDB (@duckdb/node-api) and pandas (Debian's
# python3-pandas) computing the same counts by organization, program and group on a generated statewide file.
#   bench/import.sh            ROWS=6000000 DISTRICTS=1000 RUNS=3 BENCH_DIR=/tmp/trellis-bench BUILD=build
# Checks that the three outputs are identical, then prints wall time (median of RUNS), peak RSS and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${ROWS:-6000000}"
DISTRICTS="${DISTRICTS:-1000}"
RUNS="${RUNS:-3}"
BENCH_DIR="${BENCH_DIR:-/tmp/trellis-bench}"
BUILD="${BUILD:-build}"
mkdir -p "$BENCH_DIR"
file="$BENCH_DIR/students-$ROWS-$DISTRICTS.csv"

command -v /usr/bin/time >/dev/null || { echo "apt-get install time"; exit 1; }
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { echo "apt-get install python3-pandas"; exit 1; }
[ -d bench/node_modules/@duckdb/node-api ] || (cd bench && npm ci --no-audit --no-fund --loglevel=error)

echo "== building the generator and trellis_bench_import ($BUILD)"
g++ -std=c++23 -O2 -o "$BENCH_DIR/gen_students" bench/gen_students.cpp
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --target trellis_bench_import -j "$(nproc)" >/dev/null
if [ ! -f "$file" ]; then
  echo "== generating $file"
  /usr/bin/time -f "generated in %e s" "$BENCH_DIR/gen_students" "$file" "$ROWS" "$DISTRICTS"
fi
bytes=$(stat -c %s "$file")
echo "file: $file, $(( bytes / 1000000 )) MB, $ROWS rows, $DISTRICTS districts"
cat "$file" > /dev/null  # warm the page cache: every tool reads from memory

declare -A wall rss
measure() {  # name command...: runs RUNS times, keeps the median wall time and the largest peak RSS
  local name=$1; shift
  local walls=() peak=0
  for _ in $(seq "$RUNS"); do
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
measure trellis_cli bash -c "rm -f '$db' '$db-wal' '$db-shm' && '$BUILD/trellis' data import --database 'sqlite://$db' --students --year 2025 '$file'"
first_district=$(sed -n 2p "$file" | awk -F'"' '{print $3}' | cut -d, -f2)  # after the quoted "Last, First" name
measure trellis_analyze "$BUILD/trellis" data analyze --database "sqlite://$db" --org "${first_district}0000000" --format json
measure duckdb node bench/duckdb_counts.mjs "$file" "$BENCH_DIR/duckdb.csv"
measure pandas /usr/bin/python3 bench/pandas_counts.py "$file" "$BENCH_DIR/pandas.csv"

for name in trellis duckdb pandas; do tail -n +2 "$BENCH_DIR/$name.csv" | LC_ALL=C sort > "$BENCH_DIR/$name.sorted"; done
cmp -s "$BENCH_DIR/trellis.sorted" "$BENCH_DIR/duckdb.sorted" || { echo "!! Trellis and DuckDB disagree"; exit 1; }
cmp -s "$BENCH_DIR/trellis.sorted" "$BENCH_DIR/pandas.sorted" || { echo "!! Trellis and pandas disagree"; exit 1; }
rows_out=$(wc -l < "$BENCH_DIR/trellis.sorted")
echo "all three agree: $rows_out counts (org_code, program, group: denominator, numerator)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
cat <<TABLE

| tool | wall s (median of $RUNS) | peak RSS MB | Trellis faster by |
| --- | ---: | ---: | ---: |
| Trellis \`import_students_file\` (2 threads) | ${wall[trellis]} | ${rss[trellis]} | |
| DuckDB $(node -e "console.log(require('./bench/node_modules/@duckdb/node-api/package.json').version)") (node, 2 threads) | ${wall[duckdb]} | ${rss[duckdb]} | $(ratio "${wall[duckdb]}" "${wall[trellis]}")× |
| pandas $(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)') (/usr/bin/python3) | ${wall[pandas]} | ${rss[pandas]} | $(ratio "${wall[pandas]}" "${wall[trellis]}")× |

End to end (not an anchor comparison: the anchors store nothing):
| step | wall s (median of $RUNS) | peak RSS MB |
| --- | ---: | ---: |
| \`trellis data import --students\` into a new SQLite database ($rows_out counts stored) | ${wall[trellis_cli]} | ${rss[trellis_cli]} |
| \`trellis data analyze\` of one district, every program | ${wall[trellis_analyze]} | ${rss[trellis_analyze]} |
TABLE
