#include "trellis/auth/password_check.hpp"

#include "trellis/auth/secrets.hpp"

namespace trellis::auth {

namespace {

// hash_password's parameters, so verifying against it costs what verifying a real account's hash costs.
const std::string& stand_in_hash() {
    static const std::string hash = hash_password(new_token());
    return hash;
}

}  // namespace

bool password_matches(std::string_view password, const std::string* stored_hash) {
    if (stored_hash == nullptr || stored_hash->empty()) {
        (void)verify_password(password, stand_in_hash());
        return false;
    }
    return verify_password(password, *stored_hash);
}

void prepare_password_checks() { (void)stand_in_hash(); }

}  // namespace trellis::auth
