// Each person's language and which e-mail they get (`/me/notification-settings`), and the one-click unsubscribe
// link of the mail they may turn off (RFC 8058: a mail client POSTs `List-Unsubscribe=One-Click` to it).
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/notification_settings.hpp"
#include "trellis/domain/mail_preferences.hpp"
#include "trellis/http/problem.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value settings_json(const store::NotificationSettings& s) {
    return json::object{
        {"language", s.language}, {"minutes", s.minutes}, {"reminders", s.reminders}, {"digest", s.digest}};
}

http::Response get_settings(RequestContext& c) {
    return json_response(200, settings_json(actions::my_notification_settings(caller(c))));
}

// A PATCH: the fields sent change, the others stay (the app's language switch sends `language` alone).
http::Response change_settings(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    actions::SettingsChange change;
    if (const auto language = body->optional_string("language", 10)) {
        change.language = domain::check_language(*language);
        if (!change.language) body->add_error("language", "must be \"en\" or \"es\"");
    }
    change.minutes = body->optional_bool("minutes");
    change.reminders = body->optional_bool("reminders");
    if (const auto digest = body->optional_string("digest", 10)) {
        change.digest = domain::check_digest_frequency(*digest);
        if (!change.digest) body->add_error("digest", "must be \"daily\", \"weekly\" or \"none\"");
    }
    if (!body->ok()) return body->problem();
    return json_response(200, settings_json(actions::change_notification_settings(caller(c), change)));
}

// Public: the token is the permission. The body (`List-Unsubscribe=One-Click`, or nothing) is not read.
http::Response unsubscribe(RequestContext& c) {
    if (!actions::unsubscribe(c.db, c.request.params.at("token"))) {
        return http::problem(http::ProblemKind::invalid_link, "this unsubscribe link is unknown");
    }
    return json_response(200, json::object{{"unsubscribed", true}});
}

}  // namespace

void add_notification_settings_routes(RouteTable& routes) {
    routes.push_back({"GET", "/api/v1/me/notification-settings", Guard::signed_in(), get_settings, access::signed_in});
    routes.push_back(
        {"PATCH", "/api/v1/me/notification-settings", Guard::signed_in(), change_settings, access::signed_in});
    routes.push_back({"POST", "/api/v1/unsubscribe/{token}", Guard::public_route(), unsubscribe, access::everyone});
}

}  // namespace trellis::api
