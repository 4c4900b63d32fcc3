"""`trellis demo`: the three districts of the mentor/peer model, Pivot Learning's network, and a team that
can see who is missing."""
import datetime
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from trellis_helpers import Api, CookieClient, cli, expect_status

# The state's school directory (../shared/data, beside the checkout): the names the demo's schools carry.
STATE_DIRECTORY = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ca" / "pubschls_2018-06.txt"

DISTRICTS = {
    "27660920000000": "Monterey Peninsula Unified",
    "19646670000000": "Lancaster",
    "10624140000000": "Sanger Unified",
}


@pytest.fixture(scope="module")
def demo(launcher):
    url = launcher.new_database(migrate=False)
    cli("demo", "--database", url)
    srv = launcher.start(url)
    return srv, srv.make_user("demoadmin", site_admin=True)


def test_demo_lead_sees_who_is_missing_on_the_world_languages_team(demo):
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    teams = lead.ok("GET", "/api/v1/teams")["teams"]
    wl = [t for t in teams if "World Languages Standards" in t["name"]
          and "Monterey Peninsula Unified" in t["organization"]["name"]]
    assert len(wl) == 1, f"teams the lead sees: {[(t['name'], t['organization']['name']) for t in teams]}"
    team = lead.ok("GET", f"/api/v1/teams/{wl[0]['id']}")
    assert len(team["members"]) >= 2
    rep = lead.ok("GET", f"/api/v1/teams/{wl[0]['id']}/representation")
    assert rep["missing"], "the demo team should show somebody missing"
    catalogue = [p["key"] for p in lead.ok("GET", "/api/v1/perspectives")["perspectives"]]
    assert set(rep["missing"]) <= set(catalogue) and rep["covered"], rep
    assert team["representation"] == rep


def test_demo_districts_have_cds_codes_and_profiles(demo):
    _, root = demo
    orgs = root.api.ok("GET", "/api/v1/organizations")["organizations"]
    by_cds = {o["cds_code"]: o for o in orgs if o["cds_code"]}
    for cds, name in DISTRICTS.items():
        assert cds in by_cds, f"no organization with CDS code {cds} ({name}); have {sorted(by_cds)}"
        org = by_cds[cds]
        assert name in org["name"] and org["kind"] == "district", org
        assert isinstance(org["profile"]["enrollment"], int) and org["profile"]["enrollment"] > 0, org


def test_demo_network_led_by_pivot_learning(demo):
    srv, root = demo
    orgs = root.api.ok("GET", "/api/v1/organizations")["organizations"]
    pivot = [o for o in orgs if "Pivot Learning" in o["name"]]
    assert len(pivot) == 1, [o["name"] for o in orgs]
    pivot = pivot[0]
    members = root.api.ok("GET", f"/api/v1/organizations/{pivot['id']}/members")["members"]
    assert ("facilitator@pivotlearning.example", "admin") in [(m["email"], m["role"]) for m in members]

    nets = [n for n in root.api.ok("GET", "/api/v1/networks")["networks"]
            if n.get("facilitator", {}).get("id") == pivot["id"]]
    assert len(nets) == 1, root.api.ok("GET", "/api/v1/networks")
    net = root.api.ok("GET", f"/api/v1/networks/{nets[0]['id']}")
    assert net["facilitator"]["id"] == pivot["id"]
    cds_of = {o["id"]: o["cds_code"] for o in orgs}
    roles = {cds_of[m["organization"]["id"]]: m["role"] for m in net["members"]}
    assert roles == {"10624140000000": "mentor", "27660920000000": "peer", "19646670000000": "peer"}, net

    # The facilitator sees the network they run.
    facilitator = Api(srv.base_url, srv.create_token("facilitator@pivotlearning.example"))
    assert nets[0]["id"] in [n["id"] for n in facilitator.ok("GET", "/api/v1/networks")["networks"]]
    assert facilitator.ok("GET", f"/api/v1/networks/{nets[0]['id']}")["members"] == net["members"]

    # Its dashboard: the three peer teams that share, Sanger's mentor team (which shares nothing) absent.
    board = facilitator.ok("GET", f"/api/v1/networks/{nets[0]['id']}/dashboard")
    shares = sorted((r["organization"]["name"], r["team"]["name"], tuple(r["shares"])) for r in board["teams"])
    assert [(team, kinds) for _, team, kinds in shares] == [
        ("MTSS for foster and homeless youth", ("progress", "meetings", "peers")),  # Lancaster
        ("MTSS for foster and homeless youth", ("progress", "peers")),  # Monterey
        ("World Languages Standards", ("progress", "meetings", "minutes"))], shares
    wl = [r for r in board["teams"] if r["team"]["name"] == "World Languages Standards"][0]
    assert wl["progress"]["meetings_held"] >= 1 and wl["progress"]["guide"] is not None
    assert all(m["status"] != "draft" for m in wl["meetings"])
    # World Languages shares its minutes: the facilitator reads those of its first, closed meeting.
    held = [m for m in wl["meetings"] if m["status"] == "closed"]
    assert held, wl["meetings"]
    minutes = facilitator.ok("GET", f"/api/v1/networks/{nets[0]['id']}/minutes/{held[0]['id']}")
    assert minutes["title"] == held[0]["title"] and minutes["attendance"]
    assert "MTSS mentor team" not in str(board)
    assert {d["organization"]["role"] for d in board["districts"]} == {"mentor", "peer"}
    # Lancaster's lead, a peer: the two MTSS teams (they share with their peers), not World Languages.
    lancaster = Api(srv.base_url, srv.create_token("lead@lancaster.example"))
    peer_board = lancaster.ok("GET", f"/api/v1/networks/{nets[0]['id']}/dashboard")
    assert peer_board["view"] == "peers" and peer_board["agreements"] == []
    assert sorted(r["organization"]["name"] for r in peer_board["teams"]) == ["Lancaster Elementary",
                                                                              "Monterey Peninsula Unified"]


