#!/usr/bin/env bash
# What uploads cost `trellis serve` in memory (issue 9, hole 5): one authenticated upload of a MB-sized
# student-level file (streamed to a file, imported from it), then ANON anonymous uploads of the same file at once
# (each must be refused on its header, before its body is read). Prints the server's peak resident memory
# (VmHWM in /proc/<pid>/status) at start, after the import and after the anonymous uploads, and the largest
# resident size (VmRSS) sampled during each step.
#   bench/upload-memory.sh        BUILD=build (or TRELLIS_BIN=path) MB=250 ANON=8 BENCH_DIR=/tmp/trellis-upload-bench
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BUILD:-build}"
BIN="${TRELLIS_BIN:-$BUILD/trellis}"
MB="${MB:-250}"
ANON="${ANON:-8}"
BENCH_DIR="${BENCH_DIR:-/tmp/trellis-upload-bench}"
mkdir -p "$BENCH_DIR"
command -v curl >/dev/null || { echo "apt-get install curl"; exit 1; }
[ -x "$BIN" ] || { echo "no $BIN: make server BUILD=$BUILD"; exit 1; }

# One district's student-level file of about MB megabytes (bench/gen_students.cpp writes about 71 bytes a row).
file="$BENCH_DIR/students-$MB.csv"
if [ ! -f "$file" ]; then
  g++ -std=c++23 -O2 -o "$BENCH_DIR/gen_students" bench/gen_students.cpp
  "$BENCH_DIR/gen_students" "$file" $(( MB * 1000000 / 71 )) 1
fi
district7=$(sed -n 2p "$file" | awk -F'"' '{print $3}' | cut -d, -f2)
echo "file: $file, $(( $(stat -c %s "$file") / 1000000 )) MB, district $district7"

work=$(mktemp -d "$BENCH_DIR/run.XXXXXX")
db="sqlite://$work/trellis.db"
"$BIN" migrate --database "$db" >/dev/null
printf 'bench-password-1234\n' | "$BIN" user add --database "$db" --email bench@example.org --name Bench --password-stdin >/dev/null
token=$("$BIN" token create --database "$db" --email bench@example.org)
port=$(( 20000 + RANDOM % 20000 ))
"$BIN" serve --database "$db" --listen "127.0.0.1:$port" --web-root "$work" >"$work/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
peak() { awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status"; }
# The peak also counts what start-up touched (one Argon2 hash, 64 MiB): a step's own cost is the largest resident
# size sampled while it runs, every 20 ms.
sample_start() {
  ( max=0; while :; do r=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null) || break
      [ "${r:-0}" -gt "$max" ] && max=$r && echo "$max" >"$work/rss.max"; sleep 0.02; done ) &
  sampler=$!
}
sample_stop() { kill "$sampler"; wait "$sampler" 2>/dev/null || true; echo "$(( $(cat "$work/rss.max") / 1024 )) MB"; }
echo "server $BIN (pid $pid), peak RSS at start: $(peak), resident: $(awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status")"

org=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench District\",\"kind\":\"district\",\"cds_code\":\"${district7}0000000\"}" "$base/api/v1/organizations" |
  sed 's/^{"id":\([0-9]*\).*/\1/')
url="$base/api/v1/organizations/$org/data/imports"

# -T streams the file from disk; 'Expect:' off, so the body follows the header at once, as an attacker sends it.
sample_start
start=$(date +%s.%N)
code=$(curl -s -o "$work/import.json" -w '%{http_code}' -X POST -T "$file" -H 'Expect:' -H 'Content-Type: text/csv' \
  -H "Authorization: Bearer $token" "$url?kind=students&year=2024")
echo "authenticated upload and import: $code in $(echo "$(date +%s.%N) - $start" | bc) s ($(head -c 160 "$work/import.json")...)"
echo "  largest resident size during it: $(sample_stop); peak RSS: $(peak)"

codes=()
sample_start
for i in $(seq "$ANON"); do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST -T "$file" -H 'Expect:' -H 'Content-Type: text/csv' \
    "$url?kind=students&year=2024" >"$work/anon-$i.code" 2>/dev/null &
done
wait $(jobs -p | grep -v -e "^$pid$" -e "^$sampler$") 2>/dev/null || true
for i in $(seq "$ANON"); do codes+=("$(cat "$work/anon-$i.code")"); done
echo "$ANON anonymous uploads at once answered ${codes[*]}"
echo "  largest resident size during them: $(sample_stop); peak RSS: $(peak)"

