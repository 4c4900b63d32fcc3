#pragma once
// How many failed sign-ins are allowed before a wait, and how the wait grows. Two limits, each over its own
// window of failures: per e-mail address (guessing one account's password from anywhere) and per client
// address (one client trying many accounts). A known device with the right password passes both
// (session_api.cpp says why); its own wrong passwords are limited by kKnownDeviceFailures.
#include <cstdint>
#include <string>

#include "trellis/store/accounts.hpp"

namespace trellis::api {

struct SignInLimit {
    std::int64_t free_failures;  // failures before the first wait
    std::int64_t
        first_wait;  // seconds after the last failure once free_failures are used; doubles with each further failure
    std::int64_t longest_wait;  // the doubling stops here
    std::int64_t window;        // failures older than this are forgotten
};

// 5 wrong passwords for one account, then 15 minutes, 30, 60... up to a day (until a successful sign-in).
inline constexpr SignInLimit kPerAccount{5, 15 * 60, 24 * 3600, 24 * 3600};
// 20 failures from one client address within an hour (a school behind one address has many people), then a
// minute, 2, 4... up to the hour.
inline constexpr SignInLimit kPerClientAddress{20, 60, 3600, 3600};
// Wrong passwords from one known device (since its last successful sign-in) before it loses its pass.
inline constexpr std::int64_t kKnownDeviceFailures = 5;

// Seconds until the next attempt may be made under `limit`, given the failures in its window; 0: now.
std::int64_t wait_seconds(const SignInLimit& limit, const store::FailureWindow& failures, std::int64_t now);

struct SignInWaits {
    std::int64_t account = 0;  // seconds
    std::int64_t client_address = 0;
};
SignInWaits sign_in_waits(store::Connection& db, const std::string& email, const std::string& client_address,
                          std::int64_t now);

// Records a failure (or an attempt refused during a wait, which lengthens it) under both limits.
void record_sign_in_failure(store::Connection& db, const std::string& email, const std::string& client_address,
                            std::int64_t now);

// Requests for a sign-in link (issue 15), counted by the same rule over their own log (a request is not a
// failure: it must not lock password sign-in). Per e-mail address: 3 links, then one more after 5 minutes,
// 10, 20... up to an hour; a request over this limit is answered like any other, and sends nothing. Per client
// address: 20 within an hour, then 429 with a wait of a minute, 2, 4... (the answer does not depend on whether
// the address has an account, so it tells nothing about one).
inline constexpr SignInLimit kLinksPerAddress{3, 5 * 60, 3600, 3600};
inline constexpr SignInLimit kLinksPerClientAddress{20, 60, 3600, 3600};
SignInWaits sign_in_link_waits(store::Connection& db, const std::string& email, const std::string& client_address,
                               std::int64_t now);
void record_sign_in_link_request(store::Connection& db, const std::string& email, const std::string& client_address,
                                 std::int64_t now);

}  // namespace trellis::api
