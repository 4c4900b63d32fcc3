"""Agreements (MOUs, issue 11): a network's facilitator records who mentors whom, the purchased coaching hours by
kind, the coaches and liaisons; parties and coaches read it, only the facilitator's admins edit it, every change is
kept as a version; bad fields are refused naming the field, a stale edit is refused with the current agreement."""
import pytest

from agreement_helpers import Network
from trellis_helpers import expect_problem


@pytest.fixture(scope="module")
def net(server, mail_sink):
    return Network(server, mail_sink)


def test_the_facilitator_makes_an_agreement_and_the_parties_read_it(net):
    made = net.facilitator.api.request("POST", f"/api/v1/networks/{net.n}/agreements", net.agreement_body())
    assert made.status_code == 201, made.text
    a = made.json()
    assert made.headers["Location"] == f"/api/v1/agreements/{a['id']}"
    assert a["facilitator_organization"] == {"id": net.f["id"], "name": net.f["name"]}
    assert a["mentor_organization"]["id"] == net.m["id"]
    assert [p["id"] for p in a["peer_organizations"]] == [net.p1["id"], net.p2["id"]]
    assert a["coaches"] == [{"user_id": net.coach.id, "name": net.coach.name}]
    assert {(x["organization_id"], x["user_id"]) for x in a["liaisons"]} == {
        (net.m["id"], net.mentor_admin.id), (net.p1["id"], net.p1_admin.id)}
    # Kinds in the contract's order, whatever the order sent.
    assert a["hours"] == [
        {"kind": "site_visit", "purchased": 60.5, "used": 0, "hourly_rate": None, "over": False},
        {"kind": "virtual_coaching", "purchased": 40, "used": 0, "hourly_rate": 150, "over": False}]
    assert (a["purchased_total"], a["used_total"], a["used_share"], a["warning"]) == (100.5, 0, 0, None)
    assert a["projected_exhaustion_on"] is None and a["monthly"] == [] and a["version"] == 1
    assert a["may"] == {"read": True, "log": True, "manage": True}

    expected_may = {net.coach: {"read": True, "log": True, "manage": False},
                    net.f_staff: {"read": True, "log": True, "manage": False},
                    net.p1_admin: {"read": True, "log": False, "manage": False},
                    net.mentor_admin: {"read": True, "log": False, "manage": False}}
    for who, may in expected_may.items():
        got = who.api.ok("GET", f"/api/v1/agreements/{a['id']}")
        assert got["may"] == may, who.email
        listed = who.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
        assert a["id"] in [x["id"] for x in listed]
    # Q never accepted: it learns nothing, and its network read is refused.
    assert net.q_admin.api.request("GET", f"/api/v1/agreements/{a['id']}").status_code == 404
    assert net.q_admin.api.request("GET", f"/api/v1/networks/{net.n}/agreements").status_code == 404


def test_a_peer_sees_only_the_agreements_its_organization_is_party_to(net):
    only_p1 = net.create(title="Only P1", peer_organization_ids=[net.p1["id"]], liaisons=[], coach_user_ids=[],
                         starts_on="2027-01-01")
    listed = net.p2_admin.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
    assert only_p1["id"] not in [x["id"] for x in listed]
    assert net.p2_admin.api.request("GET", f"/api/v1/agreements/{only_p1['id']}").status_code == 404
    # The facilitator's staff see all, newest start first.
    mine = net.f_staff.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
    starts = [x["starts_on"] for x in mine]
    assert only_p1["id"] in [x["id"] for x in mine] and starts == sorted(starts, reverse=True)


def test_only_the_facilitators_admins_edit(net):
    a = net.create()
    for who in (net.coach, net.f_staff, net.p1_admin, net.mentor_admin):
        r = who.api.request("PATCH", f"/api/v1/agreements/{a['id']}", {"title": "Mine now", "version": 1})
        expect_problem(r, 403, "/problems/forbidden")
    r = net.q_admin.api.request("PATCH", f"/api/v1/agreements/{a['id']}", {"title": "Mine now", "version": 1})
    assert r.status_code == 404
    assert net.facilitator.api.ok("GET", f"/api/v1/agreements/{a['id']}")["title"] == a["title"]


def test_every_change_is_a_version_and_a_stale_edit_gets_the_current(net):
    a = net.create()
    path = f"/api/v1/agreements/{a['id']}"
    edited = net.facilitator.api.ok("PATCH", path, {"version": 1, "title": "Renewed MOU", "status": "ended",
                                                    "coach_user_ids": [net.coach.id, net.coach2.id]})
    assert edited["version"] == 2 and edited["title"] == "Renewed MOU" and edited["status"] == "ended"
    assert {c["user_id"] for c in edited["coaches"]} == {net.coach.id, net.coach2.id}
    assert edited["hours"][0]["purchased"] == 60.5  # untouched fields stay
    # The new coach now reads it and may log.
    assert net.coach2.api.ok("GET", path)["may"]["log"] is True

    stale = net.facilitator.api.request("PATCH", path, {"version": 1, "title": "Late edit"})
    body = expect_problem(stale, 409, "/problems/stale-edit")
    assert body["current"]["title"] == "Renewed MOU" and body["current"]["version"] == 2

    history = net.coach.api.ok("GET", path + "/history")["versions"]
    assert [v["version"] for v in history] == [2, 1]
    assert history[0]["changed_by"] == {"id": net.facilitator.id, "name": net.facilitator.name}
    assert history[1]["agreement"]["title"] == a["title"] and history[0]["agreement"]["status"] == "ended"
    assert "used" not in history[1]["agreement"]["hours"][0]
    assert history[0]["changed_at"].endswith("Z")


