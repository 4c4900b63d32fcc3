#pragma once
// One API route: method, path pattern, the guard the permission policy checks before the handler runs, and
// the handler. Every route of the product is declared in one table (routes.cpp) made of these.
#include <functional>
#include <string>
#include <vector>

#include "api/access.hpp"
#include "api/relationship_memo.hpp"
#include "trellis/api/services.hpp"
#include "trellis/auth/policy.hpp"
#include "trellis/http/message.hpp"
#include "trellis/store/database.hpp"

namespace trellis::api {

struct Guard {
    enum class Kind { public_route, signed_in, site_admin, resource };
    Kind kind = Kind::signed_in;
    auth::ResourceKind resource = auth::ResourceKind::team;
    std::string param;  // path parameter holding the resource id
    auth::Action action = auth::Action::read;

    static Guard public_route() { return {Kind::public_route}; }
    static Guard signed_in() { return {Kind::signed_in}; }
    static Guard site_admin() { return {Kind::site_admin}; }
    static Guard read(auth::ResourceKind r, std::string p = "id") {
        return {Kind::resource, r, std::move(p), auth::Action::read};
    }
    static Guard manage(auth::ResourceKind r, std::string p = "id") {
        return {Kind::resource, r, std::move(p), auth::Action::manage};
    }
    static Guard take_part(auth::ResourceKind r, std::string p = "id") {
        return {Kind::resource, r, std::move(p), auth::Action::take_part};
    }
    static Guard contribute(auth::ResourceKind r, std::string p = "id") {
        return {Kind::resource, r, std::move(p), auth::Action::contribute};
    }
};

struct RequestContext {
    http::Request& request;
    store::Connection& db;
    const auth::Principal& principal;
    Services& services;
    // Work that must only happen once the request's writes are committed (sending e-mail).
    std::vector<std::function<void()>> after_commit;
    // Relationships already loaded by this read request (caller_relationship() in permissions_shape.hpp).
    RelationshipMemo relationships;

    // A numeric path parameter; the router only matches digits for parameters named id or *_id.
    [[nodiscard]] std::int64_t id(const std::string& name = "id") const;
    // A path parameter as written ("" when the pattern has none of that name): guide ids, dates.
    [[nodiscard]] std::string param(const std::string& name) const;
};

using RouteHandler = std::function<http::Response(RequestContext&)>;

struct Route {
    std::string method;   // GET, POST, PATCH, DELETE
    std::string pattern;  // "/api/v1/teams/{id}/members/{member_id}"
    Guard guard;
    RouteHandler handler;
    // What each kind of caller gets (access.hpp): the promise tests/test_authorization_matrix.py holds the
    // guard and the handler to. A route without a complete declaration fails the route table's unit test.
    Access access;
    // Writes normally run in one transaction that commits only for a 2xx/3xx answer. A route that must keep
    // some writes on failure (sign-in records failed attempts) manages its own transactions.
    bool own_transaction = false;
    // A file upload (a district's export): its guard is checked on the request's header, before any of the
    // body is read, and an accepted body is streamed to a file (Request::body_file) under the upload limit.
    bool upload = false;
};

using RouteTable = std::vector<Route>;

}  // namespace trellis::api
