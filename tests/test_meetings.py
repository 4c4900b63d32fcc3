"""Meetings with the guide's discipline: the planning rules (422 naming rule and numbers), drafts, notes that
never silently overwrite, closing into minutes mailed to every member, and the next agenda opening with the
open items."""
import pytest

from meeting_helpers import good_plan, team_with_people, wait_for_mail
from trellis_helpers import create_org, create_team, expect_problem, expect_status, join_team_via_invitation, mail_text


@pytest.fixture
def people(admin):
    return team_with_people(admin)


def meetings_url(people):
    return f"/api/v1/teams/{people['team']['id']}/meetings"


def test_scheduling_refuses_broken_rules_with_the_numbers(admin, people):
    r = admin.api.post(meetings_url(people), good_plan(objectives=["One", "Two", "Three"]))
    body = expect_problem(r, 422, "/problems/validation")
    assert "3 objectives for a 60-minute meeting; at most 2" in body["detail"]
    assert "meeting.objectives" in body["detail"]
    assert [e["rule"] for e in body["errors"]] == ["meeting.objectives"]
    assert body["errors"][0]["field"] == "objectives"

    long_agenda = good_plan(agenda=[{"title": "Talk", "minutes": 50, "kind": "topic"},
                                    {"title": "Questions", "minutes": 20, "kind": "discussion"}])
    body = expect_problem(admin.api.post(meetings_url(people), long_agenda), 422, "/problems/validation")
    assert "an agenda of 70 minutes for a 60-minute meeting; at most 60" in body["detail"]

    no_talk = good_plan(agenda=[{"title": "Talk", "minutes": 55, "kind": "topic"},
                                {"title": "Questions", "minutes": 5, "kind": "discussion"}],
                        objectives=["One", "Two", "Three"])
    body = expect_problem(admin.api.post(meetings_url(people), no_talk), 422, "/problems/validation")
    rules = [e["rule"] for e in body["errors"]]
    assert rules == ["meeting.objectives", "agenda.discussion"]
    assert "5 minutes of discussion and questions in a 60-minute meeting; at least 12 (20%)" in body["detail"]

    # The team's own discussion share applies.
    team_id = people["team"]["id"]
    admin.api.ok("PUT", f"/api/v1/teams/{team_id}/meeting-settings", {"discussion_share_percent": 50})
    assert admin.api.ok("GET", f"/api/v1/teams/{team_id}/meeting-settings")["discussion_share_percent"] == 50
    body = expect_problem(admin.api.post(meetings_url(people), good_plan()), 422, "/problems/validation")
    assert "25 minutes of discussion and questions in a 60-minute meeting; at least 30 (50%)" in body["detail"]
    expect_problem(admin.api.request("PUT", f"/api/v1/teams/{team_id}/meeting-settings", {"discussion_share_percent": 120}),
                   422, "/problems/validation", "discussion_share_percent")
    admin.api.ok("PUT", f"/api/v1/teams/{team_id}/meeting-settings", {"discussion_share_percent": 20})
    created = admin.api.ok("POST", meetings_url(people), good_plan(), status=201)
    assert created["status"] == "scheduled" and created["rules"]["max_objectives"] == 2
    assert created["starts_at"] == "2030-05-14T16:00:00Z" and created["time_zone"] == "America/Los_Angeles"


def test_a_draft_is_saved_incomplete_and_scheduling_asks_for_the_rest(admin, people):
    draft = admin.api.ok("POST", meetings_url(people), {"title": "Half-planned", "objectives": ["a", "b", "c"]},
                         status=201)
    assert draft["status"] == "draft" and draft["starts_at"] is None and draft["duration_minutes"] is None
    assert admin.api.ok("GET", f"/api/v1/meetings/{draft['id']}")["title"] == "Half-planned"
    listed = admin.api.ok("GET", meetings_url(people))["meetings"]
    assert draft["id"] in [m["id"] for m in listed]
    r = admin.api.patch(f"/api/v1/meetings/{draft['id']}", {"status": "scheduled", "version": draft["version"]})
    body = expect_problem(r, 422, "/problems/validation", "starts_at")
    assert {"goal", "starts_at", "duration_minutes", "mode", "agenda"} <= {e["field"] for e in body["errors"]}
    plan = good_plan()
    plan["version"] = draft["version"]
    scheduled = admin.api.ok("PATCH", f"/api/v1/meetings/{draft['id']}", plan)
    assert scheduled["status"] == "scheduled" and scheduled["version"] == draft["version"] + 1
    # Stale plan edits are refused with the current plan.
    r = admin.api.patch(f"/api/v1/meetings/{draft['id']}", {"title": "Old tab", "version": draft["version"]})
    assert expect_problem(r, 409, "/problems/stale-edit")["current"]["title"] == scheduled["title"]
    expect_problem(admin.api.post(meetings_url(people), {"title": "x", "starts_at": "2030-05-14 09:00"}),
                   422, "/problems/validation", "starts_at")
    expect_problem(admin.api.post(meetings_url(people), {"title": "x", "time_zone": "Mars/Olympus"}),
                   422, "/problems/validation", "time_zone")


