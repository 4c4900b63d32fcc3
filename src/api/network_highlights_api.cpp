// A network's highlights (issue 14): the facilitator's short dated notes for leadership and funders, read in the
// network report of the period that holds their date. Written by those who manage the network (the route's guard
// asks the policy); a highlight of another network is not found, whatever its id.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/access.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/network_highlight_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/network_highlights.hpp"

namespace trellis::api {

namespace json = boost::json;

json::value highlight_json(const store::NetworkHighlight& h) {
    return json::object{
        {"id", h.id},
        {"happened_on", h.happened_on},
        {"text", h.text},
        {"written_by", h.written_by_name.empty() ? json::value(nullptr) : json::value(h.written_by_name)},
        {"written_at", rfc3339(h.written_at)},
        {"version", h.version}};
}

namespace {

constexpr std::size_t kHighlightLength = 2000;

// The fields of a new highlight, or those a change names; every problem is collected in `body`.
void read_highlight(JsonBody& body, store::NetworkHighlight& h, bool creating) {
    if (creating || body.object().contains("happened_on")) {
        if (auto date = body.required_string("happened_on", 10)) {
            if (auto problem = domain::check_date(*date)) body.add_error("happened_on", *problem);
            else h.happened_on = *date;
        }
    }
    if (creating || body.object().contains("text")) {
        if (auto text = body.required_string("text", kHighlightLength)) h.text = *text;
    }
}

http::Response add_highlight(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::NetworkHighlight h{.network_id = c.id()};
    read_highlight(*body, h, true);
    if (!body->ok()) return body->problem();
    const auto id = store::insert_network_highlight(c.db, h, c.principal.user_id, c.services.now());
    return created(highlight_json(*store::find_network_highlight(c.db, c.id(), id)),
                   fmt::format("/api/v1/networks/{}/highlights/{}", c.id(), id));
}

http::Response update_highlight(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_network_highlight(c.db, c.id(), c.id("highlight_id"));
    if (!current) return not_found(fmt::format("highlight {} of network {}", c.id("highlight_id"), c.id()));
    const auto version = body->required_integer("version");
    auto updated = *current;
    read_highlight(*body, updated, false);
    if (!body->ok()) return body->problem();
    updated.version = *version;
    if (!store::update_network_highlight(c.db, updated, c.principal.user_id, c.services.now())) {
        return stale_edit("this highlight", *version,
                          highlight_json(*store::find_network_highlight(c.db, c.id(), current->id)));
    }
    return json_response(200, highlight_json(*store::find_network_highlight(c.db, c.id(), current->id)));
}

http::Response delete_highlight(RequestContext& c) {
    if (!store::delete_network_highlight(c.db, c.id(), c.id("highlight_id")))
        return not_found(fmt::format("highlight {} of network {}", c.id("highlight_id"), c.id()));
    return no_content();
}

}  // namespace

void add_network_highlight_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"POST", "/api/v1/networks/{id}/highlights", Guard::manage(ResourceKind::network), add_highlight,
                      access::network_managers});
    routes.push_back({"PATCH", "/api/v1/networks/{id}/highlights/{highlight_id}", Guard::manage(ResourceKind::network),
                      update_highlight, access::network_managers});
    routes.push_back({"DELETE", "/api/v1/networks/{id}/highlights/{highlight_id}", Guard::manage(ResourceKind::network),
                      delete_highlight, access::network_managers});
}

}  // namespace trellis::api
