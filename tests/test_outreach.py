"""Outreach items that close (issue 15): an owner on the team, a real due date and a status; marked done by a person
(who and when); closed on their own when a member who covers the gap joins or has it recorded; carried onto a new
agenda only while open; counted in My work, the team's follow-through and the daily digest."""
from meeting_helpers import count_mail, good_plan, team_with_people, wait_for_mail
from trellis_helpers import (add_member, cli, create_org, create_team, expect_problem, join_team_via_invitation,
                             mail_text, unique)

INVALID = "/problems/validation"


def items_url(team_id, item_id=None):
    return f"/api/v1/teams/{team_id}/outreach-items" + (f"/{item_id}" if item_id else "")


def record(user, team_id, key, kind="perspective", **fields):
    return user.api.ok("POST", items_url(team_id), {"gap_kind": kind, "gap_key": key, **fields}, status=201)


def item_on_team_page(user, team_id, item_id):
    return next(i for i in user.api.ok("GET", f"/api/v1/teams/{team_id}")["outreach_items"] if i["id"] == item_id)


def test_owner_and_due_date_are_set_checked_and_stale_edits_refused(admin):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    item = record(admin, team_id, "community_partners")
    assert item["status"] == "open" and item["owner_member_id"] is None and item["version"] == 1

    set_ = admin.api.ok("PATCH", items_url(team_id, item["id"]),
                        {"owner_member_id": people["maria"]["id"], "due_on": "2030-05-01", "version": 1})
    assert set_["owner_member_id"] == people["maria"]["id"] and set_["owner_name"] == "María Parent"
    assert set_["due_on"] == "2030-05-01" and set_["version"] == 2
    assert item_on_team_page(admin, team_id, item["id"]) == set_

    # An owner from another team, a date that does not exist, a status that does not: 422 naming the field.
    other = create_team(admin, people["org"]["id"])
    stranger = add_member(admin, other["id"], name="Not On This Team")
    expect_problem(admin.api.request("PATCH", items_url(team_id, item["id"]),
                                     {"owner_member_id": stranger["id"], "version": 2}), 422, INVALID,
                   "owner_member_id")
    expect_problem(admin.api.request("PATCH", items_url(team_id, item["id"]), {"due_on": "2030-02-30", "version": 2}),
                   422, INVALID, "due_on")
    expect_problem(admin.api.request("PATCH", items_url(team_id, item["id"]), {"status": "finished", "version": 2}),
                   422, INVALID, "status")
    # Someone saved since version 1 was read: 409 with the current item; nothing changed.
    r = admin.api.request("PATCH", items_url(team_id, item["id"]), {"due_on": "2031-01-01", "version": 1})
    assert r.status_code == 409 and r.json()["current"]["due_on"] == "2030-05-01"
    # null clears the owner and the date; an item of another team is not found under this one.
    cleared = admin.api.ok("PATCH", items_url(team_id, item["id"]),
                           {"owner_member_id": None, "due_on": None, "version": 2})
    assert cleared["owner_member_id"] is None and cleared["due_on"] is None
    elsewhere = record(admin, other["id"], "students")
    r = admin.api.request("PATCH", items_url(team_id, elsewhere["id"]), {"status": "done", "version": 1})
    assert r.status_code == 404


def test_marked_done_by_a_member_records_who_and_when_and_a_participant_may_not(admin):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    member = people["member"]
    item = record(admin, team_id, "students")
    participant = join_team_via_invitation(admin, team_id, role="participant", prefix="participant")
    r = participant.api.request("PATCH", items_url(team_id, item["id"]), {"status": "done", "version": 1})
    assert r.status_code == 403

    done = member.api.ok("PATCH", items_url(team_id, item["id"]), {"status": "done", "version": 1})
    assert done["status"] == "done"
    assert done["done_by"] == member.id and done["done_by_name"] == member.name and done["done_at"]
    assert done["closed_at"] is None
    # Reopened: the facts of the earlier status go.
    reopened = admin.api.ok("PATCH", items_url(team_id, item["id"]), {"status": "open", "version": done["version"]})
    assert reopened["status"] == "open" and reopened["done_by"] is None and reopened["done_at"] is None
    # Closed by a person: who, when and their own words.
    closed = admin.api.ok("PATCH", items_url(team_id, item["id"]),
                          {"status": "closed", "closed_note": "The student council will send someone",
                           "version": reopened["version"]})
    assert closed["closed_by"] == admin.id and closed["closed_note"] == "The student council will send someone"
    assert closed["closed_by_member_id"] is None


