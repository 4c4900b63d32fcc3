"""Student data review (issue 5): imports that are all or nothing, the equity analysis, suppression wherever data
leaves the district, sharing with the network, settings, mappings, teacher capacity, and the CLI."""
import csv
import io
import json
from pathlib import Path

import pytest

from data_helpers import (SUSPENSION, aggregate_csv, analysis, create_district, district_code, groups_by_code,
                          join_organization, student_rows, students_csv, upload)
from trellis_helpers import (REPO, cli, create_org, create_team, expect_not_visible, expect_problem,
                             join_team_via_invitation, unique)

SHARED_DATA = REPO.parent / "shared" / "data" / "ca"


@pytest.fixture
def district(admin):
    org = create_district(admin)
    r = upload(admin.api, org["id"], aggregate_csv(org["cds_code"]), "aggregate", filename="suspension.csv")
    assert r.status_code == 201, r.text
    return org


def suspension(api, org):
    return analysis(api, org["id"], indicator="suspension", year=2024)


# ---------------------------------------------------------------------------------------------- analysis

def test_the_analysis_flags_over_represented_groups_with_the_documented_figures(admin, district):
    body = suspension(admin.api, district).json()
    (ind,) = body["indicators"]
    assert ind["indicator"] == "suspension" and ind["direction"] == "lower_is_better" and ind["year"] == 2024
    g = groups_by_code(ind)
    assert list(g) == ["ALL", "AA", "AS", "HI", "PI", "WH", "EL", "FOS"]  # the Dashboard's order
    aa = g["AA"]
    assert aa["rate"] == pytest.approx(22 / 150)
    assert aa["others_rate"] == pytest.approx(28 / 850)
    assert aa["rate_ratio"] == pytest.approx((22 / 150) / (28 / 850))
    assert aa["population_share"] == pytest.approx(0.15) and aa["numerator_share"] == pytest.approx(0.44)
    assert aa["flag"] == "over"
    assert g["HI"]["flag"] == "none"  # under-represented in an adverse outcome is not a flag
    assert g["AS"]["flag"] == "small_n" and g["FOS"]["flag"] == "small_n"
    # Inside the district the team sees every count, small ones included.
    assert g["WH"]["numerator"] == 6 and g["AS"]["denominator"] == 10 and not g["WH"]["suppressed"]


def test_the_shared_view_hides_small_counts_and_what_would_reveal_them(admin, district):
    body = analysis(admin.api, district["id"], indicator="suspension", year=2024, view="shared").json()
    assert body["shared"] is True
    g = groups_by_code(body["indicators"][0])
    for group in g.values():
        for key in ("denominator", "numerator"):
            assert group[key] is None or group[key] == 0 or group[key] > 10, group
    assert g["WH"]["numerator"] is None and g["WH"]["suppressed"] and g["WH"]["rate"] is None
    assert g["AS"]["denominator"] is None and g["FOS"]["denominator"] is None
    race = [code for code in ("AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR") if code in g]
    for key in ("denominator", "numerator"):
        hidden = [c for c in race if g[c][key] is None]
        assert len(hidden) != 1, f"{key}: a single hidden {hidden} could be recovered from ALL"
    assert g["ALL"]["denominator"] == 1000


def test_csv_export_of_the_shared_view_has_empty_cells_for_hidden_counts(admin, district):
    r = analysis(admin.api, district["id"], indicator="suspension", year=2024, view="shared", format="csv")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
    rows = {row["group"]: row for row in csv.DictReader(io.StringIO(r.text))}
    assert rows["WH"]["numerator"] == "" and rows["WH"]["suppressed"] == "true"
    assert rows["ALL"]["denominator"] == "1000"


def test_trends_follow_a_group_across_years(admin, district):
    later = [("ALL", 1000, 40), ("AA", 100, 12), ("HI", 600, 20), ("WH", 300, 8)]
    expect = upload(admin.api, district["id"], aggregate_csv(district["cds_code"], later, year=2025), "aggregate")
    assert expect.status_code == 201, expect.text
    ind = analysis(admin.api, district["id"], indicator="suspension").json()["indicators"][0]
    assert ind["year"] == 2025  # the latest year by default
    aa = next(t for t in ind["trends"] if t["group"] == "AA")
    assert [p["year"] for p in aa["points"]] == [2024, 2025]
    assert aa["rate_change"] == pytest.approx(0.12 - 22 / 150)


# ---------------------------------------------------------------------------------------------- imports

