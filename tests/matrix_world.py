"""The world the authorization matrix walks: district D with team T in network N, and one person of each kind of
caller of src/api/access.hpp, each made the way a real person would be (sign-up, invitations by mail, network
memberships accepted by the member's admin)."""
from __future__ import annotations

import re
import uuid

from data_helpers import aggregate_csv, create_district, upload
from meeting_helpers import good_plan
from trellis_helpers import Api, create_org, create_team, expect_status, mail_text, unique, unique_email

CALLERS = ("anonymous", "stranger", "other_lead", "partner", "participant", "member", "lead", "data_lead", "admin",
           "facilitator", "mentor", "reviewer")
GUIDE = "world-languages-module-0"


def invitation_token_from_mail(mail_sink, address: str) -> str:
    [message] = mail_sink.wait_for(address)
    m = re.search(r"/invitations/([A-Za-z0-9_-]+)", mail_text(message))
    assert m, f"no invitation link in the mail to {address}"
    return m.group(1)


def join_by_invitation(inviter, mail_sink, invite_path: str, role: str, prefix: str):
    """A new person invited by mail to an organization or team; accepts with a new account."""
    server = inviter.server
    address = unique_email(prefix)
    inviter.api.ok("POST", invite_path, {"email": address, "role": role}, status=201)
    token = invitation_token_from_mail(mail_sink, address)
    name, password = f"{prefix.title()} {uuid.uuid4().hex[:6]}", "pw-" + uuid.uuid4().hex[:16]
    expect_status(server.anon().post(f"/api/v1/invitations/{token}/accept", {"name": name, "password": password}), 200)
    return server.user_from_existing(address, name, password)


def add_to_network(facilitator, network_id: int, org_id: int, role: str, member_admin):
    """The facilitator invites the organization; its own admin accepts (the consent the membership needs)."""
    facilitator.api.ok("POST", f"/api/v1/networks/{network_id}/members", {"organization_id": org_id, "role": role},
                       status=201)
    member_admin.api.ok("POST", f"/api/v1/organizations/{org_id}/network-memberships/{network_id}/accept")


class World:
    def __init__(self, server, mail_sink):
        self.server = server
        self.mail_sink = mail_sink
        self.marker = "mx" + uuid.uuid4().hex[:12]  # in everything of T, and nowhere else
        self.people = {}
        self.ids = {}

    # --- callers
    def api(self, caller: str) -> Api:
        return self.server.anon() if caller == "anonymous" else self.people[caller].api

    def token(self, caller: str):
        return None if caller == "anonymous" else self.people[caller].token

    # --- targets: the real objects of T, or a fresh one where an allowed call would change or remove it
    def target_for(self, route: dict, caller: str, expected: str) -> dict:
        key = (route["method"], route["pattern"])
        fresh = FRESH_TARGETS.get(key)
        if route["method"] == "GET" and key in PREPARED_READS:
            return PREPARED_READS[key](self)
        if route["method"] == "GET" or route.get("has_body") or route.get("websocket"):
            return {}
        if fresh is None:
            assert key in SELF_SCOPED, (
                f"{key[0]} {key[1]} acts without a body: give the matrix a fresh target for it in FRESH_TARGETS "
                "(tests/matrix_world.py), or list it in SELF_SCOPED if it only touches the caller's own things")
            return {"no_body": True}
        target = fresh(self) if expected == "allowed" else {}
        return {"no_body": True, "acts": expected == "allowed", **target}

    def after(self, route: dict, caller: str, target: dict):
        restore = target.get("restore")
        if restore:
            restore(self)

    def snapshot(self):
        lead = self.people["lead"].api
        t, d, n = self.ids["team"], self.ids["organization"], self.ids["network"]
        team = lead.ok("GET", f"/api/v1/teams/{t}")
        return {
            "team": {k: team[k] for k in ("name", "focus", "version")},
            "members": sorted((m["email"], m["role"]) for m in team["members"]),
            "meeting": {k: v for k, v in lead.ok("GET", f"/api/v1/meetings/{self.ids['meeting']}").items()
                        if k in ("title", "goal", "status", "version", "agenda", "starts_at", "objectives")},
            "organization": self.people["admin"].api.ok("GET", f"/api/v1/organizations/{d}"),
            "network": sorted((m["organization"]["id"], m.get("status"))
                              for m in self.people["facilitator"].api.ok("GET", f"/api/v1/networks/{n}")["members"]),
            "guide": lead.ok("GET", f"/api/v1/teams/{t}/guides/{GUIDE}"),
            "measure": lead.ok("GET", f"/api/v1/measures/{self.ids['measure']}"),
            "plan": lead.ok("GET", f"/api/v1/teams/{t}/plan"),
            "assessments": lead.ok("GET", f"/api/v1/teams/{t}/assessments"),
            "assessment_criteria": lead.ok("GET", f"/api/v1/teams/{t}/assessment-criteria/history"),
            "data": self.people["admin"].api.ok("GET", f"/api/v1/organizations/{d}/data"),
            "agreement": self.people["facilitator"].api.ok("GET", f"/api/v1/agreements/{self.ids['agreement']}"),
            "coaching_log": self.people["facilitator"].api.ok(
                "GET", f"/api/v1/agreements/{self.ids['agreement']}/coaching-log"),
            "team_coaching": lead.ok("GET", f"/api/v1/teams/{t}/coaching"),
            "problem": lead.ok("GET", f"/api/v1/teams/{t}/problem"),
        }


