"""Follow-through: action item status with who and when, "my work" across teams, team figures, and the daily
digest (once a day, none when nothing is due; the clock moved with `trellis digest send --now`)."""
from meeting_helpers import count_mail, good_plan, team_with_people, wait_for_mail
from trellis_helpers import cli, create_team, expect_problem, mail_text, seat_existing_account

DIGEST = "action item"  # in every digest subject


def add_item(user, meeting_id, title, owner_id, due):
    return user.api.ok("POST", f"/api/v1/meetings/{meeting_id}/action-items",
                       {"title": title, "owner_id": owner_id, "due": due}, status=201)


def member_row(team_id, user, admin):
    return next(m for m in admin.api.ok("GET", f"/api/v1/teams/{team_id}")["members"] if m["email"] == user.email)


def test_status_changes_record_who_and_when_and_my_work_spans_teams(admin, server):
    people = team_with_people(admin)
    member = people["member"]
    team_id = people["team"]["id"]
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings", good_plan(), status=201)
    mine = member_row(team_id, member, admin)
    later = add_item(admin, meeting["id"], "Later item", mine["id"], "2030-06-30")
    soon = add_item(admin, meeting["id"], "Soon item", mine["id"], "2030-05-20")
    # Items long overdue come from a meeting held back then (none may be due before its meeting's date).
    held = admin.api.ok("POST", f"/api/v1/teams/{team_id}/meetings",
                        {"title": "Held", "starts_at": "2020-01-01T16:00:00Z"}, status=201)
    overdue = add_item(admin, held["id"], "Overdue item", mine["id"], "2020-01-15")
    add_item(admin, held["id"], "Someone else's", people["maria"]["id"], "2020-01-01")
    # The same person on a second team of the organization.
    other = create_team(admin, people["org"]["id"])
    seat_existing_account(admin, other["id"], member)
    other_meeting = admin.api.ok("POST", f"/api/v1/teams/{other['id']}/meetings", {"title": "Other"}, status=201)
    other_row = member_row(other["id"], member, admin)
    across = add_item(admin, other_meeting["id"], "Other team's item", other_row["id"], "2030-05-25")

    work = member.api.ok("GET", "/api/v1/me/action-items")["action_items"]
    assert [a["id"] for a in work] == [overdue["id"], soon["id"], across["id"], later["id"]]
    assert work[0]["overdue"] is True and work[1]["overdue"] is False
    assert work[2]["team"]["id"] == other["id"]

    done = member.api.ok("PATCH", f"/api/v1/action-items/{soon['id']}",
                         {"status": "done", "done_on": "2030-05-19", "version": soon["version"]})
    assert done["status"] == "done" and done["done_on"] == "2030-05-19"
    assert done["status_changed_by"]["name"] == member.name and done["status_changed_at"].endswith("Z")
    r = member.api.patch(f"/api/v1/action-items/{soon['id']}", {"status": "dropped", "version": soon["version"]})
    assert expect_problem(r, 409, "/problems/stale-edit")["current"]["status"] == "done"
    expect_problem(member.api.patch(f"/api/v1/action-items/{later['id']}", {"status": "finished",
                                                                              "version": later["version"]}),
                   422, "/problems/validation", "status")
    dropped = admin.api.ok("PATCH", f"/api/v1/action-items/{later['id']}", {"status": "dropped", "version": later["version"]})
    assert dropped["status_changed_by"]["name"] == admin.name
    work = member.api.ok("GET", "/api/v1/me/action-items")["action_items"]
    assert [a["id"] for a in work] == [overdue["id"], across["id"]]

    late = member.api.ok("PATCH", f"/api/v1/action-items/{overdue['id']}",
                         {"status": "done", "done_on": "2020-01-19", "version": overdue["version"]})
    assert late["done_on"] == "2020-01-19"
    figures = admin.api.ok("GET", f"/api/v1/teams/{team_id}/follow-through")
    # Done: soon (on time), overdue (4 days late). Open: someone else's (overdue). Dropped: later.
    assert (figures["total"], figures["done"], figures["done_on_time"], figures["done_late"]) == (4, 2, 1, 1)
    assert (figures["open"], figures["overdue"], figures["dropped"]) == (1, 1, 1)
    assert abs(figures["share_on_time"] - 1 / 3) < 1e-9
    assert figures["median_days_late"] == 4


def digest(server, mail_sink, now):
    return cli("digest", "send", "--database", server.db_url, "--now", now,
               "--smtp", f"smtp://127.0.0.1:{mail_sink.port}", "--mail-from", "trellis@test.example",
               "--public-url", server.base_url).stdout


def test_daily_digest_once_a_day_and_none_when_nothing_is_due(admin, server, mail_sink):
    people = team_with_people(admin)
    maria, ken = people["maria"], people["ken"]
    meeting = admin.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings", good_plan(), status=201)
    item = add_item(admin, meeting["id"], "Call the PTA president", maria["id"], "2031-03-12")
    add_item(admin, meeting["id"], "Reserve the library", ken["id"], "2031-04-30")

    digest(server, mail_sink, "2031-03-01T08:00:00Z")  # due in 11 days: nothing yet
    assert count_mail(mail_sink, maria["email"], DIGEST) == 0

    digest(server, mail_sink, "2031-03-09T08:00:00Z")  # due in 3 days
    msg = wait_for_mail(mail_sink, maria["email"], DIGEST)[0]
    text = mail_text(msg)
    assert "Call the PTA president" in text and "2031-03-12" in text
    assert "Reserve the library" not in text
    digest(server, mail_sink, "2031-03-09T18:00:00Z")  # same day: no second mail
    assert count_mail(mail_sink, maria["email"], DIGEST) == 1
    assert count_mail(mail_sink, ken["email"], DIGEST) == 0  # nothing due for Ken: no mail at all

    digest(server, mail_sink, "2031-03-14T08:00:00Z")  # next digest day: overdue now
    msgs = wait_for_mail(mail_sink, maria["email"], DIGEST, count=2)
    assert "Overdue" in mail_text(msgs[-1])

    admin.api.ok("PATCH", f"/api/v1/action-items/{item['id']}", {"status": "done", "version": item["version"]})
    digest(server, mail_sink, "2031-03-15T08:00:00Z")  # done: nothing more
    assert count_mail(mail_sink, maria["email"], DIGEST) == 2


def test_digest_command_refuses_a_bad_clock(server, mail_sink):
    r = cli("digest", "send", "--database", server.db_url, "--now", "yesterday",
            "--smtp", f"smtp://127.0.0.1:{mail_sink.port}", check=False)
    assert r.returncode != 0 and "--now" in r.stderr
