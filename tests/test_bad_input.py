"""Bad input of every kind: a clear 4xx problem that names what was wrong, never a 500, and nothing written."""
import json

import pytest

from trellis_helpers import (add_member, create_org, create_team, expect_problem, expect_status, invite, raw_http,
                             unique, unique_email)


def org_names(user):
    return sorted(o["name"] for o in user.api.ok("GET", "/api/v1/organizations")["organizations"])


@pytest.fixture
def org_team(admin):
    org = create_org(admin, grade_spans=["elementary", "middle", "high"])
    team = create_team(admin, org["id"])
    member = add_member(admin, team["id"], name="Existing Member", perspectives=["families"])
    return org, team, member


@pytest.mark.parametrize("body", [
    b'{"name": "Half', b'{"name": "x", "kind": "district",}', b"not json at all", b'{"name": "x"} trailing',
])
def test_malformed_json_is_400_with_line_and_column(admin, body):
    before = org_names(admin)
    r = admin.api.post("/api/v1/organizations", data=body, headers={"Content-Type": "application/json"})
    problem = expect_problem(r, 400, "/problems/malformed-json")
    assert "line" in problem["detail"].lower() and "column" in problem["detail"].lower(), problem
    assert org_names(admin) == before


def test_empty_body_where_one_is_required(admin):
    before = org_names(admin)
    r = admin.api.post("/api/v1/organizations", data=b"", headers={"Content-Type": "application/json"})
    assert r.status_code in (400, 422), r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert org_names(admin) == before


@pytest.mark.parametrize("body,field", [
    ({"name": 5, "kind": "district"}, "name"),
    ({"kind": "district"}, "name"),
    ({"name": "   ", "kind": "district"}, "name"),
    ({"name": "Org", "kind": "galaxy"}, "kind"),
    ({"name": "Org"}, "kind"),
    ({"name": "Org", "kind": "district", "grade_spans": "elementary"}, "grade_spans"),
    ({"name": "Org", "kind": "district", "grade_spans": ["kindergarten"]}, "grade_spans"),
    ({"name": "Org", "kind": "district", "profile": {"enrollment": "many"}}, "enrollment"),
    ({"name": "Org", "kind": "district", "profile": {"enrollment": -5}}, "enrollment"),
    (["name", "Org"], None),
])
def test_wrong_types_on_organization_create(admin, body, field):
    before = org_names(admin)
    r = admin.api.post("/api/v1/organizations", body)
    if field is None:
        expect_problem(r, 422, "/problems/validation")
    else:
        expect_problem(r, 422, "/problems/validation", field=field)
    assert org_names(admin) == before


@pytest.mark.parametrize("cds", ["1234", "2766092000000A", "276609200000001", "27-660920000000"])
def test_invalid_cds_code_is_422_and_nothing_created(admin, cds):
    name = unique("BadCDS")
    r = admin.api.post("/api/v1/organizations", {"name": name, "kind": "district", "cds_code": cds})
    body = expect_problem(r, 422, "/problems/validation", field="cds_code")
    assert cds in body["detail"], body  # says what it got
    assert name not in org_names(admin)


def test_invalid_cds_code_on_patch_keeps_the_stored_one(admin):
    org = create_org(admin, cds_code="19646670000000")
    r = admin.api.patch(f"/api/v1/organizations/{org['id']}", {"cds_code": "1234", "name": "Changed",
                                                                "version": org["version"]})
    expect_problem(r, 422, "/problems/validation", field="cds_code")
    assert admin.api.ok("GET", f"/api/v1/organizations/{org['id']}") == org


def test_duplicate_cds_code_is_a_conflict(admin):
    cds = "10" + str(abs(hash(unique())))[:12].rjust(12, "0")
    create_org(admin, cds_code=cds)
    name = unique("Second")
    expect_problem(admin.api.post("/api/v1/organizations", {"name": name, "kind": "district", "cds_code": cds}),
                   409, "/problems/conflict")
    assert name not in org_names(admin)


def test_unknown_fields_are_ignored(admin):
    name = unique("Extra")
    r = admin.api.post("/api/v1/organizations", {"name": name, "kind": "school", "favourite_colour": "teal",
                                                 "id": 999999, "version": 77})
    expect_status(r, 201)
    org = r.json()
    assert "favourite_colour" not in org and org["id"] != 999999
    assert admin.api.ok("GET", f"/api/v1/organizations/{org['id']}") == org


