"""Issue 15: sign-in without a password, by a one-time link sent by e-mail (docs/security.md, "Sign-in links").

Each test asks from a loopback address of its own (127.0.15.x), so the per-client-address limit of one test
does not reach another's.
"""
import sqlite3
import subprocess
import time
from urllib.parse import urlparse

import pytest
from requests.adapters import HTTPAdapter

from trellis_helpers import (CookieClient, add_member, create_org, create_team, expect_problem, expect_status,
                             find_links, invite, mail_text, unique_email)

INVALID = "/problems/sign-in-link-invalid"


class FromAddress(HTTPAdapter):
    """Connects from a given loopback address instead of 127.0.0.1."""

    def __init__(self, source_ip: str, **kwargs):
        self.source_ip = source_ip
        super().__init__(**kwargs)

    def init_poolmanager(self, connections, maxsize, block=False, **kwargs):
        kwargs["source_address"] = (self.source_ip, 0)
        super().init_poolmanager(connections, maxsize, block, **kwargs)


def browser(server, source_ip: str) -> CookieClient:
    c = CookieClient(server.base_url)
    c.http.mount("http://", FromAddress(source_ip))
    return c


def ask(client: CookieClient, address: str):
    r = client.post("/api/v1/sign-in-links", {"email": address})
    expect_status(r, 202)
    return r


def link_token(server, msg) -> str:
    links = [l for l in find_links(mail_text(msg)) if "/sign-in/link/" in l]
    assert links, mail_text(msg)
    assert links[0].startswith(server.base_url + "/sign-in/link/"), links[0]
    token = urlparse(links[0]).path.rsplit("/", 1)[-1]
    assert len(token) >= 43, token
    return token


def redeem(client: CookieClient, token: str):
    return client.post(f"/api/v1/sign-in-links/{token}")


