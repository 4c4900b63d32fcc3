// An agreement's coaching log (issue 11): write, list, change and remove entries. The guard lets the agreement's
// coaches and the facilitator's staff write; the action lets only an entry's author or the facilitator's admins
// change it. When an entry takes the hours past 80% or 100% of the purchase for the first time, the warning goes to
// the facilitator's admins and the mentor's liaison inside the same transaction (the outbox).
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/agreement_shapes.hpp"
#include "api/coaching_attachments.hpp"
#include "api/coaching_shapes.hpp"
#include "api/data_support.hpp"
#include "api/outgoing_mail.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/coaching_log.hpp"
#include "trellis/actions/coaching_sheets.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/notify/agreement_mail.hpp"
#include "trellis/sheets/writers.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

void queue_hours_warning(RequestContext& c, const store::Agreement& a, int level) {
    const auto use = domain::summarize_hours(a.hours, store::agreement_coaching(c.db, a.id), a.starts_on,
                                             domain::utc_date(c.services.now()));
    const notify::HoursWarningFacts facts{a.title, level, hours_json(use.used_minutes),
                                          hours_json(use.purchased_minutes),
                                          fmt::format("{}/agreements/{}", c.services.public_url, a.id)};
    for (const auto& [address, name] : store::hours_warning_recipients(c.db, a)) {
        send_to_person(c, address, domain::MailKind::reminders,
                       [&](const std::string& lang) { return notify::hours_warning_mail(address, name, facts, lang); });
    }
}

http::Response log_coaching(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::CoachingEntry draft;
    draft.agreement_id = c.id("agreement_id");
    read_entry(*body, draft, true);
    const auto attached = read_coaching_resources(c, *body, draft.agreement_id);
    if (!body->ok()) return body->problem();
    const auto logged = actions::log_coaching(caller(c), draft);
    if (!logged) return problem_for(logged.error());
    if (attached) store::set_coaching_entry_resources(c.db, logged->entry.id, *attached);
    return created(logged_json(c, *logged),
                   fmt::format("/api/v1/agreements/{}/coaching-log/{}", draft.agreement_id, logged->entry.id));
}

http::Response list_coaching(RequestContext& c) {
    const auto id = c.id("agreement_id");
    const auto a = store::find_agreement(c.db, id);
    if (!a) return not_found(fmt::format("agreement {}", id));
    const auto over = entries_over(c, *a);
    json::array out;
    for (const auto& e : store::agreement_entries(c.db, id)) out.push_back(entry_json(c, e, over));
    return json_response(200, json::object{{"entries", std::move(out)}});
}

http::Response patch_coaching(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto agreement = c.id("agreement_id");
    const auto id = c.id("entry_id");
    auto current = store::find_entry(c.db, agreement, id);
    if (!current) return not_found(fmt::format("entry {} of agreement {}", id, agreement));
    const auto version = body->required_integer("version");
    read_entry(*body, *current, false);
    const auto attached = read_coaching_resources(c, *body, agreement);
    if (!body->ok()) return body->problem();
    current->version = *version;
    const auto edited = actions::edit_coaching(caller(c), *current);
    if (edited) {
        if (attached) store::set_coaching_entry_resources(c.db, id, *attached);
        return json_response(200, logged_json(c, *edited));
    }
    if (edited.error().kind == actions::FailureKind::stale_edit) {
        if (const auto now = store::find_entry(c.db, agreement, id)) {
            const auto a = store::find_agreement(c.db, agreement);
            return stale_edit("this entry", *version, entry_json(c, *now, entries_over(c, *a)));
        }
    }
    return problem_for(edited.error());
}

http::Response delete_coaching(RequestContext& c) {
    const auto removed = actions::remove_coaching(caller(c), c.id("agreement_id"), c.id("entry_id"));
    if (!removed) return problem_for(removed.error());
    return no_content();
}

// The log as a file: `?lang=es` (the web app's links) or else Accept-Language picks the words.
std::optional<actions::CoachingLogExport> export_log(RequestContext& c, http::Response& refusal) {
    auto who = caller(c);
    if (const auto lang = query_param(c, "lang"); !lang.empty()) who.language = domain::language_from_tag(lang);
    auto made = actions::coaching_log_export(who, c.id("agreement_id"));
    if (!made) {
        refusal = problem_for(made.error());
        return std::nullopt;
    }
    return std::move(*made);
}

std::string file_name(RequestContext& c, const actions::CoachingLogExport& made, std::string_view ext) {
    return fmt::format("{} {} {}.{}", made.agreement_title, made.sheet.name, domain::utc_date(c.services.now()), ext);
}

http::Response coaching_csv(RequestContext& c) {
    http::Response refusal;
    const auto made = export_log(c, refusal);
    if (!made) return refusal;
    return download_response(sheets::write_csv(made->sheet), "text/csv; charset=utf-8", file_name(c, *made, "csv"));
}

http::Response coaching_xlsx(RequestContext& c) {
    http::Response refusal;
    const auto made = export_log(c, refusal);
    if (!made) return refusal;
    return download_response(sheets::write_xlsx({made->sheet}),
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             file_name(c, *made, "xlsx"));
}

// The teams of the peer organizations, for the log form: a coach does not read those teams otherwise. Names only
// (teams and members), for those who may write in the log.
http::Response served_teams(RequestContext& c) {
    json::array teams;
    for (const auto& t : store::served_team_choices(c.db, c.id("agreement_id"))) {
        json::array members;
        for (const auto& [id, name] : t.members) members.push_back(json::object{{"id", id}, {"name", name}});
        teams.push_back(
            json::object{{"id", t.team_id},
                         {"name", t.team_name},
                         {"organization", json::object{{"id", t.organization_id}, {"name", t.organization_name}}},
                         {"members", std::move(members)}});
    }
    return json_response(200, json::object{{"teams", std::move(teams)}});
}

}  // namespace

json::object logged_json(RequestContext& c, const actions::LoggedEntry& logged) {
    if (logged.newly_warned) queue_hours_warning(c, logged.agreement, logged.newly_warned);
    return {{"entry", entry_json(c, logged.entry, entries_over(c, logged.agreement))},
            {"agreement", agreement_json(c, logged.agreement)}};
}

void add_coaching_log_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string log = "/api/v1/agreements/{agreement_id}/coaching-log";
    const auto read = Guard::read(ResourceKind::agreement, "agreement_id");
    const auto write = Guard::contribute(ResourceKind::agreement, "agreement_id");
    routes.push_back({"POST", log, write, log_coaching, access::coaching_log_writers});
    routes.push_back({"GET", log, read, list_coaching, access::agreement_readers});
    routes.push_back(
        {"GET", "/api/v1/agreements/{agreement_id}/served-teams", write, served_teams, access::coaching_log_writers});
    routes.push_back({"GET", log + ".csv", read, coaching_csv, access::agreement_readers});
    routes.push_back({"GET", log + ".xlsx", read, coaching_xlsx, access::agreement_readers});
    routes.push_back({"PATCH", log + "/{entry_id}", write, patch_coaching, access::coaching_log_writers});
    routes.push_back({"DELETE", log + "/{entry_id}", write, delete_coaching, access::coaching_log_writers});
}

}  // namespace trellis::api
