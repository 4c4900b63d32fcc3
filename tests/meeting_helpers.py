"""Helpers shared by the meeting, action-item and calendar tests."""
from __future__ import annotations

from trellis_helpers import add_member, create_org, create_team, join_team_via_invitation, unique

START = "2030-05-14T09:00:00-07:00"  # in the future, so digests of other tests' "today" never see these


def team_with_people(admin):
    """A team whose lead is `admin` (organization admin), one member with an account and two without."""
    org = create_org(admin)
    team = create_team(admin, org["id"], name=unique("WL Standards"))
    lead_member = next(m for m in team["members"] if m["role"] == "lead")  # the creating organization admin
    member = join_team_via_invitation(admin, team["id"], role="member", prefix="member")
    maria = add_member(admin, team["id"], name="María Parent")
    ken = add_member(admin, team["id"], name="Ken Counselor")
    members = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["members"]
    return {"org": org, "team": team, "lead_member": lead_member, "member": member, "maria": maria, "ken": ken,
            "members": members}


def good_plan(**overrides):
    plan = {"title": unique("Meeting"), "goal": "Agree who is missing", "starts_at": START,
            "time_zone": "America/Los_Angeles", "duration_minutes": 60, "mode": "hybrid",
            "location": "Room 12, and a video link", "objectives": ["Identify the team", "Plan outreach"],
            "agenda": [{"title": "Introductions", "minutes": 15, "kind": "topic"},
                       {"title": "Who is missing?", "minutes": 25, "kind": "discussion"},
                       {"title": "Next steps", "minutes": 15, "kind": "topic"}],
            "status": "scheduled"}
    plan.update(overrides)
    return plan


def wait_for_mail(sink, address: str, subject_part: str, count: int = 1, timeout: float = 30) -> list:
    """Messages to `address` whose subject contains `subject_part`, once there are at least `count`."""
    import time
    deadline = time.monotonic() + timeout
    while True:
        found = [m for m in sink.messages_to(address) if subject_part in str(m["Subject"])]
        if len(found) >= count:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"no mail to {address} with subject containing {subject_part!r} within {timeout}s")
        time.sleep(0.1)


def count_mail(sink, address: str, subject_part: str) -> int:
    return len([m for m in sink.messages_to(address) if subject_part in str(m["Subject"])])
