#include "trellis/store/relationships.hpp"

#include "trellis/store/network_meetings.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::store {

namespace {

std::optional<std::string> organization_role(Connection& db, std::int64_t user_id, std::int64_t organization_id) {
    const auto row = db.query_one("SELECT role FROM organization_members WHERE organization_id = ? AND user_id = ?",
                                  {organization_id, user_id});
    if (!row) return std::nullopt;
    return row->text(0);
}

// Participants of a network: its facilitator and the member organizations that accepted (a pending or declined
// membership lets neither side see the other).
constexpr const char* kParticipants = kActiveNetworkParticipants;

// The team that owns a meeting, an action item or a measure.
const char* owning_team_query(auth::ResourceKind kind) {
    switch (kind) {
        case auth::ResourceKind::meeting:
            return "SELECT team_id FROM meetings WHERE id = ?";
        case auth::ResourceKind::action_item:
            return "SELECT team_id FROM action_items WHERE id = ?";
        default:
            return "SELECT team_id FROM measures WHERE id = ?";
    }
}

// An agreement: the caller's role in its network's facilitator organization, whether they belong to a party (the
// mentor organization or a peer), and whether it names them its coach.
auth::Relationship agreement_relationship(Connection& db, std::int64_t user_id, std::int64_t id) {
    auth::Relationship r;
    const auto agreement = db.query_one(
        "SELECT n.facilitator_organization_id, a.mentor_organization_id FROM agreements a "
        "JOIN networks n ON n.id = a.network_id WHERE a.id = ?",
        {id});
    if (!agreement) return r;
    r.exists = true;
    r.organization_role = organization_role(db, user_id, agreement->integer(0));
    // The strongest role first, in the party organizations and in their teams (`m` is a membership row in the one
    // query, a team in the other: both carry the organization_id the condition reads).
    const std::string parties =
        "(m.organization_id = ? OR m.organization_id IN (SELECT organization_id FROM agreement_parties "
        "WHERE agreement_id = ?))";
    if (const auto m = db.query_one("SELECT m.role FROM organization_members m WHERE m.user_id = ? AND " + parties +
                                        " ORDER BY CASE m.role WHEN 'admin' THEN 1 WHEN 'data_lead' THEN 2 "
                                        "WHEN 'viewer' THEN 3 ELSE 4 END LIMIT 1",
                                    {user_id, agreement->integer(1), id})) {
        r.party_role = m->text(0);
        r.network_participant = true;
    }
    if (const auto t = db.query_one(
            "SELECT tm.role FROM team_members tm JOIN teams m ON m.id = tm.team_id WHERE tm.user_id = ? AND " +
                parties +
                " ORDER BY CASE tm.role WHEN 'lead' THEN 1 WHEN 'member' THEN 2 WHEN 'participant' THEN 3 ELSE 4 END "
                "LIMIT 1",
            {user_id, agreement->integer(1), id})) {
        r.organization_team_role = t->text(0);
    }
    r.agreement_coach =
        db.query_one("SELECT 1 FROM agreement_coaches WHERE agreement_id = ? AND user_id = ?", {id, user_id})
            .has_value();
    return r;
}

// Meetings, action items and measures are the team's: the caller's relationship is the one to that team; a network
// meeting (and its action items) also reaches the teams it invites (issue 11).
auth::Relationship team_work_relationship(Connection& db, std::int64_t user_id, auth::ResourceKind kind,
                                          std::int64_t id) {
    const auto team = db.query_one(owning_team_query(kind), {id});
    if (!team) return {};
    auto r = load_relationship(db, user_id, auth::ResourceKind::team, team->integer(0));
    if (kind == auth::ResourceKind::meeting) r.invited_team_role = invited_team_role(db, id, user_id);
    if (kind == auth::ResourceKind::action_item) {
        const auto item = db.query_one(
            "SELECT a.meeting_id, tm.user_id FROM action_items a "
            "LEFT JOIN team_members tm ON tm.id = a.owner_member_id WHERE a.id = ?",
            {id});
        r.invited_team_role = invited_team_role(db, item->integer(0), user_id);
        r.action_item_owner = item->optional_integer(1) == user_id;
    }
    return r;
}

// Staff of an active member organization of the network: any organization role but a plain membership that came
// with participant or viewer seats only (a family or student representative), or a lead or member seat on its teams.
bool network_peer(Connection& db, std::int64_t user_id, std::int64_t network_id) {
    return db
        .query_one(
            "SELECT 1 FROM network_members nm JOIN organization_members m ON m.organization_id = nm.organization_id "
            "WHERE nm.network_id = ? AND nm.status = 'active' AND m.user_id = ? AND (m.role <> 'member' OR "
            "EXISTS (SELECT 1 FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE t.organization_id = "
            "nm.organization_id AND tm.user_id = m.user_id AND tm.role IN ('lead', 'member')) OR NOT EXISTS "
            "(SELECT 1 FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE t.organization_id = "
            "nm.organization_id AND tm.user_id = m.user_id))",
            {network_id, user_id})
        .has_value();
}

// The network's relationship, plus whether the caller coaches under one of its agreements or is a peer's staff.
auth::Relationship network_progress_relationship(Connection& db, std::int64_t user_id, std::int64_t id) {
    auto r = load_relationship(db, user_id, auth::ResourceKind::network, id);
    // A coach named on any of the network's agreements, whatever its status: a draft's coaches already
    // prepare their visits.
    r.agreement_coach = r.exists && db.query_one(
                                          "SELECT 1 FROM agreement_coaches c JOIN agreements a "
                                          "ON a.id = c.agreement_id WHERE a.network_id = ? AND "
                                          "c.user_id = ?",
                                          {id, user_id})
                                        .has_value();
    r.network_peer = r.exists && network_peer(db, user_id, id);
    return r;
}

// A resource of the library: whether the caller reads it and writes it (store/resources.cpp says who does).
auth::Relationship library_relationship(Connection& db, std::int64_t user_id, std::int64_t id) {
    auth::Relationship r;
    r.exists = db.query_one("SELECT 1 FROM resources WHERE id = ?", {id}).has_value();
    r.library_reader = r.exists && reads_resource(db, user_id, id);
    r.library_writer = r.exists && writes_resource(db, user_id, id);
    return r;
}

// A feedback round: the caller's relationship to its team, and their answer to the round's invitation.
auth::Relationship feedback_round_relationship(Connection& db, std::int64_t user_id, std::int64_t id) {
    const auto round = db.query_one(
        "SELECT f.team_id, (SELECT status FROM feedback_reviewers WHERE round_id = f.id AND user_id = ?) "
        "FROM feedback_rounds f WHERE f.id = ?",
        {user_id, id});
    if (!round) return {};
    auto r = load_relationship(db, user_id, auth::ResourceKind::team, round->integer(0));
    r.feedback_reviewer = round->optional_text(1);
    return r;
}

}  // namespace

