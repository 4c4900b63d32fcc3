"""A team's minutes seen from its network (issue 11): the network's facilitators and coaches read the minutes of a
team's closed meetings only while the team shares "minutes" with the network; a meeting not closed, a team that
stopped sharing, a peer district (unless the team shares with its peers too) or a stranger get 404, as if the
minutes did not exist.

The world is the authorization matrix's (tests/matrix_world.py): team T of district D in network N (facilitated by
F, mentored by M, whose coach is the world's mentor), with one closed and one open meeting."""
import pytest

from matrix_world import build_world


@pytest.fixture(scope="module")
def world(server, mail_sink):
    return build_world(server, mail_sink)


def minutes_path(w, meeting):
    return f"/api/v1/networks/{w.ids['network']}/minutes/{meeting}"


def share(w, *kinds):
    w.api("lead").ok("PUT", f"/api/v1/teams/{w.ids['team']}/network-sharing", {"kinds": list(kinds)})


def test_minutes_leave_the_team_only_while_it_shares_them(world):
    w = world
    closed = minutes_path(w, w.ids["closed_meeting"])
    assert w.api("facilitator").request("GET", closed).status_code == 404, "nothing shared yet"
    share(w, "meetings")
    assert w.api("facilitator").request("GET", closed).status_code == 404, "titles and dates are not minutes"

    share(w, "meetings", "minutes")
    for caller in ("facilitator", "mentor"):
        minutes = w.api(caller).ok("GET", closed)
        assert minutes["meeting_id"] == w.ids["closed_meeting"] and w.marker in minutes["title"]
        # The same record the team reads.
        assert minutes == w.api("lead").ok("GET", f"/api/v1/meetings/{w.ids['closed_meeting']}/minutes")
    # A meeting still open has no minutes to share.
    assert w.api("facilitator").request("GET", minutes_path(w, w.ids["meeting"])).status_code == 404
    # Peers read the network's view only once the team shares with its peers too; strangers never; a family participant
    # of the district is no peer.
    for caller in ("partner", "member", "stranger", "other_lead", "participant"):
        assert w.api(caller).request("GET", closed).status_code == 404, caller
    share(w, "meetings", "minutes", "peers")
    assert w.api("partner").ok("GET", closed)["meeting_id"] == w.ids["closed_meeting"]
    for caller in ("stranger", "other_lead", "participant"):
        assert w.api(caller).request("GET", closed).status_code == 404, caller

    share(w, "meetings")
    assert w.api("facilitator").request("GET", closed).status_code == 404, "sharing turned off"


def test_an_unknown_meeting_is_not_found(world):
    w = world
    share(w, "minutes")
    assert w.api("facilitator").request("GET", minutes_path(w, 987654)).status_code == 404
    share(w)
