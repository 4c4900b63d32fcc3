#pragma once
// Passwords and bearer secrets. Passwords get Argon2id (libsodium, interactive limits, ~70 ms here); session,
// API, invitation and reset tokens are 256-bit random values stored only as a BLAKE2b hash, so a lookup costs
// microseconds and a leaked database holds no usable token.
#include <string>
#include <string_view>

namespace trellis::auth {

// Both take one of a bounded number of places (one per core) and wait for one when all are taken: each hash holds
// 64 MB and a core for ~70 ms, so a crowd signing in at once would otherwise take every handler thread and a
// multiple of 64 MB, and the reads of everyone already signed in would queue behind them (bench/soak.sh).
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& stored_hash);
// How many hashes may run at once, and the most that ever ran at once in this process (for tests and operators).
int password_hash_places();
int password_hashes_at_most_at_once();

// A new random token, URL-safe base64 without padding (43 characters).
std::string new_token();
// Hex BLAKE2b-256 of a token: what the database stores and looks up.
std::string token_hash(std::string_view token);
// Constant-time comparison for secrets compared in memory (CSRF tokens).
bool secrets_equal(std::string_view a, std::string_view b);

}  // namespace trellis::auth
