"""A team's self-assessments of implementation (issue 13, part 4): the six areas rated each term with evidence,
judged against the team's versioned "fully implemented" criteria; bad input refused with the item named, a stale
edit refused with the current assessment, and one team's assessment never reachable under another team's id."""
import pytest

from meeting_helpers import team_with_people
from trellis_helpers import create_team, expect_problem, join_team_via_invitation

AREAS = ["communication_feedback", "use_of_data", "teacher_learning", "recruitment_retention",
         "families_community", "continuous_improvement"]


@pytest.fixture
def people(admin):
    return team_with_people(admin)


def body(term="Fall 2026", taken_on="2026-12-01", ratings=(3, 3, 3, 3, 3, 3), observations=()):
    return {"term": term, "taken_on": taken_on,
            "ratings": [{"area": a, "rating": r, "evidence": f"evidence for {a}"} for a, r in zip(AREAS, ratings)],
            "observations": list(observations)}


def test_criteria_are_versioned_and_fully_implemented_flips_when_they_are_met(people):
    member = people["member"]
    t = people["team"]["id"]
    empty = member.api.ok("GET", f"/api/v1/teams/{t}/assessments")
    assert empty["criteria"]["version"] == 0 and empty["assessments"] == [] and empty["fully_implemented"] is False
    assert empty["may"] == {"contribute": True}

    v1 = member.api.ok("PUT", f"/api/v1/teams/{t}/assessment-criteria", {"version": 0, "criteria": [
        {"description": "Students in level 2 and above", "threshold": 80, "unit": "%"}]})
    assert v1["version"] == 1 and v1["declared_by_name"] == member.name
    first_id = v1["criteria"][0]["id"]
    v2 = member.api.ok("PUT", f"/api/v1/teams/{t}/assessment-criteria", {"version": 1, "criteria": [
        {"id": first_id, "description": "Students in level 2 and above", "threshold": 75, "unit": "%"},
        {"description": "Classes with weekly feedback", "threshold": 90, "unit": "%"}]})
    assert v2["version"] == 2 and v2["criteria"][0]["id"] == first_id
    second_id = v2["criteria"][1]["id"]
    assert second_id != first_id
    history = member.api.ok("GET", f"/api/v1/teams/{t}/assessment-criteria/history")["versions"]
    assert [v["version"] for v in history] == [2, 1]
    assert history[1]["criteria"][0]["threshold"] == 80 and history[0]["criteria"][0]["threshold"] == 75

    spring = member.api.ok("POST", f"/api/v1/teams/{t}/assessments", body(
        "Spring 2026", "2026-05-01", (4, 4, 4, 4, 4, 4), [{"criterion_id": first_id, "value": 70}]), status=201)
    assert spring["fully_implemented"] is False
    assert [r["result"] for r in spring["results"]] == ["not_met", "not_observed"]
    assert spring["ratings"][0]["level"] == "full_implementation"
    fall = member.api.ok("POST", f"/api/v1/teams/{t}/assessments", body(
        "Fall 2026", "2026-12-01", (4, 5, 4, 4, 5, 4),
        [{"criterion_id": first_id, "value": 75}, {"criterion_id": second_id, "value": 92}]), status=201)
    assert [r["result"] for r in fall["results"]] == ["met", "met"] and fall["fully_implemented"] is True

    listed = member.api.ok("GET", f"/api/v1/teams/{t}/assessments")
    assert [a["term"] for a in listed["assessments"]] == ["Fall 2026", "Spring 2026"]
    assert listed["fully_implemented"] is True
    use_of_data = next(x for x in listed["trend"] if x["area"] == "use_of_data")
    assert [(p["term"], p["rating"]) for p in use_of_data["ratings"]] == [("Spring 2026", 4), ("Fall 2026", 5)]

    # A stale tab declaring criteria meets the current version.
    stale = expect_problem(member.api.request("PUT", f"/api/v1/teams/{t}/assessment-criteria", {
        "version": 1, "criteria": []}), 409, "/problems/stale-edit")
    assert stale["current"]["version"] == 2


