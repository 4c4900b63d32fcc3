#include "api/action_calls.hpp"

#include <boost/json.hpp>

#include "api/responses.hpp"
#include "trellis/http/problem.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

std::string field_errors_json(const std::vector<actions::FieldError>& errors) {
    json::array list;
    for (const auto& e : errors) {
        json::object o{{"field", e.field}};
        if (!e.rule.empty()) o["rule"] = e.rule;
        o["message"] = e.message;
        list.push_back(std::move(o));
    }
    return "\"errors\":" + json::serialize(list);
}

std::string file_problems_json(const std::vector<analytics::CsvProblem>& problems) {
    json::array list;
    for (const auto& p : problems) {
        json::object o{{"message", p.message}};
        o["line"] = p.line > 0 ? json::value(p.line) : json::value(nullptr);
        o["column"] = p.column > 0 ? json::value(p.column) : json::value(nullptr);
        list.push_back(std::move(o));
    }
    return "\"errors\":" + json::serialize(list);
}

}  // namespace

http::Response problem_for(const actions::Failure& f) {
    using actions::FailureKind;
    switch (f.kind) {
        case FailureKind::validation:
            return http::problem(422, "validation", "Invalid input", f.detail, field_errors_json(f.errors));
        case FailureKind::rule_violation:
            return http::problem(422, "validation", "The meeting breaks the guide's rules", f.detail,
                                 field_errors_json(f.errors));
        case FailureKind::not_found: return not_found(f.detail);
        case FailureKind::conflict: return conflict(f.detail);
        case FailureKind::forbidden: return forbidden(f.detail);
        case FailureKind::invalid_link: return http::problem(400, "invalid-token", "Invitation not valid", f.detail);
        case FailureKind::import_rejected:
            return http::problem(422, "import-rejected", "The file was not imported", f.detail,
                                 file_problems_json(f.file_problems));
        case FailureKind::meeting_closed: return http::problem(409, "meeting-closed", "The meeting is closed", f.detail);
        case FailureKind::meeting_cancelled:
            return http::problem(409, "meeting-closed", "The meeting is cancelled", f.detail);
    }
    return http::problem(500, "internal", "Internal error", f.detail);  // unreachable: every kind is mapped above
}

}  // namespace trellis::api
