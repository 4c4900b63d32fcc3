#include "trellis/store/accounts.hpp"

namespace trellis::store {

namespace {

constexpr const char* kUserColumns = "id, email, name, COALESCE(password_hash, ''), site_admin";

User read_user(const Row& row, std::size_t first = 0) {
    return User{row.integer(first), row.text(first + 1), row.text(first + 2), row.text(first + 3),
                row.integer(first + 4) != 0};
}

}  // namespace

std::optional<User> find_user_by_email(Connection& db, const std::string& email) {
    const auto row = db.query_one(std::string("SELECT ") + kUserColumns + " FROM users WHERE email = ?", {email});
    if (!row) return std::nullopt;
    return read_user(*row);
}

std::optional<User> find_user(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?", {id});
    if (!row) return std::nullopt;
    return read_user(*row);
}

std::int64_t insert_user(Connection& db, const std::string& email, const std::string& name,
                         const std::string& password_hash, bool site_admin, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO users (email, name, password_hash, site_admin, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {email, name, password_hash.empty() ? Param{nullptr} : Param{password_hash}, std::int64_t{site_admin ? 1 : 0},
         now});
}

void set_password(Connection& db, std::int64_t user_id, const std::string& password_hash) {
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", {password_hash, user_id});
}

void insert_session(Connection& db, const std::string& token_hash, std::int64_t user_id, const std::string& csrf_token,
                    std::int64_t now, std::int64_t expires_at) {
    db.execute("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
               {token_hash, user_id, csrf_token, now, expires_at});
}

std::optional<SessionUser> find_session(Connection& db, const std::string& token_hash, std::int64_t now) {
    const auto row = db.query_one(
        "SELECT u.id, u.email, u.name, COALESCE(u.password_hash, ''), u.site_admin, s.csrf_token "
        "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?",
        {token_hash, now});
    if (!row) return std::nullopt;
    return SessionUser{read_user(*row), row->text(5)};
}

void delete_session(Connection& db, const std::string& token_hash) {
    db.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

std::int64_t insert_api_token(Connection& db, const std::string& token_hash, std::int64_t user_id,
                              const std::string& name, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO api_tokens (token_hash, user_id, name, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        {token_hash, user_id, name, now});
}

std::optional<User> find_user_by_api_token(Connection& db, const std::string& token_hash, std::int64_t now) {
    const auto row = db.query_one(
        "SELECT u.id, u.email, u.name, COALESCE(u.password_hash, ''), u.site_admin, t.id, "
        "COALESCE(t.last_used_at, 0) FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?",
        {token_hash});
    if (!row) return std::nullopt;
    if (now - row->integer(6) >= 60) {
        db.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", {now, row->integer(5)});
    }
    return read_user(*row);
}

std::vector<ApiToken> list_api_tokens(Connection& db, std::int64_t user_id) {
    std::vector<ApiToken> tokens;
    for (const auto& row : db.query(
             "SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = ? ORDER BY id", {user_id})) {
        tokens.push_back({row.integer(0), row.text(1), row.integer(2), row.optional_integer(3)});
    }
    return tokens;
}

bool delete_api_token(Connection& db, std::int64_t user_id, std::int64_t token_id) {
    return db.execute("DELETE FROM api_tokens WHERE id = ? AND user_id = ?", {token_id, user_id}) > 0;
}

void record_sign_in_failure(Connection& db, const std::string& email, const std::string& client_address,
                            std::int64_t now, std::int64_t forget_before) {
    db.execute("DELETE FROM sign_in_failures WHERE failed_at < ?", {forget_before});
    db.execute("INSERT INTO sign_in_failures (email, client_address, failed_at) VALUES (?, ?, ?)",
               {email, client_address, now});
}

FailureWindow sign_in_failures_for_email(Connection& db, const std::string& email, std::int64_t since) {
    const auto row = db.query_one(
        "SELECT COUNT(*), COALESCE(MAX(failed_at), 0) FROM sign_in_failures WHERE email = ? AND failed_at > ?",
        {email, since});
    return row ? FailureWindow{row->integer(0), row->integer(1)} : FailureWindow{};
}

FailureWindow sign_in_failures_from_address(Connection& db, const std::string& client_address, std::int64_t since) {
    const auto row = db.query_one(
        "SELECT COUNT(*), COALESCE(MAX(failed_at), 0) FROM sign_in_failures WHERE client_address = ? AND failed_at > ?",
        {client_address, since});
    return row ? FailureWindow{row->integer(0), row->integer(1)} : FailureWindow{};
}

void clear_sign_in_failures(Connection& db, const std::string& email) {
    db.execute("DELETE FROM sign_in_failures WHERE email = ?", {email});
}

std::optional<KnownDevice> find_known_device(Connection& db, const std::string& token_hash, std::int64_t used_since) {
    const auto row =
        db.query_one("SELECT id, user_id, failures FROM known_devices WHERE token_hash = ? AND last_used_at > ?",
                     {token_hash, used_since});
    if (!row) return std::nullopt;
    return KnownDevice{row->integer(0), row->integer(1), row->integer(2)};
}

void insert_known_device(Connection& db, const std::string& token_hash, std::int64_t user_id, std::int64_t now,
                         std::int64_t keep) {
    db.execute("INSERT INTO known_devices (token_hash, user_id, created_at, last_used_at) VALUES (?, ?, ?, ?)",
               {token_hash, user_id, now, now});
    db.execute(
        "DELETE FROM known_devices WHERE user_id = ? AND id NOT IN (SELECT id FROM known_devices "
        "WHERE user_id = ? ORDER BY last_used_at DESC, id DESC LIMIT ?)",
        {user_id, user_id, keep});
}

void known_device_signed_in(Connection& db, std::int64_t device_id, std::int64_t now) {
    db.execute("UPDATE known_devices SET failures = 0, last_used_at = ? WHERE id = ?", {now, device_id});
}

void known_device_failed(Connection& db, std::int64_t device_id) {
    db.execute("UPDATE known_devices SET failures = failures + 1 WHERE id = ?", {device_id});
}

void insert_password_reset(Connection& db, const std::string& token_hash, std::int64_t user_id, std::int64_t now,
                           std::int64_t expires_at) {
    db.execute("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
               {token_hash, user_id, now, expires_at});
}

std::optional<std::int64_t> spend_password_reset(Connection& db, const std::string& token_hash, std::int64_t now) {
    const auto row = db.query_one(
        "UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? "
        "RETURNING user_id",
        {now, token_hash, now});
    if (!row) return std::nullopt;
    return row->integer(0);
}

void revoke_credentials_after_reset(Connection& db, std::int64_t user_id) {
    db.execute("DELETE FROM password_resets WHERE user_id = ?", {user_id});
    db.execute("DELETE FROM api_tokens WHERE user_id = ?", {user_id});
    db.execute("DELETE FROM sessions WHERE user_id = ?", {user_id});
}

void insert_sign_in_link(Connection& db, const std::string& token_hash, std::int64_t user_id,
                         const std::string& browser_nonce_hash, std::int64_t now, std::int64_t expires_at) {
    db.execute(
        "INSERT INTO sign_in_links (token_hash, user_id, browser_nonce_hash, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?)",
        {token_hash, user_id, browser_nonce_hash.empty() ? Param{nullptr} : Param{browser_nonce_hash}, now,
         expires_at});
}

std::optional<std::int64_t> spend_sign_in_link(Connection& db, const std::string& token_hash,
                                               const std::string& browser_nonce_hash, std::int64_t now) {
    const auto row = browser_nonce_hash.empty()
                         ? db.query_one(
                               "UPDATE sign_in_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL "
                               "AND expires_at > ? RETURNING user_id",
                               {now, token_hash, now})
                         : db.query_one(
                               "UPDATE sign_in_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL "
                               "AND expires_at > ? AND (browser_nonce_hash IS NULL OR browser_nonce_hash = ?) "
                               "RETURNING user_id",
                               {now, token_hash, now, browser_nonce_hash});
    if (!row) return std::nullopt;
    return row->integer(0);
}

void record_sign_in_link_request(Connection& db, const std::string& email, const std::string& client_address,
                                 std::int64_t now, std::int64_t forget_before) {
    db.execute("DELETE FROM sign_in_link_requests WHERE requested_at < ?", {forget_before});
    db.execute("INSERT INTO sign_in_link_requests (email, client_address, requested_at) VALUES (?, ?, ?)",
               {email, client_address, now});
}

FailureWindow sign_in_link_requests_for_email(Connection& db, const std::string& email, std::int64_t since) {
    const auto row = db.query_one(
        "SELECT COUNT(*), COALESCE(MAX(requested_at), 0) FROM sign_in_link_requests WHERE email = ? "
        "AND requested_at > ?",
        {email, since});
    return row ? FailureWindow{row->integer(0), row->integer(1)} : FailureWindow{};
}

FailureWindow sign_in_link_requests_from_address(Connection& db, const std::string& client_address,
                                                 std::int64_t since) {
    const auto row = db.query_one(
        "SELECT COUNT(*), COALESCE(MAX(requested_at), 0) FROM sign_in_link_requests WHERE client_address = ? "
        "AND requested_at > ?",
        {client_address, since});
    return row ? FailureWindow{row->integer(0), row->integer(1)} : FailureWindow{};
}

}  // namespace trellis::store
