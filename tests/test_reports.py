"""Reports for leadership and funders (issue 14): a team's progress report for a period, read by whoever reads the
team and nobody else, with figures a reader can check against what the team did (meetings held and their rhythm,
follow-through on the items due in the period, who is missing, the plan and measures, the coaching received), the
same figures in a workbook (opened as a zip and as a spreadsheet), and a bad period refused with field errors.

The world is the authorization matrix's (tests/matrix_world.py): team T of district D, in network N facilitated by
F, with a closed meeting on 2030-05-14, an open action item due 2030-06-30, a measure point on 2026-09-01 and the
mentor's 1.5 hours of virtual coaching on 2026-10-01."""
import io
import re
import zipfile

import openpyxl
import pytest

from matrix_world import build_world
from meeting_helpers import good_plan
from trellis_helpers import expect_problem

YEAR_2026 = {"from": "2026-01-01", "to": "2026-12-31"}
YEAR_2030 = {"from": "2030-01-01", "to": "2030-12-31"}


@pytest.fixture(scope="module")
def world(server, mail_sink):
    w = build_world(server, mail_sink)
    lead, t = w.api("lead"), w.ids["team"]
    # A second meeting held two weeks after the first: the 2030 rhythm is 14 days.
    second = lead.ok("POST", f"/api/v1/teams/{t}/meetings",
                     good_plan(title="Second", starts_at="2030-05-28T09:00:00-07:00"), status=201)
    lead.ok("POST", f"/api/v1/meetings/{second['id']}/close")
    # Due in 2030 and done today: on time. Due early in 2026 from a meeting held then: one done (late), one open.
    early = lead.ok("POST", f"/api/v1/teams/{t}/meetings",
                    {"title": "January", "starts_at": "2026-01-05T16:00:00Z"}, status=201)
    item = lambda meeting, title, due: lead.ok(  # noqa: E731
        "POST", f"/api/v1/meetings/{meeting}/action-items",
        {"title": title, "owner_id": w.ids["member_row"], "due": due}, status=201)
    on_time = item(w.ids["meeting"], "Done early", "2030-07-01")
    late = item(early["id"], "Done late", "2026-01-15")
    item(early["id"], "Still open", "2026-02-01")
    for done in (on_time, late):
        lead.ok("PATCH", f"/api/v1/action-items/{done['id']}", {"status": "done", "version": done["version"]})
    return w


def report(w, caller="lead", **period):
    query = "&".join(f"{k}={v}" for k, v in period.items())
    return w.api(caller).request("GET", f"/api/v1/teams/{w.ids['team']}/report?{query}")


def test_the_report_counts_what_the_team_did_in_the_period(world):
    r = report(world, **YEAR_2030)
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    assert (body["from"], body["to"]) == ("2030-01-01", "2030-12-31")
    assert body["meetings"]["held"] == 2 and body["meetings"]["median_days_between"] == 14
    assert [m["title"] for m in body["meetings"]["list"]][1] == "Second"
    f = body["follow_through"]
    assert (f["due"], f["done_on_time"], f["done_late"], f["open"], f["overdue"]) == (2, 1, 0, 1, 0)
    assert body["coaching"] == {"entries": 0, "hours": 0, "hours_by_kind": {}}
    [guide] = body["guides"]
    assert guide["sections"] > 0 and guide["complete"] == 0 and guide["current"]


def test_an_earlier_period_holds_its_own_figures(world):
    body = report(world, **YEAR_2026).json()
    assert body["meetings"]["held"] == 0 and body["meetings"]["median_days_between"] is None
    f = body["follow_through"]
    assert (f["due"], f["done_on_time"], f["done_late"], f["open"], f["overdue"]) == (2, 0, 1, 1, 1)
    assert body["coaching"]["entries"] == 1 and body["coaching"]["hours"] == 1.5
    assert body["coaching"]["hours_by_kind"] == {"virtual_coaching": 1.5}
    [measure] = body["plan"]["measures"]
    assert measure["points_in_range"] == 1 and measure["last"] == {"date": "2026-09-01", "value": 12.5}
    assert set(body["plan"]["tasks"]) == {"not_started", "in_progress", "done", "blocked"}
    # Who is missing is today's answer, with the labels the page shows.
    assert body["outreach"]["open"] == 1 and all(p["label"]["en"] for p in body["outreach"]["missing"])


