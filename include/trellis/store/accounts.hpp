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
// An empty `password_hash` makes an account without a password (it signs in by e-mailed link; password
// sign-in fails for it like a wrong password, and a password reset can give it one).
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

std::int64_t insert_api_token(Connection& db, const std::string& token_hash, std::int64_t user_id,
                              const std::string& name, std::int64_t now);
// Also records the use (last_used_at), at most once a minute to keep reads cheap.
std::optional<User> find_user_by_api_token(Connection& db, const std::string& token_hash, std::int64_t now);
std::vector<ApiToken> list_api_tokens(Connection& db, std::int64_t user_id);
bool delete_api_token(Connection& db, std::int64_t user_id, std::int64_t token_id);

// A failed (or refused) sign-in, recorded against the e-mail address tried and the client's network address.
// Failures older than `forget_before` are deleted on the way: no limit looks further back.
void record_sign_in_failure(Connection& db, const std::string& email, const std::string& client_address,
                            std::int64_t now, std::int64_t forget_before);
// Failures since `since`, and the latest of them (a lock runs from the latest failure).
struct FailureWindow {
    std::int64_t count = 0;
    std::int64_t latest = 0;
};
FailureWindow sign_in_failures_for_email(Connection& db, const std::string& email, std::int64_t since);
FailureWindow sign_in_failures_from_address(Connection& db, const std::string& client_address, std::int64_t since);
// Forgets the failures for an e-mail address (not those of the client address: signing in to an account of
// one's own must not buy more guesses at others).
void clear_sign_in_failures(Connection& db, const std::string& email);

// A browser that has signed in to an account before (its token is in an HttpOnly cookie). A known device
// passes the account's lockout with the right password, until it fails too often itself.
struct KnownDevice {
    std::int64_t id = 0;
    std::int64_t user_id = 0;
    std::int64_t failures = 0;  // wrong passwords sent from it since its last successful sign-in
};
std::optional<KnownDevice> find_known_device(Connection& db, const std::string& token_hash, std::int64_t used_since);
// Records a new device and keeps only the user's `keep` most recently used ones.
void insert_known_device(Connection& db, const std::string& token_hash, std::int64_t user_id, std::int64_t now,
                         std::int64_t keep);
void known_device_signed_in(Connection& db, std::int64_t device_id, std::int64_t now);
void known_device_failed(Connection& db, std::int64_t device_id);

void insert_password_reset(Connection& db, const std::string& token_hash, std::int64_t user_id, std::int64_t now,
                           std::int64_t expires_at);
// The user id of a reset token that is unused and unexpired; marks it used in the same statement so it can
// never be spent twice, even by two requests at once.
std::optional<std::int64_t> spend_password_reset(Connection& db, const std::string& token_hash, std::int64_t now);
// What a completed password reset ends besides the link it used: the user's other reset links, API tokens and
// sessions (whoever knew the old password may hold any of them).
void revoke_credentials_after_reset(Connection& db, std::int64_t user_id);

// Sign-in links (issue 15). `browser_nonce_hash` is empty when the asking request carried no nonce.
void insert_sign_in_link(Connection& db, const std::string& token_hash, std::int64_t user_id,
                         const std::string& browser_nonce_hash, std::int64_t now, std::int64_t expires_at);
// The user id of a link that is unused, unexpired and not bound to another browser; marks it used in the same
// conditional UPDATE, so two redemptions at once cannot both succeed. An empty `browser_nonce_hash` (the
// browser carries no nonce cookie) passes any link; a present one must match the link's, when it has one.
std::optional<std::int64_t> spend_sign_in_link(Connection& db, const std::string& token_hash,
                                               const std::string& browser_nonce_hash, std::int64_t now);
// A request for a link, counted whether or not the address has an account; requests older than
// `forget_before` are deleted on the way.
void record_sign_in_link_request(Connection& db, const std::string& email, const std::string& client_address,
                                 std::int64_t now, std::int64_t forget_before);
FailureWindow sign_in_link_requests_for_email(Connection& db, const std::string& email, std::int64_t since);
FailureWindow sign_in_link_requests_from_address(Connection& db, const std::string& client_address, std::int64_t since);

}  // namespace trellis::store
