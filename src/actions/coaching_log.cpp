#include "trellis/actions/coaching_log.hpp"

#include <fmt/format.h>

#include <set>

#include "trellis/domain/coaching_hours.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"

namespace trellis::actions {

namespace {

constexpr std::int64_t kMinMinutes = 15;       // a quarter hour
constexpr std::int64_t kMaxMinutes = 24 * 60;  // one day

using Problems = FieldProblems;

void check_fields(const store::CoachingEntry& e, Problems& p) {
    if (auto problem = domain::check_date(e.date)) p.add("date", *problem);
    if (!domain::is_coaching_kind(e.kind)) {
        p.add("kind", "must be site_visit, virtual_coaching, professional_learning or network_meeting");
    }
    if (e.minutes < kMinMinutes || e.minutes > kMaxMinutes) p.add("hours", "must be from 0.25 to 24");
    if (e.focus.empty()) p.add("focus", "is required");
    if (e.follow_up_on)
        if (auto problem = domain::check_date(*e.follow_up_on)) p.add("follow_up_on", *problem);
}

void check_teams(const Caller& caller, const store::CoachingEntry& e, Problems& p) {
    if (e.teams.empty()) p.add("team_ids", "name at least one team served");
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < e.teams.size(); ++i) {
        const auto id = e.teams[i].id;
        const auto field = fmt::format("team_ids[{}]", i);
        if (!seen.insert(id).second) {
            p.add(field, fmt::format("team {} is named twice", id));
        } else if (!store::team_of_peer(caller.db, e.agreement_id, id)) {
            p.add(field, fmt::format("team {} is not a team of this agreement's peer organizations", id));
        }
    }
    for (std::size_t i = 0; i < e.next_steps.size(); ++i) {
        const auto& s = e.next_steps[i];
        if (s.id != 0) continue;  // answered by its team already: not the writer's to change
        if (!seen.contains(s.team_id)) {
            p.add(fmt::format("next_steps[{}].team_id", i), "must be one of the entry's team_ids");
        } else if (s.owner_member_id && !store::is_team_member_row(caller.db, s.team_id, *s.owner_member_id)) {
            p.add(fmt::format("next_steps[{}].owner_member_id", i),
                  fmt::format("member {} is not on team {}", *s.owner_member_id, s.team_id));
        }
        if (auto problem = domain::check_date(s.due_on)) p.add(fmt::format("next_steps[{}].due_on", i), *problem);
    }
}

void check_coaches(const store::Agreement& a, const store::CoachingEntry& e, Problems& p) {
    std::set<std::int64_t> named;
    for (const auto& c : a.coaches) named.insert(c.id);
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < e.coaches.size(); ++i) {
        const auto id = e.coaches[i].id;
        if (!seen.insert(id).second) {
            p.add(fmt::format("coach_user_ids[{}]", i), fmt::format("user {} is named twice", id));
        } else if (!named.contains(id)) {
            p.add(fmt::format("coach_user_ids[{}]", i), fmt::format("user {} is not a coach of this agreement", id));
        }
    }
}

Outcome check_entry(const Caller& caller, const store::Agreement& a, const store::CoachingEntry& e) {
    Problems p;
    check_fields(e, p);
    check_teams(caller, e, p);
    check_coaches(a, e, p);
    return p.outcome();
}

// The level this write crossed for the first time (remembered on the agreement, so each level is mailed once).
int crossed_level(const Caller& caller, const store::Agreement& a) {
    const auto use = domain::summarize_hours(a.hours, store::agreement_coaching(caller.db, a.id), a.starts_on,
                                             domain::utc_date(caller.now));
    if (use.warning > a.warned_level && store::raise_warned_level(caller.db, a.id, use.warning)) return use.warning;
    return 0;
}

Result<LoggedEntry> answer(const Caller& caller, const store::Agreement& a, std::int64_t entry_id) {
    LoggedEntry out;
    out.newly_warned = crossed_level(caller, a);
    out.entry = *store::find_entry(caller.db, a.id, entry_id);
    out.agreement = *store::find_agreement(caller.db, a.id);
    return out;
}

}  // namespace

bool may_edit_entry(const Caller& caller, const store::CoachingEntry& entry) {
    if (may(caller, auth::ResourceKind::agreement, auth::Action::manage, entry.agreement_id)) return true;
    return entry.created_by.id == caller.principal.user_id &&
           may(caller, auth::ResourceKind::agreement, auth::Action::contribute, entry.agreement_id);
}

Result<LoggedEntry> log_coaching(const Caller& caller, store::CoachingEntry draft) {
    const auto a = store::find_agreement(caller.db, draft.agreement_id);
    if (!a) return fail(FailureKind::not_found, fmt::format("agreement {}", draft.agreement_id));
    if (draft.coaches.empty()) {
        for (const auto& c : a->coaches) {
            if (c.id == caller.principal.user_id) draft.coaches.push_back(c);
        }
    }
    if (auto checked = check_entry(caller, *a, draft); !checked) return std::unexpected(checked.error());
    draft.created_by = {caller.principal.user_id, caller.principal.name};
    const auto id = store::insert_entry(caller.db, draft, caller.now);
    return answer(caller, *a, id);
}

Result<LoggedEntry> edit_coaching(const Caller& caller, store::CoachingEntry edited) {
    const auto a = store::find_agreement(caller.db, edited.agreement_id);
    if (!a) return fail(FailureKind::not_found, fmt::format("agreement {}", edited.agreement_id));
    if (!may_edit_entry(caller, edited)) {
        return fail(FailureKind::forbidden, "only the entry's author or the facilitator's admins change it");
    }
    if (auto checked = check_entry(caller, *a, edited); !checked) return std::unexpected(checked.error());
    if (!store::update_entry(caller.db, edited)) {
        return fail(FailureKind::stale_edit, fmt::format("coaching-log entry {}", edited.id));
    }
    return answer(caller, *a, edited.id);
}

Outcome remove_coaching(const Caller& caller, std::int64_t agreement_id, std::int64_t entry_id) {
    const auto entry = store::find_entry(caller.db, agreement_id, entry_id);
    if (!entry) return fail(FailureKind::not_found, fmt::format("entry {} of agreement {}", entry_id, agreement_id));
    if (!may_edit_entry(caller, *entry)) {
        return fail(FailureKind::forbidden, "only the entry's author or the facilitator's admins remove it");
    }
    store::delete_entry(caller.db, agreement_id, entry_id);
    return {};
}

}  // namespace trellis::actions
