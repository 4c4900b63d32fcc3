#!/usr/bin/env bash
# Durable writes (not a test): how many acknowledged writes a client gets, against what SQLite itself commits on this
# disk in the same run. Trellis: wrk POSTs a decision to an open meeting of the demo (bearer token, kept-alive
# connection), one writer in sequence (-c1) and 16 at once (-c16); each answer is sent only once its transaction is
# committed (WAL, synchronous=FULL). Anchor: Python's sqlite3 on a file beside it, WAL and synchronous=FULL, one
# row inserted and committed per transaction, in sequence. Prints a Markdown table.
#   bench/writes.sh        (after make build; TRELLIS_BIN=path, DURATION=10s, BENCH_DIR=/var/tmp/trellis-writes)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRELLIS_BIN:-build/trellis}
DURATION=${DURATION:-10s}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
# On disk, not in /tmp (which may be memory): the fsync is what is measured.
BENCH_DIR=${BENCH_DIR:-/var/tmp/trellis-writes}
mkdir -p "$BENCH_DIR"

source bench/demo-server.sh
start_demo_server trellis-writes
# The database on disk: the demo server above is replaced by one on $BENCH_DIR.
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true
disk_db="$BENCH_DIR/writes.db"
rm -f "$disk_db" "$disk_db-wal" "$disk_db-shm"
"$BIN" demo --database "sqlite://$disk_db" >/dev/null
token=$("$BIN" token create --database "sqlite://$disk_db" --email lead@mpusd.example)
"$BIN" serve --database "sqlite://$disk_db" --listen "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
api() { curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1$1"; }
team=$(api /teams | /usr/bin/python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin)["teams"] if t["name"]=="World Languages Standards"][0])')
meeting=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"title":"Write benchmark","starts_at":"2030-01-15T16:00:00Z","time_zone":"America/Los_Angeles"}' \
  "http://127.0.0.1:$port/api/v1/teams/$team/meetings" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

cat >"$tmp/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"text":"We keep the Tuesday check-in for families who moved this term"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
trellis_rate() {  # connections -> "req_per_s p50_ms p99_ms"
  wrk -t1 -c"$1" -d"$DURATION" --latency -s "$tmp/post.lua" "http://127.0.0.1:$port/api/v1/meetings/$meeting/decisions" >"$tmp/wrk.txt"
  /usr/bin/python3 bench/wrk_summary.py "$tmp/wrk.txt"
}
sqlite_rate() {  # -> commits per second, in sequence, for DURATION
  /usr/bin/python3 - "$BENCH_DIR/raw.db" "${DURATION%s}" <<'PY'
import os, sqlite3, sys, time
path, seconds = sys.argv[1], float(sys.argv[2])
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(path + suffix): os.remove(path + suffix)
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE decisions (id INTEGER PRIMARY KEY, meeting_id INTEGER, text TEXT, created_at INTEGER)")
n, start = 0, time.perf_counter()
while time.perf_counter() - start < seconds:
    db.execute("BEGIN"); db.execute("INSERT INTO decisions (meeting_id, text, created_at) VALUES (1, 'We keep the check-in', 0)"); db.execute("COMMIT")
    n += 1
print(f"{n / (time.perf_counter() - start):.0f}")
PY
}

# What one request in sequence costs without a write: the same server, the same client, GET /healthz (one
# `SELECT 1`). A writer in sequence pays this round trip plus its commit, so 1 / (1/floor + 1/raw) is the most one
# writer could get even if everything but the commit's fsync took no time at all.
floor_rate() {
  wrk -t1 -c1 -d"$DURATION" --latency "http://127.0.0.1:$port/healthz" >"$tmp/wrk-floor.txt"
  /usr/bin/python3 bench/wrk_summary.py "$tmp/wrk-floor.txt"
}

raw1=$(sqlite_rate)
read -r floor_rps floor_p50 floor_p99 < <(floor_rate)
read -r one_rps one_p50 one_p99 < <(trellis_rate 1)
read -r many_rps many_p50 many_p99 < <(trellis_rate 16)
raw2=$(sqlite_rate)
raw=$(( (raw1 + raw2) / 2 ))
share=$(/usr/bin/python3 -c "print(f'{$one_rps / $raw * 100:.0f}')")
ceiling=$(/usr/bin/python3 -c "print(f'{1 / (1 / $floor_rps + 1 / $raw):.0f}')")
ceiling_share=$(/usr/bin/python3 -c "print(f'{$ceiling / $raw * 100:.0f}')")
cat <<MD
Command: \`bench/writes.sh\` (DURATION=$DURATION; database files in $BENCH_DIR; $(nproc) cores). Measured $(date -u +%Y-%m-%d).

| what | writes/s | p50 ms | p99 ms |
| --- | ---: | ---: | ---: |
| SQLite itself: one row per transaction, in sequence (WAL, synchronous=FULL; before and after) | $raw1 / $raw2 | | |
| Trellis: \`GET /healthz\` (no write), 1 client in sequence | $floor_rps | $floor_p50 | $floor_p99 |
| Trellis: \`POST /api/v1/meetings/$meeting/decisions\`, 1 writer in sequence | $one_rps | $one_p50 | $one_p99 |
| Trellis: the same, 16 writers at once | $many_rps | $many_p50 | $many_p99 |

One writer gets **$share%** of SQLite's own rate (target: at least 45%). A request round trip with no write
(the \`/healthz\` row) plus SQLite's own commit bounds one writer at about $ceiling/s ($ceiling_share% of SQLite's rate).
MD
