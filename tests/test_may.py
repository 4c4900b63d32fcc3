"""What a response says the caller may do (`may`, computed by the server's one policy) is exactly what the
server then lets that caller do. The web app shows and hides its controls from `may` alone, so a control it
shows must work and a control it hides must be one the server refuses.

Each probe is a request the guard must pass or refuse and that changes nothing when it passes (a stale version
or an empty body, refused afterwards for its content), asked as every kind of caller of the authorization
matrix on district D, team T, T's meeting and network N (tests/matrix_world.py)."""
import pytest

from matrix_world import CALLERS, build_world

REFUSED = (401, 403, 404)


@pytest.fixture(scope="module")
def world(server, mail_sink):
    return build_world(server, mail_sink)


def passes_guard(api, method, path, body=None):
    response = api.request(method, path, body)
    return response.status_code not in REFUSED


def probes(w):
    d, t, n, m = w.ids["organization"], w.ids["team"], w.ids["network"], w.ids["meeting"]
    a, f = w.ids["agreement"], w.ids["feedback_round"]
    return {
        ("team", t): {
            "manage": ("PATCH", f"/api/v1/teams/{t}", {"version": 0}),
            "contribute": ("POST", f"/api/v1/meetings/{m}/decisions", {}),
        },
        ("meeting", m): {
            "manage": ("PATCH", f"/api/v1/meetings/{m}", {"version": 0}),
            "contribute": ("POST", f"/api/v1/meetings/{m}/decisions", {}),
            "take_part": ("PUT", f"/api/v1/meetings/{m}/notes/{w.ids['agenda_item']}", {}),
            # Proved per caller below, on an item the caller owns (test_update_own_items_says_what_the_owner_may).
            "update_own_items": None,
        },
        ("organization", d): {
            "manage": ("PATCH", f"/api/v1/organizations/{d}", {"version": 0}),
            "read_student_data": ("GET", f"/api/v1/organizations/{d}/teachers", None),
            "contribute_student_data": ("PUT", f"/api/v1/organizations/{d}/teachers/me", {}),
            "manage_student_data": ("PUT", f"/api/v1/organizations/{d}/data/settings", {}),
            "read_shared_data": ("GET", f"/api/v1/organizations/{d}/data/analysis?indicator=suspension&year=2024", None),
        },
        ("network", n): {
            "manage": ("POST", f"/api/v1/networks/{n}/members", {}),
            "read_progress": ("GET", f"/api/v1/networks/{n}/dashboard", None),
        },
        ("feedback-round", f): {
            "comment": ("POST", f"/api/v1/feedback-rounds/{f}/comments", {}),
            "close": ("PUT", f"/api/v1/feedback-rounds/{f}/close", {"version": 0}),
            "invite": ("POST", f"/api/v1/feedback-rounds/{f}/reviewers", {}),
            # Only a person still invited answers; proved in tests/test_feedback.py (answered once, then 409).
            "respond": None,
        },
        ("agreement", a): {
            "read": ("GET", f"/api/v1/agreements/{a}/history", None),
            "log": ("POST", f"/api/v1/agreements/{a}/coaching-log", {}),
            "manage": ("PATCH", f"/api/v1/agreements/{a}", {"version": 0}),
        },
    }


@pytest.mark.parametrize("caller", [c for c in CALLERS if c != "anonymous"])
def test_may_says_what_the_server_allows(world, caller):
    api = world.api(caller)
    for (kind, resource_id), actions in probes(world).items():
        shown = api.request("GET", f"/api/v1/{kind}s/{resource_id}")
        if shown.status_code == 404:
            # A caller who cannot see the thing is refused everything about it and learns nothing.
            for action, probe in actions.items():
                assert probe is None or not passes_guard(api, *probe), f"{caller}: {kind} {action} passed, unseen"
            continue
        assert shown.status_code == 200, f"{caller}: GET {kind} {resource_id} answered {shown.status_code}"
        may = shown.json()["may"]
        assert set(may) == set(actions), f"{caller}: {kind}.may has {sorted(may)}"
        for action, probe in actions.items():
            if probe is None:
                continue
            method, path, body = probe
            assert may[action] == passes_guard(api, method, path, body), \
                f"{caller}: {kind}.may.{action} is {may[action]} but {method} {path} says otherwise"


def test_the_fixture_callers_differ_where_the_policy_says(world):
    """A guard against a probe that cannot fail: the lead manages T, the participant does not; the member fills in a
    teacher profile, the participant (a family representative) does not; only the facilitator manages N."""
    def may(caller, kind, resource):
        return world.api(caller).ok("GET", f"/api/v1/{kind}s/{world.ids[resource]}")["may"]
    assert may("lead", "team", "team") == {"contribute": True, "manage": True}
    assert may("member", "team", "team") == {"contribute": True, "manage": False}
    assert may("participant", "team", "team") == {"contribute": False, "manage": False}
    assert may("member", "organization", "organization")["contribute_student_data"] is True
    assert may("participant", "organization", "organization")["contribute_student_data"] is False
    assert may("data_lead", "organization", "organization")["manage"] is False
    assert may("data_lead", "organization", "organization")["manage_student_data"] is True
    assert may("facilitator", "network", "network") == {"manage": True, "read_progress": True}
    # A peer district's admin reads the dashboard (what teams share with their peers); a family participant does not.
    assert may("partner", "network", "network") == {"manage": False, "read_progress": True}
    assert may("participant", "network", "network") == {"manage": False, "read_progress": False}
    assert may("mentor", "agreement", "agreement") == {"read": True, "log": True, "manage": False}
    assert may("facilitator", "agreement", "agreement") == {"read": True, "log": True, "manage": True}
    assert may("partner", "agreement", "agreement") == {"read": True, "log": False, "manage": False}


def test_team_members_say_who_takes_part(world):
    """Leads and members contribute to the team's work; participants take part in its meetings (their attendance,
    their notes) and own action items too."""
    members = world.api("lead").ok("GET", f"/api/v1/teams/{world.ids['team']}")["members"]
    assert {m["role"]: m["contributes"] for m in members} == {"lead": True, "member": True, "participant": False}
    assert {m["role"]: m["takes_part"] for m in members} == {"lead": True, "member": True, "participant": True}


@pytest.mark.parametrize("caller", ["participant", "member", "lead"])
def test_update_own_items_says_what_the_owner_may(world, caller):
    """The meeting's `may.update_own_items` is what the caller may do with an item they own: change its status."""
    m = world.ids["meeting"]
    api = world.api(caller)
    shown = api.ok("GET", f"/api/v1/meetings/{m}")
    mine = shown["my_member_id"]
    assert mine is not None, f"{caller} has a seat in T's meeting"
    item = world.api("lead").ok("POST", f"/api/v1/meetings/{m}/action-items",
                                {"title": "An item of one's own", "owner_id": mine, "due": "2030-06-01"}, status=201)
    try:
        # A stale version: the guard passes or refuses, and nothing changes.
        passed = passes_guard(api, "PATCH", f"/api/v1/action-items/{item['id']}", {"status": "done", "version": 0})
        assert shown["may"]["update_own_items"] == passed
    finally:
        world.api("lead").ok("PATCH", f"/api/v1/action-items/{item['id']}",
                             {"status": "dropped", "version": item["version"]})
