#pragma once
// Checking a password in the same time whether or not the account exists. Argon2id takes ~70 ms; skipping it
// for an unknown address answered in 2 ms and told anyone which addresses have accounts.
#include <string>
#include <string_view>

namespace trellis::auth {

// True when `password` matches `stored_hash`. With no hash to check (no such account, or an account that has
// no password yet: null or empty), Argon2id still runs, on a stand-in hash made once with the same parameters,
// and the answer is false.
bool password_matches(std::string_view password, const std::string* stored_hash);

// Makes the stand-in hash now, at start, rather than during the first sign-in for an unknown address.
void prepare_password_checks();

}  // namespace trellis::auth
