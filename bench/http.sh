#!/usr/bin/env bash
# HTTP benchmark (not a test): wrk, 10 s at 64 connections, against GET /api/v1/teams/{id} (the demo World
# Languages team with members and representation; SQLite; bearer token) and, in the same run against the same
# server, the trivial GET /healthz; then both again on the same demo in PostgreSQL 15 (a throwaway cluster). Writes the
# figures and their ratios into docs/performance.md.
#   bench/http.sh            (after make build; wrk from Debian)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRELLIS_BIN:-build/trellis}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

source bench/demo-server.sh
start_demo_server trellis-bench
team_id=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/teams" |
  /usr/bin/python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin)["teams"] if t["name"]=="World Languages Standards"][0])')

run() {  # url -> "req_per_s p50_ms p99_ms"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" "$1" >"$tmp/wrk.txt"
  /usr/bin/python3 bench/wrk_summary.py "$tmp/wrk.txt"
}

read -r team_rps team_p50 team_p99 < <(run "http://127.0.0.1:$port/api/v1/teams/$team_id")
read -r triv_rps triv_p50 triv_p99 < <(run "http://127.0.0.1:$port/healthz")
ratio=$(/usr/bin/python3 -c "print(f'{$team_rps / $triv_rps * 100:.0f}')")

# The same demo on PostgreSQL 15 (a throwaway cluster, scripts/pg-test-cluster.sh, on this machine), the same
# endpoints, right after: the SQLite server is stopped first so the two never share the cores.
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true
server_pid=""
pg_dir=$(mktemp -d /tmp/trellis-bench-pg.XXXXXX)
trap 'stop_demo_server; scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
pg_url=$(scripts/pg-test-cluster.sh start "$pg_dir")
"$BIN" demo --database "$pg_url" >/dev/null
token=$("$BIN" token create --database "$pg_url" --email lead@mpusd.example)
"$BIN" serve --database "$pg_url" --listen "127.0.0.1:$port" >"$tmp/server-pg.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
pg_team_id=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/teams" |
  /usr/bin/python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin)["teams"] if t["name"]=="World Languages Standards"][0])')
read -r pg_team_rps pg_team_p50 pg_team_p99 < <(run "http://127.0.0.1:$port/api/v1/teams/$pg_team_id")
read -r pg_triv_rps pg_triv_p50 pg_triv_p99 < <(run "http://127.0.0.1:$port/healthz")
pg_share=$(/usr/bin/python3 -c "print(f'{$pg_team_rps / $team_rps * 100:.0f}')")

section=$(cat <<MD
## HTTP: team endpoint against a trivial endpoint

Command: \`bench/http.sh\` (wrk -t2 -c$CONNECTIONS -d$DURATION --latency, SQLite, bearer token, same server, same run;
$(nproc) cores, wrk and the server sharing them). Measured $(date -u +%Y-%m-%d).

| endpoint | requests/s | p50 ms | p99 ms |
| --- | ---: | ---: | ---: |
| \`GET /api/v1/teams/$team_id\` (4 members, representation, outreach) | $team_rps | $team_p50 | $team_p99 |
| \`GET /healthz\` (trivial: one \`SELECT 1\`) | $triv_rps | $triv_p50 | $triv_p99 |
| PostgreSQL 15: \`GET /api/v1/teams/$pg_team_id\` | $pg_team_rps | $pg_team_p50 | $pg_team_p99 |
| PostgreSQL 15: \`GET /healthz\` | $pg_triv_rps | $pg_triv_p50 | $pg_triv_p99 |

The team endpoint reaches **$ratio%** of the trivial endpoint's throughput (target: at least 50%, and its p99 at
most twice the trivial endpoint's). On PostgreSQL (same demo, same machine, right after) the team endpoint answers **$pg_share%** of the
SQLite figure (target: at least 30%). For scale: Redmine 5 answers about 33 requests/s for a 25-item list on this kind of machine.
MD
)
/usr/bin/python3 - docs/performance.md "$section" <<'PY'
import sys, re, os
path, section = sys.argv[1], sys.argv[2]
text = open(path).read() if os.path.exists(path) else "# Performance\n\nEvery figure here comes from a script in bench/, named beside it, run on this project's 2-core machine.\n"
pattern = re.compile(r"## HTTP: team endpoint against a trivial endpoint\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.strip() + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section.strip() + "\n"
open(path, "w").write(text)
PY
echo "$section"
