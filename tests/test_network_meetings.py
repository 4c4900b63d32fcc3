"""Network meetings (issue 11): the community of practice meets as a network. The facilitator plans a meeting that
invites member districts (by organization or team); invited people read it and take part as team members do (notes,
decisions, action items owned by anyone invited, the owner's My work), participants read only, anyone else learns nothing;
only the network's participants may be invited; closing mails the minutes to every participant; the meeting is
logged as coaching hours (kind network_meeting) in one step, once."""
import re

import pytest

from agreement_helpers import Network
from matrix_world import add_to_network, join_by_invitation
from meeting_helpers import good_plan, wait_for_mail
from trellis_helpers import create_team, expect_problem, expect_status, mail_text, unique


class World:
    """Network N of agreement_helpers, with a team in each peer district (T1 of P1: member A and participant G; T2 of P2:
    member B) and a team of the mentor district (T3, member C) that the meeting does not invite."""

    def __init__(self, server, mail_sink):
        self.net = net = Network(server, mail_sink)
        self.server = server
        self.t1 = create_team(net.p1_admin, net.p1["id"], name=unique("Monterey ELD"))["id"]
        self.a = join_by_invitation(net.p1_admin, mail_sink, f"/api/v1/teams/{self.t1}/invitations", "member", "amem")
        self.g = join_by_invitation(net.p1_admin, mail_sink, f"/api/v1/teams/{self.t1}/invitations", "participant", "gst")
        self.t2 = create_team(net.p2_admin, net.p2["id"], name=unique("Lancaster ELD"))["id"]
        self.b = join_by_invitation(net.p2_admin, mail_sink, f"/api/v1/teams/{self.t2}/invitations", "member", "bmem")
        self.t3 = create_team(net.mentor_admin, net.m["id"], name=unique("Sanger ELD"))["id"]
        self.c = join_by_invitation(net.mentor_admin, mail_sink, f"/api/v1/teams/{self.t3}/invitations", "member",
                                    "cmem")
        self.stranger = server.make_user("strngr")

    def seat(self, team_id: int, user) -> int:
        """The member row of `user` on the team (as its district's admin reads it)."""
        admin = {self.t1: self.net.p1_admin, self.t2: self.net.p2_admin, self.t3: self.net.mentor_admin}[team_id]
        members = admin.api.ok("GET", f"/api/v1/teams/{team_id}")["members"]
        return next(m["id"] for m in members if m["user_id"] == user.id)

    def plan(self, **over) -> dict:
        body = good_plan(title=unique("Community of practice"), starts_at="2026-10-14T10:00:00-07:00",
                         duration_minutes=90,
                         agenda=[{"title": "Share a problem of practice", "minutes": 60, "kind": "discussion"},
                                 {"title": "Next steps", "minutes": 20, "kind": "topic"}],
                         invitations=[{"organization_id": self.net.p1["id"]}, {"organization_id": self.net.p2["id"]}])
        body.update(over)
        return self.net.facilitator.api.ok("POST", f"/api/v1/networks/{self.net.n}/meetings", body, status=201)


@pytest.fixture(scope="module")
def w(server, mail_sink):
    return World(server, mail_sink)


@pytest.fixture(scope="module")
def meeting(w):
    return w.plan()


def test_the_facilitator_plans_a_meeting_inviting_two_districts(w, meeting):
    net = w.net
    assert meeting["network"] == {"id": net.n, "name": meeting["network"]["name"]}
    assert meeting["team"]["name"].endswith("— network meetings")
    assert {i["organization"]["id"] for i in meeting["invitations"]} == {net.p1["id"], net.p2["id"]}
    assert all(i["team"] is None for i in meeting["invitations"])
    # The host team is the facilitator's, led by the admin who planned the first meeting; a second meeting reuses it.
    second = w.plan(invitations=[{"team_id": w.t1}])
    assert second["team"]["id"] == meeting["team"]["id"]
    assert second["invitations"][0]["team"]["id"] == w.t1
    listed = net.facilitator.api.ok("GET", f"/api/v1/networks/{net.n}/meetings")
    assert {meeting["id"], second["id"]} <= {m["id"] for m in listed["meetings"]}
    assert listed["may"]["plan"] is True
    assert {o["id"] for o in listed["invitable"]} >= {net.f["id"], net.m["id"], net.p1["id"], net.p2["id"]}
    assert net.q["id"] not in {o["id"] for o in listed["invitable"]}  # invited to the network, never accepted


