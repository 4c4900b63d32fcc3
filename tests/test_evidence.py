"""Discovery evidence (issue 12, item 2): a team records empathy interviews, focus groups and data views with who
took part as roles, notes and quotes; names themes and moves entries between them (the theme board); writes
insights linked to the evidence behind them. Stale edits and bad fields are refused, a participant reads only,
and ids of another team's rows (entries, themes, insights, data views) are out of reach in the path and the body."""
import pytest

from data_helpers import aggregate_csv, create_district, upload
from meeting_helpers import team_with_people
from trellis_helpers import create_org, create_team, expect_not_visible, expect_problem, join_team_via_invitation

GUIDE = "world-languages-module-0"


@pytest.fixture
def people(admin):
    return team_with_people(admin)


def path(team_id, rest=""):
    return f"/api/v1/teams/{team_id}{rest}"


def interview(**overrides):
    entry = {"kind": "empathy_interview", "happened_on": "2026-10-02",
             "participants": "a foster youth liaison, a student in foster care",
             "notes": "Nobody at the new school knew.", "quotes": ["I had to tell my story again", "No one asked"]}
    entry.update(overrides)
    return entry


def test_a_team_records_evidence_sorts_it_into_themes_and_draws_an_insight(people):
    api, team_id = people["member"].api, people["team"]["id"]
    first = api.ok("POST", path(team_id, "/evidence"), interview(), status=201)
    assert (first["kind"], first["participants"], first["quotes"], first["theme_ids"], first["version"]) == (
        "empathy_interview", "a foster youth liaison, a student in foster care",
        ["I had to tell my story again", "No one asked"], [], 1)
    assert first["written_by"] == people["member"].name and first["data_view_id"] is None
    group = api.ok("POST", path(team_id, "/evidence"),
                   interview(kind="focus_group", happened_on="2026-10-09", participants="counselors"), status=201)

    nobody = api.ok("POST", path(team_id, "/themes"), {"name": "No adult knows they are in foster care"}, status=201)
    transport = api.ok("POST", path(team_id, "/themes"), {"name": "Transport gaps after moves"}, status=201)
    expect_problem(api.request("POST", path(team_id, "/themes"), {"name": "Transport gaps after moves"}), 422,
                   "/problems/validation", "name")

    # The board's move: the entry's themes become exactly those sent; a stale move changes nothing.
    moved = api.ok("PUT", path(team_id, f"/evidence/{first['id']}/themes"),
                   {"version": 1, "theme_ids": [nobody["id"], transport["id"]]})
    assert sorted(moved["theme_ids"]) == sorted([nobody["id"], transport["id"]]) and moved["version"] == 2
    stale = expect_problem(api.request("PUT", path(team_id, f"/evidence/{first['id']}/themes"),
                                       {"version": 1, "theme_ids": []}), 409, "/problems/stale-edit")
    assert stale["current"]["version"] == 2
    api.ok("PUT", path(team_id, f"/evidence/{group['id']}/themes"), {"version": 1, "theme_ids": [transport["id"]]})

    insight = api.ok("POST", path(team_id, "/insights"), {
        "statement": "Foster youth arrive unseen", "evidence_ids": [first["id"], group["id"]]}, status=201)
    assert sorted(insight["evidence_ids"]) == sorted([first["id"], group["id"]])
    assert api.ok("GET", path(team_id, f"/insights/{insight['id']}")) == insight

    board = api.ok("GET", path(team_id, "/evidence"))
    assert [e["id"] for e in board["entries"]] == [group["id"], first["id"]]  # newest first
    assert [t["name"] for t in board["themes"]] == ["No adult knows they are in foster care",
                                                     "Transport gaps after moves"]
    assert [i["id"] for i in board["insights"]] == [insight["id"]] and board["may"] == {"contribute": True}

    # Edits with the version read; stale ones answer the current entry.
    edited = api.ok("PATCH", path(team_id, f"/evidence/{first['id']}"), {"version": 2, "notes": "Second visit too"})
    assert edited["notes"] == "Second visit too" and edited["version"] == 3 and edited["quotes"] == first["quotes"]
    expect_problem(api.request("PATCH", path(team_id, f"/evidence/{first['id']}"), {"version": 2, "notes": "x"}), 409,
                   "/problems/stale-edit")

    # Removing a theme untags its entries; removing an entry unlinks it from the insight.
    api.ok("DELETE", path(team_id, f"/themes/{transport['id']}"), status=204)
    assert api.ok("GET", path(team_id, f"/evidence/{group['id']}"))["theme_ids"] == []
    api.ok("DELETE", path(team_id, f"/evidence/{group['id']}"), status=204)
    assert api.ok("GET", path(team_id, f"/insights/{insight['id']}"))["evidence_ids"] == [first["id"]]


