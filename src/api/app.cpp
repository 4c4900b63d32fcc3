#include "trellis/api/app.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "api/authenticate.hpp"
#include "api/router.hpp"
#include "api/routes.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/static_files.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::api {

namespace {

bool is_write(std::string_view method) { return method != "GET" && method != "HEAD"; }

void add_security_headers(http::Response& response) {
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "same-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
}

http::Response health(Services& services) {
    try {
        auto db = services.database.acquire();
        db->query("SELECT 1");
        http::Response response;
        response.body = R"({"status":"ok","database":"ok"})";
        response.set_header("Content-Type", "application/json");
        response.set_header("Cache-Control", "no-store");
        return response;
    } catch (const std::exception& e) {
        spdlog::error("health check: database unreachable: {}", e.what());
        return http::problem(503, "unavailable", "Service unavailable", "the database is not reachable");
    }
}

std::optional<http::Response> check_guard(const Guard& guard, RequestContext& context) {
    const auto& principal = context.principal;
    if (guard.kind == Guard::Kind::public_route) return std::nullopt;
    if (!principal.authenticated()) {
        return http::problem(401, "unauthenticated", "Sign-in required",
                             "sign in, or send a personal API token as 'Authorization: Bearer <token>'");
    }
    if (principal.via_cookie && is_write(context.request.method)) {
        const auto sent = context.request.header("x-csrf-token");
        if (!auth::secrets_equal(sent, principal.csrf_token)) {
            return http::problem(403, "csrf", "Missing or wrong CSRF token",
                                 "send the csrf_token from GET /api/v1/session in the X-CSRF-Token header");
        }
    }
    switch (guard.kind) {
        case Guard::Kind::public_route:
        case Guard::Kind::signed_in:
            return std::nullopt;
        case Guard::Kind::site_admin:
            if (principal.site_admin) return std::nullopt;
            return http::problem(403, "forbidden", "Forbidden", "only a site administrator may do this");
        case Guard::Kind::resource: break;
    }
    const auto id = context.id(guard.param);
    const auto relationship = store::load_relationship(context.db, principal.user_id, guard.resource, id);
    switch (auth::decide(principal, guard.resource, guard.action, relationship)) {
        case auth::Decision::allow: return std::nullopt;
        case auth::Decision::unauthenticated:
            return http::problem(401, "unauthenticated", "Sign-in required", "sign in first");
        case auth::Decision::forbidden:
            return http::problem(403, "forbidden", "Forbidden",
                                 "you can see this but your role does not allow changing it");
        case auth::Decision::not_found: break;
    }
    return http::problem(404, "not-found", "Not found",
                         fmt::format("{} {} was not found", auth::resource_name(guard.resource), id));
}

http::Response run_route(const Route& route, http::Request& request, Services& services) {
    auto lease = services.database.acquire();
    auto& db = *lease;
    const auto authentication = authenticate(request, db, services.now());
    if (authentication.invalid_bearer && route.guard.kind != Guard::Kind::public_route) {
        return http::problem(401, "unauthenticated", "Invalid API token",
                             "the bearer token is not valid: it may have been revoked or mistyped");
    }
    RequestContext context{request, db, authentication.principal, services, {}};
    if (auto refusal = check_guard(route.guard, context)) return *refusal;

    if (!is_write(request.method) || route.own_transaction) {
        auto response = route.handler(context);
        for (auto& work : context.after_commit) work();
        return response;
    }
    http::Response response;
    {
        store::Transaction transaction(db);
        response = route.handler(context);
        if (response.status < 400) transaction.commit();
    }
    if (response.status < 400) {
        for (auto& work : context.after_commit) work();
    }
    return response;
}

http::Response dispatch_api(http::Request& request, Services& services) {
    const auto method = request.method == "HEAD" ? std::string("GET") : request.method;
    auto match = match_route(all_routes(), method, request.path);
    if (!match.route) {
        if (match.path_exists) {
            return http::problem(405, "method-not-allowed", "Method not allowed",
                                 fmt::format("{} is not supported on {}", request.method, request.path));
        }
        return http::problem(404, "not-found", "Not found", fmt::format("no API route {}", request.path));
    }
    request.params = std::move(match.params);
    try {
        return run_route(*match.route, request, services);
    } catch (const store::DatabaseError& e) {
        if (e.kind() == store::DatabaseError::Kind::unique_violation) {
            return http::problem(409, "conflict", "Conflict", "this would create a duplicate of something that exists");
        }
        if (e.kind() == store::DatabaseError::Kind::foreign_key_violation) {
            return http::problem(422, "validation", "Invalid input", "a referenced object does not exist");
        }
        if (e.kind() == store::DatabaseError::Kind::busy) {
            spdlog::warn("database busy on {} {}", request.method, request.path);
            auto response = http::problem(503, "busy", "Busy", "the database is busy; try again in a moment");
            response.set_header("Retry-After", "1");
            return response;
        }
        spdlog::error("database error on {} {}: {}", request.method, request.path, e.what());
    } catch (const std::exception& e) {
        spdlog::error("unexpected error on {} {}: {}", request.method, request.path, e.what());
    }
    return http::problem(500, "internal", "Internal error", "something went wrong on our side; it has been logged");
}

}  // namespace

http::Handler make_app(Services& services) {
    return [&services](http::Request& request) {
        http::Response response;
        if (request.path == "/healthz") {
            response = health(services);
        } else if (request.path == "/api/v1/live") {
            // The live channel is WebSocket only; upgrades never reach this handler (see api/live.hpp).
            response = http::problem(426, "upgrade-required", "Upgrade required",
                                     "GET /api/v1/live?topic=meeting:<id> is a WebSocket: send Upgrade: websocket");
            response.set_header("Upgrade", "websocket");
        } else if (request.path.starts_with("/api/") || request.path.starts_with("/calendar/")) {
            // /calendar/<token>.ics: personal calendar feeds, a public route authenticated by its token.
            response = dispatch_api(request, services);
        } else if (auto file = services.web_root.empty() ? std::nullopt : http::serve_static(services.web_root, request)) {
            response = std::move(*file);
        } else {
            response = http::problem(404, "not-found", "Not found", fmt::format("nothing at {}", request.path));
        }
        if (request.method == "HEAD") response.body.clear();
        add_security_headers(response);
        return response;
    };
}

}  // namespace trellis::api
