"""The network dashboard's coaching hours and its files (issue 11, part 5): the hours each team received (an
engagement serving two teams counts in full for each), a district's hours (each engagement once), the agreement's
hours used and left by kind, and the same figures as CSV and as an XLSX workbook, for the dashboard's readers only.

The world is the authorization matrix's (tests/matrix_world.py): district D with team T in network N (facilitated
by F, mentored by M, with peer P); N's agreement buys 40 h of virtual coaching and already logs 1.5 h with T."""
import csv
import io
import urllib.parse

import openpyxl
import pytest

from matrix_world import build_world
from trellis_helpers import create_team, expect_problem

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def world(server, mail_sink):
    w = build_world(server, mail_sink)
    # A second team of D, T2; both share their progress. The mentor logs a site visit with T and T2 together (2 h)
    # and a virtual session with T2 alone (1 h), beside the world's 1.5 h with T.
    admin = w.people["admin"]
    w.ids["team2"] = create_team(admin, w.ids["organization"], name=f"Second {w.marker}")["id"]
    admin.api.ok("PUT", f"/api/v1/teams/{w.ids['team2']}/network-sharing", {"kinds": ["progress"]})
    w.api("lead").ok("PUT", f"/api/v1/teams/{w.ids['team']}/network-sharing", {"kinds": ["progress"]})
    log = f"/api/v1/agreements/{w.ids['agreement']}/coaching-log"
    mentor = w.api("mentor")
    mentor.ok("POST", log, {"date": "2026-10-08", "kind": "site_visit", "hours": 2,
                            "team_ids": [w.ids["team"], w.ids["team2"]], "focus": "Visit"}, status=201)
    mentor.ok("POST", log, {"date": "2026-10-15", "kind": "virtual_coaching", "hours": 1,
                            "team_ids": [w.ids["team2"]], "focus": "Check-in"}, status=201)
    return w


def dashboard(w, caller="facilitator"):
    return w.api(caller).ok("GET", f"/api/v1/networks/{w.ids['network']}/dashboard")


def hours_of(board, team_id):
    [row] = [r for r in board["teams"] if r["team"]["id"] == team_id]
    return row["progress"]["coaching_hours_received"] if row["progress"] else None


def district_of(board, w):
    [d] = [x for x in board["districts"] if x["organization"]["id"] == w.ids["organization"]]
    return d


def test_each_team_counts_a_shared_session_in_full_and_its_district_counts_it_once(world):
    w = world
    board = dashboard(w)
    assert hours_of(board, w.ids["team"]) == 3.5   # 1.5 alone + the 2 h visit
    assert hours_of(board, w.ids["team2"]) == 3.0  # the 2 h visit + 1 h alone
    assert district_of(board, w)["coaching_hours_received"] == 4.5  # never more than what was logged
    # The coach named on the agreement sees the same figures.
    assert hours_of(dashboard(w, "mentor"), w.ids["team2"]) == 3.0


def test_the_agreement_shows_hours_used_and_left_by_kind(world):
    w = world
    [agreement] = [a for a in dashboard(w)["agreements"] if a["id"] == w.ids["agreement"]]
    kinds = {h["kind"]: h for h in agreement["hours"]}
    assert kinds["virtual_coaching"] == {"kind": "virtual_coaching", "purchased": 40, "used": 2.5, "left": 37.5,
                                         "over": False}
    # A site visit nobody bought is logged and marked as over, with nothing left (never a negative figure).
    assert kinds["site_visit"]["used"] == 2 and kinds["site_visit"]["left"] == 0 and kinds["site_visit"]["over"]
    assert (agreement["purchased_total"], agreement["used_total"], agreement["left_total"]) == (40, 4.5, 35.5)
    assert agreement["used_share"] == pytest.approx(4.5 / 40) and agreement["warning"] is None
    # The same totals as the agreement's own page.
    own = w.api("facilitator").ok("GET", f"/api/v1/agreements/{w.ids['agreement']}")
    assert own["used_total"] == agreement["used_total"] and own["used_share"] == agreement["used_share"]


