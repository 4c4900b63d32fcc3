#!/usr/bin/env bash
# Live meeting fan-out (a benchmark, not a test): MEETINGS meetings × PARTICIPANTS WebSocket clients on
# 127.0.0.1 against build/trellis serve with the demo data. Edits are note PUTs through the HTTP API at RATE per
# second in total for SECONDS_; the load generator (one process, bench/live_load.cpp) timestamps the moment each
# edit is sent and its arrival at every other participant of that meeting. RUNS runs against the same server(s),
# each on meetings of its own; reports each run's p50/p99/max, their medians and each server's peak RSS (VmHWM),
# and writes them into docs/performance.md under "Live meeting fan-out, N clients" (one section per number of
# clients and kind of deployment).
#   bench/live.sh                    1,000 clients (50 meetings × 20) on one instance on SQLite
#   MEETINGS=250 bench/live.sh       5,000 clients
#   INSTANCES=2 bench/live.sh        1,000 clients split between two instances on one throwaway PostgreSQL 15
#                                    cluster (live events relayed through LISTEN/NOTIFY); edits alternate too
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${TRELLIS_BUILD:-build}
BIN=${TRELLIS_BIN:-$BUILD/trellis}
MEETINGS=${MEETINGS:-50}
PARTICIPANTS=${PARTICIPANTS:-20}
RATE=${RATE:-200}
SECONDS_=${SECONDS_:-20}
RUNS=${RUNS:-3}
INSTANCES=${INSTANCES:-1}
[ "$INSTANCES" = 1 ] || [ "$INSTANCES" = 2 ] || { echo "INSTANCES is 1 or 2" >&2; exit 2; }

cmake --build "$BUILD" --target trellis_bench_live -j2 >/dev/null
LOAD="$BUILD/trellis_bench_live"
ulimit -n 16384 2>/dev/null || ulimit -n "$(ulimit -Hn)"
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [ "$INSTANCES" = 1 ]; then
  source bench/demo-server.sh
  start_demo_server trellis-bench-live
  ports=$port
  server_pids=$server_pid
  deployment="one instance"
else
  # Two instances on one throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh), as docs/operations.md runs them.
  tmp=$(mktemp -d /tmp/trellis-bench-live.XXXXXX)
  pg_dir=$(mktemp -d /tmp/trpgl.XXXXXX) && rmdir "$pg_dir"
  server_pids=""
  stop_all() {
    for pid in $server_pids; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true
    rm -rf "$tmp"
  }
  trap stop_all EXIT
  db=$(scripts/pg-test-cluster.sh start "$pg_dir")
  "$BIN" demo --database "$db" >/dev/null
  token=$("$BIN" token create --database "$db" --email lead@mpusd.example)
  ports=""
  for i in 1 2; do
    p=$(free_port)
    "$BIN" serve --database "$db" --listen "127.0.0.1:$p" >"$tmp/server-$i.log" 2>&1 &
    server_pids="$server_pids $!"
    ports="${ports:+$ports,}$p"
    for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$p/readyz" >/dev/null && break; sleep 0.1; done
  done
  port=${ports%%,*}
  deployment="two instances on one PostgreSQL 15 cluster"
fi

# MEETINGS × RUNS scheduled meetings of the demo's World Languages team, planned through the API (the lead plans
# them): each run edits meetings of its own, so no run meets an earlier run's notes.
/usr/bin/python3 - "$port" "$token" "$((MEETINGS * RUNS))" >"$tmp/meetings.txt" <<'PY'
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

loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$tmp/runs.txt"
for run in $(seq 1 "$RUNS"); do
  sed -n "$(( (run - 1) * MEETINGS + 1 )),$(( run * MEETINGS ))p" "$tmp/meetings.txt" >"$tmp/meetings-$run.txt"
  "$LOAD" "$ports" "$token" "$tmp/meetings-$run.txt" "$PARTICIPANTS" "$RATE" "$SECONDS_" | tee "$tmp/result-$run.txt"
  echo "$(tr '\n' ' ' <"$tmp/result-$run.txt")" >>"$tmp/runs.txt"
done
loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss_mb=""
for pid in $server_pids; do
  hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  rss_mb="${rss_mb:+$rss_mb + }$(( (hwm_kb + 1023) / 1024 )) MB"
done
echo "server peak RSS: $rss_mb"

# One table row a run and the medians (key=value lines of the load generator).
rows=$(/usr/bin/python3 - "$tmp/runs.txt" <<'PY'
import statistics, sys
runs = [dict(kv.split("=", 1) for kv in line.split() if "=" in kv) for line in open(sys.argv[1]) if line.strip()]
for i, r in enumerate(runs, 1):
    print(f"| {i} | {r['connected']} | {r['edits_acked']} ({r['http_errors']} errors) | {r['deliveries']} of "
          f"{r['deliveries_expected']} | {r['lost']} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} |")
med = lambda k: f"{statistics.median(float(r[k]) for r in runs):.2f}"
print(f"| median of {len(runs)} | | | | {sum(int(r['lost']) for r in runs)} in all | {med('p50_ms')} | "
      f"**{med('p99_ms')}** | {med('max_ms')} |")
PY
)
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo "+changes")

if [ "$INSTANCES" = 1 ]; then
  heading="Live meeting fan-out, $((MEETINGS * PARTICIPANTS)) clients"
  command="bench/live.sh"
  [ "$MEETINGS" = 50 ] || command="MEETINGS=$MEETINGS bench/live.sh"
  targets="Targets (issue 16): 1,000 clients p99 under 5 ms, 5,000 clients p99 under 20 ms, 0 lost, server memory under 150 MB."
  where="SQLite, demo data"
else
  heading="Live meeting fan-out, $((MEETINGS * PARTICIPANTS)) clients, two instances on PostgreSQL"
  command="INSTANCES=2 bench/live.sh"
  targets="Target (issue 16): p99 under 25 ms at 1,000 clients, 0 lost. Participants alternate between the two instances and so do the edits, so about half of all deliveries cross from one instance to the other through PostgreSQL's LISTEN/NOTIFY."
  where="demo data in a throwaway PostgreSQL 15 cluster (fsync off), two \`trellis serve\` processes on it"
fi

section=$(cat <<MD
## $heading

Command: \`$command\` (MEETINGS=$MEETINGS PARTICIPANTS=$PARTICIPANTS RATE=$RATE SECONDS_=$SECONDS_ RUNS=$RUNS; $deployment;
$where; meetings planned through the API; $(nproc) cores shared by the server(s), the load generator and, on this
machine, other developers' builds, loopback). Measured $(date -u '+%Y-%m-%d %H:%M') UTC at commit $commit; load average
$loadavg_before before the runs, $loadavg_after after.

$((MEETINGS * PARTICIPANTS)) WebSocket clients ($MEETINGS meetings × $PARTICIPANTS participants, one bearer token) follow \`/api/v1/live?topic=meeting:<id>\`. Edits are
\`PUT /api/v1/meetings/{id}/notes/{agenda_item_id}\` through the HTTP API, round robin over the meetings, $RATE a
second. Latency is from the moment the edit is sent (the request written to the socket: what a person waits from)
to its arrival at each of the other $((PARTICIPANTS - 1)) participants of that meeting (one steady clock, one
load-generator process). Each run uses meetings of its own, against the same server(s).

| run | clients | edits acknowledged | deliveries | lost | p50 ms | p99 ms | max ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$rows

Server peak RSS (VmHWM, over all runs): $rss_mb.

$targets
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
