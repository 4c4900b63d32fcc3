// The API's own description and the perspective catalogue.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <regex>

#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/openapi_document.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

http::Response openapi(RequestContext&) {
    http::Response response;
    response.body = std::string(openapi_document());
    response.set_header("Content-Type", "application/json");
    response.set_header("Cache-Control", "no-cache");
    return response;
}

http::Response list_perspectives(RequestContext& c) {
    json::array list;
    for (const auto& p : store::perspective_catalogue(c.db)) list.push_back(to_json(p));
    return json_response(200, json::object{{"perspectives", std::move(list)}});
}

http::Response create_perspective(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto key = body->required_string("key", 40);
    const auto label_en = body->required_string("label_en", 120);
    const auto label_es = body->required_string("label_es", 120);
    static const std::regex kKeyShape("^[a-z][a-z0-9_]{1,39}$");
    if (key && !std::regex_match(*key, kKeyShape)) {
        body->add_error("key", "must be 2 to 40 lower-case letters, digits or _, starting with a letter");
    }
    if (!body->ok()) return body->problem();
    for (const auto& p : store::perspective_catalogue(c.db)) {
        if (p.key == *key) return conflict(fmt::format("key: the perspective \"{}\" already exists", *key));
    }
    const store::Perspective perspective{*key, *label_en, *label_es};
    store::insert_perspective(c.db, perspective);
    return created(to_json(perspective), "/api/v1/perspectives");
}

}  // namespace

void add_meta_routes(RouteTable& routes) {
    routes.push_back({"GET", "/api/v1/openapi.json", Guard::public_route(), openapi, access::everyone});
    routes.push_back({"GET", "/api/v1/perspectives", Guard::signed_in(), list_perspectives, access::signed_in});
    routes.push_back({"POST", "/api/v1/perspectives", Guard::site_admin(), create_perspective, access::site_admins});
}

}  // namespace trellis::api
