#include "trellis/actions/coaching_steps.hpp"

#include <fmt/format.h>

#include "trellis/actions/meetings.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

Result<store::CoachingNextStep> proposed_step(const Caller& caller, std::int64_t team_id, std::int64_t step_id) {
    const auto step = store::find_team_next_step(caller.db, team_id, step_id);
    if (!step) return fail(FailureKind::not_found, fmt::format("next step {} of team {}", step_id, team_id));
    if (step->status != "proposed") {
        return fail(FailureKind::conflict, fmt::format("this next step was {} already", step->status));
    }
    return *step;
}

// The meeting named (the team's, not closed or cancelled), or the team's next one not closed: soonest start first,
// drafts without a start after every scheduled one.
Result<store::Meeting> review_meeting(const Caller& caller, std::int64_t team_id, std::optional<std::int64_t> named) {
    const auto open = [](const store::Meeting& m) { return m.status == "draft" || m.status == "scheduled"; };
    if (named) {
        const auto m = store::find_meeting(caller.db, *named);
        if (!m || m->team_id != team_id)
            return invalid("meeting_id", fmt::format("meeting {} is not this team's", *named));
        if (!open(*m)) return invalid("meeting_id", fmt::format("meeting {} is {}", *named, m->status));
        return *m;
    }
    std::optional<store::Meeting> best;
    for (auto& m : store::team_meetings(caller.db, team_id)) {
        if (!open(m)) continue;
        const auto key = [](const store::Meeting& x) { return x.starts_at.value_or(INT64_MAX); };
        if (!best || key(m) < key(*best)) best = std::move(m);
    }
    if (!best) {
        return fail(FailureKind::conflict,
                    "Schedule the team's next meeting first: accepted next steps are reviewed there.");
    }
    return *best;
}

}  // namespace

Result<AcceptedStep> accept_next_step(const Caller& caller, std::int64_t team_id, std::int64_t step_id,
                                      const StepAcceptance& how) {
    auto step = proposed_step(caller, team_id, step_id);
    if (!step) return std::unexpected(step.error());
    if (how.owner_member_id && !store::is_team_member_row(caller.db, team_id, *how.owner_member_id)) {
        return invalid("owner_member_id", fmt::format("member {} is not on this team", *how.owner_member_id));
    }
    if (how.due_on)
        if (auto problem = domain::check_date(*how.due_on)) return invalid("due_on", *problem);
    const auto meeting = review_meeting(caller, team_id, how.meeting_id);
    if (!meeting) return std::unexpected(meeting.error());
    store::ActionItem item;
    item.team_id = team_id;
    item.meeting_id = meeting->id;
    item.title = step->title;
    item.owner_member_id = how.owner_member_id ? how.owner_member_id : step->owner_member_id;
    item.due_on = how.due_on.value_or(step->due_on);
    // Sent or the step's own: either way the item is reviewed at that meeting and cannot be due before it.
    if (auto due = check_due_in_meeting(*meeting, item.due_on, "due_on"); !due) return std::unexpected(due.error());
    const auto id = store::insert_action_item(caller.db, item, caller.principal.user_id, caller.now);
    if (!store::answer_next_step(caller.db, step_id, "accepted", id, "", caller.principal.user_id, caller.now)) {
        return fail(FailureKind::conflict, "this next step was answered already");
    }
    return AcceptedStep{*store::find_team_next_step(caller.db, team_id, step_id),
                        *store::find_action_item(caller.db, id)};
}

Result<store::CoachingNextStep> decline_next_step(const Caller& caller, std::int64_t team_id, std::int64_t step_id,
                                                  const std::string& reason) {
    auto step = proposed_step(caller, team_id, step_id);
    if (!step) return std::unexpected(step.error());
    if (!store::answer_next_step(caller.db, step_id, "declined", std::nullopt, reason, caller.principal.user_id,
                                 caller.now)) {
        return fail(FailureKind::conflict, "this next step was answered already");
    }
    return *store::find_team_next_step(caller.db, team_id, step_id);
}

}  // namespace trellis::actions
