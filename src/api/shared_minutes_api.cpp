// A team's minutes as its network sees them (issue 11, actions/shared_minutes): the same record as
// GET /meetings/{id}/minutes, read-only, for the network's facilitators and coaches when the team shares minutes.
#include "api/action_calls.hpp"
#include "api/meeting_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/shared_minutes.hpp"

namespace trellis::api {

namespace {

http::Response get_shared_minutes(RequestContext& c) {
    const auto meeting = actions::shared_minutes(caller(c), c.id(), c.id("meeting_id"));
    if (!meeting) return problem_for(meeting.error());
    return json_response(200, minutes_answer(c.db, *meeting));
}

}  // namespace

void add_shared_minutes_routes(RouteTable& routes) {
    routes.push_back({"GET", "/api/v1/networks/{id}/minutes/{meeting_id}",
                      Guard::read(auth::ResourceKind::network_progress), get_shared_minutes,
                      access::network_progress_readers});
}

}  // namespace trellis::api