def test_bad_evidence_is_refused_field_by_field(people):
    api, team_id = people["member"].api, people["team"]["id"]
    for body, field in [(interview(kind="rumour"), "kind"), (interview(happened_on="2026-13-01"), "happened_on"),
                        (interview(quotes=["same", "same"]), "quotes"), (interview(notes="x" * 10001), "notes"),
                        (interview(data_view_id=1), "data_view_id"), (interview(kind="data_view"), "data_view_id"),
                        (interview(theme_ids=[999999]), "theme_ids")]:
        expect_problem(api.request("POST", path(team_id, "/evidence"), body), 422, "/problems/validation", field)
    entry = api.ok("POST", path(team_id, "/evidence"), interview(), status=201)
    for body, field in [({"statement": "", "evidence_ids": [entry["id"]]}, "statement"),
                        ({"statement": "x", "evidence_ids": []}, "evidence_ids"),
                        ({"statement": "x", "evidence_ids": [entry["id"], entry["id"]]}, "evidence_ids")]:
        expect_problem(api.request("POST", path(team_id, "/insights"), body), 422, "/problems/validation", field)
    # Lengths are counted in characters, not bytes.
    assert api.ok("POST", path(team_id, "/themes"), {"name": "ñ" * 120}, status=201)["name"] == "ñ" * 120
    assert api.ok("GET", path(team_id, "/evidence"))["entries"] == [entry]


def test_a_data_view_entry_points_at_one_of_the_teams_own_views(admin):
    district = create_district(admin)
    assert upload(admin.api, district["id"], aggregate_csv(district["cds_code"]), "aggregate",
                  filename="suspension.csv").status_code == 201
    ours, theirs = (create_team(admin, district["id"]) for _ in range(2))
    views = {}
    for team in (ours, theirs):
        admin.api.ok("POST", path(team["id"], "/guides"), {"guide": GUIDE}, status=201)
        views[team["id"]] = admin.api.ok("POST", path(team["id"], f"/guides/{GUIDE}/data-views"), {
            "module": "module-0", "section": "c-students", "indicator": "suspension", "year": 2024}, status=201)
    body = {"kind": "data_view", "happened_on": "2026-09-20", "notes": "Suspensions of foster youth"}
    entry = admin.api.ok("POST", path(ours["id"], "/evidence"),
                         dict(body, data_view_id=views[ours["id"]]["id"]), status=201)
    assert entry["data_view_id"] == views[ours["id"]]["id"]
    # Another team's view, even in the same district, is not this team's to point at.
    expect_problem(admin.api.request("POST", path(ours["id"], "/evidence"),
                                     dict(body, data_view_id=views[theirs["id"]]["id"])), 422,
                   "/problems/validation", "data_view_id")
    # Detaching the view leaves the entry with no link.
    admin.api.ok("DELETE", path(ours["id"], f"/guides/{GUIDE}/data-views/{views[ours['id']]['id']}"), status=204)
    assert admin.api.ok("GET", path(ours["id"], f"/evidence/{entry['id']}"))["data_view_id"] is None


