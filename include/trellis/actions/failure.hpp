#pragma once
// What an action answers when it refuses: a kind, one sentence for the person, and the fields (or file lines)
// at fault. The api layer turns a Failure into a problem+json answer in one place (api/action_calls.cpp);
// the CLI prints it. Actions never shape HTTP answers or JSON themselves.
#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include "trellis/analytics/csv_reader.hpp"
#include "trellis/domain/problem_code.hpp"

namespace trellis::actions {

enum class FailureKind {
    validation,         // the input breaks a rule: `errors` names the fields
    rule_violation,     // a meeting plan breaks the guide's rules: `errors` carry the rule
    not_found,          // `detail` names what is missing ("member 4 of team 2"); the answer adds "was not found"
    conflict,           // the request clashes with the current state
    forbidden,          // the caller may see it but not do this
    invalid_link,       // an invitation link unknown, used or expired
    import_rejected,    // a data file with problems by line and column (`file_problems`)
    meeting_closed,     // a write on a closed meeting
    meeting_cancelled,  // a write on a cancelled meeting
    stale_edit          // someone else saved first: the api answers with the current object so the edit can merge
};

struct FieldError {
    std::string field;
    std::string message;
    std::string rule;  // rule_violation: the guide's rule broken (domain/meeting_rules.hpp)
    // The machine code and its params (domain/problem_code.hpp); empty: read from the message.
    std::string code;
    domain::ProblemParams params;
};

struct Failure {
    FailureKind kind = FailureKind::validation;
    std::string detail;
    std::vector<FieldError> errors;
    std::vector<analytics::CsvProblem> file_problems;
    std::vector<std::int64_t> cycle;  // a refused dependency cycle: the ids in order (the problem's "cycle")
};

template <typename T>
using Result = std::expected<T, Failure>;

// A refusal without a value to return otherwise: empty when the action went through.
using Outcome = std::expected<void, Failure>;

inline std::unexpected<Failure> fail(FailureKind kind, std::string detail) {
    return std::unexpected(Failure{kind, std::move(detail), {}, {}});
}

// One field at fault; `detail` reads "field: message" as the api's validation problems do.
inline std::unexpected<Failure> invalid(std::string field, std::string message) {
    auto detail = field + ": " + message;
    return std::unexpected(
        Failure{FailureKind::validation, std::move(detail), {{std::move(field), std::move(message), {}}}, {}});
}

// Field errors collected over a whole input, so that one refusal names every field at fault.
struct FieldProblems {
    std::vector<FieldError> errors;
    void add(std::string field, std::string message, std::string code = {}, domain::ProblemParams params = {}) {
        errors.push_back({std::move(field), std::move(message), {}, std::move(code), std::move(params)});
    }
    [[nodiscard]] Outcome outcome() const {
        if (errors.empty()) return {};
        std::string detail;
        for (const auto& e : errors) detail += (detail.empty() ? "" : "; ") + e.field + ": " + e.message;
        return std::unexpected(Failure{FailureKind::validation, detail, errors, {}});
    }
};

}  // namespace trellis::actions
