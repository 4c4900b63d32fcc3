"""Agreements (MOUs, issue 11): a network's facilitator records who mentors whom, the purchased coaching hours by
kind, the coaches and liaisons; parties and coaches read it, only the facilitator's admins edit it, every change is
kept as a version; bad fields are refused naming the field, a stale edit is refused with the current agreement."""
import pytest

from agreement_helpers import Network
from trellis_helpers import expect_problem


@pytest.fixture(scope="module")
def net(server, mail_sink):
    return Network(server, mail_sink)


def test_the_facilitator_makes_an_agreement_and_the_parties_read_it(net):
    made = net.facilitator.api.request("POST", f"/api/v1/networks/{net.n}/agreements", net.agreement_body())
    assert made.status_code == 201, made.text
    a = made.json()
    assert made.headers["Location"] == f"/api/v1/agreements/{a['id']}"
    assert a["facilitator_organization"] == {"id": net.f["id"], "name": net.f["name"]}
    assert a["mentor_organization"]["id"] == net.m["id"]
    assert [p["id"] for p in a["peer_organizations"]] == [net.p1["id"], net.p2["id"]]
    assert a["coaches"] == [{"user_id": net.coach.id, "name": net.coach.name}]
    assert {(x["organization_id"], x["user_id"]) for x in a["liaisons"]} == {
        (net.m["id"], net.mentor_admin.id), (net.p1["id"], net.p1_admin.id)}
    # Kinds in the contract's order, whatever the order sent.
    assert a["hours"] == [
        {"kind": "site_visit", "purchased": 60.5, "used": 0, "hourly_rate": None, "over": False},
        {"kind": "virtual_coaching", "purchased": 40, "used": 0, "hourly_rate": 150, "over": False}]
    assert (a["purchased_total"], a["used_total"], a["used_share"], a["warning"]) == (100.5, 0, 0, None)
    assert a["projected_exhaustion_on"] is None and a["monthly"] == [] and a["version"] == 1
    assert a["may"] == {"read": True, "log": True, "manage": True}

    expected_may = {net.coach: {"read": True, "log": True, "manage": False},
                    net.f_staff: {"read": True, "log": True, "manage": False},
                    net.p1_admin: {"read": True, "log": False, "manage": False},
                    net.mentor_admin: {"read": True, "log": False, "manage": False}}
    for who, may in expected_may.items():
        got = who.api.ok("GET", f"/api/v1/agreements/{a['id']}")
        assert got["may"] == may, who.email
        listed = who.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
        assert a["id"] in [x["id"] for x in listed]
    # Q never accepted: it learns nothing, and its network read is refused.
    assert net.q_admin.api.request("GET", f"/api/v1/agreements/{a['id']}").status_code == 404
    assert net.q_admin.api.request("GET", f"/api/v1/networks/{net.n}/agreements").status_code == 404


def test_a_peer_sees_only_the_agreements_its_organization_is_party_to(net):
    only_p1 = net.create(title="Only P1", peer_organization_ids=[net.p1["id"]], liaisons=[], coach_user_ids=[],
                         starts_on="2027-01-01")
    listed = net.p2_admin.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
    assert only_p1["id"] not in [x["id"] for x in listed]
    assert net.p2_admin.api.request("GET", f"/api/v1/agreements/{only_p1['id']}").status_code == 404
    # The facilitator's staff see all, newest start first.
    mine = net.f_staff.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
    starts = [x["starts_on"] for x in mine]
    assert only_p1["id"] in [x["id"] for x in mine] and starts == sorted(starts, reverse=True)


def test_only_the_facilitators_admins_edit(net):
    a = net.create()
    for who in (net.coach, net.f_staff, net.p1_admin, net.mentor_admin):
        r = who.api.request("PATCH", f"/api/v1/agreements/{a['id']}", {"title": "Mine now", "version": 1})
        expect_problem(r, 403, "/problems/forbidden")
    r = net.q_admin.api.request("PATCH", f"/api/v1/agreements/{a['id']}", {"title": "Mine now", "version": 1})
    assert r.status_code == 404
    assert net.facilitator.api.ok("GET", f"/api/v1/agreements/{a['id']}")["title"] == a["title"]


