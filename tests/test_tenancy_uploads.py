"""Issue 9, hole 5 and the transport items of hole 6: an upload's guard is checked on its header, before any of
its body is read (an anonymous 250 MB upload used to be read whole before the 401); a person has at most two
uploads at once; Transfer-Encoding is chunked or nothing; tokens in paths stay out of the log; text holding a
NUL character is refused on both engines (PostgreSQL would cut it there, SQLite keep it)."""
from __future__ import annotations

import re
import socket
import uuid

import pytest

from data_helpers import aggregate_csv, create_district, upload
from trellis_helpers import create_org, create_team, expect_problem, raw_http

MB = 1024 * 1024


def imports_path(org_id: int, kind: str = "aggregate") -> str:
    return f"/api/v1/organizations/{org_id}/data/imports?kind={kind}"


def start_upload(server, path: str, length: int, first: bytes = b"", headers: dict | None = None) -> socket.socket:
    """Sends a POST's header announcing `length` bytes and only `first` of them; the caller decides the rest."""
    s = socket.create_connection(("127.0.0.1", server.port), timeout=20)
    head = f"POST {path} HTTP/1.1\r\nHost: t\r\nContent-Type: text/csv\r\nContent-Length: {length}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items()) + "\r\n"
    s.sendall(head.encode() + first)
    return s


def read_answer(s: socket.socket, data: bytes = b"") -> tuple[int, str, bytes]:
    """Reads one response (status, lower-cased head, body); a timeout (the server waiting for more) raises."""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        assert chunk, f"the connection closed without an answer: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"content-length:\s*(\d+)", head, re.I).group(1))
    while len(body) < length:
        chunk = s.recv(65536)
        assert chunk, "the connection closed in the middle of the answer"
        body += chunk
    status = int(head.split(b" ", 2)[1])
    return status, head.decode("latin-1").lower(), body[:length]


def answer_to_upload(server, path: str, length: int, first: bytes = b"", headers: dict | None = None):
    """The answer to an upload of which only `first` is ever sent (status, head, body)."""
    s = start_upload(server, path, length, first, headers)
    try:
        return read_answer(s)
    finally:
        s.close()


