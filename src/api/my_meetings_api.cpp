// The home page's meetings (issue 15): the caller's next meetings, with where they happen and a calendar file, and
// the latest minutes of their meetings. Anyone signed in may ask; the lists are the caller's own (their team seats
// and the network meetings inviting one of their teams), so there is nothing of anyone else's to guard.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/store/my_meetings.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

// Enough to find the meeting and get there: a phone shows this without opening the meeting.
constexpr int kUpcomingShown = 5;
constexpr int kRecentMinutesShown = 3;

json::value optional_time(const std::optional<std::int64_t>& t) {
    if (!t) return nullptr;
    return json::value(rfc3339(*t));
}

json::object glance_json(const store::MeetingGlance& m) {
    std::optional<std::int64_t> ends_at;
    if (m.starts_at) ends_at = *m.starts_at + m.duration_minutes.value_or(60) * 60;
    json::value mode = nullptr;
    if (m.mode) mode = json::value(*m.mode);
    return json::object{{"id", m.id},
                        {"title", m.title},
                        {"team", json::object{{"id", m.team_id}, {"name", m.team_name}}},
                        {"starts_at", optional_time(m.starts_at)},
                        {"ends_at", optional_time(ends_at)},
                        {"time_zone", m.time_zone},
                        {"mode", std::move(mode)},
                        {"location", m.location},
                        {"closed_at", optional_time(m.closed_at)},
                        {"calendar_file", fmt::format("/api/v1/meetings/{}/invite.ics", m.id)}};
}

http::Response my_meetings(RequestContext& c) {
    json::array upcoming;
    for (const auto& m : store::upcoming_meetings_for_user(c.db, c.principal.user_id, c.services.now(), kUpcomingShown))
        upcoming.push_back(glance_json(m));
    json::array recent;
    for (const auto& m : store::recent_minutes_for_user(c.db, c.principal.user_id, kRecentMinutesShown))
        recent.push_back(glance_json(m));
    return json_response(200, json::object{{"upcoming", std::move(upcoming)}, {"recent_minutes", std::move(recent)}});
}

}  // namespace

void add_my_meetings_routes(RouteTable& routes) {
    routes.push_back({"GET", "/api/v1/me/meetings", Guard::signed_in(), my_meetings, access::signed_in});
}

}  // namespace trellis::api
