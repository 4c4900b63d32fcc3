"""Guards around a meeting (issue 17): the meeting says what closing would send (by mail to so many people, or
nothing on a server without mail), closing early is the facilitator's call (never refused) but closing twice is a
409, and an action item cannot be due before its meeting's date, whichever way it is made."""
import pytest

from meeting_helpers import good_plan, team_with_people, wait_for_mail
from trellis_helpers import add_member, create_org, create_team, expect_problem, unique_email


@pytest.fixture
def people(admin):
    return team_with_people(admin)


def plan_meeting(admin, people, **overrides):
    return admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings", good_plan(**overrides), status=201)


def addresses(people):
    return {m["email"] for m in people["members"] if m.get("email")}


def test_the_meeting_says_to_how_many_people_closing_mails_the_minutes(admin, people, mail_sink):
    meeting = plan_meeting(admin, people)
    seen = admin.api.ok("GET", f"/api/v1/meetings/{meeting['id']}")
    assert seen["minutes_mail"] == {"mailed": True, "recipients": len(addresses(people))}

    # A member who turned minutes mail off is not counted.
    people["member"].api.ok("PATCH", "/api/v1/me/notification-settings", {"minutes": False})
    seen = admin.api.ok("GET", f"/api/v1/meetings/{meeting['id']}")
    assert seen["minutes_mail"]["recipients"] == len(addresses(people)) - 1

    # Closing before the start, with no attendance recorded, is allowed: the question is the web app's.
    assert all(a["status"] is None for a in seen["attendance"])
    closed = admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/close")
    assert closed["mailed"] is True and closed["meeting_id"] == meeting["id"]
    wait_for_mail(mail_sink, admin.email, "Minutes")

    # Closing twice is refused, and sends nothing more.
    r = admin.api.request("POST", f"/api/v1/meetings/{meeting['id']}/close")
    assert "closed" in expect_problem(r, 409, "/problems/meeting-closed")["detail"]


def test_without_mail_closing_makes_minutes_to_print_or_share(launcher):
    mailless = launcher.start(smtp=False)
    admin = mailless.make_user("orgadmin")
    org = create_org(admin)
    team = create_team(admin, org["id"])
    add_member(admin, team["id"], name="María Parent", email_addr=unique_email("maria"))
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team['id']}/meetings", good_plan(), status=201)
    seen = admin.api.ok("GET", f"/api/v1/meetings/{meeting['id']}")
    assert seen["minutes_mail"] == {"mailed": False, "recipients": 2}  # counted all the same
    closed = admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/close")
    assert closed["mailed"] is False
    assert admin.api.ok("GET", f"/api/v1/meetings/{meeting['id']}/minutes")["meeting_id"] == meeting["id"]


def test_a_cancelled_meeting_cannot_be_closed(admin, people):
    meeting = plan_meeting(admin, people)
    admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/cancel")
    expect_problem(admin.api.request("POST", f"/api/v1/meetings/{meeting['id']}/close"), 409, "/problems/meeting-closed")


def test_an_action_item_due_before_the_meetings_date_is_refused(admin, people):
    meeting = plan_meeting(admin, people)  # 2030-05-14, 9:00 in Los Angeles
    items = f"/api/v1/meetings/{meeting['id']}/action-items"
    owner = people["maria"]["id"]
    r = admin.api.request("POST", items, {"title": "Call families", "owner_id": owner, "due": "2030-05-13"})
    body = expect_problem(r, 422, "/problems/validation", "due")
    error = next(e for e in body["errors"] if e["field"] == "due")
    assert error["message"] == "is before the meeting's date (2030-05-14)"
    assert "due: is before the meeting's date (2030-05-14)" in body["detail"]
    assert admin.api.ok("GET", f"/api/v1/meetings/{meeting['id']}")["action_items"] == []

    # Due on the meeting's own day is fine; so is any later day.
    item = admin.api.ok("POST", items, {"title": "Call families", "owner_id": owner, "due": "2030-05-14"}, status=201)
    assert item["due"] == "2030-05-14"

    # Moving it earlier is refused the same way; an edit that keeps the date is not.
    r = admin.api.request("PATCH", f"/api/v1/action-items/{item['id']}", {"due": "2030-05-01", "version": item["version"]})
    expect_problem(r, 422, "/problems/validation", "due")
    kept = admin.api.ok("PATCH", f"/api/v1/action-items/{item['id']}",
                        {"due": "2030-05-14", "title": "Call the families", "version": item["version"]})
    assert kept["title"] == "Call the families" and kept["due"] == "2030-05-14"


def test_an_evening_meeting_in_los_angeles_takes_items_due_that_day(admin, people):
    # 19:00 in Los Angeles on May 14 is already May 15 in UTC: the meeting's date is still the 14th.
    meeting = plan_meeting(admin, people, starts_at="2030-05-14T19:00:00-07:00")
    items = f"/api/v1/meetings/{meeting['id']}/action-items"
    admin.api.ok("POST", items, {"title": "Same day", "owner_id": people["maria"]["id"], "due": "2030-05-14"},
                 status=201)