def build_world(server, mail_sink) -> World:
    w = World(server, mail_sink)
    people = w.people
    # District D, its admin, and team T whose lead, member and participant came in by invitation.
    admin = people["admin"] = server.make_user("dadmin")
    district = create_district(admin)
    d = w.ids["organization"] = district["id"]
    w.ids["cds"] = district["cds_code"]
    w.team_name = f"Team {w.marker}"
    team = create_team(admin, d, name=w.team_name, focus=f"focus {w.marker}")
    t = w.ids["team"] = team["id"]
    for role in ("lead", "member", "participant"):
        people[role] = join_by_invitation(admin, mail_sink, f"/api/v1/teams/{t}/invitations", role, role)
    # The admin made T and so led it; the admin's rights must come from the organization alone.
    own_seat = [m for m in admin.api.ok("GET", f"/api/v1/teams/{t}")["members"] if m["email"] == admin.email]
    admin.api.ok("DELETE", f"/api/v1/teams/{t}/members/{own_seat[0]['id']}", status=204)
    people["data_lead"] = join_by_invitation(admin, mail_sink, f"/api/v1/organizations/{d}/invitations",
                                             "data_lead", "datalead")
    lead = people["lead"].api
    members = {m["role"]: m for m in lead.ok("GET", f"/api/v1/teams/{t}")["members"]}
    w.ids["member_row"] = members["member"]["id"]

    # T's work: a meeting with an agenda item, a decision and an action item; an outreach item; guide answers.
    meeting = lead.ok("POST", f"/api/v1/teams/{t}/meetings", good_plan(
        title=f"Meeting {w.marker}", agenda=[{"title": f"Item {w.marker}", "minutes": 40, "kind": "discussion"}]),
        status=201)
    w.ids["meeting"] = meeting["id"]
    w.ids["agenda_item"] = meeting["agenda"][-1]["id"]
    w.ids["decision"] = lead.ok("POST", f"/api/v1/meetings/{meeting['id']}/decisions",
                                {"text": f"Decision {w.marker}"}, status=201)["id"]
    w.ids["action_item"] = lead.ok("POST", f"/api/v1/meetings/{meeting['id']}/action-items",
                                   {"title": f"Action {w.marker}", "owner_id": w.ids["member_row"],
                                    "due": "2030-06-30"}, status=201)["id"]
    # A closed meeting of T: its minutes are what the minutes routes serve.
    closed = lead.ok("POST", f"/api/v1/teams/{t}/meetings", good_plan(title=f"Closed {w.marker}"), status=201)
    lead.ok("POST", f"/api/v1/meetings/{closed['id']}/close")
    w.ids["closed_meeting"] = closed["id"]
    w.ids["outreach_item"] = lead.ok("POST", f"/api/v1/teams/{t}/outreach-items",
                                     {"gap_kind": "perspective", "gap_key": "students",
                                      "title": f"Outreach {w.marker}"}, status=201)["id"]
    lead.ok("POST", f"/api/v1/teams/{t}/guides", {"guide": GUIDE}, status=201)
    measure = lead.ok("POST", f"/api/v1/teams/{t}/measures",
                      {"name": f"Measure {w.marker}", "unit": "%", "direction": "lower_is_better"}, status=201)
    w.ids["measure"] = measure["id"]
    lead.ok("POST", f"/api/v1/measures/{measure['id']}/points", {"date": "2026-09-01", "value": 12.5}, status=201)
    build_plan(w)
    w.ids["assessment"] = lead.ok("POST", f"/api/v1/teams/{t}/assessments", assessment_body("Fall 2026"),
                                  status=201)["id"]
    lead.ok("PUT", f"/api/v1/teams/{t}/guides/{GUIDE}/modules/module-0/sections/a-team/items/who-is-missing/answer",
            {"text": f"Answer {w.marker}", "version": 0})
    # A pending invitation to T (its link is the key of the public invitation routes).
    pending = unique_email("pending")
    lead.ok("POST", f"/api/v1/teams/{t}/invitations", {"email": pending, "role": "member"}, status=201)
    w.ids["invitation_token"] = invitation_token_from_mail(mail_sink, pending)
    w.ids["calendar_path"] = admin.api.ok("POST", "/api/v1/me/calendar-feed", status=201)["path"]
    w.ids["token_id"] = admin.api.ok("GET", "/api/v1/tokens")["tokens"][0]["id"]  # refused callers aim at it

    # D's student data: two years of suspensions, 2024 shared with its network, attached to T's section C.
    data_lead = people["data_lead"].api
    for year in (2023, 2024):
        expect_status(upload(data_lead, d, aggregate_csv(district["cds_code"], year=year), "aggregate"), 201)
    data_lead.ok("PUT", f"/api/v1/organizations/{d}/data/shares", {"indicator": "suspension", "year": 2024, "shared": True})
    w.ids["mapping"] = new_mapping(w)
    w.ids["data_view"] = new_data_view(w)
    people["member"].api.ok("PUT", f"/api/v1/organizations/{d}/teachers/me",
                            {"version": 0, "credentials": ["Single Subject: Spanish"], "languages": ["Spanish"]})

    # Network N: facilitated by F, mentored by M, with peers D and P; every membership accepted by its admin.
    facilitator = people["facilitator"] = server.make_user("facilitator")
    f = create_org(facilitator, name=unique("Intermediary"), kind="intermediary")
    w.ids["facilitator_org"] = f["id"]
    n = w.ids["network"] = facilitator.api.ok("POST", "/api/v1/networks", {
        "name": unique("Network"), "facilitator_organization_id": f["id"]}, status=201)["id"]
    mentor_admin = server.make_user("mentoradmin")
    m = create_org(mentor_admin, name=unique("Mentor district"))
    people["mentor"] = join_by_invitation(mentor_admin, mail_sink, f"/api/v1/organizations/{m['id']}/invitations",
                                          "member", "mentor")
    partner = people["partner"] = server.make_user("partner")
    p = create_org(partner, name=unique("Peer district"))
    add_to_network(facilitator, n, d, "peer", admin)
    add_to_network(facilitator, n, m["id"], "mentor", mentor_admin)
    add_to_network(facilitator, n, p["id"], "peer", partner)

    # N's agreement: F's, mentored by M with the `mentor` caller named as coach, for peers D and P.
    w.ids["mentor_org"] = m["id"]
    w.ids["agreement"] = facilitator.api.ok("POST", f"/api/v1/networks/{n}/agreements", {
        "title": unique("MOU"), "starts_on": "2026-08-01", "ends_on": "2027-06-30", "status": "active",
        "mentor_organization_id": m["id"], "peer_organization_ids": [d, p["id"]],
        "hours": [{"kind": "virtual_coaching", "purchased": 40}], "coach_user_ids": [people["mentor"].id]},
        status=201)["id"]
    entry = new_coaching_entry(w)
    w.ids["coaching_entry"], w.ids["next_step"] = entry["entry_id"], entry["step_id"]
    w.ids["highlight"] = new_highlight(w)["highlight_id"]
    w.ids.update(new_evidence_rows(w))  # issue 12: T's evidence entry, theme and insight
    w.ids["driver_node"] = new_driver_node(w)["node_id"]
    # A file in D's library shared with N (issue 12): N's participants read it; its author (T's lead) and D's admins
    # change it.
    w.ids["resource"] = new_resource(w)["resource"]

    # Another district's lead, in no network with D; a stranger who put D in a network of their own.
    other = people["other_lead"] = server.make_user("otherlead")
    create_team(other, create_org(other, name=unique("Other district"))["id"])
    stranger = people["stranger"] = server.make_user("stranger")
    s = create_org(stranger, name=unique("Stranger org"))
    create_team(stranger, s["id"])
    sn = stranger.api.ok("POST", "/api/v1/networks", {"name": unique("Stranger net"),
                                                      "facilitator_organization_id": s["id"]}, status=201)
    stranger.api.ok("POST", f"/api/v1/networks/{sn['id']}/members", {"organization_id": d, "role": "peer"}, status=201)

    # T's prototype (issue 12, item 3): one version with a cycle that names T's measure.
    w.ids.update(new_prototype(w))
    # A feedback round of T on that version (issue 12, item 4), answered by the lead of a team of peer district P,
    # who accepted: the reviewer reads the round and nothing else of T.
    p_team = create_team(partner, p["id"], name=unique("Peer team"))
    people["reviewer"] = join_by_invitation(partner, mail_sink, f"/api/v1/teams/{p_team['id']}/invitations", "lead",
                                            "reviewer")
    w.ids["feedback_round"] = new_feedback_round(w)

    w.initial_snapshot = w.snapshot()
    return w