def test_a_bad_aggregate_file_names_line_and_column_and_keeps_the_previous_counts(admin, district):
    bad = aggregate_csv(district["cds_code"]).replace(",AA,150,22", ",AA,150,220").replace(",HI,480,", ",XX,480,")
    body = expect_problem(upload(admin.api, district["id"], bad, "aggregate"), 422, "/problems/import-rejected")
    lines = {(e["line"], e["column"]) for e in body["errors"]}
    assert (3, 7) in lines, body  # numerator 220 > denominator 150, on line 3, column 7
    assert any(e["line"] == 4 and e["column"] == 5 for e in body["errors"]), body  # group XX
    assert body["detail"].startswith(f"The file was not imported: {len(body['errors'])} problems; the first, at line 3")
    g = groups_by_code(suspension(admin.api, district).json()["indicators"][0])
    assert g["AA"]["numerator"] == 22  # nothing half-imported

    expect_problem(upload(admin.api, district["id"], "name,value\nx,1\n", "aggregate"), 422, "/problems/import-rejected")
    expect_problem(upload(admin.api, district["id"], aggregate_csv(district["cds_code"]), "unknown"), 422,
                   "/problems/validation", "kind")
    expect_problem(upload(admin.api, district["id"], "", "aggregate"), 422, "/problems/validation", "body")


def test_a_district_cannot_import_another_districts_counts(admin, district):
    other = district_code()
    body = expect_problem(upload(admin.api, district["id"], aggregate_csv(other), "aggregate"), 422,
                          "/problems/import-rejected")
    assert other in body["detail"]
    assert admin.api.ok("GET", f"/api/v1/organizations/{district['id']}/data/imports")["imports"][0]["kind"] == "aggregate"


def test_an_organization_without_a_district_code_is_told_to_set_one(admin):
    org = create_org(admin)
    expect_problem(upload(admin.api, org["id"], aggregate_csv(district_code()), "aggregate"), 409, "/problems/conflict")


def test_student_level_rows_become_counts_per_program_school_and_group(admin):
    org = create_district(admin)
    district7 = org["cds_code"][:7]
    rows = student_rows(district7)
    r = upload(admin.api, org["id"], students_csv(rows), "students", year=2024, filename="sis-export.csv")
    assert r.status_code == 201, r.text
    summary = r.json()["summary"]
    assert summary["rows"] == len(rows)
    assert summary["programs"] == ["spanish_dual_immersion"]
    assert "student_id" in summary["ignored_columns"] and "last_name" in summary["ignored_columns"]

    ind = analysis(admin.api, org["id"], indicator="program:spanish_dual_immersion", year=2024).json()["indicators"][0]
    g = groups_by_code(ind)
    offered = [row for row in rows if row["grade"] in ("K", "1")]  # the grades the program enrolls
    enrolled = [row for row in offered if row["programs"]]
    assert g["ALL"]["denominator"] == len(offered) and g["ALL"]["numerator"] == len(enrolled)
    hi = [row for row in offered if row["ethnicity"] == "HI"]
    assert g["HI"]["denominator"] == len(hi) and g["HI"]["numerator"] == sum(1 for x in hi if x["programs"])
    assert g["HI"]["flag"] == "under"
    el = [row for row in offered if row["el"] == "Y"]
    assert g["EL"]["denominator"] == len(el)
    assert "gender:m" in g and "lang:spanish" in g
    # Per school as well; school B offers no such program, so it has no counts for it.
    school_a = org["cds_code"][:7] + "1111111"
    data = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/data")
    codes = next(i for i in data["indicators"] if i["indicator"] == "program:spanish_dual_immersion")["org_codes"]
    assert codes == [org["cds_code"], school_a]
    at_school = analysis(admin.api, org["id"], indicator="program:spanish_dual_immersion", year=2024,
                         org_code=school_a).json()["indicators"][0]
    assert groups_by_code(at_school)["ALL"]["denominator"] == len(offered)
    # No student identifier is anywhere in what the server gives back.
    assert "S000001" not in json.dumps(data) and "O'Neil" not in json.dumps(data)


def test_a_bad_flag_rejects_the_student_file_by_line_and_column(admin):
    org = create_district(admin)
    rows = student_rows(org["cds_code"][:7])
    rows[4]["el"] = "maybe"
    body = expect_problem(upload(admin.api, org["id"], students_csv(rows, crlf=False, bom=False), "students", year=2024),
                          422, "/problems/import-rejected")
    assert any(e["line"] == 6 and e["column"] == 8 for e in body["errors"]), body
    assert admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/data")["indicators"] == []
    expect_problem(upload(admin.api, org["id"], students_csv(student_rows(org["cds_code"][:7])), "students"),
                   422, "/problems/validation", "year")


