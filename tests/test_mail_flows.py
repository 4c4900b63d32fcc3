"""Password reset and invitations, through the real SMTP sink."""
import time
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from trellis_helpers import (CookieClient, add_member, create_org, create_team, expect_problem, expect_status,
                             find_links, invitation_token, invite, mail_text, unique, unique_email)


def link_in_mail(msg, path_part):
    links = [l for l in find_links(mail_text(msg)) if path_part in l]
    assert links, f"no link containing {path_part!r} in:\n{mail_text(msg)}"
    return links[0]


def reset_token_from_mail(server, msg):
    link = link_in_mail(msg, "/reset-password")
    assert link.startswith(server.base_url + "/reset-password?token="), link
    token = parse_qs(urlparse(link).query)["token"][0]
    assert len(token) >= 20
    return token


# ---------------------------------------------------------------------------------------------- reset

def test_password_reset_end_to_end(server, mail_sink):
    person = server.make_user("forgetful")
    old_session = person.cookie_client()
    r = server.anon().post("/api/v1/password-resets", {"email": person.email.upper()})
    expect_status(r, 202)
    [msg] = mail_sink.wait_for(person.email)
    assert "trellis@test.example" in str(msg["From"])
    # An RFC 5322 date (English day and month names, +0000) close to now: mail clients sort by it.
    assert abs(parsedate_to_datetime(msg["Date"]) - datetime.now(timezone.utc)) < timedelta(minutes=5), msg["Date"]
    assert str(msg["Date"]).endswith("+0000")
    token = reset_token_from_mail(server, msg)

    new_password = "brand-new-password-42"
    expect_status(server.anon().post("/api/v1/password-resets/confirm", {"token": token, "password": new_password}),
                  204)
    c = CookieClient(server.base_url)
    expect_problem(c.sign_in(person.email, person.password), 401, "/problems/invalid-credentials")
    expect_status(c.sign_in(person.email, new_password), 200)
    # Sessions that existed before the reset are over.
    expect_problem(old_session.get("/api/v1/me"), 401, "/problems/unauthenticated")

    # The link works once.
    r = server.anon().post("/api/v1/password-resets/confirm", {"token": token, "password": "a-third-password-99"})
    expect_problem(r, 400, "/problems/invalid-token")
    expect_status(CookieClient(server.base_url).sign_in(person.email, new_password), 200)


def test_reset_for_unknown_email_answers_202_and_sends_nothing(server, mail_sink):
    ghost = unique_email("ghost")
    expect_status(server.anon().post("/api/v1/password-resets", {"email": ghost}), 202)
    # A request for a real account made afterwards arrives; by then the ghost's would have too.
    sentinel = server.make_user("sentinel")
    expect_status(server.anon().post("/api/v1/password-resets", {"email": sentinel.email}), 202)
    mail_sink.wait_for(sentinel.email)
    time.sleep(1.0)  # bounded grace for out-of-order delivery
    assert mail_sink.messages_to(ghost) == []


def test_reset_confirm_refuses_bad_tokens_and_short_passwords(server, mail_sink):
    person = server.make_user("resetter")
    expect_problem(server.anon().post("/api/v1/password-resets/confirm",
                                      {"token": "not-a-token", "password": "long-enough-password"}),
                   400, "/problems/invalid-token")
    expect_status(server.anon().post("/api/v1/password-resets", {"email": person.email}), 202)
    token = reset_token_from_mail(server, mail_sink.wait_for(person.email)[0])
    expect_problem(server.anon().post("/api/v1/password-resets/confirm", {"token": token, "password": "short"}),
                   422, "/problems/validation", field="password")
    # The refused attempt did not spend the token or change the password.
    expect_status(CookieClient(server.base_url).sign_in(person.email, person.password), 200)
    expect_status(server.anon().post("/api/v1/password-resets/confirm",
                                      {"token": token, "password": "long-enough-password"}), 204)


def test_reset_request_validates_its_body(server):
    expect_problem(server.anon().post("/api/v1/password-resets", {"mail": "x@test.example"}), 422,
                   "/problems/validation", field="email")


# ------------------------------------------------------------------------------------------ invitations

@pytest.fixture
def team(admin):
    org = create_org(admin, grade_spans=["elementary"])
    t = create_team(admin, org["id"], name=unique("Invite team"))
    add_member(admin, t["id"], name="Existing", perspectives=["families"])
    return org, t


