"""Prototypes, their versions, PDSA cycles and the scale decision (issue 12, item 3), on both engines: a team tests a
hypothesis in versions, moves each cycle through Plan, Do, Study and Act by the phase rules, starts the next version
from an adapted cycle, marks the cycles on its measure's run chart, and closes the prototype with a decision that
only its lead reopens. Another team's ids answer 404 and change nothing; a stranger sees nothing.

The world is the authorization matrix's (tests/matrix_world.py): team T of district D with its lead, member,
participant and admin; a stranger and another district's lead with teams of their own."""
import pytest

from matrix_world import build_world
from trellis_helpers import expect_problem


@pytest.fixture(scope="module")
def world(server, mail_sink):
    return build_world(server, mail_sink)


def base(world):
    return f"/api/v1/teams/{world.ids['team']}/prototypes"


def new_prototype(world, title="Welcome meeting within 3 days"):
    return world.api("lead").ok("POST", base(world), {
        "title": title, "if_we": "hold a welcome meeting within 3 days of enrollment",
        "then_what": "each student names an adult in their first week", "for_whom": "foster and homeless youth"},
        status=201)


def test_a_cycle_moves_through_its_four_phases_and_an_adapted_act_starts_the_next_version(world):
    member = world.api("member")
    p = new_prototype(world)
    assert (p["status"], p["decision"], p["versions"]) == ("testing", None, [])
    path = f"{base(world)}/{p['id']}"
    v1 = member.ok("POST", f"{path}/versions", {"description": "The liaison meets each student", "attachments": [
        {"label": "Agenda", "url": "https://example.org/agenda"}]}, status=201)
    assert (v1["number"], v1["attachments"]) == (1, [{"label": "Agenda", "url": "https://example.org/agenda"}])
    cycle = member.ok("POST", f"{path}/versions/{v1['id']}/cycles", {
        "questions": [{"question": "Do we meet within 3 days?", "prediction": ""}],
        "measure_ids": [world.ids["measure"]], "who": "Liaison", "where": "High school",
        "starts_on": "2026-08-15", "ends_on": "2026-09-15"}, status=201)
    assert (cycle["phase"], cycle["plan"]["measure_ids"]) == ("plan", [world.ids["measure"]])
    cpath = f"{path}/cycles/{cycle['id']}"

    # Plan cannot be left without a prediction for each question; phases are not skipped; Do's fields wait for Do.
    expect_problem(member.request("PATCH", cpath, {"version": 1, "phase": "do"}), 422, "/problems/validation", "phase")
    expect_problem(member.request("PATCH", cpath, {"version": 1, "phase": "study"}), 422, "/problems/validation")
    expect_problem(member.request("PATCH", cpath, {"version": 1, "what_happened": "x"}), 422, "/problems/validation",
                   "what_happened")
    c = member.ok("PATCH", cpath, {"version": 1, "phase": "do",
                                   "questions": [{"question": "Do we meet within 3 days?", "prediction": "8 of 10"}]})
    assert c["phase"] == "do" and c["plan"]["questions"][0]["prediction"] == "8 of 10"
    expect_problem(member.request("PATCH", cpath, {"version": c["version"], "phase": "study"}), 422,
                   "/problems/validation", "phase")
    c = member.ok("PATCH", cpath, {"version": c["version"], "phase": "study", "what_happened": "Met 5 of 9",
                                   "problems": "Caregivers could not come"})
    c = member.ok("PATCH", cpath, {"version": c["version"], "phase": "act", "results": ["5 of 9"],
                                   "surprises": "Transport came first"})
    assert c["study"]["results"] == ["5 of 9"] and not c["complete"]

    # Only an adapted cycle starts a next version.
    expect_problem(member.request("POST", f"{path}/versions", {"description": "v2", "adapted_from_cycle_id": c["id"]}),
                   422, "/problems/validation", "adapted_from_cycle_id")
    c = member.ok("PATCH", cpath, {"version": c["version"], "act_decision": "adapt", "next_step": "Phone the caregiver"})
    assert c["complete"] and c["act"] == {"decision": "adapt", "next_step": "Phone the caregiver"}
    v2 = member.ok("POST", f"{path}/versions", {"description": "With the caregiver by phone",
                                                "adapted_from_cycle_id": c["id"]}, status=201)
    assert (v2["number"], v2["adapted_from_cycle_id"]) == (2, c["id"])

    detail = world.api("participant").ok("GET", path)  # the team's participant reads it all
    assert [v["number"] for v in detail["versions"]] == [1, 2]
    assert detail["versions"][0]["cycles"][0]["act"]["decision"] == "adapt"
    marks = world.api("lead").ok("GET", f"/api/v1/measures/{world.ids['measure']}/cycle-marks")["marks"]
    assert {"prototype_id": p["id"], "prototype_title": p["title"], "version_number": 1, "cycle_number": 1,
            "starts_on": "2026-08-15", "ends_on": "2026-09-15"} in marks
    assert p["id"] in [x["id"] for x in world.api("admin").ok("GET", base(world))["prototypes"]]


