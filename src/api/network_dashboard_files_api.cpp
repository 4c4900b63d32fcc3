// The network dashboard as files (issue 11): its teams as CSV, and teams, district totals and agreement hours as
// one XLSX workbook, for the same readers as the dashboard and with the same rows (actions/network_dashboard_sheets).
#include <fmt/format.h>

#include "api/access.hpp"
#include "api/action_calls.hpp"
#include "api/data_support.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/network_dashboard_sheets.hpp"
#include "trellis/domain/dashboard_export_text.hpp"
#include "trellis/sheets/writers.hpp"

namespace trellis::api {

namespace {

// `?lang=es` (the web app's links) or else Accept-Language picks the words.
actions::Caller export_caller(RequestContext& c) {
    auto who = caller(c);
    if (const auto lang = query_param(c, "lang"); !lang.empty()) who.language = domain::language_from_tag(lang);
    return who;
}

actions::DashboardSheets sheets_of(RequestContext& c, const actions::Caller& who) {
    static const std::vector<guides::Guide> no_guides;
    return actions::network_dashboard_sheets(who, c.id(), c.services.guides ? *c.services.guides : no_guides);
}

// "Central Valley Network dashboard 2026-12-05.csv": the network's name and the day the figures are of.
std::string file_name(const actions::Caller& who, const actions::DashboardSheets& made, std::string_view ext) {
    return fmt::format("{} {} {}.{}", made.network_name, domain::dashboard_sheet_text(who.language).file, made.today,
                       ext);
}

http::Response dashboard_csv(RequestContext& c) {
    const auto who = export_caller(c);
    const auto made = sheets_of(c, who);
    return download_response(sheets::write_csv(made.teams), "text/csv; charset=utf-8", file_name(who, made, "csv"));
}

http::Response dashboard_xlsx(RequestContext& c) {
    const auto who = export_caller(c);
    const auto made = sheets_of(c, who);
    return download_response(sheets::write_xlsx({made.teams, made.districts, made.agreements}),
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             file_name(who, made, "xlsx"));
}

}  // namespace

void add_network_dashboard_file_routes(RouteTable& routes) {
    const auto guard = Guard::read(auth::ResourceKind::network_progress);
    routes.push_back(
        {"GET", "/api/v1/networks/{id}/dashboard.csv", guard, dashboard_csv, access::network_progress_readers});
    routes.push_back(
        {"GET", "/api/v1/networks/{id}/dashboard.xlsx", guard, dashboard_xlsx, access::network_progress_readers});
}

}  // namespace trellis::api
