#!/usr/bin/env bash
# Page load A/B benchmark (not a test): the same cold loads (home, team, meeting, data analysis; signed in as the
# demo's team lead) from two builds served side by side, each on its own demo database, taken in turn run by run
# (bench/page_load_ab.mjs). Prints medians, p90s and the median of the A/B ratios as a Markdown table.
#   A_WEB=web/dist B_WEB=/tmp/other/dist bench/page-load-ab.sh
#   A_BIN / B_BIN: the servers (default build/trellis for both); RUNS (default 9).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}
A_BIN=${A_BIN:-build/trellis} B_BIN=${B_BIN:-build/trellis}
A_WEB=${A_WEB:-web/dist} B_WEB=${B_WEB:?B_WEB names the web root of build B}
tmp=$(mktemp -d /tmp/trellis-page-load-ab.XXXXXX)
# start() runs in a subshell (read < <(start ...)): each server's pid goes to a file for the cleanup to find.
trap 'kill $(cat "$tmp"/*.pid 2>/dev/null) 2>/dev/null; rm -rf "$tmp"' EXIT

start() {  # BIN WEB NAME -> "base_url cookie team meeting org"
  local bin=$1 web=$2 name=$3 port
  "$bin" demo --database "sqlite://$tmp/$name.db" >/dev/null
  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$bin" serve --database "sqlite://$tmp/$name.db" --listen "127.0.0.1:$port" --web-root "$web" >"$tmp/$name.log" 2>&1 &
  echo $! >"$tmp/$name.pid"
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  local base="http://127.0.0.1:$port" token cookie team
  token=$("$bin" token create --database "sqlite://$tmp/$name.db" --email lead@mpusd.example)
  api() { curl -sf -H "Authorization: Bearer $token" "$base/api/v1$1"; }
  py() { /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
  team=$(api /teams | py '[t["id"] for t in d["teams"] if t["name"]=="World Languages Standards"][0]')
  cookie=$(curl -sf -c - -H 'Content-Type: application/json' \
    -d '{"email":"lead@mpusd.example","password":"trellis-demo-2026"}' "$base/api/v1/session" | awk '$6=="trellis_session"{print $7}')
  echo "$base $cookie $team $(api "/teams/$team/meetings" | py 'd["meetings"][0]["id"]') $(api "/teams/$team" | py 'd["organization"]["id"]')"
}

read -r a_url a_cookie team meeting org < <(start "$A_BIN" "$A_WEB" a)
read -r b_url b_cookie _ _ _ < <(start "$B_BIN" "$B_WEB" b)
pages=$(printf '{"home":"/","team":"/teams/%s","meeting":"/meetings/%s","analysis":"/organizations/%s/data/analysis"}' "$team" "$meeting" "$org")
result=$(node bench/page_load_ab.mjs "$a_url" "$a_cookie" "$b_url" "$b_cookie" "$pages" "$RUNS")
/usr/bin/python3 - "$result" "$RUNS" <<'PY'
import json, sys
result, runs = json.loads(sys.argv[1]), sys.argv[2]
def median(xs):
    xs = sorted(xs); n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2
def p90(xs):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
print(f"{runs} runs each, A and B in turn.\n")
print("| cold load | A median ms | A p90 ms | B median ms | B p90 ms | median of A/B |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for page, ab in result.items():
    a, b = ab["A"], ab["B"]
    print(f"| {page} | {median(a):.0f} | {p90(a):.0f} | {median(b):.0f} | {p90(b):.0f} | {median([x / y for x, y in zip(a, b)]):.2f} |")
PY