def test_stale_edits_and_bad_input_change_nothing(world):
    lead = world.api("lead")
    p = new_prototype(world, "Stale edits")
    path = f"{base(world)}/{p['id']}"
    edited = lead.ok("PATCH", path, {"version": 1, "title": "Renamed"})
    assert (edited["title"], edited["version"]) == ("Renamed", 2)
    stale = expect_problem(lead.request("PATCH", path, {"version": 1, "title": "Late"}), 409, "/problems/stale-edit")
    assert stale["current"]["title"] == "Renamed"
    body = expect_problem(lead.request("POST", base(world), {"title": " ", "if_we": "x" * 1001}), 422,
                          "/problems/validation")
    assert sorted(e["field"] for e in body["errors"]) == ["for_whom", "if_we", "then_what", "title"]
    bad_links = expect_problem(lead.request("POST", f"{path}/versions", {"description": "d", "attachments": [
        {"label": "x", "url": "javascript:alert(1)"}, {"label": "", "url": "https://example.org"}]}), 422,
        "/problems/validation")
    assert sorted(e["field"] for e in bad_links["errors"]) == ["attachments[0].url", "attachments[1].label"]
    v = lead.ok("POST", f"{path}/versions", {"description": "d"}, status=201)
    expect_problem(lead.request("POST", f"{path}/versions/{v['id']}/cycles", {"starts_on": "2026-09-10",
                                                                             "ends_on": "2026-09-01"}),
                   422, "/problems/validation", "ends_on")
    assert lead.ok("GET", path)["versions"][0]["cycles"] == []


def test_another_teams_ids_and_measures_are_not_found_and_a_stranger_sees_nothing(world):
    lead, other = world.api("lead"), world.api("other_lead")
    p = new_prototype(world, "Cross-team")
    path = f"{base(world)}/{p['id']}"
    v = lead.ok("POST", f"{path}/versions", {"description": "d"}, status=201)
    # The other district's lead makes a prototype and a measure in their own team.
    other_team = other.ok("GET", "/api/v1/me")["teams"][0]["id"]
    theirs = other.ok("POST", f"/api/v1/teams/{other_team}/prototypes", {
        "title": "Theirs", "if_we": "a", "then_what": "b", "for_whom": "c"}, status=201)
    their_measure = other.ok("POST", f"/api/v1/teams/{other_team}/measures",
                             {"name": "Theirs", "unit": "%", "direction": "higher_is_better"}, status=201)
    # T's lead names their ids under T: 404 for rows, 422 for a measure, and nothing changes.
    assert lead.request("GET", f"{base(world)}/{theirs['id']}").status_code == 404
    assert lead.request("PATCH", f"{base(world)}/{theirs['id']}", {"version": 1, "title": "Mine"}).status_code == 404
    expect_problem(lead.request("POST", f"{path}/versions/{v['id']}/cycles",
                                {"measure_ids": [their_measure["id"]]}), 422, "/problems/validation",
                   "measure_ids[0]")
    # Under their own team, T's ids are just as unknown to the other lead.
    assert other.request("GET", f"/api/v1/teams/{other_team}/prototypes/{p['id']}").status_code == 404
    assert other.request("POST", f"/api/v1/teams/{other_team}/prototypes/{theirs['id']}/versions/{v['id']}/cycles",
                         {"questions": []}).status_code == 404
    assert other.ok("GET", f"/api/v1/teams/{other_team}/prototypes/{theirs['id']}")["title"] == "Theirs"
    for caller in ("stranger", "other_lead"):
        api = world.api(caller)
        assert api.request("GET", path).status_code == 404
        assert api.request("GET", base(world)).status_code == 404
        assert api.request("PUT", f"{path}/decision", {"status": "stopped", "reasons": "x", "version": 1}
                           ).status_code == 404
        assert api.request("GET", f"/api/v1/measures/{world.ids['measure']}/cycle-marks").status_code == 404
    assert lead.ok("GET", path)["status"] == "testing"


