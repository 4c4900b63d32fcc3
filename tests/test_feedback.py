"""Feedback rounds across districts (issue 12, item 4), on both engines: a team asks the people it may ask (its
mentor's coaches, the staff of its networks' other districts, its own members) for feedback on one item, each
invited person accepts before commenting or declines and loses access, comments thread and mention people of the
round (who get mail in their language), and the team closes the round with what it changed and its next version.
A reviewer from another district reads the round and nothing else of the team, over many requests; nobody outside
the list can be invited; a closed round keeps its history.

The world is the authorization matrix's (tests/matrix_world.py): team T of district D in network N, mentor M's
coach, peer district P's admin (partner) and the lead of a team of P (reviewer), a stranger, another district."""
import pytest

from matrix_world import build_world
from meeting_helpers import count_mail, wait_for_mail
from trellis_helpers import cli, expect_problem, mail_text

SETTINGS = "/api/v1/me/notification-settings"


@pytest.fixture(scope="module")
def world(server, mail_sink):
    return build_world(server, mail_sink)


def team_path(world, rest=""):
    return f"/api/v1/teams/{world.ids['team']}{rest}"


def version_item(world):
    return {"kind": "prototype_version", "prototype_id": world.ids["prototype_id"],
            "prototype_version_id": world.ids["prototype_version_id"]}


def open_round(world, people, question="Would this work in your district?", due_on="2030-02-01", item=None):
    ids = [world.people[p].id for p in people]
    return world.api("lead").ok("POST", team_path(world, "/feedback-rounds"), {
        "item": item or version_item(world), "question": question, "due_on": due_on, "reviewer_user_ids": ids},
        status=201)


def rounds_of_t(world):
    return world.api("lead").ok("GET", team_path(world, "/feedback-rounds"))["rounds"]


def test_the_team_may_ask_its_coaches_its_peers_and_its_own_people_and_no_one_else(world):
    candidates = world.api("lead").ok("GET", team_path(world, "/feedback-candidates"))["candidates"]
    reasons = {c["user_id"]: c["chosen_as"] for c in candidates}
    people = world.people
    assert reasons[people["mentor"].id] == "mentor_coach"
    assert reasons[people["reviewer"].id] == "peer" and reasons[people["partner"].id] == "peer"
    assert reasons[people["member"].id] == "member" and reasons[people["participant"].id] == "member"
    for outsider in ("stranger", "other_lead", "facilitator", "lead"):  # the lead does not ask themselves
        assert people[outsider].id not in reasons, outsider
    before = len(rounds_of_t(world))
    for outsider in ("stranger", "other_lead"):
        r = world.api("lead").request("POST", team_path(world, "/feedback-rounds"), {
            "item": version_item(world), "question": "?", "due_on": "2030-02-01",
            "reviewer_user_ids": [people["mentor"].id, people[outsider].id]})
        problem = expect_problem(r, 422, "/problems/validation", "reviewer_user_ids")
        assert str(people[outsider].id) in problem["detail"]
    assert len(rounds_of_t(world)) == before
    assert count_mail(world.mail_sink, people["stranger"].email, "feedback") == 0


def test_bad_requests_name_the_field_and_store_nothing(world):
    lead = world.api("lead")
    before = len(rounds_of_t(world))
    path = team_path(world, "/feedback-rounds")
    mentor = [world.people["mentor"].id]
    cases = [
        ({"item": {"kind": "prototype_version", "prototype_id": 99999999, "prototype_version_id": 1}},
         "item.prototype_id"),
        ({"item": {"kind": "poster"}}, "item.kind"),
        ({"item": {"kind": "plan_section", "section": "budget"}}, "item.section"),
        ({"item": {"kind": "guide_answer", "guide": "world-languages-module-0", "module": "module-0",
                   "section": "a-team", "item": "nope"}}, "item.item"),
        ({"due_on": "2020-01-01"}, "due_on"),
        ({"due_on": "2030-02-30"}, "due_on"),
        ({"question": ""}, "question"),
        ({"reviewer_user_ids": []}, "reviewer_user_ids"),
        ({"reviewer_user_ids": "everyone"}, "reviewer_user_ids"),
    ]
    for change, field in cases:
        body = {"item": version_item(world), "question": "Is it clear?", "due_on": "2030-02-01",
                "reviewer_user_ids": mentor, **change}
        expect_problem(lead.request("POST", path, body), 422, "/problems/validation", field)
    assert len(rounds_of_t(world)) == before


