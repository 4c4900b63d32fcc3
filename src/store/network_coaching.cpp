#include "trellis/store/network_coaching.hpp"

#include <map>

#include "store/network_sharing_sql.hpp"

namespace trellis::store {

std::vector<domain::ServedCoaching> network_coaching_served(Connection& db, std::int64_t network_id) {
    std::vector<domain::ServedCoaching> out;
    // `+ct.team_id` keeps SQLite from probing the (entry, team) key once per sharing team for every entry (1.2 M
    // probes, 160 ms, at a state's 6,000 sessions and 200 teams); the list is checked after the entry's teams are
    // read instead (6 ms).
    for (const auto& row : db.query("SELECT ct.team_id, e.id, e.minutes, e.date FROM coaching_entries e "
                                    "JOIN agreements a ON a.id = e.agreement_id AND a.network_id = ? "
                                    "JOIN coaching_entry_teams ct ON ct.entry_id = e.id WHERE +ct.team_id IN " +
                                        sharing_teams(),
                                    {network_id, network_id, std::string("progress")}))
        out.push_back({row.integer(0), row.integer(1), row.integer(2), row.text(3)});
    return out;
}

std::vector<AgreementHours> network_agreement_hours(Connection& db, std::int64_t network_id) {
    std::vector<AgreementHours> out;
    std::map<std::int64_t, std::size_t> index;
    for (const auto& row : db.query("SELECT id, title, status, starts_on, ends_on FROM agreements WHERE network_id = ? "
                                    "ORDER BY starts_on DESC, id DESC",
                                    {network_id})) {
        index[row.integer(0)] = out.size();
        out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), {}, {}});
    }
    if (out.empty()) return out;
    for (const auto& row : db.query("SELECT h.agreement_id, h.kind, h.purchased_minutes, h.hourly_rate_cents "
                                    "FROM agreement_hours h JOIN agreements a ON a.id = h.agreement_id "
                                    "WHERE a.network_id = ?",
                                    {network_id}))
        out[index.at(row.integer(0))].purchases.push_back({row.text(1), row.integer(2), row.optional_integer(3)});
    for (const auto& row : db.query("SELECT e.agreement_id, e.id, e.date, e.kind, e.minutes FROM coaching_entries e "
                                    "JOIN agreements a ON a.id = e.agreement_id WHERE a.network_id = ?",
                                    {network_id}))
        out[index.at(row.integer(0))].logged.push_back({row.integer(1), row.text(2), row.text(3), row.integer(4)});
    return out;
}

}  // namespace trellis::store
