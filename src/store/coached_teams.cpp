#include "trellis/store/coached_teams.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace trellis::store {

std::vector<CoachedTeam> coached_teams(Connection& db, std::int64_t coach_user_id) {
    std::vector<CoachedTeam> out;
    std::set<std::int64_t> seen;
    // Newest agreement first, so that a team covered by two agreements is listed under the newer one.
    for (const auto& r : db.query(
             "SELECT t.id, t.name, o.id, o.name, a.network_id, a.id, a.title, a.starts_on, "
             "(SELECT MAX(e.date) FROM coaching_entries e JOIN coaching_entry_teams et ON et.entry_id = e.id "
             " JOIN coaching_entry_coaches ec ON ec.entry_id = e.id WHERE et.team_id = t.id AND ec.user_id = ?), "
             "CASE WHEN EXISTS (SELECT 1 FROM team_network_shares s WHERE s.team_id = t.id AND s.kind = 'progress') "
             "THEN 1 ELSE 0 END "
             "FROM agreement_coaches c JOIN agreements a ON a.id = c.agreement_id "
             "JOIN agreement_parties p ON p.agreement_id = a.id "
             "JOIN teams t ON t.organization_id = p.organization_id "
             "JOIN organizations o ON o.id = t.organization_id "
             "WHERE c.user_id = ? AND a.status <> 'ended' "
             "ORDER BY a.starts_on DESC, a.id DESC",
             {coach_user_id, coach_user_id})) {
        if (!seen.insert(r.integer(0)).second) continue;
        CoachedTeam t{r.integer(0), r.text(1), r.integer(2),       r.text(3), r.integer(4),     r.integer(5),
                      r.text(6),    r.text(7), r.optional_text(8), {},        r.integer(9) != 0};
        out.push_back(std::move(t));
    }
    for (auto& t : out) {
        if (!t.last_engagement_on) continue;
        if (const auto kind = db.query_one(
                "SELECT e.kind FROM coaching_entries e JOIN coaching_entry_teams et ON et.entry_id = e.id "
                "JOIN coaching_entry_coaches ec ON ec.entry_id = e.id WHERE et.team_id = ? AND ec.user_id = ? "
                "AND e.date = ? ORDER BY e.id DESC LIMIT 1",
                {t.team_id, coach_user_id, *t.last_engagement_on})) {
            t.last_engagement_kind = kind->text(0);
        }
    }
    std::sort(out.begin(), out.end(), [](const CoachedTeam& a, const CoachedTeam& b) {
        return std::tie(a.organization_name, a.team_name, a.team_id) <
               std::tie(b.organization_name, b.team_name, b.team_id);
    });
    return out;
}

TeamChanges team_changes_since(Connection& db, std::int64_t team_id, std::int64_t since, const std::string& today) {
    const auto row = db.query_one(
        "SELECT "
        "(SELECT COUNT(*) FROM meetings WHERE team_id = ? AND status = 'closed' AND closed_at >= ?), "
        "(SELECT COUNT(*) FROM action_items WHERE team_id = ? AND created_at >= ?), "
        "(SELECT COUNT(*) FROM action_items WHERE team_id = ? AND status = 'done' AND status_changed_at >= ?), "
        "(SELECT COUNT(*) FROM guide_section_states WHERE team_id = ? AND status = 'complete' AND changed_at >= ?), "
        "(SELECT COUNT(*) FROM action_items WHERE team_id = ? AND status IN ('open', 'blocked') AND due_on < ?)",
        {team_id, since, team_id, since, team_id, since, team_id, since, team_id, today});
    return {static_cast<int>(row->integer(0)), static_cast<int>(row->integer(1)), static_cast<int>(row->integer(2)),
            static_cast<int>(row->integer(3)), static_cast<int>(row->integer(4))};
}

NextStepAnswers next_step_answers_since(Connection& db, std::int64_t team_id, std::int64_t since) {
    const auto row = db.query_one(
        "SELECT "
        "(SELECT COUNT(*) FROM coaching_next_steps WHERE team_id = ? AND status = 'accepted' AND responded_at >= ?), "
        "(SELECT COUNT(*) FROM coaching_next_steps WHERE team_id = ? AND status = 'declined' AND responded_at >= ?), "
        "(SELECT COUNT(*) FROM coaching_next_steps WHERE team_id = ? AND status = 'proposed')",
        {team_id, since, team_id, since, team_id});
    return {static_cast<int>(row->integer(0)), static_cast<int>(row->integer(1)), static_cast<int>(row->integer(2))};
}

}  // namespace trellis::store
