"""Issue 9, hole 2: a district joins a network only with its own admins' consent. Before that, the network sees
only its public name and it sees only what it needs to decide; its admins can leave at any time; ids of
organizations one cannot see reveal no names (docs/security.md, "Networks")."""
import time

import pytest

from data_helpers import aggregate_csv, analysis, create_district, join_organization, upload
from trellis_helpers import create_org, expect_problem, expect_status, find_links, mail_text, unique


class World:
    pass


@pytest.fixture
def world(server):
    """A district with shared suspension data, and a stranger with an organization and a network of their own."""
    w = World()
    w.server = server
    w.district_admin = server.make_user("districtadmin")
    w.district = create_district(w.district_admin)
    r = upload(w.district_admin.api, w.district["id"], aggregate_csv(w.district["cds_code"]), "aggregate")
    assert r.status_code == 201, r.text
    w.district_admin.api.ok("PUT", f"/api/v1/organizations/{w.district['id']}/data/shares",
                            {"indicator": "suspension", "year": 2024, "shared": True})
    w.stranger = server.make_user("netstranger")
    w.own = create_org(w.stranger, kind="intermediary")
    w.focus = "foster youth " + unique("focus")
    w.net = w.stranger.api.ok("POST", "/api/v1/networks", {"name": unique("Stranger network"), "focus": w.focus,
                                                           "facilitator_organization_id": w.own["id"]}, status=201)
    return w


def add(w, organization_id, role="peer"):
    return w.stranger.api.post(f"/api/v1/networks/{w.net['id']}/members",
                               {"organization_id": organization_id, "role": role})


def shared_view(person, w):
    return analysis(person.api, w.district["id"], indicator="suspension", year=2024)


def expect_hidden_from_stranger(w):
    """The district's profile and shared view answer the stranger as if they did not exist."""
    expect_problem(w.stranger.api.get(f"/api/v1/organizations/{w.district['id']}"), 404, "/problems/not-found")
    expect_problem(shared_view(w.stranger, w), 404, "/problems/not-found")
    visible = [o["id"] for o in w.stranger.api.ok("GET", "/api/v1/organizations")["organizations"]]
    assert w.district["id"] not in visible


def member_status(w, viewer=None):
    net = (viewer or w.stranger).api.ok("GET", f"/api/v1/networks/{w.net['id']}")
    return {m["organization"]["id"]: m for m in net["members"]}.get(w.district["id"])


def network_mail(w, person, count=1):
    """The network invitation mails `person` got (waiting for `count`); other mail (their own invitation) aside."""
    deadline = time.monotonic() + 30
    while len(found := [m for m in w.server.mail.messages_to(person.email) if w.net["name"] in m["Subject"]]) < count:
        assert time.monotonic() < deadline, f"no network invitation mail to {person.email}"
        time.sleep(0.1)
    return found


def respond(person, w, answer):
    return person.api.post(f"/api/v1/organizations/{w.district['id']}/network-memberships/{w.net['id']}/{answer}")


def test_a_district_added_by_a_stranger_stays_hidden_until_its_admin_accepts(world):
    w = world
    r = add(w, w.district["id"])
    expect_status(r, 201)
    added = r.json()
    assert added["status"] == "pending"
    # A district's name is public record (it carries a CDS code); nothing else of it is shown.
    assert added["organization"] == {"id": w.district["id"], "name": w.district["name"], "kind": "district"}
    expect_hidden_from_stranger(w)
    assert member_status(w) == {"organization": {"id": w.district["id"], "name": w.district["name"]},
                                "role": "peer", "status": "pending"}

    # The district's admin sees what they need to decide, and nothing more of the network.
    [invitation] = w.district_admin.api.ok(
        "GET", f"/api/v1/organizations/{w.district['id']}/network-memberships")["memberships"]
    assert invitation["status"] == "pending" and invitation["role"] == "peer"
    assert invitation["network"] == {"id": w.net["id"], "name": w.net["name"], "focus": w.focus,
                                     "facilitator": {"name": w.own["name"]}}
    assert invitation["invited_by_name"] == w.stranger.name
    expect_problem(w.district_admin.api.get(f"/api/v1/networks/{w.net['id']}"), 404, "/problems/not-found")
    assert w.net["id"] not in [n["id"] for n in w.district_admin.api.ok("GET", "/api/v1/networks")["networks"]]

    accepted = respond(w.district_admin, w, "accept")
    expect_status(accepted, 200)
    assert accepted.json()["status"] == "active" and accepted.json()["responded_at"]
    assert w.stranger.api.ok("GET", f"/api/v1/organizations/{w.district['id']}")["name"] == w.district["name"]
    assert shared_view(w.stranger, w).json()["shared"] is True
    assert member_status(w)["organization"]["kind"] == "district"
    assert w.district_admin.api.ok("GET", f"/api/v1/networks/{w.net['id']}")["id"] == w.net["id"]


