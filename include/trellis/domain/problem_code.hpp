#pragma once
// The machine side of a problem a person can cause: a stable code (docs/api.md lists them) and the numbers or
// names a sentence needs (`max`, `min`, `allowed`, `columns`...). The English message stays beside them for API
// clients; the web app turns code and params into a sentence in the reader's language. The http layer writes
// them into a problem's `errors[]` (http/validation_problem.cpp), deriving them from the message when a caller
// gave none.
#include <cstdint>
#include <string>
#include <string_view>
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
inline constexpr const char* kNotAnEmail = "not_an_email";
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
// A data file's lines (imports of counts, profiles, staff, a measure's points): what only a file can get wrong.
inline constexpr const char* kWrongFieldCount = "wrong_field_count";          // count, expected
inline constexpr const char* kWrongHeader = "wrong_header";                   // header
inline constexpr const char* kMappedColumnMissing = "mapped_column_missing";  // column, canonical
inline constexpr const char* kUnclosedQuote = "unclosed_quote";
inline constexpr const char* kTextAfterQuote = "text_after_quote";
inline constexpr const char* kFieldTooLarge = "field_too_large";  // max (bytes)
inline constexpr const char* kLineTooLarge = "line_too_large";    // max (bytes)
inline constexpr const char* kTooManyFields = "too_many_fields";  // max
inline constexpr const char* kNulByte = "nul_byte";
inline constexpr const char* kTooManyRows = "too_many_rows";  // max
inline constexpr const char* kNoRows = "no_rows";
inline constexpr const char* kNotACdsCode = "not_a_cds_code";                           // value
inline constexpr const char* kNotADistrictCode = "not_a_district_code";                 // value
inline constexpr const char* kNotASchoolCode = "not_a_school_code";                     // value
inline constexpr const char* kNotDigits = "not_digits";                                 // value, digits
inline constexpr const char* kNotASchoolYear = "not_a_school_year";                     // value, min, max, example
inline constexpr const char* kNotAnIndicator = "not_an_indicator";                      // value, max
inline constexpr const char* kNotAGroup = "not_a_group";                                // value
inline constexpr const char* kNotACount = "not_a_count";                                // value
inline constexpr const char* kNumeratorOverDenominator = "numerator_over_denominator";  // numerator, denominator
inline constexpr const char* kDirectionDiffers = "direction_differs";  // indicator, direction, other_line
inline constexpr const char* kAlsoOnLine = "also_on_line";             // value, other_line
inline constexpr const char* kNotAGrade = "not_a_grade";               // value
inline constexpr const char* kNotAFlag = "not_a_flag";                 // value
inline constexpr const char* kNotAProgramName = "not_a_program_name";  // value, max
inline constexpr const char* kTooManyGroups = "too_many_groups";       // max
inline constexpr const char* kTooManyPrograms = "too_many_programs";   // max
inline constexpr const char* kNotOneCharacter = "not_one_character";
inline constexpr const char* kOtherDistrict = "other_district";         // value, district_code
inline constexpr const char* kNoDistrictRow = "no_district_row";        // district_code
inline constexpr const char* kPointExists = "point_exists";             // value (the date)
inline constexpr const char* kSchoolYearNeeded = "school_year_needed";  // (a file's import that needs its year)
inline constexpr const char* kIndicatorNeeded = "indicator_needed";     // allowed
inline constexpr const char* kMappingInvalid = "mapping_invalid";       // name (a saved mapping no longer valid)
inline constexpr const char* kInvalid = "invalid";  // none of the above: the message is all there is
}  // namespace code

// A value from a person's file as a problem names it (`value`): trimmed of spaces and tabs, and cut after 24
// bytes (at a character boundary, then "...") so a hundred problems never carry a megabyte of text back.
std::string problem_value(std::string_view text);

}  // namespace trellis::domain