def test_a_decision_closes_the_prototype_until_its_lead_reopens_it(world):
    lead, member = world.api("lead"), world.api("member")
    p = new_prototype(world, "Decided")
    path = f"{base(world)}/{p['id']}"
    v = member.ok("POST", f"{path}/versions", {"description": "d"}, status=201)
    expect_problem(member.request("PUT", f"{path}/decision", {"status": "scaled", "reasons": " ", "version": 1}),
                   422, "/problems/validation", "reasons")
    expect_problem(member.request("PUT", f"{path}/decision", {"status": "scale", "reasons": "r", "version": 1}),
                   422, "/problems/validation", "status")
    decided = member.ok("PUT", f"{path}/decision", {"status": "kept_testing", "reasons": "Too few students yet",
                                                    "version": 1})
    assert decided["status"] == "kept_testing" and decided["decision"]["reasons"] == "Too few students yet"
    # Read-only now: no edit, version, cycle or second decision.
    for method, sub, body in (("PATCH", "", {"version": decided["version"], "title": "x"}),
                              ("POST", "/versions", {"description": "v2"}),
                              ("POST", f"/versions/{v['id']}/cycles", {"who": "x"}),
                              ("PUT", "/decision", {"status": "stopped", "reasons": "r",
                                                    "version": decided["version"]})):
        expect_problem(member.request(method, f"{path}{sub}", body), 409, "/problems/conflict")
    # Only the team's managers reopen it: the member may not, the participant may not.
    assert member.request("DELETE", f"{path}/decision").status_code == 403
    assert world.api("participant").request("DELETE", f"{path}/decision").status_code == 403
    reopened = lead.ok("DELETE", f"{path}/decision")
    assert (reopened["status"], reopened["decision"]) == ("testing", None)
    expect_problem(lead.request("DELETE", f"{path}/decision"), 409, "/problems/conflict")
    member.ok("POST", f"{path}/versions", {"description": "v2"}, status=201)


def test_the_participant_reads_but_does_not_write(world):
    participant = world.api("participant")
    p = new_prototype(world, "Participant")
    assert participant.request("POST", base(world), {"title": "t", "if_we": "a", "then_what": "b",
                                                     "for_whom": "c"}).status_code == 403
    assert participant.request("PATCH", f"{base(world)}/{p['id']}", {"version": 1, "title": "x"}).status_code == 403
    assert world.api("lead").request("DELETE", f"{base(world)}/{p['id']}").status_code == 204
    assert world.api("lead").request("GET", f"{base(world)}/{p['id']}").status_code == 404


def test_a_prototype_answers_the_teams_own_insights_and_no_one_elses(world):
    """The insights a prototype answers (item 3, linked to item 2's insights): the team's own are linked and shown with
    their statements; another team's insight is refused on the field and nothing changes; removing the insight
    unlinks it."""
    lead, other = world.api("lead"), world.api("other_lead")
    team = world.ids["team"]
    entry = lead.ok("POST", f"/api/v1/teams/{team}/evidence",
                    {"kind": "focus_group", "happened_on": "2026-09-20", "participants": "students in foster care"},
                    status=201)
    insight = lead.ok("POST", f"/api/v1/teams/{team}/insights",
                      {"statement": "No adult knows who is in foster care", "evidence_ids": [entry["id"]]}, status=201)
    made = world.api("lead").ok("POST", base(world), {
        "title": "Answers an insight", "if_we": "a", "then_what": "b", "for_whom": "c",
        "insight_ids": [insight["id"]]}, status=201)
    assert made["insights"] == [{"id": insight["id"], "statement": "No adult knows who is in foster care"}]
    path = f"{base(world)}/{made['id']}"

    other_team = other.ok("GET", "/api/v1/me")["teams"][0]["id"]
    their_entry = other.ok("POST", f"/api/v1/teams/{other_team}/evidence",
                           {"kind": "observation", "happened_on": "2026-09-21"}, status=201)
    theirs = other.ok("POST", f"/api/v1/teams/{other_team}/insights",
                      {"statement": "Theirs", "evidence_ids": [their_entry["id"]]}, status=201)
    refused = lead.request("PATCH", path, {"version": made["version"], "insight_ids": [insight["id"], theirs["id"]]})
    expect_problem(refused, 422, "/problems/validation", "insight_ids")
    assert lead.ok("GET", path)["insights"] == made["insights"]
    # The other team cannot link T's insight to its own prototype either.
    their_prototype = other.ok("POST", f"/api/v1/teams/{other_team}/prototypes", {
        "title": "Theirs", "if_we": "a", "then_what": "b", "for_whom": "c"}, status=201)
    expect_problem(other.request("PATCH", f"/api/v1/teams/{other_team}/prototypes/{their_prototype['id']}",
                                 {"version": their_prototype["version"], "insight_ids": [insight["id"]]}),
                   422, "/problems/validation", "insight_ids")

    cleared = lead.ok("PATCH", path, {"version": made["version"], "insight_ids": []})
    assert cleared["insights"] == []
    relinked = lead.ok("PATCH", path, {"version": cleared["version"], "insight_ids": [insight["id"]]})
    assert [i["id"] for i in relinked["insights"]] == [insight["id"]]
    lead.ok("DELETE", f"/api/v1/teams/{team}/insights/{insight['id']}", status=204)
    assert lead.ok("GET", path)["insights"] == []
