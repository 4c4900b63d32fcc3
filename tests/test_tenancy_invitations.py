"""Invitations across organizations (issue 9, hole 1). A team seat without an account used to go to whoever
accepted ANY invitation for its address, from any organization: a stranger invited the address to a team of their
own, read the link from the 201, accepted it, and held the district's seat. Now an invitation links only the seat
it was made for, in the team that made it; only the invited address's account takes it; and with mail configured
the link reaches the invitee alone."""
from __future__ import annotations

import sqlite3
import subprocess
from types import SimpleNamespace

import pytest

from data_helpers import aggregate_csv, analysis, create_district, upload
from meeting_helpers import good_plan
from trellis_helpers import (CookieClient, add_member, create_org, create_team, expect_problem, expect_status,
                             invitation_links_to, invite, invitation_token, seat_existing_account, unique,
                             unique_email, wait_for_invitation_links)


def district_with_open_seat(admin) -> SimpleNamespace:
    """A district with student counts, a team with a meeting, and a seat for a teacher with no account yet."""
    org = create_district(admin)
    expect_status(upload(admin.api, org["id"], aggregate_csv(org["cds_code"]), "aggregate"), 201)
    team = create_team(admin, org["id"], name=unique("District team"))
    address = unique_email("teacher")
    seat = add_member(admin, team["id"], name="Teacher Without An Account", email_addr=address)
    assert seat["user_id"] is None
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team['id']}/meetings", good_plan(), status=201)
    return SimpleNamespace(admin=admin, org=org, team=team, address=address, seat=seat, meeting=meeting)


def assert_outside_the_district(api, d: SimpleNamespace):
    """Nothing of the district's team, meetings, minutes, notes or data answers this caller but 404."""
    mid, tid, oid = d.meeting["id"], d.team["id"], d.org["id"]
    for method, path, body in [
        ("GET", f"/api/v1/teams/{tid}", None),
        ("GET", f"/api/v1/teams/{tid}/meetings", None),
        ("GET", f"/api/v1/teams/{tid}/representation", None),
        ("GET", f"/api/v1/meetings/{mid}", None),
        ("GET", f"/api/v1/meetings/{mid}/minutes", None),
        ("PUT", f"/api/v1/meetings/{mid}/notes/{d.meeting['agenda'][0]['id']}", {"text": "mine now"}),
        ("GET", f"/api/v1/organizations/{oid}/data", None),
    ]:
        expect_problem(api.request(method, path, body), 404, "/problems/not-found")
    expect_problem(analysis(api, oid, indicator="suspension", year=2024), 404, "/problems/not-found")
    assert tid not in [t["id"] for t in api.get("/api/v1/teams").json()["teams"]]


def seat_of(d: SimpleNamespace) -> dict:
    members = d.admin.api.ok("GET", f"/api/v1/teams/{d.team['id']}")["members"]
    return next(m for m in members if m["id"] == d.seat["id"])


def stranger_team(server) -> tuple:
    stranger = server.make_user("stranger")
    org = create_org(stranger, name=unique("Stranger org"))
    return stranger, create_team(stranger, org["id"], name=unique("Stranger team"))