def test_a_member_who_covers_the_gap_closes_it_when_added_or_edited(admin):
    org = create_org(admin, grade_spans=["elementary", "middle"])
    team = create_team(admin, org["id"], name=unique("WL"))
    team_id = team["id"]
    add_member(admin, team_id, name="Maria Parent", perspectives=["families"], grade_spans=["elementary"])
    partners = record(admin, team_id, "community_partners", due_on="2030-05-01")
    students = record(admin, team_id, "students")
    middle = record(admin, team_id, "middle", kind="grade_span")

    # Added on the team page with the perspective: that gap's item closes, naming her; the others stay open.
    ana = add_member(admin, team_id, name="Ana Pérez", perspectives=["community_partners"])
    closed = item_on_team_page(admin, team_id, partners["id"])
    assert closed["status"] == "closed" and closed["closed_at"]
    assert closed["closed_by_member_id"] == ana["id"] and closed["closed_by_member_name"] == "Ana Pérez"
    assert closed["closed_by"] is None and closed["closed_note"] is None
    assert item_on_team_page(admin, team_id, students["id"])["status"] == "open"
    assert item_on_team_page(admin, team_id, middle["id"])["status"] == "open"

    # Her seat edited to work in the middle grades: the grade span's item closes too.
    admin.api.ok("PATCH", f"/api/v1/teams/{team_id}/members/{ana['id']}",
                 {"grade_spans": ["middle"], "version": ana["version"]})
    span = item_on_team_page(admin, team_id, middle["id"])
    assert span["status"] == "closed" and span["closed_by_member_name"] == "Ana Pérez"
    assert item_on_team_page(admin, team_id, students["id"])["status"] == "open"


def test_a_person_who_joins_by_invitation_closes_the_gap_their_seat_brings(admin):
    org = create_org(admin)
    team = create_team(admin, org["id"], name=unique("WL"))
    team_id = team["id"]
    item = record(admin, team_id, "students")
    # She accepts the team's invitation; the seat it made brings nothing yet, so the gap stays open...
    sofia = join_team_via_invitation(admin, team_id, role="member", prefix="sofia")
    assert item_on_team_page(admin, team_id, item["id"])["status"] == "open"
    seat = next(m for m in admin.api.ok("GET", f"/api/v1/teams/{team_id}")["members"] if m["user_id"] == sofia.id)
    # ...until the student perspective is recorded on her seat: closed, naming her.
    admin.api.ok("PATCH", f"/api/v1/teams/{team_id}/members/{seat['id']}",
                 {"perspectives": ["students"], "version": seat["version"]})
    closed = item_on_team_page(admin, team_id, item["id"])
    assert closed["status"] == "closed" and closed["closed_by_member_id"] == seat["id"]
    assert closed["closed_by_member_name"] == sofia.name


def test_a_done_item_is_not_carried_onto_the_next_agenda_and_an_open_one_is(admin):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    open_item = record(admin, team_id, "students")
    done_item = record(admin, team_id, "community_partners")
    admin.api.ok("PATCH", items_url(team_id, done_item["id"]), {"status": "done", "version": 1})
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings", good_plan(), status=201)
    carried = [i["outreach_item_id"] for i in meeting["agenda"] if i["outreach_item_id"]]
    assert carried == [open_item["id"]]


def test_my_work_and_follow_through_count_outreach_apart(admin):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    member = people["member"]
    seat = next(m for m in people["members"] if m["user_id"] == member.id)
    before = admin.api.ok("GET", f"/api/v1/teams/{team_id}/follow-through")
    late = record(admin, team_id, "students", owner_member_id=seat["id"], due_on="2020-01-15")
    later = record(admin, team_id, "community_partners", owner_member_id=seat["id"])
    done = record(admin, team_id, "administration", owner_member_id=seat["id"], due_on="2030-01-01")
    member.api.ok("PATCH", items_url(team_id, done["id"]), {"status": "done", "version": 1})

    work = member.api.ok("GET", "/api/v1/me/action-items")
    mine = [(i["id"], i["overdue"]) for i in work["outreach_items"] if i["team_id"] == team_id]
    assert mine == [(late["id"], True), (later["id"], False)]  # dated first, undated last; done ones gone
    assert work["outreach_items"][0]["team_name"] == people["team"]["name"]
    assert all(i["team_id"] != team_id for i in admin.api.ok("GET", "/api/v1/me/action-items")["outreach_items"])

    figures = admin.api.ok("GET", f"/api/v1/teams/{team_id}/follow-through")
    assert figures["outreach"] == {"total": 3, "open": 2, "overdue": 1, "done": 1, "closed": 0}
    assert figures["total"] == before["total"]  # the action items' figures keep their meaning


def test_the_digest_lists_an_owners_dated_outreach(admin, server, mail_sink):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    member = people["member"]
    seat = next(m for m in people["members"] if m["user_id"] == member.id)
    record(admin, team_id, "students", owner_member_id=seat["id"], due_on="2032-03-12",
           title="Ask the student council")
    cli("digest", "send", "--database", server.db_url, "--now", "2032-03-10T08:00:00Z",
        "--smtp", f"smtp://127.0.0.1:{mail_sink.port}", "--mail-from", "trellis@test.example",
        "--public-url", server.base_url)
    text = mail_text(wait_for_mail(mail_sink, member.email, "action item")[0])
    assert "Outreach: Ask the student council" in text and "2032-03-12" in text
    assert count_mail(mail_sink, member.email, "action item") == 1