def test_a_declined_invitation_never_shows_the_district_and_asking_again_makes_it_pending(world):
    w = world
    expect_status(add(w, w.district["id"]), 201)
    declined = respond(w.district_admin, w, "decline")
    expect_status(declined, 200)
    assert declined.json()["status"] == "declined"
    expect_hidden_from_stranger(w)
    assert member_status(w)["status"] == "declined"
    # A declined invitation cannot be accepted later: the facilitator asks again.
    expect_problem(respond(w.district_admin, w, "accept"), 409, "/problems/conflict")
    expect_hidden_from_stranger(w)

    expect_status(add(w, w.district["id"]), 201)
    assert member_status(w)["status"] == "pending"
    expect_hidden_from_stranger(w)
    network_mail(w, w.district_admin, count=2)


def test_only_the_invited_organizations_admins_answer(world):
    w = world
    expect_status(add(w, w.district["id"]), 201)
    staff = join_organization(w.district_admin, w.district["id"], "member", prefix="districtstaff")
    data_lead = join_organization(w.district_admin, w.district["id"], "data_lead", prefix="districtdata")
    other_admin = w.server.make_user("otheradmin")
    create_org(other_admin)
    for answer in ("accept", "decline"):
        # The facilitator cannot answer for the district, nor can anyone from elsewhere: it is not theirs to see.
        expect_problem(respond(w.stranger, w, answer), 404, "/problems/not-found")
        expect_problem(respond(other_admin, w, answer), 404, "/problems/not-found")
        # The district's own people who are not its admins see the district but may not commit it.
        expect_problem(respond(staff, w, answer), 403, "/problems/forbidden")
        expect_problem(respond(data_lead, w, answer), 403, "/problems/forbidden")
    expect_problem(w.stranger.api.get(f"/api/v1/organizations/{w.district['id']}/network-memberships"), 404,
                   "/problems/not-found")
    expect_problem(staff.api.get(f"/api/v1/organizations/{w.district['id']}/network-memberships"), 403,
                   "/problems/forbidden")
    assert member_status(w)["status"] == "pending"
    expect_hidden_from_stranger(w)
    # No invitation for that network: a 404 naming only what was asked for.
    r = w.district_admin.api.post(f"/api/v1/organizations/{w.district['id']}/network-memberships/999999/accept")
    expect_problem(r, 404, "/problems/not-found")


def test_the_district_admins_get_mail_that_links_to_the_page_where_they_answer(world):
    w = world
    second_admin = join_organization(w.district_admin, w.district["id"], "admin", prefix="secondadmin")
    staff = join_organization(w.district_admin, w.district["id"], "member", prefix="staffnomail")
    expect_status(add(w, w.district["id"]), 201)
    for admin in (w.district_admin, second_admin):
        [msg] = network_mail(w, admin)
        text = mail_text(msg)
        assert w.net["name"] in msg["Subject"] and w.district["name"] in msg["Subject"]
        assert w.own["name"] in text and w.focus in text and w.stranger.name in text
        assert f"/organizations/{w.district['id']}/networks" in " ".join(find_links(text))
    # Adding it again while it waits asks nobody twice; its other people are not asked at all.
    expect_status(add(w, w.district["id"], role="mentor"), 201)
    assert member_status(w) == {"organization": {"id": w.district["id"], "name": w.district["name"]},
                                "role": "mentor", "status": "pending"}
    assert len(network_mail(w, w.district_admin)) == 1
    assert [m for m in w.server.mail.messages_to(staff.email) if w.net["name"] in m["Subject"]] == []


def test_an_admin_of_both_organizations_adds_with_consent_and_nobody_is_asked(world):
    w = world
    mine = create_org(w.stranger)
    r = add(w, mine["id"])
    expect_status(r, 201)
    assert r.json() == {"organization": {"id": mine["id"], "name": mine["name"], "kind": "district"},
                        "role": "peer", "status": "active"}
    assert w.server.mail.messages_to(w.stranger.email) == []


def test_the_district_admin_leaves_at_any_time_and_rejoining_asks_again(world):
    w = world
    expect_status(add(w, w.district["id"]), 201)
    expect_status(respond(w.district_admin, w, "accept"), 200)
    assert shared_view(w.stranger, w).status_code == 200

    expect_status(w.district_admin.api.delete(f"/api/v1/networks/{w.net['id']}/members/{w.district['id']}"), 204)
    expect_hidden_from_stranger(w)
    assert member_status(w) is None
    assert w.district_admin.api.ok("GET", f"/api/v1/organizations/{w.district['id']}/network-memberships")[
        "memberships"] == []

    expect_status(add(w, w.district["id"]), 201)
    assert member_status(w)["status"] == "pending"
    expect_hidden_from_stranger(w)
    expect_status(respond(w.district_admin, w, "accept"), 200)
    assert shared_view(w.stranger, w).status_code == 200


