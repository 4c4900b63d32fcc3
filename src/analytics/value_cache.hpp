#pragma once
// A small cache from a column's raw field bytes to its evaluated value, used by the student counter so that
// each distinct value of a column (flags, grades, codes) is evaluated once, not once per row.
#include <array>
#include <climits>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace trellis::analytics::detail {

// Raw field bytes -> an evaluated value, for the distinct values of one column (short keys only, bounded).
class ValueCache {
public:
    ValueCache() { one_.fill(kUnknown); }
    // Keys of one or two bytes (flags, grades, race codes) are looked up in direct tables, without hashing.
    const std::int64_t* find(std::string_view key) {
        if (key.size() == 1) {
            const std::int64_t& v = one_[static_cast<unsigned char>(key[0])];
            return v == kUnknown ? nullptr : &v;
        }
        if (key.size() == 2) {
            if (!two_) return nullptr;
            const std::int64_t& v = two_[static_cast<unsigned char>(key[0]) |
                                         (static_cast<unsigned>(static_cast<unsigned char>(key[1])) << 8)];
            return v == kUnknown ? nullptr : &v;
        }
        return find_hashed(key);
    }
    void insert(std::string_view key, std::int64_t value);

private:
    static constexpr std::int64_t kUnknown = INT64_MIN;
    const std::int64_t* find_hashed(std::string_view key);
    std::array<std::int64_t, 256> one_;
    std::unique_ptr<std::int64_t[]> two_;  // 65536 entries, allocated when a column has two-byte values

    // A key of up to 8 bytes is compared as `word` (its bytes packed, with its size); a longer one by its
    // bytes in the arena.
    struct Slot {
        std::uint64_t hash = 0;  // 0: empty
        std::uint64_t word = 0;
        std::uint32_t offset = 0, size = 0;
        std::int64_t value = 0;
    };
    static std::uint64_t word_of(std::string_view key);
    static std::uint64_t hash_of(std::string_view key, std::uint64_t word);
    bool matches(const Slot& slot, std::string_view key, std::uint64_t word) const;
    void grow();
    std::vector<Slot> slots_;
    std::string arena_;
    std::size_t count_ = 0;
    std::size_t last_ = 0;
    bool has_last_ = false;
};

}  // namespace trellis::analytics::detail
