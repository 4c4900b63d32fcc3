#!/usr/bin/env bash
# Loading the statewide directory (not a test): `trellis directory load` from the state's public files into a new
# SQLite database, then again into the loaded one (nothing to change), RUNS times each. Prints each run's wall
# time, CPU time and peak memory from /usr/bin/time -v, and the load's summary (figures in docs/performance.md).
#   bench/directory.sh                    (after make server; the files in ../shared/data or TRELLIS_SHARED_DATA)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRELLIS_BIN:-build/trellis}
RUNS=${RUNS:-5}
DATA=${TRELLIS_SHARED_DATA:-../shared/data}
[ -d "$DATA/ca" ] || { echo "bench/directory.sh: no state files in $DATA" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

measure() {  # label, then the command
  local label=$1; shift
  /usr/bin/time -v "$@" >"$TMP/out" 2>"$TMP/time"
  printf '%-8s wall %s  cpu %.2f s  peak %s KiB  %s\n' "$label" \
    "$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$TMP/time")" \
    "$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$TMP/time")" \
    "$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$TMP/time")" \
    "$(tail -1 "$TMP/out")"
}

for run in $(seq "$RUNS"); do
  rm -f "$TMP"/dir.db*
  measure "new" "$BIN" directory load --database "sqlite://$TMP/dir.db" "$DATA"
  measure "again" "$BIN" directory load --database "sqlite://$TMP/dir.db" "$DATA"
done