auth::Relationship load_relationship(Connection& db, std::int64_t user_id, auth::ResourceKind kind, std::int64_t id) {
    auth::Relationship r;
    switch (kind) {
        case auth::ResourceKind::organization: {
            if (!db.query_one("SELECT 1 FROM organizations WHERE id = ?", {id})) return r;
            r.exists = true;
            r.organization_role = organization_role(db, user_id, id);
            r.network_participant =
                db.query_one(std::string("SELECT 1 FROM ") + kParticipants + " theirs JOIN " + kParticipants +
                                 " mine ON mine.network_id = theirs.network_id "
                                 "JOIN organization_members m ON m.organization_id = mine.organization_id "
                                 "WHERE theirs.organization_id = ? AND m.user_id = ?",
                             {id, user_id})
                    .has_value();
            return r;
        }
        case auth::ResourceKind::team: {
            // One statement, not three: every request on a team (and most pages) asks this, often more than once,
            // and on PostgreSQL each statement is a round trip.
            const auto team = db.query_one(
                "SELECT t.organization_id, (SELECT role FROM organization_members WHERE organization_id = "
                "t.organization_id AND user_id = ?), (SELECT role FROM team_members WHERE team_id = t.id AND "
                "user_id = ? LIMIT 1) FROM teams t WHERE t.id = ?",
                {user_id, user_id, id});
            if (!team) return r;
            r.exists = true;
            r.organization_role = team->optional_text(1);
            r.team_role = team->optional_text(2);
            return r;
        }
        case auth::ResourceKind::meeting:
        case auth::ResourceKind::action_item:
        case auth::ResourceKind::measure:
            return team_work_relationship(db, user_id, kind, id);
        case auth::ResourceKind::student_data:
        case auth::ResourceKind::shared_data: {
            r = load_relationship(db, user_id, auth::ResourceKind::organization, id);
            if (!r.exists) return r;
            // The strongest role first: lead, member, participant, viewer.
            if (const auto m = db.query_one(
                    "SELECT tm.role FROM team_members tm JOIN teams t ON t.id = tm.team_id "
                    "WHERE t.organization_id = ? AND tm.user_id = ? ORDER BY CASE tm.role WHEN 'lead' THEN 1 "
                    "WHEN 'member' THEN 2 WHEN 'participant' THEN 3 ELSE 4 END LIMIT 1",
                    {id, user_id})) {
                r.organization_team_role = m->text(0);
            }
            return r;
        }
        case auth::ResourceKind::network: {
            const auto network = db.query_one("SELECT facilitator_organization_id FROM networks WHERE id = ?", {id});
            if (!network) return r;
            r.exists = true;
            r.organization_role = organization_role(db, user_id, network->integer(0));
            r.network_participant =
                db.query_one(std::string("SELECT 1 FROM ") + kParticipants +
                                 " p JOIN organization_members m ON m.organization_id = p.organization_id "
                                 "WHERE p.network_id = ? AND m.user_id = ?",
                             {id, user_id})
                    .has_value();
            return r;
        }
        case auth::ResourceKind::agreement:
            return agreement_relationship(db, user_id, id);
        case auth::ResourceKind::network_progress:
            return network_progress_relationship(db, user_id, id);
        case auth::ResourceKind::library_resource:
            return library_relationship(db, user_id, id);
        case auth::ResourceKind::feedback_round:
            return feedback_round_relationship(db, user_id, id);
    }
    return r;
}

bool readable_by(std::int64_t user_id, bool site_admin, auth::ResourceKind kind, const auth::Relationship& r) {
    auth::Principal principal;
    principal.user_id = user_id;
    principal.site_admin = site_admin;
    return auth::decide(principal, kind, auth::Action::read, r) == auth::Decision::allow;
}

}  // namespace trellis::store
