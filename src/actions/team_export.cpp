#include "trellis/actions/team_export.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "actions/assessment_sheets.hpp"
#include "actions/measure_sheets.hpp"
#include "actions/plan_sheets.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

// A group of sheets built from one read of a team's records; its sheets in `keys` order.
struct SheetGroup {
    std::vector<std::string_view> keys;
    std::vector<sheets::Sheet> (*build)(const Caller& caller, std::int64_t team_id);
};

// The workbook's sheets, in order: one line per group.
const std::vector<SheetGroup>& sheet_groups() {
    static const std::vector<SheetGroup> kGroups = {
        {{"measures", "points", "signals"}, measure_sheets},
        {{"goals", "tasks", "plan"}, plan_sheets},
        {{"assessments", "criteria"}, assessment_sheets},
    };
    return kGroups;
}

Result<std::string> readable_team_name(const Caller& caller, std::int64_t team_id) {
    const auto team = store::find_team(caller.db, team_id);
    if (!team || !may(caller, auth::ResourceKind::team, auth::Action::read, team_id))
        return fail(FailureKind::not_found, fmt::format("team {}", team_id));
    return team->name;
}

}  // namespace

std::vector<std::string_view> team_export_sheet_keys() {
    std::vector<std::string_view> keys;
    for (const auto& group : sheet_groups()) keys.insert(keys.end(), group.keys.begin(), group.keys.end());
    return keys;
}

Result<TeamExport> team_export(const Caller& caller, std::int64_t team_id) {
    auto name = readable_team_name(caller, team_id);
    if (!name) return std::unexpected(name.error());
    TeamExport out{std::move(*name), {}};
    for (const auto& group : sheet_groups()) {
        auto built = group.build(caller, team_id);
        std::move(built.begin(), built.end(), std::back_inserter(out.sheets));
    }
    return out;
}

Result<TeamExport> team_export_sheet(const Caller& caller, std::int64_t team_id, std::string_view key) {
    for (const auto& group : sheet_groups()) {
        const auto at = std::ranges::find(group.keys, key);
        if (at == group.keys.end()) continue;
        auto name = readable_team_name(caller, team_id);
        if (!name) return std::unexpected(name.error());
        auto built = group.build(caller, team_id);
        return TeamExport{std::move(*name), {std::move(built.at(at - group.keys.begin()))}};
    }
    return fail(FailureKind::not_found,
                fmt::format("a sheet \"{}\" (the sheets are {})", key, fmt::join(team_export_sheet_keys(), ", ")));
}

}  // namespace trellis::actions