def test_a_stale_note_edit_is_refused_with_the_current_text(admin, people):
    member = people["member"]
    meeting = admin.api.ok("POST", meetings_url(people), good_plan(), status=201)
    item = meeting["agenda"][1]["id"]
    url = f"/api/v1/meetings/{meeting['id']}/notes/{item}"
    first = member.api.ok("PUT", url, {"text": "Families are missing"}, status=201)
    assert first["version"] == 1 and first["author"]["name"] == member.name
    second = member.api.ok("PUT", url, {"text": "Families and students are missing", "version": 1})
    assert second["version"] == 2
    r = member.api.request("PUT", url, {"text": "Edited in an old tab", "version": 1})
    body = expect_problem(r, 409, "/problems/stale-edit")
    assert body["current"]["text"] == "Families and students are missing" and body["current"]["version"] == 2
    # Notes are per person: the lead's note on the same item does not conflict.
    admin.api.ok("PUT", url, {"text": "Invite the PTA"}, status=201)
    notes = admin.api.ok("GET", f"/api/v1/meetings/{meeting['id']}")["notes"]
    assert sorted(n["text"] for n in notes) == ["Families and students are missing", "Invite the PTA"]


def test_action_items_need_an_owner_and_a_due_date(admin, people):
    meeting = admin.api.ok("POST", meetings_url(people), good_plan(), status=201)
    url = f"/api/v1/meetings/{meeting['id']}/action-items"
    expect_problem(admin.api.post(url, {"title": "Call families", "due": "2030-05-20"}), 422,
                   "/problems/validation", "owner_id")
    expect_problem(admin.api.post(url, {"title": "Call families", "owner_id": people["maria"]["id"]}), 422,
                   "/problems/validation", "due")
    expect_problem(admin.api.post(url, {"title": "Call", "owner_id": people["maria"]["id"], "due": "2030-02-30"}),
                   422, "/problems/validation", "due")
    other = create_team(admin, people["org"]["id"])
    stranger = admin.api.ok("POST", f"/api/v1/teams/{other['id']}/members", {"name": "Elsewhere",
                                                                               "email": "elsewhere@test.example"},
                            status=201)
    expect_problem(admin.api.post(url, {"title": "Call", "owner_id": stranger["id"], "due": "2030-05-20"}), 422,
                   "/problems/validation", "owner_id")


