#!/usr/bin/env bash
# The network dashboard at a whole network's size (not a test): the demo's network grown to DISTRICTS member
# districts (default 50, real California districts from ../shared/data/ca/pubschls_2018-06.txt) with TEAMS teams
# in all (default 200), every team sharing its progress and meetings and carrying a school year of work: 18
# meetings (16 held, one scheduled, one draft), 60 action items (some late, some carried over), 3 outreach items,
# the discovery guide part done; an agreement per ten districts with thirty coaching sessions logged per team.
# Then REQUESTS requests of GET /api/v1/networks/{id}/dashboard as the facilitator
# over one kept-alive connection, against as many of the trivial GET /healthz, in turn, RUNS times; and as many of
# the coach's home (GET /api/v1/me/coached-teams) of the coach named on every agreement.
#   bench/network_dashboard.sh                       (after make build)
#   HOLD=/tmp/dir bench/network_dashboard.sh &       keeps the server up and writes the two commands to time elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRELLIS_BIN:-build/trellis}
RUNS=${RUNS:-5}
REQUESTS=${REQUESTS:-50}
DISTRICTS=${DISTRICTS:-50}
TEAMS=${TEAMS:-200}
SCHOOLS=${SCHOOLS:-../shared/data/ca/pubschls_2018-06.txt}
source bench/demo-server.sh
start_demo_server trellis-bench-dashboard
/usr/bin/python3 - "$tmp/bench.db" "$SCHOOLS" "$DISTRICTS" "$TEAMS" <<'PY'
import csv, random, sqlite3, sys, time
db_path, schools, districts, teams = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
random.seed(11)
db = sqlite3.connect(db_path, timeout=30)
now = int(time.time())
day = 86400
network = db.execute("SELECT id FROM networks WHERE name LIKE 'MTSS community%'").fetchone()[0]
taken = {row[0] for row in db.execute("SELECT cds_code FROM organizations WHERE cds_code IS NOT NULL")}
picked = []
with open(schools, encoding="latin-1", newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        # A district's own row: no school, active, an elementary, high or unified district.
        if row["School"] or row["StatusType"] != "Active" or row["DOC"] not in ("52", "54", "56"):
            continue
        if row["CDSCode"] in taken:
            continue
        picked.append((row["District"], row["CDSCode"]))
        if len(picked) == districts:
            break
# The discovery guide's sections in order (guides/discovery-to-scale.yaml); each team is some way through them.
sections = [("discovery-to-scale", "improvement-cycle", s) for s in (
    "current-system", "review-data", "empathy-interviews", "research-mentor-practice", "build-prototype",
    "test-prototype", "mentor-feedback", "peer-feedback", "refine", "scale-decision")]
orgs = []
for name, cds in picked:
    cur = db.execute("INSERT INTO organizations (name, kind, cds_code, created_at) VALUES (?, 'district', ?, ?)",
                     (name, cds, now))
    orgs.append(cur.lastrowid)
    db.execute("INSERT INTO network_members (network_id, organization_id, role, status) VALUES (?, ?, 'peer', 'active')",
               (network, cur.lastrowid))
focus = ["MTSS for foster and homeless youth", "Chronic absence", "World languages", "Early literacy"]
for t in range(teams):
    org = orgs[t % len(orgs)]
    team = db.execute("INSERT INTO teams (organization_id, name, created_at) VALUES (?, ?, ?)",
                      (org, f"{focus[t % 4]} {t // 4 + 1}", now)).lastrowid
    for kind in ("progress", "meetings"):
        db.execute("INSERT INTO team_network_shares (team_id, kind, shared_at) VALUES (?, ?, ?)", (team, kind, now))
    db.execute("INSERT INTO team_guides (team_id, guide_id, adopted_by_name, adopted_at) VALUES (?, "
               "'discovery-to-scale', 'Bench', ?)", (team, now - 200 * day))
    for section in sections[: random.randint(0, 9)]:
        db.execute("INSERT INTO guide_section_states (team_id, guide_id, module_id, section_id, status, "
                   "changed_by_name, changed_at) VALUES (?, ?, ?, ?, 'complete', 'Bench', ?)", (team, *section, now))
    meetings = []
    for m in range(18):
        status = "closed" if m < 16 else ("scheduled" if m == 16 else "draft")
        starts = now + (m - 16) * 11 * day + random.randint(-2, 2) * day
        meetings.append(db.execute(
            "INSERT INTO meetings (team_id, title, starts_at, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (team, f"Team meeting {m + 1}", starts, status, now, now)).lastrowid)
    for a in range(60):
        due = time.strftime("%Y-%m-%d", time.gmtime(now + random.randint(-150, 30) * day))
        status = random.choice(["done", "done", "done", "open", "dropped"])
        done_on = time.strftime("%Y-%m-%d", time.gmtime(now - random.randint(0, 150) * day)) if status == "done" else None
        item = db.execute("INSERT INTO action_items (team_id, meeting_id, title, due_on, status, done_on, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (team, meetings[a % 16], f"Action {a}", due, status, done_on, now)).lastrowid
        if a % 7 == 0:
            db.execute("INSERT INTO meeting_carryovers (meeting_id, action_item_id) VALUES (?, ?)",
                       (meetings[(a + 1) % 16], item))
    for o in range(3):
        db.execute("INSERT INTO outreach_items (team_id, gap_kind, gap_key, title, status, created_at) VALUES "
                   "(?, 'perspective', 'families', 'Invite families', ?, ?)", (team, "open" if o else "done", now))
# Coaching under agreements: one agreement per ten new districts (the demo's mentor, a year's hours of each kind),
# and thirty logged sessions per team over the year, one in three shared with the next team of the same agreement.
mentor = db.execute("SELECT mentor_organization_id FROM agreements WHERE network_id = ?", (network,)).fetchone()[0]
kinds = ["site_visit", "virtual_coaching", "professional_learning", "network_meeting"]
team_ids = [row[0] for row in db.execute("SELECT id FROM teams WHERE organization_id IN (%s) ORDER BY id"
                                         % ",".join("?" * len(orgs)), orgs)]
entries = 0
for a in range(0, len(orgs), 10):
    parties = orgs[a:a + 10]
    agreement = db.execute(
        "INSERT INTO agreements (network_id, title, starts_on, ends_on, status, mentor_organization_id, created_at, "
        "updated_at) VALUES (?, ?, '2026-08-01', '2027-06-30', 'active', ?, ?, ?)",
        (network, f"Coaching agreement {a // 10 + 1}", mentor, now, now)).lastrowid
    for position, org in enumerate(parties):
        db.execute("INSERT INTO agreement_parties (agreement_id, organization_id, position) VALUES (?, ?, ?)",
                   (agreement, org, position))
    for kind in kinds:
        db.execute("INSERT INTO agreement_hours (agreement_id, kind, purchased_minutes) VALUES (?, ?, ?)",
                   (agreement, kind, 400 * 60))
    # The demo's first coach coaches under every agreement: their home lists all 200 teams.
    db.execute("INSERT INTO agreement_coaches (agreement_id, user_id) SELECT ?, id FROM users WHERE email = "
               "'mentor@sanger.example'", (agreement,))
    served = [t for i, t in enumerate(team_ids) if orgs[i % len(orgs)] in parties]
    for i, team in enumerate(served):
        for e in range(30):
            date = time.strftime("%Y-%m-%d", time.gmtime(now - random.randint(0, 120) * day))
            entry = db.execute(
                "INSERT INTO coaching_entries (agreement_id, date, kind, minutes, focus, created_by_name, created_at) "
                "VALUES (?, ?, ?, ?, 'Coaching', 'Bench', ?)",
                (agreement, date, kinds[e % 4], random.choice([30, 60, 90, 120]), now)).lastrowid
            entries += 1
            for t in {team, served[(i + 1) % len(served)]} if e % 3 == 0 else {team}:
                db.execute("INSERT INTO coaching_entry_teams (entry_id, team_id) VALUES (?, ?)", (entry, t))
db.commit()
print(f"network {network}: {len(orgs)} more districts, {teams} more teams, {entries} coaching sessions")
PY
network_id=$(sqlite3 "$tmp/bench.db" "SELECT id FROM networks WHERE name LIKE 'MTSS community%'")
facilitator=$("$BIN" token create --database "$db" --email facilitator@pivotlearning.example)
url="http://127.0.0.1:$port/api/v1/networks/$network_id/dashboard"
rows=$(curl -sf -H "Authorization: Bearer $facilitator" "$url" |
  /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["teams"]), "team rows,", len(d["districts"]), "districts")')
echo "server: $BIN; dashboard: $rows; $(curl -sf -H "Authorization: Bearer $facilitator" "$url" | wc -c) bytes"
repeat() { for _ in $(seq 1 "$REQUESTS"); do printf '%s ' "$1"; done; }
dashboard_cmd="curl -sf -H 'Authorization: Bearer $facilitator' $(repeat "$url") >/dev/null"
# A coach's home (GET /api/v1/me/coached-teams) for the coach of every agreement.
coach=$("$BIN" token create --database "$db" --email mentor@sanger.example)
home_url="http://127.0.0.1:$port/api/v1/me/coached-teams"
echo "coach's home: $(curl -sf -H "Authorization: Bearer $coach" "$home_url" |
  /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["teams"]), "teams")')"
home_cmd="curl -sf -H 'Authorization: Bearer $coach' $(repeat "$home_url") >/dev/null"
trivial_cmd="curl -sf $(repeat "http://127.0.0.1:$port/healthz") >/dev/null"
if [ -n "${HOLD:-}" ]; then  # HOLD=DIR: write the two commands there and keep serving, to time them otherwise
  echo "$dashboard_cmd" >"$HOLD/dashboard.sh"
  echo "$trivial_cmd" >"$HOLD/trivial.sh"
  echo "$home_cmd" >"$HOLD/home.sh"
  echo "serving until interrupted; commands in $HOLD"
  wait "$server_pid"
fi
bash -c "$dashboard_cmd"  # warm-up
for run in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "dashboard run $run: %e s wall for $REQUESTS" bash -c "$dashboard_cmd" 2>&1 | tail -1
  /usr/bin/time -f "healthz run $run: %e s wall for $REQUESTS" bash -c "$trivial_cmd" 2>&1 | tail -1
  /usr/bin/time -f "coach's home run $run: %e s wall for $REQUESTS" bash -c "$home_cmd" 2>&1 | tail -1
done
echo "server peak memory: $(grep VmHWM /proc/$server_pid/status)"
