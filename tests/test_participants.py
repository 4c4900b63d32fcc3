"""Participants (issue 15): family, student and community members hold a `participant` seat on a team. They read
the team's meetings and minutes and take part in them on their own behalf (their attendance, their notes, the
status of the items they own), decide nothing for others, and see the other people's names but not their e-mail
addresses. `guest` is no longer a team role."""
import pytest

from data_helpers import create_district
from meeting_helpers import good_plan
from trellis_helpers import create_team, expect_problem, join_team_via_invitation


@pytest.fixture(scope="module")
def team(server, mail_sink):
    admin = server.make_user("padmin")
    district = create_district(admin)
    t = create_team(admin, district["id"])
    lead = join_team_via_invitation(admin, t["id"], role="lead", prefix="plead")
    member = join_team_via_invitation(admin, t["id"], role="member", prefix="pmember")
    family = join_team_via_invitation(admin, t["id"], role="participant", prefix="family")
    seats = {m["user_id"]: m for m in lead.api.ok("GET", f"/api/v1/teams/{t['id']}")["members"]}
    meeting = lead.api.ok("POST", f"/api/v1/teams/{t['id']}/meetings", good_plan(), status=201)
    return {"admin": admin, "district": district, "team": t, "lead": lead, "member": member, "family": family,
            "seat": {name: seats[user.id] for name, user in
                     (("lead", lead), ("member", member), ("family", family))},
            "meeting": meeting}


def test_the_participant_role_replaces_guest(team):
    t, lead = team["team"]["id"], team["lead"]
    assert team["seat"]["family"]["role"] == "participant"
    assert team["family"].api.ok("GET", f"/api/v1/teams/{t}")["my_role"] == "participant"
    expect_problem(lead.api.request("POST", f"/api/v1/teams/{t}/invitations",
                                    {"email": "someone@families.example", "role": "guest"}),
                   422, "/problems/validation", "role")
    member = team["seat"]["member"]
    expect_problem(lead.api.request("PATCH", f"/api/v1/teams/{t}/members/{member['id']}",
                                    {"role": "guest", "version": member["version"]}),
                   422, "/problems/validation", "role")


def test_a_participant_reads_meetings_and_minutes(team):
    family, lead, t = team["family"], team["lead"], team["team"]["id"]
    meetings = family.api.ok("GET", f"/api/v1/teams/{t}/meetings")["meetings"]
    assert team["meeting"]["id"] in [m["id"] for m in meetings]
    shown = family.api.ok("GET", f"/api/v1/meetings/{team['meeting']['id']}")
    assert shown["may"] == {"take_part": True, "contribute": False, "manage": False, "update_own_items": True}
    assert shown["my_member_id"] == team["seat"]["family"]["id"]
    closed = lead.api.ok("POST", f"/api/v1/teams/{t}/meetings", good_plan(title="Closed for minutes"), status=201)
    lead.api.ok("POST", f"/api/v1/meetings/{closed['id']}/close")
    assert family.api.ok("GET", f"/api/v1/meetings/{closed['id']}/minutes")["title"] == "Closed for minutes"


def test_a_participant_records_their_own_attendance_and_note_and_decides_nothing(team):
    family, m = team["family"], team["meeting"]
    mid, item = m["id"], m["agenda"][0]["id"]
    mine, members = team["seat"]["family"]["id"], team["seat"]["member"]["id"]
    assert family.api.ok("PUT", f"/api/v1/meetings/{mid}/attendance/{mine}", {"status": "present"})["status"] \
        == "present"
    note = family.api.ok("PUT", f"/api/v1/meetings/{mid}/notes/{item}", {"text": "Families want evening hours"},
                         status=201)
    assert note["text"] == "Families want evening hours"
    expect_problem(family.api.request("PUT", f"/api/v1/meetings/{mid}/attendance/{members}", {"status": "absent"}),
                   403, "/problems/forbidden")
    expect_problem(family.api.request("POST", f"/api/v1/meetings/{mid}/decisions", {"text": "We decide"}),
                   403, "/problems/forbidden")
    expect_problem(family.api.request("POST", f"/api/v1/meetings/{mid}/action-items",
                                      {"title": "For someone", "owner_id": members, "due": "2030-06-01"}),
                   403, "/problems/forbidden")
    shown = team["lead"].api.ok("GET", f"/api/v1/meetings/{mid}")
    assert {a["member_id"]: a["status"] for a in shown["attendance"]}[mine] == "present"
    assert {a["member_id"]: a["status"] for a in shown["attendance"]}[members] is None
    assert [n["text"] for n in shown["notes"]] == ["Families want evening hours"]


