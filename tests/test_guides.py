"""Guides as data (issue 4): the shipped guides, the meeting-series planner and its drafts, and a team's work
through a guide — adoption, section statuses, answers that never silently overwrite (with their history),
checklist states, section A's checklist read from the representation — visible to the team only."""
import pytest

from meeting_helpers import team_with_people
from trellis_helpers import create_team, expect_not_visible, expect_problem, join_team_via_invitation, unique

WL = "world-languages-module-0"
MODULE0 = ["a-team", "b-commonalities", "c-students", "d-teachers", "e-implementation"]
SECTION_A = f"/guides/{WL}/modules/module-0/sections/a-team"


@pytest.fixture
def people(admin):
    return team_with_people(admin)


def team_url(people, rest=""):
    return f"/api/v1/teams/{people['team']['id']}{rest}"


def plan_body(**overrides):
    body = {"guide": WL, "module": "module-0", "sections": MODULE0, "new_team": True, "mode": "in_person",
            "meeting_minutes": 60}
    body.update(overrides)
    return body


def test_the_guides_list_holds_both_shipped_guides_with_section_ids(admin, server):
    guides = {g["id"]: g for g in admin.api.ok("GET", "/api/v1/guides")["guides"]}
    assert {WL, "discovery-to-scale"} <= set(guides)
    wl = guides[WL]
    assert wl["title"]["en"] and wl["title"]["es"] and wl["title"]["en"] != wl["title"]["es"]
    assert [m["id"] for m in wl["modules"]] == ["module-0"]
    assert [s["id"] for s in wl["modules"][0]["sections"]] == MODULE0
    assert all(s["title"]["es"] for s in wl["modules"][0]["sections"])
    assert len(guides["discovery-to-scale"]["modules"][0]["sections"]) == 10
    assert server.anon().get("/api/v1/guides").status_code == 401


def test_a_new_in_person_team_forms_first_and_the_planner_refusal_names_the_field(admin, people):
    plan = admin.api.ok("POST", team_url(people, "/meeting-plan"), plan_body())
    meetings = plan["meetings"]
    assert meetings[0]["sections"] == ["a-team"]
    assert [s for m in meetings for s in m["sections"]] == MODULE0  # every section exactly once, in guide order
    for m in meetings:
        assert m["duration_minutes"] == 60
        assert sum(a["minutes"] for a in m["agenda"]) == 60
        assert len(m["objectives"]) == len(m["sections"]) and m["why"]
    virtual = admin.api.ok("POST", team_url(people, "/meeting-plan"), plan_body(mode="virtual", meeting_minutes=90))
    in_person = admin.api.ok("POST", team_url(people, "/meeting-plan"), plan_body(meeting_minutes=90))
    assert len(virtual["meetings"]) >= len(in_person["meetings"])
    assert all(m["duration_minutes"] <= 60 for m in virtual["meetings"])
    spanish = admin.api.ok("POST", team_url(people, "/meeting-plan"), plan_body(language="es"))
    assert spanish["meetings"][0]["why"] != meetings[0]["why"]

    expect_problem(admin.api.post(team_url(people, "/meeting-plan"), plan_body(meeting_minutes=5)),
                   422, "/problems/validation", "meeting_minutes")
    body = expect_problem(admin.api.post(team_url(people, "/meeting-plan"), plan_body(sections=["a-team", "z-none"])),
                          422, "/problems/validation", "sections")
    assert "z-none" in body["detail"]
    expect_problem(admin.api.post(team_url(people, "/meeting-plan"), plan_body(guide="no-such-guide")),
                   422, "/problems/validation", "guide")
    expect_problem(admin.api.post(team_url(people, "/meeting-plan"), plan_body(mode="by-pigeon")),
                   422, "/problems/validation", "mode")


