#pragma once
// The machine side of a problem a person can cause: a stable code (docs/api.md lists them) and the numbers or
// names a sentence needs (`max`, `min`, `allowed`, `columns`...). The English message stays beside them for API
// clients; the web app turns code and params into a sentence in the reader's language. The http layer writes
// them into a problem's `errors[]` (http/validation_problem.cpp), deriving them from the message when a caller
// gave none.
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace trellis::domain {

using ProblemParamValue = std::variant<std::int64_t, std::string, std::vector<std::string>>;
using ProblemParams = std::vector<std::pair<std::string, ProblemParamValue>>;

// The codes, as constants so that a typo does not make a new one.
namespace code {
inline constexpr const char* kRequired = "required";
inline constexpr const char* kTooLong = "too_long";
inline constexpr const char* kTooShort = "too_short";
inline constexpr const char* kNotADate = "not_a_date";
inline constexpr const char* kNotANumber = "not_a_number";
inline constexpr const char* kOutOfRange = "out_of_range";
inline constexpr const char* kNotOneOf = "not_one_of";
inline constexpr const char* kDuplicate = "duplicate";
inline constexpr const char* kEmptyFile = "empty_file";
inline constexpr const char* kMissingColumns = "missing_columns";
inline constexpr const char* kBeforeMeetingDate = "before_meeting_date";
inline constexpr const char* kBeforeStart = "before_start";
inline constexpr const char* kWrongType = "wrong_type";
inline constexpr const char* kTooManyObjectives = "too_many_objectives";
inline constexpr const char* kAgendaOverTime = "agenda_over_time";
inline constexpr const char* kTooLittleDiscussion = "too_little_discussion";
inline constexpr const char* kInvalid = "invalid";  // none of the above: the message is all there is
}  // namespace code

}  // namespace trellis::domain