PLAN_ITEMS = ("goal", "objective", "activity", "milestone", "task", "barrier")


def new_plan_item(w: World, kind: str) -> int:
    """One item of T's plan (an objective under T's goal), with the marker in its text."""
    lead, t, marker = w.people["lead"].api, w.ids["team"], w.marker
    plan = f"/api/v1/teams/{t}/plan"
    path, body = {
        "goal": ("/goals", {"title": f"Goal {marker}", "lcap_priorities": [4]}),
        "objective": (f"/goals/{w.ids.get('goal_id')}/objectives", {"description": f"Objective {marker}"}),
        "activity": ("/activities", {"area": "use_of_data", "description": f"Activity {marker}"}),
        "milestone": ("/milestones", {"title": f"Milestone {marker}", "due_on": "2030-06-01"}),
        "task": ("/tasks", {"title": f"Task {marker}", "owner_member_id": w.ids["member_row"],
                            "due_on": "2030-05-01"}),
        "barrier": ("/barriers", {"description": f"Barrier {marker}", "response": f"Response {marker}"}),
    }[kind]
    return lead.ok("POST", plan + path, body, status=201)["id"]


def build_plan(w: World):
    """T's plan: a vision and one item of each kind (the DELETE routes remove fresh ones)."""
    w.people["lead"].api.ok("PUT", f"/api/v1/teams/{w.ids['team']}/plan/vision",
                            {"text": f"Vision {w.marker}", "version": 0})
    for kind in PLAN_ITEMS:
        w.ids[f"{kind}_id"] = new_plan_item(w, kind)