def test_demo_mou_with_sanger_has_coaching_past_the_80_percent_warning(demo):
    """The article's MOU: Pivot Learning buys Sanger's coaching for Monterey and Lancaster in the current school
    year, 120 hours by kind; the log stands past 80%, so the warning shows; the coaches' latest next steps became
    action items of the peer teams, and one still waits for Lancaster's answer."""
    srv, _ = demo
    facilitator = Api(srv.base_url, srv.create_token("facilitator@pivotlearning.example"))
    net = facilitator.ok("GET", "/api/v1/networks")["networks"][0]
    agreements = facilitator.ok("GET", f"/api/v1/networks/{net['id']}/agreements")["agreements"]
    assert len(agreements) == 1, agreements
    mou = facilitator.ok("GET", f"/api/v1/agreements/{agreements[0]['id']}")
    assert mou["status"] == "active" and mou["mentor_organization"]["name"] == "Sanger Unified"
    assert sorted(p["name"] for p in mou["peer_organizations"]) == ["Lancaster Elementary",
                                                                  "Monterey Peninsula Unified"]
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    assert mou["starts_on"] <= today <= mou["ends_on"], (mou["starts_on"], mou["ends_on"])
    hours = {h["kind"]: h for h in mou["hours"]}
    assert sum(h["purchased"] for h in hours.values()) == 120
    assert set(hours) == {"site_visit", "virtual_coaching", "professional_learning", "network_meeting"}
    assert mou["warning"] == "80" and 0.8 <= mou["used_share"] < 1, mou["used_share"]
    assert sorted(c["name"] for c in mou["coaches"]) == ["Daniel Ortiz", "Laura Kim"]
    history = facilitator.ok("GET", f"/api/v1/agreements/{mou['id']}/history")["versions"]
    assert [v["agreement"]["status"] for v in history] == ["active", "draft"], history

    log = facilitator.ok("GET", f"/api/v1/agreements/{mou['id']}/coaching-log")["entries"]
    visit = [e for e in log if e["kind"] == "site_visit" and "Sanger" in e["focus"]]
    assert len(visit) == 1 and len(visit[0]["teams"]) == 2, visit

    # Monterey's lead finds the accepted next steps as action items of the MTSS team's next meeting.
    lead = Api(srv.base_url, srv.create_token("lead@mpusd.example"))
    mtss = [t for t in lead.ok("GET", "/api/v1/teams")["teams"] if t["name"].startswith("MTSS")][0]
    coaching = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/coaching")
    steps = [s for e in coaching["entries"] for s in e["next_steps"]]
    assert len(steps) == 2 and all(s["status"] == "accepted" and s["action_item_id"] for s in steps), steps
    # Lancaster's lead has one accepted and one waiting.
    james = Api(srv.base_url, srv.create_token("lead@lancaster.example"))
    team = james.ok("GET", "/api/v1/teams")["teams"][0]
    waiting = [s["status"] for e in james.ok("GET", f"/api/v1/teams/{team['id']}/coaching")["entries"]
               for s in e["next_steps"]]
    assert sorted(waiting) == ["accepted", "proposed"], waiting