@pytest.mark.parametrize("caller,status", [("lead", 200), ("member", 200), ("participant", 200), ("admin", 200),
                                           ("facilitator", 404), ("mentor", 404), ("partner", 404),
                                           ("other_lead", 404), ("stranger", 404), ("anonymous", 401)])
def test_only_the_teams_readers_get_the_report_or_its_workbook(world, caller, status):
    assert report(world, caller, **YEAR_2030).status_code == status
    r = world.api(caller).request("GET", f"/api/v1/teams/{world.ids['team']}/report.xlsx?from=2030-01-01&to=2030-12-31")
    assert r.status_code == status
    if status != 200:
        assert world.marker not in r.text and "Second" not in r.text


def test_the_workbook_is_a_zip_with_typed_cells_in_the_readers_language(world):
    r = world.api("lead").request("GET", f"/api/v1/teams/{world.ids['team']}/report.xlsx?from=2030-01-01&to=2030-12-31")
    assert r.status_code == 200 and r.content[:4] == b"PK\x03\x04"
    assert "report%202030-01-01%202030-12-31.xlsx" in r.headers["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        summary = z.read("xl/worksheets/sheet1.xml").decode()
        # D2 holds the meetings held as a number (no t="s": not a shared string).
        assert re.search(r'<c r="D2"[^>]*><v>2</v></c>', summary), summary[:600]
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Summary", "Meetings", "Guides", "Who is missing", "Measures", "Coaching"]
    header, row = [list(x) for x in book["Summary"].iter_rows(values_only=True)]
    figures = dict(zip(header, row))
    assert figures["Meetings held"] == 2 and figures["Days between meetings (median)"] == 14
    assert figures["Done on time"] == 1 and figures["Still open"] == 1 and book["Summary"]["B2"].is_date
    es = world.api("lead").request(
        "GET", f"/api/v1/teams/{world.ids['team']}/report.xlsx?from=2026-01-01&to=2026-12-31&lang=es")
    book = openpyxl.load_workbook(io.BytesIO(es.content))
    assert book.sheetnames[0] == "Resumen"
    assert list(book["Acompañamiento"].iter_rows(values_only=True))[1][1] == 1.5


@pytest.mark.parametrize("period,fields", [
    ({"from": "2026-12-01", "to": "2026-11-30"}, ["to"]),
    ({"from": "2026-02-30", "to": "yesterday"}, ["from", "to"]),
    ({"from": "2020-01-01", "to": "2026-01-01"}, ["to"]),
    ({}, ["from", "to"]),
])
def test_a_bad_period_is_refused_naming_each_field(world, period, fields):
    for path in ("report", "report.xlsx"):
        query = "&".join(f"{k}={v}" for k, v in period.items())
        r = world.api("lead").request("GET", f"/api/v1/teams/{world.ids['team']}/{path}?{query}")
        body = expect_problem(r, 422, "/problems/validation", fields[0])
        assert sorted(e["field"] for e in body["errors"]) == fields


def test_an_outsider_with_a_bad_period_still_learns_nothing(world):
    r = report(world, "stranger", **{"from": "x", "to": "y"})
    assert r.status_code == 404


# ---- the network report: the dashboard's view of each caller, with the period's figures

def network_report(w, caller, period=YEAR_2030, path="report"):
    query = "&".join(f"{k}={v}" for k, v in period.items())
    return w.api(caller).request("GET", f"/api/v1/networks/{w.ids['network']}/{path}?{query}")


def share(w, *kinds):
    return w.api("lead").ok("PUT", f"/api/v1/teams/{w.ids['team']}/network-sharing", {"kinds": list(kinds)})


@pytest.fixture(scope="module")
def funder(world, mail_sink):
    """A funder: a viewer of the facilitator's organization, invited by its admin and accepting (their consent)."""
    from matrix_world import join_by_invitation
    return join_by_invitation(world.people["facilitator"], mail_sink,
                              f"/api/v1/organizations/{world.ids['facilitator_org']}/invitations", "viewer", "funder")


def t_row(body, w):
    rows = [t for t in body["teams"] if t["team"]["id"] == w.ids["team"]]
    return rows[0] if rows else None


def d_row(body, w):
    [d] = [d for d in body["districts"] if d["organization"]["id"] == w.ids["organization"]]
    return d


def test_a_team_sharing_nothing_is_neither_listed_nor_counted(world, funder):
    share(world)
    try:
        for caller in ("facilitator", "mentor", "partner"):
            body = network_report(world, caller).json()
            assert t_row(body, world) is None and world.team_name not in str(body)
            d = d_row(body, world)
            assert (d["teams_sharing"], d["meetings_held"], d["items_due"], d["coaching_hours"]) == (0, 0, 0, 0)
        r = funder.api.request("GET", f"/api/v1/networks/{world.ids['network']}/report?from=2026-01-01&to=2030-12-31")
        assert r.status_code == 200 and world.team_name not in r.text and world.marker not in r.text
        assert d_row(r.json(), world)["meetings_held"] == 0
    finally:
        share(world)


def test_progress_shared_gives_the_periods_figures_to_the_facilitator_coach_and_funder(world, funder):
    share(world, "progress")
    try:
        for api in (world.api("facilitator"), world.api("mentor"), funder.api):
            body = api.ok("GET", f"/api/v1/networks/{world.ids['network']}/report?from=2030-01-01&to=2030-12-31")
            f = t_row(body, world)["figures"]
            assert f["meetings_held"] == 2 and f["median_days_between"] == 14
            assert (f["follow_through"]["due"], f["follow_through"]["done_on_time"]) == (2, 1)
            assert d_row(body, world)["meetings_held"] == 2 and body["in_full"] is True
            [agreement] = body["agreements"]
            assert agreement["purchased"] == 40 and agreement["used_in_range"] == 0
        body = funder.api.ok("GET", f"/api/v1/networks/{world.ids['network']}/report?from=2026-01-01&to=2026-12-31")
        assert t_row(body, world)["figures"]["coaching_hours"] == 1.5
        assert body["agreements"][0]["used_in_range"] == 1.5 and d_row(body, world)["coaching_hours"] == 1.5
        # The member district P's admin sees T only once T shares with its peers too, and never the agreement.
        body = network_report(world, "partner").json()
        assert t_row(body, world) is None and body["agreements"] is None and body["in_full"] is False
        share(world, "progress", "peers")
        assert t_row(network_report(world, "partner").json(), world)["figures"]["meetings_held"] == 2
    finally:
        share(world)


@pytest.mark.parametrize("caller,status", [("facilitator", 200), ("mentor", 200), ("partner", 200),
                                           ("participant", 404), ("other_lead", 404), ("stranger", 404),
                                           ("anonymous", 401)])
def test_the_network_report_answers_each_caller_as_the_dashboard_does(world, caller, status):
    assert network_report(world, caller).status_code == status
    assert network_report(world, caller, path="report.xlsx").status_code == status


def test_the_network_workbook_opens_and_a_bad_period_is_refused(world):
    share(world, "progress")
    try:
        r = network_report(world, "facilitator", path="report.xlsx")
        assert r.status_code == 200 and r.content[:4] == b"PK\x03\x04"
        book = openpyxl.load_workbook(io.BytesIO(r.content))
        assert book.sheetnames == ["Districts", "Teams", "Agreement hours", "Highlights"]
        teams = list(book["Teams"].iter_rows(values_only=True))
        [ours] = [row for row in teams if row[0] == world.team_name]
        assert ours[4] == 2 and ours[5] == 14
        partner = openpyxl.load_workbook(io.BytesIO(network_report(world, "partner", path="report.xlsx").content))
        assert partner.sheetnames == ["Districts", "Teams"]
    finally:
        share(world)
    body = expect_problem(network_report(world, "facilitator", {"from": "2026-12-01", "to": "2026-01-01"}), 422,
                          "/problems/validation", "to")
    assert [e["field"] for e in body["errors"]] == ["to"]


# ---- the facilitator's highlights: written by those who manage the network, read in the report of their period


def test_the_facilitator_writes_highlights_the_periods_report_shows_the_funder(world, funder):
    facilitator, n = world.api("facilitator"), world.ids["network"]
    made = facilitator.ok("POST", f"/api/v1/networks/{n}/highlights",
                          {"happened_on": "2030-03-02", "text": "Two peer districts traded prototypes"}, status=201)
    assert made["version"] == 1 and made["written_by"]
    try:
        body = funder.api.ok("GET", f"/api/v1/networks/{n}/report?from=2030-01-01&to=2030-12-31")
        assert [h["text"] for h in body["highlights"]] == ["Two peer districts traded prototypes"]
        assert body["may"]["manage"] is False
        assert network_report(world, "facilitator").json()["may"]["manage"] is True
        # Another period holds its own (the world's 2026-10-01 highlight), and a member district's staff, who see
        # part of the network only, read none.
        in_2026 = network_report(world, "facilitator", YEAR_2026).json()["highlights"]
        assert [h["happened_on"] for h in in_2026] == ["2026-10-01"]
        assert network_report(world, "partner").json()["highlights"] == []
        # The funder, the coach and a member district may not write one.
        for api in (funder.api, world.api("mentor"), world.api("partner")):
            r = api.request("POST", f"/api/v1/networks/{n}/highlights", {"happened_on": "2030-03-03", "text": "x"})
            assert r.status_code in (403, 404), r.text
        book = openpyxl.load_workbook(io.BytesIO(network_report(world, "facilitator", path="report.xlsx").content))
        rows = list(book["Highlights"].iter_rows(values_only=True))
        assert rows[0] == ("Date", "Highlight", "Written by") and rows[1][1] == "Two peer districts traded prototypes"
    finally:
        facilitator.request("DELETE", f"/api/v1/networks/{n}/highlights/{made['id']}")


def test_a_highlight_is_edited_with_its_version_and_bad_input_changes_nothing(world):
    facilitator, n = world.api("facilitator"), world.ids["network"]
    made = facilitator.ok("POST", f"/api/v1/networks/{n}/highlights",
                          {"happened_on": "2030-04-01", "text": "First draft"}, status=201)
    path = f"/api/v1/networks/{n}/highlights/{made['id']}"
    edited = facilitator.ok("PATCH", path, {"text": "Sanger coached both peers", "version": 1})
    assert (edited["text"], edited["version"], edited["happened_on"]) == ("Sanger coached both peers", 2, "2030-04-01")
    stale = expect_problem(facilitator.request("PATCH", path, {"text": "Late edit", "version": 1}), 409,
                           "/problems/stale-edit")
    assert stale["current"]["text"] == "Sanger coached both peers"
    body = expect_problem(facilitator.request("POST", f"/api/v1/networks/{n}/highlights",
                                              {"happened_on": "2030-02-30", "text": " "}), 422, "/problems/validation")
    assert sorted(e["field"] for e in body["errors"]) == ["happened_on", "text"]
    expect_problem(facilitator.request("PATCH", path, {"text": "x" * 2001, "version": 2}), 422, "/problems/validation")
    assert facilitator.request("PATCH", f"/api/v1/networks/{n}/highlights/99999999",
                               {"text": "x", "version": 1}).status_code == 404
    texts = [h["text"] for h in network_report(world, "facilitator").json()["highlights"]]
    assert texts == ["Sanger coached both peers"]
    assert facilitator.request("DELETE", path).status_code == 204
    assert facilitator.request("DELETE", path).status_code == 404
    assert network_report(world, "facilitator").json()["highlights"] == []
