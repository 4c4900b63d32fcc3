"""A team's problem of practice, aim and driver diagram (issue 12, item 1): the lead states who is failed and how
the team knows, and an aim (what, for whom, how much, by when), versioned against stale tabs; builds the driver
diagram under the aim within its rules (primary drivers, secondary drivers under a primary, change ideas under
either), links nodes to the team's own measures, moves and re-parents them, and removes leaves. Another team's
measure, node or parent changes nothing; a stranger learns nothing; a participant reads but does not write.

The world is the authorization matrix's (tests/matrix_world.py): team T of district D with its measure."""
import pytest

from matrix_world import build_world
from trellis_helpers import create_org, create_team, expect_problem, unique


@pytest.fixture(scope="module")
def world(server, mail_sink):
    w = build_world(server, mail_sink)
    other = w.people["other_lead"]
    other_team = create_team(other, create_org(other, name=unique("Other drivers district"))["id"])
    w.ids["other_team"] = other_team["id"]
    w.ids["other_measure"] = other.api.ok("POST", f"/api/v1/teams/{other_team['id']}/measures", {
        "name": "Other team's measure", "unit": "%", "direction": "lower_is_better"}, status=201)["id"]
    return w


def path(w, rest=""):
    return f"/api/v1/teams/{w.ids['team']}{rest}"


def view(w, caller="lead"):
    return w.api(caller).ok("GET", path(w, "/problem"))


def add(w, kind, text, parent=None, measure=None, caller="lead"):
    body = {"kind": kind, "text": text, "parent_id": parent, "measure_id": measure}
    return w.api(caller).request("POST", path(w, "/drivers"), body)


def added(w, *args, **kw):
    r = add(w, *args, **kw)
    assert r.status_code == 201, r.text[:300]
    return r.json()


def texts_under(w, parent_id):
    nodes = [n for n in view(w)["nodes"] if n["parent_id"] == parent_id]
    return [n["text"] for n in sorted(nodes, key=lambda n: (n["position"], n["id"]))]


PROBLEM = {"who_is_failed": "Foster and homeless youth who enroll mid-year",
           "how_we_know": "Their chronic absence is twice the district's",
           "aim_what": "Chronic absence", "aim_for_whom": "Foster and homeless youth",
           "aim_how_much": "From 30% to 15%", "aim_by_when": "2027-06-30"}


def test_the_lead_states_the_problem_and_aim_and_a_stale_tab_is_told_what_changed(world):
    lead = world.api("lead")
    assert view(world)["problem"]["version"] == 0  # nothing written yet
    written = lead.ok("PUT", path(world, "/problem"), {**PROBLEM, "version": 0})
    assert written["version"] == 1 and written["aim"]["by_when"] == "2027-06-30"
    assert written["aim"]["how_much"] == "From 30% to 15%" and written["written_by"]
    # A second tab that also read version 0 is refused with the current text, and nothing is overwritten.
    stale = lead.request("PUT", path(world, "/problem"), {**PROBLEM, "who_is_failed": "Older words", "version": 0})
    body = expect_problem(stale, 409, "/problems/stale-edit")
    assert body["current"]["who_is_failed"] == PROBLEM["who_is_failed"]
    # Bad input names its fields and changes nothing.
    bad = lead.request("PUT", path(world, "/problem"), {**PROBLEM, "aim_by_when": "2027-02-30", "version": 1})
    expect_problem(bad, 422, "/problems/validation", "aim_by_when")
    long = lead.request("PUT", path(world, "/problem"), {**PROBLEM, "aim_what": "x" * 501, "version": 1})
    expect_problem(long, 422, "/problems/validation", "aim_what")
    assert view(world)["problem"]["version"] == 1
    # The participant reads it, and may not write it.
    assert view(world, "participant")["problem"]["who_is_failed"] == PROBLEM["who_is_failed"]
    assert view(world, "participant")["may"]["contribute"] is False
    refused = world.api("participant").request("PUT", path(world, "/problem"), {**PROBLEM, "version": 1})
    assert refused.status_code == 403
    assert view(world)["problem"]["version"] == 1


def test_the_diagram_keeps_its_rules(world):
    primary = added(world, "primary", "Every student is known on day one")
    secondary = added(world, "secondary", "Records flag the status", parent=primary["id"])
    idea = added(world, "change_idea", "Two questions on the enrollment form", parent=secondary["id"])
    added(world, "change_idea", "A weekly review", parent=primary["id"])  # an idea may sit under a primary
    before = view(world)["nodes"]
    for kind, parent, field in (("secondary", None, "parent_id"), ("change_idea", None, "parent_id"),
                                ("change_idea", idea["id"], "parent_id"), ("primary", primary["id"], "parent_id"),
                                ("secondary", secondary["id"], "parent_id"), ("tertiary", primary["id"], "kind")):
        expect_problem(add(world, kind, "Refused", parent=parent), 422, "/problems/validation", field)
    expect_problem(add(world, "primary", ""), 422, "/problems/validation", "text")
    # A primary driver cannot be moved under another node.
    moved = world.api("lead").request("PATCH", path(world, f"/drivers/{primary['id']}"),
                                      {"parent_id": secondary["id"], "version": primary["version"]})
    expect_problem(moved, 422, "/problems/validation", "parent_id")
    assert view(world)["nodes"] == before