def test_demo_mtss_team_works_through_the_discovery_guide_with_its_data(demo):
    """The source article's story: Monterey's MTSS team has described how its system treats foster and homeless
    youth, reviewed the data with a chronic absence view attached, and is planning empathy interviews."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    mtss = [t for t in lead.ok("GET", "/api/v1/teams")["teams"]
            if t["name"] == "MTSS for foster and homeless youth" and "Monterey" in t["organization"]["name"]]
    assert len(mtss) == 1
    team_id = mtss[0]["id"]
    [adopted] = lead.ok("GET", f"/api/v1/teams/{team_id}/guides")["guides"]
    assert adopted["id"] == "discovery-to-scale"
    assert (adopted["summary"]["complete"], adopted["summary"]["in_progress"]) == (2, 1)
    assert adopted["summary"]["current"] == "improvement-cycle/empathy-interviews"

    [view] = lead.ok("GET", f"/api/v1/teams/{team_id}/guides/discovery-to-scale/data-views")["data_views"]
    assert (view["section"], view["indicator"], view["year"]) == ("review-data", "chronic_absence", 2025)
    # The view opens on the district's counts, where homeless youth are flagged.
    body = lead.ok("GET", f"/api/v1/organizations/{mtss[0]['organization']['id']}/data/analysis"
                          f"?indicator=chronic_absence&year=2025")
    homeless = {g["group"]: g for g in body["indicators"][0]["groups"]}["HOM"]
    assert homeless["flag"] == "over" and homeless["rate_ratio"] > 2


def test_demo_mtss_team_sees_a_shift_after_its_first_prototype(demo):
    """The MTSS team's run chart: monthly chronic absence of foster and homeless students, lower after the weekly
    check-in began, which Trellis flags as a shift below the median."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [mtss] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"]
              if t["name"] == "MTSS for foster and homeless youth" and "Monterey" in t["organization"]["name"]]
    [summary] = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/measures")["measures"]
    assert summary["name"] == "Chronic absence, foster and homeless students" and summary["point_count"] == 14
    measure = lead.ok("GET", f"/api/v1/measures/{summary['id']}")
    dates = [p["date"] for p in measure["points"]]
    [shift] = [s for s in measure["signals"] if s["rule"] == "shift"]
    assert shift["dates"] == dates[8:]  # the six months since the prototype began
    assert "Prototype 1" in measure["points"][8]["note"]