def test_team_invitation_end_to_end(server, admin, team, mail_sink):
    org, t = team
    addr = unique_email("newmember")
    r = admin.api.post(f"/api/v1/teams/{t['id']}/invitations", {"email": addr, "role": "member"})
    expect_status(r, 201)
    inv = r.json()
    assert isinstance(inv["id"], int) and inv["email"] == addr and inv["role"] == "member"
    assert inv["expires_at"].endswith("Z")

    [msg] = mail_sink.wait_for(addr)
    link = link_in_mail(msg, "/invitations/")
    assert link.startswith(server.base_url + "/invitations/"), link
    token = unquote(invitation_token(link))
    assert "url" not in inv and inv["mailed"] is True  # mail is configured: only the invitee gets the link

    anon = CookieClient(server.base_url)
    shown = anon.ok("GET", f"/api/v1/invitations/{token}")
    assert shown["kind"] == "team" and shown["email"] == addr and shown["role"] == "member"
    assert shown["team"] == {"id": t["id"], "name": t["name"]}
    assert shown["organization"] == {"id": org["id"], "name": org["name"]}

    r = anon.post(f"/api/v1/invitations/{token}/accept", {"name": "New Member", "password": "a-good-password-1"})
    expect_status(r, 200)
    anon.adopt(r)
    assert r.json()["user"]["email"] == addr and r.json()["user"]["name"] == "New Member"
    assert anon.session_cookie()
    # The new account sees its team, as a member.
    assert t["id"] in [x["id"] for x in anon.ok("GET", "/api/v1/teams")["teams"]]
    assert anon.ok("GET", f"/api/v1/teams/{t['id']}")["my_role"] == "member"
    assert t["id"] in [x["id"] for x in anon.ok("GET", "/api/v1/me")["teams"]]
    # The team lists the new member, linked to the account.
    members = admin.api.ok("GET", f"/api/v1/teams/{t['id']}")["members"]
    me = next(m for m in members if m["email"].lower() == addr.lower())
    assert me["user_id"] == r.json()["user"]["id"] and me["role"] == "member"
    # The account can sign in with the password it chose.
    expect_status(CookieClient(server.base_url).sign_in(addr, "a-good-password-1"), 200)
    # The link works once.
    expect_problem(server.anon().get(f"/api/v1/invitations/{token}"), 400, "/problems/invalid-token")
    expect_problem(CookieClient(server.base_url).post(f"/api/v1/invitations/{token}/accept",
                                                      {"name": "Again", "password": "a-good-password-2"}),
                   400, "/problems/invalid-token")


def test_invitation_accepted_by_a_signed_in_person(server, admin, team):
    _, t = team
    person = server.make_user("existing")
    _, token = invite(admin, f"/api/v1/teams/{t['id']}/invitations", person.email, "viewer")
    c = person.cookie_client()
    r = c.post(f"/api/v1/invitations/{token}/accept")
    expect_status(r, 200)
    assert r.json()["user"]["email"] == person.email
    team_seen = person.api.ok("GET", f"/api/v1/teams/{t['id']}")
    assert team_seen["my_role"] == "viewer"


def test_organization_invitation(server, admin, team, mail_sink):
    org, t = team
    addr = unique_email("orgviewer")
    _, token = invite(admin, f"/api/v1/organizations/{org['id']}/invitations", addr, "viewer")
    shown = server.anon().ok("GET", f"/api/v1/invitations/{token}")
    assert shown["kind"] == "organization" and shown["team"] is None and shown["role"] == "viewer"
    assert shown["organization"]["id"] == org["id"]
    c = CookieClient(server.base_url)
    r = c.post(f"/api/v1/invitations/{token}/accept", {"name": "Superintendent", "password": "board-meets-monday"})
    expect_status(r, 200)
    c.adopt(r)
    # An organization viewer reads every team of the organization.
    assert t["id"] in [x["id"] for x in c.ok("GET", "/api/v1/teams")["teams"]]
    members = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/members")["members"]
    assert (addr, "viewer") in [(m["email"], m["role"]) for m in members]


def test_unknown_invitation_token(server):
    expect_problem(server.anon().get("/api/v1/invitations/no-such-token"), 400, "/problems/invalid-token")
    expect_problem(server.anon().post("/api/v1/invitations/no-such-token/accept",
                                      {"name": "X", "password": "long-enough-password"}),
                   400, "/problems/invalid-token")


def test_invitation_input_is_validated(admin, team, mail_sink):
    org, t = team
    expect_problem(admin.api.post(f"/api/v1/teams/{t['id']}/invitations", {"email": "not-an-email", "role": "member"}),
                   422, "/problems/validation", field="email")
    addr = unique_email("badrole")
    expect_problem(admin.api.post(f"/api/v1/teams/{t['id']}/invitations", {"email": addr, "role": "king"}),
                   422, "/problems/validation", field="role")
    expect_problem(admin.api.post(f"/api/v1/organizations/{org['id']}/invitations", {"email": addr, "role": "lead"}),
                   422, "/problems/validation", field="role")
    time.sleep(0.5)
    assert mail_sink.messages_to(addr) == []