def test_creating_the_plan_makes_draft_meetings_all_or_nothing(admin, people):
    plan = admin.api.ok("POST", team_url(people, "/meeting-plan"), plan_body())["meetings"]
    plan[0]["title"] = "Forming our team"  # the lead edits the proposal
    plan[1]["objectives"].append("Agree when we meet")
    before = {m["id"] for m in admin.api.ok("GET", team_url(people, "/meetings"))["meetings"]}
    # One broken meeting: nothing is created.
    broken = [dict(m) for m in plan]
    broken[-1] = dict(broken[-1], duration_minutes=0)
    expect_problem(admin.api.post(team_url(people, "/meeting-plan/create"), {"meetings": broken, "mode": "in_person"}),
                   422, "/problems/validation", "meetings[")
    assert {m["id"] for m in admin.api.ok("GET", team_url(people, "/meetings"))["meetings"]} == before
    created = admin.api.ok("POST", team_url(people, "/meeting-plan/create"), {"meetings": plan, "mode": "in_person"},
                           status=201)["meetings"]
    assert len(created) == len(plan) and all(m["status"] == "draft" for m in created)
    listed = {m["id"]: m for m in admin.api.ok("GET", team_url(people, "/meetings"))["meetings"]}
    for m in created:
        assert m["id"] in listed and listed[m["id"]]["status"] == "draft"
    first = admin.api.ok("GET", f"/api/v1/meetings/{created[0]['id']}")
    assert first["title"] == "Forming our team" and first["duration_minutes"] == 60 and first["mode"] == "in_person"
    assert sum(a["minutes"] for a in first["agenda"]) == 60
    assert "discussion" in [a["kind"] for a in first["agenda"]]
    second = admin.api.ok("GET", f"/api/v1/meetings/{created[1]['id']}")
    assert "Agree when we meet" in second["objectives"]
    # Planning writes nothing, so any team reader may plan; creating is the lead's.
    member = people["member"]
    member.api.ok("POST", team_url(people, "/meeting-plan"), plan_body())
    expect_problem(member.api.post(team_url(people, "/meeting-plan/create"), {"meetings": plan}), 403, "/problems/forbidden")


def test_adopt_answer_stale_answer_history_checklist_and_status(admin, people):
    member = people["member"]
    body = expect_problem(admin.api.post(team_url(people, "/guides"), {"guide": "no-such-guide"}), 422,
                          "/problems/validation", "guide")
    assert "no-such-guide" in body["detail"]
    expect_problem(admin.api.get(team_url(people, f"/guides/{WL}")), 404, "/problems/not-found", WL)
    adopted = admin.api.ok("POST", team_url(people, "/guides"), {"guide": WL}, status=201)
    assert adopted["summary"] == {"sections": 5, "not_started": 5, "in_progress": 0, "complete": 0,
                                  "current": "module-0/a-team"}
    admin.api.ok("POST", team_url(people, "/guides"), {"guide": WL})  # adopting again changes nothing
    assert [g["id"] for g in admin.api.ok("GET", team_url(people, "/guides"))["guides"]] == [WL]

    answer_url = team_url(people, SECTION_A + "/items/who-is-missing/answer")
    first = member.api.ok("PUT", answer_url, {"text": "Families and **students**.", "version": 0})
    assert first["version"] == 1 and first["author_name"] == member.name
    second = admin.api.ok("PUT", answer_url, {"text": "Families, students and elementary teachers.", "version": 1})
    assert second["version"] == 2
    r = member.api.request("PUT", answer_url, {"text": "Old tab", "version": 1})
    body = expect_problem(r, 409, "/problems/stale-edit")
    assert body["current"]["text"] == "Families, students and elementary teachers." and body["current"]["version"] == 2
    expect_problem(member.api.request("PUT", answer_url, {"text": "x", "version": 0}), 409, "/problems/stale-edit")
    history = member.api.ok("GET", answer_url + "/history")["versions"]
    assert [(v["version"], v["text"], v["author_name"]) for v in history] == [
        (2, "Families, students and elementary teachers.", admin.name), (1, "Families and **students**.", member.name)]
    assert all(v["updated_at"].endswith("Z") for v in history)

    # Unknown ids are named.
    expect_problem(member.api.request("PUT", team_url(people, SECTION_A + "/items/nope/answer"), {"text": "x", "version": 0}),
                   404, "/problems/not-found", "nope")
    expect_problem(member.api.request("PUT", team_url(people, f"/guides/{WL}/modules/module-0/sections/z-none/status"),
                                      {"status": "complete"}), 404, "/problems/not-found", "z-none")
    expect_problem(member.api.request("PUT", team_url(people, SECTION_A + "/items/perspectives/answer"),
                                      {"text": "x", "version": 0}), 422, "/problems/validation", "item")

    # A checklist entry, checked with a note; the representation checklist is read, not stored.
    entry_url = team_url(people, f"/guides/{WL}/modules/module-0/sections/c-students/items/student-data/entries")
    progress = member.api.ok("GET", team_url(people, f"/guides/{WL}"))
    c_items = {i["id"]: i for i in progress["modules"][0]["sections"][2]["items"]}
    entry_id = c_items["student-data"]["entries"][0]["id"]
    state = member.api.ok("PUT", f"{entry_url}/{entry_id}", {"checked": True, "note": "From CALPADS, fall 2025"})
    assert state["checked"] is True and state["note"] == "From CALPADS, fall 2025"
    expect_problem(member.api.request("PUT", f"{entry_url}/no-entry", {"checked": True}), 404, "/problems/not-found",
                   "no-entry")
    expect_problem(member.api.request("PUT", team_url(people, SECTION_A + "/items/perspectives/entries/families"),
                                      {"checked": True}), 422, "/problems/validation", "item")

    # Section status.
    expect_problem(member.api.request("PUT", team_url(people, SECTION_A + "/status"), {"status": "done"}),
                   422, "/problems/validation", "status")
    done = member.api.ok("PUT", team_url(people, SECTION_A + "/status"), {"status": "complete"})
    assert done["summary"]["complete"] == 1 and done["summary"]["current"] == "module-0/b-commonalities"
    admin.api.ok("PUT", team_url(people, f"/guides/{WL}/modules/module-0/sections/b-commonalities/status"),
                 {"status": "in_progress"})

    progress = admin.api.ok("GET", team_url(people, f"/guides/{WL}"))
    sections = {s["id"]: s for s in progress["modules"][0]["sections"]}
    assert sections["a-team"]["status"] == "complete" and sections["b-commonalities"]["status"] == "in_progress"
    assert sections["e-implementation"]["status"] == "not_started"
    a_items = {i["id"]: i for i in sections["a-team"]["items"]}
    assert a_items["who-is-missing"]["answer"]["version"] == 2
    assert a_items["who-is-missing"]["answer"]["text"] == "Families, students and elementary teachers."
    representation = admin.api.ok("GET", team_url(people, "/representation"))
    perspectives = {e["id"]: e for e in a_items["perspectives"]["entries"]}
    assert all(e["derived"] for e in perspectives.values())
    for key in ("families", "students", "administration", "special_education"):
        assert perspectives[key]["checked"] == (key in representation["covered"]), key
    c_entry = next(e for e in sections["c-students"]["items"] if e["id"] == "student-data")["entries"][0]
    assert c_entry["checked"] is True and c_entry["note"] == "From CALPADS, fall 2025"
    assert progress["summary"]["complete"] == 1 and progress["summary"]["in_progress"] == 1

    # Adding a member who brings a perspective checks it: read from the team, never asked again.
    missing = next(k for k in ("students", "families", "special_education") if not perspectives[k]["checked"])
    admin.api.ok("POST", team_url(people, "/members"), {"name": "New voice", "email": f"{unique('nv')}@test.example",
                                                         "perspectives": [missing]}, status=201)
    progress = admin.api.ok("GET", team_url(people, f"/guides/{WL}"))
    a_items = {i["id"]: i for i in progress["modules"][0]["sections"][0]["items"]}
    assert {e["id"]: e for e in a_items["perspectives"]["entries"]}[missing]["checked"] is True


