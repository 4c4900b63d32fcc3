"""The network dashboard and what a team shares with its networks (issue 11, part 1): nothing leaves a team until
its lead turns a kind of sharing on; then the facilitator's staff see that kind (progress figures, or meeting
titles and dates) and nothing else; the member districts' staff see a team only when it also shares with its
peers; family participants and strangers get no dashboard;
a network the district never accepted sees nothing at all.

The world is the authorization matrix's (tests/matrix_world.py): district D with team T in network N
(facilitated by F, mentored by M, with peer P), a stranger's network where D's membership is still pending."""
import pytest

from matrix_world import GUIDE, build_world
from meeting_helpers import good_plan
from trellis_helpers import expect_problem, unique


@pytest.fixture(scope="module")
def world(server, mail_sink):
    return build_world(server, mail_sink)


def dashboard(w, caller="facilitator"):
    return w.api(caller).ok("GET", f"/api/v1/networks/{w.ids['network']}/dashboard")


def sharing_path(w):
    return f"/api/v1/teams/{w.ids['team']}/network-sharing"


def share(w, *kinds):
    return w.api("lead").ok("PUT", sharing_path(w), {"kinds": list(kinds)})


def row_of_t(board, w):
    rows = [r for r in board["teams"] if r["team"]["id"] == w.ids["team"]]
    return rows[0] if rows else None


def test_a_team_shares_nothing_until_its_lead_says_so(world):
    w = world
    shares = w.api("member").ok("GET", sharing_path(w))
    assert shares["kinds"] == [] and shares["changed_by"] is None
    # The networks that would see it: N, where D accepted, not the stranger's network still waiting for D.
    assert [n["id"] for n in shares["networks"]] == [w.ids["network"]]
    board = dashboard(w)
    assert row_of_t(board, w) is None and w.marker not in str(board)
    # D is listed as a member district, with no team sharing.
    [d] = [x for x in board["districts"] if x["organization"]["id"] == w.ids["organization"]]
    assert d["teams_sharing"] == 0 and d["meetings_held"] == 0 and d["organization"]["role"] == "peer"


def test_progress_shows_the_teams_figures_and_no_meeting_titles(world):
    w = world
    saved = share(w, "progress")
    assert saved["kinds"] == ["progress"] and saved["changed_by"] == w.people["lead"].name
    row = row_of_t(dashboard(w), w)
    assert row["shares"] == ["progress"] and row["meetings"] is None
    p = row["progress"]
    # T closed one meeting, has one open action item (due 2030), one open outreach item and adopted the guide.
    assert p["meetings_held"] == 1 and p["last_meeting_at"] is not None
    assert p["median_days_between_meetings"] is None  # one meeting: no rhythm yet
    assert p["follow_through"]["open"] >= 1 and p["follow_through"]["open_overdue"] == 0
    assert p["outreach_open"] == 1
    assert p["guide"]["id"] == GUIDE and p["guide"]["complete"] == 0 and p["guide"]["sections"] > 0
    assert p["guide"]["stage"]["title"]["en"] and p["guide"]["section"]["title"]["en"]
    [d] = [x for x in dashboard(w)["districts"] if x["organization"]["id"] == w.ids["organization"]]
    assert (d["teams_sharing"], d["teams_sharing_progress"], d["meetings_held"], d["outreach_open"]) == (1, 1, 1, 1)
    # Titles stay with the team until it shares its meetings.
    assert f"Meeting {w.marker}" not in str(dashboard(w))


def test_meetings_show_titles_and_dates_never_drafts(world):
    w = world
    lead = w.api("lead")
    draft = lead.ok("POST", f"/api/v1/teams/{w.ids['team']}/meetings",
                    good_plan(title=f"Draft {unique()}", status="draft"), status=201)
    share(w, "meetings", "progress")
    row = row_of_t(dashboard(w), w)
    assert row["shares"] == ["progress", "meetings"]
    titles = {m["title"]: m for m in row["meetings"]}
    assert f"Closed {w.marker}" in titles and titles[f"Closed {w.marker}"]["status"] == "closed"
    assert draft["title"] not in titles
    assert all(m["status"] != "draft" for m in row["meetings"])
    # Turned off again: gone from the dashboard at once.
    assert share(w)["kinds"] == []
    assert row_of_t(dashboard(w), w) is None


