"""A team's measures and their run charts (issue 13): the contract others script against, the run-chart signals
computed from the points, one point per date, bad input refused with nothing changed, and the measure kept
inside its team."""
import pytest

from meeting_helpers import team_with_people
from trellis_helpers import create_org, create_team, expect_problem

MONTHS = [f"2025-{m:02d}-01" for m in range(9, 13)] + [f"2026-{m:02d}-01" for m in range(1, 9)]
# Chronic absence (%) of a small group: six months around 20, then six around 11 after a change began.
BEFORE_AND_AFTER = [20, 22, 19, 21, 23, 20, 12, 11, 13, 10, 12, 11]


@pytest.fixture
def people(admin):
    return team_with_people(admin)


def new_measure(api, team_id, **fields):
    body = {"name": "Chronic absence, foster youth", "unit": "%", "direction": "lower_is_better", **fields}
    return api.ok("POST", f"/api/v1/teams/{team_id}/measures", body, status=201)


def add_points(api, measure_id, values, dates=MONTHS):
    for date, value in zip(dates, values):
        api.ok("POST", f"/api/v1/measures/{measure_id}/points", {"date": date, "value": value}, status=201)


def test_a_measure_shows_the_shift_and_too_few_runs_after_a_change(people):
    member = people["member"]
    team_id = people["team"]["id"]
    made = new_measure(member.api, team_id, numerator="foster youth absent 10% or more of days enrolled",
                       denominator="foster youth enrolled")
    assert made["points"] == [] and made["median"] is None and made["signals"] == []
    assert made["runs"]["verdict"] == "not_enough_points"
    assert made["created_by_name"] == member.name and made["may"] == {"contribute": True}

    # Entered out of order (a month typed late): read back in date order.
    order = list(range(len(MONTHS)))
    order[3], order[7] = order[7], order[3]
    add_points(member.api, made["id"], [BEFORE_AND_AFTER[i] for i in order], [MONTHS[i] for i in order])
    chart = member.api.ok("GET", f"/api/v1/measures/{made['id']}")
    assert [p["date"] for p in chart["points"]] == MONTHS
    assert [p["value"] for p in chart["points"]] == BEFORE_AND_AFTER
    assert chart["median"] == 16  # between 13 and 19
    shifts = [s["dates"] for s in chart["signals"] if s["rule"] == "shift"]
    assert shifts == [MONTHS[:6], MONTHS[6:]]
    assert not [s for s in chart["signals"] if s["rule"] == "trend"]
    runs = chart["runs"]
    assert (runs["verdict"], runs["runs"], runs["useful_points"]) == ("too_few", 2, 12)
    assert runs["lower_limit"] > 2 and runs["upper_limit"] <= 12
    assert [s["dates"] for s in chart["signals"] if s["rule"] == "runs"] == [MONTHS]


def test_a_frozen_baseline_sets_the_median_from_the_first_points(people):
    member = people["member"]
    made = new_measure(member.api, people["team"]["id"], baseline_points=6)
    add_points(member.api, made["id"], BEFORE_AND_AFTER)
    chart = member.api.ok("GET", f"/api/v1/measures/{made['id']}")
    assert chart["baseline_points"] == 6
    assert chart["median"] == 20.5  # of 20, 22, 19, 21, 23, 20
    # The sixth month (20) is below the frozen median too: the shift starts there.
    assert [s["dates"] for s in chart["signals"] if s["rule"] == "shift"] == [MONTHS[5:]]


def test_a_steady_fall_is_a_trend_and_few_points_say_not_enough(people):
    member = people["member"]
    made = new_measure(member.api, people["team"]["id"])
    add_points(member.api, made["id"], [30, 28, 28, 25, 24, 21])
    chart = member.api.ok("GET", f"/api/v1/measures/{made['id']}")
    assert [s["dates"] for s in chart["signals"] if s["rule"] == "trend"] == [MONTHS[:6]]
    assert chart["runs"]["verdict"] == "not_enough_points"
    assert chart["runs"]["lower_limit"] is None and chart["runs"]["upper_limit"] is None


def test_the_team_list_shows_the_latest_point_and_the_rules_broken(people):
    member = people["member"]
    team_id = people["team"]["id"]
    quiet = new_measure(member.api, team_id, name="Family survey returns", direction="higher_is_better")
    moving = new_measure(member.api, team_id)
    add_points(member.api, moving["id"], BEFORE_AND_AFTER)
    listed = member.api.ok("GET", f"/api/v1/teams/{team_id}/measures")
    assert [m["id"] for m in listed["measures"]] == [moving["id"], quiet["id"]]  # newest first
    first = listed["measures"][0]
    assert first["point_count"] == 12
    assert first["latest"] == {"date": MONTHS[-1], "value": 11, "note": "", "astronomical": False}
    assert first["signals"] == ["shift", "runs"]
    assert listed["measures"][1]["latest"] is None and listed["measures"][1]["signals"] == []
    assert listed["may"] == {"contribute": True}


