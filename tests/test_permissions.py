"""The permission walk: every route of docs/openapi.json, called on organization A's objects by people who
must not see or change them, then everything read back by A's admin to prove nothing changed or leaked."""
import re
import uuid

import pytest

from trellis_helpers import (add_member, create_org, create_team, describe, invite,
                             join_team_via_invitation, load_openapi, unique)

METHODS = ("get", "post", "put", "patch", "delete")


def operations():
    doc = load_openapi()
    ops = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            security = op.get("security", doc.get("security", []))
            public = security == [] or {} in security
            ops.append((method.upper(), path, public))
    return ops


class World:
    pass


@pytest.fixture(scope="module")
def world(server):
    w = World()
    w.server = server
    w.marker = "a1mark" + uuid.uuid4().hex[:10]  # appears in everything of team A1, and nowhere else
    w.admin_a = server.make_user("adminA")
    w.org_a = create_org(w.admin_a, name=unique("OrgA"), grade_spans=["elementary", "middle", "high"])
    w.peer = create_org(w.admin_a, name=unique("PeerP"))
    w.team_a1 = create_team(w.admin_a, w.org_a["id"], name=f"Team A1 {w.marker}", focus=f"focus {w.marker}")
    w.member_a1 = add_member(w.admin_a, w.team_a1["id"], name=f"Maria {w.marker}",
                             email_addr=f"{w.marker}-maria@test.example", perspectives=["families"],
                             skills=[f"skill {w.marker}"])
    w.outreach_a1 = w.admin_a.api.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/outreach-items",
                                     {"gap_kind": "perspective", "gap_key": "students",
                                      "title": f"Outreach {w.marker}"}, status=201)
    _, w.pending_invitation = invite(w.admin_a, f"/api/v1/teams/{w.team_a1['id']}/invitations",
                                     f"{w.marker}-pending@test.example", "member")
    w.team_a2 = create_team(w.admin_a, w.org_a["id"], name=unique("Team A2"))
    w.a2_member = join_team_via_invitation(w.admin_a, w.team_a2["id"], prefix="a2member")
    w.net = w.admin_a.api.ok("POST", "/api/v1/networks", {"name": unique("NetA"),
                                                          "facilitator_organization_id": w.org_a["id"]}, status=201)
    w.admin_a.api.ok("POST", f"/api/v1/networks/{w.net['id']}/members",
                     {"organization_id": w.peer["id"], "role": "peer"}, status=201)
    w.highlight = w.admin_a.api.ok("POST", f"/api/v1/networks/{w.net['id']}/highlights",
                                   {"happened_on": "2026-10-01", "text": "The network met"}, status=201)
    w.driver_a1 = w.admin_a.api.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/drivers",
                                   {"kind": "primary", "text": f"Driver {w.marker}"}, status=201)
    # A resource of A's library shared with team A1 only (issue 12).
    w.resource = w.admin_a.api.ok("POST", "/api/v1/resources", {
        "organization_id": w.org_a["id"], "kind": "note", "title": f"Note {w.marker}", "body": f"Body {w.marker}",
        "share_scope": "team", "share_id": w.team_a1["id"]}, status=201)
    tokens = w.admin_a.api.ok("GET", "/api/v1/tokens")["tokens"]
    assert len(tokens) == 1, tokens
    w.token_a_id = tokens[0]["id"]
    w.admin_b = server.make_user("adminB")
    w.org_b = create_org(w.admin_b, name=unique("OrgB"))
    w.team_b1 = create_team(w.admin_b, w.org_b["id"], name=unique("Team B1"))
    # A meeting of team A1 with an agenda item, a decision and an action item (issue 3).
    w.meeting_a1 = w.admin_a.api.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/meetings", {
        "title": f"Meeting {w.marker}", "agenda": [{"title": f"Item {w.marker}", "minutes": 10, "kind": "discussion"}]},
        status=201)
    w.agenda_item_a1 = w.meeting_a1["agenda"][-1]["id"]
    w.decision_a1 = w.admin_a.api.ok("POST", f"/api/v1/meetings/{w.meeting_a1['id']}/decisions",
                                     {"text": f"Decision {w.marker}"}, status=201)
    w.action_item_a1 = w.admin_a.api.ok("POST", f"/api/v1/meetings/{w.meeting_a1['id']}/action-items",
                                        {"title": f"Action {w.marker}", "owner_id": w.member_a1["id"],
                                         "due": "2030-01-31"}, status=201)
    # Team A1 works through Module 0 (issue 4).
    w.admin_a.api.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/guides", {"guide": "world-languages-module-0"}, status=201)
    w.admin_a.api.ok("PUT", f"/api/v1/teams/{w.team_a1['id']}/guides/world-languages-module-0/modules/module-0/sections/"
                            "a-team/items/who-is-missing/answer", {"text": f"Answer {w.marker}", "version": 0})
    # ... and measures chronic absence (issue 13).
    w.measure_a1 = w.admin_a.api.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/measures",
                                    {"name": f"Measure {w.marker}", "unit": "%", "direction": "lower_is_better"},
                                    status=201)
    w.admin_a.api.ok("POST", f"/api/v1/measures/{w.measure_a1['id']}/points", {"date": "2026-09-01", "value": 30},
                     status=201)
    # ... and has a plan (issue 13): one item of each kind, each with the marker.
    plan = f"/api/v1/teams/{w.team_a1['id']}/plan"
    a = w.admin_a.api
    a.ok("PUT", f"{plan}/vision", {"text": f"Vision {w.marker}", "version": 0})
    w.plan = {"goal": a.ok("POST", f"{plan}/goals", {"title": f"Goal {w.marker}"}, status=201)}
    w.plan["objective"] = a.ok("POST", f"{plan}/goals/{w.plan['goal']['id']}/objectives",
                               {"description": f"Objective {w.marker}"}, status=201)
    w.plan["activity"] = a.ok("POST", f"{plan}/activities", {"area": "use_of_data", "description": f"A {w.marker}"},
                              status=201)
    w.plan["milestone"] = a.ok("POST", f"{plan}/milestones", {"title": f"M {w.marker}", "due_on": "2030-01-01"},
                               status=201)
    w.plan["task"] = a.ok("POST", f"{plan}/tasks", {"title": f"Task {w.marker}", "owner_member_id": w.member_a1["id"]},
                          status=201)
    w.plan["barrier"] = a.ok("POST", f"{plan}/barriers", {"description": f"B {w.marker}"}, status=201)
    # ... and assesses its implementation each term (issue 13).
    w.assessment_a1 = w.admin_a.api.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/assessments", {
        "term": "Fall 2026", "taken_on": "2026-12-01",
        "ratings": [{"area": a, "rating": 3, "evidence": "notes"} for a in ASSESSMENT_AREAS]}, status=201)
    # ... and is a peer of an agreement (issue 11) that another facilitator of A's admin made with mentor M: one
    # coaching entry served team A2 (not A1: the agreement's readers see the names of the teams served).
    f2 = create_org(w.admin_a, name=unique("FacilitatorF2"), kind="intermediary")
    mentor = create_org(w.admin_a, name=unique("MentorM"))
    net2 = a.ok("POST", "/api/v1/networks", {"name": unique("NetF2"), "facilitator_organization_id": f2["id"]},
                status=201)["id"]
    for org, role in ((w.org_a, "peer"), (mentor, "mentor")):
        a.ok("POST", f"/api/v1/networks/{net2}/members", {"organization_id": org["id"], "role": role}, status=201)
    w.agreement = a.ok("POST", f"/api/v1/networks/{net2}/agreements", {
        "title": "MOU", "starts_on": "2026-08-01", "ends_on": "2027-06-30", "mentor_organization_id": mentor["id"],
        "peer_organization_ids": [w.org_a["id"]], "hours": [{"kind": "site_visit", "purchased": 10}]}, status=201)
    w.coaching = a.ok("POST", f"/api/v1/agreements/{w.agreement['id']}/coaching-log", {
        "date": "2026-10-01", "kind": "site_visit", "hours": 2, "team_ids": [w.team_a2["id"]], "focus": "Visit",
        "next_steps": [{"team_id": w.team_a2["id"], "title": "Step", "due_on": "2030-01-01"}]}, status=201)["entry"]
    # Team A1's discovery evidence (issue 12): an entry, a theme and an insight on it.
    entry = a.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/evidence",
                 {"kind": "empathy_interview", "happened_on": "2026-10-01", "notes": f"Notes {w.marker}"}, status=201)
    w.evidence = {"entry": entry,
                  "theme": a.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/themes", {"name": f"Theme {w.marker}"},
                                status=201),
                  "insight": a.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/insights",
                                  {"statement": f"Insight {w.marker}", "evidence_ids": [entry["id"]]}, status=201)}
    # Team A1's prototype (issue 12, item 3): a version with a cycle naming A1's measure.
    base = f"/api/v1/teams/{w.team_a1['id']}/prototypes"
    w.prototype_a1 = w.admin_a.api.ok("POST", base, {"title": f"Prototype {w.marker}", "if_we": "a", "then_what": "b",
                                                     "for_whom": "c"}, status=201)
    w.prototype_version_a1 = w.admin_a.api.ok("POST", f"{base}/{w.prototype_a1['id']}/versions",
                                              {"description": "v1"}, status=201)
    w.cycle_a1 = w.admin_a.api.ok("POST", f"{base}/{w.prototype_a1['id']}/versions/{w.prototype_version_a1['id']}"
                                  "/cycles", {"measure_ids": [w.measure_a1["id"]]}, status=201)
    # A feedback round of team A1 on that version (issue 12, item 4), asking a member of a team of peer P.
    p_team = create_team(w.admin_a, w.peer["id"], name=unique("Team P"))
    w.reviewer = join_team_via_invitation(w.admin_a, p_team["id"], prefix="reviewer")
    w.feedback_round = w.admin_a.api.ok("POST", f"/api/v1/teams/{w.team_a1['id']}/feedback-rounds", {
        "item": {"kind": "prototype_version", "prototype_id": w.prototype_a1["id"],
                 "prototype_version_id": w.prototype_version_a1["id"]},
        "question": f"Question {w.marker}", "due_on": "2030-01-15", "reviewer_user_ids": [w.reviewer.id]},
        status=201)
    # Re-read what the walk needs the current versions of.
    w.org_a = w.admin_a.api.ok("GET", f"/api/v1/organizations/{w.org_a['id']}")
    w.team_a1 = w.admin_a.api.ok("GET", f"/api/v1/teams/{w.team_a1['id']}")
    return w


