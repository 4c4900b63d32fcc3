"""A district's student data stays the district's (issue 9): a shared view holds only the indicator-years the
district shared (hole 3), every read of full counts, export, share, import and deletion is in an audit trail
only the district's admins see, and an admin can take everything Trellis holds for the district, or delete its
student data, on request.

The world is the authorization matrix's (tests/matrix_world.py): district D with team T in network N and one
person of each kind of caller; D's data lead imported suspensions for 2023 and 2024 and shared 2024 only."""
import csv
import io
import json

import pytest

from data_helpers import SUSPENSION, aggregate_csv, analysis, create_district, groups_by_code, upload
from matrix_world import GUIDE, build_world
from trellis_helpers import create_org, create_team, expect_not_visible, expect_problem, expect_status, unique

# 2025's suspensions: fewer for everyone (so that a year's rate shows which year it came from).
SUSPENSION_2025 = [(g, d, max(n - 1, 0)) for g, d, n in SUSPENSION]


@pytest.fixture(scope="module")
def world(server, mail_sink):
    w = build_world(server, mail_sink)
    d, cds = w.ids["organization"], w.ids["cds"]
    expect_status(upload(w.people["data_lead"].api, d, aggregate_csv(cds, rows=SUSPENSION_2025, year=2025),
                         "aggregate"), 201)
    return w


def data_url(w, tail=""):
    return f"/api/v1/organizations/{w.ids['organization']}{tail}"


def share(w, year: int, shared: bool = True):
    w.people["data_lead"].api.ok("PUT", data_url(w, "/data/shares"),
                                 {"indicator": "suspension", "year": year, "shared": shared})


def trend_years(body: dict) -> set[int]:
    return {p["year"] for ind in body["indicators"] for t in ind["trends"] for p in t["points"]}


def audit(w, **query) -> list[dict]:
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return w.people["admin"].api.ok("GET", data_url(w, f"/audit?{params}"))["events"]


# ------------------------------------------------------------------------------------------ hole 3

def test_a_partner_asking_for_the_shared_2025_view_gets_no_rate_of_2023_or_2024(server):
    """The hole as it was found: the district shares suspensions of 2025 only; a partner's trends held 2023-24."""
    admin = server.make_user("holeadmin")
    district = create_district(admin)
    for year, rows in ((2023, SUSPENSION), (2024, SUSPENSION), (2025, SUSPENSION_2025)):
        expect_status(upload(admin.api, district["id"], aggregate_csv(district["cds_code"], rows=rows, year=year),
                             "aggregate"), 201)
    admin.api.ok("PUT", f"/api/v1/organizations/{district['id']}/data/shares",
                 {"indicator": "suspension", "year": 2025, "shared": True})
    partner = server.make_user("holepartner")
    own = create_org(partner, name=unique("Partner district"))
    net = partner.api.ok("POST", "/api/v1/networks", {"name": unique("CoP"), "facilitator_organization_id": own["id"]},
                         status=201)
    added = partner.api.ok("POST", f"/api/v1/networks/{net['id']}/members",
                           {"organization_id": district["id"], "role": "peer"}, status=201)
    if added.get("status") == "pending":  # the district's consent (issue 9, hole 2)
        admin.api.ok("POST", f"/api/v1/organizations/{district['id']}/network-memberships/{net['id']}/accept")
    body = analysis(partner.api, district["id"], indicator="suspension", year=2025, view="shared").json()
    assert body["indicators"] and trend_years(body) == {2025}


