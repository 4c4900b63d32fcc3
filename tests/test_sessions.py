"""Signing in and out with the session cookie, CSRF protection, and the sign-in rate limit."""
import re

import pytest
import requests

from trellis_helpers import HTTP_TIMEOUT, CookieClient, create_org, expect_problem, expect_status, unique


def org_names(user):
    return [o["name"] for o in user.api.ok("GET", "/api/v1/organizations")["organizations"]]


def session_set_cookie(r):
    raw = r.raw.headers.getlist("Set-Cookie") if hasattr(r.raw.headers, "getlist") else [r.headers["Set-Cookie"]]
    found = [c for c in raw if c.strip().startswith("trellis_session=")]
    assert found, f"no trellis_session cookie set: {raw}"
    return found[-1]


@pytest.fixture
def person(server):
    return server.make_user("person")


def test_sign_in_sets_an_httponly_samesite_cookie(server, person):
    c = CookieClient(server.base_url)
    r = c.sign_in(person.email, person.password)
    expect_status(r, 200)
    body = r.json()
    assert body["user"]["email"] == person.email and body["user"]["site_admin"] is False
    assert isinstance(body["csrf_token"], str) and len(body["csrf_token"]) >= 16
    cookie = session_set_cookie(r)
    attrs = [a.strip().lower() for a in cookie.split(";")]
    assert "httponly" in attrs, cookie
    assert "samesite=lax" in attrs, cookie
    assert "path=/" in attrs, cookie
    assert "secure" not in attrs, "Secure on plain HTTP means the browser never sends it back"
    value = cookie.split(";")[0].split("=", 1)[1]
    assert len(value) >= 20 and value not in (person.token, body["csrf_token"])

    # The cookie alone authenticates reads; GET /session repeats the csrf token.
    session = c.ok("GET", "/api/v1/session")
    assert session["user"]["id"] == body["user"]["id"] and session["csrf_token"] == body["csrf_token"]
    assert c.ok("GET", "/api/v1/me")["user"]["email"] == person.email


def test_email_is_case_insensitive_at_sign_in(server, person):
    c = CookieClient(server.base_url)
    expect_status(c.sign_in(person.email.upper(), person.password), 200)


@pytest.mark.parametrize("case", ["wrong password", "unknown email", "empty password"])
def test_bad_credentials_are_401_invalid_credentials(server, person, case):
    c = CookieClient(server.base_url)
    email_addr, password = {
        "wrong password": (person.email, person.password + "x"),
        "unknown email": ("nobody-" + unique() + "@test.example", person.password),
        "empty password": (person.email, ""),
    }[case]
    r = c.sign_in(email_addr, password)
    assert r.status_code in (401, 422), r.text
    if case != "empty password":
        expect_problem(r, 401, "/problems/invalid-credentials")
    assert "trellis_session" not in r.headers.get("Set-Cookie", "") or "=;" in r.headers.get("Set-Cookie", "")
    expect_problem(c.get("/api/v1/me"), 401, "/problems/unauthenticated")


def test_cookie_write_needs_the_csrf_token(server, person):
    c = person.cookie_client()
    name_without, name_wrong, name_with = unique("NoCsrf"), unique("BadCsrf"), unique("WithCsrf")

    c.send_csrf = False
    r = c.post("/api/v1/organizations", {"name": name_without, "kind": "district"})
    expect_problem(r, 403, "/problems/csrf")
    r = c.post("/api/v1/organizations", {"name": name_wrong, "kind": "district"},
               headers={"X-CSRF-Token": "0" * 32})
    expect_problem(r, 403, "/problems/csrf")
    assert name_without not in org_names(person) and name_wrong not in org_names(person)

    c.send_csrf = True
    r = c.post("/api/v1/organizations", {"name": name_with, "kind": "district"})
    expect_status(r, 201)
    org = r.json()
    # PATCH and DELETE are writes too.
    c.send_csrf = False
    expect_problem(c.patch(f"/api/v1/organizations/{org['id']}", {"name": "x", "version": org["version"]}), 403,
                   "/problems/csrf")
    expect_problem(c.delete("/api/v1/session"), 403, "/problems/csrf")
    c.send_csrf = True
    assert c.ok("GET", f"/api/v1/organizations/{org['id']}")["name"] == name_with


def test_bearer_writes_need_no_csrf_token(person):
    expect_status(person.api.post("/api/v1/organizations", {"name": unique("Bearer"), "kind": "district"}), 201)


def test_sign_out_ends_the_session(server, person):
    c = person.cookie_client()
    old_cookie = c.session_cookie()
    assert old_cookie
    r = c.delete("/api/v1/session")
    expect_status(r, 204)
    cleared = session_set_cookie(r).lower()
    assert re.search(r"max-age=0|expires=thu, 01 jan 1970|trellis_session=;", cleared), cleared
    expect_problem(c.get("/api/v1/me"), 401, "/problems/unauthenticated")
    # The old cookie, replayed, is dead on the server too.
    r = requests.get(server.base_url + "/api/v1/me", cookies={"trellis_session": old_cookie}, timeout=HTTP_TIMEOUT)
    expect_problem(r, 401, "/problems/unauthenticated")
    # Other sessions and tokens of the same person live on.
    expect_status(person.api.get("/api/v1/me"), 200)


def test_two_sessions_are_independent(server, person):
    one, two = person.cookie_client(), person.cookie_client()
    assert one.csrf_token != two.csrf_token
    # One session's csrf token does not work with the other's cookie.
    r = two.post("/api/v1/organizations", {"name": unique("Cross"), "kind": "district"},
                 headers={"X-CSRF-Token": one.csrf_token})
    expect_problem(r, 403, "/problems/csrf")
    expect_status(one.delete("/api/v1/session"), 204)
    expect_status(two.get("/api/v1/me"), 200)


def test_five_failed_sign_ins_lock_that_email_for_a_while(server):
    victim = server.make_user("victim")
    bystander = server.make_user("bystander")
    c = CookieClient(server.base_url)
    for i in range(5):
        expect_problem(c.sign_in(victim.email, f"wrong-password-{i}"), 401, "/problems/invalid-credentials")
    r = c.sign_in(victim.email, victim.password)
    body = expect_problem(r, 429, "/problems/rate-limited")
    assert re.search(r"\d", body.get("detail", "")), f"detail does not say when to retry: {body}"
    retry_after = r.headers.get("Retry-After")
    assert retry_after and retry_after.isdigit() and 0 < int(retry_after) <= 15 * 60, retry_after
    assert "trellis_session" not in r.headers.get("Set-Cookie", "")
    # Case games do not get around it.
    expect_problem(c.sign_in(victim.email.upper(), victim.password), 429, "/problems/rate-limited")
    # The lock is for that e-mail: somebody else signs in from the same address.
    expect_status(CookieClient(server.base_url).sign_in(bystander.email, bystander.password), 200)
    # API tokens are not sign-ins: the victim's scripts keep working.
    expect_status(victim.api.get("/api/v1/me"), 200)


def test_four_failures_then_the_right_password_still_works(server):
    person = server.make_user("typo")
    c = CookieClient(server.base_url)
    for i in range(4):
        expect_problem(c.sign_in(person.email, f"typo-{i}"), 401, "/problems/invalid-credentials")
    expect_status(c.sign_in(person.email, person.password), 200)
