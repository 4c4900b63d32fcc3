"""A mentor coach's home (issue 11): the peer teams they coach under an agreement that has not ended, when they last
worked with each, and what changed since. A team's own work shows only once it shares its progress with the
network; the answers to the coaches' next steps always show (they are the agreement's record). Whoever coaches
nothing gets an empty list, and an ended agreement's teams drop off."""
import pytest

from agreement_helpers import Network
from trellis_helpers import add_member, create_team


@pytest.fixture(scope="module")
def net(server, mail_sink):
    return Network(server, mail_sink)


@pytest.fixture(scope="module")
def teams(net):
    t1 = create_team(net.p1_admin, net.p1["id"], name="Monterey attendance team")
    t2 = create_team(net.p2_admin, net.p2["id"], name="Lancaster attendance team")
    owner = add_member(net.p1_admin, t1["id"], name="Ana Owner")
    create_team(net.mentor_admin, net.m["id"], name="Sanger's own team")
    return {"t1": t1["id"], "t2": t2["id"], "owner": owner["id"]}


def home(user):
    return {t["team"]["id"]: t for t in user.api.ok("GET", "/api/v1/me/coached-teams")["teams"]}


def test_the_coach_sees_each_peer_team_and_what_changed_since_the_last_session(net, teams):
    a = net.create(starts_on="2026-08-01")
    t1, t2 = teams["t1"], teams["t2"]
    before = home(net.coach)
    assert set(before) == {t1, t2}, "the peer districts' teams, not the mentor's own"
    assert before[t2]["last_engagement"] is None and before[t2]["since"] == "2026-08-01"
    assert before[t1]["agreement"] == {"id": a["id"], "title": a["title"]}
    assert before[t1]["organization"]["id"] == net.p1["id"] and before[t1]["network_id"] == net.n

    entry = net.coach.api.ok("POST", f"/api/v1/agreements/{a['id']}/coaching-log", {
        "date": "2026-10-05", "kind": "virtual_coaching", "hours": 1.5, "team_ids": [t1], "focus": "Check-ins",
        "next_steps": [{"team_id": t1, "title": "Pilot the check-in", "due_on": "2030-01-15",
                        "owner_member_id": teams["owner"]}]}, status=201)["entry"]
    row = home(net.coach)[t1]
    assert row["last_engagement"] == {"date": "2026-10-05", "kind": "virtual_coaching"}
    assert row["since"] == "2026-10-06", "changes count from the day after the session"
    assert row["next_steps"] == {"accepted": 0, "declined": 0, "waiting": 1}
    # The team shares nothing yet: its own work stays hidden, whatever it did.
    assert row["shares_progress"] is False and row["changes"] is None

    lead = net.p1_admin.api
    lead.ok("POST", f"/api/v1/teams/{t1}/meetings", {"title": "Next", "starts_at": "2030-01-10T16:00:00Z"},
            status=201)
    step = entry["next_steps"][0]
    item = lead.ok("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step['id']}/accept", {})["action_item"]
    lead.ok("PUT", f"/api/v1/teams/{t1}/network-sharing", {"kinds": ["progress"]})
    row = home(net.coach)[t1]
    assert row["shares_progress"] is True and row["next_steps"] == {"accepted": 1, "declined": 0, "waiting": 0}
    assert row["changes"] == {"meetings_held": 0, "action_items_added": 1, "action_items_done": 0,
                              "sections_completed": 0, "open_overdue": 0}
    lead.ok("PATCH", f"/api/v1/action-items/{item['id']}",
            {"status": "done", "done_on": "2030-01-12", "version": item["version"]})
    assert home(net.coach)[t1]["changes"]["action_items_done"] == 1


def test_only_the_agreements_coaches_see_teams_and_an_ended_agreement_drops_off(net, teams, server):
    # Another person of the mentor district not named a coach, a peer's admin, the facilitator: nothing to coach.
    for user in (net.coach2, net.p1_admin, net.facilitator, server.make_user("stranger")):
        assert home(user) == {}, user.name
    assert server.anon().request("GET", "/api/v1/me/coached-teams").status_code == 401

    ended = net.create(title="An ended MOU", coach_user_ids=[net.coach2.id], status="ended")
    assert home(net.coach2) == {}
    live = net.facilitator.api.ok("PATCH", f"/api/v1/agreements/{ended['id']}",
                                  {"status": "active", "version": ended["version"]})
    assert set(home(net.coach2)) == {teams["t1"], teams["t2"]}
    net.facilitator.api.ok("PATCH", f"/api/v1/agreements/{ended['id']}", {"status": "ended", "version": live["version"]})
    assert home(net.coach2) == {}