def test_demo_world_languages_team_has_done_section_e(demo):
    """Monterey's World Languages team has a plan: a vision with its history, goals tagged with LCAP priorities,
    objectives with baselines and targets, tasks across the plan areas (one blocked, one overdue, a chain, one
    promoted from a meeting's action item), a milestone coming up and a barrier with the team's response."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [wl] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"]
            if t["name"] == "World Languages Standards" and "Monterey" in t["organization"]["name"]]
    plan = lead.ok("GET", f"/api/v1/teams/{wl['id']}/plan")
    assert plan["vision"]["version"] == 2 and "two languages" in plan["vision"]["text"]
    assert len(lead.ok("GET", f"/api/v1/teams/{wl['id']}/plan/vision/history")["versions"]) == 2
    assert len(plan["goals"]) == 2 and any({4, 7} & set(g["lcap_priorities"]) for g in plan["goals"])
    objectives = [o for g in plan["goals"] for o in g["objectives"]]
    assert objectives and all(o["baseline_value"] is not None and o["target_value"] is not None for o in objectives)
    assert any(o["measure_name"] for o in objectives)
    tasks = plan["tasks"]
    assert len({t["area"] for t in tasks if t["area"]}) >= 4 and all(t["owner_name"] for t in tasks)
    assert [t["title"] for t in tasks if t["status"] == "blocked"]
    assert [t["title"] for t in tasks if t["overdue"]]
    by_id = {t["id"]: t for t in tasks}
    assert any(by_id[d]["depends_on"] for t in tasks for d in t["depends_on"])  # a chain of three
    [promoted] = [t for t in tasks if t["action_item_id"]]
    assert promoted["meeting_title"] == "Forming the team"
    assert [m for m in plan["milestones"] if not m["done"] and m["due_on"] > plan["today"]]
    assert plan["barriers"] and plan["barriers"][0]["response"]
    assert all(a["activities"] for a in plan["areas"])
    counts = lead.ok("GET", f"/api/v1/teams/{wl['id']}/follow-through")["plan_tasks"]
    assert counts["blocked"] == 1 and counts["overdue"] >= 1 and counts["done"] >= 1
def test_demo_world_languages_team_assessed_its_implementation_twice(demo):
    """The World Languages team declared its "fully implemented" criteria and rated the six areas in Spring and
    Fall 2026: every area at least as high in the fall, evidence noted, not yet fully implemented."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [wl] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"] if t["name"] == "World Languages Standards"]
    listed = lead.ok("GET", f"/api/v1/teams/{wl['id']}/assessments")
    assert listed["criteria"]["version"] == 1 and len(listed["criteria"]["criteria"]) == 2
    fall, spring = listed["assessments"]
    assert (fall["term"], spring["term"]) == ("Fall 2026", "Spring 2026")
    assert all(f["rating"] >= s["rating"] for f, s in zip(fall["ratings"], spring["ratings"]))
    assert sum(r["rating"] for r in fall["ratings"]) > sum(r["rating"] for r in spring["ratings"])
    assert all(r["evidence"] for r in fall["ratings"] + spring["ratings"])
    assert listed["fully_implemented"] is False
    assert [r["result"] for r in fall["results"]] == ["not_met", "not_met"]


def test_demo_monterey_admin_reads_its_data_access_log(demo):
    """The data lead's imports, shares and full-count reads are in Monterey's audit trail, for its admin only."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)  # Elena Martínez: team lead and Monterey's admin
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    monterey = next(o for o in lead.ok("GET", "/api/v1/organizations")["organizations"]
                    if o["cds_code"] == "27660920000000")
    events = lead.ok("GET", f"/api/v1/organizations/{monterey['id']}/audit")["events"]
    actions = [e["action"] for e in events]
    for action in ("data.import", "data.share", "data.read", "data.export"):
        assert action in actions, f"{action} missing from Monterey's demo log: {actions}"
    data_lead = CookieClient(srv.base_url)
    expect_status(data_lead.sign_in("data@mpusd.example", "trellis-demo-2026"), 200)
    expect_status(data_lead.request("GET", f"/api/v1/organizations/{monterey['id']}/audit"), 403)


def test_demo_schools_are_named_as_the_state_directory_names_them(demo):
    """Monterey's student counts are by school; each school shown is named (the state's directory name), not a code."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    monterey = next(o for o in lead.ok("GET", "/api/v1/organizations")["organizations"]
                    if o["cds_code"] == "27660920000000")
    names = lead.ok("GET", f"/api/v1/organizations/{monterey['id']}/data")["place_names"]
    schools = {code: name for code, name in names.items() if not code.endswith("0000000")}
    assert schools, f"no school among the places shown: {names}"
    directory = {}
    with open(STATE_DIRECTORY, encoding="utf-8", errors="replace") as f:
        header = f.readline().rstrip("\n").split("\t")
        code_at, school_at = header.index("CDSCode"), header.index("School")
        for line in f:
            fields = line.rstrip("\n").split("\t")
            directory[fields[code_at]] = fields[school_at]
    for code, name in schools.items():
        assert name and name == directory.get(code), f"{code}: named {name!r}, the directory says {directory.get(code)!r}"


