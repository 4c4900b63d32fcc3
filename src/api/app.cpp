#include "trellis/api/app.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include "api/authenticate.hpp"
#include "api/json_body.hpp"
#include "api/operator_endpoints.hpp"
#include "api/page_shell.hpp"
#include "api/permissions_shape.hpp"
#include "api/refusals.hpp"
#include "api/router.hpp"
#include "api/routes.hpp"
#include "api/upload_slots.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/http/log_redaction.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/static_files.hpp"
#include "trellis/store/pool_wait.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::api {

namespace {

// Uploads one person may have in flight at once; the next waits (429).
constexpr int kUploadsPerPerson = 2;

bool is_write(std::string_view method) { return method != "GET" && method != "HEAD"; }

void add_security_headers(http::Response& response) {
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "same-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
}

std::optional<http::Response> check_guard(const Guard& guard, RequestContext& context) {
    const auto& principal = context.principal;
    if (guard.kind == Guard::Kind::public_route) return std::nullopt;
    if (!principal.authenticated()) return sign_in_required();
    if (principal.via_cookie && is_write(context.request.method)) {
        const auto sent = context.request.header("x-csrf-token");
        if (!auth::secrets_equal(sent, principal.csrf_token)) {
            return http::problem(http::ProblemKind::csrf,
                                 "send the csrf_token from GET /api/v1/session in the X-CSRF-Token header");
        }
    }
    switch (guard.kind) {
        case Guard::Kind::public_route:
        case Guard::Kind::signed_in:
            return std::nullopt;
        case Guard::Kind::site_admin:
            if (principal.site_admin) return std::nullopt;
            return http::problem(http::ProblemKind::forbidden, "only a site administrator may do this");
        case Guard::Kind::resource:
            break;
    }
    const auto id = context.id(guard.param);
    const auto relationship = caller_relationship(context, guard.resource, id);
    return refusal(auth::decide(principal, guard.resource, guard.action, relationship), guard.resource, id);
}

// Whether the caller may run the route at all: the same check on an upload's header and before any handler.
std::optional<http::Response> admit(const Route& route, const Authentication& authentication, RequestContext& context) {
    if (authentication.invalid_bearer && route.guard.kind != Guard::Kind::public_route) {
        return invalid_api_token();
    }
    return check_guard(route.guard, context);
}

// PostgreSQL cuts text at a NUL character where SQLite keeps it: text holding one is refused on both, here for
// the path and query and in JsonBody for JSON bodies (imported files: the CSV reader).
std::optional<http::Response> refuse_nul(const http::Request& request) {
    constexpr std::string_view message = "must not contain the NUL character (U+0000)";
    if (request.path.find('\0') != std::string::npos) return validation_problem("path", message);
    for (const auto& [name, value] : request.query) {
        if (name.find('\0') != std::string::npos) return validation_problem("query", message);
        if (value.find('\0') != std::string::npos) return validation_problem(name, message);
    }
    return std::nullopt;
}

// Paths whose next segment is a secret: the routes with a {token} (calendar feeds, invitations, sign-in links),
// and the web app's invitation and sign-in link pages, which carry the same tokens.
const std::vector<std::string>& secret_prefixes() {
    static const std::vector<std::string> prefixes = [] {
        std::vector<std::string> out{"/invitations/", "/sign-in/link/"};
        for (const auto& route : all_routes()) {
            const auto at = route.pattern.find("{token}");
            if (at == std::string::npos) continue;
            auto prefix = route.pattern.substr(0, at);
            if (std::ranges::find(out, prefix) == out.end()) out.push_back(std::move(prefix));
        }
        return out;
    }();
    return prefixes;
}

std::string path_for_log(const http::Request& request) {
    return http::loggable_path(request.target, request.path, secret_prefixes());
}

http::Response run_route(const Route& route, http::Request& request, Services& services) {
    auto lease = services.database.acquire();
    auto& db = *lease;
    const auto authentication = authenticate(request, db, services.now());
    RequestContext context{request, db, authentication.principal, services, {}, {}};
    if (auto refusal = admit(route, authentication, context)) return *refusal;

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
            return http::problem(http::ProblemKind::method_not_allowed,
                                 fmt::format("{} is not supported on {}", request.method, request.path));
        }
        return http::problem(http::ProblemKind::not_found, fmt::format("no API route {}", request.path));
    }
    request.params = std::move(match.params);
    request.route = match.route->pattern;
    if (auto refusal = refuse_nul(request)) return *refusal;
    try {
        return run_route(*match.route, request, services);
    } catch (const store::PoolTimeout& e) {
        // Every connection is in use and none came free in time: say so at once rather than queue without end.
        spdlog::warn("{} on {} {}", e.what(), request.method, path_for_log(request));
        return busy_response();
    } catch (const store::DatabaseError& e) {
        if (e.kind() == store::DatabaseError::Kind::unique_violation) {
            return http::problem(http::ProblemKind::conflict, "this would create a duplicate of something that exists");
        }
        if (e.kind() == store::DatabaseError::Kind::foreign_key_violation) {
            return http::problem(http::ProblemKind::validation, "a referenced object does not exist");
        }
        if (e.kind() == store::DatabaseError::Kind::busy) {
            spdlog::warn("database busy on {} {}", request.method, path_for_log(request));
            return busy_response();
        }
        spdlog::error("database error on {} {}: {}", request.method, path_for_log(request), e.what());
    } catch (const std::exception& e) {
        spdlog::error("unexpected error on {} {}: {}", request.method, path_for_log(request), e.what());
    }
    return http::problem(http::ProblemKind::internal, "something went wrong on our side; it has been logged");
}