def snapshot(w):
    a = w.admin_a.api
    org, team, net = w.org_a["id"], w.team_a1["id"], w.net["id"]
    return {
        "org": a.ok("GET", f"/api/v1/organizations/{org}"),
        "org_members": a.ok("GET", f"/api/v1/organizations/{org}/members"),
        "org_teams": a.ok("GET", f"/api/v1/organizations/{org}/teams"),
        "peer": a.ok("GET", f"/api/v1/organizations/{w.peer['id']}"),
        "team": a.ok("GET", f"/api/v1/teams/{team}"),
        "representation": a.ok("GET", f"/api/v1/teams/{team}/representation"),
        "outreach": a.ok("GET", f"/api/v1/teams/{team}/outreach-items"),
        "team_a2": a.ok("GET", f"/api/v1/teams/{w.team_a2['id']}"),
        "network": a.ok("GET", f"/api/v1/networks/{net}"),
        "tokens": sorted((t["id"], t["name"]) for t in a.ok("GET", "/api/v1/tokens")["tokens"]),
        "perspectives": a.ok("GET", "/api/v1/perspectives"),
        "networks_of_b": w.admin_b.api.ok("GET", "/api/v1/networks"),
        "library": a.ok("GET", f"/api/v1/resources/{w.resource['id']}"),
        "meeting": a.ok("GET", f"/api/v1/meetings/{w.meeting_a1['id']}"),
        "meeting_settings": a.ok("GET", f"/api/v1/teams/{team}/meeting-settings"),
        "meetings": a.ok("GET", f"/api/v1/teams/{team}/meetings"),
        "guide_progress": a.ok("GET", f"/api/v1/teams/{team}/guides/world-languages-module-0"),
        "team_guides": a.ok("GET", f"/api/v1/teams/{team}/guides"),
        "measure": a.ok("GET", f"/api/v1/measures/{w.measure_a1['id']}"),
        "plan": a.ok("GET", f"/api/v1/teams/{team}/plan"),
        "my_work": a.ok("GET", "/api/v1/me/action-items"),
        "assessments": a.ok("GET", f"/api/v1/teams/{team}/assessments"),
        "assessment_criteria": a.ok("GET", f"/api/v1/teams/{team}/assessment-criteria/history"),
        "data": a.ok("GET", f"/api/v1/organizations/{org}/data"),
        "data_views": a.ok("GET", f"/api/v1/teams/{team}/guides/world-languages-module-0/data-views"),
        "teachers": a.ok("GET", f"/api/v1/organizations/{org}/teachers"),
        "agreement": a.ok("GET", f"/api/v1/agreements/{w.agreement['id']}"),
        "coaching_log": a.ok("GET", f"/api/v1/agreements/{w.agreement['id']}/coaching-log"),
        "team_a2_coaching": a.ok("GET", f"/api/v1/teams/{w.team_a2['id']}/coaching"),
        "network_meetings": a.ok("GET", f"/api/v1/networks/{net}/meetings"),
        "meeting_invitations": a.ok("GET", f"/api/v1/meetings/{w.meeting_a1['id']}/invitations"),
        "expertise": a.ok("GET", f"/api/v1/organizations/{org}/expertise"),
        "need": a.ok("GET", f"/api/v1/teams/{team}/need"),
        "highlights": a.ok("GET", f"/api/v1/networks/{net}/report?from=2026-01-01&to=2026-12-31")["highlights"],
        "evidence": a.ok("GET", f"/api/v1/teams/{team}/evidence"),
        "prototype": a.ok("GET", f"/api/v1/teams/{team}/prototypes/{w.prototype_a1['id']}"),
        "problem": a.ok("GET", f"/api/v1/teams/{team}/problem"),
        "feedback_round": a.ok("GET", f"/api/v1/feedback-rounds/{w.feedback_round['id']}"),
    }


