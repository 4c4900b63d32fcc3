"""Peer matching (issue 14): a team states its need, organizations declare expertise, and the team's matches rank
them by expertise and similar context, each explained factor by factor. What a user notices: the declared expert
comes first, every result's factors add up to its score, the team's own district is never offered, the weights
they set change the order, and nobody outside the team (or its network's facilitator) learns anything."""
from urllib.parse import urlencode

import pytest

from trellis_helpers import create_org, create_team, expect_problem, expect_status

PROFILE = {"enrollment": 10000, "low_income": 7000, "english_learners": 2000, "foster": 50, "homeless": 200,
           "locale": "Suburb: Midsize"}


def profile(**changes):
    return {**PROFILE, **changes}


@pytest.fixture(scope="module")
def world(server, site_admin):
    home = create_org(site_admin, "Home Unified", profile=profile(), grade_spans=["elementary", "middle", "high"])
    expert = create_org(site_admin, "Expert Unified", profile=profile(enrollment=3000, low_income=1500),
                        grade_spans=["elementary", "middle"])
    twin = create_org(site_admin, "Twin Unified", profile=profile(), grade_spans=["elementary", "middle", "high"])
    site_admin.api.ok("PUT", f"/api/v1/organizations/{expert['id']}/expertise",
                      {"expertise": [{"topic": "mtss", "note": "Tiered supports with restorative circles"},
                                     {"topic": "foster_youth"}]})
    site_admin.api.ok("PUT", f"/api/v1/organizations/{twin['id']}/expertise",
                      {"expertise": [{"topic": "world_languages"}]})
    # The home district declares too, so it is a candidate that matching must leave out.
    site_admin.api.ok("PUT", f"/api/v1/organizations/{home['id']}/expertise", {"expertise": [{"topic": "mtss"}]})
    team = create_team(site_admin, home["id"], "Supports team")
    return {"home": home, "expert": expert, "twin": twin, "team": team}


def matches(user, team_id, **query):
    return user.api.ok("GET", f"/api/v1/teams/{team_id}/matches?{urlencode(query)}")


def test_a_stated_need_is_read_back_and_its_matches_put_the_declared_expert_first(site_admin, world):
    team_id = world["team"]["id"]
    need = site_admin.api.ok("PUT", f"/api/v1/teams/{team_id}/need",
                             {"topics": ["mtss", "foster_youth"], "description": "Catch students early"})
    assert need["topics"] == ["foster_youth", "mtss"]
    assert site_admin.api.ok("GET", f"/api/v1/teams/{team_id}/need")["description"] == "Catch students early"
    answer = matches(site_admin, team_id)
    names = [r["organization"]["name"] for r in answer["results"]]
    assert names[0] == "Expert Unified"
    assert "Home Unified" not in names
    declared = answer["results"][0]["factors"][0]
    assert declared["factor"] == "declared"
    assert declared["theirs"] == ["foster_youth", "mtss"]
    assert declared["contribution"] == pytest.approx(declared["weight"])


def test_every_results_factors_add_up_to_its_score_with_both_districts_values(site_admin, world):
    answer = matches(site_admin, world["team"]["id"], topics="mtss")
    assert answer["results"]
    for result in answer["results"]:
        assert sum(f["contribution"] for f in result["factors"]) == pytest.approx(result["score"], abs=1e-9)
        enrollment = next(f for f in result["factors"] if f["factor"] == "enrollment")
        assert enrollment["ours"] == 10000
        assert enrollment["theirs"] == result["organization"]["enrollment"]


def test_the_users_weights_change_the_order(site_admin, world):
    team_id = world["team"]["id"]
    only_context = matches(site_admin, team_id, topics="mtss", w_declared=0, w_mentor=0, w_agreements=0,
                           w_coaching=0, w_outcomes=0)
    assert only_context["results"][0]["organization"]["name"] == "Twin Unified"
    assert next(w for w in only_context["weights"] if w["name"] == "declared")["value"] == 0


def test_free_text_finds_words_in_notes_and_filters_narrow_the_list(site_admin, world):
    team_id = world["team"]["id"]
    answer = matches(site_admin, team_id, topics="", q="restorative")
    expert = next(r for r in answer["results"] if r["organization"]["name"] == "Expert Unified")
    assert expert["factors"][0]["contribution"] > 0
    assert matches(site_admin, team_id, kind="school")["results"] == []
    banded = matches(site_admin, team_id, band="0.95")
    assert [r["organization"]["name"] for r in banded["results"]] == ["Twin Unified"]


def test_bad_queries_are_refused_and_name_the_field(site_admin, world):
    path = f"/api/v1/teams/{world['team']['id']}/matches"
    for params, field in [({"topics": "astrology"}, "topics"), ({"w_declared": "-1"}, "w_declared"),
                          ({"band": "2"}, "band"), ({"limit": "0"}, "limit"), ({"kind": "planet"}, "kind")]:
        expect_problem(site_admin.api.request("GET", f"{path}?{urlencode(params)}"), 422, "/problems/validation", field)
    expect_problem(site_admin.api.request("PUT", f"/api/v1/organizations/{world['home']['id']}/expertise",
                                          {"expertise": [{"topic": "astrology"}]}), 422, "/problems/validation",
                   "expertise")


def test_outsiders_learn_nothing_of_the_team_or_its_need(server, world):
    stranger = server.make_user("stranger")
    expect_status(stranger.api.request("GET", f"/api/v1/teams/{world['team']['id']}/matches"), 404)
    expect_status(stranger.api.request("GET", f"/api/v1/teams/{world['team']['id']}/need"), 404)
    expect_status(stranger.api.request("PUT", f"/api/v1/organizations/{world['expert']['id']}/expertise",
                                       {"expertise": []}), 404)
