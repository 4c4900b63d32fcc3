// The resource library (issue 12, item 5): search, read, write and remove links, files and notes. Anyone signed in
// searches, and sees only what they may read (the condition is part of the query); one resource is guarded by the
// policy (ResourceKind::library_resource): its sharing scope's readers read it, its author and the owning
// organization's admins change it. Another organization's resource answers 404 whatever its id.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <charconv>

#include "api/access.hpp"
#include "api/json_body.hpp"
#include "api/resource_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/matching.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

std::optional<std::string> query_param(const RequestContext& c, const std::string& name) {
    const auto it = c.request.query.find(name);
    if (it == c.request.query.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

std::optional<std::int64_t> grade(std::string_view text) {
    std::int64_t value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0 || value > 12) return std::nullopt;
    return value;
}

// ?q=&topic=&section=&grades=3-5 (or one grade)&scope=team|organization|network; a bad filter is a 422 naming it.
http::Response search(RequestContext& c) {
    store::ResourceSearch s;
    s.text = query_param(c, "q").value_or("");
    if (s.text.size() > 500) return validation_problem("q", "must be at most 500 characters");
    s.topic = query_param(c, "topic");
    if (s.topic && !domain::is_expertise_topic(*s.topic)) return validation_problem("topic", "is not a known topic");
    s.section_id = query_param(c, "section");
    s.scope = query_param(c, "scope");
    if (s.scope && *s.scope != "team" && *s.scope != "organization" && *s.scope != "network")
        return validation_problem("scope", "must be team, organization or network");
    if (const auto grades = query_param(c, "grades")) {
        const auto dash = grades->find('-');
        s.grade_from = grade(std::string_view(*grades).substr(0, dash));
        s.grade_to = dash == std::string::npos ? s.grade_from : grade(std::string_view(*grades).substr(dash + 1));
        if (!s.grade_from || !s.grade_to || *s.grade_from > *s.grade_to)
            return validation_problem("grades", "must be a grade (0 to 12) or a span such as 3-5");
    }
    json::array out;
    for (const auto& r : store::search_resources(c.db, c.principal.user_id, s))
        out.push_back(resource_json(r, store::writes_resource(c.db, c.principal.user_id, r.id)));
    return json_response(200, json::object{{"resources", std::move(out)}});
}

http::Response current(RequestContext& c, int status) {
    const auto r = store::find_resource(c.db, c.id());
    return json_response(status, resource_json(*r, store::writes_resource(c.db, c.principal.user_id, r->id)));
}

http::Response add_resource(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Resource r;
    r.author_id = c.principal.user_id;
    read_resource(c, *body, r, true);
    if (!body->ok()) return body->problem();
    const auto id = store::insert_resource(c.db, r, c.services.now());
    return created(resource_json(*store::find_resource(c.db, id), true), fmt::format("/api/v1/resources/{}", id));
}

http::Response get_resource(RequestContext& c) { return current(c, 200); }

http::Response update_resource(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto updated = *store::find_resource(c.db, c.id());
    const auto version = body->required_integer("version");
    read_resource(c, *body, updated, false);
    if (!body->ok()) return body->problem();
    updated.version = *version;
    if (!store::update_resource(c.db, updated, c.services.now())) {
        const auto now = store::find_resource(c.db, c.id());
        return stale_edit("this resource", *version, resource_json(*now, true));
    }
    return current(c, 200);
}

http::Response delete_resource(RequestContext& c) {
    store::delete_resource(c.db, c.id());
    return no_content();
}

}  // namespace

void add_resource_file_routes(RouteTable& routes);

void add_resource_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto readers = Access::parse(
        "anonymous:401 stranger:404 other_lead:404 partner:allowed participant:allowed member:allowed lead:allowed "
        "data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");
    const auto writers = Access::parse(
        "anonymous:401 stranger:404 other_lead:404 partner:403 participant:403 member:403 lead:allowed "
        "data_lead:403 admin:allowed facilitator:403 mentor:403 reviewer:403");
    routes.push_back({"GET", "/api/v1/resources", Guard::signed_in(), search, access::signed_in});
    routes.push_back({"POST", "/api/v1/resources", Guard::signed_in(), add_resource, access::signed_in});
    routes.push_back(
        {"GET", "/api/v1/resources/{id}", Guard::read(ResourceKind::library_resource), get_resource, readers});
    routes.push_back(
        {"PATCH", "/api/v1/resources/{id}", Guard::manage(ResourceKind::library_resource), update_resource, writers});
    routes.push_back(
        {"DELETE", "/api/v1/resources/{id}", Guard::manage(ResourceKind::library_resource), delete_resource, writers});
    add_resource_file_routes(routes);
}

}  // namespace trellis::api
