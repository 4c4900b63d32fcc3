"""Who is missing: perspectives, content areas and grade spans of a team, and outreach items for the gaps."""
import pytest

from trellis_helpers import add_member, create_org, create_team, expect_problem, expect_status, unique


def catalogue(user):
    return [p["key"] for p in user.api.ok("GET", "/api/v1/perspectives")["perspectives"]]


@pytest.fixture
def team_with_gaps(admin):
    """Organization serving elementary and middle; members bring families, administration, special education."""
    org = create_org(admin, grade_spans=["elementary", "middle"])
    team = create_team(admin, org["id"], name=unique("WL Standards"))
    maria = add_member(admin, team["id"], name="Maria Parent", perspectives=["families"],
                       content_areas=["Spanish"], grade_spans=["elementary"])
    ken = add_member(admin, team["id"], name="Ken Principal", perspectives=["special_education", "administration"],
                     content_areas=["French", "Spanish"], grade_spans=["elementary"])
    return org, team, maria, ken


def test_covered_and_missing_in_catalogue_order(admin, team_with_gaps):
    _, team, _, _ = team_with_gaps
    keys = catalogue(admin)
    rep = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/representation")
    assert rep["covered"] == ["families", "administration", "special_education"]
    assert rep["missing"] == [k for k in keys if k not in {"families", "administration", "special_education"}]
    assert "students" in rep["missing"] and "community_partners" in rep["missing"]
    assert sorted(rep["content_areas"]) == ["French", "Spanish"]
    # The organization serves elementary and middle: high is nobody's gap here.
    assert rep["grade_spans"] == {"covered": ["elementary"], "missing": ["middle"]}
    by_key = {p["key"]: p for p in rep["perspectives"]}
    assert sorted(by_key["families"]["members"]) == ["Maria Parent"]
    assert sorted(by_key["administration"]["members"]) == ["Ken Principal"]
    assert by_key["families"]["label_en"] and by_key["families"]["label_es"]
    for key in rep["missing"]:
        assert by_key.get(key, {"members": []})["members"] == []
    # The team object carries the same representation.
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["representation"] == rep


def test_adding_the_missing_perspective_closes_the_gap(admin, team_with_gaps):
    _, team, _, _ = team_with_gaps
    student = add_member(admin, team["id"], name="Sofia Student", perspectives=["students"], grade_spans=["middle"])
    rep = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/representation")
    assert "students" not in rep["missing"]
    assert rep["covered"] == ["families", "students", "administration", "special_education"]
    assert rep["grade_spans"] == {"covered": ["elementary", "middle"], "missing": []}
    # Removing her opens it again.
    admin.api.ok("DELETE", f"/api/v1/teams/{team['id']}/members/{student['id']}", status=204)
    rep = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/representation")
    assert "students" in rep["missing"] and rep["grade_spans"]["missing"] == ["middle"]


def test_editing_a_member_changes_coverage(admin, team_with_gaps):
    _, team, maria, _ = team_with_gaps
    admin.api.ok("PATCH", f"/api/v1/teams/{team['id']}/members/{maria['id']}",
                 {"perspectives": ["community_partners"], "version": maria["version"]})
    rep = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/representation")
    assert "families" in rep["missing"] and "community_partners" in rep["covered"]


def test_outreach_item_for_a_gap(admin, team_with_gaps):
    _, team, maria, _ = team_with_gaps
    r = admin.api.post(f"/api/v1/teams/{team['id']}/outreach-items",
                       {"gap_kind": "perspective", "gap_key": "students", "title": "Invite two student reps",
                        "owner_member_id": maria["id"], "due_on": "2026-12-15"})
    expect_status(r, 201)
    item = r.json()
    assert isinstance(item["id"], int) and item["team_id"] == team["id"]
    assert (item["gap_kind"], item["gap_key"], item["title"]) == ("perspective", "students", "Invite two student reps")
    assert item["owner_member_id"] == maria["id"] and item["due_on"] == "2026-12-15"
    assert item["status"] == "open" and item["created_at"].endswith("Z")

    # Without a title the server proposes one; a grade-span gap works as well.
    span_item = admin.api.ok("POST", f"/api/v1/teams/{team['id']}/outreach-items",
                             {"gap_kind": "grade_span", "gap_key": "middle"}, status=201)
    assert isinstance(span_item["title"], str) and span_item["title"].strip()
    listed = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/outreach-items")["outreach_items"]
    assert sorted(i["id"] for i in listed) == sorted([item["id"], span_item["id"]])
    in_team = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["outreach_items"]
    assert sorted(i["id"] for i in in_team) == sorted([item["id"], span_item["id"]])


@pytest.mark.parametrize("gap_kind,gap_key", [
    ("perspective", "families"),          # covered: not a gap
    ("perspective", "no_such_perspective"),  # not in the catalogue
    ("grade_span", "elementary"),         # covered
    ("grade_span", "high"),               # the organization does not serve it
    ("grade_span", "kindergarten"),       # not a grade span
    ("other", "students"),                # not a gap kind
])
def test_outreach_item_refused_when_not_a_gap(admin, team_with_gaps, gap_kind, gap_key):
    _, team, _, _ = team_with_gaps
    r = admin.api.post(f"/api/v1/teams/{team['id']}/outreach-items", {"gap_kind": gap_kind, "gap_key": gap_key})
    expect_problem(r, 422, "/problems/validation")
    body = r.json()
    assert "gap_key" in body["detail"] or "gap_kind" in body["detail"], body
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}/outreach-items")["outreach_items"] == []


def test_unknown_perspective_on_a_member_is_refused(admin, team_with_gaps):
    _, team, maria, _ = team_with_gaps
    before = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")
    r = admin.api.post(f"/api/v1/teams/{team['id']}/members",
                       {"name": "Nobody", "email": "nobody-rep@test.example", "perspectives": ["astronauts"]})
    expect_problem(r, 422, "/problems/validation", field="perspectives")
    r = admin.api.patch(f"/api/v1/teams/{team['id']}/members/{maria['id']}",
                        {"perspectives": ["families", "astronauts"], "version": maria["version"]})
    expect_problem(r, 422, "/problems/validation", field="perspectives")
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}") == before
