#include "trellis/actions/network_dashboard_sheets.hpp"

#include <cmath>

#include "trellis/domain/coaching_export_text.hpp"
#include "trellis/domain/dashboard_export_text.hpp"
#include "trellis/domain/follow_through.hpp"

namespace trellis::actions {

namespace {

using sheets::CellType;
using sheets::text_cell;

std::string words(std::string_view w) { return std::string(w); }

// A share (0 to 1) as a percentage with one decimal, as a reader of a spreadsheet expects it.
sheets::Cell percent_cell(const std::optional<double>& share) {
    if (!share) return {};
    return std::round(*share * 1000) / 10;
}

sheets::Cell hours_cell(std::int64_t minutes) { return domain::minutes_to_hours(minutes); }

sheets::Cell day_cell(const std::optional<std::int64_t>& time) {
    return time ? sheets::date_cell(domain::utc_date(*time)) : sheets::Cell{};
}

sheets::Row team_row(const DashboardRow& row, std::string_view lang) {
    sheets::Row out{text_cell(row.team.team_name), text_cell(row.team.organization_name)};
    if (!row.progress) {
        out.resize(16);  // the figures of a team that does not share its progress stay empty
        return out;
    }
    const auto& p = *row.progress;
    const auto& g = p.guide;
    out.push_back(g ? text_cell(g->guide->title.in(lang)) : sheets::Cell{});
    out.push_back(g && g->stage ? text_cell(g->stage->title.in(lang)) : sheets::Cell{});
    out.push_back(g && g->section ? text_cell(g->section->title.in(lang)) : sheets::Cell{});
    out.push_back(g ? sheets::Cell{std::int64_t{g->complete}} : sheets::Cell{});
    const auto& f = p.follow_through;
    out.emplace_back(std::int64_t{p.rhythm.held});
    out.push_back(day_cell(p.rhythm.last_held_at));
    out.push_back(day_cell(p.rhythm.next_at));
    out.push_back(sheets::number_cell(p.rhythm.median_days_between));
    out.push_back(percent_cell(f.share_on_time));
    out.push_back(sheets::number_cell(f.median_days_late));
    out.emplace_back(std::int64_t{f.items_carried_over});
    out.emplace_back(std::int64_t{f.overdue});
    out.emplace_back(std::int64_t{p.outreach_open});
    out.push_back(hours_cell(p.coaching_minutes));
    return out;
}

sheets::Sheet teams_sheet(const NetworkDashboard& d, const domain::DashboardSheetText& t, std::string_view lang) {
    sheets::Sheet sheet{words(t.teams_sheet),
                        {{words(t.team), CellType::text, 28},
                         {words(t.district), CellType::text, 28},
                         {words(t.guide), CellType::text, 28},
                         {words(t.stage), CellType::text, 24},
                         {words(t.section), CellType::text, 28},
                         {words(t.sections_complete), CellType::integer, 10},
                         {words(t.held), CellType::integer, 10},
                         {words(t.last), CellType::date, 12},
                         {words(t.next), CellType::date, 12},
                         {words(t.cadence), CellType::number, 12},
                         {words(t.on_time), CellType::number, 10},
                         {words(t.late), CellType::number, 10},
                         {words(t.carried), CellType::integer, 10},
                         {words(t.overdue), CellType::integer, 10},
                         {words(t.outreach), CellType::integer, 10},
                         {words(t.hours_received), CellType::number, 12}},
                        {}};
    for (const auto& row : d.rows) sheet.rows.push_back(team_row(row, lang));
    return sheet;
}

sheets::Sheet districts_sheet(const NetworkDashboard& d, const domain::DashboardSheetText& t) {
    sheets::Sheet sheet{words(t.districts_sheet),
                        {{words(t.district), CellType::text, 28},
                         {words(t.role), CellType::text, 12},
                         {words(t.teams_sharing), CellType::integer, 10},
                         {words(t.teams_sharing_progress), CellType::integer, 10},
                         {words(t.held), CellType::integer, 10},
                         {words(t.overdue), CellType::integer, 10},
                         {words(t.outreach), CellType::integer, 10},
                         {words(t.hours_received), CellType::number, 12}},
                        {}};
    for (const auto& x : d.districts) {
        sheet.rows.push_back({text_cell(x.organization_name), text_cell(words(x.role == "mentor" ? t.mentor : t.peer)),
                              sheets::Cell{std::int64_t{x.teams_sharing}},
                              sheets::Cell{std::int64_t{x.teams_sharing_progress}},
                              sheets::Cell{std::int64_t{x.meetings_held}}, sheets::Cell{std::int64_t{x.open_overdue}},
                              sheets::Cell{std::int64_t{x.outreach_open}}, hours_cell(x.coaching_minutes)});
    }
    return sheet;
}

std::string status_words(const domain::DashboardSheetText& t, const std::string& status) {
    if (status == "draft") return words(t.draft);
    if (status == "active") return words(t.active);
    if (status == "ended") return words(t.ended);
    return status;
}

sheets::Row hours_row(const AgreementTotals& a, const std::string& status, std::string kind, std::int64_t purchased,
                      std::int64_t used, const std::optional<double>& share, int warning) {
    return {text_cell(a.title),         text_cell(status),
            text_cell(std::move(kind)), hours_cell(purchased),
            hours_cell(used),           hours_cell(domain::minutes_left(purchased, used)),
            percent_cell(share),        warning ? sheets::Cell{std::int64_t{warning}} : sheets::Cell{}};
}

// One row per kind and one for all kinds, whose share and warning are the agreement's (domain/coaching_hours).
sheets::Sheet agreements_sheet(const NetworkDashboard& d, const domain::DashboardSheetText& t,
                               domain::Language language) {
    sheets::Sheet sheet{words(t.agreements_sheet),
                        {{words(t.agreement), CellType::text, 36},
                         {words(t.status), CellType::text, 12},
                         {words(t.kind), CellType::text, 22},
                         {words(t.purchased), CellType::number, 10},
                         {words(t.used), CellType::number, 10},
                         {words(t.left), CellType::number, 10},
                         {words(t.used_share), CellType::number, 10},
                         {words(t.warning), CellType::integer, 10}},
                        {}};
    for (const auto& a : d.agreements) {
        const auto status = status_words(t, a.status);
        for (const auto& k : a.hours.kinds) {
            const std::optional<double> share =
                k.purchased_minutes > 0
                    ? std::optional(static_cast<double>(k.used_minutes) / static_cast<double>(k.purchased_minutes))
                    : std::nullopt;
            sheet.rows.push_back(hours_row(a, status, domain::coaching_kind_words(language, k.kind),
                                           k.purchased_minutes, k.used_minutes, share, 0));
        }
        sheet.rows.push_back(hours_row(a, status, words(t.all_kinds), a.hours.purchased_minutes, a.hours.used_minutes,
                                       a.hours.used_share, a.hours.warning));
    }
    return sheet;
}

}  // namespace

DashboardSheets network_dashboard_sheets(const Caller& caller, std::int64_t network_id,
                                         const std::vector<guides::Guide>& guides) {
    const auto dashboard = network_dashboard(caller, network_id, guides);
    const auto& t = domain::dashboard_sheet_text(caller.language);
    const std::string_view lang = caller.language == domain::Language::es ? "es" : "en";
    return {dashboard.network_name, dashboard.today, teams_sheet(dashboard, t, lang), districts_sheet(dashboard, t),
            agreements_sheet(dashboard, t, caller.language)};
}

}  // namespace trellis::actions