def test_a_criterion_on_a_measure_is_observed_from_its_latest_point_by_the_date(people):
    member = people["member"]
    t = people["team"]["id"]
    measure = member.api.ok("POST", f"/api/v1/teams/{t}/measures",
                            {"name": "Chronic absence", "unit": "%", "direction": "lower_is_better"}, status=201)
    for date, value in (("2026-09-01", 14), ("2026-11-01", 9), ("2027-01-01", 20)):
        member.api.ok("POST", f"/api/v1/measures/{measure['id']}/points", {"date": date, "value": value}, status=201)
    crit = member.api.ok("PUT", f"/api/v1/teams/{t}/assessment-criteria", {"version": 0, "criteria": [
        {"description": "Chronic absence at most 10%", "threshold": 10, "unit": "%", "measure_id": measure["id"]}]})
    assert crit["criteria"][0]["direction"] == "lower_is_better"
    made = member.api.ok("POST", f"/api/v1/teams/{t}/assessments", body(ratings=(4,) * 6), status=201)
    result = made["results"][0]
    assert (result["observed"], result["source"], result["observed_on"], result["result"]) == (
        9, "measure", "2026-11-01", "met")
    assert made["fully_implemented"] is True

    expect_problem(member.api.request("PUT", f"/api/v1/teams/{t}/assessment-criteria", {"version": 1, "criteria": [
        {"description": "x", "threshold": 1, "measure_id": 999999}]}), 422, "/problems/validation",
        "criteria[0].measure_id")


def test_bad_ratings_are_refused_with_the_item_named_and_nothing_changes(people):
    member = people["member"]
    url = f"/api/v1/teams/{people['team']['id']}/assessments"
    bad = body(ratings=(3, 3, 6, 3, 3, 3))
    expect_problem(member.api.request("POST", url, bad), 422, "/problems/validation", "ratings[2].rating")
    twice = body()
    twice["ratings"][5]["area"] = "use_of_data"
    problem = expect_problem(member.api.request("POST", url, twice), 422, "/problems/validation", "ratings[5].area")
    assert "continuous_improvement" in problem["detail"]  # the area left unrated
    unknown = body()
    unknown["ratings"][0]["area"] = "vibes"
    expect_problem(member.api.request("POST", url, unknown), 422, "/problems/validation", "ratings[0].area")
    expect_problem(member.api.request("POST", url, body(ratings=(3, 3, 3, 3, 3))), 422, "/problems/validation",
                   "ratings")
    expect_problem(member.api.request("POST", url, body(taken_on="2026-02-30")), 422, "/problems/validation",
                   "taken_on")
    expect_problem(member.api.request("POST", url, body(observations=[{"criterion_id": 4242, "value": 1}])), 422,
                   "/problems/validation", "observations[0].criterion_id")
    expect_problem(member.api.request("POST", url, {**body(), "term": ""}), 422, "/problems/validation", "term")
    assert member.api.ok("GET", url)["assessments"] == []


def test_a_stale_edit_is_refused_with_the_current_assessment(people, admin):
    member = people["member"]
    url = f"/api/v1/teams/{people['team']['id']}/assessments"
    made = member.api.ok("POST", url, body(), status=201)
    one = f"{url}/{made['id']}"
    edited = member.api.ok("PATCH", one, {**body(ratings=(4, 3, 3, 3, 3, 3)), "version": made["version"]})
    assert edited["ratings"][0]["rating"] == 4 and edited["version"] == made["version"] + 1
    stale = expect_problem(admin.api.request("PATCH", one, {**body(ratings=(1,) * 6), "version": made["version"]}),
                           409, "/problems/stale-edit")
    assert stale["current"]["ratings"][0]["rating"] == 4
    assert member.api.ok("GET", one)["ratings"][0]["rating"] == 4
    member.api.ok("DELETE", one, status=204)
    expect_problem(member.api.request("GET", one), 404, "/problems/not-found")


def test_another_teams_assessment_is_not_found_under_my_team(people, admin):
    member = people["member"]
    mine = people["team"]["id"]
    other_team = create_team(admin, people["org"]["id"])
    theirs = admin.api.ok("POST", f"/api/v1/teams/{other_team['id']}/assessments", body(), status=201)
    wrong = f"/api/v1/teams/{mine}/assessments/{theirs['id']}"
    expect_problem(member.api.request("GET", wrong), 404, "/problems/not-found")
    expect_problem(member.api.request("PATCH", wrong, {**body(ratings=(1,) * 6), "version": theirs["version"]}), 404,
                   "/problems/not-found")
    expect_problem(member.api.request("DELETE", wrong), 404, "/problems/not-found")
    after = admin.api.ok("GET", f"/api/v1/teams/{other_team['id']}/assessments/{theirs['id']}")
    assert after["ratings"] == theirs["ratings"] and after["version"] == theirs["version"]


def test_a_participant_reads_but_does_not_assess(people, admin):
    t = people["team"]["id"]
    participant = join_team_via_invitation(admin, t, role="participant", prefix="participant")
    assert participant.api.ok("GET", f"/api/v1/teams/{t}/assessments")["may"] == {"contribute": False}
    expect_problem(participant.api.request("POST", f"/api/v1/teams/{t}/assessments", body()), 403, "/problems/forbidden")