def test_a_saved_mapping_adapts_another_layout_and_its_errors_name_the_path(admin):
    org = create_district(admin)
    base = f"/api/v1/organizations/{org['id']}/data/mappings"
    suggested = admin.api.ok("POST", base + "/suggest", {"header": ["LEA Code", "Grade Level", "Race/Ethnicity", "Programs"]})
    assert suggested["mapping"]["columns"]["district_code"] == "LEA Code"
    mapping = {"columns": {"district_code": "LEA", "school_code": "Site", "grade": "Gr", "ethnicity": "Race",
                           "programs": "Pgms"},
               "values": {"ethnicity": {"Hispanic": "HI", "White": "WH"}}, "program_separator": "|"}
    saved = admin.api.ok("POST", base, {"name": "SIS export", "mapping": mapping}, status=201)
    expect_problem(admin.api.post(base, {"name": "broken", "mapping": {"columns": {"nonsense": "X"}}}), 422,
                   "/problems/validation", "mapping.columns")
    expect_problem(admin.api.post(base, {"name": "SIS export", "mapping": mapping}), 409, "/problems/conflict")
    text = "Id,LEA,Site,Gr,Race,Pgms\n" + "".join(
        f"{i},{org['cds_code'][:7]},1111111,3,{'Hispanic' if i % 2 else 'White'},{'Mandarin|Art' if i < 6 else ''}\n"
        for i in range(20))
    r = upload(admin.api, org["id"], text, "students", year=2024, mapping_id=saved["id"])
    assert r.status_code == 201, r.text
    assert sorted(r.json()["summary"]["programs"]) == ["art", "mandarin"]
    g = groups_by_code(analysis(admin.api, org["id"], indicator="program:mandarin", year=2024).json()["indicators"][0])
    assert g["ALL"]["denominator"] == 20 and g["ALL"]["numerator"] == 6 and g["HI"]["denominator"] == 10
    stale = admin.api.request("PUT", f"{base}/{saved['id']}", {"name": "SIS", "mapping": mapping, "version": 7})
    expect_problem(stale, 409, "/problems/stale-edit")


def test_manual_counts_are_checked_and_analysed(admin):
    org = create_district(admin)
    url = f"/api/v1/organizations/{org['id']}/data/counts"
    bad = admin.api.request("PUT", url, {"year": 2024, "indicator": "Chronic Absence", "direction": "down",
                                         "groups": [{"group": "HI", "denominator": 5, "numerator": 9}]})
    body = expect_problem(bad, 422, "/problems/validation")
    fields = {e["field"] for e in body["errors"]}
    assert {"indicator", "direction", "groups[0].numerator", "groups"} <= fields
    good = admin.api.ok("PUT", url, {"year": 2024, "indicator": "chronic_absence", "direction": "lower_is_better",
                                     "groups": [{"group": "ALL", "denominator": 400, "numerator": 80},
                                                {"group": "HOM", "denominator": 40, "numerator": 20}]})
    hom = groups_by_code(good["indicators"][0])["HOM"]
    assert hom["flag"] == "over" and hom["rate"] == pytest.approx(0.5)


def test_settings_change_the_flags_and_refuse_weaker_suppression(admin, district):
    url = f"/api/v1/organizations/{district['id']}/data/settings"
    settings = admin.api.ok("GET", url)
    assert settings["min_denominator"] == 30 and settings["suppress_at_most"] == 10 and settings["version"] == 0
    expect_problem(admin.api.request("PUT", url, {"version": 0, "suppress_at_most": 5}), 422, "/problems/validation",
                   "suppress_at_most")
    saved = admin.api.ok("PUT", url, {"version": 0, "min_denominator": 5, "over_ratio": 1.1})
    assert saved["version"] == 1
    g = groups_by_code(suspension(admin.api, district).json()["indicators"][0])
    assert g["FOS"]["flag"] == "over"  # 8 students is no longer too few to flag: 3/8 against 47/992
    expect_problem(admin.api.request("PUT", url, {"version": 0, "min_denominator": 40}), 409, "/problems/stale-edit")


# ---------------------------------------------------------------------------------------------- who sees what

