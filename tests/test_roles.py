"""Roles inside an organization: team lead, organization member and viewer, network member organizations."""
import pytest

from trellis_helpers import (create_org, create_team, expect_problem, expect_status, join_org_via_invitation,
                             join_team_via_invitation, unique, unique_email)


@pytest.fixture(scope="module")
def org_with_teams(admin):
    org = create_org(admin, grade_spans=["elementary", "middle", "high"])
    t1 = create_team(admin, org["id"], name=unique("Team one"))
    t2 = create_team(admin, org["id"], name=unique("Team two"))
    return org, t1, t2


def test_a_team_lead_manages_their_team_only(admin, org_with_teams):
    org, t1, t2 = org_with_teams
    lead = join_team_via_invitation(admin, t1["id"], role="lead", prefix="lead")
    team = lead.api.ok("GET", f"/api/v1/teams/{t1['id']}")
    assert team["my_role"] == "lead"
    m = lead.api.ok("POST", f"/api/v1/teams/{t1['id']}/members", {"name": "Added by lead",
                                                                    "email": unique_email("bylead")}, status=201)
    lead.api.ok("PATCH", f"/api/v1/teams/{t1['id']}/members/{m['id']}", {"role": "participant", "version": m["version"]})
    lead.api.ok("PATCH", f"/api/v1/teams/{t1['id']}", {"focus": "lead's focus", "version": team["version"]})
    lead.api.ok("POST", f"/api/v1/teams/{t1['id']}/invitations", {"email": unique_email("leadinv"),
                                                                    "role": "member"}, status=201)
    # Not the other team, not the organization.
    expect_problem(lead.api.get(f"/api/v1/teams/{t2['id']}"), 404, "/problems/not-found")
    r = lead.api.post(f"/api/v1/organizations/{org['id']}/teams", {"name": "Lead's own team"})
    assert r.status_code in (403, 404), r.text
    r = lead.api.patch(f"/api/v1/organizations/{org['id']}", {"name": "Renamed by lead", "version": org["version"]})
    assert r.status_code in (403, 404), r.text
    assert admin.api.ok("GET", f"/api/v1/organizations/{org['id']}")["name"] == org["name"]


def test_a_team_member_reads_but_does_not_manage_members(admin, org_with_teams):
    _, t1, _ = org_with_teams
    member = join_team_via_invitation(admin, t1["id"], role="member", prefix="plain")
    team = member.api.ok("GET", f"/api/v1/teams/{t1['id']}")
    assert team["my_role"] == "member"
    before = admin.api.ok("GET", f"/api/v1/teams/{t1['id']}")["members"]
    expect_problem(member.api.post(f"/api/v1/teams/{t1['id']}/members", {"name": "Sneaky",
                                                                           "email": unique_email("sneaky")}),
                   403, "/problems/forbidden")
    lead_member = next(m for m in before if m["role"] == "lead")
    expect_problem(member.api.delete(f"/api/v1/teams/{t1['id']}/members/{lead_member['id']}"), 403,
                   "/problems/forbidden")
    expect_problem(member.api.post(f"/api/v1/teams/{t1['id']}/invitations", {"email": unique_email("x"),
                                                                               "role": "lead"}),
                   403, "/problems/forbidden")
    assert admin.api.ok("GET", f"/api/v1/teams/{t1['id']}")["members"] == before


