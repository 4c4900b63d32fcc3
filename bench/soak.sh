#!/usr/bin/env bash
# The soak (a benchmark, not a test, not in CI): PEOPLE (2,000) simulated people sign in, read pages, edit meeting
# notes and keep live views open for DURATION seconds (600) against two `trellis serve` instances on one throwaway
# PostgreSQL 15 cluster behind Debian's nginx (round robin, WebSocket upgrade). Reports errors, the p99 per route
# and each instance's memory over time, and writes "Soak: ..." in docs/performance.md. Stops by itself and stops
# everything it started. See bench/soak_run.py (set-up, memory, report) and bench/soak_people.py (the people).
#   bench/soak.sh                         10 minutes, 2,000 people
#   DURATION=120 PEOPLE=200 bench/soak.sh a short try
set -euo pipefail
cd "$(dirname "$0")/.."
export TRELLIS_BIN=${TRELLIS_BIN:-build/trellis}
[ -x "$TRELLIS_BIN" ] || { echo "$TRELLIS_BIN is missing: make server" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
# Thousands of sockets: each person's connection, live views, and nginx's two ends of each.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
exec /usr/bin/python3 bench/soak_run.py