def test_full_counts_stay_inside_the_district_and_peers_see_only_what_was_shared(admin, district, server):
    peer = create_org(admin, name=unique("Peer district"))
    facilitator = create_org(admin, name=unique("Intermediary"), kind="intermediary")
    net = admin.api.ok("POST", "/api/v1/networks", {"name": unique("CoP"), "facilitator_organization_id": facilitator["id"]},
                       status=201)
    for org, role in ((district, "peer"), (peer, "peer")):
        admin.api.ok("POST", f"/api/v1/networks/{net['id']}/members", {"organization_id": org["id"], "role": role},
                     status=201)
    peer_person = join_organization(admin, peer["id"], "member", prefix="peer")
    team = create_team(admin, district["id"])
    family = join_team_via_invitation(admin, team["id"], role="participant", prefix="family")
    stranger = server.make_user("stranger")
    data_lead = join_organization(admin, district["id"], "data_lead", prefix="datalead")
    staff = join_team_via_invitation(admin, team["id"], role="member", prefix="staff")  # a team member: insider

    for person in (peer_person, family, stranger):
        expect_not_visible(suspension(person.api, district))
        expect_not_visible(person.api.get(f"/api/v1/organizations/{district['id']}/data"))
    assert suspension(staff.api, district).status_code == 200
    expect_not_visible(upload(staff.api, district["id"], aggregate_csv(district["cds_code"]), "aggregate"))
    assert upload(data_lead.api, district["id"], aggregate_csv(district["cds_code"]), "aggregate").status_code == 201

    share = {"indicator": "suspension", "year": 2024, "shared": True}
    expect_not_visible(staff.api.request("PUT", f"/api/v1/organizations/{district['id']}/data/shares", share))
    # A year the district holds no counts for is refused, not listed to partners as an empty view.
    no_year = data_lead.api.request("PUT", f"/api/v1/organizations/{district['id']}/data/shares", {**share, "year": 2019})
    assert "2019" in expect_problem(no_year, 404, "/problems/not-found")["detail"]
    data_lead.api.ok("PUT", f"/api/v1/organizations/{district['id']}/data/shares", share)
    listed = peer_person.api.ok("GET", f"/api/v1/networks/{net['id']}/shared-data")["shared"]
    assert [(s["organization_id"], s["indicator"], s["year"]) for s in listed] == [(district["id"], "suspension", 2024)]
    assert listed[0]["shared_at"].endswith("Z")
    for person in (peer_person, family):
        body = suspension(person.api, district).json()
        assert body["shared"] is True  # whatever they ask, outsiders get the suppressed view
        g = groups_by_code(body["indicators"][0])
        assert g["WH"]["numerator"] is None and g["AA"]["numerator"] == 22 and g["AA"]["flag"] == "over"
        full = analysis(person.api, district["id"], indicator="suspension", year=2024, view="full").json()
        assert full["shared"] is True
    expect_not_visible(analysis(peer_person.api, district["id"], indicator="suspension", year=2025))
    expect_not_visible(suspension(stranger.api, district))

    data_lead.api.ok("PUT", f"/api/v1/organizations/{district['id']}/data/shares", {**share, "shared": False})
    expect_not_visible(suspension(peer_person.api, district))


# ---------------------------------------------------------------------------------------------- profiles, teachers

@pytest.mark.skipif(not (SHARED_DATA / "cupc1819-k12_lea.csv").exists(), reason="shared data not present")
def test_the_state_profile_file_fills_the_districts_profile(admin):
    mpusd = admin.api.ok("GET", "/api/v1/organizations")["organizations"]
    existing = next((o for o in mpusd if o.get("cds_code") == "27660920000000"), None)
    org = existing or create_org(admin, name="Monterey Peninsula Unified", cds_code="27660920000000")
    text = (SHARED_DATA / "cupc1819-k12_lea.csv").read_bytes()
    r = upload(admin.api, org["id"], text, "profiles", filename="cupc1819-k12_lea.csv")
    assert r.status_code == 201, r.text
    assert r.json()["summary"]["organizations_updated"] == 1
    profile = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}")["profile"]
    assert profile["enrollment"] == 9499 and profile["low_income"] == 6232 and profile["english_learners"] == 2577
    assert profile["foster"] == 20 and profile["homeless"] == 880
    assert "2018-19" in profile["source"]


