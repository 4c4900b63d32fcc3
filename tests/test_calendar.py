"""Calendar: the meeting invitation (RFC 5545/5546) parsed with python3-icalendar, the invitation mail with
its text/calendar attachment, cancellation, and the private per-person feed with revocation."""
import icalendar

from meeting_helpers import good_plan, team_with_people, wait_for_mail
from trellis_helpers import expect_problem, expect_status


def parse(text: str):
    assert "\r\n" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n")), "lines folded at 75 octets"
    return icalendar.Calendar.from_ical(text)


def event_of(cal):
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 1
    return events[0]


def get_ics(user, meeting_id):
    r = user.api.get(f"/api/v1/meetings/{meeting_id}/invite.ics")
    expect_status(r, 200)
    assert r.headers["Content-Type"].startswith("text/calendar")
    return parse(r.text)


def test_invitation_fields_sequence_and_cancel(admin, mail_sink):
    people = team_with_people(admin)
    plan = good_plan(title="Calendar, check; please", location="Room 12, Building B")
    meeting = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings", plan, status=201)
    mid = meeting["id"]
    cal = get_ics(admin, mid)
    assert str(cal["METHOD"]) == "REQUEST"
    ev = event_of(cal)
    uid = str(ev["UID"])
    assert uid and ev["DTSTAMP"].dt.tzinfo is not None
    assert ev["DTSTART"].dt.isoformat() == "2030-05-14T16:00:00+00:00"
    assert ev["DTEND"].dt.isoformat() == "2030-05-14T17:00:00+00:00"
    assert int(ev["SEQUENCE"]) == 0
    assert str(ev["SUMMARY"]).startswith("Calendar, check; please")
    assert str(ev["LOCATION"]) == "Room 12, Building B"
    assert "Agree who is missing" in str(ev["DESCRIPTION"]) and "Plan outreach" in str(ev["DESCRIPTION"])
    assert str(ev["ORGANIZER"]).lower() == f"mailto:{admin.email}".lower()
    attendees = ev["ATTENDEE"] if isinstance(ev["ATTENDEE"], list) else [ev["ATTENDEE"]]
    assert {str(a).lower() for a in attendees} == {f"mailto:{m['email']}".lower() for m in people["members"]}

    # The invitation mail carries it as text/calendar; method=REQUEST.
    msg = wait_for_mail(mail_sink, people["maria"]["email"], "Invitation")[0]
    parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert parts and parts[0].get_param("method") == "REQUEST"
    attached = icalendar.Calendar.from_ical(parts[0].get_payload(decode=True))
    assert str(event_of(attached)["UID"]) == uid

    # Every change of a scheduled meeting raises SEQUENCE; the UID stays.
    updated = admin.api.ok("PATCH", f"/api/v1/meetings/{mid}", {"location": "Room 14", "version": meeting["version"]})
    ev = event_of(get_ics(admin, mid))
    assert int(ev["SEQUENCE"]) == 1 and str(ev["UID"]) == uid and str(ev["LOCATION"]) == "Room 14"
    admin.api.ok("PATCH", f"/api/v1/meetings/{mid}", {"duration_minutes": 45,
                                                     "agenda": [{"title": "Talk", "minutes": 30, "kind": "topic"},
                                                                {"title": "Questions", "minutes": 15, "kind": "discussion"}],
                                                     "objectives": ["Identify the team"],
                                                     "version": updated["version"]})
    assert int(event_of(get_ics(admin, mid))["SEQUENCE"]) == 2
    wait_for_mail(mail_sink, people["maria"]["email"], "Updated invitation", count=2)

    admin.api.ok("POST", f"/api/v1/meetings/{mid}/cancel")
    cal = get_ics(admin, mid)
    assert str(cal["METHOD"]) == "CANCEL"
    ev = event_of(cal)
    assert str(ev["UID"]) == uid and int(ev["SEQUENCE"]) == 3 and str(ev["STATUS"]) == "CANCELLED"
    msg = wait_for_mail(mail_sink, people["maria"]["email"], "Cancelled")[0]
    parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert parts and parts[0].get_param("method") == "CANCEL"
    expect_problem(admin.api.post(f"/api/v1/meetings/{mid}/cancel"), 409, "/problems/meeting-closed")

    draft = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings", {"title": "Draft"}, status=201)
    expect_problem(admin.api.get(f"/api/v1/meetings/{draft['id']}/invite.ics"), 404, "/problems/not-found")


def test_personal_feed_lists_meetings_and_due_dates_and_can_be_revoked(server, admin):
    people = team_with_people(admin)
    member = people["member"]
    meeting = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings", good_plan(), status=201)
    row = next(m for m in people["members"] if m["email"] == member.email)
    admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/action-items",
                 {"title": "Draft the family survey", "owner_id": row["id"], "due": "2030-06-01"}, status=201)
    feed = member.api.ok("POST", "/api/v1/me/calendar-feed", status=201)
    assert feed["path"].startswith("/calendar/") and feed["path"].endswith(".ics")
    assert feed["url"] == server.base_url + feed["path"]
    anon = server.anon()
    r = anon.get(feed["path"])
    expect_status(r, 200)
    cal = parse(r.text)
    assert "METHOD" not in cal
    events = list(cal.walk("VEVENT"))
    meeting_uid = str(event_of(get_ics(admin, meeting["id"]))["UID"])
    assert meeting_uid in [str(e["UID"]) for e in events]
    due = [e for e in events if "Draft the family survey" in str(e["SUMMARY"])]
    assert due and due[0]["DTSTART"].dt.isoformat() == "2030-06-01"

    # A new feed revokes the old one; DELETE revokes the new one.
    newer = member.api.ok("POST", "/api/v1/me/calendar-feed", status=201)
    expect_problem(anon.get(feed["path"]), 404, "/problems/not-found")
    expect_status(anon.get(newer["path"]), 200)
    member.api.ok("DELETE", "/api/v1/me/calendar-feed", status=204)
    expect_problem(anon.get(newer["path"]), 404, "/problems/not-found")
    expect_problem(anon.get("/calendar/not-a-token.ics"), 404, "/problems/not-found")
    expect_problem(member.api.delete("/api/v1/me/calendar-feed"), 404, "/problems/not-found")
