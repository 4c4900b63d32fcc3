"""A team's spreadsheet export (issue 13): the XLSX workbook opened as a spreadsheet program would (openpyxl,
Debian's python3-openpyxl) with typed cells, real dates, a frozen bold header and set widths; each sheet as CSV
that Python's csv module reads back, with formula-looking text defused; the team's words in Spanish on request;
and nobody outside the team gets the file."""
import csv
import datetime
import io
import urllib.parse

import openpyxl
import pytest

from meeting_helpers import team_with_people
from trellis_helpers import create_org, create_team, expect_problem, unique

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The demo's MTSS measure: monthly chronic absence of foster and homeless students, a prototype from the ninth month.
MONTHS = [f"2025-{m:02d}-01" for m in range(1, 13)] + ["2026-01-01", "2026-02-01"]
MONTHLY = [31, 29, 33, 30, 32, 28, 31, 30, 26, 24, 25, 22, 23, 21.5]
PROTOTYPE_NOTE = "Prototype 1 starts: a weekly check-in with the foster and homeless liaison"
FORMULA_NOTE = '=HYPERLINK("http://example.invalid","click")'
SHEETS = ["Measures", "Points", "Signals", "Goals", "Tasks", "Plan", "Self-assessments", "Criteria results"]
AREAS = ["communication_feedback", "use_of_data", "teacher_learning", "recruitment_retention", "families_community",
         "continuous_improvement"]


@pytest.fixture(scope="module")
def team(admin):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    api = people["member"].api
    measure = api.ok("POST", f"/api/v1/teams/{team_id}/measures",
                     {"name": "Chronic absence, foster and homeless students", "unit": "%",
                      "direction": "lower_is_better",
                      "numerator": "Foster and homeless students absent 10% or more of their days",
                      "denominator": "Foster and homeless students enrolled"}, status=201)
    for i, (date, value) in enumerate(zip(MONTHS, MONTHLY)):
        note = PROTOTYPE_NOTE if i == 8 else FORMULA_NOTE if i == 13 else ""
        api.ok("POST", f"/api/v1/measures/{measure['id']}/points", {"date": date, "value": value, "note": note},
               status=201)
    api.ok("PUT", f"/api/v1/measures/{measure['id']}/points/2025-03-01", {"value": 33, "astronomical": True})
    empty = api.ok("POST", f"/api/v1/teams/{team_id}/measures",
                   {"name": "Families at the open house", "unit": "families", "direction": "higher_is_better"},
                   status=201)
    return {**people, "measure": measure, "empty": empty, "chart": api.ok("GET", f"/api/v1/measures/{measure['id']}")}


def workbook(api, team_id, **params):
    query = f"?{urllib.parse.urlencode(params)}" if params else ""
    r = api.request("GET", f"/api/v1/teams/{team_id}/export.xlsx{query}")
    assert r.status_code == 200, r.text[:300]
    assert r.headers["Content-Type"] == XLSX_TYPE
    return r, openpyxl.load_workbook(io.BytesIO(r.content))


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_opens_with_a_sheet_each_typed_cells_and_frozen_bold_headers(team):
    r, book = workbook(team["member"].api, team["team"]["id"])
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert all(cell.font.b for cell in sheet[1]), sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
    points = book["Points"]
    assert rows(points)[0] == ["Measure", "Date", "Value", "Note", "Astronomical"]
    assert points.column_dimensions["A"].width >= 30 and 10 <= points.column_dimensions["B"].width <= 16
    ours = [row for row in rows(points)[1:] if row[0] == "Chronic absence, foster and homeless students"]
    assert [row[1] for row in ours] == [datetime.datetime.fromisoformat(d) for d in MONTHS]
    assert [row[2] for row in ours] == MONTHLY
    assert all(isinstance(row[2], (int, float)) and not isinstance(row[2], bool) for row in ours)
    assert points["B2"].number_format == "yyyy-mm-dd" and points["B2"].is_date
    assert ours[8][3] == PROTOTYPE_NOTE and ours[0][3] is None
    assert [row[4] for row in ours] == [i == 2 for i in range(len(MONTHS))]  # March 2025, marked astronomical
    assert ours[13][3] == FORMULA_NOTE and points.cell(row=15, column=4).data_type == "s"  # text, never a formula