@pytest.mark.parametrize("change, field", [
    ({"title": ""}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"scope": "x" * 4001}, "scope"),
    ({"starts_on": "2026-02-30"}, "starts_on"),
    ({"ends_on": "2026-07-01"}, "ends_on"),
    ({"status": "signed"}, "status"),
    ({"mentor_organization_id": "one"}, "mentor_organization_id"),
    ({"peer_organization_ids": []}, "peer_organization_ids"),
    ({"hours": [{"kind": "lunch", "purchased": 1}]}, "hours[0].kind"),
    ({"hours": [{"kind": "site_visit", "purchased": 1}, {"kind": "site_visit", "purchased": 2}]}, "hours[1].kind"),
    ({"hours": [{"kind": "site_visit", "purchased": 10001}]}, "hours[0].purchased"),
    ({"hours": [{"kind": "site_visit", "purchased": 1.255}]}, "hours[0].purchased"),
    ({"hours": [{"kind": "site_visit", "purchased": 1, "hourly_rate": -5}]}, "hours[0].hourly_rate"),
    ({"hours": "many"}, "hours"),
])
def test_bad_fields_are_refused_naming_the_field(net, change, field):
    before = net.facilitator.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
    r = net.facilitator.api.request("POST", f"/api/v1/networks/{net.n}/agreements", net.agreement_body(**change))
    expect_problem(r, 422, "/problems/validation", field)
    assert net.facilitator.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"] == before


def test_parties_coaches_and_liaisons_must_belong(net):
    api, path = net.facilitator.api, f"/api/v1/networks/{net.n}/agreements"
    cases = [
        (net.agreement_body(mentor_organization_id=net.q["id"]), "mentor_organization_id"),  # never accepted
        (net.agreement_body(peer_organization_ids=[net.p1["id"], net.q["id"]]), "peer_organization_ids[1]"),
        (net.agreement_body(peer_organization_ids=[net.m["id"]]), "peer_organization_ids[0]"),  # the mentor
        (net.agreement_body(peer_organization_ids=[net.p1["id"], net.p1["id"]]), "peer_organization_ids[1]"),
        (net.agreement_body(coach_user_ids=[net.p1_admin.id]), "coach_user_ids[0]"),
        (net.agreement_body(liaisons=[{"organization_id": net.q["id"], "user_id": net.q_admin.id}]),
         "liaisons[0].organization_id"),
        (net.agreement_body(liaisons=[{"organization_id": net.p2["id"], "user_id": net.p1_admin.id}]),
         "liaisons[0].user_id"),
        (net.agreement_body(liaisons=[{"organization_id": net.p1["id"], "user_id": net.p1_admin.id},
                                      {"organization_id": net.p1["id"], "user_id": net.p1_admin.id}]),
         "liaisons[1].organization_id"),
    ]
    for body, field in cases:
        expect_problem(api.request("POST", path, body), 422, "/problems/validation", field)
    # The facilitator's own people may be its liaison.
    made = net.create(liaisons=[{"organization_id": net.f["id"], "user_id": net.f_staff.id}])
    assert made["liaisons"][0]["user_id"] == net.f_staff.id


def test_an_edit_with_bad_fields_changes_nothing(net):
    a = net.create()
    path = f"/api/v1/agreements/{a['id']}"
    expect_problem(net.facilitator.api.request("PATCH", path, {"title": "New"}), 422, "/problems/validation",
                   "version")
    expect_problem(net.facilitator.api.request("PATCH", path, {"version": 1, "peer_organization_ids": [net.q["id"]]}),
                   422, "/problems/validation", "peer_organization_ids[0]")
    after = net.facilitator.api.ok("GET", path)
    assert after["version"] == 1 and [p["id"] for p in after["peer_organizations"]] == [net.p1["id"], net.p2["id"]]
    assert len(net.facilitator.api.ok("GET", path + "/history")["versions"]) == 1
    assert net.facilitator.api.request("GET", "/api/v1/agreements/99999999").status_code == 404


def test_only_the_facilitators_admins_make_agreements(net):
    for who in (net.f_staff, net.coach, net.p1_admin):
        r = who.api.request("POST", f"/api/v1/networks/{net.n}/agreements", net.agreement_body())
        assert r.status_code == 403, r.text