def test_every_change_is_a_version_and_a_stale_edit_gets_the_current(net):
    a = net.create()
    path = f"/api/v1/agreements/{a['id']}"
    edited = net.facilitator.api.ok("PATCH", path, {"version": 1, "title": "Renewed MOU", "status": "ended",
                                                    "coach_user_ids": [net.coach.id, net.coach2.id]})
    assert edited["version"] == 2 and edited["title"] == "Renewed MOU" and edited["status"] == "ended"
    assert {c["user_id"] for c in edited["coaches"]} == {net.coach.id, net.coach2.id}
    assert edited["hours"][0]["purchased"] == 60.5  # untouched fields stay
    # The new coach now reads it and may log.
    assert net.coach2.api.ok("GET", path)["may"]["log"] is True

    stale = net.facilitator.api.request("PATCH", path, {"version": 1, "title": "Late edit"})
    body = expect_problem(stale, 409, "/problems/stale-edit")
    assert body["current"]["title"] == "Renewed MOU" and body["current"]["version"] == 2

    history = net.coach.api.ok("GET", path + "/history")["versions"]
    assert [v["version"] for v in history] == [2, 1]
    assert history[0]["changed_by"] == {"id": net.facilitator.id, "name": net.facilitator.name}
    assert history[1]["agreement"]["title"] == a["title"] and history[0]["agreement"]["status"] == "ended"
    assert "used" not in history[1]["agreement"]["hours"][0]
    assert history[0]["changed_at"].endswith("Z")


@pytest.mark.parametrize("change, field", [
    ({"title": ""}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"scope": "x" * 4001}, "scope"),
    ({"starts_on": "2026-02-30"}, "starts_on"),
    ({"ends_on": "2026-07-01"}, "ends_on"),
    ({"status": "signed"}, "status"),
    ({"mentor_organization_id": "one"}, "mentor_organization_id"),
    ({"peer_organization_ids": []}, "peer_organization_ids"),
    ({"hours": [{"kind": "lunch", "purchased": 1}]}, "hours[0].kind"),
    ({"hours": [{"kind": "site_visit", "purchased": 1}, {"kind": "site_visit", "purchased": 2}]}, "hours[1].kind"),
    ({"hours": [{"kind": "site_visit", "purchased": 10001}]}, "hours[0].purchased"),
    ({"hours": [{"kind": "site_visit", "purchased": 1.255}]}, "hours[0].purchased"),
    ({"hours": [{"kind": "site_visit", "purchased": 1, "hourly_rate": -5}]}, "hours[0].hourly_rate"),
    ({"hours": "many"}, "hours"),
])
def test_bad_fields_are_refused_naming_the_field(net, change, field):
    before = net.facilitator.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"]
    r = net.facilitator.api.request("POST", f"/api/v1/networks/{net.n}/agreements", net.agreement_body(**change))
    expect_problem(r, 422, "/problems/validation", field)
    assert net.facilitator.api.ok("GET", f"/api/v1/networks/{net.n}/agreements")["agreements"] == before


def test_parties_coaches_and_liaisons_must_belong(net):
    api, path = net.facilitator.api, f"/api/v1/networks/{net.n}/agreements"
    cases = [
        (net.agreement_body(mentor_organization_id=net.q["id"]), "mentor_organization_id"),  # never accepted
        (net.agreement_body(peer_organization_ids=[net.p1["id"], net.q["id"]]), "peer_organization_ids[1]"),
        (net.agreement_body(peer_organization_ids=[net.m["id"]]), "peer_organization_ids[0]"),  # the mentor
        (net.agreement_body(peer_organization_ids=[net.p1["id"], net.p1["id"]]), "peer_organization_ids[1]"),
        (net.agreement_body(coach_user_ids=[net.p1_admin.id]), "coach_user_ids[0]"),
        (net.agreement_body(liaisons=[{"organization_id": net.q["id"], "user_id": net.q_admin.id}]),
         "liaisons[0].organization_id"),
        (net.agreement_body(liaisons=[{"organization_id": net.p2["id"], "user_id": net.p1_admin.id}]),
         "liaisons[0].user_id"),
        (net.agreement_body(liaisons=[{"organization_id": net.p1["id"], "user_id": net.p1_admin.id},
                                      {"organization_id": net.p1["id"], "user_id": net.p1_admin.id}]),
         "liaisons[1].organization_id"),
    ]
    for body, field in cases:
        expect_problem(api.request("POST", path, body), 422, "/problems/validation", field)
    # The facilitator's own people may be its liaison.
    made = net.create(liaisons=[{"organization_id": net.f["id"], "user_id": net.f_staff.id}])
    assert made["liaisons"][0]["user_id"] == net.f_staff.id