def concrete(path, w):
    """Fill a path template with the ids of organization A's objects (team A1, its member, A's network...)."""
    ids = {"organizations": w.org_a["id"], "networks": w.net["id"], "teams": w.team_a1["id"],
           "tokens": w.token_a_id, "invitations": w.pending_invitation, "meetings": w.meeting_a1["id"],
           "action-items": w.action_item_a1["id"], "measures": w.measure_a1["id"],
           "agreements": w.agreement["id"], "directory": w.org_a["id"], "resources": w.resource["id"],
           "feedback-rounds": w.feedback_round["id"]}
    m = re.match(r"^/api/v1/([a-z-]+)/\{(\w+)\}", path)
    out = path
    if m and m.group(1) in ids:
        out = out.replace("{" + m.group(2) + "}", str(ids[m.group(1)]), 1)
    out = out.replace("{member_id}", str(w.member_a1["id"])).replace("{organization_id}", str(w.peer["id"]))
    out = out.replace("{network_id}", str(w.net["id"])).replace("{highlight_id}", str(w.highlight["id"]))
    out = out.replace("{agenda_item_id}", str(w.agenda_item_a1)).replace("{decision_id}", str(w.decision_a1["id"]))
    out = out.replace("{guide}", "world-languages-module-0").replace("{module}", "module-0")
    out = out.replace("{section}", "a-team").replace("{item}", "who-is-missing" if "/answer" in path else "perspectives")
    out = out.replace("{entry}", "families").replace("{mapping_id}", "1").replace("{view_id}", "1")
    out = out.replace("{date}", "2026-09-01")
    out = out.replace("{sheet}", "points")
    for kind, item in w.plan.items():
        out = out.replace("{" + kind + "_id}", str(item["id"]))
    out = out.replace("{date}", "2026-09-01").replace("{assessment_id}", str(w.assessment_a1["id"]))
    out = out.replace("{entry_id}", str(w.coaching["id"])).replace("{step_id}", str(w.coaching["next_steps"][0]["id"]))
    out = out.replace("{meeting_id}", str(w.meeting_a1["id"])).replace("{item_id}", str(w.outreach_a1["id"]))
    out = out.replace("{node_id}", str(w.driver_a1["id"]))
    out = out.replace("{user_id}", str(w.admin_a.id))  # an outsider trying to demote organization A's admin
    out = out.replace("{evidence_id}", str(w.evidence["entry"]["id"])).replace(
        "{theme_id}", str(w.evidence["theme"]["id"])).replace("{insight_id}", str(w.evidence["insight"]["id"]))
    out = out.replace("{prototype_id}", str(w.prototype_a1["id"])).replace("{cycle_id}", str(w.cycle_a1["id"]))
    out = out.replace("{prototype_version_id}", str(w.prototype_version_a1["id"]))
    assert "{" not in out, f"the walk does not know how to fill {path}: add it to concrete()"
    if out.endswith(("/report", "/report.xlsx")):
        out += "?from=2026-01-01&to=2026-12-31"  # a report answers for a period; without one it is 422
    return out


