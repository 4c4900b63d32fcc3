#pragma once
// The builder of every problem that lists what is wrong, one entry per place at fault (`errors: [...]`):
// fields of a JSON body, a planner's or a meeting's broken rules, a data file's lines and columns.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <string_view>

#include "trellis/http/message.hpp"
#include "trellis/http/problem.hpp"

namespace trellis::http {

class ValidationProblem {
public:
    // A 422 kind: validation (the default), rule_violation or import_rejected.
    explicit ValidationProblem(ProblemKind kind = ProblemKind::validation) : kind_(kind) {}

    // {"field", "code", "params"?, "message"}; the detail reads "field: message". Without a code, the code and
    // params are read from the message (http/field_code.hpp).
    ValidationProblem& add(std::string_view field, std::string_view message);
    ValidationProblem& add(std::string_view field, std::string_view message, std::string_view code,
                           boost::json::object params = {});
    // An entry of another shape (e.g. with "rule", or "line" and "column"); `detail` is its part of the detail
    // sentence, or empty to add nothing there. An entry with a "message" and no "code" gets one from the message.
    ValidationProblem& add(boost::json::object entry, std::string_view detail);

    [[nodiscard]] bool empty() const { return errors_.empty(); }
    // The detail joins the entries' parts with "; ".
    [[nodiscard]] Response response() const;
    // One sentence given by the caller instead.
    [[nodiscard]] Response response(std::string_view detail) const;

private:
    ProblemKind kind_;
    boost::json::array errors_;
    std::string detail_;
};

}  // namespace trellis::http
