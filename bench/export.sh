#!/usr/bin/env bash
# Exporting a large team's spreadsheet (not a test): a demo server whose MTSS team gets MEASURES measures of POINTS
# weekly points each (default 50 × 520 = 26,000 points: ten years of weekly figures for every measure a team could
# want), then RUNS downloads of GET /api/v1/teams/{id}/export.xlsx and of the points sheet as CSV, one at a time.
# Prints each download's wall time from /usr/bin/time, the files' sizes, the workbook's rows as openpyxl reads
# them (a check, not timed) and the server's peak memory (figures in docs/performance.md).
#   bench/export.sh                       (after make build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRELLIS_BIN:-build/trellis}
RUNS=${RUNS:-5}
MEASURES=${MEASURES:-50}
POINTS=${POINTS:-520}
source bench/demo-server.sh
start_demo_server trellis-bench-export
api="http://127.0.0.1:$port/api/v1"
auth=(-H "Authorization: Bearer $token")
team_id=$(curl -sf "${auth[@]}" "$api/teams" |
  /usr/bin/python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin)["teams"] if t["name"]=="MTSS for foster and homeless youth"][0])')
for m in $(seq 1 "$MEASURES"); do
  measure_id=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' "$api/teams/$team_id/measures" \
    -d "{\"name\":\"Weekly attendance, school $m\",\"unit\":\"%\",\"direction\":\"higher_is_better\"}" |
    /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  /usr/bin/python3 - "$POINTS" "$m" >"$tmp/points.csv" <<'PY'
import datetime, math, random, sys
random.seed(int(sys.argv[2]))
day = datetime.date(2016, 8, 22)
print("date,value,note")
for week in range(int(sys.argv[1])):
    note = "a new schedule starts" if week == 260 else ""
    print(f"{day + datetime.timedelta(weeks=week)},{92 + 3 * math.sin(week / 8) + random.uniform(-2, 2):.1f},{note}")
PY
  curl -sf "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$tmp/points.csv" \
    "$api/measures/$measure_id/points/import" >/dev/null
done
echo "server: $BIN, team $team_id with $MEASURES more measures of $POINTS points"
xlsx_cmd="curl -sf -H 'Authorization: Bearer $token' -o $tmp/export.xlsx $api/teams/$team_id/export.xlsx"
csv_cmd="curl -sf -H 'Authorization: Bearer $token' -o $tmp/points.csv $api/teams/$team_id/export/points.csv"
for run in $(seq 1 "$RUNS"); do
  for which in xlsx csv; do
    cmd=${which}_cmd
    /usr/bin/time -f "$which run $run: %e s wall" bash -c "${!cmd}" 2>&1 | tail -1
  done
done
echo "workbook: $(stat -c %s "$tmp/export.xlsx") bytes; points CSV: $(stat -c %s "$tmp/points.csv") bytes"
/usr/bin/python3 - "$tmp/export.xlsx" <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
print("rows per sheet (header included):", {s.title: s.max_row for s in book.worksheets})
PY
echo "server peak memory: $(grep VmHWM /proc/$server_pid/status)"