def wait_for_continue(s: socket.socket) -> None:
    """The server says `100 Continue` once it has accepted the upload's header (and taken one of its slots)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(1024)
        assert chunk, f"closed before 100 Continue: {data!r}"
        data += chunk
    assert data.startswith(b"HTTP/1.1 100"), data


def bearer(user) -> dict:
    return {"Authorization": f"Bearer {user.token}"}


@pytest.fixture(scope="module")
def district(admin):
    return create_district(admin)


# ------------------------------------------------------------------------------- the header-stage guard

def test_an_anonymous_upload_gets_401_before_its_body_is_sent(server, district):
    # 13 bytes of 250 MB: the answer must come without the rest (read_answer times out otherwise).
    status, head, body = answer_to_upload(server, imports_path(district["id"]), 250 * MB, b"org_code,year")
    assert status == 401, body
    assert b"/problems/unauthenticated" in body
    assert "connection: close" in head


def test_an_outsiders_upload_is_not_found_before_its_body_is_sent(server, district):
    stranger = server.make_user("stranger")
    create_team(stranger, create_org(stranger)["id"])  # an attacker with an organization of their own
    status, _, body = answer_to_upload(server, imports_path(district["id"]), 250 * MB, b"org_code", bearer(stranger))
    assert status == 404, body
    assert b"/problems/not-found" in body


def test_an_upload_with_a_revoked_token_is_refused_before_its_body(server, district):
    status, _, body = answer_to_upload(server, imports_path(district["id"]), 250 * MB, b"",
                                       {"Authorization": "Bearer not-a-token"})
    assert status == 401 and b"Invalid API token" in body


def test_an_anonymous_upload_over_the_size_limit_is_still_a_401(server, district):
    status, _, _ = answer_to_upload(server, imports_path(district["id"]), 300 * MB)
    assert status == 401  # who may upload is decided before how much


def test_the_district_admins_upload_over_the_limit_is_413_before_its_body(server, admin, district):
    status, _, body = answer_to_upload(server, imports_path(district["id"]), 300 * MB, b"org_code", bearer(admin))
    assert status == 413 and b"/problems/body-too-large" in body


def test_a_third_upload_at_once_waits_with_429_and_the_slots_come_back(server, admin, district):
    text = aggregate_csv(district["cds_code"]).encode()
    half = len(text) // 2
    first, second = (start_upload(server, imports_path(district["id"]), len(text), b"",
                                  {**bearer(admin), "Expect": "100-continue"}) for _ in range(2))
    try:
        for s in (first, second):
            wait_for_continue(s)  # both accepted: each holds one of the admin's two upload slots
            s.sendall(text[:half])
        status, head, body = answer_to_upload(server, imports_path(district["id"]), len(text), text[:half],
                                              bearer(admin))
        assert status == 429, body
        assert b"/problems/too-many-uploads" in body
        assert re.search(r"^retry-after: \d+", head, re.M), head
        for s in (first, second):
            s.sendall(text[half:])
            status, _, body = read_answer(s)
            assert status == 201, body
    finally:
        first.close()
        second.close()
    r = upload(admin.api, district["id"], text, "aggregate")  # the finished uploads gave their slots back
    assert r.status_code == 201, r.text


def test_an_accepted_chunked_upload_is_imported(server, admin, district):
    text = aggregate_csv(district["cds_code"], year=2023).encode()
    pieces = (text[i:i + 100] for i in range(0, len(text), 100))  # a generator: requests sends it chunked
    r = admin.api.request("POST", imports_path(district["id"]) + "&filename=chunked.csv", data=pieces,
                          headers={"Content-Type": "text/csv"})
    assert r.status_code == 201, r.text
    assert r.json()["summary"]["years"] == [2023]


# ------------------------------------------------------------------------------------- message framing

@pytest.mark.parametrize("coding", ["chunked, identity", "identity", "gzip, chunked", "chunked, chunked"])
def test_transfer_encoding_other_than_exactly_chunked_is_refused(server, coding):
    head = (f"POST /api/v1/session HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            f"Transfer-Encoding: {coding}\r\n\r\n").encode()
    status, data = raw_http(server.port, head, b'{"email":"a@b.example","password":"x"}', timeout=15)
    assert status == 400, data
    assert b"Transfer-Encoding" in data


# -------------------------------------------------------------------------------------- the access log

def test_tokens_in_paths_do_not_reach_the_access_log(server):
    api = server.anon()
    secrets = {name: uuid.uuid4().hex for name in ("calendar", "invitation", "accept", "page")}
    api.get(f"/calendar/{secrets['calendar']}.ics")
    api.get(f"/api/v1/invitations/{secrets['invitation']}")
    api.post(f"/api/v1/invitations/{secrets['accept']}/accept", {"name": "x", "password": "y"})
    api.get(f"/invitations/{secrets['page']}")
    api.get("/healthz")  # one keep-alive connection: the lines of the requests before this one are written
    log = server.log_path.read_text(errors="replace")
    for secret in secrets.values():
        assert secret not in log
    for line in ("GET /calendar/[redacted].ics ", "GET /api/v1/invitations/[redacted] ",
                 "POST /api/v1/invitations/[redacted]/accept ", "GET /invitations/[redacted] "):
        assert line in log, server.log_tail(20)


# ------------------------------------------------------------------------------------- NUL characters

def test_a_json_string_holding_nul_is_refused_naming_the_field(server, admin):
    r = admin.api.post("/api/v1/organizations", {"name": "Nul\u0000Org", "kind": "district"})
    expect_problem(r, 422, "/problems/validation", "name")
    org = create_org(admin)
    r = admin.api.post(f"/api/v1/organizations/{org['id']}/teams", {"name": "Team", "focus": "a\u0000b"})
    expect_problem(r, 422, "/problems/validation", "focus")
    names = [o["name"] for o in admin.api.ok("GET", "/api/v1/organizations")["organizations"]]
    assert not any(n.startswith("Nul") for n in names)  # nothing was stored, cut or whole


def test_a_query_parameter_holding_nul_is_refused(server, admin, district):
    r = upload(admin.api, district["id"], aggregate_csv(district["cds_code"]), "aggregate", filename="a%00b.csv")
    expect_problem(r, 422, "/problems/validation", "filename")


def test_an_imported_file_with_a_nul_byte_is_rejected_at_its_line_and_column(server, admin, district):
    before = admin.api.ok("GET", f"/api/v1/organizations/{district['id']}/data/imports")["imports"]
    text = aggregate_csv(district["cds_code"], year=2022).encode()
    lines = text.split(b"\n")
    lines[2] = lines[2].replace(b",lower_is_better,", b",lower_is\x00_better,")
    r = upload(admin.api, district["id"], b"\n".join(lines), "aggregate")
    body = expect_problem(r, 422, "/problems/import-rejected")
    assert body["errors"][0]["line"] == 3 and body["errors"][0]["column"] == 4, body
    assert "NUL" in body["errors"][0]["message"]
    assert admin.api.ok("GET", f"/api/v1/organizations/{district['id']}/data/imports")["imports"] == before
