#include "trellis/analytics/indicators.hpp"

#include <algorithm>
#include <iterator>

namespace trellis::analytics {

namespace {

bool is_code_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

bool valid_value_suffix(std::string_view value) {
    return !value.empty() && value.size() <= 40 && std::all_of(value.begin(), value.end(), is_code_char);
}

}  // namespace

std::string_view to_string(Direction direction) {
    return direction == Direction::higher_is_better ? "higher_is_better" : "lower_is_better";
}

std::optional<Direction> parse_direction(std::string_view text) {
    if (text == "higher_is_better") return Direction::higher_is_better;
    if (text == "lower_is_better") return Direction::lower_is_better;
    return std::nullopt;
}

const std::vector<std::string>& race_ethnicity_codes() {
    static const std::vector<std::string> codes = {"AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR"};
    return codes;
}

std::optional<GroupInfo> classify_group(std::string_view code) {
    if (code == "ALL") return GroupInfo{"ALL", GroupSet::all};
    const auto& race = race_ethnicity_codes();
    if (std::find(race.begin(), race.end(), code) != race.end())
        return GroupInfo{std::string(code), GroupSet::race_ethnicity};
    static const char* kOther[] = {"EL", "LTEL", "SED", "SWD", "FOS", "HOM"};
    for (const char* other : kOther) {
        if (code == other) return GroupInfo{std::string(code), GroupSet::other};
    }
    if (code.starts_with("gender:") && valid_value_suffix(code.substr(7)))
        return GroupInfo{std::string(code), GroupSet::gender};
    if (code.starts_with("lang:") && valid_value_suffix(code.substr(5)))
        return GroupInfo{std::string(code), GroupSet::home_language};
    return std::nullopt;
}

int group_rank(std::string_view code) {
    static const char* kOrder[] = {"ALL", "AA", "AI",   "AS",  "FI",  "HI",  "PI", "WH",
                                   "MR",  "EL", "LTEL", "SED", "SWD", "FOS", "HOM"};
    for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i) {
        if (code == kOrder[i]) return i;
    }
    if (code.starts_with("gender:")) return 100;
    if (code.starts_with("lang:")) return 101;
    return 200;
}

bool valid_indicator_name(std::string_view name) {
    return !name.empty() && name.size() <= 64 &&
           std::all_of(name.begin(), name.end(), [](char c) { return is_code_char(c) || c == ':'; });
}

}  // namespace trellis::analytics