def test_an_edit_with_bad_fields_changes_nothing(net):
    a = net.create()
    path = f"/api/v1/agreements/{a['id']}"
    expect_problem(net.facilitator.api.request("PATCH", path, {"title": "New"}), 422, "/problems/validation",
                   "version")
    expect_problem(net.facilitator.api.request("PATCH", path, {"version": 1, "peer_organization_ids": [net.q["id"]]}),
                   422, "/problems/validation", "peer_organization_ids[0]")
    after = net.facilitator.api.ok("GET", path)
    assert after["version"] == 1 and [p["id"] for p in after["peer_organizations"]] == [net.p1["id"], net.p2["id"]]
    assert len(net.facilitator.api.ok("GET", path + "/history")["versions"]) == 1
    assert net.facilitator.api.request("GET", "/api/v1/agreements/99999999").status_code == 404


def test_only_the_facilitators_admins_make_agreements(net):
    for who in (net.f_staff, net.coach, net.p1_admin):
        r = who.api.request("POST", f"/api/v1/networks/{net.n}/agreements", net.agreement_body())
        assert r.status_code == 403, r.text


# ---- the coaching log

@pytest.fixture(scope="module")
def teams(net):
    """A team of each peer district, with a member row to own next steps; and a team of the mentor district."""
    from trellis_helpers import add_member, create_team
    t1 = create_team(net.p1_admin, net.p1["id"], name="Monterey PLC")
    t2 = create_team(net.p2_admin, net.p2["id"], name="Lancaster PLC")
    owner = add_member(net.p1_admin, t1["id"], name="Ana Owner")
    tm = create_team(net.mentor_admin, net.m["id"], name="Sanger PLC")
    return {"t1": t1, "t2": t2, "owner": owner, "mentor_team": tm}


def entry_body(teams, **over):
    body = {"date": "2026-10-05", "kind": "virtual_coaching", "hours": 1.5, "team_ids": [teams["t1"]["id"]],
            "focus": "Looking at student work", "notes": "Protocol practised", "guide_section": "Module 1 / C",
            "people_served": "Grade 9 team", "follow_up_on": "2026-10-20",
            "next_steps": [{"team_id": teams["t1"]["id"], "title": "Try the protocol", "due_on": "2026-10-19",
                            "owner_member_id": teams["owner"]["id"]}]}
    body.update(over)
    return body


def log_path(a):
    return f"/api/v1/agreements/{a['id']}/coaching-log"


def test_a_coach_logs_coaching_and_the_hours_draw_down(net, teams):
    a = net.create(hours=[{"kind": "virtual_coaching", "purchased": 10}, {"kind": "site_visit", "purchased": 10}])
    made = net.coach.api.request("POST", log_path(a), entry_body(teams))
    assert made.status_code == 201, made.text
    entry, agreement = made.json()["entry"], made.json()["agreement"]
    assert entry["hours"] == 1.5 and entry["over"] is False and entry["kind"] == "virtual_coaching"
    assert entry["coaches"] == [{"user_id": net.coach.id, "name": net.coach.name}]  # the caller, a coach
    assert entry["teams"] == [{"id": teams["t1"]["id"], "name": "Monterey PLC",
                               "organization_name": net.p1["name"]}]
    [step] = entry["next_steps"]
    assert (step["status"], step["action_item_id"], step["owner"]["name"]) == ("proposed", None, "Ana Owner")
    assert entry["created_by"]["id"] == net.coach.id and entry["may"] == {"edit": True}
    assert entry["follow_up_on"] == "2026-10-20" and entry["version"] == 1
    vc = {h["kind"]: h for h in agreement["hours"]}["virtual_coaching"]
    assert (vc["used"], vc["over"]) == (1.5, False)
    assert agreement["used_total"] == 1.5 and agreement["used_share"] == 0.075
    assert agreement["monthly"] == [{"month": "2026-10", "kind": "virtual_coaching", "used": 1.5}]
    assert agreement["projected_exhaustion_on"] is not None

    # The facilitator's staff log too, naming the coaches; a party's admin reads but does not write.
    staff = net.f_staff.api.ok("POST", log_path(a), entry_body(teams, date="2026-11-02", kind="site_visit", hours=3,
                                                               coach_user_ids=[net.coach.id], next_steps=[],
                                                               team_ids=[teams["t1"]["id"], teams["t2"]["id"]]),
                               status=201)["entry"]
    assert len(staff["teams"]) == 2 and staff["coaches"][0]["user_id"] == net.coach.id
    expect_problem(net.p1_admin.api.request("POST", log_path(a), entry_body(teams)), 403, "/problems/forbidden")
    entries = net.p1_admin.api.ok("GET", log_path(a))["entries"]
    assert [e["id"] for e in entries] == [staff["id"], entry["id"]]  # newest date first
    assert all(e["may"] == {"edit": False} for e in entries)
    assert net.q_admin.api.request("GET", log_path(a)).status_code == 404


