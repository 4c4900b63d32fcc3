"""Times in the meeting's own time zone (issue 17): mails, minutes and the printable minutes read a meeting on its
own wall clock with the zone's short name, in the reader's language; never as UTC."""
from meeting_helpers import good_plan, team_with_people, wait_for_mail
from trellis_helpers import expect_status

SETTINGS = "/api/v1/me/notification-settings"
WINTER = "2030-12-05T16:00:00Z"  # a Thursday: 8:00 AM PST in Los Angeles, 11:00 AM EST in New York


def plain(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def test_invitation_and_minutes_read_the_meetings_own_clock_in_each_language(server, admin, mail_sink):
    people = team_with_people(admin)
    admin.api.ok("PATCH", SETTINGS, {"language": "es"})
    meeting = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings",
                           good_plan(starts_at=WINTER, time_zone="America/Los_Angeles"), status=201)

    [english] = wait_for_mail(mail_sink, people["maria"]["email"], f"Invitation: {meeting['title']}")
    text = plain(english)
    assert "Thursday, December 5, 2030, 8:00 AM PST" in str(english["Subject"])
    assert "When: Thursday, December 5, 2030, 8:00 AM PST (America/Los_Angeles)" in text
    assert "16:00" not in text and "UTC" not in text

    [spanish] = wait_for_mail(mail_sink, admin.email, f"Invitación: {meeting['title']}")
    text = plain(spanish)
    assert "Cuándo: jueves, 5 de diciembre de 2030, 8:00 a. m. PST" in text
    assert "Thursday" not in text and "UTC" not in text

    admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/close")
    [minutes] = wait_for_mail(mail_sink, people["maria"]["email"], f"Minutes: {meeting['title']}")
    assert "Starts: Thursday, December 5, 2030, 8:00 AM PST (Time zone: America/Los_Angeles)" in plain(minutes)
    [acta] = wait_for_mail(mail_sink, admin.email, f"Acta: {meeting['title']}")
    assert "Inicio: jueves, 5 de diciembre de 2030, 8:00 a. m. PST" in plain(acta)

    # The printable minutes, in each language.
    r = admin.api.get(f"/api/v1/meetings/{meeting['id']}/minutes?format=html")
    expect_status(r, 200)
    assert "Thursday, December 5, 2030, 8:00 AM PST" in r.text and "16:00" not in r.text
    r = admin.api.get(f"/api/v1/meetings/{meeting['id']}/minutes?format=html&lang=es")
    assert "jueves, 5 de diciembre de 2030, 8:00 a. m. PST" in r.text


def test_summer_meetings_read_daylight_time(admin, mail_sink):
    people = team_with_people(admin)
    meeting = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings",
                           good_plan(starts_at="2030-07-11T16:00:00Z", time_zone="America/New_York"), status=201)
    [msg] = wait_for_mail(mail_sink, people["maria"]["email"], f"Invitation: {meeting['title']}")
    assert "Thursday, July 11, 2030, 12:00 PM EDT (America/New_York)" in plain(msg)


def random_digits(n: int) -> str:
    import random
    return "".join(random.choice("0123456789") for _ in range(n))


def test_a_team_starts_in_its_organizations_zone_and_its_managers_change_it(admin):
    from trellis_helpers import create_org, create_team, expect_problem
    california = create_org(admin, cds_code="27" + random_digits(12))
    new_york = create_org(admin, nces_id="36" + random_digits(5))
    nowhere = create_org(admin)
    assert create_team(admin, california["id"])["time_zone"] == "America/Los_Angeles"
    assert create_team(admin, nowhere["id"])["time_zone"] == "UTC"
    team = create_team(admin, new_york["id"])
    assert team["time_zone"] == "America/New_York"
    listed = admin.api.ok("GET", "/api/v1/teams")["teams"]
    assert next(t for t in listed if t["id"] == team["id"])["time_zone"] == "America/New_York"

    url = f"/api/v1/teams/{team['id']}"
    changed = admin.api.ok("PATCH", url, {"time_zone": "America/Chicago", "version": team["version"]})
    assert changed["time_zone"] == "America/Chicago" and changed["version"] == team["version"] + 1
    assert changed["name"] == team["name"]
    expect_problem(admin.api.patch(url, {"time_zone": "Mars/Olympus", "version": changed["version"]}), 422,
                   "/problems/validation", "time_zone")
    stale = expect_problem(admin.api.patch(url, {"time_zone": "America/Denver", "version": team["version"]}), 409,
                           "/problems/stale-edit")
    assert stale["current"]["time_zone"] == "America/Chicago"
