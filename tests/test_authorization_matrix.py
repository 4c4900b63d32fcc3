"""The authorization matrix: every route of `trellis routes` (the route table, the live socket included), called
as each kind of caller on one district's things, must give the outcome that the route declares beside its
definition (src/api/access.hpp). A route without a declaration fails here and in the unit tests.

The world: district D with team T in network N (facilitated by F, mentored by M, with peer P), every kind of
caller of access.hpp, and a stranger who put D in a network of their own (a membership D never accepted).
Every request of the walk also checks that nobody outside T reads T's marker in any answer."""
import json
import re
import socket

import pytest

from matrix_world import CALLERS, build_world, fill_path
from trellis_helpers import cli, load_openapi

STATUS_OUTCOMES = {401: "401", 403: "403", 404: "404"}
# Who may read what T wrote (its name, meetings, notes): anyone else must never see the marker.
TEAM_READERS = {"participant", "member", "lead", "admin"}


def route_entries():
    """`trellis routes`, each route marked with whether docs/openapi.json gives it a request body."""
    documented = load_openapi()["paths"]
    routes = json.loads(cli("routes").stdout)["routes"]
    for route in routes:
        operation = documented.get(route["pattern"], {}).get(route["method"].lower(), {})
        route["has_body"] = "requestBody" in operation
    return routes


ROUTES = route_entries()


def route_id(route):
    return f"{route['method']} {route['pattern']}"


def test_every_route_declares_every_caller():
    undeclared = [f"{route_id(r)}: {caller}" for r in ROUTES for caller in CALLERS
                  if r["access"].get(caller, "undeclared") == "undeclared"]
    assert not undeclared, "routes without a declared outcome:\n" + "\n".join(undeclared)


def test_the_matrix_covers_every_documented_route():
    documented = {f"{m.upper()} {p}" for p, item in load_openapi()["paths"].items() for m in item
                  if m in ("get", "post", "put", "patch", "delete")}
    documented.discard("GET /healthz")  # the load balancer's probe, answered before the API (app.cpp)
    walked = {route_id(r) for r in ROUTES if not r.get("websocket")}
    assert documented <= walked, f"documented but not in the matrix: {sorted(documented - walked)}"
    assert any(r.get("websocket") for r in ROUTES), "the live socket is missing from the matrix"


@pytest.fixture(scope="module")
def world(server, mail_sink):
    return build_world(server, mail_sink)


def websocket_status(server, path, token):
    """The status line of a WebSocket upgrade of `path` (101 when accepted)."""
    headers = [f"GET {path} HTTP/1.1", f"Host: 127.0.0.1:{server.port}", "Upgrade: websocket",
               "Connection: Upgrade", "Sec-WebSocket-Version: 13", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="]
    if token:
        headers.append(f"Authorization: Bearer {token}")
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
        s.sendall(("\r\n".join(headers) + "\r\n\r\n").encode())
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    m = re.match(rb"HTTP/1\.1 (\d{3})", data)
    assert m, f"no status line for the upgrade of {path}: {data[:200]!r}"
    return int(m.group(1)), data.decode("utf-8", "replace")


def outcome_of(status):
    return STATUS_OUTCOMES.get(status, "allowed")


# GETs first, then writes that carry a body (probed with a body no handler accepts, so an allowed caller gets
# 400/422 and nothing changes), then the writes that act without a body (each allowed caller on a fresh target).
def walk_order(route):
    if route["method"] == "GET":
        return 0
    return 1 if route["has_body"] else 2


@pytest.mark.parametrize("route", sorted(ROUTES, key=walk_order), ids=route_id)
def test_route_gives_each_caller_its_declared_outcome(world, route):
    wrong = []
    for caller in CALLERS:
        expected = route["access"][caller]
        api = world.api(caller)
        target = world.target_for(route, caller, expected)
        path = fill_path(route, world, target)
        if route.get("websocket"):
            status, text = websocket_status(world.server, path, world.token(caller))
            got = "allowed" if status == 101 else outcome_of(status)
        else:
            body = None if route["method"] in ("GET", "DELETE") or target.get("no_body") else []
            r = api.request(route["method"], path, body)
            status, text = r.status_code, r.text
            got = outcome_of(status)
            if status >= 500 or status == 405:
                wrong.append(f"{caller}: {status} {text[:200]}")
                continue
            if got == "allowed" and route["method"] == "GET" and not 200 <= status < 300:
                wrong.append(f"{caller}: allowed, but a GET answered {status} {text[:200]}")
                continue
            if got == "allowed" and target.get("acts") and not 200 <= status < 300:
                wrong.append(f"{caller}: allowed, but the action answered {status} {text[:200]}")
                continue
        if got != expected:
            wrong.append(f"{caller}: declared {expected}, got {status} {text[:200]}")
        if route["pattern"].startswith("/api/v1/agreements/") or route["pattern"] == "/api/v1/me/coached-teams":
            # A coaching-log entry names the teams it served to the agreement's readers, and a coach's home the
            # teams the coach serves (issue 11): T's name reaches them by design; nothing else of T may.
            text = text.replace(world.team_name, "")
        if route["pattern"] == "/api/v1/networks/{id}/minutes/{meeting_id}" and caller in (
                "facilitator", "mentor", "partner", "data_lead", "reviewer"):
            # T shares its minutes with N and its peers for this read (PREPARED_READS): N's facilitator and coach,
            # and the member districts' staff, read them.
            text = text.replace(world.marker, "")
        if route["pattern"] == "/api/v1/networks/{id}/meetings":
            # The facilitator's admins choose whom a network meeting invites among the teams of the network's
            # accepted members (issue 11): T's name reaches them by design, nothing else of T.
            text = text.replace(world.team_name, "")
        if caller == "reviewer" and (route["pattern"].startswith("/api/v1/feedback-rounds/")
                                     or route["pattern"] == "/api/v1/me/feedback-requests"):
            # A feedback round shows its reviewer the team's name and the item under review (T's prototype, named
            # with the marker) by design: the reviewer reads exactly that, and nothing else of T anywhere.
            text = text.replace(world.team_name, "").replace(world.marker, "")
        if (200 <= status < 300 and not route["public"] and caller not in TEAM_READERS
                and world.marker in text):
            wrong.append(f"{caller}: read team T's marker in {text[:300]}")
        world.after(route, caller, target)
    assert not wrong, f"{route_id(route)}:\n" + "\n".join(wrong)


def test_the_walk_changed_nothing_of_team_t(world):
    """Every refused write left T as its lead sees it; the allowed probes carried bodies no handler accepts."""
    assert world.snapshot() == world.initial_snapshot


@pytest.mark.parametrize("suffix", ["/data", "/data/analysis", "/teachers", "/audit"])
def test_an_outsiders_404_reads_like_an_unknown_ids(world, suffix):
    """A refusal names the resource as an unknown id would (the name table once read past its end here and
    answered bytes of a pointer, invalid UTF-8 in JSON)."""
    d = world.ids["organization"]
    refused = world.api("stranger").request("GET", f"/api/v1/organizations/{d}{suffix}")
    unknown = world.api("stranger").request("GET", f"/api/v1/organizations/99999999{suffix}")
    assert refused.status_code == unknown.status_code == 404, (refused.text, unknown.text)
    assert refused.json()["detail"] == f"organization {d} was not found", refused.text
    assert refused.json()["detail"].replace(str(d), "N") == unknown.json()["detail"].replace("99999999", "N")