def fresh_plan_item(kind: str):
    return lambda w: {f"{kind}_id": new_plan_item(w, kind)}


def new_mapping(w: World) -> int:
    mapping = {"columns": {"district_code": "LEA", "school_code": "Site", "grade": "Gr", "ethnicity": "Race"}}
    return w.people["data_lead"].api.ok("POST", f"/api/v1/organizations/{w.ids['organization']}/data/mappings",
                                        {"name": unique("mapping"), "mapping": mapping}, status=201)["id"]


def new_data_view(w: World) -> int:
    return w.people["lead"].api.ok("POST", f"/api/v1/teams/{w.ids['team']}/guides/{GUIDE}/data-views", {
        "module": "module-0", "section": "c-students", "indicator": "suspension", "year": 2024}, status=201)["id"]


def new_meeting(w: World) -> dict:
    meeting = w.people["lead"].api.ok("POST", f"/api/v1/teams/{w.ids['team']}/meetings",
                                      {"title": "A meeting the walk may close or cancel"}, status=201)
    return {"meeting": meeting["id"]}


def new_member_row(w: World) -> dict:
    row = w.people["lead"].api.ok("POST", f"/api/v1/teams/{w.ids['team']}/members",
                                  {"name": "Someone to remove", "email": unique_email("removable")}, status=201)
    return {"member_row": row["id"]}