def test_a_shared_view_holds_only_the_years_the_district_shared(world):
    """2024 is shared, 2023 and 2025 are not: a partner's 2024 view shows no rate of 2023, anywhere."""
    w = world
    d = w.ids["organization"]
    for caller in ("partner", "participant", "facilitator", "mentor"):
        body = analysis(w.api(caller), d, indicator="suspension", year=2024, view="shared").json()
        assert body["shared"] is True and [i["year"] for i in body["indicators"]] == [2024]
        assert trend_years(body) == {2024}, f"{caller} sees the trend of years never shared"
        rows = list(csv.DictReader(io.StringIO(
            analysis(w.api(caller), d, indicator="suspension", year=2024, view="shared", format="csv").text)))
        assert rows and {r["year"] for r in rows} == {"2024"}
        for year in (2023, 2025):
            expect_not_visible(analysis(w.api(caller), d, indicator="suspension", year=year))
    listed = w.api("partner").ok("GET", f"/api/v1/networks/{w.ids['network']}/shared-data")["shared"]
    assert [(s["indicator"], s["year"]) for s in listed if s["organization_id"] == d] == [("suspension", 2024)]

    # Sharing 2025 as well: its view trends over the two shared years, still without 2023.
    share(w, 2025)
    try:
        body = analysis(w.api("partner"), d, indicator="suspension", year=2025).json()
        assert trend_years(body) == {2024, 2025}
        # The district's own preview of the view as shared shows the same as the partner gets.
        preview = analysis(w.api("data_lead"), d, indicator="suspension", year=2025, view="shared").json()
        assert preview["indicators"] == body["indicators"]
        # Inside the district the full view keeps every year.
        assert trend_years(analysis(w.api("data_lead"), d, indicator="suspension", year=2025).json()) == {2023, 2024, 2025}
    finally:
        share(w, 2025, shared=False)


def test_the_district_previews_an_unshared_year_as_it_would_be_shared(world):
    """An insider's shared view of a year not shared yet shows that year (the preview) and shared years only."""
    w = world
    body = analysis(w.api("data_lead"), w.ids["organization"], indicator="suspension", year=2025, view="shared").json()
    assert [i["year"] for i in body["indicators"]] == [2025] and trend_years(body) == {2024, 2025}
    g = groups_by_code(body["indicators"][0])
    assert g["WH"]["numerator"] is None  # suppressed, as partners would see it


def test_a_participant_sees_only_the_data_views_of_shared_years(world):
    w = world
    base = f"/api/v1/teams/{w.ids['team']}/guides/{GUIDE}/data-views"
    unshared = w.api("lead").ok("POST", base, {"module": "module-0", "section": "c-students",
                                               "indicator": "suspension", "year": 2023}, status=201)
    try:
        team_view = {(v["indicator"], v["year"]) for v in w.api("lead").ok("GET", base)["data_views"]}
        assert ("suspension", 2023) in team_view and ("suspension", 2024) in team_view
        participant_view = {(v["indicator"], v["year"]) for v in w.api("participant").ok("GET", base)["data_views"]}
        assert participant_view == {("suspension", 2024)}
    finally:
        w.api("lead").ok("DELETE", f"{base}/{unshared['id']}", status=204)


# ------------------------------------------------------------------------------------------ the audit trail

def test_reads_of_full_counts_shares_and_imports_are_in_the_audit_trail(world):
    w = world
    d, cds = w.ids["organization"], w.ids["cds"]
    member, data_lead = w.people["member"], w.people["data_lead"]
    before = audit(w)[0]["id"] if audit(w) else 0

    analysis(member.api, d, indicator="suspension", year=2024)
    analysis(member.api, d, indicator="suspension", year=2024, format="csv")
    analysis(w.api("partner"), d, indicator="suspension", year=2024)  # the suppressed view: not full counts
    expect_status(upload(data_lead.api, d, aggregate_csv(cds, year=2022), "aggregate", filename="old.csv"), 201)
    share(w, 2022)
    share(w, 2022, shared=False)

    events = [e for e in audit(w) if e["id"] > before]
    assert [e["action"] for e in events] == ["data.unshare", "data.share", "data.import", "data.export", "data.read"]
    unshare, shared, imported, exported, read = events
    assert (read["user_id"], read["user_name"]) == (member.id, member.name)
    assert read["detail"] == {"indicator": "suspension", "year": 2024, "org_code": cds, "view": "full", "format": "json"}
    assert exported["detail"]["format"] == "csv" and exported["user_id"] == member.id
    assert imported["user_id"] == data_lead.id and imported["detail"]["kind"] == "aggregate"
    assert imported["detail"]["filename"] == "old.csv"
    assert shared["detail"] == {"indicator": "suspension", "year": 2022} == unshare["detail"]
    for e in events:
        assert e["client_address"] == "127.0.0.1"
        assert e["created_at"].endswith("Z")
    # Newest first, a page at a time, and by action.
    first = w.people["admin"].api.ok("GET", data_url(w, "/audit?limit=2"))
    assert len(first["events"]) == 2 and first["next_before"] == first["events"][-1]["id"]
    second = w.people["admin"].api.ok("GET", data_url(w, f"/audit?limit=2&before={first['next_before']}"))
    assert second["events"][0]["id"] < first["events"][-1]["id"]
    assert {e["action"] for e in audit(w, action="data.share")} == {"data.share"}
    expect_problem(w.people["admin"].api.get(data_url(w, "/audit?limit=0")), 422, "/problems/validation", "limit")
    expect_problem(w.people["admin"].api.get(data_url(w, "/audit?action=nonsense")), 422, "/problems/validation",
                   "action")