def test_demo_network_meeting_of_the_community_of_practice(demo):
    """A held, closed meeting of Pivot Learning's network with people of Sanger, Monterey and Lancaster: notes, a
    decision, two action items owned in two districts; logged as coaching hours when the network has an active
    agreement."""
    srv, _ = demo
    facilitator = Api(srv.base_url, srv.create_token("facilitator@pivotlearning.example"))
    [net] = [n for n in facilitator.ok("GET", "/api/v1/networks")["networks"] if "MTSS" in n["name"]]
    [meeting] = facilitator.ok("GET", f"/api/v1/networks/{net['id']}/meetings")["meetings"]
    assert meeting["status"] == "closed" and meeting["team"]["name"].endswith("— network meetings")
    assert sorted(i["organization"]["name"] for i in meeting["invitations"]) == [
        "Lancaster Elementary", "Monterey Peninsula Unified", "Sanger Unified"]
    assert all(i["team"] is None for i in meeting["invitations"])

    # A peer lead reads it as a participant, with the record made in the meeting.
    lancaster = Api(srv.base_url, srv.create_token("lead@lancaster.example"))
    seen = lancaster.ok("GET", f"/api/v1/meetings/{meeting['id']}")
    assert seen["network"]["id"] == net["id"]
    assert {n["author"]["name"] for n in seen["notes"]} == {"Daniel Ortiz", "Elena Martínez", "James Carter"}
    assert len(seen["decisions"]) == 1
    assert sorted(a["owner"]["name"] for a in seen["action_items"]) == ["Grace Owens", "Marcus Bell"]
    minutes = lancaster.ok("GET", f"/api/v1/meetings/{meeting['id']}/minutes")
    assert minutes["meeting_id"] == meeting["id"]

    # Logged as coaching hours on the network's active agreement, if the demo has one.
    active = [a for a in facilitator.ok("GET", f"/api/v1/networks/{net['id']}/agreements")["agreements"]
              if a["status"] == "active"]
    coaching = facilitator.ok("GET", f"/api/v1/meetings/{meeting['id']}/invitations")["coaching"]
    if active:
        assert coaching["entry_id"] is not None
        log = facilitator.ok("GET", f"/api/v1/agreements/{active[0]['id']}/coaching-log")["entries"]
        entry = next(e for e in log if e["id"] == coaching["entry_id"])
        assert entry["kind"] == "network_meeting" and entry["hours"] == 1.5
    else:
        assert coaching["entry_id"] is None


