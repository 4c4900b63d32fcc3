#include "api/action_calls.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/responses.hpp"
#include "trellis/http/field_code.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/validation_problem.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

// The errors[] of a refusal: fields at fault (with the guide's rule broken, for a rule violation), or a data
// file's lines and columns. The action's detail is the sentence the person reads.
http::Response listed_problem(http::ProblemKind kind, const actions::Failure& f) {
    if (!f.cycle.empty()) {  // a refused dependency cycle: its ids in order, for the page to point at
        json::array errors;
        json::array ids;
        for (const auto& e : f.errors) {
            json::object entry{{"field", e.field}};
            if (e.code.empty()) {
                http::set_code_from_message(entry, e.message);
            } else {
                http::set_code(entry, e.code, problem_params(e.params));
            }
            entry["message"] = e.message;
            errors.push_back(std::move(entry));
        }
        for (const auto id : f.cycle) ids.emplace_back(id);
        return http::problem(kind, f.detail,
                             "\"errors\":" + json::serialize(errors) + ",\"cycle\":" + json::serialize(ids));
    }
    http::ValidationProblem problem(kind);
    for (const auto& e : f.errors) {
        json::object entry{{"field", e.field}};
        if (!e.rule.empty()) entry["rule"] = e.rule;
        if (!e.code.empty()) http::set_code(entry, e.code, problem_params(e.params));
        entry["message"] = e.message;
        problem.add(std::move(entry), {});
    }
    for (const auto& p : f.file_problems) {
        json::object entry;
        if (!p.code.empty()) http::set_code(entry, p.code, problem_params(p.params));
        entry["message"] = p.message;
        entry["line"] = p.line > 0 ? json::value(p.line) : json::value(nullptr);
        entry["column"] = p.column > 0 ? json::value(p.column) : json::value(nullptr);
        problem.add(std::move(entry), {});
    }
    return problem.response(f.detail);
}

}  // namespace

http::Response problem_for(const actions::Failure& f) {
    using actions::FailureKind;
    switch (f.kind) {
        case FailureKind::validation:
            return listed_problem(http::ProblemKind::validation, f);
        case FailureKind::rule_violation:
            return listed_problem(http::ProblemKind::rule_violation, f);
        case FailureKind::not_found:
            return not_found(f.detail);
        case FailureKind::conflict:
            return conflict(f.detail);
        case FailureKind::forbidden:
            return forbidden(f.detail);
        case FailureKind::invalid_link:
            return http::problem(http::ProblemKind::invalid_invitation, f.detail);
        case FailureKind::import_rejected:
            return listed_problem(http::ProblemKind::import_rejected, f);
        case FailureKind::meeting_closed:
            return http::problem(http::ProblemKind::meeting_closed, f.detail);
        case FailureKind::meeting_cancelled:
            return http::problem(http::ProblemKind::meeting_cancelled, f.detail);
        case FailureKind::stale_edit:  // handlers answer with the current object (api::stale_edit); this is the rest
            return conflict(fmt::format("{} was changed by someone else; load it again and save", f.detail));
    }
    return http::problem(http::ProblemKind::internal, f.detail);  // unreachable: every kind is mapped above
}

}  // namespace trellis::api