def test_a_round_from_the_request_to_what_we_changed(world):
    lead, mentor, reviewer = world.api("lead"), world.api("mentor"), world.api("reviewer")
    sink = world.mail_sink
    world.people["reviewer"].api.ok("PATCH", SETTINGS, {"language": "es"})
    made = open_round(world, ["mentor", "reviewer"], question="What would your district change?")
    rid = made["id"]
    assert sorted((r["name"], r["status"]) for r in made["reviewers"]) == sorted(
        [(world.people["mentor"].name, "invited"), (world.people["reviewer"].name, "invited")])
    assert made["item"]["snapshot"]["prototype_title"] == f"Prototype {world.marker}"
    assert made["item"]["prototype_id"] == world.ids["prototype_id"]

    # Each invited person is asked by mail, in their own language, with a link to the round.
    english = mail_text(wait_for_mail(sink, world.people["mentor"].email, "asks for your feedback")[-1])
    assert "What would your district change?" in english and f"/feedback/{rid}" in english
    spanish = mail_text(wait_for_mail(sink, world.people["reviewer"].email, "le pide comentarios")[-1])
    assert "Primero acepte o rechace" in spanish and f"/feedback/{rid}" in spanish

    # Invited, not yet accepted: the coach reads what is asked but may not comment (their consent comes first).
    seen = mentor.ok("GET", f"/api/v1/feedback-rounds/{rid}")
    assert seen["me"]["reviewer_status"] == "invited" and seen["may"]["respond"] and not seen["may"]["comment"]
    expect_problem(mentor.request("POST", f"/api/v1/feedback-rounds/{rid}/comments", {"body": "Early"}), 403,
                   "/problems/forbidden")
    accepted = mentor.ok("PUT", f"/api/v1/feedback-rounds/{rid}/response", {"accept": True})
    assert accepted["may"]["comment"] and not accepted["may"]["close"]
    expect_problem(mentor.request("PUT", f"/api/v1/feedback-rounds/{rid}/response", {"accept": False}), 409,
                   "/problems/conflict")

    # A comment mentioning the lead mails the lead; a reply threads under it.
    lead_id = world.people["lead"].id
    first = mentor.ok("POST", f"/api/v1/feedback-rounds/{rid}/comments", {
        "body": f"@{world.people['lead'].name} the caregiver should join by phone.",
        "mention_user_ids": [lead_id]}, status=201)
    assert first["mentions"] == [{"user_id": lead_id, "name": world.people["lead"].name}]
    note = mail_text(wait_for_mail(sink, world.people["lead"].email, "mentioned you")[-1])
    assert "the caregiver should join by phone" in note and f"/feedback/{rid}" in note
    reply = lead.ok("POST", f"/api/v1/feedback-rounds/{rid}/comments",
                    {"body": "Who sets up transport?", "parent_id": first["id"]}, status=201)
    assert reply["parent_id"] == first["id"]
    expect_problem(lead.request("POST", f"/api/v1/feedback-rounds/{rid}/comments",
                                {"body": "x", "parent_id": 99999999}), 422, "/problems/validation", "parent_id")

    # The team writes version 2 and closes the round with what changed; the history is a timeline.
    base = team_path(world, f"/prototypes/{world.ids['prototype_id']}")
    v2 = lead.ok("POST", f"{base}/versions", {"description": "Caregivers by phone"}, status=201)
    current = lead.ok("GET", f"/api/v1/feedback-rounds/{rid}")
    expect_problem(lead.request("PUT", f"/api/v1/feedback-rounds/{rid}/close", {
        "what_we_changed": "x", "next_version_id": world.ids["prototype_version_id"], "version": current["version"]}),
        422, "/problems/validation", "next_version_id")
    stale = lead.request("PUT", f"/api/v1/feedback-rounds/{rid}/close",
                         {"what_we_changed": "Phone", "version": current["version"] + 5})
    assert stale.status_code == 409 and stale.json()["current"]["status"] == "open"
    closed = lead.ok("PUT", f"/api/v1/feedback-rounds/{rid}/close", {
        "what_we_changed": "Caregivers may join by phone.", "next_version_id": v2["id"], "version": current["version"]})
    assert closed["status"] == "closed" and closed["next_version"]["number"] == v2["number"]
    assert [e["kind"] for e in closed["events"]] == ["opened", "invited", "invited", "accepted", "comment", "comment",
                                                     "closed"]
    assert closed["events"][-1]["text"] == "Caregivers may join by phone."
    summary = next(r for r in rounds_of_t(world) if r["id"] == rid)
    assert (summary["comments"], summary["accepted"], summary["reviewers"]) == (2, 1, 2)
    assert summary["next_version"]["id"] == v2["id"]

    # Closed: its history stays as it is.
    expect_problem(mentor.request("POST", f"/api/v1/feedback-rounds/{rid}/comments", {"body": "Late"}), 409,
                   "/problems/conflict")
    expect_problem(reviewer.request("PUT", f"/api/v1/feedback-rounds/{rid}/response", {"accept": True}), 409,
                   "/problems/conflict")
    assert len(lead.ok("GET", f"/api/v1/feedback-rounds/{rid}")["comments"]) == 2