def test_leaving_and_removing_is_for_the_two_sides_admins_only(world):
    w = world
    expect_status(add(w, w.district["id"]), 201)
    expect_status(respond(w.district_admin, w, "accept"), 200)
    partner_admin = w.server.make_user("partneradmin")
    partner = create_org(partner_admin)
    expect_status(add(w, partner["id"]), 201)
    partner_membership = f"/api/v1/organizations/{partner['id']}/network-memberships/{w.net['id']}/accept"
    expect_status(partner_admin.api.post(partner_membership), 200)
    staff = join_organization(w.district_admin, w.district["id"], "member", prefix="leavestaff")
    outsider = w.server.make_user("leaveoutsider")
    create_org(outsider)
    leave = f"/api/v1/networks/{w.net['id']}/members/{w.district['id']}"
    # A partner sees the network but may not remove another member; the district's staff may not leave for it.
    expect_problem(partner_admin.api.delete(leave), 403, "/problems/forbidden")
    expect_problem(staff.api.delete(leave), 403, "/problems/forbidden")
    expect_problem(outsider.api.delete(leave), 404, "/problems/not-found")
    expect_problem(w.server.anon().delete(leave), 401, "/problems/unauthenticated")
    assert member_status(w)["status"] == "active"
    # The facilitator's admins remove a member.
    expect_status(w.stranger.api.delete(f"/api/v1/networks/{w.net['id']}/members/{partner['id']}"), 204)
    expect_problem(partner_admin.api.get(f"/api/v1/networks/{w.net['id']}"), 404, "/problems/not-found")


def test_unknown_and_invisible_organization_ids_reveal_no_names(world):
    w = world
    private_admin = w.server.make_user("privateadmin")
    private = create_org(private_admin, name=unique("Private coaching group"), kind="intermediary")
    r = add(w, private["id"])
    expect_status(r, 201)
    assert r.json() == {"organization": {"id": private["id"]}, "role": "peer", "status": "pending"}
    shown = {m["organization"]["id"]: m for m in
             w.stranger.api.ok("GET", f"/api/v1/networks/{w.net['id']}")["members"]}[private["id"]]
    assert shown["organization"] == {"id": private["id"], "name": None}
    assert private["name"] not in w.stranger.api.get(f"/api/v1/networks/{w.net['id']}").text
    expect_problem(w.stranger.api.get(f"/api/v1/organizations/{private['id']}"), 404, "/problems/not-found")
    unknown = 987654321
    body = expect_problem(add(w, unknown), 422, "/problems/validation", "organization_id")
    assert [(e["field"], e["message"]) for e in body["errors"]] == [
        ("organization_id", f"organization {unknown} was not found")]
    # Its admin, once they accept, is named to the network like any member.
    expect_status(private_admin.api.post(
        f"/api/v1/organizations/{private['id']}/network-memberships/{w.net['id']}/accept"), 200)
    shown = {m["organization"]["id"]: m for m in
             w.stranger.api.ok("GET", f"/api/v1/networks/{w.net['id']}")["members"]}[private["id"]]
    assert shown["organization"]["name"] == private["name"]


def test_a_share_withdrawn_while_a_partners_page_is_open_is_gone_on_their_next_request(world):
    w = world
    expect_status(add(w, w.district["id"]), 201)
    expect_status(respond(w.district_admin, w, "accept"), 200)
    assert shared_view(w.stranger, w).json()["shared"] is True  # the partner's page is open on the view
    w.district_admin.api.ok("PUT", f"/api/v1/organizations/{w.district['id']}/data/shares",
                            {"indicator": "suspension", "year": 2024, "shared": False})
    expect_problem(shared_view(w.stranger, w), 404, "/problems/not-found")
    listed = w.stranger.api.ok("GET", f"/api/v1/networks/{w.net['id']}/shared-data")["shared"]
    assert w.district["id"] not in [s["organization_id"] for s in listed]


def test_a_pending_districts_shares_are_not_listed_to_the_network(world):
    w = world
    expect_status(add(w, w.district["id"]), 201)
    listed = w.stranger.api.ok("GET", f"/api/v1/networks/{w.net['id']}/shared-data")["shared"]
    assert w.district["id"] not in [s["organization_id"] for s in listed]
