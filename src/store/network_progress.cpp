#include "trellis/store/network_progress.hpp"

#include <algorithm>

#include "store/network_sharing_sql.hpp"
#include "trellis/domain/network_progress.hpp"

namespace trellis::store {

namespace {

int share_order(const std::string& kind) {
    const auto begin = std::begin(domain::kNetworkShareKinds);
    return static_cast<int>(std::find(begin, std::end(domain::kNetworkShareKinds), kind) - begin);
}

void sort_kinds(std::vector<std::string>& kinds) {
    std::sort(kinds.begin(), kinds.end(),
              [](const std::string& a, const std::string& b) { return share_order(a) < share_order(b); });
}

}  // namespace

TeamNetworkShares team_network_shares(Connection& db, std::int64_t team_id) {
    TeamNetworkShares shares;
    for (const auto& row : db.query("SELECT s.kind, u.name, s.shared_at FROM team_network_shares s "
                                    "LEFT JOIN users u ON u.id = s.shared_by WHERE s.team_id = ? "
                                    "ORDER BY s.shared_at DESC",
                                    {team_id})) {
        if (!shares.changed_at) {  // the latest change first
            shares.changed_by_name = row.optional_text(1);
            shares.changed_at = row.integer(2);
        }
        shares.kinds.push_back(row.text(0));
    }
    sort_kinds(shares.kinds);
    return shares;
}

void set_team_network_shares(Connection& db, std::int64_t team_id, const std::vector<std::string>& kinds,
                             std::int64_t by, std::int64_t now) {
    const auto current = team_network_shares(db, team_id).kinds;
    for (const auto& kind : current) {
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
            db.execute("DELETE FROM team_network_shares WHERE team_id = ? AND kind = ?", {team_id, kind});
    }
    for (const auto& kind : kinds) {
        if (std::find(current.begin(), current.end(), kind) != current.end()) continue;
        db.execute("INSERT INTO team_network_shares (team_id, kind, shared_by, shared_at) VALUES (?, ?, ?, ?)",
                   {team_id, kind, by, now});
    }
}

std::vector<SharedWithNetwork> networks_of_team(Connection& db, std::int64_t team_id) {
    std::vector<SharedWithNetwork> out;
    for (const auto& row : db.query("SELECT n.id, n.name FROM networks n JOIN network_members nm "
                                    "ON nm.network_id = n.id AND nm.status = 'active' "
                                    "JOIN teams t ON t.organization_id = nm.organization_id WHERE t.id = ? "
                                    "ORDER BY n.name",
                                    {team_id}))
        out.push_back({row.integer(0), row.text(1)});
    return out;
}

std::vector<NetworkTeam> network_teams(Connection& db, std::int64_t network_id) {
    std::vector<NetworkTeam> out;
    std::map<std::int64_t, std::size_t> index;
    for (const auto& row : db.query("SELECT t.id, t.name, o.id, o.name, nm.role FROM teams t "
                                    "JOIN network_members nm ON nm.organization_id = t.organization_id "
                                    "AND nm.status = 'active' AND nm.network_id = ? "
                                    "JOIN organizations o ON o.id = t.organization_id "
                                    "WHERE EXISTS (SELECT 1 FROM team_network_shares s WHERE s.team_id = t.id) "
                                    "ORDER BY o.name, t.name, t.id",
                                    {network_id})) {
        index[row.integer(0)] = out.size();
        out.push_back({row.integer(0), row.text(1), row.integer(2), row.text(3), row.text(4), {}});
    }
    // Two queries rather than one with string_agg: SQLite 3.40 (Debian 12) has only group_concat, PostgreSQL only
    // string_agg.
    for (const auto& row :
         db.query(std::string("SELECT s.team_id, s.kind FROM team_network_shares s WHERE s.team_id IN (") +
                      kMemberTeams + ")",
                  {network_id}))
        out[index.at(row.integer(0))].shares.push_back(row.text(1));
    for (auto& team : out) sort_kinds(team.shares);
    return out;
}

std::vector<NetworkMeeting> network_meetings(Connection& db, std::int64_t network_id, const std::string& kind) {
    std::vector<NetworkMeeting> out;
    for (const auto& row : db.query("SELECT m.team_id, m.id, m.title, m.starts_at, m.status FROM meetings m "
                                    "WHERE m.team_id IN " +
                                        sharing_teams() + " ORDER BY m.team_id, m.starts_at, m.id",
                                    {network_id, kind}))
        out.push_back({row.integer(0), row.integer(1), row.text(2), row.optional_integer(3), row.text(4)});
    return out;
}

std::vector<NetworkActionItem> network_action_items(Connection& db, std::int64_t network_id) {
    std::vector<NetworkActionItem> out;
    for (const auto& row :
         db.query("SELECT a.team_id, a.due_on, a.status, a.done_on, "
                  "(SELECT COUNT(*) FROM meeting_carryovers c WHERE c.action_item_id = a.id) FROM action_items a "
                  "WHERE a.team_id IN " +
                      sharing_teams(),
                  {network_id, std::string("progress")}))
        out.push_back(
            {row.integer(0), row.text(1), row.text(2), row.optional_text(3), static_cast<int>(row.integer(4))});
    return out;
}

std::map<std::int64_t, int> network_open_outreach(Connection& db, std::int64_t network_id) {
    std::map<std::int64_t, int> out;
    for (const auto& row : db.query("SELECT o.team_id, COUNT(*) FROM outreach_items o WHERE o.status = 'open' "
                                    "AND o.team_id IN " +
                                        sharing_teams() + " GROUP BY o.team_id",
                                    {network_id, std::string("progress")}))
        out[row.integer(0)] = static_cast<int>(row.integer(1));
    return out;
}

std::map<std::int64_t, std::string> network_first_guides(Connection& db, std::int64_t network_id) {
    std::map<std::int64_t, std::string> out;
    for (const auto& row : db.query("SELECT g.team_id, g.guide_id FROM team_guides g WHERE g.team_id IN " +
                                        sharing_teams() + " ORDER BY g.team_id, g.adopted_at, g.id",
                                    {network_id, std::string("progress")}))
        out.try_emplace(row.integer(0), row.text(1));  // the first adopted wins
    return out;
}

std::vector<NetworkSectionState> network_section_states(Connection& db, std::int64_t network_id) {
    std::vector<NetworkSectionState> out;
    for (const auto& row : db.query("SELECT s.team_id, s.guide_id, s.module_id, s.section_id, s.status "
                                    "FROM guide_section_states s WHERE s.team_id IN " +
                                        sharing_teams(),
                                    {network_id, std::string("progress")}))
        out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)});
    return out;
}

bool team_shares_with_network(Connection& db, std::int64_t network_id, std::int64_t team_id, const std::string& kind) {
    return db
        .query_one("SELECT 1 FROM " + sharing_teams() + " shared WHERE shared.team_id = ?", {network_id, kind, team_id})
        .has_value();
}

}  // namespace trellis::store
