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
