"""Every field problem carries a stable code and the numbers a sentence needs (issue 17): a too-long title is
`too_long` with its limit (not "is required"), broken guide rules keep their rule and gain a code, and data files
that are empty or lack required columns say so by code and by column; every other problem of a data file has a
code set where it is found, with the value as read, so no file problem falls back to `invalid`."""
from data_helpers import AGGREGATE_HEADER, STUDENT_HEADER, create_district, student_rows, upload
from meeting_helpers import good_plan, team_with_people
from trellis_helpers import expect_problem


def by_field(body):
    return {e["field"]: e for e in body["errors"] if "field" in e}


def test_a_long_title_is_too_long_and_a_missing_one_required(admin):
    people = team_with_people(admin)
    url = f"/api/v1/teams/{people['team']['id']}/meetings"
    plan = good_plan(title="x" * 5000, agenda=[{"title": "y" * 5000, "minutes": 10, "kind": "topic"},
                                               {"title": "", "minutes": "ten", "kind": "discussion"}])
    errors = by_field(expect_problem(admin.api.post(url, plan), 422, "/problems/validation"))
    assert errors["title"]["code"] == "too_long" and errors["title"]["params"] == {"max": 200}
    assert errors["agenda[0].title"]["code"] == "too_long" and errors["agenda[0].title"]["params"] == {"max": 300}
    assert errors["agenda[1].title"]["code"] == "required"
    assert errors["agenda[1].minutes"]["code"] == "not_a_number"
    assert all(e["message"] for e in errors.values())  # the English message stays for API clients

    missing = good_plan()
    del missing["title"]
    errors = by_field(expect_problem(admin.api.post(url, missing), 422, "/problems/validation"))
    assert errors["title"]["code"] == "required" and "params" not in errors["title"]

    errors = by_field(expect_problem(admin.api.post(url, good_plan(duration_minutes=5000, starts_at="tomorrow")), 422,
                                     "/problems/validation"))
    assert errors["duration_minutes"]["code"] == "out_of_range"
    assert errors["duration_minutes"]["params"] == {"min": 1, "max": 1440}
    assert errors["starts_at"]["code"] == "not_a_date"


def test_broken_guide_rules_keep_their_rule_and_gain_a_code(admin):
    people = team_with_people(admin)
    url = f"/api/v1/teams/{people['team']['id']}/meetings"
    body = expect_problem(admin.api.post(url, good_plan(objectives=["One", "Two", "Three"])), 422,
                          "/problems/validation")
    [error] = body["errors"]
    assert error["rule"] == "meeting.objectives" and error["code"] == "too_many_objectives"
    assert error["params"] == {"max": 2, "minutes": 60}

    plan = good_plan(agenda=[{"title": "Talk", "minutes": 50, "kind": "topic"},
                             {"title": "Questions", "minutes": 20, "kind": "discussion"}])
    codes = {e["code"]: e for e in expect_problem(admin.api.post(url, plan), 422, "/problems/validation")["errors"]}
    assert codes["agenda_over_time"]["params"] == {"max": 60}

    incomplete = {"title": "Plan", "status": "scheduled"}
    errors = by_field(expect_problem(admin.api.post(url, incomplete), 422, "/problems/validation"))
    assert {errors[f]["code"] for f in ("goal", "starts_at", "duration_minutes", "mode", "agenda")} == {"required"}


def test_an_empty_file_and_missing_columns_are_named_by_code(admin):
    org = create_district(admin)
    body = expect_problem(upload(admin.api, org["id"], b"", "aggregate"), 422, "/problems/validation")
    assert body["errors"][0]["field"] == "body" and body["errors"][0]["code"] == "empty_file"

    rows = student_rows(org["cds_code"][:7])
    columns = [c for c in STUDENT_HEADER.split(",") if c not in ("grade", "district_code")]
    stripped = "\n".join([",".join(columns)] + [",".join(r[c] for c in columns) for r in rows]) + "\n"
    body = expect_problem(upload(admin.api, org["id"], stripped, "students", year=2024), 422,
                          "/problems/import-rejected")
    missing = [e for e in body["errors"] if e.get("code") == "missing_columns"]
    assert len(missing) == 1, body
    assert sorted(missing[0]["params"]["columns"]) == ["district_code", "grade"]
    assert missing[0]["line"] == 1


def test_every_problem_of_a_data_file_has_its_code_and_the_value_read(admin):
    org = create_district(admin)
    cds = org["cds_code"]
    text = "\n".join([AGGREGATE_HEADER,
                      f"{cds},20x4,suspension,lower_is_better,ALL,100,5",
                      f"{cds},2024,suspension,lower_is_better,ALL,many,5",
                      f"{cds},2024,suspension,lower_is_better,HI,10,11",
                      f"{cds},2024"]) + "\n"
    body = expect_problem(upload(admin.api, org["id"], text, "aggregate"), 422, "/problems/import-rejected")
    found = [(e["line"], e["column"], e["code"], e.get("params")) for e in body["errors"]]
    assert found == [
        (2, 2, "not_a_school_year", {"value": "20x4", "min": 1990, "max": 2100, "example": "2018-19"}),
        (3, 6, "not_a_count", {"value": "many"}),
        (4, 7, "numerator_over_denominator", {"numerator": 11, "denominator": 10}),
        (5, None, "wrong_field_count", {"count": 2, "expected": 7}),
    ], body
    assert all(e["message"] for e in body["errors"])  # the English message stays for API clients

    rows = student_rows(cds[:7])
    rows[0]["district_code"] = "27-66O92"  # a letter O for a zero
    header = STUDENT_HEADER.split(",")
    students = "\n".join([STUDENT_HEADER] + [",".join(r[c] for c in header) for r in rows]) + "\n"
    body = expect_problem(upload(admin.api, org["id"], students, "students", year=2024), 422,
                          "/problems/import-rejected")
    [error] = body["errors"]
    assert (error["line"], error["column"]) == (2, header.index("district_code") + 1)
    assert (error["code"], error["params"]) == ("not_a_district_code", {"value": "27-66O92"})

    other = create_district(admin)
    foreign = f"{AGGREGATE_HEADER}\n{other['cds_code']},2024,suspension,lower_is_better,ALL,100,5\n"
    body = expect_problem(upload(admin.api, org["id"], foreign, "aggregate"), 422, "/problems/import-rejected")
    assert [(e["code"], e["params"]) for e in body["errors"]] == [
        ("other_district", {"value": other["cds_code"], "district_code": cds})]
