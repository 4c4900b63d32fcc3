// Reports for leadership and funders (issue 14): a team's progress report and a network's report for a date range,
// as JSON for the pages and as XLSX workbooks. The figures come from actions/team_report (the team's own policy) and
// actions/network_report (the network dashboard's view of each caller), the workbooks from the sheets layer; this
// file shapes the answers and names the downloads.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/access.hpp"
#include "api/action_calls.hpp"
#include "api/agreement_shapes.hpp"
#include "api/data_support.hpp"
#include "api/guide_position_shape.hpp"
#include "api/json_shapes.hpp"
#include "api/network_highlight_shape.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/network_report.hpp"
#include "trellis/actions/network_report_sheets.hpp"
#include "trellis/actions/team_report.hpp"
#include "trellis/actions/team_report_sheets.hpp"
#include "trellis/domain/report_export_text.hpp"
#include "trellis/sheets/writers.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

json::value guides_json(const std::vector<actions::ReportGuide>& guides) {
    json::array out;
    for (const auto& g : guides) {
        const auto& s = g.summary;
        out.push_back(json::object{{"id", g.guide->id},
                                   {"title", text_json(g.guide->title)},
                                   {"sections", s.sections},
                                   {"complete", s.complete},
                                   {"in_progress", s.in_progress},
                                   {"not_started", s.not_started},
                                   {"current", s.current.empty() ? json::value(nullptr) : json::value(s.current)},
                                   {"completed_in_range", g.completed_in_range}});
    }
    return out;
}

json::value meetings_json(const actions::ReportMeetings& m) {
    json::array held;
    for (const auto& h : m.held)
        held.push_back(json::object{{"id", h.id}, {"title", h.title}, {"starts_at", rfc3339(h.starts_at)}});
    return json::object{{"held", held.size()},
                        {"cancelled", m.cancelled},
                        {"median_days_between", or_null(m.median_days_between)},
                        {"list", std::move(held)}};
}

json::value follow_through_json(const domain::FollowThrough& f) {
    return json::object{{"due", f.total},
                        {"done_on_time", f.done_on_time},
                        {"done_late", f.done_late},
                        {"open", f.open},
                        {"overdue", f.overdue},
                        {"dropped", f.dropped},
                        {"share_on_time", or_null(f.share_on_time)},
                        {"median_days_late", or_null(f.median_days_late)}};
}

json::value outreach_json(const actions::ReportOutreach& o) {
    json::array missing;
    for (const auto& p : o.missing)
        missing.push_back(
            json::object{{"key", p.key}, {"label", json::object{{"en", p.label_en}, {"es", p.label_es}}}});
    json::array spans;
    for (const auto& s : o.grade_spans_missing) spans.push_back(json::value(s));
    return json::object{{"missing", std::move(missing)},
                        {"grade_spans_missing", std::move(spans)},
                        {"open", o.open},
                        {"opened_in_range", o.opened_in_range},
                        {"resolved_in_range", o.resolved_in_range}};
}

json::value plan_json(const actions::ReportPlan& p, const std::vector<actions::ReportMeasure>& measures) {
    json::object tasks;
    for (const auto& [status, n] : p.tasks_by_status) tasks[status] = n;
    json::array list;
    for (const auto& m : measures) {
        list.push_back(
            json::object{{"id", m.id},
                         {"name", m.name},
                         {"unit", m.unit},
                         {"direction", m.direction},
                         {"points_in_range", m.points_in_range},
                         {"first", json::object{{"date", or_null(m.first_date)}, {"value", or_null(m.first_value)}}},
                         {"last", json::object{{"date", or_null(m.last_date)}, {"value", or_null(m.last_value)}}}});
    }
    return json::object{{"goals", p.goals},
                        {"objectives", p.objectives},
                        {"tasks", std::move(tasks)},
                        {"tasks_due_in_range", p.tasks_due_in_range},
                        {"milestones_due_in_range", p.milestones_due_in_range},
                        {"milestones_done_due_in_range", p.milestones_done_due_in_range},
                        {"measures", std::move(list)}};
}

json::value coaching_json(const actions::ReportCoaching& c) {
    json::object kinds;
    for (const auto& [kind, minutes] : c.minutes_by_kind) kinds[kind] = hours_json(minutes);
    return json::object{{"entries", c.entries}, {"hours", hours_json(c.minutes)}, {"hours_by_kind", std::move(kinds)}};
}

actions::Result<actions::TeamReport> build_team_report(RequestContext& c, const actions::Caller& who) {
    static const std::vector<guides::Guide> no_guides;
    return actions::team_report(who, c.id(), query_param(c, "from"), query_param(c, "to"),
                                c.services.guides ? *c.services.guides : no_guides);
}

http::Response get_team_report(RequestContext& c) {
    const auto report = build_team_report(c, caller(c));
    if (!report) return problem_for(report.error());
    const auto& r = *report;
    return json_response(200, json::object{{"team", json::object{{"id", r.team_id}, {"name", r.team_name}}},
                                           {"organization", json::object{{"name", r.organization_name}}},
                                           {"from", r.range.from},
                                           {"to", r.range.to},
                                           {"today", r.today},
                                           {"guides", guides_json(r.guides)},
                                           {"meetings", meetings_json(r.meetings)},
                                           {"follow_through", follow_through_json(r.follow_through)},
                                           {"outreach", outreach_json(r.outreach)},
                                           {"plan", plan_json(r.plan, r.measures)},
                                           {"coaching", coaching_json(r.coaching)}});
}