ASSESSMENT_AREAS = ("communication_feedback", "use_of_data", "teacher_learning", "recruitment_retention",
                    "families_community", "continuous_improvement")


def hacked_assessment():
    return {"term": "HACKED", "taken_on": "2026-12-02",
            "ratings": [{"area": a, "rating": 5, "evidence": "HACKED"} for a in ASSESSMENT_AREAS]}


def body_for(method, path, w, own_org_id):
    walk_email = f"walk-{uuid.uuid4().hex[:8]}@test.example"
    w.walk_emails.append(walk_email)
    bodies = {
        ("POST", "/api/v1/tokens"): {"name": "walk"},
        ("POST", "/api/v1/perspectives"): {"key": "walk_" + uuid.uuid4().hex[:8], "label_en": "Walk",
                                           "label_es": "Walk"},
        ("POST", "/api/v1/organizations"): {"name": "HACKED org", "kind": "district"},
        ("PATCH", "/api/v1/organizations/{id}"): {"name": "HACKED", "version": w.org_a["version"]},
        ("PUT", "/api/v1/organizations/{id}/expertise"): {"expertise": [{"topic": "mtss", "note": "HACKED"}]},
        ("PUT", "/api/v1/teams/{id}/need"): {"topics": ["mtss"], "description": "HACKED"},
        ("POST", "/api/v1/organizations/{id}/teams"): {"name": "HACKED team"},
        ("POST", "/api/v1/organizations/{id}/invitations"): {"email": walk_email, "role": "admin"},
        ("POST", "/api/v1/networks"): {"name": "HACKED net", "facilitator_organization_id": w.org_a["id"]},
        ("POST", "/api/v1/networks/{id}/members"): {"organization_id": own_org_id, "role": "mentor"},
        ("PATCH", "/api/v1/networks/{id}"): {"name": "HACKED net", "version": w.net["version"]},
        ("POST", "/api/v1/networks/{id}/highlights"): {"happened_on": "2026-10-02", "text": "HACKED"},
        ("PATCH", "/api/v1/networks/{id}/highlights/{highlight_id}"): {"text": "HACKED", "version": 1},
        ("PUT", "/api/v1/teams/{id}/problem"): {"who_is_failed": "HACKED", "version": 0},
        ("POST", "/api/v1/teams/{id}/drivers"): {"kind": "primary", "text": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/drivers/{node_id}"): {"text": "HACKED", "version": 1},
        ("PATCH", "/api/v1/organizations/{id}/members/{user_id}"): {"role": "member"},
        ("POST", "/api/v1/organizations/{id}/network-memberships/{network_id}/accept"): None,
        ("POST", "/api/v1/organizations/{id}/network-memberships/{network_id}/decline"): None,
        # An outsider who typed the district's name still deletes nothing.
        ("POST", "/api/v1/organizations/{id}/data/delete"): {"confirm": w.org_a["name"]},
        ("PATCH", "/api/v1/teams/{id}"): {"name": "HACKED", "version": w.team_a1["version"]},
        ("POST", "/api/v1/teams/{id}/members"): {"name": "HACKED", "email": walk_email, "role": "lead"},
        ("PATCH", "/api/v1/teams/{id}/members/{member_id}"): {"name": "HACKED", "version": w.member_a1["version"]},
        ("POST", "/api/v1/teams/{id}/outreach-items"): {"gap_kind": "perspective", "gap_key": "community_partners"},
        ("PATCH", "/api/v1/teams/{id}/outreach-items/{item_id}"): {"status": "done", "version": w.outreach_a1["version"]},
        ("POST", "/api/v1/teams/{id}/invitations"): {"email": walk_email, "role": "lead"},
        ("PUT", "/api/v1/teams/{id}/meeting-settings"): {"discussion_share_percent": 90},
        ("POST", "/api/v1/teams/{id}/meetings"): {"title": "HACKED meeting"},
        ("PATCH", "/api/v1/meetings/{id}"): {"title": "HACKED", "version": w.meeting_a1["version"]},
        ("POST", "/api/v1/meetings/{id}/cancel"): None,
        ("POST", "/api/v1/meetings/{id}/close"): None,
        ("POST", "/api/v1/meetings/{id}/minutes/amendments"): {"text": "HACKED"},
        ("PUT", "/api/v1/meetings/{id}/attendance/{member_id}"): {"status": "absent"},
        ("PUT", "/api/v1/meetings/{id}/notes/{agenda_item_id}"): {"text": "HACKED"},
        ("POST", "/api/v1/meetings/{id}/decisions"): {"text": "HACKED"},
        ("PATCH", "/api/v1/meetings/{id}/decisions/{decision_id}"): {"text": "HACKED", "version": 1},
        ("POST", "/api/v1/meetings/{id}/action-items"): {"title": "HACKED", "owner_id": w.member_a1["id"],
                                                         "due": "2030-01-31"},
        ("PATCH", "/api/v1/action-items/{id}"): {"status": "dropped", "version": 1},
        ("PATCH", "/api/v1/me/notification-settings"): {"digest": "weekly"},
        ("POST", "/api/v1/me/calendar-feed"): None,
        ("POST", "/api/v1/teams/{id}/meeting-plan"): {"guide": "world-languages-module-0", "module": "module-0",
                                                      "sections": ["a-team"], "meeting_minutes": 60},
        ("POST", "/api/v1/teams/{id}/meeting-plan/create"): {"meetings": [{"title": "HACKED", "duration_minutes": 60}]},
        ("POST", "/api/v1/teams/{id}/guides"): {"guide": "discovery-to-scale"},
        ("PUT", "/api/v1/teams/{id}/guides/{guide}/modules/{module}/sections/{section}/status"): {"status": "complete"},
        ("PUT", "/api/v1/teams/{id}/guides/{guide}/modules/{module}/sections/{section}/items/{item}/answer"):
            {"text": "HACKED", "version": 1},
        ("PUT", "/api/v1/teams/{id}/guides/{guide}/modules/{module}/sections/{section}/items/{item}/entries/{entry}"):
            {"checked": True, "note": "HACKED"},
        ("PUT", "/api/v1/teams/{id}/guides/{guide}/modules/{module}/sections/{section}/items/{item}/ranking"):
            {"entries": [], "version": 0},
        ("POST", "/api/v1/teams/{id}/measures"): {"name": "HACKED", "unit": "%", "direction": "lower_is_better"},
        ("PATCH", "/api/v1/measures/{id}"): {"baseline_points": 1, "version": w.measure_a1["version"]},
        ("PUT", "/api/v1/teams/{id}/network-sharing"): {"kinds": ["progress", "meetings"]},
        ("POST", "/api/v1/measures/{id}/points"): {"date": "2031-01-01", "value": 99, "note": "HACKED"},
        ("PUT", "/api/v1/measures/{id}/points/{date}"): {"value": 99, "note": "HACKED", "astronomical": True},
        ("POST", "/api/v1/measures/{id}/points/import"): {"HACKED": True},
        ("POST", "/api/v1/measures/{id}/points/from-data-view"): {"view_id": 1, "group": "ALL"},
        ("POST", "/api/v1/teams/{id}/assessments"): hacked_assessment(),
        ("PATCH", "/api/v1/teams/{id}/assessments/{assessment_id}"): {**hacked_assessment(),
                                                                       "version": w.assessment_a1["version"]},
        ("PUT", "/api/v1/teams/{id}/assessment-criteria"): {"version": 0, "criteria": [
            {"description": "HACKED", "threshold": 1, "unit": "%"}]},
        ("POST", "/api/v1/organizations/{id}/data/imports"): {"HACKED": True},
        ("PUT", "/api/v1/teams/{id}/plan/vision"): {"text": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/plan/goals"): {"title": "HACKED", "lcap_priorities": [1]},
        ("PATCH", "/api/v1/teams/{id}/plan/goals/{goal_id}"): {"title": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/plan/goals/{goal_id}/objectives"): {"description": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/plan/objectives/{objective_id}"): {"description": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/plan/activities"): {"area": "use_of_data", "description": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/plan/activities/{activity_id}"): {"description": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/plan/milestones"): {"title": "HACKED", "due_on": "2031-01-01"},
        ("PATCH", "/api/v1/teams/{id}/plan/milestones/{milestone_id}"): {"title": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/plan/tasks"): {"title": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/plan/tasks/{task_id}"): {"title": "HACKED", "status": "done", "version": 1},
        ("POST", "/api/v1/teams/{id}/plan/barriers"): {"description": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/plan/barriers/{barrier_id}"): {"description": "HACKED", "version": 1},
        ("POST", "/api/v1/action-items/{id}/promote"): {"area": "use_of_data"},
        ("POST", "/api/v1/networks/{id}/agreements"): {
            "title": "HACKED", "starts_on": "2026-08-01", "ends_on": "2027-06-30", "mentor_organization_id": own_org_id,
            "peer_organization_ids": [own_org_id], "hours": []},
        ("PATCH", "/api/v1/agreements/{agreement_id}"): {"title": "HACKED", "version": 1},
        ("POST", "/api/v1/agreements/{agreement_id}/coaching-log"): {
            "date": "2026-10-01", "kind": "site_visit", "hours": 1, "team_ids": [w.team_a2["id"]], "focus": "HACKED"},
        ("PATCH", "/api/v1/agreements/{agreement_id}/coaching-log/{entry_id}"): {"focus": "HACKED", "version": 1},
        # A network meeting that would invite the outsider's own organization, and its logging as coaching hours.
        ("POST", "/api/v1/networks/{id}/meetings"): {"title": "HACKED", "invitations": [{"organization_id": own_org_id}]},
        ("PUT", "/api/v1/meetings/{id}/invitations"): {"invitations": [{"organization_id": own_org_id}]},
        ("POST", "/api/v1/meetings/{id}/coaching-log"): {"agreement_id": w.agreement["id"]},
        ("POST", "/api/v1/teams/{id}/coaching/next-steps/{step_id}/accept"): {},
        ("POST", "/api/v1/teams/{id}/coaching/next-steps/{step_id}/decline"): {"reason": "HACKED"},
        ("PUT", "/api/v1/organizations/{id}/data/counts"): {"year": 2024, "indicator": "hacked",
                                                            "direction": "lower_is_better",
                                                            "groups": [{"group": "ALL", "denominator": 9,
                                                                        "numerator": 1}]},
        ("PUT", "/api/v1/organizations/{id}/data/settings"): {"version": 0, "suppress_at_most": 50},
        ("PUT", "/api/v1/organizations/{id}/data/shares"): {"indicator": "hacked", "year": 2024, "shared": True},
        ("POST", "/api/v1/organizations/{id}/data/mappings"): {"name": "HACKED", "mapping": {}},
        ("POST", "/api/v1/organizations/{id}/data/mappings/suggest"): {"header": ["LEA"]},
        ("PUT", "/api/v1/organizations/{id}/data/mappings/{mapping_id}"): {"name": "HACKED", "mapping": {},
                                                                           "version": 1},
        ("PUT", "/api/v1/organizations/{id}/teachers/me"): {"version": 0, "name": "HACKED"},
        ("POST", "/api/v1/teams/{id}/guides/{guide}/data-views"): {"module": "module-0", "section": "c-students",
                                                                    "indicator": "hacked", "year": 2024},
        # Team A1's discovery evidence (issue 12).
        ("POST", "/api/v1/teams/{id}/evidence"): {"kind": "observation", "happened_on": "2026-10-02", "notes": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/evidence/{evidence_id}"): {"notes": "HACKED", "version": 1},
        ("PUT", "/api/v1/teams/{id}/evidence/{evidence_id}/themes"): {"theme_ids": [], "version": 1},
        ("POST", "/api/v1/teams/{id}/themes"): {"name": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/themes/{theme_id}"): {"name": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/insights"): {"statement": "HACKED", "evidence_ids": [w.evidence["entry"]["id"]]},
        ("PATCH", "/api/v1/teams/{id}/insights/{insight_id}"): {"statement": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/prototypes"): {"title": "HACKED", "if_we": "a", "then_what": "b", "for_whom": "c"},
        ("PATCH", "/api/v1/teams/{id}/prototypes/{prototype_id}"): {"title": "HACKED", "version": 1},
        ("PUT", "/api/v1/teams/{id}/prototypes/{prototype_id}/decision"): {"status": "stopped", "reasons": "HACKED",
                                                                           "version": 1},
        ("POST", "/api/v1/teams/{id}/prototypes/{prototype_id}/versions"): {"description": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/prototypes/{prototype_id}/versions/{prototype_version_id}"): {
            "description": "HACKED", "version": 1},
        ("POST", "/api/v1/teams/{id}/prototypes/{prototype_id}/versions/{prototype_version_id}/cycles"): {
            "who": "HACKED"},
        ("PATCH", "/api/v1/teams/{id}/prototypes/{prototype_id}/cycles/{cycle_id}"): {"who": "HACKED", "version": 1},
        ("POST", "/api/v1/resources"): {"organization_id": w.org_a["id"], "kind": "note", "title": "HACKED",
                                        "body": "HACKED", "share_scope": "team", "share_id": w.team_a1["id"]},
        ("PATCH", "/api/v1/resources/{id}"): {"title": "HACKED", "version": 1},
        ("PUT", "/api/v1/resources/{id}/file"): {"HACKED": True},
        # Team A1's feedback round (issue 12): an intruder neither opens, answers, comments, invites nor closes.
        ("POST", "/api/v1/teams/{id}/feedback-rounds"): {
            "item": {"kind": "plan_section", "section": "goals"}, "question": "HACKED", "due_on": "2030-01-01",
            "reviewer_user_ids": [w.reviewer.id]},
        ("PUT", "/api/v1/feedback-rounds/{id}/response"): {"accept": True},
        ("POST", "/api/v1/feedback-rounds/{id}/comments"): {"body": "HACKED"},
        ("POST", "/api/v1/feedback-rounds/{id}/reviewers"): {"reviewer_user_ids": [w.reviewer.id]},
        ("PUT", "/api/v1/feedback-rounds/{id}/close"): {"what_we_changed": "HACKED", "version": 1},
    }
    if method in ("GET", "DELETE"):
        return None
    assert (method, path) in bodies, f"the walk has no body for {method} {path}: add one"
    return bodies[(method, path)]


# Routes that act on the caller's own things: they are checked for leaks (reads), not for refusal.
SELF_READS = {("GET", "/api/v1/session"), ("GET", "/api/v1/me"), ("GET", "/api/v1/tokens"),
              ("GET", "/api/v1/perspectives"), ("GET", "/api/v1/organizations"), ("GET", "/api/v1/networks"),
              ("GET", "/api/v1/teams"), ("GET", "/api/v1/me/action-items"), ("GET", "/api/v1/guides"),
              ("GET", "/api/v1/me/coached-teams"), ("GET", "/api/v1/me/notification-settings"),
              ("GET", "/api/v1/me/meetings"), ("GET", "/api/v1/me/waiting"),
              ("GET", "/api/v1/me/teams/action-items"),
              # The statewide directory's search: public facts, open to anyone signed in (test_directory.py).
              ("GET", "/api/v1/directory"), ("GET", "/api/v1/directory/counties"),
              # The library's search: anyone signed in, each shown only what they may read (test_library.py).
              ("GET", "/api/v1/resources"),
              # The feedback rounds that ask the caller (test_feedback.py): an intruder's own, none of A1's.
              ("GET", "/api/v1/me/feedback-requests")}
SELF_WRITES = {("DELETE", "/api/v1/session"), ("POST", "/api/v1/tokens"), ("POST", "/api/v1/organizations"),
               ("POST", "/api/v1/me/calendar-feed"), ("DELETE", "/api/v1/me/calendar-feed"),
               ("PATCH", "/api/v1/me/notification-settings"),
               # A district's staff member writes their own teacher profile (test_data.py checks who may).
               ("PUT", "/api/v1/organizations/{id}/teachers/me"),
               # A resource of an organization the caller belongs to (test_library.py: a sharing target outside it,
               # or an organization not theirs, is refused).
               ("POST", "/api/v1/resources")}


def leaks(r, w):
    return r.status_code < 300 and w.marker in r.text


def finish(w, before, problems):
    after = snapshot(w)
    for key in before:
        if before[key] != after[key]:
            problems.append(f"{key} changed:\n  before {before[key]}\n  after  {after[key]}")
    for addr in w.walk_emails:
        if w.server_sink.messages_to(addr):
            problems.append(f"an invitation was mailed to {addr}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def walk(world, mail_sink):
    world.walk_emails = []
    world.server_sink = mail_sink
    return world


def test_anonymous_gets_401_on_every_non_public_route(walk):
    w = walk
    before = snapshot(w)
    problems, walked = [], 0
    for method, path, public in operations():
        if public:
            continue
        for headers in ({}, {"Authorization": "Bearer not-a-real-token"}, {"Cookie": "trellis_session=forged"}):
            anon = w.server.anon()
            r = anon.request(method, concrete(path, w), body_for(method, path, w, w.peer["id"]), headers=headers)
            walked += 1
            if r.status_code != 401 or not r.headers.get("Content-Type", "").startswith("application/problem+json") \
                    or r.json().get("type") != "/problems/unauthenticated":
                problems.append(f"{method} {path} with {headers or 'no credentials'}: expected 401 "
                                f"/problems/unauthenticated, got {describe(r)}")
    assert walked >= 3 * 30
    finish(w, before, problems)


def walk_as(w, intruder, own_org_id, may_read_org_a):
    before = snapshot(w)
    problems, classified = [], 0
    for method, path, public in operations():
        if public or (method, path) in SELF_WRITES:
            classified += 1
            continue
        url = concrete(path, w)
        r = intruder.api.request(method, url, body_for(method, path, w, own_org_id))
        classified += 1
        if r.status_code >= 500:
            problems.append(f"{method} {path}: server error {describe(r)}")
            continue
        if leaks(r, w):
            problems.append(f"{method} {path}: shows team A1's data: {describe(r)}")
            continue
        if (method, path) == ("GET", "/api/v1/session"):
            continue  # what a token (not a cookie session) gets here is not specified; it must not leak or fail
        if (method, path) in SELF_READS:
            if r.status_code != 200:
                problems.append(f"{method} {path}: the caller's own list should answer 200: {describe(r)}")
            continue
        # An organization's people read what it takes part in: its networks, the agreements it is a party to.
        org_level_read = method == "GET" and (path.startswith("/api/v1/organizations/{id}") or
                                              path.startswith("/api/v1/networks/{id}") or
                                              path.startswith("/api/v1/agreements/{agreement_id}") or
                                              path == "/api/v1/directory/{id}")
        allowed = (200, 403, 404) if (org_level_read and may_read_org_a) else (403, 404)
        if (method, path) == ("POST", "/api/v1/networks"):
            allowed = (403, 404, 422)  # a facilitator organization that is not theirs
        if (method, path) == ("POST", "/api/v1/perspectives"):
            allowed = (403,)  # site admins only
        if r.status_code not in allowed:
            problems.append(f"{method} {url} ({path}): expected one of {allowed}, got {describe(r)}")
        elif r.status_code in (403, 404):
            ptype = r.json().get("type") if r.headers.get("Content-Type", "").startswith(
                "application/problem+json") else None
            if ptype not in ("/problems/forbidden", "/problems/not-found"):
                problems.append(f"{method} {path}: {r.status_code} without a forbidden/not-found problem: {describe(r)}")
    assert classified == len(operations())
    # Their own lists do not show team A1.
    teams = intruder.api.ok("GET", "/api/v1/teams")["teams"]
    if w.team_a1["id"] in [t["id"] for t in teams]:
        problems.append("GET /api/v1/teams lists team A1")
    finish(w, before, problems)


def test_member_of_another_team_in_the_same_organization_cannot_touch_team_a1(walk):
    w = walk
    # They do see their own team.
    assert w.team_a2["id"] in [t["id"] for t in w.a2_member.api.ok("GET", "/api/v1/teams")["teams"]]
    walk_as(w, w.a2_member, w.org_b["id"], may_read_org_a=True)


def test_member_of_another_organization_cannot_touch_organization_a(walk):
    w = walk
    walk_as(w, w.admin_b, w.org_b["id"], may_read_org_a=False)


def test_team_participant_reads_but_cannot_change(walk):
    """A family representative (participant) sees the team, and nothing they send changes it."""
    w = walk
    participant = join_team_via_invitation(w.admin_a, w.team_a1["id"], role="participant", prefix="participant")
    w.team_a1 = w.admin_a.api.ok("GET", f"/api/v1/teams/{w.team_a1['id']}")
    before = snapshot(w)
    team = participant.api.ok("GET", f"/api/v1/teams/{w.team_a1['id']}")
    assert team["my_role"] == "participant"
    tid = w.team_a1["id"]
    attempts = [
        ("PATCH", f"/api/v1/teams/{tid}", {"name": "HACKED", "version": w.team_a1["version"]}),
        ("POST", f"/api/v1/teams/{tid}/members", {"name": "HACKED", "email": "guest-add@test.example"}),
        ("PATCH", f"/api/v1/teams/{tid}/members/{w.member_a1['id']}", {"name": "HACKED",
                                                                      "version": w.member_a1["version"]}),
        ("DELETE", f"/api/v1/teams/{tid}/members/{w.member_a1['id']}", None),
        ("POST", f"/api/v1/teams/{tid}/invitations", {"email": "guest-inv@test.example", "role": "lead"}),
        ("POST", f"/api/v1/organizations/{w.org_a['id']}/teams", {"name": "HACKED team"}),
    ]
    problems = []
    for method, url, body in attempts:
        r = participant.api.request(method, url, body)
        if r.status_code != 403 or r.json().get("type") != "/problems/forbidden":
            if not (url.endswith("/teams") and r.status_code == 404):
                problems.append(f"{method} {url}: expected 403 forbidden, got {describe(r)}")
    after = snapshot(w)
    for key in before:
        if before[key] != after[key]:
            problems.append(f"{key} changed")
    assert not problems, "\n".join(problems)
