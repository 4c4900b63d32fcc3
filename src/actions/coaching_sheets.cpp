#include "trellis/actions/coaching_sheets.hpp"

#include <fmt/format.h>

#include <set>

#include "trellis/domain/coaching_export_text.hpp"
#include "trellis/domain/coaching_hours.hpp"
#include "trellis/store/coaching_log.hpp"

namespace trellis::actions {

namespace {

using sheets::CellType;
using sheets::text_cell;

std::string column(std::string_view header) { return std::string(header); }

template <typename T, typename F>
std::string joined(const std::vector<T>& items, F words) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "; ") + words(item);
    return out;
}

sheets::Row entry_row(domain::Language language, const store::CoachingEntry& e, bool over) {
    const auto team_name = [&](std::int64_t id) {
        for (const auto& t : e.teams) {
            if (t.id == id) return t.name;
        }
        return std::string();
    };
    const auto step_words = [&](const store::CoachingNextStep& s) {
        return fmt::format("{} ({}, {}{}, {})", s.title, team_name(s.team_id),
                           s.owner_name.empty() ? "" : s.owner_name + ", ", s.due_on,
                           domain::next_step_status_words(language, s.status));
    };
    return {
        sheets::date_cell(e.date),
        text_cell(domain::coaching_kind_words(language, e.kind)),
        sheets::number_cell(domain::minutes_to_hours(e.minutes)),
        sheets::Cell{over},
        text_cell(joined(e.coaches, [](const store::NamedRef& c) { return c.name; })),
        text_cell(joined(
            e.teams, [](const store::ServedTeam& t) { return fmt::format("{} ({})", t.name, t.organization_name); })),
        text_cell(e.focus),
        text_cell(e.guide_section),
        text_cell(e.notes),
        text_cell(joined(e.next_steps, step_words)),
        sheets::optional_date_cell(e.follow_up_on)};
}

}  // namespace

Result<CoachingLogExport> coaching_log_export(const Caller& caller, std::int64_t agreement_id) {
    const auto a = store::find_agreement(caller.db, agreement_id);
    if (!a) return fail(FailureKind::not_found, fmt::format("agreement {}", agreement_id));
    const auto& t = domain::coaching_sheet_text(caller.language);
    sheets::Sheet sheet{column(t.sheet),
                        {{column(t.date), CellType::date, 12},
                         {column(t.kind), CellType::text, 22},
                         {column(t.hours), CellType::number, 8},
                         {column(t.over), CellType::boolean, 10},
                         {column(t.coaches), CellType::text, 28},
                         {column(t.teams), CellType::text, 36},
                         {column(t.focus), CellType::text, 40},
                         {column(t.guide_section), CellType::text, 20},
                         {column(t.notes), CellType::text, 50},
                         {column(t.next_steps), CellType::text, 50},
                         {column(t.follow_up_on), CellType::date, 14}},
                        {}};
    const auto over_ids = domain::entries_over(a->hours, store::agreement_coaching(caller.db, a->id));
    const std::set<std::int64_t> over(over_ids.begin(), over_ids.end());
    for (const auto& e : store::agreement_entries(caller.db, a->id)) {
        sheet.rows.push_back(entry_row(caller.language, e, over.contains(e.id)));
    }
    return CoachingLogExport{a->title, std::move(sheet)};
}

}  // namespace trellis::actions