// The workbook's words follow `?lang=` (the page's link) or else Accept-Language, as the team export's do.
http::Response get_team_report_xlsx(RequestContext& c) {
    auto who = caller(c);
    if (const auto lang = query_param(c, "lang"); !lang.empty()) who.language = domain::language_from_tag(lang);
    const auto report = build_team_report(c, who);
    if (!report) return problem_for(report.error());
    const auto& words = domain::report_sheet_text(who.language);
    return download_response(
        sheets::write_xlsx(actions::team_report_sheets(*report, who.language)), kXlsxType,
        fmt::format("{} {} {} {}.xlsx", report->team_name, words.file, report->range.from, report->range.to));
}

json::value figures_json(const std::optional<actions::RangeFigures>& f) {
    if (!f) return nullptr;
    return json::object{{"meetings_held", f->held},
                        {"median_days_between", or_null(f->median_days_between)},
                        {"follow_through", follow_through_json(f->follow_through)},
                        {"coaching_hours", hours_json(f->coaching_minutes)}};
}

json::value network_report_json(const actions::NetworkReport& r) {
    json::array districts;
    for (const auto& d : r.districts) {
        districts.push_back(json::object{
            {"organization", json::object{{"id", d.organization_id}, {"name", d.organization_name}, {"role", d.role}}},
            {"teams_sharing", d.teams_sharing},
            {"teams_sharing_progress", d.teams_sharing_progress},
            {"meetings_held", d.meetings_held},
            {"items_due", d.items_due},
            {"done_on_time", d.done_on_time},
            {"done_late", d.done_late},
            {"open", d.open},
            {"coaching_hours", hours_json(d.coaching_minutes)}});
    }
    json::array teams;
    for (const auto& t : r.teams) {
        teams.push_back(json::object{
            {"team", json::object{{"id", t.team.team_id}, {"name", t.team.team_name}}},
            {"organization", json::object{{"id", t.team.organization_id}, {"name", t.team.organization_name}}},
            {"guide", guide_position_json(t.guide)},
            {"outreach_open", t.figures ? json::value(t.outreach_open) : json::value(nullptr)},
            {"figures", figures_json(t.figures)}});
    }
    json::value agreements = nullptr;  // a member district's staff read no agreements here
    if (r.in_full) {
        json::array list;
        for (const auto& a : r.agreements) {
            const auto& h = a.totals.hours;
            list.push_back(json::object{{"id", a.totals.id},
                                        {"title", a.totals.title},
                                        {"status", a.totals.status},
                                        {"starts_on", a.totals.starts_on},
                                        {"ends_on", a.totals.ends_on},
                                        {"purchased", hours_json(h.purchased_minutes)},
                                        {"used", hours_json(h.used_minutes)},
                                        {"used_in_range", hours_json(a.used_in_range_minutes)},
                                        {"left", hours_json(domain::minutes_left(h.purchased_minutes, h.used_minutes))},
                                        {"used_share", share_json(h.used_share)}});
        }
        agreements = std::move(list);
    }
    json::array highlights;
    for (const auto& h : r.highlights) highlights.push_back(highlight_json(h));
    return json::object{{"network", json::object{{"id", r.network_id}, {"name", r.network_name}}},
                        {"from", r.range.from},
                        {"to", r.range.to},
                        {"today", r.today},
                        {"in_full", r.in_full},
                        {"districts", std::move(districts)},
                        {"teams", std::move(teams)},
                        {"agreements", std::move(agreements)},
                        {"highlights", std::move(highlights)}};
}

actions::Result<actions::NetworkReport> build_network_report(RequestContext& c, const actions::Caller& who) {
    static const std::vector<guides::Guide> no_guides;
    return actions::network_report(who, c.id(), query_param(c, "from"), query_param(c, "to"),
                                   c.services.guides ? *c.services.guides : no_guides);
}

http::Response get_network_report(RequestContext& c) {
    const auto report = build_network_report(c, caller(c));
    if (!report) return problem_for(report.error());
    auto answer = network_report_json(*report).as_object();
    answer["may"] = may_json(c, auth::ResourceKind::network, c.id());  // manage: write the highlights
    return json_response(200, answer);
}

http::Response get_network_report_xlsx(RequestContext& c) {
    auto who = caller(c);
    if (const auto lang = query_param(c, "lang"); !lang.empty()) who.language = domain::language_from_tag(lang);
    const auto report = build_network_report(c, who);
    if (!report) return problem_for(report.error());
    const auto& words = domain::report_sheet_text(who.language);
    return download_response(
        sheets::write_xlsx(actions::network_report_sheets(*report, who.language)), kXlsxType,
        fmt::format("{} {} {} {}.xlsx", report->network_name, words.file, report->range.from, report->range.to));
}

}  // namespace

void add_report_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back(
        {"GET", "/api/v1/teams/{id}/report", Guard::read(ResourceKind::team), get_team_report, access::team_readers});
    routes.push_back({"GET", "/api/v1/teams/{id}/report.xlsx", Guard::read(ResourceKind::team), get_team_report_xlsx,
                      access::team_readers});
    routes.push_back({"GET", "/api/v1/networks/{id}/report", Guard::read(ResourceKind::network_progress),
                      get_network_report, access::network_progress_readers});
    routes.push_back({"GET", "/api/v1/networks/{id}/report.xlsx", Guard::read(ResourceKind::network_progress),
                      get_network_report_xlsx, access::network_progress_readers});
}

}  // namespace trellis::api
