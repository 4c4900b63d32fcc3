#include "trellis/actions/team_report_sheets.hpp"

#include <cmath>

#include "trellis/domain/coaching_export_text.hpp"
#include "trellis/domain/coaching_hours.hpp"
#include "trellis/domain/report_export_text.hpp"

namespace trellis::actions {

namespace {

using sheets::Cell;
using sheets::CellType;
using sheets::text_cell;

std::string words(std::string_view w) { return std::string(w); }
Cell integer(std::int64_t n) { return n; }

// A share (0 to 1) as a percentage with one decimal, as on the network dashboard's sheet.
Cell percent_cell(const std::optional<double>& share) {
    if (!share) return {};
    return std::round(*share * 1000) / 10;
}

sheets::Sheet summary_sheet(const TeamReport& r, const domain::ReportSheetText& t) {
    const auto& f = r.follow_through;
    const auto task_count = [&](const char* status) { return r.plan.tasks_by_status.at(status); };
    int tasks = 0;
    for (const auto& [status, n] : r.plan.tasks_by_status) tasks += n;
    sheets::Sheet sheet{words(t.summary_sheet),
                        {{words(t.team), CellType::text, 28},
                         {words(t.from), CellType::date, 12},
                         {words(t.to), CellType::date, 12},
                         {words(t.meetings_held), CellType::integer, 12},
                         {words(t.cancelled), CellType::integer, 12},
                         {words(t.cadence), CellType::number, 14},
                         {words(t.items_due), CellType::integer, 12},
                         {words(t.done_on_time), CellType::integer, 12},
                         {words(t.done_late), CellType::integer, 12},
                         {words(t.open), CellType::integer, 12},
                         {words(t.overdue), CellType::integer, 12},
                         {words(t.on_time_share), CellType::number, 12},
                         {words(t.missing), CellType::integer, 12},
                         {words(t.grade_spans_missing), CellType::integer, 12},
                         {words(t.outreach_open), CellType::integer, 12},
                         {words(t.outreach_resolved), CellType::integer, 14},
                         {words(t.goals), CellType::integer, 10},
                         {words(t.objectives), CellType::integer, 10},
                         {words(t.tasks_done), CellType::integer, 10},
                         {words(t.tasks_open), CellType::integer, 10},
                         {words(t.milestones_due), CellType::integer, 10},
                         {words(t.milestones_done), CellType::integer, 10},
                         {words(t.coaching_entries), CellType::integer, 12},
                         {words(t.coaching_hours), CellType::number, 12}},
                        {}};
    sheet.rows.push_back({text_cell(r.team_name),
                          sheets::date_cell(r.range.from),
                          sheets::date_cell(r.range.to),
                          sheets::count_cell(r.meetings.held.size()),
                          integer(r.meetings.cancelled),
                          sheets::number_cell(r.meetings.median_days_between),
                          integer(f.total),
                          integer(f.done_on_time),
                          integer(f.done_late),
                          integer(f.open),
                          integer(f.overdue),
                          percent_cell(f.share_on_time),
                          sheets::count_cell(r.outreach.missing.size()),
                          sheets::count_cell(r.outreach.grade_spans_missing.size()),
                          integer(r.outreach.open),
                          integer(r.outreach.resolved_in_range),
                          integer(r.plan.goals),
                          integer(r.plan.objectives),
                          integer(task_count("done")),
                          integer(tasks - task_count("done")),
                          integer(r.plan.milestones_due_in_range),
                          integer(r.plan.milestones_done_due_in_range),
                          integer(r.coaching.entries),
                          domain::minutes_to_hours(r.coaching.minutes)});
    return sheet;
}

sheets::Sheet meetings_sheet(const TeamReport& r, const domain::ReportSheetText& t) {
    sheets::Sheet sheet{
        words(t.meetings_sheet), {{words(t.meeting), CellType::text, 40}, {words(t.date), CellType::date, 12}}, {}};
    for (const auto& m : r.meetings.held)
        sheet.rows.push_back({text_cell(m.title), sheets::date_cell(domain::utc_date(m.starts_at))});
    return sheet;
}

// The current section's title ("module/section" in the summary), in the reader's language.
Cell current_section(const guides::Guide& guide, const std::string& current, std::string_view lang) {
    for (const auto& module : guide.modules)
        for (const auto& section : module.sections)
            if (guides::section_key(module.id, section.id) == current) return text_cell(section.title.in(lang));
    return {};
}

sheets::Sheet guides_sheet(const TeamReport& r, const domain::ReportSheetText& t, std::string_view lang) {
    sheets::Sheet sheet{words(t.guides_sheet),
                        {{words(t.guide), CellType::text, 36},
                         {words(t.sections), CellType::integer, 10},
                         {words(t.complete), CellType::integer, 10},
                         {words(t.in_progress), CellType::integer, 10},
                         {words(t.not_started), CellType::integer, 10},
                         {words(t.completed_in_range), CellType::integer, 14},
                         {words(t.current), CellType::text, 36}},
                        {}};
    for (const auto& g : r.guides) {
        const auto& s = g.summary;
        sheet.rows.push_back({text_cell(g.guide->title.in(lang)), integer(s.sections), integer(s.complete),
                              integer(s.in_progress), integer(s.not_started), integer(g.completed_in_range),
                              current_section(*g.guide, s.current, lang)});
    }
    return sheet;
}

sheets::Sheet gaps_sheet(const TeamReport& r, const domain::ReportSheetText& t, domain::Language language) {
    sheets::Sheet sheet{words(t.gaps_sheet), {{words(t.perspective), CellType::text, 40}}, {}};
    for (const auto& p : r.outreach.missing)
        sheet.rows.push_back({text_cell(language == domain::Language::es ? p.label_es : p.label_en)});
    return sheet;
}

sheets::Sheet measures_sheet(const TeamReport& r, const domain::ReportSheetText& t) {
    sheets::Sheet sheet{words(t.measures_sheet),
                        {{words(t.measure), CellType::text, 36},
                         {words(t.unit), CellType::text, 10},
                         {words(t.points), CellType::integer, 12},
                         {words(t.first_date), CellType::date, 12},
                         {words(t.first_value), CellType::number, 12},
                         {words(t.last_date), CellType::date, 12},
                         {words(t.last_value), CellType::number, 12}},
                        {}};
    for (const auto& m : r.measures) {
        sheet.rows.push_back({text_cell(m.name), text_cell(m.unit), integer(m.points_in_range),
                              sheets::optional_date_cell(m.first_date), sheets::number_cell(m.first_value),
                              sheets::optional_date_cell(m.last_date), sheets::number_cell(m.last_value)});
    }
    return sheet;
}

sheets::Sheet coaching_sheet(const TeamReport& r, const domain::ReportSheetText& t, domain::Language language) {
    sheets::Sheet sheet{
        words(t.coaching_sheet), {{words(t.kind), CellType::text, 28}, {words(t.hours), CellType::number, 10}}, {}};
    for (const auto& [kind, minutes] : r.coaching.minutes_by_kind)
        sheet.rows.push_back(
            {text_cell(domain::coaching_kind_words(language, kind)), domain::minutes_to_hours(minutes)});
    return sheet;
}

}  // namespace

std::vector<sheets::Sheet> team_report_sheets(const TeamReport& report, domain::Language language) {
    const auto& t = domain::report_sheet_text(language);
    const std::string_view lang = language == domain::Language::es ? "es" : "en";
    return {summary_sheet(report, t),        meetings_sheet(report, t), guides_sheet(report, t, lang),
            gaps_sheet(report, t, language), measures_sheet(report, t), coaching_sheet(report, t, language)};
}

}  // namespace trellis::actions
