#include "trellis/http/validation_problem.hpp"

#include <boost/json/serialize.hpp>

namespace trellis::http {

ValidationProblem& ValidationProblem::add(std::string_view field, std::string_view message) {
    std::string part;
    part.append(field).append(": ").append(message);
    return add(boost::json::object{{"field", field}, {"message", message}}, part);
}

ValidationProblem& ValidationProblem::add(boost::json::object entry, std::string_view detail) {
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