def test_an_organization_viewer_reads_every_team_and_changes_nothing(admin, org_with_teams):
    org, t1, t2 = org_with_teams
    viewer = join_org_via_invitation(admin, org["id"], "viewer")
    ids = [t["id"] for t in viewer.api.ok("GET", "/api/v1/teams")["teams"]]
    assert t1["id"] in ids and t2["id"] in ids
    team = viewer.api.ok("GET", f"/api/v1/teams/{t2['id']}")
    assert team["my_role"] is None
    viewer.api.ok("GET", f"/api/v1/teams/{t2['id']}/representation")
    expect_problem(viewer.api.patch(f"/api/v1/teams/{t2['id']}", {"name": "Viewer rename",
                                                                   "version": team["version"]}),
                   403, "/problems/forbidden")
    expect_problem(viewer.api.post(f"/api/v1/organizations/{org['id']}/teams", {"name": "Viewer team"}), 403,
                   "/problems/forbidden")
    expect_problem(viewer.api.post(f"/api/v1/organizations/{org['id']}/invitations",
                                   {"email": unique_email("v"), "role": "admin"}), 403, "/problems/forbidden")
    assert admin.api.ok("GET", f"/api/v1/teams/{t2['id']}")["name"] == t2["name"]


def test_an_organization_member_sees_the_organization_not_its_teams(admin, org_with_teams):
    org, t1, _ = org_with_teams
    member = join_org_via_invitation(admin, org["id"], "member")
    assert member.api.ok("GET", f"/api/v1/organizations/{org['id']}")["id"] == org["id"]
    assert org["id"] in [o["id"] for o in member.api.ok("GET", "/api/v1/organizations")["organizations"]]
    assert t1["id"] not in [t["id"] for t in member.api.ok("GET", "/api/v1/teams")["teams"]]
    expect_problem(member.api.get(f"/api/v1/teams/{t1['id']}"), 404, "/problems/not-found")
    expect_problem(member.api.patch(f"/api/v1/organizations/{org['id']}", {"name": "Member rename",
                                                                            "version": org["version"]}),
                   403, "/problems/forbidden")
    me = member.api.ok("GET", "/api/v1/me")
    assert {"id": org["id"], "role": "member"}.items() <= next(o for o in me["organizations"]
                                                               if o["id"] == org["id"]).items()


def test_network_member_organizations_see_the_network_but_only_the_facilitator_manages_it(server, admin):
    facilitator = create_org(admin, kind="intermediary")
    other_admin = server.make_user("peeradmin")
    peer = create_org(other_admin)
    outsider = server.make_user("netoutsider")
    net = admin.api.ok("POST", "/api/v1/networks", {"name": unique("Net"),
                                                    "facilitator_organization_id": facilitator["id"]}, status=201)
    r = admin.api.post(f"/api/v1/networks/{net['id']}/members", {"organization_id": peer["id"], "role": "peer"})
    expect_status(r, 201)
    # The peer organization's admin accepts (test_tenancy_networks.py: nothing is shared before), then sees the
    # network, and cannot change anyone else's membership.
    other_admin.api.ok("POST", f"/api/v1/organizations/{peer['id']}/network-memberships/{net['id']}/accept")
    assert net["id"] in [n["id"] for n in other_admin.api.ok("GET", "/api/v1/networks")["networks"]]
    got = other_admin.api.ok("GET", f"/api/v1/networks/{net['id']}")
    assert [m["organization"]["id"] for m in got["members"]] == [peer["id"]]
    mine = create_org(other_admin)
    expect_problem(other_admin.api.post(f"/api/v1/networks/{net['id']}/members",
                                        {"organization_id": mine["id"], "role": "mentor"}),
                   403, "/problems/forbidden")
    # Someone from no member organization does not see it at all.
    expect_problem(outsider.api.get(f"/api/v1/networks/{net['id']}"), 404, "/problems/not-found")
    assert net["id"] not in [n["id"] for n in outsider.api.ok("GET", "/api/v1/networks")["networks"]]
    assert admin.api.ok("GET", f"/api/v1/networks/{net['id']}")["members"] == got["members"]
    # Another member (added by its own admin: active at once) is not the peer's to remove.
    second = create_org(admin)
    admin.api.ok("POST", f"/api/v1/networks/{net['id']}/members", {"organization_id": second["id"], "role": "peer"},
                 status=201)
    expect_problem(other_admin.api.delete(f"/api/v1/networks/{net['id']}/members/{second['id']}"), 403,
                   "/problems/forbidden")
