#include "trellis/actions/network_report_sheets.hpp"

#include <cmath>

#include "trellis/domain/coaching_hours.hpp"
#include "trellis/domain/report_export_text.hpp"

namespace trellis::actions {

namespace {

using sheets::Cell;
using sheets::CellType;
using sheets::text_cell;

std::string words(std::string_view w) { return std::string(w); }
Cell integer(std::int64_t n) { return n; }
Cell hours(std::int64_t minutes) { return domain::minutes_to_hours(minutes); }

Cell role_cell(const std::string& role, const domain::ReportSheetText& t) {
    return text_cell(words(role == "mentor" ? t.mentor : role == "peer" ? t.peer : role));
}

sheets::Sheet districts_sheet(const NetworkReport& r, const domain::ReportSheetText& t) {
    sheets::Sheet sheet{words(t.districts_sheet),
                        {{words(t.district), CellType::text, 32},
                         {words(t.role), CellType::text, 12},
                         {words(t.teams_sharing), CellType::integer, 10},
                         {words(t.teams_sharing_progress), CellType::integer, 12},
                         {words(t.meetings_held), CellType::integer, 10},
                         {words(t.items_due), CellType::integer, 10},
                         {words(t.done_on_time), CellType::integer, 10},
                         {words(t.done_late), CellType::integer, 10},
                         {words(t.open), CellType::integer, 10},
                         {words(t.coaching_hours), CellType::number, 10}},
                        {}};
    for (const auto& d : r.districts) {
        sheet.rows.push_back({text_cell(d.organization_name), role_cell(d.role, t), integer(d.teams_sharing),
                              integer(d.teams_sharing_progress), integer(d.meetings_held), integer(d.items_due),
                              integer(d.done_on_time), integer(d.done_late), integer(d.open),
                              hours(d.coaching_minutes)});
    }
    return sheet;
}

sheets::Sheet teams_sheet(const NetworkReport& r, const domain::ReportSheetText& t, std::string_view lang) {
    sheets::Sheet sheet{words(t.teams_sheet),
                        {{words(t.team), CellType::text, 28},
                         {words(t.district), CellType::text, 28},
                         {words(t.stage), CellType::text, 28},
                         {words(t.section), CellType::text, 28},
                         {words(t.meetings_held), CellType::integer, 10},
                         {words(t.cadence), CellType::number, 12},
                         {words(t.items_due), CellType::integer, 10},
                         {words(t.done_on_time), CellType::integer, 10},
                         {words(t.done_late), CellType::integer, 10},
                         {words(t.open), CellType::integer, 10},
                         {words(t.overdue), CellType::integer, 10},
                         {words(t.outreach_open), CellType::integer, 10},
                         {words(t.coaching_hours), CellType::number, 10}},
                        {}};
    for (const auto& team : r.teams) {
        sheets::Row row{text_cell(team.team.team_name), text_cell(team.team.organization_name)};
        if (!team.figures) {
            row.resize(13);  // a team that shares something but not its progress: named, no figures
            sheet.rows.push_back(std::move(row));
            continue;
        }
        const auto& g = team.guide;
        row.push_back(g && g->stage ? text_cell(g->stage->title.in(lang)) : Cell{});
        row.push_back(g && g->section ? text_cell(g->section->title.in(lang)) : Cell{});
        const auto& f = *team.figures;
        row.push_back(integer(f.held));
        row.push_back(sheets::number_cell(f.median_days_between));
        row.push_back(integer(f.follow_through.total));
        row.push_back(integer(f.follow_through.done_on_time));
        row.push_back(integer(f.follow_through.done_late));
        row.push_back(integer(f.follow_through.open));
        row.push_back(integer(f.follow_through.overdue));
        row.push_back(integer(team.outreach_open));
        row.push_back(hours(f.coaching_minutes));
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

sheets::Sheet agreements_sheet(const NetworkReport& r, const domain::ReportSheetText& t) {
    sheets::Sheet sheet{words(t.agreements_sheet),
                        {{words(t.agreement), CellType::text, 32},
                         {words(t.status), CellType::text, 10},
                         {words(t.from), CellType::date, 12},
                         {words(t.to), CellType::date, 12},
                         {words(t.purchased), CellType::number, 10},
                         {words(t.used), CellType::number, 10},
                         {words(t.used_in_range), CellType::number, 12},
                         {words(t.left), CellType::number, 10}},
                        {}};
    for (const auto& a : r.agreements) {
        const auto& h = a.totals.hours;
        sheet.rows.push_back({text_cell(a.totals.title), text_cell(a.totals.status),
                              sheets::date_cell(a.totals.starts_on), sheets::date_cell(a.totals.ends_on),
                              hours(h.purchased_minutes), hours(h.used_minutes), hours(a.used_in_range_minutes),
                              hours(domain::minutes_left(h.purchased_minutes, h.used_minutes))});
    }
    return sheet;
}

sheets::Sheet highlights_sheet(const NetworkReport& r, const domain::ReportSheetText& t) {
    sheets::Sheet sheet{words(t.highlights_sheet),
                        {{words(t.date), CellType::date, 12},
                         {words(t.highlight), CellType::text, 80},
                         {words(t.written_by), CellType::text, 24}},
                        {}};
    for (const auto& h : r.highlights)
        sheet.rows.push_back({sheets::date_cell(h.happened_on), text_cell(h.text), text_cell(h.written_by_name)});
    return sheet;
}

}  // namespace

std::vector<sheets::Sheet> network_report_sheets(const NetworkReport& report, domain::Language language) {
    const auto& t = domain::report_sheet_text(language);
    const std::string_view lang = language == domain::Language::es ? "es" : "en";
    std::vector<sheets::Sheet> out{districts_sheet(report, t), teams_sheet(report, t, lang)};
    if (report.in_full) {
        out.push_back(agreements_sheet(report, t));
        out.push_back(highlights_sheet(report, t));
    }
    return out;
}

}  // namespace trellis::actions
