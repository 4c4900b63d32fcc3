#include "student_values.hpp"

#include <charconv>

namespace trellis::analytics::detail {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

}  // namespace

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<int> parse_grade(std::string_view text) {
    text = trim(text);
    for (const char* k : {"K", "KN", "KG", "Kindergarten"}) {
        if (iequals(text, k)) return 1;
    }
    for (const char* tk : {"TK", "Transitional Kindergarten"}) {
        if (iequals(text, tk)) return 0;
    }
    if (text.empty() || text.size() > 3) return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > 12) return std::nullopt;
    return value + 1;
}

std::string normalise_code_value(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool gap = false;
    for (const char c : text) {
        if (alnum(c) || c == '-' || c == '_') {
            if (gap && !out.empty()) out += '_';
            gap = false;
            out += lower(c);
        } else {
            gap = true;
        }
    }
    return out;
}

std::string normalise_header(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (alnum(c)) out += lower(c);
    }
    return out;
}

std::optional<bool> parse_flag(std::string_view text) {
    text = trim(text);
    if (text.empty()) return false;
    for (const char* yes : {"Y", "1", "true", "yes"}) {
        if (iequals(text, yes)) return true;
    }
    for (const char* no : {"N", "0", "false", "no"}) {
        if (iequals(text, no)) return false;
    }
    return std::nullopt;
}

}  // namespace trellis::analytics::detail
