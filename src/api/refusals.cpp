#include "api/refusals.hpp"

#include <fmt/format.h>

#include "trellis/http/problem.hpp"

namespace trellis::api {

http::Response sign_in_required() {
    return http::problem(http::ProblemKind::unauthenticated,
                         "sign in, or send a personal API token as 'Authorization: Bearer <token>'");
}

http::Response invalid_api_token() {
    return http::problem(http::ProblemKind::invalid_api_token,
                         "the bearer token is not valid: it may have been revoked or mistyped");
}

http::Response busy_response() {
    auto response = http::problem(http::ProblemKind::busy, "the database is busy; try again in a moment");
    response.set_header("Retry-After", "1");
    return response;
}

std::optional<http::Response> refusal(auth::Decision decision, auth::ResourceKind kind, std::int64_t id) {
    switch (decision) {
        case auth::Decision::allow:
            return std::nullopt;
        case auth::Decision::unauthenticated:
            return sign_in_required();
        case auth::Decision::forbidden:
            return http::problem(http::ProblemKind::forbidden,
                                 "you can see this but your role does not allow changing it");
        case auth::Decision::not_found:
            break;
    }
    return http::problem(http::ProblemKind::not_found,
                         fmt::format("{} {} was not found", auth::resource_name(kind), id));
}

}  // namespace trellis::api
