#include "trellis/auth/secrets.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <semaphore>
#include <stdexcept>
#include <thread>

namespace trellis::auth {

namespace {

void ensure_sodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium failed to initialise");
}

const int kPlaces = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
std::counting_semaphore<> places(kPlaces);
std::atomic<int> running{0};
std::atomic<int> most_at_once{0};

// Holds one of the places for the duration of one hash.
class HashPlace {
public:
    HashPlace() {
        places.acquire();
        const int now = running.fetch_add(1) + 1;
        int seen = most_at_once.load();
        while (now > seen && !most_at_once.compare_exchange_weak(seen, now)) {}
    }
    ~HashPlace() {
        running.fetch_sub(1);
        places.release();
    }
    HashPlace(const HashPlace&) = delete;
    HashPlace& operator=(const HashPlace&) = delete;
};

}  // namespace

int password_hash_places() { return kPlaces; }
int password_hashes_at_most_at_once() { return most_at_once.load(); }

std::string hash_password(std::string_view password) {
    ensure_sodium();
    const HashPlace place;
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        throw std::runtime_error("out of memory while hashing a password");
    }
    return std::string(out.data());
}

bool verify_password(std::string_view password, const std::string& stored_hash) {
    ensure_sodium();
    if (stored_hash.empty()) return false;
    const HashPlace place;
    return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

std::string new_token() {
    ensure_sodium();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> out{};
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return std::string(out.data());
}

std::string token_hash(std::string_view token) {
    ensure_sodium();
    std::array<unsigned char, 32> digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                       nullptr, 0);
    std::array<char, 65> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data());
}

bool secrets_equal(std::string_view a, std::string_view b) {
    ensure_sodium();
    if (a.size() != b.size() || a.empty()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace trellis::auth
