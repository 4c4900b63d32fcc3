#!/usr/bin/env bash
# Opening a measure's run chart (not a test): a demo server with one measure of weekly points over ten years
# (520 points, the largest a team keeps by hand; an import allows 5,000), then 200 requests of
# GET /api/v1/measures/{id} over one kept-alive connection against 200 of the trivial GET /healthz, in turn.
# Prints each run's wall time from /usr/bin/time over RUNS runs (medians in docs/performance.md).
#   bench/measures.sh                      (after make build)
#   HOLD=/tmp/dir bench/measures.sh &      keeps the server up and writes the two commands to time elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRELLIS_BIN:-build/trellis}
RUNS=${RUNS:-5}
POINTS=${POINTS:-520}
source bench/demo-server.sh
start_demo_server trellis-bench
api="http://127.0.0.1:$port/api/v1"
auth=(-H "Authorization: Bearer $token")
team_id=$(curl -sf "${auth[@]}" "$api/teams" |
  /usr/bin/python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin)["teams"] if t["name"]=="MTSS for foster and homeless youth"][0])')
measure_id=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' "$api/teams/$team_id/measures" \
  -d '{"name":"Weekly attendance, ten years","unit":"%","direction":"higher_is_better"}' |
  /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
/usr/bin/python3 - "$POINTS" >"$tmp/points.csv" <<'PY'
import datetime, math, random, sys
random.seed(7)
day = datetime.date(2016, 8, 22)
print("date,value")
for week in range(int(sys.argv[1])):
    print(f"{day + datetime.timedelta(weeks=week)},{92 + 3 * math.sin(week / 8) + random.uniform(-2, 2):.1f}")
PY
curl -sf "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$tmp/points.csv" \
  "$api/measures/$measure_id/points/import" >/dev/null

repeat() { for _ in $(seq 1 200); do printf '%s ' "$1"; done; }
measure_cmd="curl -sf -H 'Authorization: Bearer $token' $(repeat "$api/measures/$measure_id") >/dev/null"
trivial_cmd="curl -sf $(repeat "http://127.0.0.1:$port/healthz") >/dev/null"
echo "server: $BIN, measure $measure_id with $POINTS points"
if [ -n "${HOLD:-}" ]; then  # HOLD=DIR: write the two commands there and keep serving, to time them otherwise
  echo "$measure_cmd" >"$HOLD/measure.sh"
  echo "$trivial_cmd" >"$HOLD/trivial.sh"
  echo "serving until interrupted; commands in $HOLD"
  wait "$server_pid"
fi
for run in $(seq 1 "$RUNS"); do
  for which in measure trivial; do
    cmd=${which}_cmd
    /usr/bin/time -f "$which run $run: %e s wall, %M KB curl peak" bash -c "${!cmd}" 2>&1 | tail -1
  done
done
echo "server peak memory: $(grep VmHWM /proc/$server_pid/status)"