def test_participants_list_only_the_meetings_that_invite_them(w, meeting):
    b_list = w.b.api.ok("GET", f"/api/v1/networks/{w.net.n}/meetings")
    assert meeting["id"] in {m["id"] for m in b_list["meetings"]}
    assert b_list["may"]["plan"] is False and "invitable" not in b_list
    c_list = w.c.api.ok("GET", f"/api/v1/networks/{w.net.n}/meetings")  # the mentor's team was not invited
    assert meeting["id"] not in {m["id"] for m in c_list["meetings"]}


def test_an_invited_member_takes_part_with_an_owner_from_another_district(w, meeting):
    m = meeting["id"]
    seen = w.a.api.ok("GET", f"/api/v1/meetings/{m}")
    assert seen["may"]["contribute"] is True and seen["may"]["manage"] is False
    assert seen["network"]["id"] == w.net.n
    b_seat = w.seat(w.t2, w.b)
    assert b_seat in {p["member_id"] for p in seen["attendance"]}  # the invited teams attend too
    item = seen["agenda"][0]["id"]
    w.a.api.ok("PUT", f"/api/v1/meetings/{m}/notes/{item}", {"text": "Our ELD walk-throughs"}, status=201)
    w.a.api.ok("POST", f"/api/v1/meetings/{m}/decisions", {"text": "Share walk-through tools by November"},
               status=201)
    made = w.a.api.ok("POST", f"/api/v1/meetings/{m}/action-items",
                      {"title": "Send the walk-through tool", "owner_id": b_seat, "due": "2026-11-01"}, status=201)
    assert made["owner"]["name"] == w.b.name
    # The owner, in another district, finds it in My work and marks it done.
    mine = w.b.api.ok("GET", "/api/v1/me/action-items")
    row = next(i for i in mine["action_items"] if i["id"] == made["id"])
    done = w.b.api.ok("PATCH", f"/api/v1/action-items/{made['id']}", {"version": row["version"], "status": "done"})
    assert done["status"] == "done"
    # An owner nobody invited is refused, naming the field.
    expect_problem(w.a.api.request("POST", f"/api/v1/meetings/{m}/action-items", {
        "title": "Nope", "owner_id": w.seat(w.t3, w.c), "due": "2026-11-01"}), 422, "/problems/validation", "owner_id")


def test_invited_people_do_not_manage_the_meeting(w, meeting):
    m = meeting["id"]
    current = w.a.api.ok("GET", f"/api/v1/meetings/{m}")
    expect_problem(w.a.api.request("PATCH", f"/api/v1/meetings/{m}", {"version": current["version"], "title": "x"}),
                   403, "/problems/forbidden")
    expect_problem(w.b.api.request("PUT", f"/api/v1/meetings/{m}/invitations", {"invitations": []}), 403,
                   "/problems/forbidden")
    expect_problem(w.a.api.request("POST", f"/api/v1/meetings/{m}/close"), 403, "/problems/forbidden")


def test_strangers_and_uninvited_teams_learn_nothing_and_participants_only_read(w, meeting):
    m = meeting["id"]
    for outsider in (w.stranger, w.c):
        expect_problem(outsider.api.request("GET", f"/api/v1/meetings/{m}"), 404, "/problems/not-found")
        expect_problem(outsider.api.request("GET", f"/api/v1/meetings/{m}/invitations"), 404, "/problems/not-found")
    participant_view = w.g.api.ok("GET", f"/api/v1/meetings/{m}")
    assert participant_view["may"]["contribute"] is False
    expect_problem(w.g.api.request("POST", f"/api/v1/meetings/{m}/decisions", {"text": "A participant's decision"}), 403,
                   "/problems/forbidden")