def test_a_reviewer_reads_the_round_and_nothing_else_of_the_team(world):
    reviewer = world.api("reviewer")
    rid = world.ids["feedback_round"]
    assert reviewer.ok("GET", f"/api/v1/feedback-rounds/{rid}")["item"]["kind"] == "prototype_version"
    t = world.ids["team"]
    for path in (f"/api/v1/teams/{t}", f"/api/v1/teams/{t}/prototypes",
                 f"/api/v1/teams/{t}/prototypes/{world.ids['prototype_id']}", f"/api/v1/teams/{t}/feedback-rounds",
                 f"/api/v1/teams/{t}/feedback-candidates", f"/api/v1/teams/{t}/plan", f"/api/v1/teams/{t}/evidence"):
        assert reviewer.request("GET", path).status_code == 404, path
    # A round of T that does not ask them is unknown to them, and the team's side of a round is not theirs.
    other = open_round(world, ["mentor"])
    assert reviewer.request("GET", f"/api/v1/feedback-rounds/{other['id']}").status_code == 404
    assert reviewer.request("POST", f"/api/v1/feedback-rounds/{other['id']}/comments", {"body": "x"}).status_code == 404
    expect_problem(reviewer.request("PUT", f"/api/v1/feedback-rounds/{rid}/close",
                                    {"what_we_changed": "x", "version": 1}), 403, "/problems/forbidden")
    expect_problem(reviewer.request("POST", f"/api/v1/feedback-rounds/{rid}/reviewers",
                                    {"reviewer_user_ids": [world.people["stranger"].id]}), 403, "/problems/forbidden")
    # A mention must name a person of the round.
    expect_problem(reviewer.request("POST", f"/api/v1/feedback-rounds/{rid}/comments", {
        "body": "@Someone", "mention_user_ids": [world.people["stranger"].id]}), 422, "/problems/validation",
        "mention_user_ids")
    # The lead attaches D's referral flow (shared with network N): the reviewer, of N's peer P, opens it from the
    # comment; a note shared with T alone cannot be attached, since the round's other readers could not open it.
    lead = world.api("lead")
    attached = lead.ok("POST", f"/api/v1/feedback-rounds/{rid}/comments",
                       {"body": "Our referral flow", "resource_ids": [world.ids["resource"]]}, status=201)
    assert [r["id"] for r in attached["resources"]] == [world.ids["resource"]]
    seen = reviewer.ok("GET", f"/api/v1/feedback-rounds/{rid}")
    assert seen["attach_network_ids"] == [world.ids["network"]]
    thread = seen["comments"]
    assert next(c for c in thread if c["id"] == attached["id"])["resources"][0]["title"] == "Referral flow"
    assert reviewer.request("GET", f"/api/v1/resources/{world.ids['resource']}/file").status_code == 200
    team_note = lead.ok("POST", "/api/v1/resources", {
        "organization_id": world.ids["organization"], "kind": "note", "title": "Only ours", "body": "x",
        "share_scope": "team", "share_id": world.ids["team"]}, status=201)
    problem = expect_problem(lead.request("POST", f"/api/v1/feedback-rounds/{rid}/comments", {
        "body": "x", "resource_ids": [team_note["id"]]}), 422, "/problems/validation", "resource_ids")
    assert "not shared with a network of this team's district" in problem["detail"]
    mine = reviewer.ok("GET", "/api/v1/me/feedback-requests")["requests"]
    assert [r["round_id"] for r in mine] == [rid]
    for outsider in ("stranger", "other_lead", "partner", "facilitator", "data_lead"):
        assert world.api(outsider).request("GET", f"/api/v1/feedback-rounds/{rid}").status_code == 404, outsider


