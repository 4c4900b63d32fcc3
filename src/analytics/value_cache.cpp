#include "value_cache.hpp"

#include <bit>
#include <cstring>

namespace trellis::analytics::detail {

namespace {

constexpr std::size_t kMaxCacheEntries = 1 << 16;

constexpr std::size_t kMaxCachedKey = 64;

std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

std::uint32_t load32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return x | 1;  // never 0, the empty mark
}

}  // namespace

// Fixed-size loads that together cover every byte of a key of up to 8 bytes, so (size, word) is the key.
std::uint64_t ValueCache::word_of(std::string_view key) {
    const char* p = key.data();
    const std::size_t n = key.size();
    if (n == 0) return 0;
    if (n < 4) {
        return static_cast<unsigned char>(p[0]) |
               (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
               (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    }
    if (n <= 8) return load32(p) | (static_cast<std::uint64_t>(load32(p + n - 4)) << 32);
    return load64(p) ^ (load64(p + n - 8) * 31);
}

std::uint64_t ValueCache::hash_of(std::string_view key, std::uint64_t word) {
    std::uint64_t h = word ^ (static_cast<std::uint64_t>(key.size()) * 0x9e3779b97f4a7c15ull);
    if (key.size() > 8) {
        for (std::size_t i = 0; i + 8 <= key.size(); i += 8) h = (h ^ load64(key.data() + i)) * 0x9e3779b97f4a7c15ull;
    }
    return mix(h);
}

bool ValueCache::matches(const Slot& slot, std::string_view key, std::uint64_t word) const {
    if (slot.size != key.size() || slot.word != word) return false;
    return key.size() <= 8 || std::memcmp(arena_.data() + slot.offset, key.data(), key.size()) == 0;
}

const std::int64_t* ValueCache::find_hashed(std::string_view key) {
    const std::uint64_t word = word_of(key);
    if (has_last_ && matches(slots_[last_], key, word)) return &slots_[last_].value;
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = hash_of(key, word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.hash == 0) return nullptr;
        if (s.hash == h && matches(s, key, word)) {
            last_ = i;
            has_last_ = true;
            return &s.value;
        }
    }
}

void ValueCache::insert(std::string_view key, std::int64_t value) {
    if (value == kUnknown) return;
    if (key.size() == 1) {
        one_[static_cast<unsigned char>(key[0])] = value;
        return;
    }
    if (key.size() == 2) {
        if (!two_) {
            two_ = std::make_unique_for_overwrite<std::int64_t[]>(65536);
            std::fill(two_.get(), two_.get() + 65536, kUnknown);
        }
        two_[static_cast<unsigned char>(key[0]) | (static_cast<unsigned>(static_cast<unsigned char>(key[1])) << 8)] =
            value;
        return;
    }
    if (key.size() > kMaxCachedKey || count_ >= kMaxCacheEntries) return;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t word = word_of(key);
    const std::uint64_t h = hash_of(key, word);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
    slots_[i] = Slot{h, word, static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(key.size()), value};
    if (key.size() > 8) arena_.append(key);
    ++count_;
    last_ = i;
    has_last_ = true;
}

void ValueCache::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.hash == 0) continue;
        std::size_t i = s.hash & mask;
        while (slots_[i].hash != 0) i = (i + 1) & mask;
        slots_[i] = s;
    }
    has_last_ = false;
}

}  // namespace trellis::analytics::detail