@pytest.mark.parametrize("caller,status", [("anonymous", 401), ("stranger", 404), ("other_lead", 404),
                                           ("partner", 403), ("participant", 403), ("member", 403), ("lead", 403),
                                           ("data_lead", 403), ("facilitator", 403), ("mentor", 403)])
def test_only_the_districts_admins_see_its_audit_trail(world, caller, status):
    w = world
    for path in ("/audit", "/export"):
        r = w.api(caller).get(data_url(w, path))
        assert r.status_code == status, r.text
        assert "events" not in r.text and w.marker not in r.text
    r = w.api(caller).post(data_url(w, "/data/delete"), {"confirm": "anything"})
    assert r.status_code == status
    assert w.api("admin").ok("GET", data_url(w, "/data"))["indicators"], "a refused deletion deleted data"


# ------------------------------------------------------------------------------------------ export and deletion

@pytest.fixture
def own_district(server, mail_sink):
    """A fresh district with data, a team and a share, next to the world's district D."""
    admin = server.make_user("ownadmin")
    org = create_district(admin)
    expect_status(upload(admin.api, org["id"], aggregate_csv(org["cds_code"]), "aggregate"), 201)
    admin.api.ok("PUT", f"/api/v1/organizations/{org['id']}/data/shares",
                 {"indicator": "suspension", "year": 2024, "shared": True})
    team = create_team(admin, org["id"], name=unique("Export team"))
    return admin, org, team


def test_an_admin_exports_everything_of_the_district_and_nothing_else(world, own_district):
    admin, org, team = own_district
    analysis(admin.api, org["id"], indicator="suspension", year=2024)
    r = admin.api.get(f"/api/v1/organizations/{org['id']}/export")
    expect_status(r, 200)
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.headers["Content-Disposition"].startswith("attachment;")
    doc = r.json()
    assert doc["organization"]["id"] == org["id"] and doc["organization"]["cds_code"] == org["cds_code"]
    assert [(m["email"], m["role"]) for m in doc["members"]] == [(admin.email, "admin")]
    assert [t["name"] for t in doc["teams"]] == [team["name"]]
    assert {m["email"] for m in doc["team_members"]} == {admin.email}
    assert len(doc["indicator_counts"]) == len(SUSPENSION)
    assert {c["org_code"] for c in doc["indicator_counts"]} == {org["cds_code"]}
    assert [(s["indicator"], s["year"]) for s in doc["data_shares"]] == [("suspension", 2024)]
    assert doc["data_imports"][0]["kind"] == "aggregate" and isinstance(doc["data_imports"][0]["summary"], dict)
    assert {"meetings", "action_items", "guide_answers", "column_mappings", "data_settings", "teacher_profiles",
            "guide_data_views", "audit_events"} <= set(doc)
    actions = [e["action"] for e in doc["audit_events"]]
    assert actions[:2] == ["organization.export", "data.read"]
    # Nothing of the world's district D, its people or its team.
    text = r.text
    for outsider in (world.marker, world.ids["cds"], world.people["admin"].email, world.people["member"].email):
        assert outsider not in text
    assert "token_hash" not in text and "password" not in text