def test_closing_freezes_the_meeting_and_mails_minutes_to_every_member(admin, people, mail_sink):
    member = people["member"]
    meeting = admin.api.ok("POST", meetings_url(people), good_plan(title="Forming the team"), status=201)
    mid = meeting["id"]
    for m in people["members"]:
        status = "excused" if m["id"] == people["ken"]["id"] else "present"
        member.api.ok("PUT", f"/api/v1/meetings/{mid}/attendance/{m['id']}", {"status": status})
    member.api.ok("PUT", f"/api/v1/meetings/{mid}/notes/{meeting['agenda'][1]['id']}",
                  {"text": "Students are missing"}, status=201)
    decision = member.api.ok("POST", f"/api/v1/meetings/{mid}/decisions", {"text": "Meet every second Tuesday"},
                             status=201)
    member.api.ok("PATCH", f"/api/v1/meetings/{mid}/decisions/{decision['id']}",
                  {"text": "Meet every second Tuesday at 4", "version": decision["version"]})
    a1 = member.api.ok("POST", f"/api/v1/meetings/{mid}/action-items",
                       {"title": "Invite two student representatives", "owner_id": people["maria"]["id"],
                        "due": "2030-05-28"}, status=201)
    admin.api.ok("POST", f"/api/v1/meetings/{mid}/action-items",
                 {"title": "Book the library for May", "owner_id": people["ken"]["id"], "due": "2030-05-21"},
                 status=201)
    assert a1["owner"]["name"] == "María Parent" and a1["due"] == "2030-05-28" and a1["status"] == "open"

    # Closing is the lead's: a member may not.
    expect_problem(member.api.post(f"/api/v1/meetings/{mid}/close"), 403, "/problems/forbidden")
    expect_problem(admin.api.get(f"/api/v1/meetings/{mid}/minutes"), 404, "/problems/not-found")
    minutes = admin.api.ok("POST", f"/api/v1/meetings/{mid}/close")
    assert minutes["goal"] == "Agree who is missing"
    assert minutes["attendance"]["excused"] == ["Ken Counselor"]
    assert minutes["decisions"] == ["Meet every second Tuesday at 4"]
    assert [(a["title"], a["owner"], a["due"]) for a in minutes["action_items"]] == [
        ("Book the library for May", "Ken Counselor", "2030-05-21"),
        ("Invite two student representatives", "María Parent", "2030-05-28")]
    notes = [n for item in minutes["agenda"] for n in item["notes"]]
    assert notes == [{"author": member.name, "text": "Students are missing"}]

    # Every member with an e-mail finds the minutes, listing owners and due dates.
    for m in people["members"]:
        msg = wait_for_mail(mail_sink, m["email"], "Minutes: Forming the team")[-1]
        assert msg.get_body(("html",)) is not None and msg.get_body(("plain",)) is not None
        text = mail_text(msg)
        assert "Invite two student representatives" in text and "María Parent" in text and "2030-05-28" in text
        assert "Book the library for May" in text and "Ken Counselor" in text and "2030-05-21" in text

    # Frozen: later writes are refused with a clear detail.
    for r in (member.api.post(f"/api/v1/meetings/{mid}/decisions", {"text": "late"}),
              member.api.request("PUT", f"/api/v1/meetings/{mid}/attendance/{people['ken']['id']}", {"status": "present"}),
              admin.api.patch(f"/api/v1/meetings/{mid}", {"title": "x", "version": 99}),
              admin.api.post(f"/api/v1/meetings/{mid}/close")):
        body = expect_problem(r, 409, "/problems/meeting-closed")
        assert "closed" in body["detail"] and "amendment" in body["detail"]

    # Printable, accessible, English and Spanish.
    html = admin.api.get(f"/api/v1/meetings/{mid}/minutes?format=html")
    expect_status(html, 200)
    assert html.headers["Content-Type"].startswith("text/html")
    assert '<html lang="en">' in html.text and "<th scope=\"col\">Owner</th>" in html.text
    es = admin.api.get(f"/api/v1/meetings/{mid}/minutes?format=html&lang=es")
    assert '<html lang="es">' in es.text and "Responsable" in es.text and "María Parent" in es.text

    # Amendments keep the original.
    amendment = member.api.ok("POST", f"/api/v1/meetings/{mid}/minutes/amendments",
                              {"text": "The library is booked for May 20, not 21"}, status=201)
    assert amendment["author"] == member.name and amendment["created_at"].endswith("Z")
    again = admin.api.ok("GET", f"/api/v1/meetings/{mid}/minutes")
    assert again["decisions"] == minutes["decisions"] and again["action_items"] == minutes["action_items"]
    assert [a["text"] for a in again["amendments"]] == ["The library is booked for May 20, not 21"]


def test_the_next_agenda_opens_with_the_open_items(admin, people):
    first = admin.api.ok("POST", meetings_url(people), good_plan(), status=201)
    open_item = admin.api.ok("POST", f"/api/v1/meetings/{first['id']}/action-items",
                             {"title": "Call the PTA", "owner_id": people["maria"]["id"], "due": "2030-05-20"},
                             status=201)
    done_item = admin.api.ok("POST", f"/api/v1/meetings/{first['id']}/action-items",
                             {"title": "Send the standards", "owner_id": people["ken"]["id"], "due": "2030-05-20"},
                             status=201)
    admin.api.ok("PATCH", f"/api/v1/action-items/{done_item['id']}", {"status": "done", "version": done_item["version"]})
    outreach = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/outreach-items",
                            {"gap_kind": "perspective", "gap_key": "students"}, status=201)
    admin.api.ok("POST", f"/api/v1/meetings/{first['id']}/close")
    nxt = admin.api.ok("POST", meetings_url(people), {"title": "Next"}, status=201)
    carried = [i for i in nxt["agenda"] if i["carried_over"]]
    assert nxt["agenda"][:len(carried)] == carried  # they open the agenda
    assert [i["action_item_id"] for i in carried if i["action_item_id"]] == [open_item["id"]]
    assert outreach["id"] in [i["outreach_item_id"] for i in carried]
    assert all(i["kind"] == "review" for i in carried)
    assert "Call the PTA" in carried[0]["title"]
    figures = admin.api.ok("GET", f"/api/v1/teams/{people['team']['id']}/follow-through")
    assert figures["items_carried_over"] == 1 and figures["carry_overs"] == 1