def new_token(w: World) -> dict:
    w.people["admin"].api.ok("POST", "/api/v1/tokens", {"name": "walk"}, status=201)
    tokens = w.people["admin"].api.ok("GET", "/api/v1/tokens")["tokens"]
    return {"token_id": max(t["id"] for t in tokens)}


def new_pending_membership(w: World) -> dict:
    """A second network of F's that invites D: D's admin has a pending membership to accept or decline."""
    facilitator = w.people["facilitator"]
    network = facilitator.api.ok("POST", "/api/v1/networks", {
        "name": unique("Invited network"), "facilitator_organization_id": w.ids["facilitator_org"]}, status=201)
    facilitator.api.ok("POST", f"/api/v1/networks/{network['id']}/members",
                       {"organization_id": w.ids["organization"], "role": "peer"}, status=201)
    return {"network_id": network["id"]}


_fresh_days = iter(range(10_000))


def new_measure_point(w: World) -> dict:
    """A point of T's measure on a day of its own (in 2030 and after), for an allowed caller to remove."""
    n = next(_fresh_days)
    date = f"{2030 + n // 336}-{n % 336 // 28 + 1:02d}-{n % 28 + 1:02d}"
    w.people["lead"].api.ok("POST", f"/api/v1/measures/{w.ids['measure']}/points", {"date": date, "value": 3},
                            status=201)
    return {"point_date": date}


def assessment_body(term: str) -> dict:
    areas = ("communication_feedback", "use_of_data", "teacher_learning", "recruitment_retention",
             "families_community", "continuous_improvement")
    return {"term": term, "taken_on": "2026-12-01", "ratings": [{"area": a, "rating": 3} for a in areas]}


def new_assessment(w: World) -> dict:
    """A self-assessment of T of its own, for an allowed caller to remove."""
    made = w.people["lead"].api.ok("POST", f"/api/v1/teams/{w.ids['team']}/assessments",
                                   assessment_body(f"Term {next(_fresh_days)}"), status=201)
    return {"assessment": made["id"]}


def new_coaching_entry(w: World) -> dict:
    """The mentor's coaching of T under N's agreement, with one next step for T (its title without the marker: the
    agreement's readers see the entry, and T's name in it, by design)."""
    made = w.people["mentor"].api.ok("POST", f"/api/v1/agreements/{w.ids['agreement']}/coaching-log", {
        "date": "2026-10-01", "kind": "virtual_coaching", "hours": 1.5, "team_ids": [w.ids["team"]],
        "focus": "Looking at student work", "next_steps": [
            {"team_id": w.ids["team"], "title": "Try the protocol", "due_on": "2030-01-15"}]}, status=201)
    return {"entry_id": made["entry"]["id"], "step_id": made["entry"]["next_steps"][0]["id"]}


def new_highlight(w: World) -> dict:
    """One of N's highlights, written by its facilitator, for an allowed caller to remove."""
    made = w.people["facilitator"].api.ok("POST", f"/api/v1/networks/{w.ids['network']}/highlights",
                                          {"happened_on": "2026-10-01", "text": "Two districts met"}, status=201)
    return {"highlight_id": made["id"]}