def test_a_node_links_only_the_teams_own_measures(world):
    mine = added(world, "primary", "Each student has an adult", measure=world.ids["measure"])
    assert mine["measure"]["id"] == world.ids["measure"] and mine["measure"]["name"]
    before = view(world)["nodes"]
    foreign = add(world, "primary", "Linked elsewhere", measure=world.ids["other_measure"])
    expect_problem(foreign, 422, "/problems/validation", "measure_id")
    change = world.api("lead").request("PATCH", path(world, f"/drivers/{mine['id']}"),
                                       {"measure_id": world.ids["other_measure"], "version": mine["version"]})
    expect_problem(change, 422, "/problems/validation", "measure_id")
    assert view(world)["nodes"] == before
    cleared = world.api("lead").ok("PATCH", path(world, f"/drivers/{mine['id']}"),
                                   {"measure_id": None, "version": mine["version"]})
    assert cleared["measure"] is None and cleared["version"] == mine["version"] + 1


def test_nodes_move_up_and_down_and_to_another_parent(world):
    lead = world.api("lead")
    a = added(world, "primary", "Driver A")
    b = added(world, "primary", "Driver B")
    one = added(world, "secondary", "One", parent=a["id"])
    two = added(world, "secondary", "Two", parent=a["id"])
    lead.ok("PATCH", path(world, f"/drivers/{two['id']}"), {"move": "up", "version": two["version"]})
    assert texts_under(world, a["id"]) == ["Two", "One"]
    first = lead.request("PATCH", path(world, f"/drivers/{two['id']}"), {"move": "up", "version": two["version"] + 1})
    expect_problem(first, 422, "/problems/validation", "move")
    # A stale tab's move is refused with the node as it is now.
    stale = lead.request("PATCH", path(world, f"/drivers/{one['id']}"), {"text": "Stale", "version": one["version"]})
    assert stale.status_code == 200  # `one` was not changed by the move of `two`: its version still holds
    again = lead.request("PATCH", path(world, f"/drivers/{one['id']}"), {"text": "Again", "version": one["version"]})
    assert expect_problem(again, 409, "/problems/stale-edit")["current"]["text"] == "Stale"
    # Re-parented: it goes last under its new parent.
    lead.ok("PATCH", path(world, f"/drivers/{one['id']}"), {"parent_id": b["id"], "version": one["version"] + 1})
    assert texts_under(world, a["id"]) == ["Two"] and texts_under(world, b["id"]) == ["Stale"]


def test_a_node_with_nodes_under_it_is_not_removed_and_a_leaf_is(world):
    lead = world.api("lead")
    parent = added(world, "primary", "Parent driver")
    child = added(world, "change_idea", "Child idea", parent=parent["id"])
    refused = lead.request("DELETE", path(world, f"/drivers/{parent['id']}"))
    assert "1 node under it" in expect_problem(refused, 409, "/problems/conflict")["detail"]
    assert lead.request("DELETE", path(world, f"/drivers/{child['id']}")).status_code == 204
    assert lead.request("DELETE", path(world, f"/drivers/{parent['id']}")).status_code == 204
    ids = {n["id"] for n in view(world)["nodes"]}
    assert parent["id"] not in ids and child["id"] not in ids


def test_outsiders_learn_nothing_and_another_teams_ids_change_nothing(world):
    node = added(world, "primary", f"Private {world.marker}")
    before = view(world)
    for caller in ("stranger", "other_lead"):
        api = world.api(caller)
        assert api.request("GET", path(world, "/problem")).status_code == 404
        assert api.request("PUT", path(world, "/problem"), {**PROBLEM, "version": 1}).status_code == 404
        assert api.request("POST", path(world, "/drivers"), {"kind": "primary", "text": "x"}).status_code == 404
        assert api.request("PATCH", path(world, f"/drivers/{node['id']}"),
                           {"text": "x", "version": 1}).status_code == 404
        assert api.request("DELETE", path(world, f"/drivers/{node['id']}")).status_code == 404
    # The other lead, on their own team, names T's node and parent: not found, or refused, and T's diagram holds.
    other, theirs = world.api("other_lead"), f"/api/v1/teams/{world.ids['other_team']}"
    assert other.request("PATCH", f"{theirs}/drivers/{node['id']}", {"text": "x", "version": 1}).status_code == 404
    assert other.request("DELETE", f"{theirs}/drivers/{node['id']}").status_code == 404
    under = other.request("POST", f"{theirs}/drivers", {"kind": "secondary", "text": "x", "parent_id": node["id"]})
    expect_problem(under, 422, "/problems/validation", "parent_id")
    assert view(world) == before
    assert other.ok("GET", f"{theirs}/problem")["nodes"] == []