def test_the_measures_and_signals_sheets_say_what_the_run_chart_shows(team):
    _, book = workbook(team["member"].api, team["team"]["id"])
    header, *measures = rows(book["Measures"])
    assert header == ["Measure", "Unit", "Direction", "Numerator", "Denominator", "Baseline points", "Points",
                      "Median", "Latest date", "Latest value", "Signals"]
    by_name = {row[0]: row for row in measures}
    chronic = by_name["Chronic absence, foster and homeless students"]
    assert chronic[1:5] == ["%", "lower is better", "Foster and homeless students absent 10% or more of their days",
                           "Foster and homeless students enrolled"]
    assert chronic[5] is None and chronic[6] == len(MONTHS) and chronic[7] == team["chart"]["median"]
    assert chronic[8] == datetime.datetime(2026, 2, 1) and chronic[9] == 21.5
    assert "points in a row below the median" in chronic[10] and ": a shift" in chronic[10]
    assert by_name["Families at the open house"][6:] == [0, None, None, None, "none"]

    header, *signals = rows(book["Signals"])
    assert header == ["Measure", "Rule", "First date", "Last date", "Points"]
    expected = [[s["rule"], datetime.datetime.fromisoformat(s["dates"][0]),
                 datetime.datetime.fromisoformat(s["dates"][-1]), len(s["dates"])] for s in team["chart"]["signals"]]
    assert [row[1:] for row in signals] == expected and any(s[0] == "shift" for s in expected)


def test_the_download_is_named_after_the_team_and_the_day(admin):
    org = create_org(admin)
    made = create_team(admin, org["id"], name="Equipo de Niños MTSS")
    r, book = workbook(admin.api, made["id"])
    disposition = r.headers["Content-Disposition"]
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    assert disposition.startswith("attachment; ")
    assert f'filename="Equipo-de-Ni-os-MTSS-{today}.xlsx"' in disposition
    assert "filename*=UTF-8''" + urllib.parse.quote(f"Equipo de Niños MTSS {today}.xlsx") in disposition
    assert r.headers["Cache-Control"] == "no-store"
    assert [rows(sheet)[1:] for sheet in book.worksheets] == [[]] * len(SHEETS)  # headers only, still a workbook


def test_each_sheet_downloads_as_csv_with_formula_looking_text_defused(team):
    api = team["member"].api
    team_id = team["team"]["id"]
    r = api.request("GET", f"/api/v1/teams/{team_id}/export/points.csv")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
    assert 'filename*=UTF-8' in r.headers["Content-Disposition"] and "Points" in r.headers["Content-Disposition"]
    assert "\r\n" in r.text
    header, *points = list(csv.reader(io.StringIO(r.content.decode("utf-8"), newline="")))
    assert header == ["Measure", "Date", "Value", "Note", "Astronomical"]
    ours = [row for row in points if row[0] == "Chronic absence, foster and homeless students"]
    assert [row[1] for row in ours] == MONTHS
    assert [float(row[2]) for row in ours] == MONTHLY
    assert ours[8][3] == PROTOTYPE_NOTE and ours[2][4] == "true" and ours[0][4] == "false"
    assert ours[13][3] == "'" + FORMULA_NOTE

    for sheet, first in (("measures", "Measure"), ("signals", "Measure")):
        r = api.request("GET", f"/api/v1/teams/{team_id}/export/{sheet}.csv")
        assert r.status_code == 200, r.text[:200]
        table = list(csv.reader(io.StringIO(r.text, newline="")))
        assert table[0][0] == first and len(table) > 1

    problem = expect_problem(api.request("GET", f"/api/v1/teams/{team_id}/export/budget.csv"), 404,
                             "/problems/not-found")
    assert all(name in problem["detail"] for name in ("measures", "points", "signals", "goals", "assessments"))


def test_the_export_speaks_spanish_when_asked(team):
    _, book = workbook(team["member"].api, team["team"]["id"], lang="es")
    assert book.sheetnames == ["Medidas", "Puntos", "Señales", "Metas", "Tareas", "Plan", "Autoevaluaciones",
                              "Resultados de criterios"]
    assert rows(book["Puntos"])[0] == ["Medida", "Fecha", "Valor", "Nota", "Astronómico"]
    chronic = next(row for row in rows(book["Medidas"]) if row[0].startswith("Chronic absence"))
    assert chronic[2] == "más bajo es mejor" and ": un desplazamiento" in chronic[10]
    r = team["member"].api.request("GET", f"/api/v1/teams/{team['team']['id']}/export/signals.csv",
                                   headers={"Accept-Language": "es-MX,es;q=0.9"})
    assert r.text.startswith("Medida,Regla,Primera fecha,Última fecha,Puntos\r\n")


def test_nobody_outside_the_team_gets_its_export(team, server):
    team_id = team["team"]["id"]
    outsider = server.make_user("outsider")
    create_team(outsider, create_org(outsider)["id"], name=unique("Their team"))
    for path in (f"/api/v1/teams/{team_id}/export.xlsx", f"/api/v1/teams/{team_id}/export/points.csv"):
        r = outsider.api.request("GET", path)
        assert r.status_code in (403, 404) and b"Chronic absence" not in r.content, path
        assert server.anon().request("GET", path).status_code == 401