def new_evidence_rows(w: World) -> dict:
    """An evidence entry of T, a theme and an insight linked to the entry, for an allowed caller to change or
    remove (issue 12)."""
    lead, team = w.people["lead"].api, w.ids["team"]
    entry = lead.ok("POST", f"/api/v1/teams/{team}/evidence",
                    {"kind": "observation", "happened_on": "2026-10-01", "participants": "a counselor"}, status=201)
    theme = lead.ok("POST", f"/api/v1/teams/{team}/themes", {"name": unique("theme")}, status=201)
    insight = lead.ok("POST", f"/api/v1/teams/{team}/insights",
                      {"statement": "Seen once", "evidence_ids": [entry["id"]]}, status=201)
    return {"evidence_id": entry["id"], "theme_id": theme["id"], "insight_id": insight["id"]}


def new_prototype(w: World, decided: bool = False) -> dict:
    """A prototype of T with a version and a cycle on it; decided (scaled) for the reopen route."""
    lead, t = w.people["lead"].api, w.ids["team"]
    made = lead.ok("POST", f"/api/v1/teams/{t}/prototypes", {
        "title": f"Prototype {w.marker}", "if_we": "meet each new student", "then_what": "they attend",
        "for_whom": "foster youth"}, status=201)
    base = f"/api/v1/teams/{t}/prototypes/{made['id']}"
    version = lead.ok("POST", f"{base}/versions", {"description": "First try"}, status=201)
    cycle = lead.ok("POST", f"{base}/versions/{version['id']}/cycles",
                    {"questions": [{"question": "Do they come?", "prediction": "Most do"}],
                     "measure_ids": [w.ids["measure"]], "starts_on": "2026-09-01"}, status=201)
    if decided:
        lead.ok("PUT", f"{base}/decision", {"status": "scaled", "reasons": "It worked", "version": made["version"]})
    return {"prototype_id": made["id"], "prototype_version_id": version["id"], "cycle_id": cycle["id"]}


def new_feedback_round(w: World) -> int:
    """T's lead asks the reviewer for feedback on T's prototype version; the reviewer accepts."""
    made = w.people["lead"].api.ok("POST", f"/api/v1/teams/{w.ids['team']}/feedback-rounds", {
        "item": {"kind": "prototype_version", "prototype_id": w.ids["prototype_id"],
                 "prototype_version_id": w.ids["prototype_version_id"]},
        "question": "Would this work in your district?", "due_on": "2030-01-15",
        "reviewer_user_ids": [w.people["reviewer"].id]}, status=201)
    w.people["reviewer"].api.ok("PUT", f"/api/v1/feedback-rounds/{made['id']}/response", {"accept": True})
    return made["id"]


def new_driver_node(w: World) -> dict:
    """A primary driver of T's driver diagram, with the marker in its text, for an allowed caller to remove."""
    made = w.people["lead"].api.ok("POST", f"/api/v1/teams/{w.ids['team']}/drivers",
                                   {"kind": "primary", "text": f"Driver {w.marker}"}, status=201)
    return {"node_id": made["id"]}


def new_resource(w: World) -> dict:
    """A file of D's library, written by T's lead and shared with N (its title without the marker: N reads it)."""
    lead = w.people["lead"].api
    made = lead.ok("POST", "/api/v1/resources", {
        "organization_id": w.ids["organization"], "kind": "file", "title": "Referral flow", "share_scope": "network",
        "share_id": w.ids["network"]}, status=201)
    lead.ok("PUT", f"/api/v1/resources/{made['id']}/file?name=flow.txt", data=b"Tier 1, tier 2, tier 3\n",
            headers={"Content-Type": "text/plain"})
    return {"resource": made["id"]}


def rejoin_network(w: World):
    """After D's membership was ended by an allowed caller, D is invited again and its admin accepts."""
    add_to_network(w.people["facilitator"], w.ids["network"], w.ids["organization"], "peer", w.people["admin"])


