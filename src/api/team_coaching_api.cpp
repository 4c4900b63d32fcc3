// The served team's side of the coaching log (issue 11): the coaching the team received, and its lead's answer to
// each next step a coach proposed (accepted as an action item of the team's next meeting, or declined). The team's
// own policy guards these routes; a step is found only with the team's id.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <map>

#include "api/action_calls.hpp"
#include "api/coaching_shapes.hpp"
#include "api/meeting_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/coaching_steps.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

http::Response team_coaching(RequestContext& c) {
    const auto team = c.id();
    std::map<std::int64_t, std::set<std::int64_t>> over_by_agreement;
    json::array out;
    for (const auto& e : store::team_entries(c.db, team)) {
        auto over = over_by_agreement.find(e.agreement_id);
        if (over == over_by_agreement.end()) {
            over =
                over_by_agreement.emplace(e.agreement_id, entries_over(c, *store::find_agreement(c.db, e.agreement_id)))
                    .first;
        }
        out.push_back(entry_json(c, e, over->second, team));
    }
    return json_response(200, json::object{{"entries", std::move(out)}});
}

http::Response accept_step(RequestContext& c) {
    auto body = JsonBody::parse(c.request, true);
    if (!body) return body.error();
    actions::StepAcceptance how;
    how.meeting_id = body->optional_integer("meeting_id");
    how.owner_member_id = body->optional_integer("owner_member_id");
    how.due_on = body->optional_string("due_on", 10);
    if (!body->ok()) return body->problem();
    const auto accepted = actions::accept_next_step(caller(c), c.id(), c.id("step_id"), how);
    if (!accepted) return problem_for(accepted.error());
    return json_response(200, json::object{{"next_step", next_step_json(accepted->step)},
                                           {"action_item", to_json(accepted->action_item)}});
}

http::Response decline_step(RequestContext& c) {
    auto body = JsonBody::parse(c.request, true);
    if (!body) return body.error();
    const auto reason = body->optional_string("reason", 1000).value_or("");
    if (!body->ok()) return body->problem();
    const auto declined = actions::decline_next_step(caller(c), c.id(), c.id("step_id"), reason);
    if (!declined) return problem_for(declined.error());
    return json_response(200, json::object{{"next_step", next_step_json(*declined)}});
}

}  // namespace

void add_team_coaching_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string base = "/api/v1/teams/{id}/coaching";
    routes.push_back({"GET", base, Guard::read(ResourceKind::team), team_coaching, access::team_readers});
    routes.push_back({"POST", base + "/next-steps/{step_id}/accept", Guard::manage(ResourceKind::team), accept_step,
                      access::team_managers});
    routes.push_back({"POST", base + "/next-steps/{step_id}/decline", Guard::manage(ResourceKind::team), decline_step,
                      access::team_managers});
}

}  // namespace trellis::api
