// A team's themes (issue 12, item 2): the names the team sorts its evidence under on the theme board. Names are
// unique within the team (a second theme of the same name is refused); removing a theme untags its entries (they
// fall back to "not yet themed"), it removes no evidence.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/access.hpp"
#include "api/evidence_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kThemeNameLength = 120;

// The name, refused when another theme of the team already has it.
void read_theme_name(RequestContext& c, JsonBody& body, store::EvidenceTheme& theme) {
    const auto name = body.required_string("name", kThemeNameLength);
    if (!name) return;
    const auto same = store::find_theme_named(c.db, c.id(), *name);
    if (same && same->id != theme.id) body.add_error("name", "is already the name of another theme of this team");
    theme.name = *name;
}

http::Response list_themes(RequestContext& c) {
    json::array themes;
    for (const auto& t : store::team_themes(c.db, c.id())) themes.push_back(theme_json(t));
    return json_response(200, json::object{{"themes", std::move(themes)}});
}

http::Response add_theme(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::EvidenceTheme theme{.team_id = c.id()};
    read_theme_name(c, *body, theme);
    if (!body->ok()) return body->problem();
    const auto id = store::insert_theme(c.db, theme);
    return created(theme_json(*store::find_theme(c.db, c.id(), id)),
                   fmt::format("/api/v1/teams/{}/themes/{}", c.id(), id));
}

http::Response update_theme(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_theme(c.db, c.id(), c.id("theme_id"));
    if (!current) return not_found(fmt::format("theme {} of team {}", c.id("theme_id"), c.id()));
    const auto version = body->required_integer("version");
    auto updated = *current;
    read_theme_name(c, *body, updated);
    if (!body->ok()) return body->problem();
    updated.version = *version;
    if (!store::update_theme(c.db, updated))
        return stale_edit("this theme", *version, theme_json(*store::find_theme(c.db, c.id(), current->id)));
    return json_response(200, theme_json(*store::find_theme(c.db, c.id(), current->id)));
}

http::Response delete_theme(RequestContext& c) {
    if (!store::delete_theme(c.db, c.id(), c.id("theme_id")))
        return not_found(fmt::format("theme {} of team {}", c.id("theme_id"), c.id()));
    return no_content();
}

}  // namespace

void add_evidence_theme_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto read = Guard::read(ResourceKind::team);
    const auto write = Guard::contribute(ResourceKind::team);
    const std::string themes = "/api/v1/teams/{id}/themes";
    routes.push_back({"GET", themes, read, list_themes, access::team_readers});
    routes.push_back({"POST", themes, write, add_theme, access::team_contributors});
    routes.push_back({"PATCH", themes + "/{theme_id}", write, update_theme, access::team_contributors});
    routes.push_back({"DELETE", themes + "/{theme_id}", write, delete_theme, access::team_contributors});
}

}  // namespace trellis::api
