"""Lists come from the one policy: for every kind of caller of the authorization matrix, every team,
organization and network a list shows opens for that caller, and every one that opens is in the list. The ids
walked are every one that any caller's list shows, plus the world's own (tests/matrix_world.py), so something
a list wrongly hid from everyone is still asked for."""
import pytest

from matrix_world import CALLERS, build_world

LISTS = {"teams": "teams", "organizations": "organizations", "networks": "networks"}
SIGNED_IN = [c for c in CALLERS if c != "anonymous"]


@pytest.fixture(scope="module")
def world(server, mail_sink):
    return build_world(server, mail_sink)


def listed(api, kind):
    return {item["id"] for item in api.ok("GET", f"/api/v1/{kind}")[LISTS[kind]]}


@pytest.fixture(scope="module")
def known_ids(world):
    ids = {"teams": {world.ids["team"]}, "organizations": {world.ids["organization"], world.ids["facilitator_org"]},
           "networks": {world.ids["network"]}}
    for caller in SIGNED_IN:
        for kind in LISTS:
            ids[kind] |= listed(world.api(caller), kind)
    return ids


@pytest.mark.parametrize("kind", list(LISTS))
@pytest.mark.parametrize("caller", SIGNED_IN)
def test_a_list_holds_exactly_what_the_caller_may_open(world, known_ids, caller, kind):
    api = world.api(caller)
    shown = listed(api, kind)
    opens = {i for i in known_ids[kind] if api.request("GET", f"/api/v1/{kind}/{i}").status_code == 200}
    assert shown - opens == set(), f"{caller} is listed {kind} they cannot open: {sorted(shown - opens)}"
    assert opens - shown == set(), f"{caller} can open {kind} their list leaves out: {sorted(opens - shown)}"


def test_the_lists_differ_by_caller(world):
    """A guard against a walk that proves nothing: the lead sees T, the partner does not; the partner sees D
    (a peer in N) and N; the other district's lead sees neither."""
    t, d, n = world.ids["team"], world.ids["organization"], world.ids["network"]
    assert t in listed(world.api("lead"), "teams")
    assert t not in listed(world.api("partner"), "teams")
    assert d in listed(world.api("partner"), "organizations") and n in listed(world.api("partner"), "networks")
    assert d not in listed(world.api("other_lead"), "organizations")
    assert n not in listed(world.api("other_lead"), "networks")


@pytest.mark.parametrize("caller", SIGNED_IN)
def test_the_networks_agreements_list_holds_exactly_what_the_caller_may_open(world, caller):
    """N's agreements (issue 11): a caller who reads N sees in its list exactly the agreements they can open."""
    api, n, a = world.api(caller), world.ids["network"], world.ids["agreement"]
    r = api.request("GET", f"/api/v1/networks/{n}/agreements")
    opens = api.request("GET", f"/api/v1/agreements/{a}").status_code == 200
    if r.status_code == 404:
        assert not opens, f"{caller} opens agreement {a} of a network they cannot read"
        return
    shown = {x["id"] for x in r.json()["agreements"]}
    assert (a in shown) == opens, f"{caller}: listed {a in shown}, opens {opens}"
