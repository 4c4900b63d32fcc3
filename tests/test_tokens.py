"""Personal API tokens: from the CLI and the API, used as Bearer, listed without secrets, revoked."""
from trellis_helpers import Api, expect_problem, expect_status


def test_cli_token_works_as_bearer(server):
    person = server.make_user("scripter")
    me = Api(server.base_url, person.token).ok("GET", "/api/v1/me")
    assert me["user"]["email"] == person.email and me["user"]["name"] == person.name
    assert me["organizations"] == [] and me["teams"] == []


def test_bearer_scheme_is_case_insensitive(server):
    """RFC 9110 section 11.1: the authentication scheme is case-insensitive; some HTTP clients send `bearer`."""
    person = server.make_user("lowercase")
    for scheme in ("bearer", "BEARER"):
        r = server.anon().get("/api/v1/me", headers={"Authorization": f"{scheme} {person.token}"})
        expect_status(r, 200)


def test_api_tokens_list_and_revoke(server):
    person = server.make_user("tokens")
    created = person.api.ok("POST", "/api/v1/tokens", {"name": "nightly export"}, status=201)
    assert isinstance(created["id"], int) and created["name"] == "nightly export"
    secret = created["token"]
    assert isinstance(secret, str) and len(secret) >= 20 and secret != person.token
    second = Api(server.base_url, secret)
    assert second.ok("GET", "/api/v1/me")["user"]["email"] == person.email

    r = person.api.get("/api/v1/tokens")
    expect_status(r, 200)
    tokens = r.json()["tokens"]
    assert len(tokens) == 2 and "nightly export" in [t["name"] for t in tokens]
    assert secret not in r.text and person.token not in r.text, "token secrets are shown once, never listed"
    for t in tokens:
        assert t["created_at"].endswith("Z")
    used = next(t for t in tokens if t["id"] == created["id"])
    assert used["last_used_at"] is not None  # it was just used for /me

    cli_token_id = next(t["id"] for t in tokens if t["id"] != created["id"])
    # Revoke the CLI token with the API one: the CLI token stops working, the other goes on.
    expect_status(second.delete(f"/api/v1/tokens/{cli_token_id}"), 204)
    expect_problem(person.api.get("/api/v1/me"), 401, "/problems/unauthenticated")
    expect_status(second.get("/api/v1/me"), 200)
    assert [t["id"] for t in second.ok("GET", "/api/v1/tokens")["tokens"]] == [created["id"]]
    # A token can revoke itself.
    expect_status(second.delete(f"/api/v1/tokens/{created['id']}"), 204)
    expect_problem(second.get("/api/v1/me"), 401, "/problems/unauthenticated")


def test_token_name_is_required(server):
    person = server.make_user("tokname")
    expect_problem(person.api.post("/api/v1/tokens", {"name": ""}), 422, "/problems/validation", field="name")
    expect_problem(person.api.post("/api/v1/tokens", {}), 422, "/problems/validation", field="name")
    assert len(person.api.ok("GET", "/api/v1/tokens")["tokens"]) == 1


def test_someone_elses_token_cannot_be_revoked(server):
    owner, other = server.make_user("owner"), server.make_user("other")
    owner_token_id = owner.api.ok("GET", "/api/v1/tokens")["tokens"][0]["id"]
    expect_problem(other.api.delete(f"/api/v1/tokens/{owner_token_id}"), 404, "/problems/not-found")
    expect_status(owner.api.get("/api/v1/me"), 200)


def test_garbage_tokens_are_401(server):
    for header in ("Bearer ", "Bearer x", "Bearer " + "a" * 500, "Basic dXNlcjpwYXNz", "Token abc"):
        r = server.anon().get("/api/v1/me", headers={"Authorization": header})
        expect_problem(r, 401, "/problems/unauthenticated")
