"""Issue 17: representation expectations as a team setting (a mentor organization's team is not told it lacks
families and students; editable, stale version -> 409), a follow-through figure's items, and a lead's view of the
open items of the teams they manage, whose figures agree with the team's."""
from agreement_helpers import Network
from meeting_helpers import good_plan, team_with_people
from trellis_helpers import create_team, expect_problem


def test_a_mentor_organizations_team_is_not_told_it_lacks_families_or_students(server, mail_sink):
    world = Network(server, mail_sink)
    mentor_team = create_team(world.mentor_admin, world.m["id"])
    peer_team = create_team(world.p1_admin, world.p1["id"])
    mentor = world.mentor_admin.api.ok("GET", f"/api/v1/teams/{mentor_team['id']}")
    assert mentor["representation_expectations"] == {"template": "mentor", "own": None}
    assert "families" not in mentor["representation"]["missing"] and "students" not in mentor["representation"]["missing"]
    assert mentor["representation"]["not_expected"] == ["families", "students"]
    # Outreach follows the gaps: no outreach for a perspective the template does not expect.
    r = world.mentor_admin.api.post(f"/api/v1/teams/{mentor_team['id']}/outreach-items",
                                    {"gap_kind": "perspective", "gap_key": "families"})
    expect_problem(r, 422, "/problems/validation", "gap_key")
    peer = world.p1_admin.api.ok("GET", f"/api/v1/teams/{peer_team['id']}")
    assert peer["representation_expectations"] == {"template": "peer", "own": None}
    assert {"families", "students"} <= set(peer["representation"]["missing"])
    assert peer["representation"]["not_expected"] == []

    # The team's own choice overrides the organization's role; null follows it again; a stale version is 409.
    changed = world.mentor_admin.api.ok("PATCH", f"/api/v1/teams/{mentor_team['id']}",
                                        {"representation_template": "peer", "version": mentor["version"]})
    assert changed["representation_expectations"] == {"template": "peer", "own": "peer"}
    assert "families" in changed["representation"]["missing"]
    r = world.mentor_admin.api.patch(f"/api/v1/teams/{mentor_team['id']}",
                                     {"representation_template": None, "version": mentor["version"]})
    assert expect_problem(r, 409, "/problems/stale-edit")["current"]["representation_expectations"]["own"] == "peer"
    expect_problem(world.mentor_admin.api.patch(f"/api/v1/teams/{mentor_team['id']}",
                                                {"representation_template": "district", "version": changed["version"]}),
                   422, "/problems/validation", "representation_template")
    back = world.mentor_admin.api.ok("PATCH", f"/api/v1/teams/{mentor_team['id']}",
                                     {"representation_template": None, "version": changed["version"]})
    assert back["representation_expectations"] == {"template": "mentor", "own": None}
    # Someone who may not manage the team may not change it.
    r = world.p1_admin.api.patch(f"/api/v1/teams/{mentor_team['id']}",
                                 {"representation_template": "peer", "version": back["version"]})
    assert r.status_code in (403, 404)


def add_item(user, meeting_id, title, owner_id, due):
    return user.api.ok("POST", f"/api/v1/meetings/{meeting_id}/action-items",
                       {"title": title, "owner_id": owner_id, "due": due}, status=201)


def test_each_figure_lists_its_items_and_a_lead_sees_the_teams_open_items(admin):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    member = people["member"]
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings", good_plan(), status=201)
    maria, ken = people["maria"]["id"], people["ken"]["id"]
    # Items due long ago come from a meeting held back then (none may be due before its meeting's date).
    held = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings",
                        {"title": "Held", "starts_at": "2020-01-01T16:00:00Z"}, status=201)
    overdue = add_item(admin, held["id"], "Overdue", maria, "2020-01-15")
    soon = add_item(admin, meeting["id"], "Soon", ken, "2030-05-20")
    blocked = add_item(admin, meeting["id"], "Blocked", ken, "2030-06-01")
    on_time = add_item(admin, held["id"], "On time", maria, "2030-05-01")
    late = add_item(admin, held["id"], "Late", maria, "2020-02-01")
    dropped = add_item(admin, meeting["id"], "Dropped", ken, "2030-07-01")
    admin.api.ok("PATCH", f"/api/v1/action-items/{blocked['id']}",
                 {"status": "blocked", "comment": "waiting", "version": blocked["version"]})
    admin.api.ok("PATCH", f"/api/v1/action-items/{on_time['id']}",
                 {"status": "done", "done_on": "2030-04-30", "version": on_time["version"]})
    admin.api.ok("PATCH", f"/api/v1/action-items/{late['id']}",
                 {"status": "done", "done_on": "2020-02-05", "version": late["version"]})
    admin.api.ok("PATCH", f"/api/v1/action-items/{dropped['id']}", {"status": "dropped", "version": dropped["version"]})

    figures = admin.api.ok("GET", f"/api/v1/teams/{team_id}/follow-through")
    expected = {"open": {overdue["id"], soon["id"], blocked["id"]}, "overdue": {overdue["id"]},
                "blocked": {blocked["id"]}, "done": {on_time["id"], late["id"]}, "done_on_time": {on_time["id"]},
                "done_late": {late["id"]}, "dropped": {dropped["id"]},
                "total": {overdue["id"], soon["id"], blocked["id"], on_time["id"], late["id"], dropped["id"]}}
    for figure, ids in expected.items():
        listed = admin.api.ok("GET", f"/api/v1/teams/{team_id}/action-items?figure={figure}")
        assert {a["id"] for a in listed["action_items"]} == ids, figure
        assert len(ids) == figures[figure], f"the list of {figure} has as many items as the figure says"
    # A member of the team reads the lists too (the figures are theirs to read); the default is `open`.
    listed = member.api.ok("GET", f"/api/v1/teams/{team_id}/action-items")
    assert listed["figure"] == "open" and len(listed["action_items"]) == figures["open"]
    assert [a["overdue"] for a in listed["action_items"] if a["id"] == overdue["id"]] == [True]
    expect_problem(admin.api.get(f"/api/v1/teams/{team_id}/action-items?figure=everything"),
                   422, "/problems/validation", "figure")

    # The lead (the organization admin who created the team) sees the team's open items, whoever owns them,
    # with the same open and overdue figures as the team's follow-through.
    mine = admin.api.ok("GET", "/api/v1/me/teams/action-items")
    entry = next(t for t in mine["teams"] if t["team"]["id"] == team_id)
    assert (entry["open"], entry["overdue"]) == (figures["open"], figures["overdue"])
    assert {a["id"] for a in entry["action_items"]} == expected["open"]
    # A member who may not manage the team does not get it there.
    assert team_id not in [t["team"]["id"] for t in member.api.ok("GET", "/api/v1/me/teams/action-items")["teams"]]
