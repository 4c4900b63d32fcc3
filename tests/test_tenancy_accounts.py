"""Issue 9, hole 6 (accounts): sign-in limits per account and per client address with growing waits, a known
device keeps its owner signed in during an attack, and a password reset ends older links and API tokens.

The server listens on 127.0.0.1; every address in 127.0.0.0/8 reaches it, so each client here binds its own
source address (127.0.0.2, .3, ...) and the server sees them as different clients, as it would different
people on the internet. Each test uses addresses of its own, so their failures do not add up.
"""
from urllib.parse import parse_qs, urlparse

import requests
from requests.adapters import HTTPAdapter

from trellis_helpers import (CookieClient, expect_problem, expect_status, find_links, mail_text, unique_email)


class FromAddress(HTTPAdapter):
    """Connects from a given loopback address instead of 127.0.0.1."""

    def __init__(self, source_ip: str, **kwargs):
        self.source_ip = source_ip
        super().__init__(**kwargs)

    def init_poolmanager(self, connections, maxsize, block=False, **kwargs):
        kwargs["source_address"] = (self.source_ip, 0)
        super().init_poolmanager(connections, maxsize, block, **kwargs)


def client_from(server, source_ip: str) -> CookieClient:
    c = CookieClient(server.base_url)
    c.http.mount("http://", FromAddress(source_ip))
    return c


def device_set_cookie(r: requests.Response) -> str:
    found = [c for c in r.raw.headers.getlist("Set-Cookie") if c.strip().startswith("trellis_device=")]
    assert found, f"no trellis_device cookie set: {r.raw.headers.getlist('Set-Cookie')}"
    return found[-1]


def lock_out(server, source_ip: str, email_addr: str, failures: int = 5) -> CookieClient:
    attacker = client_from(server, source_ip)
    for i in range(failures):
        expect_problem(attacker.sign_in(email_addr, f"guess-{i}"), 401, "/problems/invalid-credentials")
    return attacker


def retry_after(r: requests.Response) -> int:
    value = r.headers.get("Retry-After", "")
    assert value.isdigit() and int(value) > 0, f"Retry-After {value!r}"
    return int(value)


# ------------------------------------------------------------------------------- sign-in limits

def test_an_attacker_elsewhere_cannot_lock_the_owner_out_of_a_known_device(server):
    owner = server.make_user("owner")
    laptop = client_from(server, "127.0.0.2")
    r = laptop.sign_in(owner.email, owner.password)
    expect_status(r, 200)
    attrs = [a.strip().lower() for a in device_set_cookie(r).split(";")]
    assert "httponly" in attrs and "samesite=lax" in attrs, attrs
    assert "secure" not in attrs, "Secure on plain HTTP means the browser never sends it back"
    assert any(a.startswith("max-age=") and int(a.split("=")[1]) >= 30 * 24 * 3600 for a in attrs), attrs

    attacker = lock_out(server, "127.0.0.3", owner.email)
    # The lock holds for everyone without the device cookie, even with the right password...
    expect_problem(attacker.sign_in(owner.email, owner.password), 429, "/problems/rate-limited")
    expect_problem(client_from(server, "127.0.0.2").sign_in(owner.email, owner.password), 429,
                   "/problems/rate-limited")
    # ...and a device cookie of another account (the attacker's own) does not open it.
    own = server.make_user("attacker")
    expect_status(attacker.sign_in(own.email, own.password), 200)
    expect_problem(attacker.sign_in(owner.email, owner.password), 429, "/problems/rate-limited")

    # The owner's laptop still gets in, again and again, and a session works.
    expect_status(laptop.sign_in(owner.email, owner.password), 200)
    expect_status(laptop.get("/api/v1/me"), 200)
    expect_status(laptop.sign_in(owner.email, owner.password), 200)
    # The lock stays for everyone else.
    expect_problem(client_from(server, "127.0.0.4").sign_in(owner.email, owner.password), 429,
                   "/problems/rate-limited")


def test_a_known_device_gets_only_a_few_wrong_passwords_of_its_own(server):
    owner = server.make_user("stolen")
    laptop = client_from(server, "127.0.0.5")
    expect_status(laptop.sign_in(owner.email, owner.password), 200)
    lock_out(server, "127.0.0.6", owner.email)
    # Whoever holds the laptop's cookie gets 5 guesses during the lock, then the cookie no longer passes it.
    for i in range(5):
        expect_problem(laptop.sign_in(owner.email, f"thief-{i}"), 401, "/problems/invalid-credentials")
    expect_problem(laptop.sign_in(owner.email, owner.password), 429, "/problems/rate-limited")