def run_sql(server, sql: str):
    if server.db_url.startswith("sqlite://"):
        with sqlite3.connect(server.db_url.removeprefix("sqlite://"), timeout=30) as db:
            db.execute(sql)
    else:
        subprocess.run(["psql", server.db_url, "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                       capture_output=True, text=True, timeout=60)


def test_known_and_unknown_addresses_get_the_same_answer_and_only_the_known_one_mail(server, mail_sink):
    person = server.make_user("linker")
    ghost = unique_email("ghost")
    c = browser(server, "127.0.15.1")
    known = ask(c, person.email.upper())
    unknown = ask(browser(server, "127.0.15.1"), ghost)
    assert known.json() == unknown.json()
    assert known.headers["Content-Type"] == unknown.headers["Content-Type"]
    # Both set the browser's nonce cookie, HttpOnly, for the link routes only.
    for r in (known, unknown):
        cookie = next(h for h in r.raw.headers.getlist("Set-Cookie") if h.startswith("trellis_link_nonce="))
        assert "HttpOnly" in cookie and "Path=/api/v1/sign-in-links" in cookie and "Max-Age=900" in cookie, cookie
    [msg] = mail_sink.wait_for(person.email)
    text = mail_text(msg)
    # In the account's language (English unless the person chose Spanish), and in that language only.
    assert "15 minutes" in text and "15 minutos" not in text
    assert any(p.get_content_type() == "text/plain" for p in msg.walk())
    link_token(server, msg)
    time.sleep(1.0)  # bounded grace for out-of-order delivery
    assert mail_sink.messages_to(ghost) == []


def test_a_link_signs_in_once(server, mail_sink):
    person = server.make_user("linkuser")
    c = browser(server, "127.0.15.2")
    ask(c, person.email)
    token = link_token(server, mail_sink.wait_for(person.email)[0])
    r = redeem(c, token)
    expect_status(r, 200)
    assert set(r.json()) == {"user", "csrf_token"} and r.json()["user"]["email"] == person.email
    c.adopt(r)
    assert c.session_cookie()
    session_cookie = next(h for h in r.raw.headers.getlist("Set-Cookie") if h.startswith("trellis_session="))
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie
    assert c.ok("GET", "/api/v1/me")["user"]["email"] == person.email
    # The session writes with its CSRF token like a password session.
    expect_status(c.post("/api/v1/tokens", {"name": "from a link session"}), 201)
    # A second use is refused, by the same browser or any other.
    expect_problem(redeem(c, token), 410, INVALID)
    expect_problem(redeem(CookieClient(server.base_url), token), 410, INVALID)


def test_unknown_and_expired_links_are_refused_alike(server, mail_sink):
    expect_problem(redeem(CookieClient(server.base_url), "x" * 43), 410, INVALID)
    person = server.make_user("late")
    c = browser(server, "127.0.15.3")
    ask(c, person.email)
    token = link_token(server, mail_sink.wait_for(person.email)[0])
    run_sql(server, "UPDATE sign_in_links SET expires_at = 1 WHERE user_id = "
                    f"(SELECT id FROM users WHERE email = '{person.email}')")  # made by unique_email
    expired = expect_problem(redeem(c, token), 410, INVALID)
    unknown = expect_problem(redeem(c, "y" * 43), 410, INVALID)
    assert expired == unknown


def test_a_browser_with_another_nonce_is_refused_and_one_without_passes(server, mail_sink):
    person = server.make_user("bound")
    asker = browser(server, "127.0.15.4")
    ask(asker, person.email)
    first = link_token(server, mail_sink.wait_for(person.email)[0])
    # Another browser that asked for a link of its own carries another nonce: the first link is not for it.
    other = browser(server, "127.0.15.4")
    ask(other, unique_email("someone"))
    expect_problem(redeem(other, first), 410, INVALID)
    # The refusal did not spend the link: the browser that asked redeems it.
    expect_status(redeem(asker, first), 200)
    # A browser without a nonce (the phone's mail app opening the link) may redeem it.
    ask(asker, person.email)
    second = link_token(server, mail_sink.wait_for(person.email, count=2)[1])
    expect_status(redeem(CookieClient(server.base_url), second), 200)


def test_requests_are_limited_per_address_without_changing_the_answer(server, mail_sink):
    person = server.make_user("spammed")
    answers = [ask(browser(server, "127.0.15.5"), person.email).json() for _ in range(5)]
    assert all(a == answers[0] for a in answers)
    sentinel = server.make_user("sentinel")
    ask(browser(server, "127.0.15.5"), sentinel.email)
    mail_sink.wait_for(sentinel.email)
    time.sleep(1.0)
    assert len(mail_sink.messages_to(person.email)) == 3  # kLinksPerAddress: 3, then a wait


def test_requests_are_limited_per_client_address(server, mail_sink):
    c = browser(server, "127.0.15.6")
    for _ in range(20):
        ask(c, unique_email("spray"))
    r = c.post("/api/v1/sign-in-links", {"email": unique_email("spray")})
    expect_problem(r, 429, "/problems/rate-limited")
    assert int(r.headers["Retry-After"]) > 0
    # Whether the address has an account does not change that answer.
    person = server.make_user("behindnat")
    expect_problem(c.post("/api/v1/sign-in-links", {"email": person.email}), 429, "/problems/rate-limited")
    # Another client is not limited; password sign-in from the limited address still works.
    ask(browser(server, "127.0.15.7"), unique_email("elsewhere"))
    expect_status(c.sign_in(person.email, person.password), 200)


def test_the_request_validates_its_body(server):
    c = browser(server, "127.0.15.8")
    expect_problem(c.post("/api/v1/sign-in-links", {"mail": "x@test.example"}), 422, "/problems/validation",
                   field="email")
    expect_problem(c.post("/api/v1/sign-in-links", {"email": "not an address"}), 422, "/problems/validation",
                   field="email")


# -------------------------------------------------------------- invitations accepted without a password

@pytest.mark.parametrize("role,offered", [("participant", True), ("member", False)])
def test_invitation_offers_sign_in_by_link(server, admin, mail_sink, role, offered):
    org = create_org(admin)
    team = create_team(admin, org["id"])
    add_member(admin, team["id"], name="Someone", perspectives=["families"])
    address = unique_email("family")
    _, token = invite(admin, f"/api/v1/teams/{team['id']}/invitations", address, role)
    c = browser(server, "127.0.15.9")
    assert c.ok("GET", f"/api/v1/invitations/{token}")["sign_in_by_link_offered"] is offered
    if not offered:
        return
    r = c.post(f"/api/v1/invitations/{token}/accept", {"name": "Family Member", "sign_in_by_link": True})
    expect_status(r, 200)
    c.adopt(r)
    assert c.ok("GET", "/api/v1/me")["user"]["email"] == address
    # No password: password sign-in fails like a wrong one, whatever is tried (the empty string included).
    expect_problem(CookieClient(server.base_url).sign_in(address, "a-good-password-1"), 401,
                   "/problems/invalid-credentials")
    # The e-mailed link signs the account in.
    phone = browser(server, "127.0.15.9")
    ask(phone, address)
    msgs = [m for m in mail_sink.wait_for(address, count=2) if "/sign-in/link/" in mail_text(m)]
    expect_status(redeem(phone, link_token(server, msgs[0])), 200)


def test_an_invitation_without_a_password_needs_the_choice(server, admin, mail_sink):
    org = create_org(admin)
    team = create_team(admin, org["id"])
    add_member(admin, team["id"], name="Someone", perspectives=["families"])
    address = unique_email("nochoice")
    _, token = invite(admin, f"/api/v1/teams/{team['id']}/invitations", address, "participant")
    expect_problem(CookieClient(server.base_url).post(f"/api/v1/invitations/{token}/accept", {"name": "X"}),
                   422, "/problems/validation", field="password")