def test_wrong_types_on_members(admin, org_team):
    _, team, member = org_team
    before = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")
    cases = [
        ({"name": "P", "email": unique_email(), "perspectives": "x"}, "perspectives"),
        ({"name": "P", "email": unique_email(), "perspectives": [5]}, "perspectives"),
        ({"name": 5, "email": unique_email()}, "name"),
        ({"name": "P", "email": "not-an-email"}, "email"),
        ({"name": "P"}, "email"),
        ({"name": "P", "email": unique_email(), "role": "emperor"}, "role"),
        ({"name": "P", "email": unique_email(), "grade_spans": ["college"]}, "grade_spans"),
        ({"name": "P", "email": unique_email(), "content_areas": ["x" * 81]}, "content_areas"),
        ({"name": "P", "email": unique_email(), "content_areas": [""]}, "content_areas"),
        ({"name": "P", "email": unique_email(), "skills": ["data", "data"]}, "skills"),
    ]
    for body, field in cases:
        r = admin.api.post(f"/api/v1/teams/{team['id']}/members", body)
        expect_problem(r, 422, "/problems/validation", field=field)
    path = f"/api/v1/teams/{team['id']}/members/{member['id']}"
    expect_problem(admin.api.patch(path, {"perspectives": "x", "version": member["version"]}), 422,
                   "/problems/validation", field="perspectives")
    expect_problem(admin.api.patch(path, {"name": "No version"}), 422, "/problems/validation", field="version")
    expect_problem(admin.api.patch(path, {"name": "Bad version", "version": "one"}), 422, "/problems/validation",
                   field="version")
    expect_problem(admin.api.patch(f"/api/v1/teams/{team['id']}", {"name": ["list"], "version": team["version"]}),
                   422, "/problems/validation", field="name")
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}") == before


def test_duplicate_member_email_on_a_team_is_a_conflict(admin, org_team):
    _, team, member = org_team
    before = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")
    for addr in (member["email"], member["email"].upper()):
        r = admin.api.post(f"/api/v1/teams/{team['id']}/members", {"name": "Twin", "email": addr})
        expect_problem(r, 409, "/problems/conflict")
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}") == before


def test_duplicate_email_when_accepting_an_invitation(server, admin, org_team):
    _, team, _ = org_team
    existing = server.make_user("existing")
    _, token = invite(admin, f"/api/v1/teams/{team['id']}/invitations", existing.email.upper(), "member")
    r = server.anon().post(f"/api/v1/invitations/{token}/accept", {"name": "Second Account",
                                                                   "password": "long-enough-password"})
    expect_problem(r, 409, "/problems/conflict")
    # The existing account keeps its password and its name.
    assert existing.cookie_client().get("/api/v1/me").json()["user"]["name"] == existing.name


def test_short_password_on_accept_creates_nothing(server, admin, org_team):
    _, team, _ = org_team
    addr = unique_email("shortpw")
    _, token = invite(admin, f"/api/v1/teams/{team['id']}/invitations", addr, "member")
    anon = server.anon()
    expect_problem(anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Shorty", "password": "short"}),
                   422, "/problems/validation", field="password")
    expect_problem(anon.post(f"/api/v1/invitations/{token}/accept", {"name": 7, "password": "long-enough-pw"}),
                   422, "/problems/validation", field="name")
    # Nothing was created and the invitation is still good.
    assert anon.get(f"/api/v1/invitations/{token}").status_code == 200
    expect_status(anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Shorty", "password": "long-enough-pw"}),
                  200)


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_415(admin, ctype):
    name = unique("CType")
    headers = {"Content-Type": ctype} if ctype else {}
    r = admin.api.post("/api/v1/organizations", data=json.dumps({"name": name, "kind": "district"}).encode(),
                       headers=headers)
    if ctype is None:
        # requests sends no Content-Type for raw bytes: a body that does not say it is JSON.
        assert "Content-Type" not in r.request.headers
    expect_problem(r, 415, "/problems/unsupported-media-type")
    assert name not in org_names(admin)


def test_json_with_charset_is_accepted(admin):
    name = unique("Charset")
    r = admin.api.post("/api/v1/organizations", data=json.dumps({"name": name, "kind": "district"}).encode(),
                       headers={"Content-Type": "application/json; charset=utf-8"})
    expect_status(r, 201)


