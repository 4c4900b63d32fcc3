"""Each person's language and which e-mail they get (issue 15): the settings, minutes only to those who want
them and in their language, the one-click unsubscribe (RFC 8058), a plain-text part in every mail, the digest's
frequency."""
import re
import uuid

import requests

from meeting_helpers import count_mail, good_plan, team_with_people, wait_for_mail
from trellis_helpers import cli, expect_problem, expect_status, invite, mail_text

SETTINGS = "/api/v1/me/notification-settings"


def test_settings_round_trip_and_bad_values(server):
    person = server.make_user("prefs")
    assert person.api.ok("GET", SETTINGS) == {"language": "en", "minutes": True, "reminders": True, "digest": "daily"}
    changed = person.api.ok("PATCH", SETTINGS, {"language": "es", "minutes": False, "digest": "weekly"})
    assert changed == {"language": "es", "minutes": False, "reminders": True, "digest": "weekly"}
    assert person.api.ok("GET", SETTINGS) == changed
    for field, value in (("language", "fr"), ("digest", "monthly"), ("minutes", "no"), ("reminders", 1)):
        problem = expect_problem(person.api.patch(SETTINGS, {field: value}), 422, "/problems/validation")
        assert field in problem["detail"]
    assert person.api.ok("GET", SETTINGS) == changed  # nothing changed by a refusal
    expect_status(server.anon().get(SETTINGS), 401)


def test_a_new_account_takes_the_language_it_accepted_in(server, admin):
    from trellis_helpers import create_org
    org = create_org(admin)
    address = f"nuevo-{uuid.uuid4().hex[:8]}@test.example"
    _, token = invite(admin, f"/api/v1/organizations/{org['id']}/invitations", address, "member")
    r = requests.post(f"{server.base_url}/api/v1/invitations/{token}/accept",
                      json={"name": "Nuevo", "password": "pw-" + uuid.uuid4().hex},
                      headers={"Accept-Language": "es-MX,es;q=0.9"})
    expect_status(r, 200)
    person = server.user_from_existing(address, "Nuevo", "unused")
    assert person.api.ok("GET", SETTINGS)["language"] == "es"


def close_a_meeting(admin, team_id):
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings", good_plan(), status=201)
    admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/close")
    return meeting


def test_minutes_follow_each_persons_settings_and_unsubscribe_in_one_click(server, admin, mail_sink):
    people = team_with_people(admin)
    member = people["member"]
    member.api.ok("PATCH", SETTINGS, {"minutes": False})
    admin.api.ok("PATCH", SETTINGS, {"language": "es"})
    meeting = close_a_meeting(admin, people["team"]["id"])

    # The lead reads Spanish only, with dates written in Spanish.
    [msg] = wait_for_mail(mail_sink, admin.email, f"Acta: {meeting['title']}")
    text = msg.get_body(("plain",)).get_content()
    assert "Asistencia" in text and "de mayo de 2030" in text
    assert "Attendance" not in text and "Printable minutes" not in text and "/ Acta" not in str(msg["Subject"])
    # Others (an address without an account) get theirs; the member who turned minutes off gets none.
    wait_for_mail(mail_sink, people["maria"]["email"], f"Minutes: {meeting['title']}")
    assert count_mail(mail_sink, member.email, f"Minutes: {meeting['title']}") == 0
    assert count_mail(mail_sink, member.email, f"Invitation: {meeting['title']}") == 1  # transactional: still sent

    # One-click unsubscribe: the header names an HTTPS-style URL of this server, POSTed as a mail client does.
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    [url] = re.findall(r"<([^>]+)>", msg["List-Unsubscribe"])
    assert url.startswith(server.base_url + "/api/v1/unsubscribe/")
    page = url.replace("/api/v1/unsubscribe/", "/unsubscribe/")
    assert page in text  # the visible link goes to the page that asks first
    assert admin.api.ok("GET", SETTINGS)["minutes"] is True
    r = requests.post(url, data="List-Unsubscribe=One-Click",
                      headers={"Content-Type": "application/x-www-form-urlencoded"})
    expect_status(r, 200)
    assert admin.api.ok("GET", SETTINGS) == {"language": "es", "minutes": False, "reminders": True, "digest": "daily"}
    expect_status(requests.post(url), 200)  # again: still fine
    expect_problem(requests.post(server.base_url + "/api/v1/unsubscribe/nonsense"), 400, "/problems/invalid-token")

    # No more minutes for the lead.
    second = close_a_meeting(admin, people["team"]["id"])
    wait_for_mail(mail_sink, people["maria"]["email"], f"Minutes: {second['title']}")
    assert count_mail(mail_sink, admin.email, f"Acta: {second['title']}") == 0


def test_every_mail_has_a_plain_text_part(server, mail_sink):
    server.make_user("plain")  # at least one mail of some kind has gone out by now in this module
    messages = mail_sink.messages()
    assert messages
    for msg in messages:
        assert msg.get_body(("plain",)) is not None, msg["Subject"]


def digest(server, mail_sink, now):
    return cli("digest", "send", "--database", server.db_url, "--now", now,
               "--smtp", f"smtp://127.0.0.1:{mail_sink.port}", "--mail-from", "trellis@test.example",
               "--public-url", server.base_url).stdout


def test_the_digest_follows_each_persons_frequency(server, admin, mail_sink):
    people = team_with_people(admin)
    member = people["member"]
    seat = next(m for m in people["members"] if m["email"] == member.email)
    meeting = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings", good_plan(), status=201)
    admin.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/action-items",
                 {"title": "Print the survey", "owner_id": seat["id"], "due": "2032-06-10"}, status=201)

    member.api.ok("PATCH", SETTINGS, {"digest": "none"})
    digest(server, mail_sink, "2032-06-08T08:00:00Z")
    assert count_mail(mail_sink, member.email, "Trellis:") == 0

    member.api.ok("PATCH", SETTINGS, {"digest": "weekly"})
    digest(server, mail_sink, "2032-06-08T09:00:00Z")  # a Tuesday: weekly digests go out on Mondays
    assert count_mail(mail_sink, member.email, "Trellis:") == 0

    member.api.ok("PATCH", SETTINGS, {"digest": "daily", "language": "es"})
    digest(server, mail_sink, "2032-06-08T10:00:00Z")
    [msg] = wait_for_mail(mail_sink, member.email, "Trellis:")
    text = msg.get_body(("plain",)).get_content()
    assert "Print the survey" in text and "10 de junio de 2032" in text and "Overdue" not in text
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    [url] = re.findall(r"<([^>]+)>", msg["List-Unsubscribe"])
    expect_status(requests.post(url, data="List-Unsubscribe=One-Click",
                                headers={"Content-Type": "application/x-www-form-urlencoded"}), 200)
    assert member.api.ok("GET", SETTINGS)["digest"] == "none"