STAFF = """name,employee_id,credentials,years_experience,languages,grade_spans,program_types,learning_needs
Ana Ruiz,E1,Single Subject: Spanish;BCLAD Spanish,12,Spanish,high,world_language;ap,Assessment;Proficiency targets
Ben Ito,E2,Multiple Subject,1,Spanish,elementary,Dual Immersion,Proficiency targets;Assessment;Family outreach
Chen Li,E3,Single Subject: Mandarin,4,Mandarin,middle,world_language,Family outreach
"""


def test_teacher_capacity_counts_qualified_teachers_and_ranks_learning_needs(admin):
    org = create_district(admin)
    admin.api.ok("PUT", f"/api/v1/organizations/{org['id']}/data/settings", {"version": 0, "offered_languages": [
        {"language": "Spanish", "program_types": ["Dual Immersion", "world_language"]},
        {"language": "Mandarin", "program_types": ["World Language"]}]})
    r = upload(admin.api, org["id"], STAFF, "teachers", filename="staff.csv")
    assert r.status_code == 201, r.text
    body = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/teachers")
    assert len(body["profiles"]) == 3 and "E1" not in json.dumps(body)
    assert {p["name"]: p["program_types"] for p in body["profiles"]}["Ben Ito"] == ["dual_immersion"]
    langs = {l["language"]: l for l in body["capacity"]["languages"]}
    assert langs["Spanish"]["qualified_teachers"] == 1 and langs["Spanish"]["teaching_without_credential"] == 1
    assert langs["Spanish"]["at_risk"] and langs["Mandarin"]["at_risk"]
    assert langs["Spanish"]["program_types"] == ["dual_immersion", "world_language"]
    assert langs["Mandarin"]["program_types"] == ["world_language"]
    bands = {b["band"]: b["teachers"] for b in body["capacity"]["experience"]}
    assert bands["0-2"] == 1 and bands["3-5"] == 1 and bands["11-20"] == 1
    priorities = [(p["need"], p["points"]) for p in body["capacity"]["priorities"]]
    # Borda: Ana ranks 2 needs (2, 1 points), Ben 3 (3, 2, 1), Chen 1; ties go to more teachers, then the name.
    assert priorities == [("Assessment", 2 + 2), ("Proficiency targets", 1 + 3), ("Family outreach", 1 + 1)]

    bad = STAFF.replace(",12,", ",old,")
    body = expect_problem(upload(admin.api, org["id"], bad, "teachers"), 422, "/problems/import-rejected")
    assert body["errors"][0]["line"] == 2 and body["errors"][0]["column"] == 4
    assert len(admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/teachers")["profiles"]) == 3


def test_a_teacher_fills_in_their_own_profile_and_a_stale_edit_is_refused(admin):
    org = create_district(admin)
    teacher = join_organization(admin, org["id"], "member", prefix="teacher")
    url = f"/api/v1/organizations/{org['id']}/teachers/me"
    assert teacher.api.ok("GET", url)["profile"] is None
    saved = teacher.api.ok("PUT", url, {"version": 0, "credentials": ["Single Subject: Spanish"], "years_experience": 6,
                                        "languages": ["Spanish"], "learning_needs": ["Heritage speakers"],
                                        "program_types": ["Dual Immersion", "world language", "dual_immersion"]})["profile"]
    assert saved["version"] == 1 and saved["source"] == "self"
    # However a program type is spelled, it is kept as the key the staff file and the settings use.
    assert saved["program_types"] == ["dual_immersion", "world_language"]
    expect_problem(teacher.api.request("PUT", url, {"version": 0, "languages": ["French"]}), 409, "/problems/stale-edit")
    expect_problem(teacher.api.request("PUT", url, {"version": 1, "years_experience": 99}), 422, "/problems/validation",
                   "years_experience")
    team = create_team(admin, org["id"])
    family = join_team_via_invitation(admin, team["id"], role="participant", prefix="family")
    outsider = admin.server.make_user("outsider")
    for person in (family, outsider):
        expect_not_visible(person.api.request("PUT", url, {"version": 0, "name": "Not a teacher here"}))
    upload(admin.api, org["id"], STAFF, "teachers")  # a staff import never replaces what a teacher wrote
    profiles = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/teachers")["profiles"]
    assert any(p["source"] == "self" and p["languages"] == ["Spanish"] for p in profiles) and len(profiles) == 4


# ---------------------------------------------------------------------------------------------- guide views

def test_a_team_attaches_a_data_view_to_section_c(admin, district):
    team = create_team(admin, district["id"])
    admin.api.ok("POST", f"/api/v1/teams/{team['id']}/guides", {"guide": "world-languages-module-0"}, status=201)
    base = f"/api/v1/teams/{team['id']}/guides/world-languages-module-0/data-views"
    view = admin.api.ok("POST", base, {"module": "module-0", "section": "c-students", "indicator": "suspension",
                                       "year": 2024, "note": "Who is suspended most?"}, status=201)
    assert admin.api.ok("GET", base)["data_views"] == [view]
    expect_problem(admin.api.post(base, {"module": "module-0", "section": "z-none", "indicator": "suspension", "year": 2024}),
                   422, "/problems/validation", "section")
    expect_problem(admin.api.post(base, {"module": "module-0", "section": "c-students", "indicator": "suspension",
                                         "year": 1999}), 422, "/problems/validation", "indicator")
    admin.api.ok("DELETE", f"{base}/{view['id']}", status=204)
    assert admin.api.ok("GET", base)["data_views"] == []


# ---------------------------------------------------------------------------------------------- CLI

def test_the_cli_imports_and_analyses_and_reports_bad_lines(server, tmp_path):
    db = server.db_url
    cds = district_code()
    good = tmp_path / "suspension.csv"
    good.write_text(aggregate_csv(cds))
    out = cli("data", "import", "--database", db, str(good))
    assert json.loads(out.stdout)["counts"] == len(SUSPENSION)
    body = json.loads(cli("data", "analyze", "--database", db, "--org", cds, "--year", "2024", "--format", "json").stdout)
    aa = groups_by_code(body["indicators"][0])["AA"]
    assert set(aa) >= {"group", "denominator", "numerator", "rate", "others_rate", "rate_ratio", "population_share",
                       "numerator_share", "flag", "suppressed"}
    assert aa["flag"] == "over"
    shared = cli("data", "analyze", "--database", db, "--org", cds, "--year", "2024", "--shared", "--format", "csv").stdout
    rows = {r["group"]: r for r in csv.DictReader(io.StringIO(shared))}
    assert rows["WH"]["numerator"] == "" and rows["AA"]["numerator"] == "22"

    bad = tmp_path / "bad.csv"
    bad.write_text(aggregate_csv(cds).replace(",AA,150,22", ",AA,ten,22"))
    proc = cli("data", "import", "--database", db, str(bad), check=False)
    assert proc.returncode != 0
    assert f"{bad}:3:6:" in proc.stderr and "nothing was imported" in proc.stderr

    students = tmp_path / "students.csv"
    students.write_bytes(students_csv(student_rows(cds[:7])))
    summary = json.loads(cli("data", "import", "--database", db, "--students", "--year", "2024", str(students)).stdout)
    assert summary["programs"] == ["spanish_dual_immersion"] and summary["rows"] == 160
    assert cli("data", "import", "--database", db, "--students", str(students), check=False).returncode != 0


def test_an_import_may_be_larger_than_other_requests(admin):
    """Imports carry a district's whole export: the 1 MiB body limit of other routes does not apply to them."""
    org = create_district(admin)
    cds = org["cds_code"]
    rows = [f"{cds},2024,measure_{i:05d},higher_is_better,{g},100,{i % 100}" for i in range(20000) for g in ("ALL", "HI")]
    text = "org_code,year,indicator,direction,group,denominator,numerator\n" + "\n".join(rows) + "\n"
    assert len(text) > 2 * 1024 * 1024
    r = upload(admin.api, org["id"], text, "aggregate")
    assert r.status_code == 201, r.text[:500]
    assert r.json()["summary"]["counts"] == 40000
    big = admin.api.request("PUT", f"/api/v1/organizations/{org['id']}/data/counts", data=text.encode(),
                            headers={"Content-Type": "application/json"})
    expect_problem(big, 413, "/problems/body-too-large")


def test_a_new_student_export_replaces_the_districts_program_counts_schools_included(admin):
    org = create_district(admin)
    rows = student_rows(org["cds_code"][:7])
    assert upload(admin.api, org["id"], students_csv(rows), "students", year=2024).status_code == 201
    moved = [dict(r, school_code="3333333") for r in rows]  # school A's program moved to a new school
    assert upload(admin.api, org["id"], students_csv(moved), "students", year=2024).status_code == 201
    data = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/data")
    codes = next(i for i in data["indicators"] if i["indicator"] == "program:spanish_dual_immersion")["org_codes"]
    assert codes == [org["cds_code"], org["cds_code"][:7] + "3333333"]