def expire_invitations_to(server, address: str):
    """Moves the invitations to `address` past their expiry in the database (the server has no clock to move)."""
    sql = f"UPDATE invitations SET expires_at = 1 WHERE email = '{address}'"  # address: made by unique_email
    if server.db_url.startswith("sqlite://"):
        with sqlite3.connect(server.db_url.removeprefix("sqlite://"), timeout=30) as db:
            assert db.execute(sql).rowcount >= 1
    else:
        out = subprocess.run(["psql", server.db_url, "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                             capture_output=True, text=True, timeout=60).stdout
        assert out.strip() != "UPDATE 0", out


def accept_new_account(server, token: str, password: str = "a-long-new-password") -> CookieClient:
    c = CookieClient(server.base_url)
    r = c.post(f"/api/v1/invitations/{token}/accept", {"name": "Whoever Clicked", "password": password})
    expect_status(r, 200)
    c.adopt(r)
    return c


# ----------------------------------------------------------------------------------------- the seat claim

@pytest.fixture(scope="module")
def mailless(launcher):
    """A server with no SMTP server configured: invitation links go back to the inviter, as the only way out."""
    return launcher.start(smtp=False)


def test_a_stranger_cannot_claim_a_district_seat_by_inviting_its_address(mailless):
    """The attack exactly as found, on a server without mail (where the 201 still carries the link)."""
    d = district_with_open_seat(mailless.make_user("districtadmin"))
    stranger, their_team = stranger_team(mailless)
    inv = stranger.api.ok("POST", f"/api/v1/teams/{their_team['id']}/invitations",
                          {"email": d.address, "role": "member"}, status=201)
    claimed = accept_new_account(mailless, invitation_token(inv["url"]))

    # The new account has the stranger's team and nothing of the district's.
    assert claimed.ok("GET", f"/api/v1/teams/{their_team['id']}")["my_role"] == "member"
    assert_outside_the_district(claimed, d)
    assert seat_of(d)["user_id"] is None
    assert d.org["id"] not in [o["id"] for o in claimed.ok("GET", "/api/v1/organizations")["organizations"]]
    assert inv["mailed"] is False  # the link came back only because this server sends no mail


def test_with_mail_configured_the_link_reaches_the_invitee_alone(server, admin, mail_sink):
    d = district_with_open_seat(admin)
    stranger, their_team = stranger_team(server)
    r = stranger.api.post(f"/api/v1/teams/{their_team['id']}/invitations", {"email": d.address, "role": "member"})
    expect_status(r, 201)
    assert "url" not in r.json() and r.json()["mailed"] is True
    assert "/invitations/" not in r.text and "/invitations/" not in r.headers.get("Location", "")
    [link] = wait_for_invitation_links(mail_sink, d.address)
    assert invitation_token(link) not in r.text

    # Even the teacher herself, accepting the stranger's invitation, gets the stranger's team only: the
    # district's seat waits for the district's own invitation.
    teacher = accept_new_account(server, invitation_token(link), password="teachers-own-password")
    assert_outside_the_district(teacher, d)
    assert seat_of(d)["user_id"] is None

    _, token = invite(admin, f"/api/v1/teams/{d.team['id']}/invitations", d.address, "member")
    expect_status(teacher.post(f"/api/v1/invitations/{token}/accept"), 200)
    assert seat_of(d)["user_id"] == teacher.ok("GET", "/api/v1/me")["user"]["id"]
    assert teacher.ok("GET", f"/api/v1/teams/{d.team['id']}")["my_role"] == "member"
    members = admin.api.ok("GET", f"/api/v1/teams/{d.team['id']}")["members"]
    assert [m["email"] for m in members].count(d.address) == 1  # her seat, not a second one


# ------------------------------------------------------------------------------------ replay and expiry

def test_an_accepted_link_cannot_be_used_again(server, admin):
    d = district_with_open_seat(admin)
    _, token = invite(admin, f"/api/v1/teams/{d.team['id']}/invitations", d.address, "member")
    first = accept_new_account(server, token)
    for client in (CookieClient(server.base_url), first):
        expect_problem(client.get(f"/api/v1/invitations/{token}"), 400, "/problems/invalid-token")
        expect_problem(client.post(f"/api/v1/invitations/{token}/accept", {"name": "Again", "password": "pw-again-long"}),
                       400, "/problems/invalid-token")
    # A second team's invitation for someone else, replayed by the first account, gives it nothing either.
    other = create_team(admin, d.org["id"])
    _, other_token = invite(admin, f"/api/v1/teams/{other['id']}/invitations", unique_email("someone"), "lead")
    accept_new_account(server, other_token)
    expect_problem(first.post(f"/api/v1/invitations/{other_token}/accept"), 400, "/problems/invalid-token")
    expect_problem(first.get(f"/api/v1/teams/{other['id']}"), 404, "/problems/not-found")


def test_an_expired_link_creates_nothing(server, admin):
    d = district_with_open_seat(admin)
    _, token = invite(admin, f"/api/v1/teams/{d.team['id']}/invitations", d.address, "member")
    expire_invitations_to(server, d.address)
    anon = CookieClient(server.base_url)
    expect_problem(anon.get(f"/api/v1/invitations/{token}"), 400, "/problems/invalid-token")
    expect_problem(anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Late", "password": "late-but-long"}),
                   400, "/problems/invalid-token")
    expect_status(CookieClient(server.base_url).sign_in(d.address, "late-but-long"), 401)  # no account was made
    assert seat_of(d)["user_id"] is None


# ------------------------------------------------------------------------ an address that has an account

def test_an_invitation_for_an_existing_account_is_taken_by_that_account_only(server, admin):
    d = district_with_open_seat(admin)
    owner = server.make_user("owner")
    seat = add_member(admin, d.team["id"], name="Has An Account", email_addr=owner.email)
    _, token = invite(admin, f"/api/v1/teams/{d.team['id']}/invitations", owner.email, "lead")

    # Anonymous: no second account for the address.
    body = expect_problem(server.anon().post(f"/api/v1/invitations/{token}/accept",
                                             {"name": "Impostor", "password": "impostor-password"}),
                          409, "/problems/conflict")
    assert "sign in" in body["detail"]
    # Another signed-in account is told whose invitation it is, and gets nothing.
    other = server.make_user("other")
    for client in (other.cookie_client(), other.api):
        body = expect_problem(client.post(f"/api/v1/invitations/{token}/accept"), 403, "/problems/forbidden")
        assert owner.email in body["detail"] and other.email in body["detail"]
    expect_problem(other.api.get(f"/api/v1/teams/{d.team['id']}"), 404, "/problems/not-found")
    members = admin.api.ok("GET", f"/api/v1/teams/{d.team['id']}")["members"]
    assert next(m for m in members if m["id"] == seat["id"])["user_id"] is None
    # The link still works for the account it was sent to.
    expect_status(owner.cookie_client().post(f"/api/v1/invitations/{token}/accept"), 200)
    assert owner.api.ok("GET", f"/api/v1/teams/{d.team['id']}")["my_role"] == "lead"
    members = admin.api.ok("GET", f"/api/v1/teams/{d.team['id']}")["members"]
    assert next(m for m in members if m["id"] == seat["id"])["user_id"] == owner.id


def test_adding_a_member_links_no_account(server, admin):
    d = district_with_open_seat(admin)
    existing = server.make_user("existing")
    row = add_member(admin, d.team["id"], name="Same Address", email_addr=existing.email)
    assert row["user_id"] is None
    assert_outside_the_district(existing.api, d)
    # The seat gets the account when its person accepts the team's invitation (and no second seat appears).
    assert seat_existing_account(admin, d.team["id"], existing)["id"] == row["id"]


def test_an_address_seated_with_an_account_is_not_invited_again(server, admin, mail_sink):
    d = district_with_open_seat(admin)
    person = server.make_user("seated")
    seat_existing_account(admin, d.team["id"], person)
    mails_before = len(invitation_links_to(mail_sink, person.email))
    body = expect_problem(admin.api.post(f"/api/v1/teams/{d.team['id']}/invitations",
                                         {"email": person.email.upper(), "role": "lead"}), 409, "/problems/conflict")
    assert person.email in body["detail"] and "already on this team" in body["detail"]
    assert len(invitation_links_to(mail_sink, person.email)) == mails_before


def test_readdressing_a_seat_withdraws_its_invitation(server, admin):
    d = district_with_open_seat(admin)
    _, token = invite(admin, f"/api/v1/teams/{d.team['id']}/invitations", d.address, "member")
    admin.api.ok("PATCH", f"/api/v1/teams/{d.team['id']}/members/{d.seat['id']}",
                 {"email": unique_email("corrected"), "version": d.seat["version"]})
    expect_problem(server.anon().get(f"/api/v1/invitations/{token}"), 400, "/problems/invalid-token")
