#include "trellis/store/waiting_for_user.hpp"

namespace trellis::store {

std::vector<SectionUnderWay> sections_under_way_for_user(Connection& db, std::int64_t user_id, int limit) {
    std::vector<SectionUnderWay> out;
    for (const auto& row : db.query(
             "SELECT s.team_id, t.name, s.guide_id, s.module_id, s.section_id, s.changed_at "
             "FROM guide_section_states s JOIN teams t ON t.id = s.team_id "
             "WHERE s.status = 'in_progress' AND s.team_id IN (SELECT team_id FROM team_members WHERE user_id = ?) "
             "ORDER BY s.changed_at DESC, s.team_id, s.module_id, s.section_id LIMIT ?",
             {user_id, static_cast<std::int64_t>(limit)})) {
        out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.integer(5)});
    }
    return out;
}

std::vector<NextStepWaiting> next_steps_waiting_for_user(Connection& db, std::int64_t user_id, int limit) {
    std::vector<NextStepWaiting> out;
    for (const auto& row :
         db.query("SELECT s.id, s.team_id, t.name, s.title, s.due_on FROM coaching_next_steps s "
                  "JOIN teams t ON t.id = s.team_id WHERE s.status = 'proposed' AND "
                  "(s.team_id IN (SELECT team_id FROM team_members WHERE user_id = ?) OR "
                  "t.organization_id IN (SELECT organization_id FROM organization_members WHERE user_id = ?)) "
                  "ORDER BY s.due_on, s.id LIMIT ?",
                  {user_id, user_id, static_cast<std::int64_t>(limit)})) {
        out.push_back({row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4)});
    }
    return out;
}

std::vector<NetworkInvitationWaiting> network_invitations_for_user(Connection& db, std::int64_t user_id) {
    std::vector<NetworkInvitationWaiting> out;
    for (const auto& row :
         db.query("SELECT o.id, o.name, n.id, n.name FROM network_members nm "
                  "JOIN organizations o ON o.id = nm.organization_id JOIN networks n ON n.id = nm.network_id "
                  "WHERE nm.status = 'pending' AND nm.organization_id IN "
                  "(SELECT organization_id FROM organization_members WHERE user_id = ?) ORDER BY n.name, o.name",
                  {user_id})) {
        out.push_back({row.integer(0), row.text(1), row.integer(2), row.text(3)});
    }
    return out;
}

}  // namespace trellis::store
