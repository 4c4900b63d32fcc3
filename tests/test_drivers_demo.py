"""The demo's driver diagram (issue 12, item 7): Monterey's MTSS team states its problem of practice about foster
and homeless youth who enroll mid-year, an aim for 2027, and a driver diagram whose welcome-meeting change idea is
linked to the team's chronic absence measure."""
import pytest

from trellis_helpers import CookieClient, cli, expect_status


@pytest.fixture(scope="module")
def demo(launcher):
    url = launcher.new_database(migrate=False)
    cli("demo", "--database", url)
    return launcher.start(url)


def test_the_mtss_team_has_a_problem_an_aim_and_a_driver_diagram(demo):
    lead = CookieClient(demo.base_url)
    expect_status(lead.sign_in("lead@mpusd.example", "trellis-demo-2026"), 200)
    [mtss] = [t for t in lead.ok("GET", "/api/v1/teams")["teams"]
              if t["name"] == "MTSS for foster and homeless youth" and "Monterey" in t["organization"]["name"]]
    view = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/problem")
    problem = view["problem"]
    assert "enroll in the middle of the year" in problem["who_is_failed"] and problem["how_we_know"]
    assert problem["aim"]["by_when"].startswith("2027-") and problem["aim"]["how_much"] == "From 30% to 15%"
    assert view["may"]["contribute"] is True
    nodes = view["nodes"]
    primaries = [n for n in nodes if n["kind"] == "primary"]
    assert len(primaries) == 2 and all(n["parent_id"] is None for n in primaries)
    kinds = {n["id"]: n["kind"] for n in nodes}
    secondaries = [n for n in nodes if n["kind"] == "secondary"]
    assert len(secondaries) >= 2 and all(kinds[n["parent_id"]] == "primary" for n in secondaries)
    [welcome] = [n for n in nodes if n["text"] == "A welcome and check-in meeting within 3 days of enrollment"]
    assert welcome["kind"] == "change_idea" and kinds[welcome["parent_id"]] == "secondary"
    [measure] = lead.ok("GET", f"/api/v1/teams/{mtss['id']}/measures")["measures"]
    assert welcome["measure"] == {"id": measure["id"], "name": "Chronic absence, foster and homeless students"}