def test_one_point_per_date_and_bad_points_change_nothing(people):
    member = people["member"]
    made = new_measure(member.api, people["team"]["id"])
    points = f"/api/v1/measures/{made['id']}/points"
    member.api.ok("POST", points, {"date": "2026-03-01", "value": 14.5, "note": "prototype v1 starts"}, status=201)
    body = expect_problem(member.api.request("POST", points, {"date": "2026-03-01", "value": 9}), 409,
                          "/problems/conflict")
    assert "2026-03-01" in body["detail"]
    expect_problem(member.api.request("POST", points, {"date": "2026-02-30", "value": 9}), 422,
                   "/problems/validation", "date")
    expect_problem(member.api.request("POST", points, {"date": "March 2026", "value": 9}), 422,
                   "/problems/validation", "date")
    expect_problem(member.api.request("POST", points, {"date": "2026-04-01", "value": "9"}), 422,
                   "/problems/validation", "value")
    expect_problem(member.api.request("POST", points, {"date": "2026-04-01"}), 422, "/problems/validation", "value")
    expect_problem(member.api.request("POST", points, {"date": "2026-04-01", "value": 9, "note": "x" * 501}), 422,
                   "/problems/validation", "note")
    chart = member.api.ok("GET", f"/api/v1/measures/{made['id']}")
    assert chart["points"] == [{"date": "2026-03-01", "value": 14.5, "note": "prototype v1 starts",
                                "astronomical": False}]


def test_a_measure_needs_a_name_a_unit_and_a_known_direction(people):
    member = people["member"]
    team_id = people["team"]["id"]
    url = f"/api/v1/teams/{team_id}/measures"
    expect_problem(member.api.request("POST", url, {"unit": "%", "direction": "lower_is_better"}), 422,
                   "/problems/validation", "name")
    expect_problem(member.api.request("POST", url, {"name": "Absence", "unit": "%", "direction": "down"}), 422,
                   "/problems/validation", "direction")
    expect_problem(member.api.request("POST", url, {"name": "Absence", "unit": "%", "direction": "lower_is_better",
                                                    "baseline_points": 0}), 422, "/problems/validation",
                   "baseline_points")
    expect_problem(member.api.request("POST", url, {"name": "Absence", "unit": "%" * 41,
                                                    "direction": "lower_is_better"}), 422, "/problems/validation",
                   "unit")
    assert member.api.ok("GET", url)["measures"] == []


def test_a_measure_stays_inside_its_team(server, people, admin):
    member = people["member"]
    made = new_measure(member.api, people["team"]["id"])
    add_points(member.api, made["id"], [20, 18])
    # Another district's lead, with a team and a measure of their own, tries ours over several requests.
    outsider = server.make_user("outsider")
    other_team = create_team(outsider, create_org(outsider)["id"])
    own = new_measure(outsider.api, other_team["id"])
    for method, path, body in [("GET", f"/api/v1/measures/{made['id']}", None),
                               ("POST", f"/api/v1/measures/{made['id']}/points", {"date": "2026-05-01", "value": 1}),
                               ("GET", f"/api/v1/teams/{people['team']['id']}/measures", None),
                               ("POST", f"/api/v1/teams/{people['team']['id']}/measures",
                                {"name": "Mine now", "unit": "%", "direction": "lower_is_better"})]:
        expect_problem(outsider.api.request(method, path, body), 404, "/problems/not-found")
    assert [m["id"] for m in outsider.api.ok("GET", f"/api/v1/teams/{other_team['id']}/measures")["measures"]] == [
        own["id"]]
    expect_problem(member.api.request("GET", f"/api/v1/measures/{own['id']}"), 404, "/problems/not-found")
    chart = admin.api.ok("GET", f"/api/v1/measures/{made['id']}")
    assert len(chart["points"]) == 2
    assert [m["name"] for m in admin.api.ok("GET", f"/api/v1/teams/{people['team']['id']}/measures")["measures"]] == [
        made["name"]]


