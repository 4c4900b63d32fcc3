#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-19 (clang-14 cannot compile std::expected with libstdc++ 12) and runs
# each for FUZZ_SECONDS (default 20) from its seed corpus in fuzz/corpus/<target>/. Exit status 1 on a crash.
#   fuzz/run.sh [target...]      targets: csv_reader column_mapping state_directory dashboard_import
set -euo pipefail
cd "$(dirname "$0")/.."
CXX="${FUZZ_CXX:-clang++-19}"
OUT="${FUZZ_BUILD:-build-fuzz}"
SECONDS_EACH="${FUZZ_SECONDS:-20}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv_reader column_mapping state_directory dashboard_import)
mkdir -p "$OUT"
flags=(-std=c++23 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Iinclude -Isrc)
analytics=(src/analytics/csv_reader.cpp src/analytics/column_mapping.cpp src/analytics/student_values.cpp
           src/analytics/student_counter.cpp src/analytics/value_cache.cpp src/analytics/student_import.cpp
           src/analytics/aggregate_import.cpp src/analytics/state_directory.cpp
           src/analytics/dashboard_import.cpp
           src/analytics/indicators.cpp src/domain/problem_value.cpp)
status=0
for target in "${targets[@]}"; do
  binary="$OUT/${target}_fuzz"
  # Rebuilt only when a source is newer than the binary.
  if [ ! -x "$binary" ] || [ -n "$(find fuzz/${target}_fuzz.cpp "${analytics[@]}" include/trellis/analytics src/analytics include/trellis/domain -newer "$binary" -name '*pp' 2>/dev/null | head -1)" ]; then
    echo "== building $binary"
    "$CXX" "${flags[@]}" "fuzz/${target}_fuzz.cpp" "${analytics[@]}" -lfmt -lboost_json -o "$binary"
  fi
  work="$OUT/corpus-$target"
  mkdir -p "$work" "$OUT/crashes-$target"
  echo "== fuzzing $target for ${SECONDS_EACH}s"
  if ! "$binary" -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="$OUT/crashes-$target/" -print_final_stats=1 "$work" "fuzz/corpus/$target" \
       >"$OUT/$target.log" 2>&1; then
    echo "!! $target failed; see $OUT/$target.log and $OUT/crashes-$target/"
    tail -40 "$OUT/$target.log"
    status=1
  else
    grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$OUT/$target.log" | tail -2 || true
  fi
done
exit $status