def test_demo_world_languages_team_closed_its_elementary_outreach(demo):
    """Issue 15 in the demo: one outreach item marked done by the lead, one closed on its own when Marisol Vega
    joined teaching in the elementary grades, which are no longer missing."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [wl] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"] if t["name"] == "World Languages Standards"]
    team = lead.ok("GET", f"/api/v1/teams/{wl['id']}")
    ours = [i for i in team["outreach_items"] if i["gap_key"] == "elementary"]
    done = [i for i in ours if i["status"] == "done"]
    closed = [i for i in ours if i["status"] == "closed"]
    assert len(done) == 1 and done[0]["done_by_name"] == "Elena Martínez" and done[0]["done_at"]
    assert len(closed) == 1 and closed[0]["closed_by_member_name"] == "Marisol Vega"
    marisol = next(m for m in team["members"] if m["name"] == "Marisol Vega")
    assert closed[0]["closed_by_member_id"] == marisol["id"]
    assert "elementary" not in team["representation"]["grade_spans"]["missing"]


def test_demo_mail_settings(demo):
    """Languages and mail settings: Monterey's superintendent takes the weekly digest; the world-language teacher
    reads Spanish; everyone else has the defaults."""
    srv, _ = demo
    settings = {}
    for address in ("superintendent@mpusd.example", "wl.teacher@mpusd.example", "lead@mpusd.example"):
        person = CookieClient(srv.base_url)
        expect_status(person.sign_in(address, "trellis-demo-2026"), 200)
        settings[address] = person.ok("GET", "/api/v1/me/notification-settings")
    assert settings["superintendent@mpusd.example"]["digest"] == "weekly"
    assert settings["wl.teacher@mpusd.example"]["language"] == "es"
    assert settings["lead@mpusd.example"] == {"language": "en", "minutes": True, "reminders": True, "digest": "daily"}


def demo_account_emails(srv) -> set[str]:
    """Every account the demo made, read from its database (the server lists no accounts to anyone)."""
    sql = "SELECT email FROM users WHERE email NOT LIKE '%@test.example'"  # not the accounts tests make
    if srv.db_url.startswith("sqlite://"):
        with sqlite3.connect(srv.db_url.removeprefix("sqlite://"), timeout=30) as db:
            return {row[0] for row in db.execute(sql)}
    out = subprocess.run(["psql", srv.db_url, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    return set(out.split())


def test_demo_lists_every_account_it_made_and_each_signs_in(demo):
    srv, _ = demo
    listed = set(re.findall(r"^\s+(\S+@\S+\.example)\s", cli("demo", "--accounts").stdout, re.MULTILINE))
    made = demo_account_emails(srv)
    assert listed == made, f"made but not listed: {made - listed}; listed but not made: {listed - made}"
    assert "wl.teacher@mpusd.example" in listed  # the second person for trying a live meeting
    for address in sorted(listed):
        assert CookieClient(srv.base_url).sign_in(address, "trellis-demo-2026").status_code == 200, address


def test_demo_monterey_mtss_need_is_matched_with_sanger_among_the_top_and_the_reasons_shown(demo):
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    team = next(t for t in lead.ok("GET", "/api/v1/teams")["teams"]
                if t["name"] == "MTSS for foster and homeless youth"
                and "Monterey Peninsula Unified" in t["organization"]["name"])
    answer = lead.ok("GET", f"/api/v1/teams/{team['id']}/matches")
    assert answer["need"]["topics"] == ["foster_youth", "homeless_youth", "mtss"]
    top = [r["organization"]["name"] for r in answer["results"][:3]]
    assert "Sanger Unified" in top, top
    sanger = next(r for r in answer["results"] if r["organization"]["name"] == "Sanger Unified")
    reasons = {f["factor"]: f for f in sanger["factors"]}
    assert reasons["declared"]["theirs"] == ["foster_youth", "mtss"]
    assert reasons["mentor"]["contribution"] > 0
    assert sum(f["contribution"] for f in sanger["factors"]) == pytest.approx(sanger["score"])


def test_the_funder_reads_the_network_report_and_nothing_of_a_team_that_shares_nothing(demo):
    """Pivot Learning's funder (issue 14): the network report shows the teams that share with the network; Sanger's
    MTSS mentor team shares nothing and is neither listed nor counted."""
    srv, root = demo
    funder = Api(srv.base_url, srv.create_token("funder@foundation.example"))
    [net] = funder.ok("GET", "/api/v1/networks")["networks"]
    report = funder.ok("GET", f"/api/v1/networks/{net['id']}/report?from=2025-07-01&to=2027-06-30")
    names = [t["team"]["name"] for t in report["teams"]]
    assert "World Languages Standards" in names and "MTSS mentor team" not in str(report)
    assert report["in_full"] is True and report["agreements"]
    mtss = [t for t in root.api.ok("GET", "/api/v1/teams")["teams"] if t["name"] == "MTSS mentor team"]
    assert mtss and funder.request("GET", f"/api/v1/teams/{mtss[0]['id']}/report?from=2025-07-01&to=2027-06-30"
                                   ).status_code == 404


def test_demo_mtss_team_tests_its_welcome_meeting_prototype_in_two_versions(demo):
    """Issue 12, item 3: the welcome and check-in meeting, version 1's cycle adapted into version 2, both cycles
    marked on the team's chronic absence run chart."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [mtss] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"]
              if t["name"] == "MTSS for foster and homeless youth" and "Monterey" in t["organization"]["name"]]
    [listed] = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/prototypes")["prototypes"]
    assert "3 days of enrollment" in listed["title"] and listed["status"] == "testing"
    assert "foster and homeless youth" in listed["for_whom"]
    detail = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/prototypes/{listed['id']}")
    v1, v2 = detail["versions"]
    [c1], [c2] = v1["cycles"], v2["cycles"]
    assert c1["complete"] and c1["act"]["decision"] == "adapt" and v2["adapted_from_cycle_id"] == c1["id"]
    assert all(c1["study"]["results"]) and c2["phase"] == "study"
    [measure] = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/measures")["measures"]
    marks = lead.ok("GET", f"/api/v1/measures/{measure['id']}/cycle-marks")["marks"]
    assert [(m["version_number"], m["cycle_number"]) for m in marks] == [(1, 1), (2, 1)]
    points = [p["date"] for p in lead.ok("GET", f"/api/v1/measures/{measure['id']}")["points"]]
    assert points[0] <= marks[0]["starts_on"] <= points[-1], "the first cycle falls inside the run chart"
    # It answers the insight the team drew from its discovery evidence.
    [insight] = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/insights")["insights"]
    assert detail["insights"] == [{"id": insight["id"], "statement": insight["statement"]}]