def test_only_the_networks_participants_may_be_invited(w, meeting):
    net, m = w.net, meeting["id"]
    before = net.facilitator.api.ok("GET", f"/api/v1/meetings/{m}/invitations")
    listed_before = net.facilitator.api.ok("GET", f"/api/v1/networks/{net.n}/meetings")["meetings"]
    refused = expect_problem(net.facilitator.api.request("PUT", f"/api/v1/meetings/{m}/invitations", {
        "invitations": [{"organization_id": net.p1["id"]}, {"organization_id": net.q["id"]}]}), 422,
        "/problems/validation", "invitations[1].organization_id")
    assert str(net.q["id"]) in refused["detail"]
    body = good_plan(title=unique("Refused"), invitations=[{"team_id": w.t1}, {"organization_id": net.q["id"]}])
    expect_problem(net.facilitator.api.request("POST", f"/api/v1/networks/{net.n}/meetings", body), 422,
                   "/problems/validation", "invitations[1].organization_id")
    expect_problem(net.facilitator.api.request("PUT", f"/api/v1/meetings/{m}/invitations", {
        "invitations": [{"organization_id": net.p1["id"], "team_id": w.t1}]}), 422, "/problems/validation",
        "invitations[0]")
    assert net.facilitator.api.ok("GET", f"/api/v1/meetings/{m}/invitations") == before
    assert net.facilitator.api.ok("GET", f"/api/v1/networks/{net.n}/meetings")["meetings"] == listed_before


def test_the_host_changes_the_invitations(w):
    net = w.net
    made = w.plan(status="draft", invitations=[{"organization_id": net.p1["id"]}])
    expect_problem(w.b.api.request("GET", f"/api/v1/meetings/{made['id']}"), 404, "/problems/not-found")
    changed = net.facilitator.api.ok("PUT", f"/api/v1/meetings/{made['id']}/invitations",
                                     {"invitations": [{"team_id": w.t2}]})
    assert [(i["organization"]["id"], i["team"]["id"]) for i in changed["invitations"]] == [(net.p2["id"], w.t2)]
    assert w.b.api.ok("GET", f"/api/v1/meetings/{made['id']}")["may"]["contribute"] is True
    expect_problem(w.a.api.request("GET", f"/api/v1/meetings/{made['id']}"), 404, "/problems/not-found")


def test_a_team_invited_after_scheduling_gets_the_invitation_and_the_others_no_second(w, mail_sink):
    title = unique("Late invitation")
    made = w.plan(title=title, invitations=[{"team_id": w.t1}])
    assert made["status"] == "scheduled"
    wait_for_mail(mail_sink, w.a.email, f"Invitation: {title}")
    assert not [m for m in mail_sink.messages_to(w.b.email) if title in str(m["Subject"])]
    w.net.facilitator.api.ok("PUT", f"/api/v1/meetings/{made['id']}/invitations",
                             {"invitations": [{"team_id": w.t1}, {"team_id": w.t2}]})
    [late] = wait_for_mail(mail_sink, w.b.email, f"Invitation: {title}")
    assert any(part.get_content_type() == "text/calendar" for part in late.walk())
    assert len([m for m in mail_sink.messages_to(w.a.email) if title in str(m["Subject"])]) == 1
    # The meeting is in B's calendar feed too, as in A's; not in C's (the mentor's team was not invited).
    for person, listed in ((w.b, True), (w.a, True), (w.c, False)):
        path = person.api.ok("POST", "/api/v1/me/calendar-feed", status=201)["path"]
        feed = w.server.anon().get(path)
        assert feed.status_code == 200 and (title in feed.text) is listed, (person.email, feed.text[:300])


def test_a_person_on_two_invited_teams_takes_part_once(w, mail_sink):
    """A, seated on T1, is also seated on T2 (an invitation A accepts while signed in): a meeting inviting both
    teams lists A once among its participants."""
    before = len(mail_sink.messages_to(w.a.email))
    w.net.p2_admin.api.ok("POST", f"/api/v1/teams/{w.t2}/invitations", {"email": w.a.email, "role": "member"},
                          status=201)
    newest = mail_text(mail_sink.wait_for(w.a.email, count=before + 1)[-1])
    token = re.search(r"/invitations/([A-Za-z0-9_-]+)", newest).group(1)
    expect_status(w.a.api.request("POST", f"/api/v1/invitations/{token}/accept", {}), 200)
    made = w.plan(invitations=[{"team_id": w.t1}, {"team_id": w.t2}])
    listed = [a["member_id"] for a in w.net.facilitator.api.ok("GET", f"/api/v1/meetings/{made['id']}")["attendance"]]
    # One seat of A's: the first in the meeting's order (the host team, then the invited teams by name).
    assert (w.seat(w.t1, w.a) in listed) + (w.seat(w.t2, w.a) in listed) == 1, listed
    assert w.seat(w.t2, w.b) in listed


