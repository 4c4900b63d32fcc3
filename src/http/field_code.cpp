#include "trellis/http/field_code.hpp"

#include <boost/json.hpp>

#include <regex>
#include <string>

namespace trellis::http {

namespace json = boost::json;
// The codes this file derives (the full list: trellis/domain/problem_code.hpp, which http cannot include).
namespace code {
constexpr const char* kRequired = "required";
constexpr const char* kTooLong = "too_long";
constexpr const char* kTooShort = "too_short";
constexpr const char* kNotADate = "not_a_date";
constexpr const char* kNotANumber = "not_a_number";
constexpr const char* kOutOfRange = "out_of_range";
constexpr const char* kNotOneOf = "not_one_of";
constexpr const char* kDuplicate = "duplicate";
constexpr const char* kEmptyFile = "empty_file";
constexpr const char* kMissingColumns = "missing_columns";
constexpr const char* kBeforeStart = "before_start";
constexpr const char* kWrongType = "wrong_type";
constexpr const char* kInvalid = "invalid";
}  // namespace code

namespace {

std::int64_t number(const std::string& text) { return std::stoll(text); }

// "a, b or c" (also "a or b", "a, b, or c"): the words of a closed list, without quotes.
json::array alternatives(std::string text) {
    json::array out;
    const std::regex separator(R"(\s*,\s*(?:or\s+)?|\s+or\s+)");
    for (std::sregex_token_iterator it(text.begin(), text.end(), separator, -1), end; it != end; ++it) {
        std::string word = *it;
        std::erase(word, '"');
        if (!word.empty()) out.emplace_back(word);
    }
    return out;
}

}  // namespace

void set_code(json::object& entry, std::string_view code, json::object params) {
    entry["code"] = code;
    if (!params.empty()) entry["params"] = std::move(params);
}

void set_code_from_message(json::object& entry, std::string_view message_view) {
    const std::string message(message_view);
    std::smatch m;
    const auto match = [&](const char* pattern) { return std::regex_search(message, m, std::regex(pattern)); };
    if (match(R"(^(the file is empty|is empty: send))")) return set_code(entry, code::kEmptyFile);
    if (match(R"(^(is required|must not be empty|is empty)\b)")) return set_code(entry, code::kRequired);
    if (match(R"(at most (\d+) (characters|bytes))"))
        return set_code(entry, code::kTooLong, json::object{{"max", number(m[1])}});
    if (match(R"(at least (\d+) (characters|bytes))"))
        return set_code(entry, code::kTooShort, json::object{{"min", number(m[1])}});
    if (match(R"(listed twice|already (mapped|used|taken|exists))")) return set_code(entry, code::kDuplicate);
    if (match(R"re(the header has no column "([^"]+)"|the header has no "?(\w+(?: or \w+)*)"? column)re")) {
        json::array columns;
        if (m[1].matched) {
            columns.emplace_back(std::string(m[1]));
        } else {
            const std::string list = m[2];
            const std::regex separator(" or ");
            for (std::sregex_token_iterator it(list.begin(), list.end(), separator, -1), end; it != end; ++it)
                columns.emplace_back(std::string(*it));
        }
        return set_code(entry, code::kMissingColumns, json::object{{"columns", std::move(columns)}});
    }
    if (match(R"(date|YYYY-MM-DD)") && match(R"(^must be)")) return set_code(entry, code::kNotADate);
    if (match(R"(from (-?\d+) to (-?\d+)|between (-?\d+) and (-?\d+))")) {
        const bool from = m[1].matched;
        return set_code(entry, code::kOutOfRange,
                        json::object{{"min", number(from ? m[1] : m[3])}, {"max", number(from ? m[2] : m[4])}});
    }
    if (match(R"(^must be (a|an) (number|integer|whole number|finite number))"))
        return set_code(entry, code::kNotANumber);
    if (match(R"(^must not be before (\w+))"))
        return set_code(entry, code::kBeforeStart, json::object{{"other", std::string(m[1])}});
    if (match(R"(^must be (a string|an object|an array|a list|true or false)\b)"))
        return set_code(entry, code::kWrongType);
    if (match(R"(^must be ((?:"?[a-z_]+"?, )*"?[a-z_]+"?,? or "?[a-z_]+"?)$)"))
        return set_code(entry, code::kNotOneOf, json::object{{"allowed", alternatives(m[1])}});
    set_code(entry, code::kInvalid);
}

}  // namespace trellis::http
