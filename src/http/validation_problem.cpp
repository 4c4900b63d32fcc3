#include "trellis/http/validation_problem.hpp"

#include <boost/json/serialize.hpp>

#include "trellis/http/field_code.hpp"

namespace trellis::http {

ValidationProblem& ValidationProblem::add(std::string_view field, std::string_view message) {
    std::string part;
    part.append(field).append(": ").append(message);
    return add(boost::json::object{{"field", field}, {"message", message}}, part);
}

ValidationProblem& ValidationProblem::add(std::string_view field, std::string_view message, std::string_view code,
                                          boost::json::object params) {
    boost::json::object entry{{"field", field}};
    if (code.empty()) {
        set_code_from_message(entry, message);
    } else {
        set_code(entry, code, std::move(params));
    }
    entry["message"] = message;
    std::string part;
    part.append(field).append(": ").append(message);
    return add(std::move(entry), part);
}

ValidationProblem& ValidationProblem::add(boost::json::object entry, std::string_view detail) {
    if (!entry.contains("code")) {
        if (const auto* message = entry.if_contains("message"); message != nullptr && message->is_string()) {
            set_code_from_message(entry, message->get_string());
        }
    }
    errors_.push_back(std::move(entry));
    if (!detail.empty()) {
        if (!detail_.empty()) detail_ += "; ";
        detail_ += detail;
    }
    return *this;
}

Response ValidationProblem::response() const { return response(detail_); }

Response ValidationProblem::response(std::string_view detail) const {
    return problem(kind_, detail, "\"errors\":" + boost::json::serialize(errors_));
}

}  // namespace trellis::http
