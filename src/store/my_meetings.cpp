#include "trellis/store/my_meetings.hpp"

#include "trellis/store/network_meetings.hpp"

namespace trellis::store {

namespace {

constexpr const char* kGlanceSelect =
    "SELECT m.id, m.team_id, t.name, m.title, m.starts_at, m.time_zone, m.duration_minutes, m.mode, m.location, "
    "m.closed_at FROM meetings m JOIN teams t ON t.id = m.team_id ";

// The meetings of the user's own teams and those a network meeting invites one of their teams to (the same rule as
// the calendar feed's store::user_meetings).
std::string users_meetings_sql() {
    return "(m.team_id IN (SELECT team_id FROM team_members WHERE user_id = ?) OR m.id IN (" +
           meetings_inviting_user_sql() + "))";
}

std::vector<MeetingGlance> read_glances(const std::vector<Row>& rows) {
    std::vector<MeetingGlance> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        MeetingGlance m;
        m.id = row.integer(0);
        m.team_id = row.integer(1);
        m.team_name = row.text(2);
        m.title = row.text(3);
        m.starts_at = row.optional_integer(4);
        m.time_zone = row.text(5);
        if (const auto minutes = row.optional_integer(6)) m.duration_minutes = static_cast<int>(*minutes);
        m.mode = row.optional_text(7);
        m.location = row.text(8);
        m.closed_at = row.optional_integer(9);
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace

std::vector<MeetingGlance> upcoming_meetings_for_user(Connection& db, std::int64_t user_id, std::int64_t now,
                                                      int limit) {
    return read_glances(db.query(std::string(kGlanceSelect) +
                                     "WHERE m.status = 'scheduled' AND m.starts_at IS NOT "
                                     "NULL AND m.starts_at + COALESCE(m.duration_minutes, "
                                     "60) * 60 > ? AND " +
                                     users_meetings_sql() + " ORDER BY m.starts_at, m.id LIMIT ?",
                                 {now, user_id, user_id, static_cast<std::int64_t>(limit)}));
}

std::vector<MeetingGlance> recent_minutes_for_user(Connection& db, std::int64_t user_id, int limit) {
    return read_glances(db.query(std::string(kGlanceSelect) + "WHERE m.status = 'closed' AND " + users_meetings_sql() +
                                     " ORDER BY m.closed_at DESC, m.id DESC LIMIT ?",
                                 {user_id, user_id, static_cast<std::int64_t>(limit)}));
}

}  // namespace trellis::store