def test_closing_mails_the_minutes_to_every_participant(w, meeting, mail_sink):
    closed = w.net.facilitator.api.ok("POST", f"/api/v1/meetings/{meeting['id']}/close")
    assert closed["meeting_id"] == meeting["id"]
    for person in (w.net.facilitator, w.a, w.g, w.b):
        [message] = wait_for_mail(mail_sink, person.email, f"Minutes: {meeting['title']}")
    assert not [x for x in mail_sink.messages_to(w.c.email) if meeting["title"] in str(x["Subject"])]


def test_the_meeting_is_logged_as_coaching_hours_once(w, meeting):
    net, m = w.net, meeting["id"]
    hours = [{"kind": "network_meeting", "purchased": 10}, {"kind": "virtual_coaching", "purchased": 20}]
    agreement = net.create(hours=hours)
    answer = net.facilitator.api.ok("GET", f"/api/v1/meetings/{m}/invitations")
    assert answer["may"]["log_coaching"] is True
    assert agreement["id"] in {a["id"] for a in answer["coaching"]["agreements"]}
    logged = net.facilitator.api.ok("POST", f"/api/v1/meetings/{m}/coaching-log", {"agreement_id": agreement["id"]},
                                    status=201)
    entry = logged["entry"]
    assert (entry["kind"], entry["hours"], entry["date"], entry["focus"]) == (
        "network_meeting", 1.5, "2026-10-14", meeting["title"])
    assert {t["id"] for t in entry["teams"]} == {w.t1, w.t2}
    assert "Share walk-through tools by November" in entry["notes"]
    used = {h["kind"]: h["used"] for h in net.facilitator.api.ok("GET", f"/api/v1/agreements/{agreement['id']}")["hours"]}
    assert used["network_meeting"] == 1.5
    # Once only; the answer names the entry.
    again = expect_problem(net.facilitator.api.request("POST", f"/api/v1/meetings/{m}/coaching-log",
                                                       {"agreement_id": agreement["id"]}), 409, "/problems/conflict")
    assert str(entry["id"]) in again["detail"]
    after = net.facilitator.api.ok("GET", f"/api/v1/meetings/{m}/invitations")
    assert after["coaching"]["entry_id"] == entry["id"] and after["may"]["log_coaching"] is False


def test_logging_refuses_another_networks_agreement_and_a_meeting_not_held(w):
    net = w.net
    # Another network of the same facilitator, with the same mentor and a peer, and an agreement of its own.
    n2 = net.facilitator.api.ok("POST", "/api/v1/networks", {"name": unique("Other network"),
                                                             "facilitator_organization_id": net.f["id"]}, status=201)
    add_to_network(net.facilitator, n2["id"], net.m["id"], "mentor", net.mentor_admin)
    add_to_network(net.facilitator, n2["id"], net.p1["id"], "peer", net.p1_admin)
    foreign = net.facilitator.api.ok("POST", f"/api/v1/networks/{n2['id']}/agreements", net.agreement_body(
        peer_organization_ids=[net.p1["id"]], hours=[{"kind": "network_meeting", "purchased": 5}],
        liaisons=[]), status=201)
    held = w.plan()
    net.facilitator.api.ok("POST", f"/api/v1/meetings/{held['id']}/close")
    expect_problem(net.facilitator.api.request("POST", f"/api/v1/meetings/{held['id']}/coaching-log",
                                               {"agreement_id": foreign["id"]}), 422, "/problems/validation",
                   "agreement_id")
    mine = net.create(hours=[{"kind": "network_meeting", "purchased": 5}])
    draft = w.plan(status="draft")
    expect_problem(net.facilitator.api.request("POST", f"/api/v1/meetings/{draft['id']}/coaching-log",
                                               {"agreement_id": mine["id"]}), 409, "/problems/conflict")
    # An invited member who is not the agreement's coach or the facilitator's staff may not log it.
    expect_problem(w.a.api.request("POST", f"/api/v1/meetings/{held['id']}/coaching-log",
                                   {"agreement_id": mine["id"]}), 403, "/problems/forbidden")