def test_logging_beyond_the_purchase_is_allowed_and_marked_over(net, teams):
    a = net.create(hours=[{"kind": "virtual_coaching", "purchased": 2}])
    first = net.coach.api.ok("POST", log_path(a), entry_body(teams, hours=1.5, next_steps=[]), status=201)
    second = net.coach.api.ok("POST", log_path(a), entry_body(teams, hours=1, date="2026-10-06", next_steps=[]),
                              status=201)
    assert first["entry"]["over"] is False and second["entry"]["over"] is True
    vc = second["agreement"]["hours"][0]
    assert (vc["used"], vc["over"]) == (2.5, True)
    assert second["agreement"]["warning"] == "100" and second["agreement"]["projected_exhaustion_on"] is None
    # A kind never bought is over at once.
    third = net.coach.api.ok("POST", log_path(a), entry_body(teams, kind="site_visit", hours=0.25, next_steps=[]),
                             status=201)
    assert third["entry"]["over"] is True


def warnings_to(sink, address, title):
    return [m for m in sink.messages_to(address) if title in str(m["Subject"])]


def test_the_hours_warning_is_mailed_once_per_level(net, teams, mail_sink):
    import time
    title = "Warned MOU " + str(time.time_ns())
    a = net.create(title=title, hours=[{"kind": "virtual_coaching", "purchased": 10}],
                   liaisons=[{"organization_id": net.m["id"], "user_id": net.coach2.id}])
    api = net.coach.api
    api.ok("POST", log_path(a), entry_body(teams, hours=7.5, next_steps=[]), status=201)
    time.sleep(1)
    assert warnings_to(mail_sink, net.facilitator.email, title) == []
    logged = api.ok("POST", log_path(a), entry_body(teams, hours=0.5, next_steps=[]), status=201)
    assert logged["agreement"]["warning"] == "80"
    mail_sink.wait_for(net.facilitator.email)
    deadline = time.monotonic() + 30
    while not warnings_to(mail_sink, net.coach2.email, title) and time.monotonic() < deadline:
        time.sleep(0.1)
    [to_liaison] = warnings_to(mail_sink, net.coach2.email, title)
    assert str(to_liaison["Subject"]).startswith(f"Coaching hours at 80%: {title}")
    # The mentor's admins are not mailed when it has a liaison.
    assert warnings_to(mail_sink, net.mentor_admin.email, title) == []
    # Still at 80%: no second mail. Then 100%: one more.
    api.ok("POST", log_path(a), entry_body(teams, hours=1, next_steps=[]), status=201)
    api.ok("POST", log_path(a), entry_body(teams, hours=1, next_steps=[]), status=201)
    while len(warnings_to(mail_sink, net.facilitator.email, title)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    subjects = sorted(str(m["Subject"]) for m in warnings_to(mail_sink, net.facilitator.email, title))
    assert len(subjects) == 2 and subjects[0].startswith("Coaching hours at 100%: ")


def test_the_author_or_the_facilitators_admins_change_an_entry(net, teams):
    a = net.create()
    made = net.coach.api.ok("POST", log_path(a), entry_body(teams), status=201)["entry"]
    path = f"{log_path(a)}/{made['id']}"
    edited = net.coach.api.ok("PATCH", path, {"version": 1, "hours": 2, "focus": "Data talk",
                                              "next_steps": [{"team_id": teams["t1"]["id"], "title": "Second step",
                                                              "due_on": "2026-11-01"}]})
    assert edited["entry"]["hours"] == 2 and edited["entry"]["version"] == 2
    assert [s["title"] for s in edited["entry"]["next_steps"]] == ["Second step"]
    stale = net.facilitator.api.request("PATCH", path, {"version": 1, "focus": "Late"})
    assert expect_problem(stale, 409, "/problems/stale-edit")["current"]["focus"] == "Data talk"
    expect_problem(net.f_staff.api.request("PATCH", path, {"version": 2, "focus": "Staff"}), 403,
                   "/problems/forbidden")
    expect_problem(net.f_staff.api.request("DELETE", path), 403, "/problems/forbidden")
    net.facilitator.api.ok("PATCH", path, {"version": 2, "focus": "Admin fix"})
    net.facilitator.api.ok("DELETE", path, status=204)
    assert net.coach.api.request("DELETE", path).status_code == 404
    # An entry id under another agreement's path is not found.
    other = net.create()
    again = net.coach.api.ok("POST", log_path(a), entry_body(teams), status=201)["entry"]
    assert net.facilitator.api.request("DELETE", f"{log_path(other)}/{again['id']}").status_code == 404


@pytest.mark.parametrize("change, field", [
    ({"date": "2026-13-01"}, "date"),
    ({"kind": "lunch"}, "kind"),
    ({"hours": 0.1}, "hours"),
    ({"hours": 24.5}, "hours"),
    ({"hours": 1.333}, "hours"),
    ({"team_ids": []}, "team_ids"),
    ({"focus": ""}, "focus"),
    ({"focus": "x" * 501}, "focus"),
    ({"notes": "x" * 8001}, "notes"),
    ({"follow_up_on": "soon"}, "follow_up_on"),
    ({"coach_user_ids": [1]}, "coach_user_ids[0]"),
    ({"next_steps": [{"team_id": 99999999, "title": "x", "due_on": "2026-10-10"}]}, "next_steps[0].team_id"),
    ({"next_steps": [{"title": "", "due_on": "2026-10-10"}]}, "next_steps[0].title"),
])
def test_bad_entries_are_refused_naming_the_field(net, teams, change, field):
    a = net.create()
    r = net.coach.api.request("POST", log_path(a), entry_body(teams, **change))
    expect_problem(r, 422, "/problems/validation", field)
    assert net.coach.api.ok("GET", log_path(a))["entries"] == []


def test_teams_and_owners_must_belong(net, teams):
    a = net.create()
    cases = [(entry_body(teams, team_ids=[teams["mentor_team"]["id"]], next_steps=[]), "team_ids[0]"),
             (entry_body(teams, next_steps=[{"team_id": teams["t1"]["id"], "title": "x", "due_on": "2026-10-10",
                                             "owner_member_id": 99999999}]), "next_steps[0].owner_member_id"),
             (entry_body(teams, next_steps=[{"team_id": teams["t2"]["id"], "title": "x", "due_on": "2026-10-10"}]),
              "next_steps[0].team_id")]
    for body, field in cases:
        expect_problem(net.coach.api.request("POST", log_path(a), body), 422, "/problems/validation", field)
    assert net.coach.api.ok("GET", log_path(a))["entries"] == []


# ---- the served team's side

def test_the_team_sees_its_coaching_and_accepts_a_step_into_its_next_meeting(net, teams):
    a = net.create()
    t1, t2 = teams["t1"]["id"], teams["t2"]["id"]
    body = entry_body(teams, team_ids=[t1, t2], next_steps=[
        {"team_id": t1, "title": "Try the protocol", "due_on": "2030-02-19", "owner_member_id": teams["owner"]["id"]},
        {"team_id": t2, "title": "Lancaster's step", "due_on": "2030-02-20"},
        {"team_id": t1, "title": "A step to decline", "due_on": "2030-02-21"}])
    entry = net.coach.api.ok("POST", log_path(a), body, status=201)["entry"]
    lead = net.p1_admin.api
    seen = [e for e in lead.ok("GET", f"/api/v1/teams/{t1}/coaching")["entries"] if e["id"] == entry["id"]]
    assert [s["title"] for s in seen[0]["next_steps"]] == ["Try the protocol", "A step to decline"]
    step, other = seen[0]["next_steps"]

    # No meeting yet: the step waits.
    r = lead.request("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step['id']}/accept", {})
    assert expect_problem(r, 409, "/problems/conflict")["detail"].startswith("Schedule the team's next meeting first")
    later = lead.ok("POST", f"/api/v1/teams/{t1}/meetings",
                    {"title": "Later", "starts_at": "2030-03-01T16:00:00Z"}, status=201)
    sooner = lead.ok("POST", f"/api/v1/teams/{t1}/meetings",
                     {"title": "Sooner", "starts_at": "2030-02-01T16:00:00Z"}, status=201)
    accepted = lead.ok("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step['id']}/accept", {})
    assert accepted["next_step"]["status"] == "accepted"
    item = accepted["action_item"]
    assert accepted["next_step"]["action_item_id"] == item["id"]
    assert item["meeting"]["id"] == sooner["id"] and item["title"] == "Try the protocol"
    assert item["due"] == "2030-02-19" and item["owner"]["member_id"] == teams["owner"]["id"]
    r = lead.request("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step['id']}/accept", {})
    expect_problem(r, 409, "/problems/conflict")

    declined = lead.ok("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{other['id']}/decline",
                       {"reason": "Done already"})
    assert declined["next_step"]["status"] == "declined"
    # The coach sees the answers; editing the entry keeps them.
    log = net.coach.api.ok("GET", log_path(a))["entries"][0]
    assert {s["title"]: s["status"] for s in log["next_steps"]} == {
        "Try the protocol": "accepted", "Lancaster's step": "proposed", "A step to decline": "declined"}
    net.coach.api.ok("PATCH", f"{log_path(a)}/{entry['id']}", {"version": 1, "next_steps": []})
    kept = net.coach.api.ok("GET", log_path(a))["entries"][0]["next_steps"]
    assert sorted(s["status"] for s in kept) == ["accepted", "declined"]
    # Removing the entry leaves the accepted step as the team's action item.
    net.coach.api.ok("DELETE", f"{log_path(a)}/{entry['id']}", status=204)
    items = lead.ok("GET", f"/api/v1/meetings/{sooner['id']}")["action_items"]
    assert [i["title"] for i in items if i["id"] == item["id"]] == ["Try the protocol"]
    assert later["id"] != item["meeting"]["id"]


def test_a_step_due_before_its_meeting_is_refused_as_a_meetings_own_item_is(net, teams):
    """The one rule of action items tied to a meeting: not due before the meeting's date (issue 17)."""
    a = net.create()
    t1 = teams["t1"]["id"]
    entry = net.coach.api.ok("POST", log_path(a), entry_body(teams, team_ids=[t1], next_steps=[
        {"team_id": t1, "title": "Early step", "due_on": "2030-06-01"}]), status=201)["entry"]
    step = entry["next_steps"][0]["id"]
    lead = net.p1_admin.api
    meeting = lead.ok("POST", f"/api/v1/teams/{t1}/meetings", {"title": "June", "starts_at": "2030-06-10T16:00:00Z"},
                      status=201)
    accept = f"/api/v1/teams/{t1}/coaching/next-steps/{step}/accept"
    # The step's own date is before the meeting: refused, naming the date to send instead.
    body = expect_problem(lead.request("POST", accept, {"meeting_id": meeting["id"]}), 422, "/problems/validation",
                          "due_on")
    assert body["errors"][0]["message"] == "is before the meeting's date (2030-06-10)"
    expect_problem(lead.request("POST", accept, {"meeting_id": meeting["id"], "due_on": "2030-06-09"}), 422,
                   "/problems/validation", "due_on")
    assert [s["status"] for s in net.coach.api.ok("GET", log_path(a))["entries"][0]["next_steps"]] == ["proposed"]
    item = lead.ok("POST", accept, {"meeting_id": meeting["id"], "due_on": "2030-06-10"})["action_item"]
    assert item["due"] == "2030-06-10" and item["meeting"]["id"] == meeting["id"]


def test_a_step_is_answered_only_by_its_team_and_into_its_meetings(net, teams):
    a = net.create()
    t1, t2 = teams["t1"]["id"], teams["t2"]["id"]
    entry = net.coach.api.ok("POST", log_path(a), entry_body(teams, team_ids=[t1, t2], next_steps=[
        {"team_id": t1, "title": "One", "due_on": "2026-12-19"}]), status=201)["entry"]
    step = entry["next_steps"][0]["id"]
    # Under another team's path the step is not found; a peer's lead cannot answer for another district.
    r = net.p2_admin.api.request("POST", f"/api/v1/teams/{t2}/coaching/next-steps/{step}/accept", {})
    assert r.status_code == 404, r.text
    assert net.p2_admin.api.request("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step}/accept", {}).status_code \
        == 404
    # The coach reads the log but is no lead of the team.
    assert net.coach.api.request("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step}/decline", {}).status_code \
        == 404
    other_meeting = net.p2_admin.api.ok("POST", f"/api/v1/teams/{t2}/meetings", {"title": "Theirs"}, status=201)
    r = net.p1_admin.api.request("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step}/accept",
                                 {"meeting_id": other_meeting["id"]})
    expect_problem(r, 422, "/problems/validation", "meeting_id")
    r = net.p1_admin.api.request("POST", f"/api/v1/teams/{t1}/coaching/next-steps/{step}/accept",
                                 {"due_on": "someday"})
    expect_problem(r, 422, "/problems/validation", "due_on")
    status = [s["status"] for s in net.coach.api.ok("GET", log_path(a))["entries"][0]["next_steps"]]
    assert status == ["proposed"]


# ---- the log as CSV and XLSX

def test_the_log_downloads_as_csv_and_xlsx_in_english_and_spanish(net, teams):
    import csv
    import datetime
    import io

    import openpyxl
    a = net.create(hours=[{"kind": "site_visit", "purchased": 2}])
    net.coach.api.ok("POST", log_path(a), entry_body(teams, kind="site_visit", hours=1.5), status=201)
    net.coach.api.ok("POST", log_path(a), entry_body(teams, kind="site_visit", hours=1, date="2026-10-09",
                                                     next_steps=[], follow_up_on=None), status=201)
    r = net.p1_admin.api.request("GET", log_path(a) + ".csv")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv"), r.text
    assert "attachment" in r.headers["Content-Disposition"]
    header, newest, oldest = list(csv.reader(io.StringIO(r.content.decode("utf-8"), newline="")))
    assert header == ["Date", "Kind", "Hours", "Over", "Coaches", "Teams", "Focus", "Guide section", "Notes",
                      "Next steps", "Follow-up date"]
    assert newest[:4] == ["2026-10-09", "Site visit", "1", "true"], newest
    assert oldest[0] == "2026-10-05" and oldest[5] == f"Monterey PLC ({net.p1['name']})"
    assert "Try the protocol (Monterey PLC, Ana Owner, 2026-10-19, proposed)" == oldest[9]
    assert oldest[10] == "2026-10-20" and newest[10] == ""

    es = net.p1_admin.api.request("GET", log_path(a) + ".csv?lang=es")
    assert es.content.decode("utf-8").splitlines()[0].startswith("Fecha,Tipo,Horas")
    assert "Visita a sitio" in es.content.decode("utf-8")

    x = net.coach.api.request("GET", log_path(a) + ".xlsx")
    assert x.status_code == 200, x.text
    book = openpyxl.load_workbook(io.BytesIO(x.content))
    [sheet] = book.worksheets
    assert sheet.title == "Coaching log"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == datetime.datetime(2026, 10, 9) and rows[1][2] == 1 and rows[1][3] is True
    assert net.q_admin.api.request("GET", log_path(a) + ".xlsx").status_code == 404


def test_the_facilitators_admins_list_who_may_be_named_on_an_agreement(net):
    """Coaches and liaisons are picked by name: the facilitator's admins list the people of the facilitator and of
    the member organizations that accepted (names and ids, never addresses); nobody else may."""
    path = f"/api/v1/networks/{net.n}/people"
    orgs = {o["id"]: o["people"] for o in net.facilitator.api.ok("GET", path)["organizations"]}
    assert set(orgs) == {net.f["id"], net.m["id"], net.p1["id"], net.p2["id"]}, "Q never accepted: not listed"
    assert {p["user_id"] for p in orgs[net.m["id"]]} >= {net.mentor_admin.id, net.coach.id, net.coach2.id}
    assert all(set(p) == {"user_id", "name"} for people in orgs.values() for p in people)
    assert "@" not in str(orgs)
    assert net.p1_admin.api.request("GET", path).status_code == 403
    assert net.coach.api.request("GET", path).status_code == 403
    assert net.q_admin.api.request("GET", path).status_code == 404
