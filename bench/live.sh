#!/usr/bin/env bash
# Live meeting fan-out (a benchmark, not a test): MEETINGS meetings × PARTICIPANTS WebSocket clients on
# 127.0.0.1 against build/trellis serve on SQLite (demo data; the meetings are planned through the API). Edits
# are note PUTs through the HTTP API at RATE per second in total for SECONDS; the load generator (one process,
# bench/live_load.cpp) timestamps the moment each edit is sent and its arrival at every other participant of
# that meeting. Reports p50/p99/max and the server's peak RSS (VmHWM), and writes them into docs/performance.md
# under "Live meeting fan-out, N clients" (one section per number of clients).
#   bench/live.sh                               1,000 clients (50 meetings × 20)
#   MEETINGS=250 bench/live.sh                  5,000 clients
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${TRELLIS_BUILD:-build}
BIN=${TRELLIS_BIN:-$BUILD/trellis}
MEETINGS=${MEETINGS:-50}
PARTICIPANTS=${PARTICIPANTS:-20}
RATE=${RATE:-200}
SECONDS_=${SECONDS_:-20}

cmake --build "$BUILD" --target trellis_bench_live -j2 >/dev/null
LOAD="$BUILD/trellis_bench_live"
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"

source bench/demo-server.sh
start_demo_server trellis-bench-live

# MEETINGS scheduled meetings of the demo's World Languages team, planned through the API (the lead plans them).
/usr/bin/python3 - "$port" "$token" "$MEETINGS" >"$tmp/meetings.txt" <<'PY'
import json, sys, urllib.request
port, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
def call(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
team = [t for t in call("GET", "/api/v1/teams")["teams"] if t["name"] == "World Languages Standards"][0]
for i in range(count):
    m = call("POST", f"/api/v1/teams/{team['id']}/meetings", {
        "title": f"Standards meeting {i + 1}", "goal": "Agree on the unit plan", "starts_at": "2030-05-14T09:00:00-07:00",
        "time_zone": "America/Los_Angeles", "duration_minutes": 60, "mode": "hybrid", "location": "Room 12",
        "objectives": ["Review the unit", "Plan outreach"],
        "agenda": [{"title": "Unit review", "minutes": 30, "kind": "topic"},
                   {"title": "Questions", "minutes": 20, "kind": "discussion"}],
        "status": "scheduled"})
    print(m["id"], m["agenda"][0]["id"])
PY

"$LOAD" "$port" "$token" "$tmp/meetings.txt" "$PARTICIPANTS" "$RATE" "$SECONDS_" | tee "$tmp/result.txt"
hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
rss_mb=$(( (hwm_kb + 1023) / 1024 ))
eval "$(tr ' ' '\n' <"$tmp/result.txt" | grep -E '^(p50_ms|p99_ms|max_ms|connected|edits_acked|deliveries|deliveries_expected|lost|before_ack|dropped_connections|http_errors|rate)=' )"
echo "server peak RSS: ${rss_mb} MB"

section=$(cat <<MD
## Live meeting fan-out, $((MEETINGS * PARTICIPANTS)) clients

Command: \`bench/live.sh\` (MEETINGS=$MEETINGS PARTICIPANTS=$PARTICIPANTS RATE=$RATE SECONDS_=$SECONDS_; SQLite, demo data, meetings
planned through the API; $(nproc) cores shared by the server and the load generator, loopback). Measured $(date -u +%Y-%m-%d).

$connected WebSocket clients ($MEETINGS meetings × $PARTICIPANTS participants, one bearer token) follow
\`/api/v1/live?topic=meeting:<id>\`. Edits are \`PUT /api/v1/meetings/{id}/notes/{agenda_item_id}\` through the HTTP API,
round-robin over the meetings, $edits_acked acknowledged ($rate per second, $http_errors errors). Latency is from the
moment the edit is sent (the request written to the socket: what a person waits from) to its arrival at each of
the other $((PARTICIPANTS - 1)) participants of that meeting (one steady clock, one load-generator process). $before_ack
deliveries arrived before the editor's own acknowledgement (the server publishes right after the commit, before it
writes the answer).

| deliveries | lost | p50 ms | p99 ms | max ms | server peak RSS (VmHWM) |
| ---: | ---: | ---: | ---: | ---: | ---: |
| $deliveries of $deliveries_expected | $lost | $p50_ms | $p99_ms | $max_ms | $rss_mb MB |

Targets (issue 16): 1,000 clients p99 under 5 ms, 5,000 clients p99 under 20 ms, 0 lost, server memory under 150 MB.
MD
)
/usr/bin/python3 - docs/performance.md "$section" <<'PY'
import sys, re, os
path, section = sys.argv[1], sys.argv[2]
text = open(path).read() if os.path.exists(path) else "# Performance\n\nEvery figure here comes from a script in bench/, named beside it, run on this project's 2-core machine.\n"
heading = section.strip().splitlines()[0]
pattern = re.compile(re.escape(heading) + r"\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda _: section.strip() + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section.strip() + "\n"
open(path, "w").write(text)
PY
echo "$section"
