#include "trellis/domain/identifiers.hpp"

#include "trellis/domain/characters.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include <fmt/format.h>

namespace trellis::domain {

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() && std::ranges::all_of(text, [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::string quoted(std::string_view value) {
    // Long or odd input is cut so the message stays readable.
    return fmt::format("\"{}\"", value.substr(0, 40));
}

}  // namespace

std::string lowercase_ascii(std::string_view text) {
    std::string out(text);
    std::ranges::transform(out, out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<std::string> check_cds_code(std::string_view code) {
    if (code.size() != 14 || !all_digits(code)) {
        return fmt::format("must be 14 digits (county 2, district 5, school 7), got {}", quoted(code));
    }
    const int county = (code[0] - '0') * 10 + (code[1] - '0');
    if (county < 1 || county > 58) {
        return fmt::format("county part must be 01 to 58, got {}", quoted(code.substr(0, 2)));
    }
    return std::nullopt;
}

std::optional<std::string> check_nces_id(std::string_view id) {
    if ((id.size() != 7 && id.size() != 12) || !all_digits(id)) {
        return fmt::format("must be 7 digits (district) or 12 digits (school), got {}", quoted(id));
    }
    return std::nullopt;
}

std::optional<std::string> check_email(std::string_view email) {
    const auto at = email.find('@');
    const bool shaped = at != std::string_view::npos && at > 0 && at == email.rfind('@') &&
                        email.find('.', at) != std::string_view::npos && email.back() != '.' && email.size() <= 254 &&
                        std::ranges::none_of(email, [](unsigned char c) { return std::isspace(c) || c < 0x20; });
    if (!shaped) return fmt::format("must be an e-mail address like name@district.org, got {}", quoted(email));
    return std::nullopt;
}

std::optional<std::string> check_password(std::string_view password) {
    // Counted in characters, as the form and its message count them: "contraseña" is 10, not 11.
    const auto length = character_count(password);
    if (length < 10) return std::string("must be at least 10 characters long");
    if (length > 200) return std::string("must be at most 200 characters long");
    return std::nullopt;
}

std::optional<std::string> check_date(std::string_view date) {
    const auto bad = [&] { return fmt::format("must be a date as YYYY-MM-DD, got {}", quoted(date)); };
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return bad();
    if (!all_digits(date.substr(0, 4)) || !all_digits(date.substr(5, 2)) || !all_digits(date.substr(8, 2))) {
        return bad();
    }
    const std::chrono::year_month_day ymd{
        std::chrono::year{std::stoi(std::string(date.substr(0, 4)))},
        std::chrono::month{static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))))},
        std::chrono::day{static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))))}};
    if (!ymd.ok()) return bad();
    return std::nullopt;
}

std::optional<std::string> check_one_of(std::string_view value, std::span<const std::string_view> allowed) {
    if (std::ranges::find(allowed, value) != allowed.end()) return std::nullopt;
    return fmt::format("must be one of {}, got {}", fmt::join(allowed, ", "), quoted(value));
}

}  // namespace trellis::domain