def test_deleting_the_student_data_needs_the_name_and_keeps_the_audit_trail(world, own_district):
    admin, org, team = own_district
    d = org["id"]
    base = f"/api/v1/organizations/{d}"
    admin.api.ok("POST", f"/api/v1/teams/{team['id']}/guides", {"guide": GUIDE}, status=201)
    admin.api.ok("POST", f"/api/v1/teams/{team['id']}/guides/{GUIDE}/data-views",
                 {"module": "module-0", "section": "c-students", "indicator": "suspension", "year": 2024}, status=201)

    for body in ({}, {"confirm": "someone else"}, {"confirm": org["name"].upper()}):
        expect_problem(admin.api.post(f"{base}/data/delete", body), 422, "/problems/validation", "confirm")
    assert admin.api.ok("GET", f"{base}/data")["indicators"], "a refused deletion deleted data"

    done = admin.api.ok("POST", f"{base}/data/delete", {"confirm": org["name"]})
    assert done["deleted"] == {"indicator_counts": len(SUSPENSION), "data_imports": 1, "data_shares": 1,
                               "guide_data_views": 1}
    overview = admin.api.ok("GET", f"{base}/data")
    assert overview["indicators"] == [] and overview["imports"] == [] and overview["shares"] == []
    expect_problem(analysis(admin.api, d, indicator="suspension", year=2024), 404, "/problems/not-found")
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}/guides/{GUIDE}/data-views")["data_views"] == []

    events = admin.api.ok("GET", f"{base}/audit")["events"]
    assert events[0]["action"] == "data.delete" and events[0]["user_id"] == admin.id
    assert events[0]["detail"]["deleted"] == done["deleted"]
    assert {"data.import", "data.share"} <= {e["action"] for e in events}  # the trail itself is kept


def test_the_archive_holds_the_teams_measures_plans_and_self_assessments(world, own_district):
    """Issue 13's records are the district's too: the download has every measure point, the plan in each of its
    parts (the vision in every version, the task dependencies) and the self-assessments with their criteria."""
    admin, org, team = own_district
    api = admin.api
    measure = api.ok("POST", f"/api/v1/teams/{team['id']}/measures",
                     {"name": "Chronic absence", "unit": "%", "direction": "lower_is_better"}, status=201)
    api.ok("POST", f"/api/v1/measures/{measure['id']}/points", {"date": "2026-09-01", "value": 12.5, "note": "Sept"},
           status=201)
    plan = f"/api/v1/teams/{team['id']}/plan"
    api.ok("PUT", f"{plan}/vision", {"text": "First vision", "version": 0})
    api.ok("PUT", f"{plan}/vision", {"text": "Second vision", "version": 1})
    goal = api.ok("POST", f"{plan}/goals", {"title": "Attendance", "lcap_priorities": [5]}, status=201)
    api.ok("POST", f"{plan}/goals/{goal['id']}/objectives", {"description": "Down to 8%", "measure_id": measure["id"],
                                                            "target_value": 8, "target_date": "2027-06-01"}, status=201)
    first = api.ok("POST", f"{plan}/tasks", {"title": "Meet the liaison"}, status=201)
    second = api.ok("POST", f"{plan}/tasks", {"title": "Weekly check-ins", "depends_on": [first["id"]]}, status=201)
    api.ok("PUT", f"/api/v1/teams/{team['id']}/assessment-criteria",
           {"version": 0, "criteria": [{"description": "Teachers using it", "threshold": 50, "unit": "%"}]})
    areas = ["communication_feedback", "use_of_data", "teacher_learning", "recruitment_retention",
             "families_community", "continuous_improvement"]
    api.ok("POST", f"/api/v1/teams/{team['id']}/assessments",
           {"term": "Fall 2026", "taken_on": "2026-11-30",
            "ratings": [{"area": a, "rating": 3, "evidence": f"About {a}"} for a in areas]}, status=201)

    doc = api.ok("GET", f"/api/v1/organizations/{org['id']}/export")
    assert [m["name"] for m in doc["measures"]] == ["Chronic absence"]
    assert doc["measure_points"] == [{"measure_id": measure["id"], "date": "2026-09-01", "value": 12.5,
                                      "note": "Sept", "astronomical": False}]
    assert [v["text"] for v in doc["plan_vision_versions"]] == ["First vision", "Second vision"]
    assert doc["plan_goals"][0]["lcap_priorities"] == [5]
    assert doc["plan_objectives"][0]["measure_id"] == measure["id"] and doc["plan_objectives"][0]["target_value"] == 8
    assert doc["plan_task_dependencies"] == [{"task_id": second["id"], "depends_on_id": first["id"]}]
    assert {r["evidence"] for r in doc["assessment_ratings"]} == {f"About {a}" for a in areas}
    assert [c["description"] for c in doc["assessment_criteria"]] == ["Teachers using it"]
    assert doc["self_assessments"][0]["term"] == "Fall 2026"
    # The world's district keeps its own: its team's measure and plan are not in this district's archive.
    assert world.marker not in str(doc)