def test_another_teams_member_cannot_read_or_write_any_of_it(server, admin, people):
    meeting = admin.api.ok("POST", meetings_url(people), good_plan(), status=201)
    mid = meeting["id"]
    item = admin.api.ok("POST", f"/api/v1/meetings/{mid}/action-items",
                        {"title": "Private", "owner_id": people["maria"]["id"], "due": "2030-05-20"}, status=201)
    other_admin = server.make_user("otheradmin")
    other_org = create_org(other_admin)
    other_team = create_team(other_admin, other_org["id"])
    outsider = join_team_via_invitation(other_admin, other_team["id"], role="member", prefix="outsider")
    for method, path, body in [
        ("GET", f"/api/v1/meetings/{mid}", None),
        ("GET", f"/api/v1/teams/{people['team']['id']}/meetings", None),
        ("GET", f"/api/v1/meetings/{mid}/invite.ics", None),
        ("GET", f"/api/v1/meetings/{mid}/minutes", None),
        ("GET", f"/api/v1/teams/{people['team']['id']}/follow-through", None),
        ("POST", f"/api/v1/teams/{people['team']['id']}/meetings", good_plan()),
        ("PATCH", f"/api/v1/meetings/{mid}", {"title": "x", "version": 1}),
        ("PUT", f"/api/v1/meetings/{mid}/notes/{meeting['agenda'][0]['id']}", {"text": "x"}),
        ("POST", f"/api/v1/meetings/{mid}/decisions", {"text": "x"}),
        ("POST", f"/api/v1/meetings/{mid}/action-items", {"title": "x", "owner_id": people["maria"]["id"],
                                                          "due": "2030-05-20"}),
        ("PATCH", f"/api/v1/action-items/{item['id']}", {"status": "done", "version": 1}),
        ("POST", f"/api/v1/meetings/{mid}/close", None),
        ("POST", f"/api/v1/meetings/{mid}/cancel", None),
    ]:
        r = outsider.api.request(method, path, body)
        expect_problem(r, 404, "/problems/not-found")
    assert item["id"] not in [a["id"] for a in outsider.api.ok("GET", "/api/v1/me/action-items")["action_items"]]

    # A participant of the team reads and writes their own note, but decides nothing (tests/test_participants.py).
    participant = join_team_via_invitation(admin, people["team"]["id"], role="participant", prefix="participant")
    participant.api.ok("GET", f"/api/v1/meetings/{mid}")
    expect_problem(participant.api.post(f"/api/v1/meetings/{mid}/decisions", {"text": "x"}), 403,
                   "/problems/forbidden")
    # A member writes in the meeting but does not plan it.
    member = people["member"]
    expect_problem(member.api.post(meetings_url(people), good_plan()), 403, "/problems/forbidden")
    expect_problem(member.api.post(f"/api/v1/meetings/{mid}/cancel"), 403, "/problems/forbidden")


def test_text_the_server_writes_is_in_the_language_of_the_person_acting(admin, people):
    """A lead who works in Spanish (the web app sends its language as Accept-Language) gets the proposed outreach
    title and the carried-over agenda items in Spanish; the same team read in English keeps what was written."""
    spanish = {"Accept-Language": "es"}
    team_id = people["team"]["id"]
    first = admin.api.ok("POST", meetings_url(people), good_plan(), status=201, headers=spanish)
    admin.api.ok("POST", f"/api/v1/meetings/{first['id']}/action-items",
                 {"title": "Llamar a la AMPA", "owner_id": people["maria"]["id"], "due": "2030-05-20"}, status=201)
    outreach = admin.api.ok("POST", f"/api/v1/teams/{team_id}/outreach-items",
                            {"gap_kind": "perspective", "gap_key": "students"}, status=201, headers=spanish)
    assert outreach["title"].startswith("Invitar a alguien que aporte esta perspectiva: ")
    assert "students" not in outreach["title"]  # the perspective's Spanish label, not its key
    admin.api.ok("POST", f"/api/v1/meetings/{first['id']}/close")
    nxt = admin.api.ok("POST", meetings_url(people), {"title": "Siguiente"}, status=201, headers=spanish)
    carried = [i["title"] for i in nxt["agenda"] if i["carried_over"]]
    assert carried[0] == "Trasladado: Llamar a la AMPA (" + people["maria"]["name"] + ", vence el 2030-05-20)"
    assert "Trasladado: " + outreach["title"] in carried
    # Read back by someone working in English: stored as written, not re-translated.
    again = admin.api.ok("GET", f"/api/v1/meetings/{nxt['id']}", headers={"Accept-Language": "en"})
    assert [i["title"] for i in again["agenda"] if i["carried_over"]] == carried
