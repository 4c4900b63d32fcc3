"""The home page's meetings (GET /api/v1/me/meetings): a person's next meetings, soonest first, with where they
happen and a calendar file, and the latest minutes; only their own teams' meetings, never anyone else's."""
from meeting_helpers import good_plan, team_with_people
from trellis_helpers import create_org, create_team


def ids(rows):
    return [r["id"] for r in rows]


def test_next_meetings_and_latest_minutes_are_the_callers_own(admin, server):
    people = team_with_people(admin)
    member = people["member"]
    team_id = people["team"]["id"]
    later = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings",
                         good_plan(title="Later", starts_at="2031-02-03T16:00:00-08:00"), status=201)
    sooner = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings",
                          good_plan(title="Sooner", starts_at="2031-01-06T08:00:00-08:00",
                                    location="Library, Room 4"), status=201)
    draft = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings", good_plan(status="draft"), status=201)
    cancelled = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings", good_plan(), status=201)
    admin.api.ok("POST", f"/api/v1/meetings/{cancelled['id']}/cancel")
    # A meeting that ended long ago and was closed: its minutes are the latest, not a next meeting.
    held = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings",
                        good_plan(title="Held", starts_at="2021-03-02T09:00:00-08:00"), status=201)
    admin.api.ok("POST", f"/api/v1/meetings/{held['id']}/close")
    # A meeting that ended but was never closed is neither.
    admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings",
                 good_plan(title="Past, open", starts_at="2021-04-02T09:00:00-08:00"), status=201)
    # Another district's team with its own meeting: never shown to this member.
    other_org = create_org(admin)
    other_team = create_team(admin, other_org["id"])
    stranger_meeting = admin.api.ok("POST", f"/api/v1/teams/{other_team['id']}/meetings",
                                    good_plan(starts_at="2030-12-01T09:00:00-08:00"), status=201)

    mine = member.api.ok("GET", "/api/v1/me/meetings")
    upcoming = [m for m in mine["upcoming"] if m["team"]["id"] == team_id]
    assert ids(upcoming) == [sooner["id"], later["id"]]
    assert stranger_meeting["id"] not in ids(mine["upcoming"])
    assert draft["id"] not in ids(mine["upcoming"]) and cancelled["id"] not in ids(mine["upcoming"])
    first = upcoming[0]
    assert first["title"] == "Sooner" and first["location"] == "Library, Room 4" and first["mode"] == "hybrid"
    assert first["time_zone"] == "America/Los_Angeles"
    assert first["starts_at"] == "2031-01-06T16:00:00Z" and first["ends_at"] == "2031-01-06T17:00:00Z"
    assert first["team"] == {"id": team_id, "name": people["team"]["name"]}
    calendar = member.api.get(first["calendar_file"])
    assert calendar.status_code == 200 and "BEGIN:VCALENDAR" in calendar.text
    assert ids(mine["recent_minutes"]) == [held["id"]]
    assert mine["recent_minutes"][0]["closed_at"] is not None

    # A person with no seat gets empty lists.
    nobody = server.make_user("nobody")
    assert nobody.api.ok("GET", "/api/v1/me/meetings") == {"upcoming": [], "recent_minutes": []}
    assert server.anon().get("/api/v1/me/meetings").status_code == 401