def write_plan_and_assessment(api, team_id, measure_id):
    plan = f"/api/v1/teams/{team_id}/plan"
    api.ok("PUT", f"{plan}/vision", {"text": "Every foster and homeless student in school every day", "version": 0})
    goal = api.ok("POST", f"{plan}/goals", {"title": "Attendance", "lcap_priorities": [5, 6]}, status=201)
    api.ok("POST", f"{plan}/goals/{goal['id']}/objectives",
           {"description": "Chronic absence of foster and homeless students down to 20%", "measure_id": measure_id,
            "baseline_value": 31, "baseline_date": "2025-01-01", "target_value": 20, "target_date": "2027-06-01"},
           status=201)
    api.ok("POST", f"{plan}/goals", {"title": "Families", "lcap_priorities": [3]}, status=201)
    first = api.ok("POST", f"{plan}/tasks", {"title": "Meet the liaison", "due_on": "2020-01-15",
                                             "area": "families_community"}, status=201)
    api.ok("POST", f"{plan}/tasks", {"title": "Weekly check-ins", "status": "blocked", "depends_on": [first["id"]]},
           status=201)
    api.ok("POST", f"{plan}/milestones", {"title": "Midyear review", "due_on": "2027-01-20"}, status=201)
    api.ok("POST", f"{plan}/barriers", {"description": "No transport", "response": "Bus passes"}, status=201)
    api.ok("PUT", f"/api/v1/teams/{team_id}/assessment-criteria",
           {"version": 0, "criteria": [{"description": "Teachers using the check-in", "threshold": 50, "unit": "%"}]})
    criteria = api.ok("GET", f"/api/v1/teams/{team_id}/assessments")["criteria"]["criteria"]
    api.ok("POST", f"/api/v1/teams/{team_id}/assessments",
           {"term": "Fall 2026", "taken_on": "2026-11-30",
            "ratings": [{"area": a, "rating": 2 + (i % 3), "evidence": f"Evidence {i}"} for i, a in enumerate(AREAS)],
            "observations": [{"criterion_id": criteria[0]["id"], "value": 42}]}, status=201)


def test_the_plan_and_the_self_assessments_have_sheets_of_their_own(admin):
    people = team_with_people(admin)
    team_id = people["team"]["id"]
    api = people["member"].api
    measure = api.ok("POST", f"/api/v1/teams/{team_id}/measures",
                     {"name": "Chronic absence", "unit": "%", "direction": "lower_is_better"}, status=201)
    write_plan_and_assessment(api, team_id, measure["id"])
    _, book = workbook(api, team_id)
    header, *goals = rows(book["Goals"])
    assert header[:4] == ["Goal", "Description", "LCAP priorities", "Objective"]
    assert goals[0][0] == "Attendance" and goals[0][2] == "5, 6" and goals[0][4] == "Chronic absence"
    assert goals[0][7:] == [31, datetime.datetime(2025, 1, 1), 20, datetime.datetime(2027, 6, 1)]
    assert goals[1][0] == "Families" and goals[1][2] == "3" and goals[1][3] is None  # a goal with no objective yet
    header, *tasks = rows(book["Tasks"])
    assert header[:7] == ["Task", "Area", "Owner", "Due", "Status", "Overdue", "Depends on"]
    by_title = {row[0]: row for row in tasks}
    assert by_title["Meet the liaison"][1] == "Families and community"
    assert by_title["Meet the liaison"][3] == datetime.datetime(2020, 1, 15) and by_title["Meet the liaison"][5] is True
    assert by_title["Weekly check-ins"][4] == "Blocked" and by_title["Weekly check-ins"][6] == "Meet the liaison"
    kinds = {row[0]: row for row in rows(book["Plan"])[1:]}
    assert kinds["Vision"][2].startswith("Every foster")
    assert kinds["Milestone"][3] == datetime.datetime(2027, 1, 20) and kinds["Milestone"][4] == "not done"
    assert kinds["Barrier"][2:] == ["No transport", None, "Bus passes"]
    header, *ratings = rows(book["Self-assessments"])
    assert header == ["Term", "Taken on", "Area", "Rating", "Scale", "Evidence"]
    assert len(ratings) == 6 and ratings[0][:4] == ["Fall 2026", datetime.datetime(2026, 11, 30),
                                                    "Communication and feedback", 2]
    assert ratings[2][4] == "4 full implementation" and ratings[2][5] == "Evidence 2"
    _, *results = rows(book["Criteria results"])
    assert results == [["Fall 2026", datetime.datetime(2026, 11, 30), "Teachers using the check-in", 50, "%", 42,
                        "not met"]]
    r = api.request("GET", f"/api/v1/teams/{team_id}/export/goals.csv?lang=es")
    table = list(csv.reader(io.StringIO(r.text, newline="")))
    assert table[0][:3] == ["Meta", "Descripción", "Prioridades del LCAP"] and table[1][2] == "5, 6"
