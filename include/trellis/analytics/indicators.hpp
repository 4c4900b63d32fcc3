#pragma once
// Indicators (issue 5): count-based measures with a direction, stored per organization code, year and student
// group as a denominator and a numerator. Student groups follow the California School Dashboard codes; the
// catalogue is extensible (gender and home language groups are made from the values found).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::analytics {

enum class Direction { higher_is_better, lower_is_better };
std::string_view to_string(Direction direction);
std::optional<Direction> parse_direction(std::string_view text);

// Mutually exclusive sets whose members (with ALL) must be protected together by complementary suppression.
enum class GroupSet { all, race_ethnicity, gender, home_language, other };

struct GroupInfo {
    std::string code;  // "ALL", "HI", "EL", "gender:F", "lang:spanish"
    GroupSet set = GroupSet::other;
};

// Dashboard codes: ALL; race and ethnicity AA AI AS FI HI PI WH MR; EL LTEL SED SWD FOS HOM.
// Gender groups are "gender:<value>", home languages "lang:<value>" (lower-case, [a-z0-9_-]).
// Returns nullopt for a code that is neither in the catalogue nor of those two forms.
std::optional<GroupInfo> classify_group(std::string_view code);
const std::vector<std::string>& race_ethnicity_codes();  // AA AI AS FI HI PI WH MR

// Where a group is listed: ALL, the race codes in Dashboard order, EL LTEL SED SWD FOS HOM, gender groups,
// home languages, then anything else. Ties (two gender groups) are ordered by code by the caller.
int group_rank(std::string_view code);

// Indicator names: [a-z0-9_:-]{1,64}, e.g. "program:spanish_dual_immersion", "suspension".
bool valid_indicator_name(std::string_view name);

// One stored count.
struct IndicatorCount {
    std::string org_code;  // 14-digit CDS code (district: ends in 0000000)
    int year = 0;          // the school year's first calendar year: 2018 for 2018-19
    std::string indicator;
    Direction direction = Direction::higher_is_better;
    std::string group;
    std::int64_t denominator = 0;
    std::int64_t numerator = 0;
};

// A count the publisher suppressed (the state's blank or `*` cells): unknown, never zero. What was published
// of it is kept (a denominator without its numerator, say).
struct UnknownCount {
    std::string org_code;
    int year = 0;
    std::string indicator;
    Direction direction = Direction::higher_is_better;
    std::string group;
    std::optional<std::int64_t> denominator, numerator;
};

}  // namespace trellis::analytics