def test_declining_ends_a_persons_access_and_the_team_can_ask_someone_else(world):
    partner = world.api("partner")
    made = open_round(world, ["partner"], question="Can you look?")
    path = f"/api/v1/feedback-rounds/{made['id']}"
    assert partner.ok("PUT", f"{path}/response", {"accept": False})["me"]["reviewer_status"] == "declined"
    assert partner.request("GET", path).status_code == 404
    assert partner.request("POST", f"{path}/comments", {"body": "x"}).status_code == 404
    assert all(r["round_id"] != made["id"] for r in partner.ok("GET", "/api/v1/me/feedback-requests")["requests"])
    statuses = {r["name"]: r["status"] for r in world.api("lead").ok("GET", path)["reviewers"]}
    assert statuses[world.people["partner"].name] == "declined"
    more = world.api("member").ok("POST", f"{path}/reviewers", {"reviewer_user_ids": [world.people["mentor"].id]})
    assert sorted(r["status"] for r in more["reviewers"]) == ["declined", "invited"]
    # The team withdraws the coach's invitation: the coach no longer reads the round; an unknown one is 404.
    mentor = world.api("mentor")
    assert mentor.ok("GET", path)["me"]["reviewer_status"] == "invited"
    fewer = world.api("lead").ok("DELETE", f"{path}/reviewers/{world.people['mentor'].id}")
    assert [r["status"] for r in fewer["reviewers"]] == ["declined"]
    assert mentor.request("GET", path).status_code == 404
    expect_problem(world.api("lead").request("DELETE", f"{path}/reviewers/{world.people['mentor'].id}"), 404,
                   "/problems/not-found")
    # The participant reads the team's rounds but does not write in them.
    participant = world.api("participant")
    assert participant.ok("GET", path)["may"] == {"comment": False, "close": False, "invite": False,
                                                   "respond": False}
    expect_problem(participant.request("POST", f"{path}/comments", {"body": "x"}), 403, "/problems/forbidden")


def test_a_plan_section_and_a_guide_answer_are_kept_as_asked(world):
    lead = world.api("lead")
    items = lead.ok("GET", team_path(world, "/feedback-items"))
    assert "goals" in [s["section"] for s in items["plan_sections"]]
    assert any(a["item"] == "who-is-missing" for a in items["guide_answers"])
    plan = open_round(world, ["mentor"], item={"kind": "plan_section", "section": "goals"})
    assert any(f"Goal {world.marker}" in line for line in plan["item"]["snapshot"]["lines"])
    guide = open_round(world, ["mentor"], item={"kind": "guide_answer", "guide": "world-languages-module-0",
                                                 "module": "module-0", "section": "a-team", "item": "who-is-missing"})
    snapshot = guide["item"]["snapshot"]
    assert snapshot["answer"] == f"Answer {world.marker}" and snapshot["question"]["en"] and snapshot["question"]["es"]
    # The team edits its answer afterwards: the round still shows what was asked about.
    answer_path = team_path(world, "/guides/world-languages-module-0/modules/module-0/sections/a-team/items/"
                                   "who-is-missing/answer")
    lead.ok("PUT", answer_path, {"text": "Rewritten", "version": 1})
    again = lead.ok("GET", f"/api/v1/feedback-rounds/{guide['id']}")
    assert again["item"]["snapshot"]["answer"] == f"Answer {world.marker}"


def test_the_digest_reminds_a_reviewer_of_an_open_request(world, server):
    mentor = world.people["mentor"]
    open_round(world, ["mentor"], question="Due soon", due_on="2031-03-12")
    cli("digest", "send", "--database", server.db_url, "--now", "2031-03-10T08:00:00Z",
        "--smtp", f"smtp://127.0.0.1:{world.mail_sink.port}", "--mail-from", "trellis@test.example",
        "--public-url", server.base_url)
    text = mail_text(wait_for_mail(world.mail_sink, mentor.email, "action item")[-1])
    assert f"Feedback requested: Prototype {world.marker} (v1)" in text and "2031" in text


def test_a_coach_is_offered_only_while_the_agreement_runs(world):
    """Runs last: it ends N's agreement. A coach whose agreement ended is no longer one the team may ask."""
    mentor_id = world.people["mentor"].id
    path = f"/api/v1/agreements/{world.ids['agreement']}"
    facilitator = world.api("facilitator")
    agreement = facilitator.ok("GET", path)
    facilitator.ok("PATCH", path, {"status": "ended", "version": agreement["version"]})
    candidates = world.api("lead").ok("GET", team_path(world, "/feedback-candidates"))["candidates"]
    assert mentor_id not in [c["user_id"] for c in candidates]
    expect_problem(world.api("lead").request("POST", team_path(world, "/feedback-rounds"), {
        "item": version_item(world), "question": "?", "due_on": "2030-02-01", "reviewer_user_ids": [mentor_id]}),
        422, "/problems/validation", "reviewer_user_ids")