def test_spraying_many_accounts_from_one_address_is_stopped(server):
    sprayer = client_from(server, "127.0.0.7")
    victims = [server.make_user("spray") for _ in range(3)]
    targets = [unique_email("sprayed") for _ in range(17)] + [v.email for v in victims]
    for i, target in enumerate(targets):
        # A forged X-Forwarded-For does not make the client someone else: no proxy is trusted here.
        r = sprayer.http.post(sprayer.url("/api/v1/session"), json={"email": target, "password": "Summer2026!"},
                              headers={"X-Forwarded-For": f"198.51.100.{i}"})
        expect_problem(r, 401, "/problems/invalid-credentials")
    # The 21st attempt from that address is refused, whatever the account, even with the right password.
    r = sprayer.sign_in(victims[0].email, victims[0].password)
    body = expect_problem(r, 429, "/problems/rate-limited")
    assert "127.0.0.7" in body["detail"], body
    first_wait = retry_after(r)
    assert first_wait <= 60, first_wait
    # Each further attempt makes the wait longer.
    r = sprayer.sign_in(unique_email("sprayed"), "Winter2026!")
    expect_problem(r, 429, "/problems/rate-limited")
    assert retry_after(r) > first_wait, (retry_after(r), first_wait)
    # Someone at another address signs in to the same account as usual: no account was locked.
    expect_status(client_from(server, "127.0.0.8").sign_in(victims[0].email, victims[0].password), 200)


def test_the_wait_grows_with_each_further_attempt(server):
    person = server.make_user("patient")
    attacker = lock_out(server, "127.0.0.9", person.email)
    waits = []
    for _ in range(3):
        r = attacker.sign_in(person.email, "one-more-guess")
        body = expect_problem(r, 429, "/problems/rate-limited")
        waits.append(retry_after(r))
        assert f"{waits[-1]} seconds" in body["detail"], body
    assert waits[0] <= 15 * 60 and waits[0] < waits[1] < waits[2], waits


def test_unknown_and_known_accounts_fail_alike(server):
    person = server.make_user("exists")
    c = client_from(server, "127.0.0.10")
    known = expect_problem(c.sign_in(person.email, "not-it"), 401, "/problems/invalid-credentials")
    unknown = expect_problem(c.sign_in(unique_email("nobody"), "not-it"), 401, "/problems/invalid-credentials")
    assert known == unknown
    # An address without an account is locked like one with: the lock tells nothing either.
    ghost = unique_email("ghost")
    lock_out(server, "127.0.0.11", ghost)
    expect_problem(client_from(server, "127.0.0.12").sign_in(ghost, "g"), 429, "/problems/rate-limited")


# ------------------------------------------------------------------------------- password resets

def reset_tokens(server, mail_sink, email_addr: str, count: int) -> list[str]:
    tokens = []
    for msg in mail_sink.wait_for(email_addr, count=count):
        link = next(l for l in find_links(mail_text(msg)) if "/reset-password" in l)  # text and HTML parts
        tokens.append(parse_qs(urlparse(link).query)["token"][0])
    return tokens


def test_a_reset_ends_older_links_api_tokens_and_sessions(server, mail_sink):
    person = server.make_user("resetter")
    made_in_app = person.api.ok("POST", "/api/v1/tokens", {"name": "nightly script"}, status=201)["token"]
    session = client_from(server, "127.0.0.13")
    expect_status(session.sign_in(person.email, person.password), 200)
    for _ in range(2):
        expect_status(server.anon().post("/api/v1/password-resets", {"email": person.email}), 202)
    first, second = reset_tokens(server, mail_sink, person.email, 2)

    expect_status(server.anon().post("/api/v1/password-resets/confirm",
                                      {"token": second, "password": "a-new-password-77"}), 204)
    r = server.anon().post("/api/v1/password-resets/confirm", {"token": first, "password": "the-attackers-pw-1"})
    expect_problem(r, 400, "/problems/invalid-token")
    for token in (person.token, made_in_app):
        r = requests.get(server.base_url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=30)
        expect_problem(r, 401, "/problems/unauthenticated")
    expect_problem(session.get("/api/v1/me"), 401, "/problems/unauthenticated")
    expect_status(client_from(server, "127.0.0.13").sign_in(person.email, "a-new-password-77"), 200)


def test_a_reset_lifts_the_accounts_lock(server, mail_sink):
    person = server.make_user("relocked")
    lock_out(server, "127.0.0.14", person.email)
    expect_problem(client_from(server, "127.0.0.15").sign_in(person.email, person.password), 429,
                   "/problems/rate-limited")
    expect_status(server.anon().post("/api/v1/password-resets", {"email": person.email}), 202)
    [token] = reset_tokens(server, mail_sink, person.email, 1)
    expect_status(server.anon().post("/api/v1/password-resets/confirm",
                                      {"token": token, "password": "after-the-lock-12"}), 204)
    expect_status(client_from(server, "127.0.0.15").sign_in(person.email, "after-the-lock-12"), 200)
