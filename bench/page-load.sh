#!/usr/bin/env bash
# Page load benchmark (not a test): Chromium (Debian's, headless) driven by bench/page_load.mjs against a demo
# server, signed in as the demo's team lead. Cold loads of home, team, meeting and data analysis, and two in-app
# navigations (home → team, team → meeting); RUNS runs each, medians and p90 printed as a Markdown table.
#   bench/page-load.sh                      (after make build: build/trellis and web/dist)
#   BEFORE_BIN=/tmp/old/trellis BEFORE_WEB=/tmp/old/dist bench/page-load.sh
#       also measures an earlier build (server and web app) in the same run, first, on its own demo server.
# RUNS (default 9) sets the number of runs; CHROMIUM the browser (default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}

measure() {  # BIN WEB_ROOT MEETINGS_TAB -> JSON on stdout
  local bin=$1 web=$2 meetings_tab=$3
  (
    BIN=$bin
    source bench/demo-server.sh
    start_demo_server trellis-page-load >/dev/null
    kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true
    "$BIN" serve --database "$db" --listen "127.0.0.1:$port" --web-root "$web" >"$tmp/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
    base="http://127.0.0.1:$port"
    api() { curl -sf -H "Authorization: Bearer $token" "$base/api/v1$1"; }
    py() { /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
    team=$(api /teams | py '[t["id"] for t in d["teams"] if t["name"]=="World Languages Standards"][0]')
    org=$(api "/teams/$team" | py 'd["organization"]["id"]')
    meeting=$(api "/teams/$team/meetings" | py 'd["meetings"][0]["id"]')
    cookie=$(curl -sf -c - -H 'Content-Type: application/json' \
      -d '{"email":"lead@mpusd.example","password":"trellis-demo-2026"}' "$base/api/v1/session" |
      awk '$6=="trellis_session"{print $7}')
    pages=$(printf '{"home":"/","team":"/teams/%s","meeting":"/meetings/%s","analysis":"/organizations/%s/data/analysis","meetings":"/teams/%s%s"}' \
      "$team" "$meeting" "$org" "$team" "$meetings_tab")
    node bench/page_load.mjs "$base" "$cookie" "$pages" "$RUNS"
  )
}

after=$(measure "${TRELLIS_BIN:-build/trellis}" "${WEB_ROOT:-web/dist}" /meetings)
before=null
# BEFORE_MEETINGS_TAB: where the earlier build lists a team's meetings, after /teams/ID (default: the team page itself,
# as before the team page had tabs).
[ -n "${BEFORE_BIN:-}" ] && before=$(measure "$BEFORE_BIN" "${BEFORE_WEB:?BEFORE_WEB names the earlier web/dist}" "${BEFORE_MEETINGS_TAB:-}")

/usr/bin/python3 - "$before" "$after" "$RUNS" <<'PY'
import json, sys
before, after, runs = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
def stats(xs):
    xs = sorted(xs)
    median = xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2
    p90 = xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
    return f"{median:.0f} | {p90:.0f}"
head = "| what | page | " + ("before median ms | before p90 ms | " if before else "") + "median ms | p90 ms |"
print(f"{runs} runs each.\n")
print(head)
print("| --- | --- | " + ("---: | ---: | " if before else "") + "---: | ---: |")
for kind, label in (("cold", "cold load"), ("nav", "in-app")):
    for page, xs in after[kind].items():
        cells = (stats(before[kind][page]) + " | ") if before else ""
        print(f"| {label} | {page} | {cells}{stats(xs)} |")
PY