// GET /api/v1<path> as the browser asking for `page` would make it (its cookie, its address): a page's first data
// (api/first_data.hpp) goes through the same routing, authentication and policy as the browser's own request.
ApiGet api_get_for(const http::Request& page, Services& services) {
    return [&page, &services](const std::string& path) -> std::optional<std::string> {
        http::Request inner;
        inner.method = "GET";
        inner.target = "/api/v1" + path;
        const auto question = inner.target.find('?');
        inner.path = inner.target.substr(0, question);
        if (question != std::string::npos) {
            // The table's queries are plain "name=value" pairs (web/vite.config.ts checks their characters).
            std::string_view rest = std::string_view(inner.target).substr(question + 1);
            while (!rest.empty()) {
                const auto amp = std::min(rest.find('&'), rest.size());
                const auto pair = rest.substr(0, amp);
                const auto equals = pair.find('=');
                inner.query[std::string(pair.substr(0, equals))] =
                    equals == std::string_view::npos ? "" : std::string(pair.substr(equals + 1));
                rest.remove_prefix(std::min(amp + 1, rest.size()));
            }
        }
        inner.headers = page.headers;
        inner.remote_address = page.remote_address;
        inner.request_id = page.request_id;
        auto response = dispatch_api(inner, services);
        if (response.status != 200) return std::nullopt;
        return std::move(response.body);
    };
}

// The header stage of an upload route (see Route::upload): the caller is authenticated and the route's guard
// checked before any of the body is read, and a person gets at most kUploadsPerPerson uploads at once.
// Other requests go on; their guard is checked once their (small) body is in.
http::BodyDecision decide_before_body(const http::Request& headers, Services& services, UploadSlots& slots) {
    if (!headers.path.starts_with("/api/")) return {};
    auto match = match_route(all_routes(), headers.method, headers.path);
    if (!match.route || !match.route->upload) return {};
    http::BodyDecision decision;
    if (auto refusal = refuse_nul(headers)) {
        decision.refusal = std::move(refusal);
        return decision;
    }
    http::Request request = headers;
    request.params = std::move(match.params);
    try {
        auto lease = services.database.acquire();
        const auto authentication = authenticate(request, *lease, services.now());
        RequestContext context{request, *lease, authentication.principal, services, {}, {}};
        decision.refusal = admit(*match.route, authentication, context);
        if (!decision.refusal) {
            decision.hold = slots.try_acquire(authentication.principal.user_id);
            decision.upload = static_cast<bool>(decision.hold);
            if (!decision.hold) {
                decision.refusal = http::problem(
                    http::ProblemKind::too_many_uploads,
                    fmt::format("you already have {} uploads in progress; send this one when one of them is done",
                                kUploadsPerPerson));
                decision.refusal->set_header("Retry-After", "10");
            }
        }
    } catch (const std::exception& e) {
        spdlog::error("checking an upload's header on {} {}: {}", request.method, path_for_log(request), e.what());
        decision.refusal =
            http::problem(http::ProblemKind::internal, "something went wrong on our side; it has been logged");
    }
    if (decision.refusal) add_security_headers(*decision.refusal);
    return decision;
}

}  // namespace

http::BodyCheck make_body_check(Services& services) {
    return [&services, slots = std::make_shared<UploadSlots>(kUploadsPerPerson)](const http::Request& headers) {
        return decide_before_body(headers, services, *slots);
    };
}

std::vector<std::string> secret_path_prefixes() { return secret_prefixes(); }

http::Handler make_app(Services& services) {
    return [&services](http::Request& request) {
        http::Response response;
        if (request.path == "/healthz" || request.path == "/readyz" || request.path == "/metrics") {
            request.route = request.path;
            response = request.path == "/healthz"  ? health(services)
                       : request.path == "/readyz" ? readiness(services)
                                                   : metrics(request, services);
        } else if (request.path == "/api/v1/live") {
            request.route = request.path;
            // The live channel is WebSocket only; upgrades never reach this handler (see api/live.hpp).
            response = http::problem(http::ProblemKind::upgrade_required,
                                     "GET /api/v1/live?topic=meeting:<id> is a WebSocket: send Upgrade: websocket");
            response.set_header("Upgrade", "websocket");
        } else if (request.path.starts_with("/api/") || request.path.starts_with("/calendar/")) {
            // /calendar/<token>.ics: personal calendar feeds, a public route authenticated by its token.
            response = dispatch_api(request, services);
        } else if (auto file =
                       services.web_root.empty() ? std::nullopt : http::serve_static(services.web_root, request)) {
            response = std::move(*file);
            request.route = "(web)";  // the app's files and pages: one label, whatever the address
            // index.html (any address that is not a file): the page, with its code and the session (page_shell.hpp).
            if (response.header("content-type").starts_with("text/html"))
                if (auto page = page_shell(request, services, api_get_for(request, services)))
                    response = std::move(*page);
        } else {
            response = http::problem(http::ProblemKind::not_found, fmt::format("nothing at {}", request.path));
        }
        if (request.method == "HEAD") response.body.clear();
        add_security_headers(response);
        return response;
    };
}

}  // namespace trellis::api
