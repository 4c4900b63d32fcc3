#!/usr/bin/env bash
# Peer matching (not a test): the demo with the statewide directory loaded from the state's files (about 1,000
# districts and 10,000 schools), then GET /api/v1/teams/{id}/matches for Monterey's MTSS team, one connection
# (one query at a time) for DURATION with wrk, and the first query after a change (the features read again).
# Prints the candidates considered, the top results and the latencies (figures in docs/performance.md).
#   bench/matching.sh            (after make server; wrk from Debian; the files in ../shared/data or TRELLIS_SHARED_DATA)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRELLIS_BIN:-build/trellis}
DURATION=${DURATION:-10s}
DATA=${TRELLIS_SHARED_DATA:-../shared/data}
[ -d "$DATA/ca" ] || { echo "bench/matching.sh: no state files in $DATA" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

tmp=$(mktemp -d /tmp/trellis-bench-matching.XXXXXX)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
db="sqlite://$tmp/bench.db"
"$BIN" demo --database "$db" >/dev/null
"$BIN" directory load --database "$db" "$DATA" >/dev/null
token=$("$BIN" token create --database "$db" --email lead@mpusd.example)
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --database "$db" --listen "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
api() { curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$1"; }
team_id=$(api /api/v1/teams | /usr/bin/python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin)["teams"]
  if t["name"]=="MTSS for foster and homeless youth" and "Monterey" in t["organization"]["name"]][0])')
url="http://127.0.0.1:$port/api/v1/teams/$team_id/matches"

first=$(curl -sf -o "$tmp/first.json" -w '%{time_total}' -H "Authorization: Bearer $token" "$url")
/usr/bin/python3 - "$tmp/first.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
print(f"candidates considered: {a['considered']}; need: {a['need']['topics']}")
for i, r in enumerate(a["results"][:5], 1):
    print(f"  {i}. {r['organization']['name']} ({r['organization']['kind']}): {r['score']:.1f}")
PY
second=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$url")
wrk -t1 -c1 -d"$DURATION" --latency -H "Authorization: Bearer $token" "$url" >"$tmp/wrk.txt"
read -r rps p50 p99 < <(/usr/bin/python3 bench/wrk_summary.py "$tmp/wrk.txt")
echo "first query (features read from the database): $(/usr/bin/python3 -c "print(f'{$first*1000:.1f}')") ms"
echo "second query (in memory): $(/usr/bin/python3 -c "print(f'{$second*1000:.1f}')") ms"
echo "one connection, $DURATION: $rps queries/s, p50 $p50 ms, p99 $p99 ms"
