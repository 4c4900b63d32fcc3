"""A peer network with an agreement (issue 11): facilitator F (an intermediary) with its admin and a staff member,
mentor district M with its admin and two coaches, peer districts P1 and P2 with their admins, every membership
accepted by the member's admin; and a district that stayed outside (Q, invited but never accepting)."""
from __future__ import annotations

from matrix_world import add_to_network, join_by_invitation
from trellis_helpers import create_org, unique


class Network:
    def __init__(self, server, mail_sink):
        self.server = server
        self.facilitator = server.make_user("facil")
        self.f = create_org(self.facilitator, name=unique("Pivot Learning"), kind="intermediary")
        self.n = self.facilitator.api.ok("POST", "/api/v1/networks", {
            "name": unique("CoP"), "facilitator_organization_id": self.f["id"]}, status=201)["id"]
        self.f_staff = join_by_invitation(self.facilitator, mail_sink,
                                          f"/api/v1/organizations/{self.f['id']}/invitations", "member", "fstaff")
        self.mentor_admin = server.make_user("madmin")
        self.m = create_org(self.mentor_admin, name=unique("Sanger Unified"))
        self.coach = join_by_invitation(self.mentor_admin, mail_sink,
                                        f"/api/v1/organizations/{self.m['id']}/invitations", "member", "coach")
        self.coach2 = join_by_invitation(self.mentor_admin, mail_sink,
                                         f"/api/v1/organizations/{self.m['id']}/invitations", "member", "coachb")
        self.p1_admin = server.make_user("p1admin")
        self.p1 = create_org(self.p1_admin, name=unique("Monterey Peninsula"))
        self.p2_admin = server.make_user("p2admin")
        self.p2 = create_org(self.p2_admin, name=unique("Lancaster"))
        add_to_network(self.facilitator, self.n, self.m["id"], "mentor", self.mentor_admin)
        add_to_network(self.facilitator, self.n, self.p1["id"], "peer", self.p1_admin)
        add_to_network(self.facilitator, self.n, self.p2["id"], "peer", self.p2_admin)
        self.q_admin = server.make_user("qadmin")
        self.q = create_org(self.q_admin, name=unique("Never accepted"))
        self.facilitator.api.ok("POST", f"/api/v1/networks/{self.n}/members",
                                {"organization_id": self.q["id"], "role": "peer"}, status=201)

    def agreement_body(self, **over) -> dict:
        body = {"title": "Sanger mentors Monterey and Lancaster", "scope": "Site visits and coaching",
                "goals": "Stronger PLCs", "data_sharing": "Suppressed views only", "starts_on": "2026-08-01",
                "ends_on": "2027-06-30", "status": "active", "mentor_organization_id": self.m["id"],
                "peer_organization_ids": [self.p1["id"], self.p2["id"]],
                "hours": [{"kind": "virtual_coaching", "purchased": 40, "hourly_rate": 150},
                          {"kind": "site_visit", "purchased": 60.5}],
                "coach_user_ids": [self.coach.id],
                "liaisons": [{"organization_id": self.m["id"], "user_id": self.mentor_admin.id},
                             {"organization_id": self.p1["id"], "user_id": self.p1_admin.id}]}
        body.update(over)
        return body

    def create(self, **over) -> dict:
        return self.facilitator.api.ok("POST", f"/api/v1/networks/{self.n}/agreements", self.agreement_body(**over),
                                       status=201)
