#include "trellis/actions/teams.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "trellis/domain/outreach.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/team_page.hpp"

namespace trellis::actions {

namespace {

domain::OutreachStatusFacts status_facts(const store::OutreachItem& o) {
    return {o.status,    o.done_by,     o.done_at,          o.closed_by,
            o.closed_at, o.closed_note, o.closed_member_id, o.closed_member_name};
}

void apply_status_facts(store::OutreachItem& o, const domain::OutreachStatusFacts& f) {
    o.status = f.status;
    o.done_by = f.done_by;
    o.done_at = f.done_at;
    o.closed_by = f.closed_by;
    o.closed_at = f.closed_at;
    o.closed_note = f.closed_note;
    o.closed_member_id = f.closed_member_id;
    o.closed_member_name = f.closed_member_name;
}

std::string default_outreach_title(domain::Language language, const TeamView& view, const std::string& kind,
                                   const std::string& key) {
    if (kind == "grade_span") return domain::grade_span_outreach_title(language, key);
    for (const auto& p : view.catalogue) {
        if (p.key == key) {
            return domain::perspective_outreach_title(language,
                                                      language == domain::Language::es ? p.label_es : p.label_en);
        }
    }
    return domain::perspective_outreach_title(language, key);
}

}  // namespace

std::int64_t create_team(const Caller& caller, const NewTeam& team) {
    const auto team_id = store::insert_team(caller.db, team.organization_id, team.name, team.focus, caller.now);
    if (may_by_own_role(caller, auth::ResourceKind::organization, auth::Action::manage, team.organization_id)) {
        seat_account(
            caller, team_id,
            {.user_id = caller.principal.user_id, .name = caller.principal.name, .email = caller.principal.email},
            "lead");
    }
    return team_id;
}

std::int64_t seat_account(const Caller& caller, std::int64_t team_id, const store::Member& who,
                          const std::string& role) {
    store::Member seat;
    seat.team_id = team_id;
    seat.user_id = who.user_id;
    seat.name = who.name;
    seat.email = who.email;
    seat.role = role;
    seat.id = store::insert_member(caller.db, seat, caller.now);
    close_covered_outreach(caller, seat);
    return seat.id;
}

TeamView team_view(const Caller& caller, std::int64_t team_id) {
    TeamView view;
    auto found = *store::find_team_with_grade_spans(caller.db, team_id);
    view.team = std::move(found.team);
    view.members = store::team_members(caller.db, team_id);
    view.catalogue = store::perspective_catalogue(caller.db);
    std::vector<std::string> keys;
    for (const auto& p : view.catalogue) keys.push_back(p.key);
    std::vector<domain::MemberPerspectives> people;
    for (const auto& m : view.members) {
        people.push_back({m.name, m.perspectives, m.content_areas, m.grade_spans});
        if (m.user_id == caller.principal.user_id) view.my_role = m.role;
    }
    view.representation =
        domain::compute_representation(keys, people, found.organization_grade_spans,
                                       domain::perspectives_not_expected(view.team.representation_template));
    view.outreach = store::outreach_items(caller.db, team_id);
    return view;
}

Result<store::OutreachItem> add_outreach_item(const Caller& caller, std::int64_t team_id, const NewOutreach& in) {
    const auto view = team_view(caller, team_id);
    const auto& gaps =
        in.gap_kind == "perspective" ? view.representation.missing : view.representation.grade_spans_missing;
    if (std::ranges::find(gaps, in.gap_key) == gaps.end()) {
        return invalid("gap_key",
                       fmt::format("\"{}\" is not a current gap of this team (missing {}s: {})", in.gap_key,
                                   in.gap_kind, gaps.empty() ? "none" : fmt::format("{}", fmt::join(gaps, ", "))));
    }
    if (in.owner_member_id && !store::find_member(caller.db, team_id, *in.owner_member_id)) {
        return invalid("owner_member_id", fmt::format("member {} is not on this team", *in.owner_member_id));
    }
    store::OutreachItem item;
    item.team_id = team_id;
    item.gap_kind = in.gap_kind;
    item.gap_key = in.gap_key;
    item.title = in.title && !in.title->empty()
                     ? *in.title
                     : default_outreach_title(caller.language, view, in.gap_kind, in.gap_key);
    item.owner_member_id = in.owner_member_id;
    item.due_on = in.due_on;
    item.id = store::insert_outreach_item(caller.db, item, caller.principal.user_id, caller.now);
    for (const auto& stored : store::outreach_items(caller.db, team_id)) {
        if (stored.id == item.id) return stored;
    }
    return fail(FailureKind::not_found, "the new outreach item");
}

Result<store::OutreachItem> edit_outreach_item(const Caller& caller, const OutreachEdit& edit) {
    auto item = edit.item;
    const auto current = store::find_outreach_item(caller.db, item.team_id, item.id);
    if (!current)
        return fail(FailureKind::not_found, fmt::format("outreach item {} of team {}", item.id, item.team_id));
    if (item.owner_member_id && !store::find_member(caller.db, item.team_id, *item.owner_member_id))
        return invalid("owner_member_id", fmt::format("member {} is not on this team", *item.owner_member_id));
    if (edit.status) {
        apply_status_facts(item, domain::set_outreach_status(status_facts(*current), *edit.status,
                                                             caller.principal.user_id, caller.now, edit.closed_note));
    }
    if (item.version != current->version || !store::update_outreach_item(caller.db, item))
        return fail(FailureKind::stale_edit, fmt::format("outreach item {}", item.id));
    return *store::find_outreach_item(caller.db, item.team_id, item.id);
}

void close_covered_outreach(const Caller& caller, const store::Member& member) {
    for (auto item : store::outreach_items(caller.db, member.team_id)) {
        if (item.status != "open" ||
            !domain::covers_gap(item.gap_kind, item.gap_key, member.perspectives, member.grade_spans))
            continue;
        apply_status_facts(item, domain::close_for_member(status_facts(item), member.id, member.name, caller.now));
        store::update_outreach_item(caller.db, item);
    }
}

}  // namespace trellis::actions
