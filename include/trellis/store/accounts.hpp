#pragma once
// Users, sessions, API tokens, failed sign-ins and password resets. Tokens are looked up by their hash only.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct User {
    std::int64_t id = 0;
    std::string email;  // lower-case
    std::string name;
    std::string password_hash;
    bool site_admin = false;
};

struct ApiToken {
    std::int64_t id = 0;
    std::string name;
    std::int64_t created_at = 0;
    std::optional<std::int64_t> last_used_at;
};

std::optional<User> find_user_by_email(Connection& db, const std::string& email);
std::optional<User> find_user(Connection& db, std::int64_t id);
std::int64_t insert_user(Connection& db, const std::string& email, const std::string& name,
                         const std::string& password_hash, bool site_admin, std::int64_t now);
void set_password(Connection& db, std::int64_t user_id, const std::string& password_hash);

struct SessionUser {
    User user;
    std::string csrf_token;
};
void insert_session(Connection& db, const std::string& token_hash, std::int64_t user_id, const std::string& csrf_token,
                    std::int64_t now, std::int64_t expires_at);
std::optional<SessionUser> find_session(Connection& db, const std::string& token_hash, std::int64_t now);
void delete_session(Connection& db, const std::string& token_hash);
void delete_sessions_of(Connection& db, std::int64_t user_id);

std::int64_t insert_api_token(Connection& db, const std::string& token_hash, std::int64_t user_id,
                              const std::string& name, std::int64_t now);
// Also records the use (last_used_at), at most once a minute to keep reads cheap.
std::optional<User> find_user_by_api_token(Connection& db, const std::string& token_hash, std::int64_t now);
std::vector<ApiToken> list_api_tokens(Connection& db, std::int64_t user_id);
bool delete_api_token(Connection& db, std::int64_t user_id, std::int64_t token_id);

void record_sign_in_failure(Connection& db, const std::string& email, std::int64_t now);
// Failures since `since`, and the oldest of them (to say when the lock ends).
struct FailureWindow {
    std::int64_t count = 0;
    std::int64_t oldest = 0;
};
FailureWindow sign_in_failures_since(Connection& db, const std::string& email, std::int64_t since);
void clear_sign_in_failures(Connection& db, const std::string& email);

void insert_password_reset(Connection& db, const std::string& token_hash, std::int64_t user_id, std::int64_t now,
                           std::int64_t expires_at);
// The user id of a reset token that is unused and unexpired; marks it used in the same statement so it can
// never be spent twice, even by two requests at once.
std::optional<std::int64_t> spend_password_reset(Connection& db, const std::string& token_hash, std::int64_t now);

}  // namespace trellis::store
