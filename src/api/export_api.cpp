// A team's spreadsheet export (issue 13): the XLSX workbook of every sheet and each sheet as CSV. The sheets
// come from actions/team_export (what is in them), the files from the sheets layer (how they are written);
// this file names the download. Headers follow the caller's language: `?lang=es` (the web app's links, which a
// browser follows with its own Accept-Language) or else Accept-Language.
#include <fmt/format.h>

#include "api/action_calls.hpp"
#include "api/data_support.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/team_export.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/sheets/writers.hpp"

namespace trellis::api {

namespace {

constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

actions::Caller export_caller(RequestContext& c) {
    auto who = caller(c);
    if (const auto lang = query_param(c, "lang"); !lang.empty()) who.language = domain::language_from_tag(lang);
    return who;
}

// "World Languages Standards 2026-12-05.xlsx" (the ASCII stand-in: World-Languages-Standards-2026-12-05.xlsx).
std::string file_name(RequestContext& c, const std::string& team_name, std::string_view what, std::string_view ext) {
    const auto today = domain::utc_date(c.services.now());
    if (what.empty()) return fmt::format("{} {}.{}", team_name, today, ext);
    return fmt::format("{} {} {}.{}", team_name, what, today, ext);
}

http::Response export_workbook(RequestContext& c) {
    const auto made = actions::team_export(export_caller(c), c.id());
    if (!made) return problem_for(made.error());
    return download_response(sheets::write_xlsx(made->sheets), kXlsxType, file_name(c, made->team_name, "", "xlsx"));
}

http::Response export_sheet_csv(RequestContext& c) {
    const auto made = actions::team_export_sheet(export_caller(c), c.id(), c.param("sheet"));
    if (!made) return problem_for(made.error());
    const auto& sheet = made->sheets.front();
    return download_response(sheets::write_csv(sheet), "text/csv; charset=utf-8",
                             file_name(c, made->team_name, sheet.name, "csv"));
}

}  // namespace

void add_export_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/teams/{id}/export.xlsx", Guard::read(ResourceKind::team), export_workbook,
                      access::team_readers});
    routes.push_back({"GET", "/api/v1/teams/{id}/export/{sheet}.csv", Guard::read(ResourceKind::team), export_sheet_csv,
                      access::team_readers});
}

}  // namespace trellis::api
