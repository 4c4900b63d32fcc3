#include "api/sign_in_limits.hpp"

#include <algorithm>

namespace trellis::api {

std::int64_t wait_seconds(const SignInLimit& limit, const store::FailureWindow& failures, std::int64_t now) {
    if (failures.count < limit.free_failures) return 0;
    const auto doublings = std::min<std::int64_t>(failures.count - limit.free_failures, 20);
    const auto wait = std::min(limit.longest_wait, limit.first_wait << doublings);
    return std::max<std::int64_t>(0, failures.latest + wait - now);
}

SignInWaits sign_in_waits(store::Connection& db, const std::string& email, const std::string& client_address,
                          std::int64_t now) {
    return {
        wait_seconds(kPerAccount, store::sign_in_failures_for_email(db, email, now - kPerAccount.window), now),
        wait_seconds(kPerClientAddress,
                     store::sign_in_failures_from_address(db, client_address, now - kPerClientAddress.window), now)};
}

void record_sign_in_failure(store::Connection& db, const std::string& email, const std::string& client_address,
                            std::int64_t now) {
    store::record_sign_in_failure(db, email, client_address, now,
                                  now - std::max(kPerAccount.window, kPerClientAddress.window));
}

SignInWaits sign_in_link_waits(store::Connection& db, const std::string& email, const std::string& client_address,
                               std::int64_t now) {
    return {
        wait_seconds(kLinksPerAddress, store::sign_in_link_requests_for_email(db, email, now - kLinksPerAddress.window),
                     now),
        wait_seconds(kLinksPerClientAddress,
                     store::sign_in_link_requests_from_address(db, client_address, now - kLinksPerClientAddress.window),
                     now)};
}

void record_sign_in_link_request(store::Connection& db, const std::string& email, const std::string& client_address,
                                 std::int64_t now) {
    store::record_sign_in_link_request(db, email, client_address, now,
                                       now - std::max(kLinksPerAddress.window, kLinksPerClientAddress.window));
}

}  // namespace trellis::api
