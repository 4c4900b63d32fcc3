// Team members: who they are, their role, and the perspectives, content areas, grade spans and skills they bring.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/members.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

// Applies the fields present in the body onto `m` (name and email required when `creating`).
void read_member_fields(JsonBody& body, store::Connection& db, store::Member& m, bool creating) {
    const auto& object = body.object();
    if (creating || object.contains("name")) {
        if (auto name = body.required_string("name", 200)) m.name = *name;
    }
    if (creating || object.contains("email")) {
        if (auto email = body.required_string("email", 254)) {
            if (auto problem = domain::check_email(*email))
                body.add_error("email", *problem, domain::code::kNotAnEmail);
            m.email = domain::lowercase_ascii(*email);
        }
    }
    if (object.contains("role")) {
        if (auto role = body.required_string("role", 20)) {
            if (auto problem = domain::check_one_of(*role, domain::kTeamRoles)) body.add_error("role", *problem);
            m.role = *role;
        }
    }
    if (auto perspectives = body.string_list("perspectives", 40, 40)) {
        std::vector<std::string> known;
        for (const auto& p : store::perspective_catalogue(db)) known.push_back(p.key);
        for (std::size_t i = 0; i < perspectives->size(); ++i) {
            if (std::ranges::find(known, (*perspectives)[i]) == known.end()) {
                body.add_error(fmt::format("perspectives[{}]", i),
                               fmt::format("\"{}\" is not in the perspective catalogue ({})", (*perspectives)[i],
                                           fmt::join(known, ", ")));
            }
        }
        // Stored in catalogue order so every reader sees the same order.
        m.perspectives.clear();
        for (const auto& key : known) {
            if (std::ranges::find(*perspectives, key) != perspectives->end()) m.perspectives.push_back(key);
        }
    } else if (object.contains("perspectives") && object.at("perspectives").is_null()) {
        m.perspectives.clear();
    }
    if (auto spans = body.string_list("grade_spans", 3, 20)) {
        static constexpr std::string_view kSpans[] = {"elementary", "middle", "high"};
        for (std::size_t i = 0; i < spans->size(); ++i) {
            if (auto problem = domain::check_one_of((*spans)[i], kSpans)) {
                body.add_error(fmt::format("grade_spans[{}]", i), *problem);
            }
        }
        m.grade_spans = *spans;
    }
    if (auto areas = body.string_list("content_areas", 30, 80)) m.content_areas = *areas;
    if (auto skills = body.string_list("skills", 30, 80)) m.skills = *skills;
}

http::Response add_member(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Member m;
    m.team_id = c.id();
    m.role = "member";
    read_member_fields(*body, c.db, m, true);
    if (!body->ok()) return body->problem();
    const auto stored = actions::add_member(caller(c), m);
    if (!stored) return problem_for(stored.error());
    return created(to_json(*stored), fmt::format("/api/v1/teams/{}/members/{}", stored->team_id, stored->id));
}

http::Response update_member(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_member(c.db, c.id(), c.id("member_id"));
    if (!current) return not_found(fmt::format("member {} of team {}", c.id("member_id"), c.id()));
    const auto version = body->required_integer("version");
    auto changed = *current;
    read_member_fields(*body, c.db, changed, false);
    if (!body->ok()) return body->problem();
    if (*version != current->version) return stale_edit("this member", *version, to_json(*current));
    const auto stored = actions::update_member(caller(c), *current, changed);
    if (!stored && stored.error().kind == actions::FailureKind::stale_edit)
        return stale_edit("this member", *version, to_json(*store::find_member(c.db, c.id(), c.id("member_id"))));
    if (!stored) return problem_for(stored.error());
    return json_response(200, to_json(*stored));
}

http::Response remove_member(RequestContext& c) {
    if (!store::delete_member(c.db, c.id(), c.id("member_id"))) {
        return not_found(fmt::format("member {} of team {}", c.id("member_id"), c.id()));
    }
    return no_content();
}

}  // namespace

void add_member_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back(
        {"POST", "/api/v1/teams/{id}/members", Guard::manage(ResourceKind::team), add_member, access::team_managers});
    routes.push_back({"PATCH", "/api/v1/teams/{id}/members/{member_id}", Guard::manage(ResourceKind::team),
                      update_member, access::team_managers});
    routes.push_back({"DELETE", "/api/v1/teams/{id}/members/{member_id}", Guard::manage(ResourceKind::team),
                      remove_member, access::team_managers});
}

}  // namespace trellis::api