def test_a_point_is_corrected_marked_astronomical_or_removed(people):
    member = people["member"]
    made = new_measure(member.api, people["team"]["id"])
    add_points(member.api, made["id"], [20, 18, 19])
    point = f"/api/v1/measures/{made['id']}/points/{MONTHS[1]}"
    corrected = member.api.ok("PUT", point, {"value": 81, "note": "the month the shelter closed",
                                             "astronomical": True})
    assert corrected["points"][1] == {"date": MONTHS[1], "value": 81, "note": "the month the shelter closed",
                                      "astronomical": True}
    expect_problem(member.api.request("PUT", f"/api/v1/measures/{made['id']}/points/{MONTHS[5]}", {"value": 1}),
                   404, "/problems/not-found")
    expect_problem(member.api.request("PUT", point, {"value": "a lot"}), 422, "/problems/validation", "value")
    removed = member.api.ok("DELETE", point)
    assert [p["date"] for p in removed["points"]] == [MONTHS[0], MONTHS[2]]
    expect_problem(member.api.request("DELETE", point), 404, "/problems/not-found")


def test_freezing_the_baseline_is_versioned_and_a_stale_tab_sees_the_current_one(people, admin):
    member = people["member"]
    made = new_measure(member.api, people["team"]["id"])
    add_points(member.api, made["id"], BEFORE_AND_AFTER)
    url = f"/api/v1/measures/{made['id']}"
    frozen = member.api.ok("PATCH", url, {"baseline_points": 6, "version": made["version"]})
    assert (frozen["baseline_points"], frozen["median"]) == (6, 20.5)
    stale = expect_problem(admin.api.request("PATCH", url, {"baseline_points": 10, "version": made["version"]}),
                           409, "/problems/stale-edit")
    assert stale["current"]["baseline_points"] == 6
    expect_problem(admin.api.request("PATCH", url, {"baseline_points": 0, "version": frozen["version"]}), 422,
                   "/problems/validation", "baseline_points")
    expect_problem(admin.api.request("PATCH", url, {"version": frozen["version"]}), 422, "/problems/validation",
                   "baseline_points")
    thawed = admin.api.ok("PATCH", url, {"baseline_points": None, "version": frozen["version"]})
    assert (thawed["baseline_points"], thawed["median"]) == (None, 16)


def import_csv(api, measure_id, text, content_type="text/csv"):
    return api.request("POST", f"/api/v1/measures/{measure_id}/points/import", data=text.encode(),
                       headers={"Content-Type": content_type})


def test_points_come_from_a_spreadsheet_all_or_none(people):
    member = people["member"]
    made = new_measure(member.api, people["team"]["id"])
    # A US spreadsheet's export: M/D/YYYY dates, percentages, a note column, columns in its own order.
    sheet = "Note,Value,Date\nbefore the check-ins,31%,9/1/2025\n,29.5,10/1/2025\n\"started, week 1\",26,2025-11-01\n"
    r = import_csv(member.api, made["id"], sheet)
    assert r.status_code == 201, r.text
    assert [(p["date"], p["value"], p["note"]) for p in r.json()["points"]] == [
        ("2025-09-01", 31, "before the check-ins"), ("2025-10-01", 29.5, ""), ("2025-11-01", 26, "started, week 1")]

    # One bad line, one date the measure has, one date twice: nothing goes in, each problem named by line.
    bad = "date\tvalue\n2025-12-01\t24\n2026-01-01\tmany\n10/1/2025\t30\n2026-02-30\t20\n2025-12-01\t23\n"
    body = expect_problem(import_csv(member.api, made["id"], bad, "text/tab-separated-values"), 422,
                          "/problems/import-rejected")
    lines = sorted(e["line"] for e in body["errors"])
    assert lines == [3, 4, 5, 6], body["errors"]
    assert any("2025-10-01" in e["message"] for e in body["errors"])
    # Each with its code and the value as the file has it, for a sentence in the reader's language.
    coded = sorted((e["line"], e["code"], e.get("params")) for e in body["errors"])
    assert coded == [(3, "not_a_number", {"value": "many"}),
                     (4, "point_exists", {"value": "2025-10-01"}),
                     (5, "not_a_date", {"value": "2026-02-30", "formats": ["YYYY-MM-DD", "M/D/YYYY"]}),
                     (6, "also_on_line", {"value": "2025-12-01", "other_line": 2})], coded
    assert len(member.api.ok("GET", f"/api/v1/measures/{made['id']}")["points"]) == 3

    expect_problem(import_csv(member.api, made["id"], "when,how much\n2026-01-01,3\n"), 422,
                   "/problems/import-rejected")
    body = expect_problem(import_csv(member.api, made["id"], "date,value\n"), 422, "/problems/import-rejected")
    assert [e["code"] for e in body["errors"]] == ["no_rows"]
    expect_problem(import_csv(member.api, made["id"], ""), 422, "/problems/import-rejected")
    expect_problem(member.api.request("POST", f"/api/v1/measures/{made['id']}/points/import",
                                      {"date": "2026-01-01", "value": 3}), 415, "/problems/unsupported-media-type")
    expect_problem(import_csv(member.api, 99999999, sheet), 404, "/problems/not-found")
