"""Points taken from a team's student data view (issue 13): one rate per school year of the view's indicator for a
group, dated August 15 of the year's start, with a note naming the view; only rates the district's suppression
would show; all or none, a date the measure already has refused with every such date named."""
import pytest

from data_helpers import aggregate_csv, create_district, upload
from trellis_helpers import create_team, expect_problem, join_team_via_invitation

# Suspensions of three school years: African American students' rate falls; English learners were only 9 in
# 2022-23 (a count the shared view hides), 300 later.
YEARS = {
    2022: [("ALL", 1000, 60), ("AA", 150, 30), ("HI", 480, 20), ("WH", 250, 9), ("EL", 9, 2), ("PI", 111, 1)],
    2023: [("ALL", 1000, 55), ("AA", 150, 27), ("HI", 480, 18), ("WH", 250, 9), ("EL", 300, 20), ("PI", 120, 1)],
    2024: [("ALL", 1000, 50), ("AA", 160, 24), ("HI", 480, 16), ("WH", 250, 9), ("EL", 300, 18), ("PI", 110, 1)],
}


@pytest.fixture(scope="module")
def setup(admin):
    org = create_district(admin)
    for year, rows in YEARS.items():
        r = upload(admin.api, org["id"], aggregate_csv(org["cds_code"], rows, year=year), "aggregate")
        assert r.status_code == 201, r.text
    team = create_team(admin, org["id"])
    admin.api.ok("POST", f"/api/v1/teams/{team['id']}/guides", {"guide": "world-languages-module-0"}, status=201)
    view = admin.api.ok("POST", f"/api/v1/teams/{team['id']}/guides/world-languages-module-0/data-views",
                        {"module": "module-0", "section": "c-students", "indicator": "suspension", "year": 2024},
                        status=201)
    return {"org": org, "team": team, "view": view}


def new_measure(api, team_id, name="Suspension rate"):
    return api.ok("POST", f"/api/v1/teams/{team_id}/measures",
                  {"name": name, "unit": "%", "direction": "lower_is_better"}, status=201)


def from_view(api, measure_id, body):
    return api.request("POST", f"/api/v1/measures/{measure_id}/points/from-data-view", body)


def test_a_group_rate_per_school_year_becomes_the_measures_points(admin, setup):
    measure = new_measure(admin.api, setup["team"]["id"], "Suspensions, African American students")
    r = from_view(admin.api, measure["id"], {"view_id": setup["view"]["id"], "group": "AA"})
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["added_years"] == [2022, 2023, 2024] and made["withheld_years"] == []
    points = admin.api.ok("GET", f"/api/v1/measures/{measure['id']}")["points"]
    assert [p["date"] for p in points] == ["2022-08-15", "2023-08-15", "2024-08-15"]
    assert [p["value"] for p in points] == pytest.approx([20.0, 18.0, 15.0])
    assert points[2]["note"] == f"From the data view: suspension, 2024–25, group AA, {setup['org']['cds_code']}"

    everyone = new_measure(admin.api, setup["team"]["id"], "Suspensions, everyone")
    made = admin.api.ok("POST", f"/api/v1/measures/{everyone['id']}/points/from-data-view",
                        {"view_id": setup["view"]["id"]}, status=201, headers={"Accept-Language": "es"})
    assert [p["value"] for p in made["points"]] == pytest.approx([6.0, 5.5, 5.0])  # group ALL unless named
    assert made["points"][0]["note"].startswith("De la vista de datos: suspension, 2022–23, grupo ALL")


def test_a_year_too_small_to_show_is_withheld_and_a_group_never_shown_is_refused(admin, setup):
    measure = new_measure(admin.api, setup["team"]["id"], "Suspensions, English learners")
    made = admin.api.ok("POST", f"/api/v1/measures/{measure['id']}/points/from-data-view",
                        {"view_id": setup["view"]["id"], "group": "EL"}, status=201)
    assert made["added_years"] == [2023, 2024] and made["withheld_years"] == [2022]
    assert [p["date"] for p in made["points"]] == ["2023-08-15", "2024-08-15"]

    small = new_measure(admin.api, setup["team"]["id"], "Suspensions, Pacific Islander students")
    expect_problem(from_view(admin.api, small["id"], {"view_id": setup["view"]["id"], "group": "PI"}), 422,
                   "/problems/validation", "group")  # 1 suspension a year: always hidden
    assert admin.api.ok("GET", f"/api/v1/measures/{small['id']}")["points"] == []
    expect_problem(from_view(admin.api, small["id"], {"group": "AA"}), 422, "/problems/validation", "view_id")


def test_dates_the_measure_already_has_are_refused_all_together_and_nothing_is_added(admin, setup):
    measure = new_measure(admin.api, setup["team"]["id"], "Suspensions, typed by hand first")
    admin.api.ok("POST", f"/api/v1/measures/{measure['id']}/points", {"date": "2023-08-15", "value": 17}, status=201)
    problem = expect_problem(from_view(admin.api, measure["id"], {"view_id": setup["view"]["id"], "group": "AA"}),
                             409, "/problems/conflict")
    assert "2023-08-15" in problem["detail"] and "2022-08-15" not in problem["detail"]
    points = admin.api.ok("GET", f"/api/v1/measures/{measure['id']}")["points"]
    assert [(p["date"], p["value"]) for p in points] == [("2023-08-15", 17)]


def test_only_the_measures_own_team_views_and_contributors(admin, setup):
    other_team = create_team(admin, setup["org"]["id"])
    elsewhere = new_measure(admin.api, other_team["id"])
    expect_problem(from_view(admin.api, elsewhere["id"], {"view_id": setup["view"]["id"]}), 404, "/problems/not-found")
    participant = join_team_via_invitation(admin, setup["team"]["id"], role="participant", prefix="participant")
    measure = new_measure(admin.api, setup["team"]["id"], "Suspensions, participants look")
    r = from_view(participant.api, measure["id"], {"view_id": setup["view"]["id"]})
    assert r.status_code == 403, r.text
    assert admin.api.ok("GET", f"/api/v1/measures/{measure['id']}")["points"] == []
