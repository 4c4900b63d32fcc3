"""A ranked item (docs/guides.md): section D's professional learning needs, put in order by the team. The order is
versioned like an answer (a stale tab is refused with the current order), holds only the item's entries, each once,
and is the team's alone."""
import pytest

from meeting_helpers import team_with_people
from trellis_helpers import expect_problem

WL = "world-languages-module-0"
SECTION_D = f"/guides/{WL}/modules/module-0/sections/d-teachers"


@pytest.fixture
def people(admin):
    team = team_with_people(admin)
    admin.api.ok("POST", f"/api/v1/teams/{team['team']['id']}/guides", {"guide": WL}, status=201)
    return team


def url(people, rest):
    return f"/api/v1/teams/{people['team']['id']}{SECTION_D}{rest}"


def learning_needs(api, people):
    progress = api.ok("GET", f"/api/v1/teams/{people['team']['id']}/guides/{WL}")
    section = next(s for s in progress["modules"][0]["sections"] if s["id"] == "d-teachers")
    return next(i for i in section["items"] if i["id"] == "learning-needs")


def test_a_team_puts_its_learning_needs_in_order_and_a_stale_tab_is_refused(admin, people):
    member = people["member"]
    item = learning_needs(member.api, people)
    assert item["kind"] == "ranked"
    assert item["ranking"] == {"entries": [], "version": 0, "author_name": None, "updated_at": None}
    ids = [e["id"] for e in item["entries"]]
    assert {"lcap", "methods", "family-engagement"} <= set(ids)

    first = member.api.ok("PUT", url(people, "/items/learning-needs/ranking"),
                          {"entries": ["lcap", "methods"], "version": 0})
    assert first["entries"] == ["lcap", "methods"] and first["version"] == 1
    assert first["author_name"] == member.name and first["updated_at"].endswith("Z")
    moved = admin.api.ok("PUT", url(people, "/items/learning-needs/ranking"),
                         {"entries": ["methods", "family-engagement", "lcap"], "version": 1})
    assert moved["version"] == 2

    stale = expect_problem(member.api.request("PUT", url(people, "/items/learning-needs/ranking"),
                                              {"entries": ["lcap"], "version": 1}), 409, "/problems/stale-edit")
    assert stale["current"]["entries"] == ["methods", "family-engagement", "lcap"]
    assert learning_needs(member.api, people)["ranking"]["entries"] == ["methods", "family-engagement", "lcap"]


def test_an_order_holds_only_the_items_entries_each_once(admin, people):
    member = people["member"]
    ranking = url(people, "/items/learning-needs/ranking")
    body = expect_problem(member.api.request("PUT", ranking, {"entries": ["lcap", "recess"], "version": 0}),
                          422, "/problems/validation", "entries[1]")
    assert "recess" in body["detail"]
    expect_problem(member.api.request("PUT", ranking, {"entries": ["lcap", "lcap"], "version": 0}),
                   422, "/problems/validation", "entries[1]")
    expect_problem(member.api.request("PUT", ranking, {"entries": "lcap", "version": 0}),
                   422, "/problems/validation", "entries")
    expect_problem(member.api.request("PUT", ranking, {"version": 0}), 422, "/problems/validation", "entries")
    expect_problem(member.api.request("PUT", ranking, {"entries": ["lcap"]}), 422, "/problems/validation", "version")
    # Another kind of item has no order, and a ranked item has no checkboxes.
    expect_problem(member.api.request("PUT", url(people, "/items/teacher-support/ranking"), {"entries": [], "version": 0}),
                   422, "/problems/validation", "item")
    expect_problem(member.api.request("PUT", url(people, "/items/learning-needs/entries/lcap"), {"checked": True}),
                   422, "/problems/validation", "item")
    expect_problem(member.api.request("PUT", url(people, "/items/nope/ranking"), {"entries": [], "version": 0}),
                   404, "/problems/not-found", "nope")
    assert learning_needs(member.api, people)["ranking"]["version"] == 0, "nothing was saved"


def test_an_empty_order_clears_the_ranking(admin, people):
    ranking = url(people, "/items/learning-needs/ranking")
    admin.api.ok("PUT", ranking, {"entries": ["assessment"], "version": 0})
    cleared = admin.api.ok("PUT", ranking, {"entries": [], "version": 1})
    assert cleared["entries"] == [] and cleared["version"] == 2