def test_another_team_member_cannot_read_or_write_any_of_it(admin, people):
    tid = people["team"]["id"]
    admin.api.ok("POST", team_url(people, "/guides"), {"guide": WL}, status=201)
    answer_url = team_url(people, SECTION_A + "/items/who-is-missing/answer")
    admin.api.ok("PUT", answer_url, {"text": "Secret answer", "version": 0})
    other_team = create_team(admin, people["org"]["id"], name=unique("Other team"))
    outsider = join_team_via_invitation(admin, other_team["id"], prefix="outsider")
    calls = [
        ("GET", f"/api/v1/teams/{tid}/guides", None),
        ("GET", f"/api/v1/teams/{tid}/guides/{WL}", None),
        ("POST", f"/api/v1/teams/{tid}/guides", {"guide": "discovery-to-scale"}),
        ("POST", f"/api/v1/teams/{tid}/meeting-plan", plan_body()),
        ("POST", f"/api/v1/teams/{tid}/meeting-plan/create", {"meetings": [{"title": "x", "duration_minutes": 60}]}),
        ("PUT", answer_url, {"text": "HACKED", "version": 1}),
        ("GET", answer_url + "/history", None),
        ("PUT", team_url(people, SECTION_A + "/status"), {"status": "complete"}),
        ("PUT", team_url(people, f"/guides/{WL}/modules/module-0/sections/c-students/items/student-data/entries/"
                                 "population"), {"checked": True}),
    ]
    for method, url, body in calls:
        r = outsider.api.request(method, url, body)
        expect_not_visible(r)
        assert "Secret answer" not in r.text
    # A participant reads the team's progress but does not write in it.
    participant = join_team_via_invitation(admin, tid, role="participant", prefix="participant")
    assert participant.api.ok("GET", f"/api/v1/teams/{tid}/guides/{WL}")["summary"]["sections"] == 5
    expect_problem(participant.api.request("PUT", answer_url, {"text": "HACKED", "version": 1}), 403, "/problems/forbidden")
    progress = admin.api.ok("GET", f"/api/v1/teams/{tid}/guides/{WL}")
    assert progress["modules"][0]["sections"][0]["status"] == "not_started"
    assert [g["id"] for g in admin.api.ok("GET", f"/api/v1/teams/{tid}/guides")["guides"]] == [WL]
    items = {i["id"]: i for i in progress["modules"][0]["sections"][0]["items"]}
    assert items["who-is-missing"]["answer"]["text"] == "Secret answer"