def test_two_mib_body_is_413_and_nothing_written(server, admin):
    name = unique("Huge")
    body = json.dumps({"name": name, "kind": "district", "padding": "x" * (2 * 1024 * 1024)}).encode()
    head = (f"POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"Authorization: Bearer {admin.token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    status, response = raw_http(server.port, head, body)
    assert status == 413, f"expected 413, got {status}: {response[:600]!r}"
    head_text, _, payload = response.partition(b"\r\n\r\n")
    assert b"application/problem+json" in head_text.lower()
    assert json.loads(payload)["type"] == "/problems/body-too-large"
    assert name not in org_names(admin)
    expect_status(server.anon().get("/healthz"), 200)


def test_non_utf8_body_is_refused(admin):
    r = admin.api.post("/api/v1/organizations", data=b'{"name": "\xff\xfe", "kind": "district"}',
                       headers={"Content-Type": "application/json"})
    assert r.status_code in (400, 422), r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")


@pytest.mark.parametrize("method,path", [
    ("GET", "/api/v1/organizations/999999"),
    ("PATCH", "/api/v1/organizations/999999"),
    ("GET", "/api/v1/organizations/999999/teams"),
    ("GET", "/api/v1/organizations/999999/members"),
    ("GET", "/api/v1/networks/999999"),
    ("GET", "/api/v1/teams/999999"),
    ("PATCH", "/api/v1/teams/999999"),
    ("GET", "/api/v1/teams/999999/representation"),
    ("POST", "/api/v1/teams/999999/members"),
    ("DELETE", "/api/v1/tokens/999999"),
])
def test_unknown_ids_are_404(admin, method, path):
    body = {"name": "x", "email": unique_email(), "version": 1} if method in ("POST", "PATCH") else None
    expect_problem(admin.api.request(method, path, body), 404, "/problems/not-found")


def test_unknown_member_and_non_numeric_ids(admin, org_team):
    _, team, _ = org_team
    expect_problem(admin.api.patch(f"/api/v1/teams/{team['id']}/members/999999", {"name": "x", "version": 1}),
                   404, "/problems/not-found")
    expect_problem(admin.api.delete(f"/api/v1/teams/{team['id']}/members/999999"), 404, "/problems/not-found")
    expect_problem(admin.api.get("/api/v1/teams/abc"), 404, "/problems/not-found")
    expect_problem(admin.api.get("/api/v1/teams/99999999999999999999999"), 404, "/problems/not-found")


def test_a_member_of_another_team_cannot_be_edited_through_this_team(admin, org_team):
    org, team, member = org_team
    other = create_team(admin, org["id"])
    r = admin.api.patch(f"/api/v1/teams/{other['id']}/members/{member['id']}", {"name": "Moved", "version":
                                                                                 member["version"]})
    expect_problem(r, 404, "/problems/not-found")
    expect_problem(admin.api.delete(f"/api/v1/teams/{other['id']}/members/{member['id']}"), 404,
                   "/problems/not-found")
    assert member["id"] in [m["id"] for m in admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["members"]]


def test_network_with_unknown_facilitator_is_refused(admin):
    name = unique("Net")
    r = admin.api.post("/api/v1/networks", {"name": name, "facilitator_organization_id": 999999})
    assert r.status_code in (404, 422), r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert name not in [n["name"] for n in admin.api.ok("GET", "/api/v1/networks")["networks"]]


def test_network_dates_and_roles_are_validated(admin):
    fac = create_org(admin, kind="intermediary")
    name = unique("Net")
    expect_problem(admin.api.post("/api/v1/networks", {"name": name, "facilitator_organization_id": fac["id"],
                                                       "starts_on": "2026-13-45"}),
                   422, "/problems/validation", field="starts_on")
    assert name not in [n["name"] for n in admin.api.ok("GET", "/api/v1/networks")["networks"]]
    net = admin.api.ok("POST", "/api/v1/networks", {"name": name, "facilitator_organization_id": fac["id"]},
                       status=201)
    peer = create_org(admin)
    expect_problem(admin.api.post(f"/api/v1/networks/{net['id']}/members",
                                  {"organization_id": peer["id"], "role": "overlord"}),
                   422, "/problems/validation", field="role")
    assert admin.api.ok("GET", f"/api/v1/networks/{net['id']}")["members"] == []