def test_peers_see_a_team_only_when_it_shares_with_its_peers_too(world):
    w = world
    share(w, "progress")
    path = f"/api/v1/networks/{w.ids['network']}/dashboard"
    # Outside the network, or a family participant of the district: no dashboard at all.
    for caller in ("stranger", "other_lead", "participant"):
        expect_problem(w.api(caller).get(path), 404, "/problems/not-found")
    # The member districts' staff: a dashboard without T (it shares with the facilitator and the coaches only),
    # and without the agreements' hours (each party reads its own agreement).
    for caller in ("partner", "admin", "lead", "member", "data_lead"):
        board = dashboard(w, caller)
        assert row_of_t(board, w) is None and w.marker not in str(board), caller
        assert board["agreements"] == []
    # The mentor organization's coach named on the network's agreement sees it in full.
    assert row_of_t(dashboard(w, "mentor"), w)["shares"] == ["progress"]
    assert dashboard(w, "mentor")["agreements"] != []

    share(w, "progress", "peers")
    row = row_of_t(dashboard(w, "partner"), w)
    assert row["shares"] == ["progress", "peers"] and row["progress"]["meetings_held"] == 1
    [d] = [x for x in dashboard(w, "partner")["districts"] if x["organization"]["id"] == w.ids["organization"]]
    assert d["teams_sharing_progress"] == 1
    # `peers` alone shares nothing: the team is not listed, for anyone.
    share(w, "peers")
    assert row_of_t(dashboard(w), w) is None and row_of_t(dashboard(w, "partner"), w) is None
    # The network's answer says who may open it, so the web app shows the link to them alone.
    assert w.api("facilitator").ok("GET", f"/api/v1/networks/{w.ids['network']}")["may"]["read_progress"] is True
    assert w.api("partner").ok("GET", f"/api/v1/networks/{w.ids['network']}")["may"]["read_progress"] is True
    assert w.api("participant").ok("GET", f"/api/v1/networks/{w.ids['network']}")["may"]["read_progress"] is False
    share(w)


def test_a_network_the_district_never_accepted_sees_nothing(world):
    w = world
    share(w, "progress", "meetings")
    stranger = w.api("stranger")
    [own] = [n for n in stranger.ok("GET", "/api/v1/networks")["networks"] if n["id"] != w.ids["network"]]
    board = stranger.ok("GET", f"/api/v1/networks/{own['id']}/dashboard")
    assert board["teams"] == [] and w.marker not in str(board)
    assert all(d["organization"]["id"] != w.ids["organization"] for d in board["districts"])
    share(w)


def test_sharing_is_the_leads_and_bad_input_changes_nothing(world):
    w = world
    share(w, "progress")
    expect_problem(w.api("member").request("PUT", sharing_path(w), {"kinds": ["meetings"]}), 403, "/problems/forbidden")
    expect_problem(w.api("participant").request("PUT", sharing_path(w), {"kinds": []}), 403, "/problems/forbidden")
    expect_problem(w.api("partner").get(sharing_path(w)), 404, "/problems/not-found")
    lead = w.api("lead")
    bad = expect_problem(lead.request("PUT", sharing_path(w), {"kinds": ["agendas"]}), 422, "/problems/validation",
                         "kinds[0]")
    assert "progress, meetings, minutes or peers" in str(bad)
    expect_problem(lead.request("PUT", sharing_path(w), {"kinds": "progress"}), 422, "/problems/validation", "kinds")
    expect_problem(lead.request("PUT", sharing_path(w), {}), 422, "/problems/validation", "kinds")
    expect_problem(lead.request("PUT", sharing_path(w), {"kinds": ["progress", "progress"]}), 422, "/problems/validation")
    expect_problem(lead.request("PUT", "/api/v1/teams/99999999/network-sharing", {"kinds": []}), 404, "/problems/not-found")
    assert w.api("participant").ok("GET", sharing_path(w))["kinds"] == ["progress"]
    # The district's admin manages every team of the district.
    assert w.api("admin").ok("PUT", sharing_path(w), {"kinds": []})["kinds"] == []