def test_demo_mtss_team_has_discovery_evidence_sorted_into_themes_with_an_insight(demo):
    """Issue 12, item 7: Monterey's MTSS team holds two empathy interviews and a focus group (who took part as roles
    only), tagged into its two themes, and an insight linked to all three."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [mtss] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"]
              if t["name"] == "MTSS for foster and homeless youth" and "Monterey" in t["organization"]["name"]]
    board = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/evidence")
    assert sorted(e["kind"] for e in board["entries"]) == ["empathy_interview", "empathy_interview", "focus_group"]
    themes = {t["name"]: t["id"] for t in board["themes"]}
    assert set(themes) == {"No adult knows they are in foster care", "Transport gaps after moves"}
    counts = {name: sum(tid in e["theme_ids"] for e in board["entries"]) for name, tid in themes.items()}
    assert counts == {"No adult knows they are in foster care": 2, "Transport gaps after moves": 3}
    assert all("foster" in e["participants"] or "counselor" in e["participants"] for e in board["entries"])
    [insight] = board["insights"]
    assert sorted(insight["evidence_ids"]) == sorted(e["id"] for e in board["entries"])


def test_demo_library_holds_sangers_mtss_resources_for_the_network(demo):
    """Issue 12: Monterey's lead finds Sanger's referral flow (a PDF) and intervention menu, tagged MTSS and shared
    with the network, and the Spanish guide for families by a Spanish word."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    found = lead.ok("GET", "/api/v1/resources?q=referral")["resources"]
    assert found[0]["title"] == "Tiered-support referral flow"
    assert found[0]["organization"]["name"] == "Sanger Unified" and found[0]["share"]["scope"] == "network"
    assert found[0]["topics"] == ["mtss"]
    pdf = lead.get(found[0]["file"]["href"])
    expect_status(pdf, 200)
    assert pdf.content.startswith(b"%PDF-") and pdf.headers["Content-Disposition"].startswith("attachment")
    titles = [r["title"] for r in lead.ok("GET", "/api/v1/resources?topic=mtss")["resources"]]
    assert "Intervention menu" in titles
    spanish = lead.ok("GET", "/api/v1/resources?q=familias")["resources"]
    assert spanish[0]["language"] == "es"


def test_demo_sangers_coach_gave_feedback_that_led_to_version_2_and_a_second_round_is_open(demo):
    """Issue 12, item 4: Monterey's MTSS lead asked Sanger's coach about version 1 of the welcome meeting; the thread
    (with a mention) led to version 2, which the closed round links with what changed. The round on version 2 is
    open: the coach answered, Lancaster's lead is invited and sees the request among their own."""
    srv, _ = demo
    lead = CookieClient(srv.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [mtss] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"]
              if t["name"] == "MTSS for foster and homeless youth" and "Monterey" in t["organization"]["name"]]
    newer, older = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/feedback-rounds")["rounds"]
    assert older["status"] == "closed" and older["next_version"]["number"] == 2
    assert "transportation coordinator" in older["what_we_changed"] and older["comments"] == 3
    assert [e["kind"] for e in older["events"]][0] == "opened" and older["events"][-1]["kind"] == "closed"
    assert newer["status"] == "open" and (newer["reviewers"], newer["accepted"]) == (2, 1)
    coach = CookieClient(srv.base_url)
    expect_status(coach.sign_in("mentor@sanger.example", "trellis-demo-2026"), 200)
    thread = coach.ok("GET", f"/api/v1/feedback-rounds/{older['id']}")
    assert any(m["name"] == "Daniel Ortiz" for c in thread["comments"] for m in c["mentions"])
    peer = CookieClient(srv.base_url)
    expect_status(peer.sign_in("lead@lancaster.example", "trellis-demo-2026"), 200)
    [request] = peer.ok("GET", "/api/v1/me/feedback-requests")["requests"]
    assert request["round_id"] == newer["id"] and request["reviewer_status"] == "invited"
    assert peer.request("GET", f"/api/v1/teams/{mtss['id']}").status_code == 404