def test_a_team_that_stops_sharing_its_progress_leaves_its_districts_hours(world):
    w = world
    admin = w.people["admin"]
    admin.api.ok("PUT", f"/api/v1/teams/{w.ids['team2']}/network-sharing", {"kinds": []})
    try:
        board = dashboard(w)
        assert all(r["team"]["id"] != w.ids["team2"] for r in board["teams"])
        assert district_of(board, w)["coaching_hours_received"] == 3.5  # T's two sessions only
    finally:
        admin.api.ok("PUT", f"/api/v1/teams/{w.ids['team2']}/network-sharing", {"kinds": ["progress"]})


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_holds_the_teams_rows_in_the_readers_language(world):
    w = world
    path = f"/api/v1/networks/{w.ids['network']}/dashboard.csv"
    r = w.api("facilitator").get(path)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
    assert ".csv" in r.headers["Content-Disposition"]
    header, *rows = csv_rows(r)
    assert header[0] == "Team" and header[-1] == "Coaching hours received"
    by_team = {row[0]: row for row in rows}
    assert float(by_team[f"Second {w.marker}"][-1]) == 3.0
    assert float(by_team[w.team_name][-1]) == 3.5
    assert by_team[w.team_name][1] == district_of(dashboard(w), w)["organization"]["name"]
    spanish = csv_rows(w.api("mentor").get(path + "?lang=es"))
    assert spanish[0][0] == "Equipo" and spanish[0][-1] == "Horas de acompañamiento recibidas"


def test_the_workbook_has_teams_districts_and_agreement_hours(world):
    w = world
    r = w.api("facilitator").get(f"/api/v1/networks/{w.ids['network']}/dashboard.xlsx")
    assert r.status_code == 200 and r.headers["Content-Type"] == XLSX_TYPE
    network = w.api("facilitator").ok("GET", f"/api/v1/networks/{w.ids['network']}")
    assert urllib.parse.quote(network["name"]) in r.headers["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Teams", "Districts", "Agreement hours"]
    districts = {row[0]: row for row in book["Districts"].iter_rows(min_row=2, values_only=True)}
    d_name = district_of(dashboard(w), w)["organization"]["name"]
    assert districts[d_name][-1] == 4.5 and districts[d_name][2] == 2  # teams sharing
    agreement_rows = [row for row in book["Agreement hours"].iter_rows(min_row=2, values_only=True)]
    total = [row for row in agreement_rows if row[2] == "All kinds"]
    assert len(total) == 1 and total[0][3:6] == (40, 4.5, 35.5)
    virtual = [row for row in agreement_rows if row[2] == "Virtual coaching"]
    assert virtual and virtual[0][3:6] == (40, 2.5, 37.5)


def test_the_files_are_the_dashboards_readers_alone(world):
    w = world
    for suffix in ("dashboard.csv", "dashboard.xlsx"):
        path = f"/api/v1/networks/{w.ids['network']}/{suffix}"
        for caller in ("participant", "stranger", "other_lead"):
            expect_problem(w.api(caller).get(path), 404, "/problems/not-found")
        expect_problem(w.api("facilitator").get(f"/api/v1/networks/99999999/{suffix}"), 404, "/problems/not-found")
    # A peer district's admin gets the file of what teams share with their peers: T shares with the network only.
    text = w.api("partner").get(f"/api/v1/networks/{w.ids['network']}/dashboard.csv").content.decode("utf-8-sig")
    assert w.marker not in text and text.startswith("Team,")
    book = openpyxl.load_workbook(io.BytesIO(w.api("partner").get(
        f"/api/v1/networks/{w.ids['network']}/dashboard.xlsx").content))
    assert book["Agreement hours"].max_row == 1  # the header only: no agreement's hours
    # The stranger's own network, where D never accepted, lists nothing of D in its file.
    stranger = w.api("stranger")
    [own] = [n for n in stranger.ok("GET", "/api/v1/networks")["networks"] if n["id"] != w.ids["network"]]
    text = stranger.get(f"/api/v1/networks/{own['id']}/dashboard.csv").content.decode("utf-8-sig")
    assert w.marker not in text
