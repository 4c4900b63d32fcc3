#include "trellis/store/network_meetings.hpp"

#include <set>

#include "trellis/store/networks.hpp"

namespace trellis::store {

namespace {

// The teams a meeting's invitations reach, as rows (team_id), for one meeting bound as the only parameter: a
// team invited by itself or through its organization, while that organization takes part in the network.
const std::string kInvitedTeams = std::string(
                                      "SELECT t.id AS team_id FROM network_meeting_invitations i "
                                      "JOIN network_meetings nm ON nm.meeting_id = i.meeting_id "
                                      "JOIN teams t ON t.organization_id = i.organization_id "
                                      "AND (i.team_id IS NULL OR t.id = i.team_id) "
                                      "JOIN ") +
                                  kActiveNetworkParticipants +
                                  " p ON p.network_id = nm.network_id AND p.organization_id = i.organization_id "
                                  "WHERE i.meeting_id = ?";

constexpr const char* kRoleOrder =
    "CASE tm.role WHEN 'lead' THEN 1 WHEN 'member' THEN 2 WHEN 'participant' THEN 3 ELSE 4 END";

Member read_participant(const Row& row) {
    Member m;
    m.id = row.integer(0);
    m.team_id = row.integer(1);
    m.user_id = row.optional_integer(2);
    m.name = row.text(3);
    m.email = row.text(4);
    m.role = row.text(5);
    m.version = row.integer(6);
    return m;
}

// Host team first (0), then the invited teams by name; one row per member row.
std::string participants_query(const std::string& extra) {
    return std::string(
               "SELECT tm.id, tm.team_id, tm.user_id, tm.name, tm.email, tm.role, tm.version FROM team_members tm "
               "JOIN teams t ON t.id = tm.team_id WHERE (tm.team_id = ? OR tm.team_id IN (") +
           kInvitedTeams + "))" + extra + " ORDER BY CASE WHEN tm.team_id = ? THEN 0 ELSE 1 END, t.name, t.id, " +
           kRoleOrder + ", tm.name, tm.id";
}

}  // namespace

std::optional<std::int64_t> network_host_team(Connection& db, std::int64_t network_id) {
    const auto row = db.query_one("SELECT team_id FROM network_host_teams WHERE network_id = ?", {network_id});
    if (!row) return std::nullopt;
    return row->integer(0);
}

void set_network_host_team(Connection& db, std::int64_t network_id, std::int64_t team_id) {
    db.execute("INSERT INTO network_host_teams (network_id, team_id) VALUES (?, ?)", {network_id, team_id});
}

std::optional<std::int64_t> network_of_meeting(Connection& db, std::int64_t meeting_id) {
    const auto row = db.query_one("SELECT network_id FROM network_meetings WHERE meeting_id = ?", {meeting_id});
    if (!row) return std::nullopt;
    return row->integer(0);
}

void insert_network_meeting(Connection& db, std::int64_t meeting_id, std::int64_t network_id) {
    db.execute("INSERT INTO network_meetings (meeting_id, network_id) VALUES (?, ?)", {meeting_id, network_id});
}

std::vector<std::int64_t> network_meeting_ids(Connection& db, std::int64_t network_id) {
    std::vector<std::int64_t> out;
    for (const auto& row : db.query("SELECT m.id FROM network_meetings nm JOIN meetings m ON m.id = nm.meeting_id "
                                    "WHERE nm.network_id = ? ORDER BY CASE WHEN m.starts_at IS NULL THEN 1 ELSE 0 END, "
                                    "m.starts_at, m.id",
                                    {network_id})) {
        out.push_back(row.integer(0));
    }
    return out;
}

std::vector<MeetingInvitation> meeting_invitations(Connection& db, std::int64_t meeting_id) {
    std::vector<MeetingInvitation> out;
    for (const auto& row :
         db.query("SELECT i.organization_id, o.name, i.team_id, t.name "
                  "FROM network_meeting_invitations i JOIN organizations o ON o.id = i.organization_id "
                  "LEFT JOIN teams t ON t.id = i.team_id WHERE i.meeting_id = ? "
                  "ORDER BY CASE WHEN i.team_id IS NULL THEN 0 ELSE 1 END, o.name, t.name, i.id",
                  {meeting_id})) {
        out.push_back({row.integer(0), row.text(1), row.optional_integer(2), row.text(3)});
    }
    return out;
}

void replace_meeting_invitations(Connection& db, std::int64_t meeting_id,
                                 const std::vector<MeetingInvitation>& invitations) {
    db.execute("DELETE FROM network_meeting_invitations WHERE meeting_id = ?", {meeting_id});
    for (const auto& i : invitations) {
        db.execute("INSERT INTO network_meeting_invitations (meeting_id, organization_id, team_id) VALUES (?, ?, ?)",
                   {meeting_id, i.organization_id, param_or_null(i.team_id)});
    }
}

std::vector<std::int64_t> invited_team_ids(Connection& db, std::int64_t meeting_id) {
    std::set<std::int64_t> seen;
    std::vector<std::int64_t> out;
    for (const auto& row : db.query(kInvitedTeams + " ORDER BY t.id", {meeting_id})) {
        if (seen.insert(row.integer(0)).second) out.push_back(row.integer(0));
    }
    return out;
}

std::optional<std::string> invited_team_role(Connection& db, std::int64_t meeting_id, std::int64_t user_id) {
    const auto row = db.query_one("SELECT tm.role FROM team_members tm WHERE tm.user_id = ? AND tm.team_id IN (" +
                                      kInvitedTeams + ") ORDER BY " + kRoleOrder + " LIMIT 1",
                                  {user_id, meeting_id});
    if (!row) return std::nullopt;
    return row->text(0);
}

std::string meetings_inviting_user_sql() {
    return std::string(
               "SELECT i.meeting_id FROM network_meeting_invitations i "
               "JOIN network_meetings nm ON nm.meeting_id = i.meeting_id "
               "JOIN teams t ON t.organization_id = i.organization_id AND (i.team_id IS NULL OR t.id = i.team_id) "
               "JOIN team_members tm ON tm.team_id = t.id AND tm.user_id = ? JOIN ") +
           kActiveNetworkParticipants + " p ON p.network_id = nm.network_id AND p.organization_id = i.organization_id";
}

std::vector<Member> meeting_participants(Connection& db, std::int64_t meeting_id, std::int64_t host_team_id) {
    std::vector<Member> out;
    // A person seated on two invited teams (or on the host team and an invited one) takes part once, by the first
    // seat in the order above: one attendance line, one copy of the minutes.
    std::set<std::int64_t> people;
    for (const auto& row : db.query(participants_query(""), {host_team_id, meeting_id, host_team_id})) {
        auto member = read_participant(row);
        if (member.user_id && !people.insert(*member.user_id).second) continue;
        out.push_back(std::move(member));
    }
    return out;
}

std::optional<Member> find_meeting_participant(Connection& db, std::int64_t meeting_id, std::int64_t host_team_id,
                                               std::int64_t member_id) {
    const auto row =
        db.query_one(participants_query(" AND tm.id = ?"), {host_team_id, meeting_id, member_id, host_team_id});
    if (!row) return std::nullopt;
    return read_participant(*row);
}

std::optional<std::int64_t> meeting_coaching_entry(Connection& db, std::int64_t meeting_id) {
    const auto row = db.query_one("SELECT coaching_entry_id FROM network_meetings WHERE meeting_id = ?", {meeting_id});
    if (!row) return std::nullopt;
    return row->optional_integer(0);
}

void set_meeting_coaching_entry(Connection& db, std::int64_t meeting_id, std::int64_t entry_id) {
    db.execute("UPDATE network_meetings SET coaching_entry_id = ? WHERE meeting_id = ?", {entry_id, meeting_id});
}

bool takes_part_in_network(Connection& db, std::int64_t network_id, std::int64_t organization_id) {
    return db
        .query_one(std::string("SELECT 1 FROM ") + kActiveNetworkParticipants +
                       " p WHERE p.network_id = ? AND p.organization_id = ?",
                   {network_id, organization_id})
        .has_value();
}

std::vector<InvitableOrganization> invitable_organizations(Connection& db, std::int64_t network_id) {
    std::vector<InvitableOrganization> out;
    for (const auto& row : db.query(std::string("SELECT o.id, o.name FROM ") + kActiveNetworkParticipants +
                                        " p JOIN organizations o ON o.id = p.organization_id "
                                        "JOIN networks n ON n.id = p.network_id WHERE p.network_id = ? "
                                        "ORDER BY CASE WHEN o.id = n.facilitator_organization_id THEN 0 ELSE 1 END, "
                                        "o.name, o.id",
                                    {network_id})) {
        out.push_back({row.integer(0), row.text(1), {}});
    }
    for (auto& o : out) {
        for (const auto& row :
             db.query("SELECT id, name FROM teams WHERE organization_id = ? ORDER BY name, id", {o.id})) {
            o.teams.emplace_back(row.integer(0), row.text(1));
        }
    }
    return out;
}

}  // namespace trellis::store
