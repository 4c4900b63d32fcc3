#include "api/json_body.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include "trellis/domain/characters.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/validation_problem.hpp"

namespace trellis::api {

namespace json = boost::json;
namespace code = domain::code;

namespace {

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(first, last - first + 1));
}

std::string kind_name(const json::value& v) {
    switch (v.kind()) {
        case json::kind::null:
            return "null";
        case json::kind::bool_:
            return "a boolean";
        case json::kind::int64:
        case json::kind::uint64:
        case json::kind::double_:
            return "a number";
        case json::kind::string:
            return "a string";
        case json::kind::array:
            return "an array";
        case json::kind::object:
            return "an object";
    }
    return "something else";
}

// Line and column (1-based) of a byte offset, for "malformed JSON at line 3, column 14".
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// Where the first string (or member name) holding a NUL character is, as "notes" or "items[2].title";
// nullopt when there is none. PostgreSQL cuts text at NUL while SQLite keeps it, so such text is refused.
std::optional<std::string> nul_field(const json::value& value, const std::string& where) {
    const auto has_nul = [](std::string_view text) { return text.find('\0') != std::string_view::npos; };
    switch (value.kind()) {
        case json::kind::string:
            if (has_nul(value.get_string())) return where;
            return std::nullopt;
        case json::kind::array: {
            const auto& array = value.get_array();
            for (std::size_t i = 0; i < array.size(); ++i) {
                if (auto found = nul_field(array[i], fmt::format("{}[{}]", where, i))) return found;
            }
            return std::nullopt;
        }
        case json::kind::object:
            for (const auto& [key, member] : value.get_object()) {
                const auto inner =
                    where.empty() ? std::string(key) : fmt::format("{}.{}", where, std::string_view(key));
                if (has_nul(key)) return where.empty() ? std::string("(a member name)") : where;
                if (auto found = nul_field(member, inner)) return found;
            }
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

}  // namespace

std::expected<JsonBody, http::Response> JsonBody::parse(const http::Request& request, bool allow_empty) {
    const auto body_is_blank = trim(request.body).empty();
    if (body_is_blank && allow_empty) return JsonBody(json::object{});
    const auto content_type = request.header("content-type");
    if (!content_type.starts_with("application/json")) {
        return std::unexpected(
            http::problem(http::ProblemKind::unsupported_media_type,
                          fmt::format("the body must be JSON sent with Content-Type: application/json, got \"{}\"",
                                      content_type.substr(0, 60))));
    }
    json::stream_parser parser;
    boost::system::error_code ec;
    const auto consumed = parser.write(request.body.data(), request.body.size(), ec);
    if (!ec) parser.finish(ec);
    if (ec) {
        const auto [line, column] = line_and_column(request.body, consumed);
        return std::unexpected(http::problem(
            http::ProblemKind::malformed_json,
            fmt::format("the body is not valid JSON: {} at line {}, column {}", ec.message(), line, column)));
    }
    auto value = parser.release();
    if (!value.is_object()) {
        return std::unexpected(http::problem(http::ProblemKind::validation,
                                             fmt::format("the body must be a JSON object, got {}", kind_name(value))));
    }
    if (auto field = nul_field(value, "")) {
        return std::unexpected(validation_problem(*field, "must not contain the NUL character (U+0000)"));
    }
    return JsonBody(std::move(value.as_object()));
}

bool JsonBody::has(std::string_view field) const {
    const auto* v = object_.if_contains(field);
    return v != nullptr && !v->is_null();
}

void JsonBody::add_error(std::string_view field, std::string message, std::string code, domain::ProblemParams params) {
    errors_.push_back({std::string(field), std::move(message), std::move(code), std::move(params)});
}

std::optional<std::string> JsonBody::required_string(std::string_view field, std::size_t max_length) {
    if (!has(field)) {
        add_error(field, "is required", code::kRequired);
        return std::nullopt;
    }
    auto value = optional_string(field, max_length);
    if (value && value->empty()) {
        add_error(field, "must not be empty", code::kRequired);
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> JsonBody::optional_string(std::string_view field, std::size_t max_length) {
    if (!has(field)) return std::nullopt;
    const auto& v = object_.at(field);
    if (!v.is_string()) {
        add_error(field, fmt::format("must be a string, got {}", kind_name(v)), code::kWrongType);
        return std::nullopt;
    }
    auto text = trim(v.as_string());
    if (const auto length = domain::character_count(text); length > max_length) {
        add_error(field, fmt::format("must be at most {} characters, got {}", max_length, length), code::kTooLong,
                  {{"max", static_cast<std::int64_t>(max_length)}});
        return std::nullopt;
    }
    return text;
}

std::optional<std::int64_t> JsonBody::required_integer(std::string_view field) {
    if (!has(field)) {
        add_error(field, "is required", code::kRequired);
        return std::nullopt;
    }
    return optional_integer(field);
}

std::optional<std::int64_t> JsonBody::optional_integer(std::string_view field) {
    if (!has(field)) return std::nullopt;
    const auto& v = object_.at(field);
    if (v.is_int64()) return v.as_int64();
    if (v.is_uint64() && v.as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
        return static_cast<std::int64_t>(v.as_uint64());
    }
    add_error(field, fmt::format("must be an integer, got {}", kind_name(v)), code::kNotANumber);
    return std::nullopt;
}

std::optional<double> JsonBody::required_number(std::string_view field) {
    if (!has(field)) {
        add_error(field, "is required", code::kRequired);
        return std::nullopt;
    }
    const auto& v = object_.at(field);
    if (v.is_number()) {
        const double number = v.to_number<double>();
        if (std::isfinite(number)) return number;
    }
    add_error(field, fmt::format("must be a number, got {}", kind_name(v)), code::kNotANumber);
    return std::nullopt;
}

std::optional<bool> JsonBody::optional_bool(std::string_view field) {
    if (!has(field)) return std::nullopt;
    const auto& v = object_.at(field);
    if (v.is_bool()) return v.as_bool();
    add_error(field, fmt::format("must be true or false, got {}", kind_name(v)), code::kWrongType);
    return std::nullopt;
}

std::optional<std::vector<std::string>> JsonBody::string_list(std::string_view field, std::size_t max_items,
                                                              std::size_t max_length) {
    if (!has(field)) return std::nullopt;
    const auto& v = object_.at(field);
    if (!v.is_array()) {
        add_error(field, fmt::format("must be an array of strings, got {}", kind_name(v)), code::kWrongType);
        return std::nullopt;
    }
    const auto& array = v.as_array();
    if (array.size() > max_items) {
        add_error(field, fmt::format("must have at most {} entries, got {}", max_items, array.size()), code::kTooLong,
                  {{"max_items", static_cast<std::int64_t>(max_items)}});
        return std::nullopt;
    }
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto where = fmt::format("{}[{}]", field, i);
        if (!array[i].is_string()) {
            add_error(where, fmt::format("must be a string, got {}", kind_name(array[i])), code::kWrongType);
            return std::nullopt;
        }
        auto text = trim(array[i].as_string());
        if (text.empty() || domain::character_count(text) > max_length) {
            add_error(where, fmt::format("must be 1 to {} characters", max_length),
                      text.empty() ? code::kRequired : code::kTooLong,
                      {{"max", static_cast<std::int64_t>(max_length)}});
            return std::nullopt;
        }
        if (!seen.insert(text).second) {
            add_error(where, fmt::format("\"{}\" is listed twice", text), code::kDuplicate, {{"value", text}});
            return std::nullopt;
        }
        out.push_back(std::move(text));
    }
    return out;
}

http::Response JsonBody::problem() const {
    http::ValidationProblem problem;
    for (const auto& e : errors_) problem.add(e.field, e.message, e.code, problem_params(e.params));
    return problem.response();
}

json::object problem_params(const domain::ProblemParams& params) {
    json::object out;
    for (const auto& [name, value] : params) {
        if (const auto* n = std::get_if<std::int64_t>(&value)) {
            out[name] = *n;
        } else if (const auto* s = std::get_if<std::string>(&value)) {
            out[name] = *s;
        } else {
            json::array list;
            for (const auto& item : std::get<std::vector<std::string>>(value)) list.emplace_back(item);
            out[name] = std::move(list);
        }
    }
    return out;
}

http::Response validation_problem(std::string_view field, std::string_view message) {
    return http::ValidationProblem().add(field, message).response();
}

}  // namespace trellis::api