def test_a_participant_owns_items_and_changes_only_their_status(team):
    family, lead, mid = team["family"], team["lead"], team["meeting"]["id"]
    own = lead.api.ok("POST", f"/api/v1/meetings/{mid}/action-items",
                      {"title": "Ask families about meeting times", "owner_id": team["seat"]["family"]["id"],
                       "due": "2030-06-01"}, status=201)
    other = lead.api.ok("POST", f"/api/v1/meetings/{mid}/action-items",
                        {"title": "Book the library", "owner_id": team["seat"]["member"]["id"],
                         "due": "2030-06-01"}, status=201)
    expect_problem(family.api.request("PATCH", f"/api/v1/action-items/{own['id']}",
                                      {"status": "blocked", "version": own["version"]}),
                   422, "/problems/validation", "comment")
    blocked = family.api.ok("PATCH", f"/api/v1/action-items/{own['id']}",
                            {"status": "blocked", "comment": "Waiting for the survey in Spanish",
                             "version": own["version"]})
    assert (blocked["status"], blocked["status_comment"]) == ("blocked", "Waiting for the survey in Spanish")
    # Blocked is still open: it stays in the owner's work.
    work = family.api.ok("GET", "/api/v1/me/action-items")["action_items"]
    assert own["id"] in [a["id"] for a in work]
    shown = lead.api.ok("GET", f"/api/v1/meetings/{mid}")
    assert {a["id"]: a["status_comment"] for a in shown["action_items"]}[own["id"]] == \
        "Waiting for the survey in Spanish"
    done = family.api.ok("PATCH", f"/api/v1/action-items/{own['id']}", {"status": "done",
                                                                         "version": blocked["version"]})
    assert done["status"] == "done" and done["status_comment"] is None and done["done_on"]
    # The item's title, owner and due date are the team's; another person's item is not theirs to change.
    expect_problem(family.api.request("PATCH", f"/api/v1/action-items/{own['id']}",
                                      {"title": "Renamed", "version": done["version"]}), 403, "/problems/forbidden")
    expect_problem(family.api.request("PATCH", f"/api/v1/action-items/{other['id']}",
                                      {"status": "done", "version": other["version"]}), 403, "/problems/forbidden")
    assert lead.api.ok("GET", f"/api/v1/meetings/{mid}")["action_items"][-1]["status"] == "open"


def test_a_viewer_changes_the_status_of_their_own_item(team):
    admin, lead, mid, t = team["admin"], team["lead"], team["meeting"]["id"], team["team"]["id"]
    viewer = join_team_via_invitation(admin, t, role="viewer", prefix="pviewer")
    shown = viewer.api.ok("GET", f"/api/v1/meetings/{mid}")
    assert shown["may"] == {"take_part": False, "contribute": False, "manage": False, "update_own_items": True}
    item = lead.api.ok("POST", f"/api/v1/meetings/{mid}/action-items",
                       {"title": "Read the report", "owner_id": shown["my_member_id"], "due": "2030-06-02"},
                       status=201)
    assert viewer.api.ok("PATCH", f"/api/v1/action-items/{item['id']}",
                         {"status": "done", "version": item["version"]})["status"] == "done"
    expect_problem(viewer.api.request("PUT", f"/api/v1/meetings/{mid}/notes/{team['meeting']['agenda'][0]['id']}",
                                      {"text": "x"}), 403, "/problems/forbidden")


def test_a_participant_sees_names_but_not_other_peoples_addresses(team):
    family, lead, t, mid = team["family"], team["lead"], team["team"]["id"], team["meeting"]["id"]
    others = [team["lead"].email, team["member"].email, team["admin"].email]
    members = family.api.ok("GET", f"/api/v1/teams/{t}")["members"]
    for m in members:
        assert m["name"]
        assert m["email"] == (family.email if m["user_id"] == family.id else None), m
    for path in (f"/api/v1/teams/{t}", f"/api/v1/meetings/{mid}", f"/api/v1/teams/{t}/meetings",
                 f"/api/v1/meetings/{mid}/invite.ics", "/api/v1/me/action-items"):
        text = family.api.request("GET", path).text
        for address in others:
            assert address not in text, f"{path} shows {address} to a participant"
    # A lead sees the team's addresses.
    assert {m["email"] for m in lead.api.ok("GET", f"/api/v1/teams/{t}")["members"]} >= {team["member"].email,
                                                                                         family.email}


def test_a_participant_never_reads_full_student_counts(team):
    family, d = team["family"], team["district"]["id"]
    for suffix in ("/data", "/teachers"):
        expect_problem(family.api.request("GET", f"/api/v1/organizations/{d}{suffix}"), 404, "/problems/not-found")


def test_a_participants_calendar_invitation_lists_no_one_elses_address(team, mail_sink):
    """The invitation mail's calendar file names every attendee with their address; a participant's names only
    them, while a member's still lists the whole team (the policy's contact-details rule, applied to mail too)."""
    import icalendar

    from meeting_helpers import wait_for_mail

    def attendees_in_invitation(user, subject):
        msg = wait_for_mail(mail_sink, user.email, subject)[-1]
        part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
        event = next(c for c in icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT"))
        found = event.get("ATTENDEE", [])
        found = found if isinstance(found, list) else [found]
        return {str(a).lower().removeprefix("mailto:") for a in found}

    title = "Calendar privacy check"
    team["lead"].api.ok("POST", f"/api/v1/teams/{team['team']['id']}/meetings", good_plan(title=title), status=201)
    assert attendees_in_invitation(team["family"], title) == {team["family"].email.lower()}
    seen_by_member = attendees_in_invitation(team["member"], title)
    assert {team["lead"].email.lower(), team["member"].email.lower(), team["family"].email.lower()} <= seen_by_member