# Writes that act without a body: an allowed caller acts on a fresh target (and the world is put back after).
FRESH_TARGETS = {
    ("POST", "/api/v1/meetings/{id}/cancel"): new_meeting,
    ("POST", "/api/v1/meetings/{id}/close"): new_meeting,
    ("DELETE", "/api/v1/teams/{id}/members/{member_id}"): new_member_row,
    ("DELETE", "/api/v1/tokens/{id}"): new_token,
    ("DELETE", "/api/v1/organizations/{id}/data/mappings/{mapping_id}"): lambda w: {"mapping": new_mapping(w)},
    ("DELETE", "/api/v1/teams/{id}/guides/{guide}/data-views/{view_id}"): lambda w: {"data_view": new_data_view(w)},
    ("DELETE", "/api/v1/networks/{id}/members/{organization_id}"): lambda w: {"restore": rejoin_network},
    ("DELETE", "/api/v1/measures/{id}/points/{date}"): new_measure_point,
    ("DELETE", "/api/v1/teams/{id}/plan/goals/{goal_id}"): fresh_plan_item("goal"),
    ("DELETE", "/api/v1/teams/{id}/plan/objectives/{objective_id}"): fresh_plan_item("objective"),
    ("DELETE", "/api/v1/teams/{id}/plan/activities/{activity_id}"): fresh_plan_item("activity"),
    ("DELETE", "/api/v1/teams/{id}/plan/milestones/{milestone_id}"): fresh_plan_item("milestone"),
    ("DELETE", "/api/v1/teams/{id}/plan/tasks/{task_id}"): fresh_plan_item("task"),
    ("DELETE", "/api/v1/teams/{id}/plan/barriers/{barrier_id}"): fresh_plan_item("barrier"),
    ("DELETE", "/api/v1/teams/{id}/assessments/{assessment_id}"): new_assessment,
    ("DELETE", "/api/v1/agreements/{agreement_id}/coaching-log/{entry_id}"): new_coaching_entry,
    ("DELETE", "/api/v1/networks/{id}/highlights/{highlight_id}"): new_highlight,
    ("DELETE", "/api/v1/teams/{id}/drivers/{node_id}"): new_driver_node,
    ("DELETE", "/api/v1/resources/{id}"): new_resource,
    ("POST", "/api/v1/organizations/{id}/network-memberships/{network_id}/accept"): new_pending_membership,
    ("POST", "/api/v1/organizations/{id}/network-memberships/{network_id}/decline"): new_pending_membership,
    ("DELETE", "/api/v1/teams/{id}/evidence/{evidence_id}"): new_evidence_rows,
    ("DELETE", "/api/v1/teams/{id}/themes/{theme_id}"): new_evidence_rows,
    ("DELETE", "/api/v1/teams/{id}/insights/{insight_id}"): new_evidence_rows,
    ("DELETE", "/api/v1/teams/{id}/prototypes/{prototype_id}"): new_prototype,
    ("DELETE", "/api/v1/teams/{id}/prototypes/{prototype_id}/decision"): lambda w: new_prototype(w, decided=True),
}
# Writes without a body that touch only the caller's own things (their session, their calendar feed).
SELF_SCOPED = {("DELETE", "/api/v1/session"), ("POST", "/api/v1/me/calendar-feed"),
               ("DELETE", "/api/v1/me/calendar-feed"),
               # An unknown sign-in link: 410 for everyone, nothing changes.
               ("POST", "/api/v1/sign-in-links/{token}")}


def sharing_minutes(w: World) -> dict:
    """T shares its minutes with N, its peers included, while the read is checked (T shares nothing in the world
    otherwise)."""
    path = f"/api/v1/teams/{w.ids['team']}/network-sharing"
    w.people["lead"].api.ok("PUT", path, {"kinds": ["minutes", "peers"]})
    return {"restore": lambda world: world.people["lead"].api.ok("PUT", path, {"kinds": []})}


# Reads that answer only once T has shared something: the world is put back after each caller.
PREPARED_READS = {("GET", "/api/v1/networks/{id}/minutes/{meeting_id}"): sharing_minutes}

# Routes that need another object than the usual one, or a query, to answer as they do for real.
ROUTE_IDS = {("GET", "/api/v1/meetings/{id}/minutes"): {"meeting": "closed_meeting"},
             ("POST", "/api/v1/meetings/{id}/minutes/amendments"): {"meeting": "closed_meeting"}}
