#pragma once
// Reads a JSON request body field by field, collecting every problem so the caller answers once with all of
// them (422, `errors: [{field, code, params?, message}]`). Unknown fields are ignored, so newer clients keep working.
#include <boost/json/object.hpp>

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/domain/problem_code.hpp"
#include "trellis/http/message.hpp"

namespace trellis::api {

class JsonBody {
public:
    // 415 unless Content-Type is application/json; 400 with line and column for malformed JSON;
    // 422 when the body is not a JSON object. An empty body reads as {} when `allow_empty`.
    static std::expected<JsonBody, http::Response> parse(const http::Request& request, bool allow_empty = false);

    [[nodiscard]] bool has(std::string_view field) const;  // present and not null

    // Trimmed; required fields must be non-empty. Length is counted in characters (domain::character_count).
    std::optional<std::string> required_string(std::string_view field, std::size_t max_length = 200);
    std::optional<std::string> optional_string(std::string_view field, std::size_t max_length = 2000);
    std::optional<std::int64_t> required_integer(std::string_view field);
    std::optional<std::int64_t> optional_integer(std::string_view field);
    std::optional<bool> optional_bool(std::string_view field);
    // Any JSON number, integer or not, that fits a double.
    std::optional<double> required_number(std::string_view field);
    // An array of distinct non-empty strings (trimmed, duplicates refused).
    std::optional<std::vector<std::string>> string_list(std::string_view field, std::size_t max_items = 50,
                                                        std::size_t max_length = 80);
    [[nodiscard]] const boost::json::object& object() const { return object_; }

    // Without a code, the code is read from the message (http/field_code.hpp).
    void add_error(std::string_view field, std::string message, std::string code = {},
                   domain::ProblemParams params = {});
    [[nodiscard]] bool ok() const { return errors_.empty(); }
    // 422 /problems/validation listing every error; detail joins them ("name: is required; ...").
    [[nodiscard]] http::Response problem() const;

private:
    explicit JsonBody(boost::json::object object) : object_(std::move(object)) {}
    boost::json::object object_;
    struct Error {
        std::string field, message, code;
        domain::ProblemParams params;
    };
    std::vector<Error> errors_;
};

// The params of a problem entry (domain/problem_code.hpp) as the JSON object `params`.
boost::json::object problem_params(const domain::ProblemParams& params);

// A one-field validation problem without a body reader.
http::Response validation_problem(std::string_view field, std::string_view message);

}  // namespace trellis::api