def test_a_participant_reads_and_a_stranger_sees_nothing(people, admin, server):
    api, team_id = people["member"].api, people["team"]["id"]
    entry = api.ok("POST", path(team_id, "/evidence"), interview(), status=201)
    family = join_team_via_invitation(admin, team_id, role="participant", prefix="family")
    board = family.api.ok("GET", path(team_id, "/evidence"))
    assert [e["id"] for e in board["entries"]] == [entry["id"]] and board["may"] == {"contribute": False}
    expect_not_visible(family.api.request("POST", path(team_id, "/evidence"), interview()))
    stranger = server.make_user("evidencestranger")
    for method, rest in [("GET", "/evidence"), ("GET", f"/evidence/{entry['id']}"), ("GET", "/themes"),
                         ("GET", "/insights")]:
        expect_problem(stranger.api.request(method, path(team_id, rest)), 404, "/problems/not-found")


def test_another_teams_ids_are_not_found_under_your_own_team(people, server):
    api, team_id = people["member"].api, people["team"]["id"]
    entry = api.ok("POST", path(team_id, "/evidence"), interview(), status=201)
    theme = api.ok("POST", path(team_id, "/themes"), {"name": "Ours"}, status=201)
    insight = api.ok("POST", path(team_id, "/insights"), {"statement": "Ours", "evidence_ids": [entry["id"]]},
                     status=201)
    before = api.ok("GET", path(team_id, "/evidence"))
    attacker = server.make_user("evidenceattacker")
    own = create_team(attacker, create_org(attacker)["id"])["id"]
    own_entry = attacker.api.ok("POST", path(own, "/evidence"), interview(), status=201)
    mine = attacker.api
    for rest, body in [(f"/evidence/{entry['id']}", {"version": 1, "notes": "HACKED"}),
                       (f"/themes/{theme['id']}", {"version": 1, "name": "HACKED"}),
                       (f"/insights/{insight['id']}", {"version": 1, "statement": "HACKED"})]:
        expect_problem(mine.request("PATCH", path(own, rest), body), 404, "/problems/not-found")
        expect_problem(mine.request("DELETE", path(own, rest)), 404, "/problems/not-found")
    expect_problem(mine.request("GET", path(own, f"/insights/{insight['id']}")), 404, "/problems/not-found")
    expect_problem(mine.request("PUT", path(own, f"/evidence/{entry['id']}/themes"),
                                {"version": 1, "theme_ids": []}), 404, "/problems/not-found")
    # Our theme on their entry, our entry behind their insight: refused on the field.
    expect_problem(mine.request("PUT", path(own, f"/evidence/{own_entry['id']}/themes"),
                                {"version": 1, "theme_ids": [theme["id"]]}), 422, "/problems/validation", "theme_ids")
    expect_problem(mine.request("POST", path(own, "/insights"), {"statement": "x", "evidence_ids": [entry["id"]]}),
                   422, "/problems/validation", "evidence_ids")
    assert api.ok("GET", path(team_id, "/evidence")) == before


def test_the_districts_archive_holds_its_teams_evidence(people, admin):
    api, team_id, org_id = people["member"].api, people["team"]["id"], people["org"]["id"]
    entry = api.ok("POST", path(team_id, "/evidence"), interview(), status=201)
    theme = api.ok("POST", path(team_id, "/themes"), {"name": "Archived theme"}, status=201)
    api.ok("PUT", path(team_id, f"/evidence/{entry['id']}/themes"), {"version": 1, "theme_ids": [theme["id"]]})
    insight = api.ok("POST", path(team_id, "/insights"), {"statement": "Kept", "evidence_ids": [entry["id"]]},
                     status=201)
    doc = admin.api.ok("GET", f"/api/v1/organizations/{org_id}/export")
    assert [(e["id"], e["quotes"]) for e in doc["evidence_entries"]] == [(entry["id"], entry["quotes"])]
    assert [t["name"] for t in doc["evidence_themes"]] == ["Archived theme"]
    assert doc["evidence_theme_tags"] == [{"evidence_id": entry["id"], "theme_id": theme["id"]}]
    assert [i["statement"] for i in doc["evidence_insights"]] == ["Kept"]
    assert doc["evidence_insight_links"] == [{"insight_id": insight["id"], "evidence_id": entry["id"]}]