QUERIES = {("GET", "/api/v1/organizations/{id}/data/analysis"): "?indicator=suspension&year=2024",
           ("GET", "/api/v1/teams/{id}/report"): "?from=2026-01-01&to=2030-12-31",
           ("GET", "/api/v1/teams/{id}/report.xlsx"): "?from=2026-01-01&to=2030-12-31",
           ("GET", "/api/v1/networks/{id}/report"): "?from=2026-01-01&to=2030-12-31",
           ("GET", "/api/v1/networks/{id}/report.xlsx"): "?from=2026-01-01&to=2030-12-31"}


def fill_path(route: dict, w: World, target: dict) -> str:
    """The route's pattern with D's, T's and N's ids (or the fresh target's), and its query."""
    key = (route["method"], route["pattern"])
    return fill_pattern(route["pattern"], w, target, ROUTE_IDS.get(key, {})) + QUERIES.get(key, "")


def fill_pattern(pattern: str, w: World, target: dict, aliases: dict) -> str:
    ids = {**w.ids, **{name: w.ids[other] for name, other in aliases.items()},
           **{k: v for k, v in target.items() if k not in ("no_body", "acts", "restore")}}
    if pattern.startswith("/calendar/"):
        return w.ids["calendar_path"]
    if "/api/v1/live" in pattern:
        return pattern.replace("{id}", str(ids["meeting"]))
    first = {"organizations": ids["organization"], "networks": ids["network"], "teams": ids["team"],
             "meetings": ids["meeting"], "action-items": ids["action_item"], "tokens": ids["token_id"],
             "invitations": ids["invitation_token"], "sign-in-links": "not-a-sign-in-link",
             "measures": ids["measure"], "agreements": ids["agreement"],
             "unsubscribe": "matrix-unknown-token",  # public; an unknown token answers 400
             "directory": ids["organization"],  # D's public profile: any signed-in person reads it
             "resources": ids["resource"], "feedback-rounds": ids["feedback_round"]}
    m = re.match(r"^/api/v1/([a-z-]+)/\{(\w+)\}", pattern)
    out = pattern
    if m:
        assert m.group(1) in first, f"the matrix does not know the resource of {pattern}: add it to fill_path"
        out = out.replace("{" + m.group(2) + "}", str(first[m.group(1)]), 1)
    replacements = {"{member_id}": ids["member_row"], "{organization_id}": ids["organization"],
                    "{agenda_item_id}": ids["agenda_item"], "{decision_id}": ids["decision"], "{guide}": GUIDE,
                    "{module}": "module-0", "{mapping_id}": ids["mapping"], "{view_id}": ids["data_view"],
                    "{network_id}": ids.get("network_id", ids["network"]),
                    "{section}": "a-team", "{date}": ids.get("point_date", "2026-09-01"),
                    "{sheet}": "points",
                    **{"{" + k + "_id}": ids[f"{k}_id"] for k in PLAN_ITEMS},
                    "{assessment_id}": ids["assessment"], "{agreement_id}": ids["agreement"],
                    "{entry_id}": ids.get("entry_id", ids["coaching_entry"]), "{step_id}": ids["next_step"],
                    "{highlight_id}": ids.get("highlight_id", ids["highlight"]),
                    "{node_id}": ids.get("node_id", ids["driver_node"]),
                    "{item}": "who-is-missing" if "/answer" in pattern else "perspectives", "{entry}": "families",
                    "{meeting_id}": ids["closed_meeting"], "{item_id}": ids["outreach_item"],
                    "{user_id}": w.people["member"].id,
                    "{evidence_id}": ids["evidence_id"], "{theme_id}": ids["theme_id"],
                    "{insight_id}": ids["insight_id"],
                    "{prototype_id}": ids["prototype_id"], "{prototype_version_id}": ids["prototype_version_id"],
                    "{cycle_id}": ids["cycle_id"]}
    for name, value in replacements.items():
        out = out.replace(name, str(value))
    assert "{" not in out, f"the matrix does not know how to fill {pattern}: add it to fill_path"
    return out
