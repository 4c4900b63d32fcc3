#include "trellis/auth/policy.hpp"

namespace trellis::auth {

namespace {

bool has_role(const std::optional<std::string>& role, std::string_view wanted) { return role && *role == wanted; }

// Full student counts stay with the district people who need them: its admins, data leads and viewers (the
// superintendent) and the lead and members of its teams. A plain organization membership is not enough: team
// invitations grant one to family and student representatives too. They, team viewers and network partners
// see the suppressed view.
bool can_read_full_data(const Relationship& r) {
    return has_role(r.organization_role, "admin") || has_role(r.organization_role, "data_lead") ||
           has_role(r.organization_role, "viewer") || has_role(r.organization_team_role, "lead") ||
           has_role(r.organization_team_role, "member");
}

// A party's people read its agreement and coaching log, except a family or student representative whose only
// standing in the party is a participant or viewer seat on one of its teams: the seat brought an organization
// membership with it, not a part in the contract (the coaching notes name the district's staff and its work).
bool party_reads(const Relationship& r) {
    if (!r.party_role) return false;
    if (*r.party_role != "member") return true;
    return !has_role(r.organization_team_role, "participant") && !has_role(r.organization_team_role, "viewer");
}

bool can_read(ResourceKind kind, const Relationship& r) {
    switch (kind) {
        case ResourceKind::student_data:
            return can_read_full_data(r);
        case ResourceKind::shared_data:
            return can_read_full_data(r) || r.organization_role.has_value() || r.organization_team_role.has_value() ||
                   r.network_participant;
        case ResourceKind::organization:
            // Organization profiles are public-record facts; members and network partners see them.
            return r.organization_role.has_value() || r.network_participant;
        case ResourceKind::meeting:
        case ResourceKind::action_item:
            // A network meeting is also read by the people of the teams it invites.
            return can_read(ResourceKind::team, r) || r.invited_team_role.has_value();
        case ResourceKind::team:
        case ResourceKind::measure:
            // A team's work stays inside the team until shared; the organization's admins and viewers
            // (superintendent, board) oversee every team.
            return r.team_role.has_value() || has_role(r.organization_role, "admin") ||
                   has_role(r.organization_role, "viewer");
        case ResourceKind::network:
            return r.network_participant || r.organization_role.has_value();
        case ResourceKind::agreement:
            // The facilitator's staff, the people of its party organizations, its coaches.
            return r.organization_role.has_value() || party_reads(r) || r.agreement_coach;
        case ResourceKind::network_progress:
            // The facilitator's staff and the mentor's named coaches; the member districts' staff too, who are then
            // shown only what a team shares with its peers (reads_network_progress_in_full).
            return r.organization_role.has_value() || r.agreement_coach || r.network_peer;
        case ResourceKind::library_resource:
            return r.library_reader;
        case ResourceKind::feedback_round:
            // The team's readers; an invited reviewer until they decline (they read what they are asked about
            // before they answer). Nothing else of the team reaches a reviewer: their relationship to the team
            // itself is unchanged.
            return can_read(ResourceKind::team, r) || has_role(r.feedback_reviewer, "invited") ||
                   has_role(r.feedback_reviewer, "accepted");
    }
    return false;
}

bool can_manage(ResourceKind kind, const Relationship& r) {
    switch (kind) {
        // An organization's profile and people, and its records: the audit trail of its student data, the export of
        // everything it holds, the deletion of its student data. Its admins alone, not its data lead.
        case ResourceKind::organization:
        case ResourceKind::network:    // organization_role is the facilitator organization's
        case ResourceKind::agreement:  // the same: the MOU is the facilitator's contract
            return has_role(r.organization_role, "admin");
        case ResourceKind::student_data:  // imports, settings, sharing: the data lead's work
            return has_role(r.organization_role, "admin") || has_role(r.organization_role, "data_lead");
        case ResourceKind::shared_data:  // nothing to change in a view
        case ResourceKind::network_progress:
            return false;
        case ResourceKind::library_resource:
            return r.library_writer;
        case ResourceKind::feedback_round:  // as the team's own work
            return can_manage(ResourceKind::team, r);
        case ResourceKind::team:
        case ResourceKind::meeting:
        case ResourceKind::action_item:
        case ResourceKind::measure:
            return has_role(r.team_role, "lead") || has_role(r.organization_role, "admin");
    }
    return false;
}

// Participants (family, student and community members) and viewers read a team's meetings but do not write in
// them for others: no decisions, no action items, no one else's attendance (take_part is their own share).
bool can_contribute(ResourceKind kind, const Relationship& r) {
    switch (kind) {
        case ResourceKind::meeting:
        case ResourceKind::action_item:
            // An invited team's lead and members take part in a network meeting as members; its participants read.
            return has_role(r.invited_team_role, "lead") || has_role(r.invited_team_role, "member") ||
                   has_role(r.team_role, "member") || can_manage(kind, r);
        case ResourceKind::team:
        case ResourceKind::measure:
            return has_role(r.team_role, "member") || can_manage(kind, r);
        case ResourceKind::feedback_round:
            return can_contribute(ResourceKind::team, r);
        case ResourceKind::organization:
        case ResourceKind::network:
        case ResourceKind::shared_data:
        case ResourceKind::network_progress:
        case ResourceKind::library_resource:
            return can_manage(kind, r);
        case ResourceKind::agreement:
            // The coaching log: its named coaches and the facilitator's staff (not its viewers).
            return r.agreement_coach || has_role(r.organization_role, "member") ||
                   has_role(r.organization_role, "data_lead") || can_manage(kind, r);
        case ResourceKind::student_data:
            // A teacher fills in their own profile: the district's staff, not the family and student
            // representatives whose organization membership came with a participant seat on a team.
            return (has_role(r.organization_role, "member") && !has_role(r.organization_team_role, "participant") &&
                    !has_role(r.organization_team_role, "viewer")) ||
                   can_manage(kind, r);
    }
    return false;
}

// A team's participants take part in its meetings on their own behalf (their attendance, their notes); the owner
// of an action item changes its status whatever their seat, if they can still read it. Elsewhere taking part is
// contributing.
bool can_take_part(ResourceKind kind, const Relationship& r) {
    if (can_contribute(kind, r)) return true;
    switch (kind) {
        case ResourceKind::meeting:
            return has_role(r.team_role, "participant");
        case ResourceKind::action_item:
            return r.action_item_owner && can_read(kind, r);
        case ResourceKind::feedback_round:
            // Commenting: a reviewer who accepted (their consent to work on another district's item).
            return has_role(r.feedback_reviewer, "accepted");
        default:
            return false;
    }
}

bool can(ResourceKind kind, Action action, const Relationship& r) {
    switch (action) {
        case Action::read:
            return can_read(kind, r);
        case Action::take_part:
            return can_take_part(kind, r);
        case Action::contribute:
            return can_contribute(kind, r);
        case Action::manage:
            return can_manage(kind, r);
    }
    return false;
}

}  // namespace

std::string_view resource_name(ResourceKind kind) {
    switch (kind) {
        case ResourceKind::organization:
            return "organization";
        case ResourceKind::network:
        case ResourceKind::network_progress:
            return "network";
        case ResourceKind::team:
            return "team";
        case ResourceKind::meeting:
            return "meeting";
        case ResourceKind::action_item:
            return "action item";
        case ResourceKind::measure:
            return "measure";
        case ResourceKind::agreement:
            return "agreement";
        case ResourceKind::library_resource:
            return "resource";
        case ResourceKind::feedback_round:
            return "feedback round";
        // An organization's data answers as the organization does: an outsider learns nothing more.
        case ResourceKind::student_data:
        case ResourceKind::shared_data:
            return "organization";
    }
    return "resource";  // unreachable: every enumerator is named above
}

Decision decide(const Principal& principal, ResourceKind kind, Action action, const Relationship& relationship) {
    if (!principal.authenticated()) return Decision::unauthenticated;
    if (!relationship.exists) return Decision::not_found;
    if (principal.site_admin) return Decision::allow;
    const bool readable = can_read(kind, relationship);
    if (action == Action::read) return readable ? Decision::allow : Decision::not_found;
    if (can(kind, action, relationship)) return Decision::allow;
    // Someone who may see it learns they may not change it; anyone else learns nothing.
    return readable ? Decision::forbidden : Decision::not_found;
}

bool sees_contact_details(const Principal& principal, const Relationship& r) {
    if (principal.site_admin || has_role(r.organization_role, "admin") || has_role(r.organization_role, "viewer")) {
        return true;
    }
    // The caller's own seat on the team, or else on a team a network meeting invites.
    const auto& seat = r.team_role ? r.team_role : r.invited_team_role;
    return seat.has_value() && *seat != "participant";
}

bool reads_network_progress_in_full(const Principal& principal, const Relationship& relationship) {
    return principal.site_admin || relationship.organization_role.has_value() || relationship.agreement_coach;
}

}  // namespace trellis::auth
