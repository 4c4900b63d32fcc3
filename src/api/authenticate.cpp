#include "api/authenticate.hpp"

#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/accounts.hpp"

namespace trellis::api {

std::optional<std::string> cookie_value(const http::Request& request, std::string_view name) {
    std::string_view header = request.header("cookie");
    while (!header.empty()) {
        const auto end = header.find(';');
        auto pair = header.substr(0, end);
        header = end == std::string_view::npos ? std::string_view{} : header.substr(end + 1);
        while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
        const auto eq = pair.find('=');
        if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
    }
    return std::nullopt;
}

Authentication authenticate(const http::Request& request, store::Connection& db, std::int64_t now) {
    Authentication result;
    const auto authorization = request.header("authorization");
    // The scheme name is case-insensitive (RFC 9110, section 11.1).
    if (authorization.size() > 7 && domain::lowercase_ascii(authorization.substr(0, 7)) == "bearer ") {
        auto token = authorization.substr(7);
        while (token.starts_with(' ')) token.remove_prefix(1);
        if (const auto user = store::find_user_by_api_token(db, auth::token_hash(token), now)) {
            result.principal = {user->id, user->site_admin, false, user->name, user->email, {}};
        } else {
            result.invalid_bearer = true;
        }
        return result;
    }
    if (const auto token = cookie_value(request, kSessionCookie)) {
        if (const auto session = store::find_session(db, auth::token_hash(*token), now)) {
            const auto& u = session->user;
            result.principal = {u.id, u.site_admin, true, u.name, u.email, session->csrf_token};
        }
    }
    return result;
}

}  // namespace trellis::api
