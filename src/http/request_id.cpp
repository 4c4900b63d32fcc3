#include "trellis/http/request_id.hpp"

#include <cstdint>
#include <random>

namespace trellis::http {

bool is_sane_request_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

std::string make_request_id() {
    // Not a secret (it is echoed to the caller and logged): a per-thread generator seeded from the system is enough.
    thread_local std::mt19937_64 generator{(static_cast<std::uint64_t>(std::random_device{}()) << 32) ^
                                           std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::uint64_t bits = generator();
    std::string out(16, '0');
    for (char& c : out) {
        c = kHex[bits & 0xF];
        bits >>= 4;
    }
    return out;
}

std::string request_id_for(std::string_view sent) {
    return is_sane_request_id(sent) ? std::string(sent) : make_request_id();
}

}  // namespace trellis::http
